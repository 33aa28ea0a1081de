// Hand-over of a case from the host-country mission to the country-of-origin
// mission (seed-000 §1.5, L482-L509): the receiving mission must get "the
// necessary information regarding returnees … before the returnees arrive"
// (L494), and the case belongs to the receiving team, not one person's inbox,
// "so that if one person is unavailable, the information can still be accessed" (L496).

export const handOverStatuses = ['pending', 'accepted', 'returned', 'cancelled'] as const;
export type HandOverStatus = (typeof handOverStatuses)[number];

export type HandOverDecision = 'accept' | 'return' | 'cancel';

export type HandOverRefusal = 'already_decided' | 'needs_reason' | 'not_receiving_side' | 'not_sending_side';

/**
 * Whether a decision on a pending hand-over may be taken: the receiving
 * mission accepts or returns it (with a reason); the sending side may cancel it.
 */
export function checkHandOverDecision(
  status: HandOverStatus,
  decision: HandOverDecision,
  side: { receiving: boolean; sending: boolean },
  reason: string | null,
): { ok: true } | { ok: false; refusal: HandOverRefusal } {
  if (status !== 'pending') return { ok: false, refusal: 'already_decided' };
  if ((decision === 'accept' || decision === 'return') && !side.receiving)
    return { ok: false, refusal: 'not_receiving_side' };
  if (decision === 'cancel' && !side.sending) return { ok: false, refusal: 'not_sending_side' };
  if ((decision === 'return' || decision === 'cancel') && !reason?.trim())
    return { ok: false, refusal: 'needs_reason' };
  return { ok: true };
}

export function decidedStatus(decision: HandOverDecision): HandOverStatus {
  return decision === 'accept' ? 'accepted' : decision === 'return' ? 'returned' : 'cancelled';
}
