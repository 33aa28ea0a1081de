import { isoDay } from '@reintegra/domain';
import { z } from 'zod';
import { startAfterResponse } from '../jobs/routes.ts';
import { createJob, runJob } from '../jobs/service.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db.ts';
import { actorOf } from '../platform/guard.ts';
import type { Api } from '../platform/http.ts';
import { casesBehind, countCasesBehind } from './cases.ts';
import { dashboard, type Figures } from './dashboard.ts';
import { type FigureCache, reachKey } from './figure-cache.ts';
import { refreshedAt, refreshIndicators, refreshSteps } from './refresh.ts';
import { dashboardQuery, drillDownQuery, withPeriod } from './schemas.ts';

const read = { permission: 'indicators.read' } as const;

const figure = z
  .object({
    value: z.number().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    withheld: z.boolean().describe('True when the figure rests on fewer than the minimum count'),
  })
  .meta({ id: 'Figure' });
const breakdown = z.object({
  overall: figure,
  groups: z.array(z.object({ key: z.string(), figure })),
});

const dashboardView = z
  .object({
    refreshedAt: z.iso.datetime().nullable(),
    minCount: z.int(),
    caseload: z.object({
      byType: z.array(z.object({ type: z.string(), count: z.int().nullable() })),
      openAtEnd: z.int().nullable(),
      opened: figure,
      closed: figure,
      meanDaysToClose: figure,
      caseworkers: figure,
      ratio: z.string().nullable(),
    }),
    meetings: z.object({
      byFormat: z.array(z.object({ format: z.string(), perCase: figure })),
      perCase: figure,
      withFamilyPerCase: figure,
      homeVisitsPerCaseworker: figure,
    }),
    scores: z.object({
      byTenth: z.array(z.int().nullable()),
      trend: z.array(z.object({ month: z.string(), share: figure })),
      reaching: z.object({
        bySex: breakdown,
        byAgeBand: breakdown,
        byVulnerability: breakdown,
        byCountry: breakdown,
        byReturnModality: breakdown,
      }),
    }),
    referrals: z.array(z.object({ partner: z.string(), sent: figure, completed: figure, received: figure })),
  })
  .meta({ id: 'Dashboard' });

/** Dashboards of the indicators (issue 7), the cases behind a figure, and the refresh of the figures. */
export function indicatorRoutes(
  app: Api,
  deps: { clock: Clock; db: Db; minCount: number; figures: FigureCache<Figures> },
): void {
  app.get(
    '/api/v1/indicators/dashboard',
    {
      schema: {
        tags: ['indicators'],
        summary: 'The dashboard’s figures for a period and groups, within the reader’s scope',
        description:
          'Figures resting on fewer than `minCount` returnees are withheld (value null, withheld true), and enough others with them that none can be worked out by subtraction.',
        querystring: dashboardQuery,
        response: { 200: dashboardView },
      },
      config: { access: read, audit: { action: 'indicators.dashboard', recordType: 'indicators' } },
    },
    async (req) => {
      req.auditRecord = { details: { filters: req.query } };
      const query = withPeriod(req.query, isoDay(deps.clock.now()));
      const actor = actorOf(req);
      const at = await refreshedAt(req.db);
      const figures = await deps.figures.get(at, JSON.stringify([reachKey(actor), query]), () =>
        dashboard(req.db, actor, query, deps.minCount),
      );
      return { refreshedAt: at?.toISOString() ?? null, ...figures };
    },
  );

  app.get(
    '/api/v1/indicators/cases',
    {
      schema: {
        tags: ['indicators'],
        summary: 'The cases behind a figure, those the reader may open',
        querystring: drillDownQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.uuid(),
                reference: z.string(),
                status: z.string(),
                cmType: z.string().nullable(),
                openedOn: z.string(),
                closedOn: z.string().nullable(),
                latestComposite: z.number().nullable(),
              }),
            ),
            total: z.int(),
          }),
        },
      },
      // Opening the list of cases needs the right to read cases as well as the figures.
      config: {
        access: { permission: 'cases.read' },
        audit: { action: 'indicators.cases', recordType: 'indicators' },
      },
    },
    async (req) => {
      req.auditRecord = { details: { filters: req.query } };
      const { offset, ...filters } = withPeriod(req.query, isoDay(deps.clock.now()));
      const actor = actorOf(req);
      const items = await casesBehind(req.db, actor, filters, { limit: 100, offset });
      return { items, total: await countCasesBehind(req.db, actor, filters) };
    },
  );

  app.post(
    '/api/v1/indicators/refresh',
    {
      schema: {
        tags: ['indicators'],
        summary: 'Rebuild the figures now, in the background',
        description:
          'Answers 202 with a job to follow at GET /api/v1/jobs/{id}. The server also rebuilds them every hour.',
        response: { 202: z.object({ jobId: z.uuid() }) },
      },
      config: { access: read, audit: { action: 'indicators.refresh', recordType: 'indicators' } },
    },
    async (req, reply) => {
      const job = await createJob(req.db, actorOf(req), 'indicators.refresh', deps.clock.now());
      req.auditRecord = { details: { jobId: job.id } };
      startAfterResponse(req, () =>
        runJob(deps.db, deps.clock, req.log, job.id, async (ctx) => {
          await ctx.total(refreshSteps);
          await refreshIndicators(ctx.db, ctx.now(), async (rebuild) => {
            await ctx.db.transaction(rebuild);
            await ctx.advance(1);
          });
          deps.figures.clear();
          return {};
        }),
      );
      reply.code(202);
      return { jobId: job.id };
    },
  );
}
