// Referral indicators: the study takes referrals as already counted (seed-000
// L910) and Recommendation 9 asks for "referrals and types of referrals"
// (L733); the referrals study found them sent and then lost (seed-003 PP3),
// so time to answer and to complete, completion and the returnee's view of
// the service are counted too. Monthly or quarterly, as the Handbook's
// example of referrals to psychosocial support (seed-002 L3616).
import { type Quotient, quotient } from './annex2.ts';
import {
  daysBetween,
  inPeriod,
  type ReferralRecord,
  type ReportPeriod,
  type SatisfactionAnswer,
} from './records.ts';
import { median } from './values.ts';

function countBy(
  referrals: readonly ReferralRecord[],
  key: (r: ReferralRecord) => string,
): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of referrals) counts[key(r)] = (counts[key(r)] ?? 0) + 1;
  return counts;
}

/** R1, referrals sent in the period, by partner, by service and by where they stand now. */
export function indicatorR1(
  referrals: readonly ReferralRecord[],
  period: ReportPeriod,
): {
  total: number;
  byPartner: Record<string, number>;
  byService: Record<string, number>;
  byStatus: Record<string, number>;
} {
  const sent = referrals.filter((r) => inPeriod(r.sentOn, period));
  return {
    total: sent.length,
    byPartner: countBy(sent, (r) => r.partnerId),
    byService: countBy(sent, (r) => r.service),
    byStatus: countBy(sent, (r) => r.status),
  };
}

/**
 * Days from sending to a later moment, for the referrals whose moment fell in
 * the period. Counted by the moment, not by the sending, so that a closed
 * period's median does not change as late answers come in.
 */
function daysTo(
  referrals: readonly ReferralRecord[],
  period: ReportPeriod,
  moment: (r: ReferralRecord) => string | null,
): { referrals: number; days: number[]; medianDays: number | null } {
  const days: number[] = [];
  for (const r of referrals) {
    const at = moment(r);
    if (r.sentOn === null || !inPeriod(at, period)) continue;
    days.push(daysBetween(r.sentOn, at));
  }
  return { referrals: days.length, days, medianDays: median(days) };
}

/** R2, median days from sent to accepted, over referrals accepted in the period. */
export function indicatorR2(referrals: readonly ReferralRecord[], period: ReportPeriod) {
  return daysTo(referrals, period, (r) => r.acceptedOn);
}

/** R3, median days from sent to completed, over referrals completed in the period. */
export function indicatorR3(referrals: readonly ReferralRecord[], period: ReportPeriod) {
  return daysTo(referrals, period, (r) => r.completedOn);
}

/**
 * R4, completion rate: of the sent referrals that ended in the period
 * (completed, declined, not delivered or cancelled), those completed. Open
 * referrals have no outcome yet and would make the latest months look worst;
 * drafts never sent were never referrals to a partner.
 */
export function indicatorR4(referrals: readonly ReferralRecord[], period: ReportPeriod): Quotient {
  let ended = 0;
  let completed = 0;
  for (const r of referrals) {
    if (r.sentOn === null) continue;
    if (r.status === 'completed' && inPeriod(r.completedOn, period)) {
      ended++;
      completed++;
    } else if (
      (r.status === 'declined' || r.status === 'not_delivered' || r.status === 'cancelled') &&
      inPeriod(r.closedOn, period)
    ) {
      ended++;
    }
  }
  return quotient(completed, ended);
}

const satisfiedAnswers: readonly SatisfactionAnswer[] = ['very_satisfied', 'satisfied'];

/**
 * R5, satisfaction with referred services: answers given in the period that
 * say something (not don't know, not declined), satisfied or very satisfied
 * over all of them; one answer per referral.
 */
export function indicatorR5(referrals: readonly ReferralRecord[], period: ReportPeriod): Quotient {
  const answered = referrals.filter(
    (r) =>
      r.satisfaction !== null &&
      r.satisfaction !== 'dont_know' &&
      r.satisfaction !== 'declined' &&
      inPeriod(r.satisfactionOn, period),
  );
  return quotient(
    answered.filter((r) => satisfiedAnswers.includes(r.satisfaction as SatisfactionAnswer)).length,
    answered.length,
  );
}
