import { isoDay } from '@reintegra/domain';
import { withPeriod } from '../indicators/schemas.ts';
import type { Actor } from '../platform/actor.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, idParams, listOf } from '../platform/http.ts';
import { actualInput, actualsQuery, frameworkInput, frameworkUpdate, rowParams } from './schemas.ts';
import {
  actualHistory,
  createFramework,
  frameworksInScope,
  frameworkWithActuals,
  recordActual,
  updateFramework,
} from './service.ts';
import {
  actualEntryView,
  frameworkSummaryView,
  frameworkView,
  toActualEntry,
  toFrameworkSummary,
  toFrameworkView,
} from './views.ts';

const read = { permission: 'indicators.read' } as const;
const plan = { permission: 'planning.use' } as const;
/** Entering actual values is M&E work, apart from setting targets: M&E officers do it without planning.use. */
const record = { permission: 'results.record' } as const;

/** Results frameworks of programmes, with actual values from the indicators (issue 7; seed-002 L3506–3556). */
export function resultsRoutes(app: Api, deps: { clock: Clock; minCount: number }): void {
  /** The framework as saved, with actual values over the period (a year up to today unless asked). */
  async function view(
    db: Db,
    actor: Actor,
    id: string,
    q: { from?: string | undefined; to?: string | undefined },
  ) {
    const { from, to } = withPeriod(q, isoDay(deps.clock.now()));
    const found = await frameworkWithActuals(db, actor, id, { from, to }, deps.minCount);
    return toFrameworkView(found, { from, to });
  }

  app.get(
    '/api/v1/results-frameworks',
    {
      schema: {
        tags: ['results'],
        summary:
          'The results frameworks of your mission, or of every mission with an organisation-wide scope',
        response: { 200: listOf(frameworkSummaryView) },
      },
      config: { access: read, audit: { action: 'results.list', recordType: 'results_framework' } },
    },
    async (req) => {
      const items = (await frameworksInScope(req.db, actorOf(req))).map(toFrameworkSummary);
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/v1/results-frameworks',
    {
      schema: {
        tags: ['results'],
        summary: 'Set up a programme’s results framework: results, indicators, baselines, targets',
        description:
          'Problems in rows are reported per field, e.g. `body.rows.2.target`. The reply carries actual values over the last year.',
        body: frameworkInput,
        response: { 201: frameworkView },
      },
      config: { access: plan, audit: { action: 'results.create', recordType: 'results_framework' } },
    },
    async (req, reply) => {
      const id = await createFramework(req.db, actorOf(req), req.body, deps.clock.now());
      req.auditRecord = { id, details: { missionId: req.body.missionId, rows: req.body.rows.length } };
      reply.code(201);
      return view(req.db, actorOf(req), id, {});
    },
  );

  app.get(
    '/api/v1/results-frameworks/:id',
    {
      schema: {
        tags: ['results'],
        summary: 'One results framework, each row with its actual value where the dashboard gives it',
        description:
          'Actual values cover `from`–`to` for the framework’s mission, as far as your scope counts; figures below the minimum count stay withheld.',
        params: idParams,
        querystring: actualsQuery,
        response: { 200: frameworkView },
      },
      config: { access: read, audit: { action: 'results.read', recordType: 'results_framework' } },
    },
    async (req) => {
      req.auditRecord = { details: { period: req.query } };
      return view(req.db, actorOf(req), req.params.id, req.query);
    },
  );

  app.put(
    '/api/v1/results-frameworks/:id',
    {
      schema: {
        tags: ['results'],
        summary: 'Replace a framework’s programme name and all its rows',
        description: 'Send the `version` you read; a stale one gets 409 and nothing is changed.',
        params: idParams,
        body: frameworkUpdate,
        response: { 200: frameworkView },
      },
      config: { access: plan, audit: { action: 'results.update', recordType: 'results_framework' } },
    },
    async (req) => {
      await updateFramework(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      req.auditRecord = { details: { rows: req.body.rows.length } };
      return view(req.db, actorOf(req), req.params.id, {});
    },
  );

  app.get(
    '/api/v1/results-frameworks/:id/rows/:rowId/actuals',
    {
      schema: {
        tags: ['results'],
        summary: 'Every value entered by hand for a row, corrected ones included, latest period first',
        params: rowParams,
        response: { 200: listOf(actualEntryView) },
      },
      config: { access: read, audit: { action: 'results.actuals.list', recordType: 'results_framework' } },
    },
    async (req) => {
      req.auditRecord = { details: { rowId: req.params.rowId } };
      const items = (await actualHistory(req.db, actorOf(req), req.params.id, req.params.rowId)).map(
        toActualEntry,
      );
      return { items, total: items.length };
    },
  );

  app.post(
    '/api/v1/results-frameworks/:id/rows/:rowId/actuals',
    {
      schema: {
        tags: ['results'],
        summary: 'Enter the actual value of a row for one reporting period, or correct it',
        description:
          'Only for rows whose indicator the dashboard does not count (409 `actual_from_dashboard` otherwise). A period’s first value sends `replaces: null`; a second one gets 409 `period_has_value`. A correction sends the id of the current value it replaces and keeps it readable; if someone corrected it first, 409 `stale_version`.',
        params: rowParams,
        body: actualInput,
        response: { 201: actualEntryView },
      },
      config: {
        access: record,
        audit: { action: 'results.actuals.record', recordType: 'results_actual_value' },
      },
    },
    async (req, reply) => {
      const entry = await recordActual(
        req.db,
        actorOf(req),
        req.params.id,
        req.params.rowId,
        req.body,
        deps.clock.now(),
      );
      req.auditRecord = {
        id: entry.id,
        details: {
          frameworkId: req.params.id,
          rowId: req.params.rowId,
          period: req.body.period,
          replaces: req.body.replaces,
        },
      };
      reply.code(201);
      return toActualEntry(entry);
    },
  );
}
