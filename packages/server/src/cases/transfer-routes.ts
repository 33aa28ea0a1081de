import { transferRecipients } from '@reintegra/domain';
import { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, idParams } from '../platform/http.ts';
import { pendingApprovals } from './approvals.ts';
import { caseFileAnswer, caseWrite } from './routing.ts';
import { decideTransfer, proposeTransfer } from './transfer.ts';
import { caseFileView, caseSummaryView } from './views.ts';

/** Transfers to partners and government caseworkers, and the supervisor's approvals queue. */
export function transferRoutes(app: Api, deps: { clock: Clock }): void {
  const caseFileOf = caseFileAnswer(deps.clock);

  app.post(
    '/api/v1/cases/:id/transfers',
    {
      schema: {
        tags: ['cases'],
        summary: 'Propose transferring a case to a partner organisation or a government caseworker',
        description:
          'Needs the returnee’s consent to the transfer on record (409 otherwise), and a supervisor’s approval before the case file leaves.',
        params: idParams,
        body: z.strictObject({
          recipient: z.enum(transferRecipients),
          organisation: z.string().trim().min(1).max(200),
          contactName: z.string().trim().min(1).max(200),
          contactDetails: z.string().trim().max(500).default(''),
          reason: z.string().trim().min(1).max(4000),
          summary: z.string().trim().min(1).max(20_000).describe('What the recipient needs to know'),
        }),
        response: { 201: caseFileView },
      },
      config: { access: caseWrite, audit: { action: 'case.transfer_propose', recordType: 'case' } },
    },
    async (req, reply) => {
      req.auditRecord = { details: { recipient: req.body.recipient } };
      await proposeTransfer(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      reply.code(201);
      return caseFileOf(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/transfers/:id/decisions',
    {
      schema: {
        tags: ['cases'],
        summary: 'Approve, refuse or withdraw a transfer, or record that the recipient took the case on',
        description:
          'A supervisor other than the proposer approves or refuses; refusing and withdrawing need a reason. Send the transfer’s `version`.',
        params: idParams,
        body: z.strictObject({
          decision: z.enum(['approve', 'refuse', 'cancel', 'confirm_receipt']),
          version: z.int().min(1),
          reason: z.string().trim().max(4000).optional(),
        }),
        response: { 200: caseFileView },
      },
      config: { access: caseWrite, audit: { action: 'case.transfer_decide', recordType: 'transfer' } },
    },
    async (req) => {
      req.auditRecord = { details: { decision: req.body.decision } };
      const updated = await decideTransfer(
        req.db,
        actorOf(req),
        req.params.id,
        req.body.decision,
        req.body,
        deps.clock.now(),
      );
      return caseFileOf(req, updated.caseId);
    },
  );

  app.get(
    '/api/v1/approvals',
    {
      schema: {
        tags: ['cases'],
        summary: 'What waits for your approval: closures and transfers, oldest first',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                kind: z.enum(['closure', 'transfer']),
                id: z.uuid(),
                proposedBy: z.uuid(),
                proposedAt: z.iso.datetime(),
                reason: z.string(),
                case: caseSummaryView,
              }),
            ),
          }),
        },
      },
      config: {
        access: { permission: 'cases.approve' },
        audit: { action: 'approval.list', recordType: 'case' },
      },
    },
    async (req) => ({
      items: (await pendingApprovals(req.db, actorOf(req))).map((a) => ({
        ...a,
        proposedAt: a.proposedAt.toISOString(),
      })),
    }),
  );
}
