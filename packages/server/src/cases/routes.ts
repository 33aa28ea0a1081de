import { type ClosureReason, closureReasonCodes, isoDay, vulnerabilities } from '@reintegra/domain';
import { z } from 'zod';
import { exportAccess } from '../exports/routes.ts';
import { caseExportFilters } from '../exports/schemas.ts';
import { atOnceRowLimit, auditedFilters, exportAtOnce } from '../exports/service.ts';
import { contentTypes } from '../exports/writers.ts';
import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, asDownload, booleanQuery, idParams, listOf } from '../platform/http.ts';
import { assignStaff, endAssignment } from './assignments.ts';
import { proposeClosure } from './closure.ts';
import { changeCase } from './details.ts';
import { findLikelyDuplicates } from './duplicates.ts';
import { caseListExport } from './export.ts';
import { changeMigration } from './migration.ts';
import { addNote } from './notes.ts';
import { openCase, recordConsent } from './registration.ts';
import { caseFileAnswer, caseRead, caseWrite } from './routing.ts';
import {
  caseListQuery,
  consentInput,
  duplicateQuery,
  migrationInput,
  newCaseInput,
  transitionInput,
} from './schemas.ts';
import { listCases, moveCase, workableCase } from './service.ts';
import { caseFileView, caseSummaryView, duplicateView } from './views.ts';

export function caseRoutes(app: Api, deps: { clock: Clock }): void {
  const caseFileOf = caseFileAnswer(deps.clock);

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
      config: { access: caseRead, audit: { action: 'case.duplicate_search', recordType: 'case' } },
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
      config: { access: caseWrite, audit: { action: 'case.open', recordType: 'case' } },
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
      config: { access: caseRead, audit: { action: 'case.list', recordType: 'case' } },
    },
    async (req) => listCases(req.db, actorOf(req), req.query, isoDay(deps.clock.now())),
  );

  app.get(
    '/api/v1/cases/export.csv',
    {
      schema: {
        tags: ['cases'],
        summary: `The case list as CSV, answered at once, up to ${atOnceRowLimit} rows`,
        description:
          'Same filters and scope as the list, by reference. A larger list, or XLSX, is exported in the background: POST /api/v1/exports. Every export is audited with its filters, options and row count.',
        querystring: caseExportFilters.extend({
          hxl: booleanQuery.default(false).describe('A second header row with HXL hashtags'),
          deidentified: booleanQuery
            .default(false)
            .describe('Names left out, references pseudonymised, dates of birth cut to the year'),
        }),
      },
      config: { access: exportAccess, audit: { action: 'case.export', recordType: 'case' } },
    },
    async (req, reply) => {
      const { hxl, deidentified, ...filters } = req.query;
      const day = isoDay(deps.clock.now());
      const { bytes, rows } = await exportAtOnce(caseListExport(req.db, actorOf(req), filters, day), {
        format: 'csv',
        hxl,
        deidentified,
      });
      req.auditRecord = {
        details: { format: 'csv', hxl, deidentified, filters: auditedFilters(filters), rows },
      };
      asDownload(reply, contentTypes.csv, `cases-${day}${deidentified ? '-deidentified' : ''}.csv`);
      // Returned, not sent: the answer leaves once the audit record has committed.
      return bytes;
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
      config: { access: caseRead, audit: { action: 'case.read', recordType: 'case' } },
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
      config: { access: caseWrite, audit: { action: 'case.transition', recordType: 'case' } },
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
      config: { access: caseWrite, audit: { action: 'case.update', recordType: 'case' } },
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
      config: { access: caseWrite, audit: { action: 'case.assign', recordType: 'case' } },
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
      config: { access: caseWrite, audit: { action: 'case.unassign', recordType: 'case' } },
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
      config: { access: caseWrite, audit: { action: 'case.closure_propose', recordType: 'case' } },
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
      config: { access: caseWrite, audit: { action: 'case.note', recordType: 'case' } },
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
      config: { access: caseWrite, audit: { action: 'case.consent', recordType: 'case' } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      await workableCase(req.db, actor, req.params.id);
      await recordConsent(req.db, actor, req.params.id, req.body, deps.clock.now());
      reply.code(201);
      return caseFileOf(req, req.params.id);
    },
  );

  app.put(
    '/api/v1/cases/:id/migration',
    {
      schema: {
        tags: ['cases'],
        summary: 'Record the migration and the return: host country, stays, reasons, modality, dates',
        description:
          'Replaces what is recorded. Send the `version` you read, 0 when nothing is recorded yet; a stale one gets 409.',
        params: idParams,
        body: migrationInput.extend({ version: z.int().min(0) }),
        response: { 200: caseFileView },
      },
      config: { access: caseWrite, audit: { action: 'case.migration', recordType: 'case' } },
    },
    async (req) => {
      await changeMigration(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      return caseFileOf(req, req.params.id);
    },
  );
}
