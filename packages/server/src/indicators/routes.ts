import { complaintChannels, complaintStatuses, disaggregations, isoDay } from '@reintegra/domain';
import { z } from 'zod';
import { startAfterResponse } from '../jobs/routes.ts';
import { createJob, runJob } from '../jobs/service.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db.ts';
import { actorOf } from '../platform/guard.ts';
import type { Api } from '../platform/http.ts';
import { casesBehind, countCasesBehind } from './cases.ts';
import { dashboard, type FactFigures, factFigures } from './dashboard.ts';
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

/** Figures left out (null) when a filter asks for a split the records do not carry; `notSplitBy` names it. */
const splitAsAsked = <T extends z.ZodType>(figures: T) =>
  z.object({
    notSplitBy: z
      .array(z.enum(disaggregations))
      .describe('Filters asked for that these records do not carry: the figures are then left out'),
    figures: figures.nullable(),
  });
const accountabilityView = z
  .object({
    satisfaction: splitAsAsked(z.object({ satisfied: figure.describe('A2: satisfied or very satisfied') })),
    complaints: splitAsAsked(
      z.object({
        aboutCaseworkers: figure.describe('C2’s numerator: complaints about a caseworker received'),
        perCaseworker: figure.describe('C2: over the caseworkers holding open cases at the period’s end'),
        aboutAssistance: figure,
        byChannel: z.array(z.object({ channel: z.enum(complaintChannels), count: z.int().nullable() })),
        byStatus: z.array(z.object({ status: z.enum(complaintStatuses), count: z.int().nullable() })),
      }),
    ),
    wellbeing: splitAsAsked(
      z.object({ respondents: figure, ableToManageStress: figure.describe('C4') }),
    ).extend({
      surveyYears: z.object({ from: z.int(), to: z.int() }),
      minCount: z.int().describe('Staff answers are never shown on fewer than five, whatever `minCount`'),
    }),
  })
  .describe('A2, C2 and C4 from complaints, feedback and the staff survey');

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
      byCmType: z
        .array(
          z.object({
            cmType: z.string(),
            perCase: figure,
            byFormat: z.array(z.object({ format: z.string(), perCase: figure })),
          }),
        )
        .describe(
          'Meetings under the case-management type of their day, per case that had that type on some day of the period',
        ),
      byMeetingType: z.array(z.object({ meetingType: z.string(), perCase: figure })),
      byReason: z
        .array(z.object({ reason: z.string(), perCase: figure }))
        .describe('A meeting may have several reasons or none: these add up to nothing'),
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
    business: z
      .object({ plans: figure, recommended: figure, followed: figure })
      .describe(
        'C3: plans with a micro-business approved in the period, the share with a recommended type, and of those the share where the returnee chose it',
      ),
    referrals: z.array(z.object({ partner: z.string(), sent: figure, completed: figure, received: figure })),
    accountability: accountabilityView,
  })
  .meta({ id: 'Dashboard' });

/** Dashboards of the indicators (issue 7), the cases behind a figure, and the refresh of the figures. */
export function indicatorRoutes(
  app: Api,
  deps: { clock: Clock; db: Db; minCount: number; figures: FigureCache<FactFigures> },
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
      const figures = await dashboard(req.db, actor, query, deps.minCount, () =>
        deps.figures.get(at, JSON.stringify([reachKey(actor), query]), () =>
          factFigures(req.db, actor, query, deps.minCount),
        ),
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
