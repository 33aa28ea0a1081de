// Transfer of a case out of IOM's hands: to a partner organisation or to a
// government caseworker, as when case files are handed to national services
// (seed-000 L443: government co-management, "or the case file is transferred").
// It is the hand-over mechanism with its own consent check (issue 3), and it
// needs a supervisor's approval before anything leaves.

export const transferRecipients = ['partner', 'government'] as const;
export type TransferRecipient = (typeof transferRecipients)[number];

export const transferStatuses = [
  /** Proposed by the caseworker; nothing has left yet. */
  'awaiting_approval',
  /** Approved by a supervisor: the case file may be given to the recipient. */
  'approved',
  /** The recipient confirmed they took the case on. */
  'received',
  'refused',
  'cancelled',
] as const;
export type TransferStatus = (typeof transferStatuses)[number];

export type TransferDecision = 'approve' | 'refuse' | 'cancel' | 'confirm_receipt';

export type TransferRefusal = 'not_allowed_now' | 'needs_supervisor' | 'needs_reason' | 'own_proposal';

const from: Record<TransferDecision, TransferStatus> = {
  approve: 'awaiting_approval',
  refuse: 'awaiting_approval',
  cancel: 'awaiting_approval',
  confirm_receipt: 'approved',
};

export const transferOutcome: Record<TransferDecision, TransferStatus> = {
  approve: 'approved',
  refuse: 'refused',
  cancel: 'cancelled',
  confirm_receipt: 'received',
};

/**
 * Whether a decision may be taken on a transfer: a supervisor approves or
 * refuses (with a reason) someone else's proposal (four eyes); whoever works on
 * the case may withdraw it (with a reason) before approval, or record that
 * the recipient took the case on after it.
 */
export function checkTransferDecision(
  status: TransferStatus,
  decision: TransferDecision,
  who: { canApprove: boolean; isProposer: boolean },
  reason: string | null,
): { ok: true } | { ok: false; refusal: TransferRefusal } {
  if (status !== from[decision]) return { ok: false, refusal: 'not_allowed_now' };
  if (decision === 'approve' || decision === 'refuse') {
    if (!who.canApprove) return { ok: false, refusal: 'needs_supervisor' };
    if (who.isProposer) return { ok: false, refusal: 'own_proposal' };
  }
  if ((decision === 'refuse' || decision === 'cancel') && !reason?.trim()) {
    return { ok: false, refusal: 'needs_reason' };
  }
  return { ok: true };
}
