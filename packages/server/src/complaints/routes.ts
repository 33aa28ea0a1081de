import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, idParams, listOf } from '../platform/http.ts';
import { complaintInput, complaintListQuery, handlingMoveInput } from './schemas.ts';
import { complaintInScope, complaintsInScope, moveComplaint, recordComplaint } from './service.ts';
import { complaintView, toComplaintView } from './views.ts';

const handle = { permission: 'complaints.handle' } as const;

/** Complaints and feedback from returnees, in their own access scope (seed-000 C2, L929). */
export function complaintRoutes(app: Api, deps: { clock: Clock }): void {
  app.post(
    '/api/v1/complaints',
    {
      schema: {
        tags: ['complaints'],
        summary: 'Record a complaint or feedback: by which channel, about the caseworker or the assistance',
        description:
          'Placed in the office of its case, or of the recorder. Never shown to the staff member it concerns.',
        body: complaintInput,
        response: { 201: complaintView },
      },
      config: { access: handle, audit: { action: 'complaint.record', recordType: 'complaint' } },
    },
    async (req, reply) => {
      const saved = await recordComplaint(req.db, actorOf(req), req.body, deps.clock.now());
      req.auditRecord = { id: saved.complaint.id, details: { caseId: saved.complaint.caseId } };
      reply.code(201);
      return toComplaintView(saved);
    },
  );

  app.get(
    '/api/v1/complaints',
    {
      schema: {
        tags: ['complaints'],
        summary: 'Complaints and feedback in your scope, newest first, but those that concern you',
        querystring: complaintListQuery,
        response: { 200: listOf(complaintView) },
      },
      config: { access: handle, audit: { action: 'complaint.list', recordType: 'complaint' } },
    },
    async (req) => {
      const { items, total } = await complaintsInScope(req.db, actorOf(req), req.query);
      return { items: items.map(toComplaintView), total };
    },
  );

  app.get(
    '/api/v1/complaints/:id',
    {
      schema: {
        tags: ['complaints'],
        summary: 'One complaint or feedback',
        params: idParams,
        response: { 200: complaintView },
      },
      config: { access: handle, audit: { action: 'complaint.read', recordType: 'complaint' } },
    },
    async (req) => toComplaintView(await complaintInScope(req.db, actorOf(req), req.params.id)),
  );

  app.post(
    '/api/v1/complaints/:id/status',
    {
      schema: {
        tags: ['complaints'],
        summary:
          'Move the handling on: acknowledged, under review, resolved (say what was done) or dismissed (say why)',
        description: 'Send the `version` you read; a stale one gets 409.',
        params: idParams,
        body: handlingMoveInput,
        response: { 200: complaintView },
      },
      config: { access: handle, audit: { action: 'complaint.move', recordType: 'complaint' } },
    },
    async (req) => {
      req.auditRecord = { details: { to: req.body.to } };
      return toComplaintView(
        await moveComplaint(req.db, actorOf(req), req.params.id, req.body, deps.clock.now()),
      );
    },
  );
}
