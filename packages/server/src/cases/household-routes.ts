import { relationships } from '@reintegra/domain';
import { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, idParams } from '../platform/http.ts';
import { addMember, changeMember, openMemberCase } from './household.ts';
import { caseFileAnswer, caseWrite } from './routing.ts';
import { newCaseInput, personInput } from './schemas.ts';
import { caseFileView } from './views.ts';

/** The household of the person on a case, and cases of their own for its members. */
export function householdRoutes(app: Api, deps: { clock: Clock }): void {
  const caseFileOf = caseFileAnswer(deps.clock);
  const memberRelationship = z.enum(relationships).exclude(['reference_person']);
  const memberParams = z.strictObject({ id: z.uuid(), memberId: z.uuid() });

  app.post(
    '/api/v1/cases/:id/household/members',
    {
      schema: {
        tags: ['cases'],
        summary: 'Add someone to the household of the person on a case',
        description:
          'Starts the household, with this case’s person as its reference person, when there is none. Send a new `person`, or `existingCaseId` to add the person of another case.',
        params: idParams,
        body: z.strictObject({
          relationship: memberRelationship,
          returnsTogether: z.boolean(),
          person: personInput.optional().describe('A new person record'),
          existingCaseId: z.uuid().optional().describe('Or: the case of someone already on file'),
        }),
        response: { 201: caseFileView },
      },
      config: { access: caseWrite, audit: { action: 'case.household_add', recordType: 'case' } },
    },
    async (req, reply) => {
      req.auditRecord = { details: { relationship: req.body.relationship } };
      await addMember(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      reply.code(201);
      return caseFileOf(req, req.params.id);
    },
  );

  app.patch(
    '/api/v1/cases/:id/household/members/:memberId',
    {
      schema: {
        tags: ['cases'],
        summary: 'Change a member’s relationship or whether they return, or record that they left',
        description:
          'Send the household’s `version`; a stale one gets 409. A member who leaves stays in the history.',
        params: memberParams,
        body: z.strictObject({
          version: z.int().min(1),
          relationship: memberRelationship.optional(),
          returnsTogether: z.boolean().optional(),
          leaves: z.literal(true).optional(),
        }),
        response: { 200: caseFileView },
      },
      config: { access: caseWrite, audit: { action: 'case.household_change', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = { details: { memberId: req.params.memberId, leaves: req.body.leaves ?? false } };
      await changeMember(
        req.db,
        actorOf(req),
        req.params.id,
        req.params.memberId,
        req.body,
        deps.clock.now(),
      );
      return caseFileOf(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/household/members/:memberId/case',
    {
      schema: {
        tags: ['cases'],
        summary: 'Open a case of their own for a household member',
        description:
          'Each child is their own record with their own case (seed-002 Module 6). The case opens at screening in the office that holds this one.',
        params: memberParams,
        body: newCaseInput.omit({ person: true, officeId: true }),
        response: { 201: caseFileView },
      },
      config: { access: caseWrite, audit: { action: 'case.open', recordType: 'case' } },
    },
    async (req, reply) => {
      const created = await openMemberCase(
        req.db,
        actorOf(req),
        req.params.id,
        req.params.memberId,
        req.body,
        deps.clock.now(),
      );
      req.auditRecord = { id: created.id, details: { fromCaseId: req.params.id } };
      reply.code(201);
      return caseFileOf(req, created.id);
    },
  );
}
