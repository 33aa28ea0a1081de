import {
  bandsOf,
  currentInstrument,
  rssRoundKinds,
  scoreAnswers,
  thresholdScheme,
  thresholdSchemes,
} from '@reintegra/domain';
import { z } from 'zod';
import { caseRead, caseWrite } from '../cases/routing.ts';
import { startAfterResponse } from '../jobs/routes.ts';
import { createJob, runJob } from '../jobs/service.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db.ts';
import { AppError, invalidField } from '../platform/errors.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, acceptBytes, booleanQuery, idParams } from '../platform/http.ts';
import { importSubmissions } from './import.ts';
import { recomputeScores } from './recompute.ts';
import {
  checkAnswers,
  completeRound,
  interruptRound,
  roundsOfCase,
  saveAnswers,
  startRound,
} from './rounds.ts';
import { answersInput, scoreRequest, settingsInput, startRoundInput, weightSetInput } from './schemas.ts';
import { listSettings, saveSettings, settingsFor } from './settings.ts';
import { tableFromCsv, tableFromXlsx } from './submissions.ts';
import { scoreSummary } from './summary.ts';
import {
  instrumentView,
  roundView,
  scoreView,
  summaryView,
  thresholdSchemeView,
  toRoundView,
  toScoreView,
  weightSetView,
} from './views.ts';
import { weightSetFromCsv } from './weight-csv.ts';
import { activateWeightSet, activeWeightSet, importWeightSet, listWeightSets, weightSet } from './weights.ts';

const roundParams = z.strictObject({ id: z.uuid(), roundId: z.uuid() });
const configure = { permission: 'rss.configure' } as const;
const anyone = { permission: null } as const;
const csvType = 'text/csv';
const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const importMaxBytes = 50 * 1024 * 1024;

/** The Reintegration Sustainability Survey: the instrument, rounds on a case, the calculator, weights and settings. */
export async function rssRoutes(app: Api, deps: { clock: Clock; db: Db; minCount: number }): Promise<void> {
  /** The case's rounds as the reader sees them, with the one just touched. */
  async function roundsAnswer(req: { db: Db }, actor: ReturnType<typeof actorOf>, caseId: string) {
    const { rounds, thresholdScheme: scheme } = await roundsOfCase(req.db, actor, caseId);
    return {
      items: rounds.map((r) => toRoundView(r.round, r.scored, r.countryScored, scheme)),
      thresholdScheme: scheme,
    };
  }
  const roundsList = z.object({ items: z.array(roundView), thresholdScheme: thresholdSchemeView });

  app.get(
    '/api/v1/rss/instrument',
    {
      schema: {
        tags: ['rss'],
        summary: 'The survey: questions, option codes, each scored option’s value, skip logic',
        response: { 200: instrumentView },
      },
      config: { access: anyone },
    },
    async () => currentInstrument as unknown as z.infer<typeof instrumentView>,
  );

  app.post(
    '/api/v1/rss/score',
    {
      schema: {
        tags: ['rss'],
        summary: 'Score a set of answers without storing anything',
        description:
          'A calculator for staff and integrations. Non-substantive answers are left out and the weights renormalised.',
        body: scoreRequest,
        response: { 200: scoreView },
      },
      config: { access: anyone, audit: { action: 'rss.score', recordType: 'rss' } },
    },
    async (req) => {
      checkAnswers(currentInstrument, req.body.answers);
      const set = req.body.weightSet
        ? await weightSet(req.db, req.body.weightSet, req.body.weightSetVersion)
        : await activeWeightSet(req.db);
      const scheme = req.body.thresholdScheme
        ? thresholdScheme(req.body.thresholdScheme)
        : (await settingsFor(req.db, '')).thresholdScheme;
      if (!scheme) throw new Error('unreachable: the schema allows known schemes only');
      const scores = scoreAnswers(currentInstrument, set, req.body.answers);
      return toScoreView(
        { ...scores, instrumentVersion: currentInstrument.version },
        set,
        bandsOf(scores, scheme),
        scheme,
      );
    },
  );

  app.get(
    '/api/v1/cases/:id/rss-rounds',
    {
      schema: {
        tags: ['rss'],
        summary: 'Survey rounds on a case, oldest first, with scores and bands',
        params: idParams,
        response: { 200: roundsList },
      },
      config: { access: caseRead, audit: { action: 'rss.rounds_read', recordType: 'case' } },
    },
    async (req) => roundsAnswer(req, actorOf(req), req.params.id),
  );

  app.post(
    '/api/v1/cases/:id/rss-rounds',
    {
      schema: {
        tags: ['rss'],
        summary: 'Start a survey round after reading the consent prompt',
        description:
          'Consent is recorded first: written in person, verbal by phone. Without consent the round is recorded as such and nothing is asked.',
        params: idParams,
        body: startRoundInput,
        response: { 201: roundsList.extend({ started: z.uuid() }) },
      },
      config: { access: caseWrite, audit: { action: 'rss.round_start', recordType: 'case' } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const round = await startRound(req.db, actor, req.params.id, req.body, deps.clock.now());
      req.auditRecord = { details: { roundId: round.id, kind: round.kind, consent: round.consentGiven } };
      reply.code(201);
      return { ...(await roundsAnswer(req, actor, req.params.id)), started: round.id };
    },
  );

  app.put(
    '/api/v1/cases/:id/rss-rounds/:roundId/answers',
    {
      schema: {
        tags: ['rss'],
        summary: 'Save the answers so far (the whole set)',
        description:
          'Send the round’s `version`; a stale one gets 409. Each wrong answer is named: `body.answers.q10`.',
        params: roundParams,
        body: answersInput.extend({ version: z.int().min(1) }),
        response: { 200: roundsList },
      },
      config: { access: caseWrite, audit: { action: 'rss.round_answers', recordType: 'case' } },
    },
    async (req) => {
      const actor = actorOf(req);
      req.auditRecord = { details: { roundId: req.params.roundId } };
      await saveAnswers(req.db, actor, req.params.id, req.params.roundId, req.body, deps.clock.now());
      return roundsAnswer(req, actor, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/rss-rounds/:roundId/complete',
    {
      schema: {
        tags: ['rss'],
        summary: 'Complete the round and score it',
        description:
          'Refused with 409 while a question asked is unanswered (a partial survey is never scored). Scores below the lower cut start a support task for the dimension.',
        params: roundParams,
        body: z.strictObject({ version: z.int().min(1) }),
        response: { 200: roundsList },
      },
      config: { access: caseWrite, audit: { action: 'rss.round_complete', recordType: 'case' } },
    },
    async (req) => {
      const actor = actorOf(req);
      req.auditRecord = { details: { roundId: req.params.roundId } };
      await completeRound(
        req.db,
        actor,
        req.params.id,
        req.params.roundId,
        req.body.version,
        deps.clock.now(),
      );
      return roundsAnswer(req, actor, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/rss-rounds/:roundId/interrupt',
    {
      schema: {
        tags: ['rss'],
        summary: 'Record that the returnee stopped the interview',
        description: 'The answers are kept for the record and never scored (seed-002 L6646).',
        params: roundParams,
        body: z.strictObject({ version: z.int().min(1), reason: z.string().trim().min(1).max(1000) }),
        response: { 200: roundsList },
      },
      config: { access: caseWrite, audit: { action: 'rss.round_interrupt', recordType: 'case' } },
    },
    async (req) => {
      const actor = actorOf(req);
      req.auditRecord = { details: { roundId: req.params.roundId } };
      await interruptRound(req.db, actor, req.params.id, req.params.roundId, req.body, deps.clock.now());
      return roundsAnswer(req, actor, req.params.id);
    },
  );

  app.get(
    '/api/v1/rss/weight-sets',
    {
      schema: {
        tags: ['rss'],
        summary: 'Weight sets: the built-in provisional one and those imported, with the active one marked',
        response: {
          200: z.object({ items: z.array(weightSetView.extend({ active: z.boolean() })) }),
        },
      },
      config: { access: anyone },
    },
    async (req) => ({ items: await listWeightSets(req.db) }),
  );

  app.post(
    '/api/v1/rss/weight-sets',
    {
      schema: {
        tags: ['rss'],
        summary: 'Import a weight set (global or for one country)',
        description: 'A stored set never changes: send a new `version` to correct one.',
        body: weightSetInput,
        response: { 201: weightSetView },
      },
      config: { access: configure, audit: { action: 'rss.weights_import', recordType: 'rss_weight_set' } },
    },
    async (req, reply) => {
      await importWeightSet(req.db, actorOf(req), req.body, deps.clock.now());
      req.auditRecord = { details: { set: req.body.id, version: req.body.version } };
      reply.code(201);
      return req.body;
    },
  );

  app.post(
    '/api/v1/rss/weight-sets/:setId/:version/activate',
    {
      schema: {
        tags: ['rss'],
        summary: 'Score with this set from now on, and recompute the stored scores in the background',
        description: 'Answers 202 with a job to follow at GET /api/v1/jobs/{id}.',
        params: z.strictObject({ setId: z.string().max(100), version: z.coerce.number().int().min(1) }),
        response: { 202: z.object({ jobId: z.uuid() }) },
      },
      config: { access: configure, audit: { action: 'rss.weights_activate', recordType: 'rss_weight_set' } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const set = await activateWeightSet(req.db, req.params.setId, req.params.version);
      const job = await createJob(req.db, actor, 'rss.recompute', deps.clock.now());
      req.auditRecord = { details: { set: set.id, version: set.version, jobId: job.id } };
      startAfterResponse(req, () =>
        runJob(deps.db, deps.clock, req.log, job.id, (ctx) => recomputeScores(ctx, set)),
      );
      reply.code(202);
      return { jobId: job.id };
    },
  );

  app.get(
    '/api/v1/rss/settings',
    {
      schema: {
        tags: ['rss'],
        summary: 'Round schedules and threshold schemes by programme, and the schemes to choose from',
        response: {
          200: z.object({
            items: z.array(settingsInput),
            thresholdSchemes: z.array(thresholdSchemeView),
          }),
        },
      },
      config: { access: anyone },
    },
    async (req) => {
      const rows = await listSettings(req.db);
      return {
        items: rows.map((r) =>
          settingsInput.parse({
            programme: r.programme,
            schedule: r.schedule,
            thresholdScheme: r.thresholdScheme,
          }),
        ),
        thresholdSchemes: [...thresholdSchemes],
      };
    },
  );

  app.put(
    '/api/v1/rss/settings',
    {
      schema: {
        tags: ['rss'],
        summary: 'Set a programme’s round schedule and threshold scheme (programme "" for the default)',
        body: settingsInput,
        response: { 200: settingsInput },
      },
      config: { access: configure, audit: { action: 'rss.settings', recordType: 'rss_settings' } },
    },
    async (req) => {
      await saveSettings(req.db, req.body, deps.clock.now());
      return req.body;
    },
  );

  // Exports are files: CSV or XLSX bytes are accepted on the import route only.
  await app.register(async (scoped: Api) => {
    acceptBytes(scoped, [csvType, xlsxType], importMaxBytes);
    scoped.post(
      '/api/v1/rss/weight-sets/csv',
      {
        schema: {
          tags: ['rss'],
          summary: 'Import a weight set from CSV',
          description:
            'The body has the columns `part,question,weight`: `part` is economic, social, psychosocial or composite, `question` an id such as q2. What the set is travels in the query.',
          querystring: weightSetInput.omit({ dimensions: true, composite: true }).extend({
            version: z.coerce.number().int().min(1),
            provisional: booleanQuery,
          }),
          response: { 201: weightSetView },
        },
        config: { access: configure, audit: { action: 'rss.weights_import', recordType: 'rss_weight_set' } },
      },
      async (req, reply) => {
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const set = weightSetFromCsv(tableFromCsv(bytes.toString('utf8')), req.query);
        await importWeightSet(req.db, actorOf(req), set, deps.clock.now());
        req.auditRecord = { details: { set: set.id, version: set.version } };
        reply.code(201);
        return set;
      },
    );

    scoped.post(
      '/api/v1/rss/imports',
      {
        schema: {
          tags: ['rss'],
          summary: 'Import completed surveys from a KoboToolbox or ODK export (CSV or XLSX)',
          description:
            'One row per survey, one column per question (`q1`…`q32`, group prefixes such as `economic/q1` ignored; select-all answers as codes separated by spaces), plus `case_number`, `round`, `interviewed_on`, `location`, `consent` (yes), optional `qN_explain`, `qN_note` and `_uuid`. Each row is stored whole or rejected with its reasons; a row already imported is skipped. Answers 202 with a job to follow at GET /api/v1/jobs/{id}.',
          querystring: z.strictObject({
            round: z.enum(rssRoundKinds).optional().describe('The round of rows that have no `round` column'),
          }),
          response: { 202: z.object({ jobId: z.uuid() }) },
        },
        config: { access: caseWrite, audit: { action: 'rss.import', recordType: 'job' } },
      },
      async (req, reply) => {
        const actor = actorOf(req);
        const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const type = req.headers['content-type']?.split(';')[0]?.trim();
        let table: Awaited<ReturnType<typeof tableFromXlsx>>;
        try {
          table = type === xlsxType ? await tableFromXlsx(bytes) : tableFromCsv(bytes.toString('utf8'));
        } catch {
          throw new AppError(400, 'unreadable_file', 'The file could not be read as a spreadsheet');
        }
        if (!table.header.some((h) => /(^|\/)case_number$/i.test(h.trim()))) {
          throw invalidField(
            'body',
            'no_case_number',
            'The first row names the columns, one of them case_number',
          );
        }
        const job = await createJob(req.db, actor, 'rss.import', deps.clock.now());
        req.auditRecord = { id: job.id, details: { rows: table.rows.length, type } };
        startAfterResponse(req, () =>
          runJob(deps.db, deps.clock, req.log, job.id, (ctx) =>
            importSubmissions(ctx, actor, table, { importId: job.id, kind: req.query.round }),
          ),
        );
        reply.code(202);
        return { jobId: job.id };
      },
    );
  });

  app.get(
    '/api/v1/rss/summary',
    {
      schema: {
        tags: ['rss'],
        summary: 'Scores of the returnees in your scope, by their latest completed round',
        description:
          'Means, band counts and how many reach a composite of 0.5 or more. Figures under `smallestShownCount` (the server’s minimum cell count) are not shown (null).',
        querystring: z.strictObject({
          missionId: z.uuid().optional(),
          officeId: z.uuid().optional(),
          round: z.enum(rssRoundKinds).optional(),
        }),
        response: { 200: summaryView },
      },
      config: { access: caseRead, audit: { action: 'rss.summary', recordType: 'rss' } },
    },
    async (req) => {
      const { thresholdScheme: scheme } = await settingsFor(req.db, '');
      const summary = await scoreSummary(
        req.db,
        actorOf(req),
        { missionId: req.query.missionId, officeId: req.query.officeId, kind: req.query.round },
        scheme,
        deps.minCount,
      );
      return { ...summary, thresholdScheme: scheme };
    },
  );
}
