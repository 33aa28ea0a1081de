import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyTransition,
  arrive,
  type CaseState,
  type CaseStatus,
  caseStatuses,
  checkTransition,
  nextStatuses,
} from './lifecycle.ts';

const start: CaseState = { phase: 'pre_return', status: 'screening', resumeStatus: null };
const full = { eligibleWithConsent: true, reason: 'because', canApprove: true };

describe('case lifecycle', () => {
  it('follows the post-return path from arrival to closure', () => {
    let state = start;
    const go = (to: CaseStatus) => {
      expect(checkTransition(state, to, full)).toEqual({ ok: true });
      state = applyTransition(state, to);
    };
    go('registered');
    go('assessment');
    go('awaiting_departure');
    const arrived = arrive(state);
    if (!arrived.ok) throw new Error('arrival refused');
    state = arrived.state;
    expect(state).toEqual({ phase: 'post_return', status: 'registered', resumeStatus: null });
    for (const to of [
      'assessment',
      'planning',
      'implementation',
      'follow_up',
      'closure_review',
      'closed',
    ] as const)
      go(to);
  });

  it('refuses registration without eligibility and consent', () => {
    expect(checkTransition(start, 'registered')).toEqual({
      ok: false,
      refusal: 'needs_eligibility_and_consent',
    });
  });

  it('plans only after return', () => {
    const assessing: CaseState = { phase: 'pre_return', status: 'assessment', resumeStatus: null };
    expect(checkTransition(assessing, 'planning', full)).toEqual({ ok: false, refusal: 'not_allowed' });
  });

  it('needs a supervisor to approve a closure, and a reason to propose one', () => {
    const following: CaseState = { phase: 'post_return', status: 'follow_up', resumeStatus: null };
    expect(checkTransition(following, 'closure_review', {})).toEqual({ ok: false, refusal: 'needs_reason' });
    const review = applyTransition(following, 'closure_review');
    expect(checkTransition(review, 'closed', { canApprove: false })).toEqual({
      ok: false,
      refusal: 'needs_supervisor',
    });
    expect(checkTransition(review, 'follow_up', { reason: 'plan not reviewed' })).toEqual({ ok: true });
  });

  it('resumes a suspended case where it stopped', () => {
    const planning: CaseState = { phase: 'post_return', status: 'planning', resumeStatus: null };
    const suspended = applyTransition(planning, 'suspended');
    expect(suspended.resumeStatus).toBe('planning');
    expect(nextStatuses(suspended).sort()).toEqual(['closure_review', 'planning']);
    // Proposed for closure while suspended, and sent back: it still goes back to planning.
    const review = applyTransition(suspended, 'closure_review');
    expect(review.resumeStatus).toBe('planning');
  });

  it('allows arrival only from awaiting departure', () => {
    expect(arrive({ phase: 'pre_return', status: 'assessment', resumeStatus: null }).ok).toBe(false);
  });

  const resumable = [
    'registered',
    'assessment',
    'planning',
    'implementation',
    'follow_up',
    'awaiting_departure',
  ] as const;
  const anyState = fc.record({
    phase: fc.constantFrom('pre_return' as const, 'post_return' as const),
    status: fc.constantFrom(...caseStatuses),
  });

  it('never offers a move to the same status, and every offered move is accepted with full context', () => {
    fc.assert(
      fc.property(anyState, fc.constantFrom(...resumable), ({ phase, status }, resume) => {
        const state: CaseState = {
          phase,
          status,
          resumeStatus: status === 'suspended' || status === 'closure_review' ? resume : null,
        };
        const moves = nextStatuses(state);
        expect(moves).not.toContain(status);
        for (const to of moves) expect(checkTransition(state, to, full).ok).toBe(true);
      }),
    );
  });

  it('keeps any walk of allowed moves consistent: paused cases know where to resume, others do not', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 60 }), (choices) => {
        let state = start;
        for (const choice of choices) {
          const moves = nextStatuses(state);
          const to = moves[choice % moves.length] as CaseStatus;
          state = applyTransition(state, to);
          const paused = state.status === 'suspended' || state.status === 'closure_review';
          expect(state.resumeStatus !== null).toBe(paused);
          if (paused)
            expect(['suspended', 'closure_review', 'closed', 'screening']).not.toContain(state.resumeStatus);
          if (state.phase === 'pre_return') expect(state.status).not.toBe('planning');
          if (state.status === 'awaiting_departure' && choice % 2 === 0) {
            const arrived = arrive(state);
            if (arrived.ok) state = arrived.state;
          }
        }
      }),
    );
  });
});
