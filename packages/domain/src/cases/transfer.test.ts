import { describe, expect, it } from 'vitest';
import { checkTransferDecision } from './transfer.ts';

const supervisor = { canApprove: true, isProposer: false };
const proposer = { canApprove: false, isProposer: true };

describe('transfers to a partner or a government caseworker', () => {
  it('is approved or refused by a supervisor other than the proposer', () => {
    expect(checkTransferDecision('awaiting_approval', 'approve', supervisor, null)).toEqual({ ok: true });
    expect(checkTransferDecision('awaiting_approval', 'approve', proposer, null)).toEqual({
      ok: false,
      refusal: 'needs_supervisor',
    });
    expect(
      checkTransferDecision('awaiting_approval', 'approve', { canApprove: true, isProposer: true }, null),
    ).toEqual({ ok: false, refusal: 'own_proposal' });
    expect(checkTransferDecision('awaiting_approval', 'refuse', supervisor, ' ')).toEqual({
      ok: false,
      refusal: 'needs_reason',
    });
  });

  it('is withdrawn before approval, and received only after it', () => {
    expect(
      checkTransferDecision('awaiting_approval', 'cancel', proposer, 'Returnee changed her mind'),
    ).toEqual({
      ok: true,
    });
    expect(checkTransferDecision('awaiting_approval', 'confirm_receipt', proposer, null)).toEqual({
      ok: false,
      refusal: 'not_allowed_now',
    });
    expect(checkTransferDecision('approved', 'confirm_receipt', proposer, null)).toEqual({ ok: true });
    expect(checkTransferDecision('approved', 'cancel', proposer, 'late')).toEqual({
      ok: false,
      refusal: 'not_allowed_now',
    });
    expect(checkTransferDecision('received', 'approve', supervisor, null).ok).toBe(false);
  });
});
