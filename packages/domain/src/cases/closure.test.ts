import { describe, expect, it } from 'vitest';
import { needsCaseManagement } from './case-management.ts';
import { closureReasonCodes, openChecklistItems } from './closure.ts';

describe('closure checklist', () => {
  const nothingDone = {
    planReviewed: false,
    exitInterviewDone: false,
    unmetNeedsRecorded: false,
    handOverConsented: false,
  };

  it('asks a planned closure for everything', () => {
    expect(openChecklistItems('plan_completed', nothingDone)).toEqual([
      'planReviewed',
      'exitInterviewDone',
      'unmetNeedsRecorded',
      'handOverConsented',
    ]);
  });

  it('does not ask an abrupt closure for a plan review or exit interview', () => {
    expect(
      openChecklistItems('unreachable', { ...nothingDone, handOverConsented: 'not_applicable' }),
    ).toEqual(['unmetNeedsRecorded']);
  });

  it('has a reason for each way a case ends that the seeds name', () => {
    for (const reason of [
      'plan_completed',
      'support_declined',
      'no_longer_eligible',
      'moved_away',
      'unreachable',
      'death',
      'turned_18',
      'transferred',
    ]) {
      expect(closureReasonCodes).toContain(reason);
    }
  });
});

describe('case management gate', () => {
  it('brings case management when either question is answered yes', () => {
    expect(needsCaseManagement({ needsMediumToLongTermServices: false, atMediumToHighRisk: false })).toBe(
      false,
    );
    expect(needsCaseManagement({ needsMediumToLongTermServices: true, atMediumToHighRisk: false })).toBe(
      true,
    );
    expect(needsCaseManagement({ needsMediumToLongTermServices: false, atMediumToHighRisk: true })).toBe(
      true,
    );
  });
});
