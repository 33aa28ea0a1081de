import { handOverStatuses } from '@reintegra/domain';
import { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, idParams, listOf } from '../platform/http.ts';
import { decideHandOver, getHandOver, incomingHandOvers, sendHandOver } from './hand-over.ts';
import { caseRead, caseWrite } from './routing.ts';
import type { caseHandOvers } from './tables.ts';
import { type CaseSummary, caseSummaryView } from './views.ts';

const handOverView = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    status: z.enum(handOverStatuses),
    fromMissionId: z.uuid(),
    fromOfficeId: z.uuid(),
    toMissionId: z.uuid(),
    needs: z.string(),
    vulnerabilities: z.string(),
    plannedAssistance: z.string(),
    expectedArrival: z.string().nullable(),
    arrivalDetails: z.string(),
    sentBy: z.uuid(),
    sentAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().nullable(),
    decisionReason: z.string().nullable(),
    version: z.int(),
    case: caseSummaryView,
  })
  .meta({ id: 'HandOver' });

function toHandOverView(
  h: typeof caseHandOvers.$inferSelect,
  summary: CaseSummary,
): z.infer<typeof handOverView> {
  return {
    ...h,
    sentAt: h.sentAt.toISOString(),
    decidedAt: h.decidedAt?.toISOString() ?? null,
    case: summary,
  };
}

const text = (max: number) => z.string().trim().max(max);

export function handOverRoutes(app: Api, deps: { clock: Clock }): void {
  app.post(
    '/api/v1/cases/:id/hand-overs',
    {
      schema: {
        tags: ['hand-over'],
        summary: 'Hand a case over to another mission',
        description: 'Needs the returnee’s consent to the transfer on file (409 consent_required otherwise).',
        params: idParams,
        body: z.strictObject({
          toMissionId: z.uuid(),
          needs: text(4000).min(1).describe('What the receiving caseworker must know and do'),
          vulnerabilities: text(4000).optional(),
          plannedAssistance: text(4000).optional(),
          expectedArrival: z.iso.date().optional(),
          arrivalDetails: text(1000).optional().describe('Flight, place, who meets the returnee'),
        }),
        response: { 201: handOverView },
      },
      config: { access: caseWrite, audit: { action: 'case.hand_over_send', recordType: 'case' } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const sent = await sendHandOver(req.db, actor, req.params.id, req.body, deps.clock.now());
      req.auditRecord = { details: { handOverId: sent.id, toMissionId: sent.toMissionId } };
      const { handOver, summary } = await getHandOver(req.db, actor, sent.id);
      reply.code(201);
      return toHandOverView(handOver, summary);
    },
  );

  app.get(
    '/api/v1/hand-overs/incoming',
    {
      schema: {
        tags: ['hand-over'],
        summary: 'Hand-overs waiting for your mission, soonest arrival first',
        response: { 200: listOf(handOverView) },
      },
      config: { access: caseRead, audit: { action: 'hand_over.list', recordType: 'hand_over' } },
    },
    async (req) => {
      const items = (await incomingHandOvers(req.db, actorOf(req))).map((r) =>
        toHandOverView(r.handOver, r.summary),
      );
      return { items, total: items.length };
    },
  );

  app.get(
    '/api/v1/hand-overs/:id',
    {
      schema: {
        tags: ['hand-over'],
        summary: 'One hand-over',
        params: idParams,
        response: { 200: handOverView },
      },
      config: { access: caseRead, audit: { action: 'hand_over.read', recordType: 'hand_over' } },
    },
    async (req) => {
      const { handOver, summary } = await getHandOver(req.db, actorOf(req), req.params.id);
      return toHandOverView(handOver, summary);
    },
  );

  const decisions = [
    ['accept', 'Accept a hand-over: the case moves to your office and you are assigned', false],
    ['return', 'Return a hand-over to the sending mission, with the reason', true],
    ['cancel', 'Withdraw a hand-over your side sent, with the reason', true],
  ] as const;
  for (const [decision, summary, needsReason] of decisions) {
    app.post(
      `/api/v1/hand-overs/:id/${decision}`,
      {
        schema: {
          tags: ['hand-over'],
          summary,
          params: idParams,
          body: z.strictObject({
            version: z.int().min(1),
            reason: needsReason ? text(4000).min(1) : text(4000).optional(),
            officeId: z.uuid().optional().describe('On acceptance: the receiving office; defaults to yours'),
          }),
          response: { 200: handOverView },
        },
        config: { access: caseWrite, audit: { action: `hand_over.${decision}`, recordType: 'hand_over' } },
      },
      async (req) => {
        const actor = actorOf(req);
        await decideHandOver(req.db, actor, req.params.id, decision, req.body, deps.clock.now());
        const { handOver, summary: caseSummary } = await getHandOver(req.db, actor, req.params.id);
        return toHandOverView(handOver, caseSummary);
      },
    );
  }
}
