import { mergeableFields } from '@reintegra/domain';
import { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, idParams } from '../platform/http.ts';
import { duplicatesOfCase, markDistinct, mergeCases } from './merge.ts';
import { caseFileAnswer, caseRead, caseWrite } from './routing.ts';
import { caseFileView, duplicateView } from './views.ts';

/** Duplicates of a case on file: merge them, or record that they are different people. */
export function mergeRoutes(app: Api, deps: { clock: Clock }): void {
  const caseFileOf = caseFileAnswer(deps.clock);
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
      config: { access: caseRead, audit: { action: 'case.duplicate_search', recordType: 'case' } },
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
      config: { access: caseWrite, audit: { action: 'case.mark_distinct', recordType: 'case' } },
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
