import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkEligibility, eligibilityProblem } from './eligibility.ts';
import { overdueReason, referralDueOn } from './follow-up.ts';
import { isReferralOpen, nextReferralStatuses, referralMoveProblem, referralStatuses } from './lifecycle.ts';
import { maySend, sharingProblems } from './sharing.ts';

describe('referral lifecycle', () => {
  it('lets each side make only its own moves, with a reason where one fails', () => {
    expect(referralMoveProblem('draft', 'sent', 'caseworker', '')).toBeNull();
    expect(referralMoveProblem('sent', 'accepted', 'caseworker', '')).toBe('not_your_move');
    expect(referralMoveProblem('sent', 'accepted', 'partner', '')).toBeNull();
    expect(referralMoveProblem('sent', 'declined', 'partner', ' ')).toBe('reason_required');
    expect(referralMoveProblem('sent', 'completed', 'partner', '')).toBe('illegal_move');
    expect(referralMoveProblem('in_progress', 'completed', 'caseworker', '')).toBeNull();
    expect(nextReferralStatuses('accepted', 'partner')).toEqual(['in_progress', 'not_delivered']);
  });

  it('never ends at "sent", and nothing leaves an end', () => {
    expect(isReferralOpen('sent')).toBe(true);
    fc.assert(
      fc.property(
        fc.constantFrom(...referralStatuses),
        fc.constantFrom(...referralStatuses),
        fc.constantFrom('caseworker' as const, 'partner' as const),
        (from, to, by) => {
          if (!isReferralOpen(from)) expect(referralMoveProblem(from, to, by, 'why')).toBe('illegal_move');
        },
      ),
    );
    expect(referralStatuses.filter((s) => !isReferralOpen(s))).toEqual([
      'declined',
      'completed',
      'not_delivered',
      'cancelled',
    ]);
  });
});

describe('referral follow-up', () => {
  it('is overdue when the partner has not answered, or the service not started in time (D.5)', () => {
    const sent = { status: 'sent' as const, urgency: 'routine' as const, sentOn: '2024-02-01' };
    expect(overdueReason(sent, '2024-02-08')).toBeNull();
    expect(overdueReason(sent, '2024-02-09')).toBe('not_answered');
    const accepted = { ...sent, status: 'accepted' as const };
    // Sent on 1 February, no start recorded by 2 March: overdue from 3 March.
    expect(referralDueOn(accepted)).toBe('2024-03-02');
    expect(overdueReason(accepted, '2024-03-02')).toBeNull();
    expect(overdueReason(accepted, '2024-03-03')).toBe('not_started');
    expect(overdueReason({ ...accepted, urgency: 'urgent' }, '2024-02-04')).toBe('not_started');
    expect(overdueReason({ ...accepted, status: 'in_progress' }, '2025-01-01')).toBeNull();
    expect(overdueReason({ status: 'draft', urgency: 'urgent', sentOn: null }, '2025-01-01')).toBeNull();
  });
});

describe('what a referral shares', () => {
  it('always lets the partner reach the person, and says why for more than the service needs or anything sensitive', () => {
    expect(
      sharingProblems({ fields: ['name', 'phone', 'educationLevel'], justification: '' }, ['educationLevel']),
    ).toEqual([]);
    expect(sharingProblems({ fields: ['name'], justification: '' }, [])).toEqual(['identity_missing']);
    expect(
      sharingProblems({ fields: ['name', 'phone', 'skills'], justification: '' }, ['educationLevel']),
    ).toEqual(['justification_required']);
    expect(sharingProblems({ fields: ['name', 'phone', 'health'], justification: '' }, ['health'])).toEqual([
      'justification_required',
    ]);
    expect(
      sharingProblems({ fields: ['name', 'phone', 'health'], justification: 'Insulin' }, ['health']),
    ).toEqual([]);
  });

  it('goes only with consent, or an exception with who determined it', () => {
    expect(maySend({ consentGiven: true, exception: null })).toBe(true);
    expect(maySend({ consentGiven: false, exception: null })).toBe(false);
    expect(maySend({ consentGiven: false, exception: { reason: 'life_at_risk', determinedBy: ' ' } })).toBe(
      false,
    );
    expect(
      maySend({ consentGiven: false, exception: { reason: 'life_at_risk', determinedBy: 'Dr Bah' } }),
    ).toBe(true);
  });
});

describe('partner eligibility (the Enabel rule, seed-003 L274; digest D.2)', () => {
  const enabel = { minAge: 18, maxAge: 35, maxSchoolYear: 10, maxDistanceKm: { urban: 5, rural: 10 } };
  const rows: [number, number | null, 'urban' | 'rural', number, string[], string[]][] = [
    [18, 10, 'urban', 5.0, [], []],
    [17, 8, 'urban', 1, ['age'], []],
    [35, 9, 'rural', 10.0, [], []],
    [36, 9, 'rural', 2, ['age'], []],
    [25, 11, 'urban', 2, ['education'], []],
    [25, 9, 'urban', 6, ['location'], []],
    [25, 9, 'rural', 6, [], []],
    [25, 9, 'urban', 12, ['location'], []],
    [25, null, 'urban', 2, [], ['education']],
  ];
  it.each(rows)(
    'age %i, school year %s, %s, %f km',
    (age, schoolYear, setting, distanceKm, unmet, unknown) => {
      expect(checkEligibility(enabel, { age, schoolYear, setting, distanceKm })).toEqual({ unmet, unknown });
    },
  );

  it('lets a referral go ahead on unmet or unknown criteria only with a reason', () => {
    const age = { unmet: ['age' as const], unknown: [] };
    const schooling = { unmet: [], unknown: ['education' as const] };
    expect(eligibilityProblem({ unmet: [], unknown: [] }, '')).toBeNull();
    expect(eligibilityProblem(age, ' ')).toBe('not_eligible');
    expect(eligibilityProblem({ ...age, unknown: ['location'] }, '')).toBe('not_eligible');
    expect(eligibilityProblem(schooling, '')).toBe('eligibility_unknown');
    expect(eligibilityProblem(age, 'The centre agreed to take her at 36')).toBeNull();
  });
});
