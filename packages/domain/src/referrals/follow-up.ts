// When a referral is late. Urgent referrals are those made when life is at
// risk or the need calls for emergency attention (seed-002 L967, L989); the
// study's medical partners saw urgent cases "within a couple of days" (seed-003
// L336) and training started "within a month" of the data being sent (L320).
// A follow-up "four or six months after referral" catches those referred who
// did not follow through (L476). These are defaults a programme can change.
import { addDays } from '../cases/tasks.ts';
import type { ReferralStatus } from './lifecycle.ts';

export const referralUrgencies = ['urgent', 'routine'] as const;
export type ReferralUrgency = (typeof referralUrgencies)[number];

export interface ReferralTimings {
  /** Days from sending for the partner to answer. */
  acceptWithin: Record<ReferralUrgency, number>;
  /** Days from sending for the service to start. */
  startWithin: Record<ReferralUrgency, number>;
  /** Days from sending to ask the returnee whether they were assisted. */
  followUpAfter: number;
}

export const defaultReferralTimings: ReferralTimings = {
  acceptWithin: { urgent: 1, routine: 7 },
  startWithin: { urgent: 2, routine: 30 },
  followUpAfter: 120,
};

export interface ReferralClock {
  status: ReferralStatus;
  urgency: ReferralUrgency;
  /** ISO day the data went to the partner; null before. */
  sentOn: string | null;
}

export type OverdueReason = 'not_answered' | 'not_started';

/** Why a referral is overdue on a day, or null: derived from its dates, never stored. */
export function overdueReason(
  referral: ReferralClock,
  today: string,
  timings: ReferralTimings = defaultReferralTimings,
): OverdueReason | null {
  if (referral.sentOn === null) return null;
  if (
    referral.status === 'sent' &&
    today > addDays(referral.sentOn, timings.acceptWithin[referral.urgency])
  ) {
    return 'not_answered';
  }
  if (
    referral.status === 'accepted' &&
    today > addDays(referral.sentOn, timings.startWithin[referral.urgency])
  ) {
    return 'not_started';
  }
  return null;
}

/** The day a referral falls due next: the partner's answer, then the service's start. */
export function referralDueOn(
  referral: ReferralClock,
  timings: ReferralTimings = defaultReferralTimings,
): string | null {
  if (referral.sentOn === null) return null;
  if (referral.status === 'sent') return addDays(referral.sentOn, timings.acceptWithin[referral.urgency]);
  if (referral.status === 'accepted') return addDays(referral.sentOn, timings.startWithin[referral.urgency]);
  return null;
}
