import {
  checkTransferDecision,
  type TransferDecision,
  type TransferRecipient,
  type TransferRefusal,
  transferOutcome,
} from '@reintegra/domain';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, notFound, staleVersion } from '../platform/errors.ts';
import { recordCaseEvent } from './events.ts';
import { touchCase, workableCase } from './service.ts';
import { caseHandOvers, caseTransfers, consents } from './tables.ts';

/** The latest consent of a purpose that has not been withdrawn, or a 409 asking for it. */
export async function requireConsent(db: Db, caseId: string, purpose: 'transfer', message: string) {
  const [consent] = await db
    .select({ id: consents.id })
    .from(consents)
    .where(and(eq(consents.caseId, caseId), eq(consents.purpose, purpose), isNull(consents.withdrawnAt)))
    .orderBy(desc(consents.givenAt))
    .limit(1);
  if (!consent) throw new AppError(409, 'consent_required', message);
  return consent;
}

export interface TransferProposal {
  recipient: TransferRecipient;
  organisation: string;
  contactName: string;
  contactDetails: string;
  reason: string;
  summary: string;
}

/** Proposes transferring a case out; refused without consent, or while another transfer or hand-over is open. */
export async function proposeTransfer(
  db: Db,
  actor: Actor,
  caseId: string,
  input: TransferProposal,
  now: Date,
) {
  await workableCase(db, actor, caseId);
  const consent = await requireConsent(
    db,
    caseId,
    'transfer',
    'Record the returnee’s consent to the transfer before proposing it',
  );
  const [open] = await db
    .select({ id: caseTransfers.id })
    .from(caseTransfers)
    .where(
      and(eq(caseTransfers.caseId, caseId), inArray(caseTransfers.status, ['awaiting_approval', 'approved'])),
    );
  const [handOver] = await db
    .select({ id: caseHandOvers.id })
    .from(caseHandOvers)
    .where(and(eq(caseHandOvers.caseId, caseId), eq(caseHandOvers.status, 'pending')));
  if (open || handOver) {
    throw new AppError(409, 'transfer_open', 'This case already has a transfer or hand-over under way');
  }
  const [transfer] = await db
    .insert(caseTransfers)
    .values({ caseId, ...input, consentId: consent.id, proposedBy: actor.userId, proposedAt: now })
    .returning();
  if (!transfer) throw new Error('insert returned no row');
  await touchCase(db, caseId, now);
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'transfer_proposed',
    { transferId: transfer.id, recipient: input.recipient, organisation: input.organisation },
    now,
  );
  return transfer;
}

const refusalMessages: Record<TransferRefusal, string> = {
  not_allowed_now: 'This transfer is not at a step where that can be done',
  needs_supervisor: 'Only a supervisor can approve or refuse a transfer',
  needs_reason: 'Give a reason',
  own_proposal: 'A transfer is approved by a supervisor other than the one who proposed it',
};

/** Approve, refuse, withdraw, or record that the recipient took the case on. */
export async function decideTransfer(
  db: Db,
  actor: Actor,
  transferId: string,
  decision: TransferDecision,
  input: { version: number; reason?: string | undefined },
  now: Date,
) {
  const [transfer] = await db.select().from(caseTransfers).where(eq(caseTransfers.id, transferId));
  if (!transfer) throw notFound('Transfer');
  // Only those who may work on the case decide on its transfer; anyone else gets 404.
  await workableCase(db, actor, transfer.caseId);
  if (transfer.version !== input.version) throw staleVersion();
  const verdict = checkTransferDecision(
    transfer.status,
    decision,
    {
      canApprove: actor.permissions.includes('cases.approve'),
      isProposer: transfer.proposedBy === actor.userId,
    },
    input.reason ?? null,
  );
  if (!verdict.ok) throw new AppError(409, `transfer_${verdict.refusal}`, refusalMessages[verdict.refusal]);
  const status = transferOutcome[decision];
  const [updated] = await db
    .update(caseTransfers)
    .set({
      status,
      version: transfer.version + 1,
      ...(decision === 'confirm_receipt'
        ? { receivedAt: now }
        : { decidedBy: actor.userId, decidedAt: now, decisionReason: input.reason ?? null }),
    })
    .where(and(eq(caseTransfers.id, transferId), eq(caseTransfers.version, input.version)))
    .returning();
  if (!updated) throw staleVersion();
  await touchCase(db, transfer.caseId, now);
  await recordCaseEvent(
    db,
    transfer.caseId,
    actor.userId,
    `transfer_${status}`,
    { transferId, ...(input.reason ? { reason: input.reason } : {}) },
    now,
  );
  return updated;
}
