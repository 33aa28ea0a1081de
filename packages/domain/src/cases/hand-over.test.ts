import { describe, expect, it } from 'vitest';
import { checkHandOverDecision, decidedStatus } from './hand-over.ts';

describe('hand-over decisions', () => {
  const receiving = { receiving: true, sending: false };
  const sending = { receiving: false, sending: true };

  it('lets the receiving mission accept, or return with a reason', () => {
    expect(checkHandOverDecision('pending', 'accept', receiving, null)).toEqual({ ok: true });
    expect(checkHandOverDecision('pending', 'return', receiving, '')).toEqual({
      ok: false,
      refusal: 'needs_reason',
    });
    expect(checkHandOverDecision('pending', 'return', receiving, 'Wrong country of origin')).toEqual({
      ok: true,
    });
  });

  it('keeps each side to its own decisions', () => {
    expect(checkHandOverDecision('pending', 'accept', sending, null)).toEqual({
      ok: false,
      refusal: 'not_receiving_side',
    });
    expect(checkHandOverDecision('pending', 'cancel', receiving, 'x')).toEqual({
      ok: false,
      refusal: 'not_sending_side',
    });
  });

  it('decides only once', () => {
    for (const status of ['accepted', 'returned', 'cancelled'] as const) {
      expect(checkHandOverDecision(status, 'accept', receiving, null)).toEqual({
        ok: false,
        refusal: 'already_decided',
      });
    }
    expect(decidedStatus('return')).toBe('returned');
  });
});
