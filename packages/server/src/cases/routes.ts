import {
  type ClosureReason,
  closureReasonCodes,
  isoDay,
  mergeableFields,
  taskKinds,
  taskStatuses,
  vulnerabilities,
} from '@reintegra/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, booleanQuery, idParams, listOf, page } from '../platform/http.ts';
import { assignStaff, endAssignment } from './assignments.ts';
import { proposeClosure } from './closure.ts';
import { changeCase } from './details.ts';
import { findLikelyDuplicates } from './duplicates.ts';
import { casesCsv } from './export.ts';
import { duplicatesOfCase, markDistinct, mergeCases } from './merge.ts';
import { addNote } from './notes.ts';
import { openCase, recordConsent } from './registration.ts';
import { caseListQuery, consentInput, duplicateQuery, newCaseInput, transitionInput } from './schemas.ts';
import { caseFile, listCases, moveCase, workableCase } from './service.ts';
import { addTask, changeTask, openTasks } from './tasks.ts';
import { caseFileView, caseSummaryView, taskView, toCaseFileView, toTaskView } from './views.ts';

const duplicateView = z.object({
  score: z.number().describe('0 to 1; 1 is certainly the same person'),
  reasons: z.array(z.string()),
  case: caseSummaryView,
});

export function caseRoutes(app: Api, deps: { clock: Clock }): void {
  const read = { permission: 'cases.read' as const };
  const write = { permission: 'cases.write' as const };
  /** The case file as the reader sees it now: what every command answers with. */
  const caseFileOf = async (req: FastifyRequest, id: string) =>
    toCaseFileView(await caseFile(req.db, actorOf(req), id), isoDay(deps.clock.now()));

  app.post(
    '/api/v1/cases/duplicates',
    {
      schema: {
        tags: ['cases'],
        summary: 'Search before create: likely duplicates of a person about to be registered',
        description:
          'A POST so that names and numbers stay out of URLs and logs. Searches only the cases in your scope.',
        body: duplicateQuery,
        response: { 200: z.object({ items: z.array(duplicateView) }) },
      },
      config: { access: read, audit: { action: 'case.duplicate_search', recordType: 'case' } },
    },
    async (req) => ({ items: await findLikelyDuplicates(req.db, actorOf(req), req.body) }),
  );

  app.post(
    '/api/v1/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Open a case at screening',
        description:
          'Registration is the next step, allowed once screening found the person eligible and consent is recorded.',
        body: newCaseInput,
        response: { 201: caseFileView },
      },
      config: { access: write, audit: { action: 'case.open', recordType: 'case' } },
    },
    async (req, reply) => {
      const created = await openCase(req.db, actorOf(req), req.body, deps.clock.now());
      req.auditRecord = { id: created.id };
      reply.code(201);
      return caseFileOf(req, created.id);
    },
  );

  app.get(
    '/api/v1/cases',
    {
      schema: {
        tags: ['cases'],
        summary: 'Cases in your scope',
        querystring: caseListQuery,
        response: { 200: listOf(caseSummaryView) },
      },
      config: { access: read, audit: { action: 'case.list', recordType: 'case' } },
    },
    async (req) => listCases(req.db, actorOf(req), req.query, isoDay(deps.clock.now())),
  );

  app.get(
    '/api/v1/cases/export.csv',
    {
      schema: {
        tags: ['cases'],
        summary: 'The case list as CSV',
        description: 'Same filters and scope as the list; every export is audited with its row count.',
        querystring: caseListQuery.omit({ limit: true, offset: true }),
      },
      config: { access: read, audit: { action: 'case.export', recordType: 'case' } },
    },
    async (req, reply) => {
      const { csv, rows } = await casesCsv(req.db, actorOf(req), req.query, isoDay(deps.clock.now()));
      req.auditRecord = { details: { rows, filters: Object.keys(req.query) } };
      const day = isoDay(deps.clock.now());
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="cases-${day}.csv"`)
        .header('cache-control', 'no-store');
      // A byte-order mark so that spreadsheet programs read accents and Arabic as UTF-8.
      return `\uFEFF${csv}`;
    },
  );

  app.get(
    '/api/v1/cases/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'The whole case file',
        params: idParams,
        response: { 200: caseFileView },
      },
      config: { access: read, audit: { action: 'case.read', recordType: 'case' } },
    },
    async (req) => caseFileOf(req, req.params.id),
  );

  app.post(
    '/api/v1/cases/:id/transitions',
    {
      schema: {
        tags: ['cases'],
        summary: 'Move a case to its next status',
        description:
          'A move the lifecycle does not allow gets 409 and changes nothing; so does a stale version.',
        params: idParams,
        body: transitionInput,
        response: { 200: caseFileView },
      },
      config: { access: write, audit: { action: 'case.transition', recordType: 'case' } },
    },
    async (req) => {
      const actor = actorOf(req);
      req.auditRecord = { details: { to: req.body.to } };
      await moveCase(req.db, actor, req.params.id, req.body, deps.clock.now());
      return caseFileOf(req, req.params.id);
    },
  );

  app.patch(
    '/api/v1/cases/:id',
    {
      schema: {
        tags: ['cases'],
        summary: 'Change what is decided about a case',
        description: 'Send the `version` you read; a stale one gets 409 and nothing changes.',
        params: idParams,
        body: z.strictObject({
          version: z.int().min(1),
          sensitive: z.boolean().optional().describe('Restrict the case to the staff named on it'),
          caseManagementType: z.enum(['generalist', 'intensive']).nullable().optional(),
          vulnerabilities: z
            .array(z.enum(vulnerabilities))
            .max(vulnerabilities.length)
            .optional()
            .describe('The whole set of flags: what is not sent is cleared'),
        }),
        response: { 200: caseFileView },
      },
      config: { access: write, audit: { action: 'case.update', recordType: 'case' } },
    },
    async (req) => {
      const actor = actorOf(req);
      const { version, ...changes } = req.body;
      req.auditRecord = { details: { fields: Object.keys(changes) } };
      await changeCase(req.db, actor, req.params.id, req.body, deps.clock.now());
      return caseFileOf(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/assignments',
    {
      schema: {
        tags: ['cases'],
        summary: 'Name a colleague on a case in a function',
        params: idParams,
        body: z.strictObject({
          userId: z.uuid(),
          function: z.enum(['protection', 'reintegration', 'mentor', 'supervisor']),
        }),
        response: { 201: caseFileView },
      },
      config: { access: write, audit: { action: 'case.assign', recordType: 'case' } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      req.auditRecord = { details: { userId: req.body.userId, function: req.body.function } };
      await assignStaff(req.db, actor, req.params.id, req.body, deps.clock.now());
      reply.code(201);
      return caseFileOf(req, req.params.id);
    },
  );

  app.delete(
    '/api/v1/cases/:id/assignments/:assignmentId',
    {
      schema: {
        tags: ['cases'],
        summary: 'End an assignment (the history keeps it)',
        params: z.strictObject({ id: z.uuid(), assignmentId: z.uuid() }),
        response: { 200: caseFileView },
      },
      config: { access: write, audit: { action: 'case.unassign', recordType: 'case' } },
    },
    async (req) => {
      const actor = actorOf(req);
      req.auditRecord = { details: { assignmentId: req.params.assignmentId } };
      await endAssignment(req.db, actor, req.params.id, req.params.assignmentId, deps.clock.now());
      return caseFileOf(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/closure',
    {
      schema: {
        tags: ['cases'],
        summary: 'Propose closing a case, with the reason and the closure checklist',
        description: 'Puts the case in closure review; a supervisor then approves by moving it to closed.',
        params: idParams,
        body: z.strictObject({
          version: z.int().min(1),
          reason: z.enum(closureReasonCodes as [ClosureReason, ...ClosureReason[]]),
          planReviewed: z.boolean(),
          exitInterviewDone: z.boolean(),
          unmetNeedsRecorded: z.boolean(),
          handOverConsented: z.enum(['yes', 'no', 'not_applicable']),
          unmetNeeds: z.string().trim().max(4000).optional(),
          notes: z.string().trim().max(4000).optional(),
        }),
        response: { 200: caseFileView },
      },
      config: { access: write, audit: { action: 'case.closure_propose', recordType: 'case' } },
    },
    async (req) => {
      const actor = actorOf(req);
      req.auditRecord = { details: { reason: req.body.reason } };
      await proposeClosure(req.db, actor, req.params.id, req.body, deps.clock.now());
      return caseFileOf(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/notes',
    {
      schema: {
        tags: ['cases'],
        summary: 'Write a case note',
        description: 'A confidential note is read only by its author’s role and above.',
        params: idParams,
        body: z.strictObject({
          body: z.string().trim().min(1).max(20_000),
          confidential: z.boolean().default(false),
        }),
        response: { 201: caseFileView },
      },
      config: { access: write, audit: { action: 'case.note', recordType: 'case' } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      req.auditRecord = { details: { confidential: req.body.confidential } };
      await addNote(req.db, actor, req.params.id, req.body, deps.clock.now());
      reply.code(201);
      return caseFileOf(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/consents',
    {
      schema: {
        tags: ['cases'],
        summary: 'Record a consent given by the person or their guardian',
        params: idParams,
        body: consentInput,
        response: { 201: caseFileView },
      },
      config: { access: write, audit: { action: 'case.consent', recordType: 'case' } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      await workableCase(req.db, actor, req.params.id);
      await recordConsent(req.db, actor, req.params.id, req.body, deps.clock.now());
      reply.code(201);
      return caseFileOf(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/tasks',
    {
      schema: {
        tags: ['cases'],
        summary: 'Add a task with a due day',
        description: 'Without an assignee the task is the whole team’s.',
        params: idParams,
        body: z.strictObject({
          kind: z.enum(taskKinds),
          title: z.string().trim().max(500).default(''),
          dueOn: z.iso.date(),
          assigneeId: z.uuid().optional(),
        }),
        response: { 201: caseFileView },
      },
      config: { access: write, audit: { action: 'case.task_add', recordType: 'case' } },
    },
    async (req, reply) => {
      req.auditRecord = { details: { kind: req.body.kind, dueOn: req.body.dueOn } };
      await addTask(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      reply.code(201);
      return caseFileOf(req, req.params.id);
    },
  );

  app.patch(
    '/api/v1/cases/:id/tasks/:taskId',
    {
      schema: {
        tags: ['cases'],
        summary: 'Mark a task done or cancelled, move its day, or give it to someone',
        description:
          'Send the task’s `version`; a stale one gets 409. A follow-up marked done starts the next one while the case is in follow-up.',
        params: z.strictObject({ id: z.uuid(), taskId: z.uuid() }),
        body: z.strictObject({
          version: z.int().min(1),
          status: z.enum(taskStatuses).optional(),
          dueOn: z.iso.date().optional(),
          assigneeId: z.uuid().nullable().optional(),
        }),
        response: { 200: caseFileView },
      },
      config: { access: write, audit: { action: 'case.task_change', recordType: 'case' } },
    },
    async (req) => {
      const { version, ...changes } = req.body;
      req.auditRecord = { details: { taskId: req.params.taskId, ...changes } };
      await changeTask(req.db, actorOf(req), req.params.id, req.params.taskId, req.body, deps.clock.now());
      return caseFileOf(req, req.params.id);
    },
  );

  app.get(
    '/api/v1/tasks',
    {
      schema: {
        tags: ['cases'],
        summary: 'Open tasks on the cases you work on, soonest due first',
        description:
          '`mine=true` (the default) keeps the tasks given to you and the team tasks of cases you are assigned to.',
        querystring: z.strictObject({
          mine: booleanQuery.default(true),
          overdue: booleanQuery.optional(),
          ...page,
        }),
        response: {
          200: listOf(
            taskView.extend({
              case: z.object({ id: z.uuid(), reference: z.string(), name: z.string() }),
            }),
          ),
        },
      },
      config: { access: read, audit: { action: 'task.list', recordType: 'case' } },
    },
    async (req) => {
      const now = deps.clock.now();
      const { rows, total } = await openTasks(
        req.db,
        actorOf(req),
        { ...req.query, overdue: req.query.overdue ?? false },
        now,
      );
      return {
        items: rows.map((r) => ({
          ...toTaskView(r.task, isoDay(now)),
          case: { id: r.task.caseId, reference: r.reference, name: r.name },
        })),
        total,
      };
    },
  );

  app.get(
    '/api/v1/cases/:id/duplicates',
    {
      schema: {
        tags: ['cases'],
        summary: 'Likely duplicates of the person on a case',
        description: 'Within your scope; leaves out records already merged or marked distinct from this one.',
        params: idParams,
        response: { 200: z.object({ items: z.array(duplicateView) }) },
      },
      config: { access: read, audit: { action: 'case.duplicate_search', recordType: 'case' } },
    },
    async (req) => ({ items: await duplicatesOfCase(req.db, actorOf(req), req.params.id) }),
  );

  app.post(
    '/api/v1/cases/:id/distinct',
    {
      schema: {
        tags: ['cases'],
        summary: 'Record that the people of two cases are different people',
        params: idParams,
        body: z.strictObject({
          otherCaseId: z.uuid(),
          reason: z.string().trim().max(2000).default(''),
        }),
        response: { 200: caseFileView },
      },
      config: { access: write, audit: { action: 'case.mark_distinct', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = { details: { otherCaseId: req.body.otherCaseId } };
      await markDistinct(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      return caseFileOf(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/merge',
    {
      schema: {
        tags: ['cases'],
        summary: 'Merge a duplicate registration into this case',
        description:
          'A supervisor’s decision. For each field of the person, `choices` says whose value to keep (default: this case’s, or the other’s where this one has none). Names, phones and documents are joined; the other case is closed as merged and kept, with every value in the merge’s history. Send both cases’ versions.',
        params: idParams,
        body: z.strictObject({
          version: z.int().min(1),
          mergedCaseId: z.uuid(),
          mergedVersion: z.int().min(1),
          choices: z.partialRecord(z.enum(mergeableFields), z.enum(['survivor', 'merged'])).default({}),
        }),
        response: { 200: caseFileView },
      },
      config: {
        access: { permission: 'cases.approve' },
        audit: { action: 'case.merge', recordType: 'case' },
      },
    },
    async (req) => {
      req.auditRecord = { details: { mergedCaseId: req.body.mergedCaseId, choices: req.body.choices } };
      await mergeCases(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      return caseFileOf(req, req.params.id);
    },
  );
}
