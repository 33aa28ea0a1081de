import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import type { Api } from '../platform/http.ts';
import { actualsQuery, workloadInput } from './schemas.ts';
import { planFromRequest, workloadActuals } from './service.ts';
import { actualsView, workloadView } from './views.ts';

const plan = { permission: 'planning.use' } as const;

/** The Annex 3 caseworker to beneficiary ratio planning tool (seed-000 L935–L1074). */
export function planningRoutes(app: Api, deps: { clock: Clock }): void {
  app.post(
    '/api/v1/planning/workload',
    {
      schema: {
        tags: ['planning'],
        summary: 'Hours, cases, the caseworker ratio and the caseworkers a caseload or a mission needs',
        description:
          'Annex 3 Steps 4 and 5: each line takes hours × cases a week; the ratio is the cases one caseworker’s ' +
          'available hours hold at this mix (rounded down) and caseworkersNeeded the total hours over the ' +
          'available hours (rounded up). The seed’s example, 30 hours for 27 cases, gives 1:27 (L1055–L1059). ' +
          'Wrong values get 400 naming each field, e.g. `body.rows[2].hours`.',
        body: workloadInput,
        response: { 200: workloadView },
      },
      config: { access: plan, audit: { action: 'planning.workload' } },
    },
    async (req) => {
      const result = planFromRequest(req.body);
      // Figures of a plan, nobody's data: the size of what was planned is enough to trace the call.
      req.auditRecord = { details: { rows: (req.body.rows as unknown[]).length } };
      return result;
    },
  );

  app.get(
    '/api/v1/planning/actuals',
    {
      schema: {
        tags: ['planning'],
        summary: 'The real figures to plan from: open cases, meetings per case per week, caseloads',
        description:
          'Within your scope: open cases by type of case management, counselling sessions per case per week ' +
          'over the last four weeks by type and format (B3), rows ready for the planner, and the caseloads of ' +
          'the staff in post against the ratio those rows plan (C1). Counts only.',
        querystring: actualsQuery,
        response: { 200: actualsView },
      },
      config: { access: plan, audit: { action: 'planning.actuals' } },
    },
    async (req) => {
      const { missionId, officeId } = req.query;
      req.auditRecord = { details: { missionId: missionId ?? null, officeId: officeId ?? null } };
      return workloadActuals(req.db, actorOf(req), req.query, deps.clock.now());
    },
  );
}
