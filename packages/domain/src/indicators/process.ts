// Process indicators the study's Recommendation 9 names beyond Annex 2
// (seed-000 L733: "duration of assistance, average number of interactions/
// follow-ups per case, types of interactions/ follow-ups, caseload
// variations, referrals and types of referrals, feedback from referral
// organizations and caseworker wellbeing"). Duration is B4, wellbeing C4 and
// referrals R1 (referral-indicators.ts); the other four are here.
import { defaultReferralTimings } from '../referrals/follow-up.ts';
import { cmOpenDuring, indicatorC1, type Quotient, quotient } from './annex2.ts';
import {
  answerDueOn,
  type CaseSpell,
  inPeriod,
  type Meeting,
  type MeetingFormat,
  type MeetingType,
  type ReferralRecord,
  type ReportPeriod,
} from './records.ts';

/**
 * P1, interactions per case: meetings in the period on cases needing case
 * management over the distinct such cases open on some day of it, whatever
 * their type (B3 splits the same by type and format).
 */
export function indicatorP1(
  meetings: readonly Meeting[],
  spells: readonly CaseSpell[],
  period: ReportPeriod,
): Quotient {
  const cases = new Set(spells.filter((s) => cmOpenDuring(s, period)).map((s) => s.caseId));
  const held = meetings.filter((m) => inPeriod(m.on, period) && cases.has(m.caseId));
  return quotient(held.length, cases.size);
}

/** P2, types of interactions: meetings in the period by type and format, only the pairs that occur. */
export function indicatorP2(
  meetings: readonly Meeting[],
  period: ReportPeriod,
): { meetingType: MeetingType; format: MeetingFormat; count: number }[] {
  const counts = new Map<string, { meetingType: MeetingType; format: MeetingFormat; count: number }>();
  for (const m of meetings) {
    if (!inPeriod(m.on, period)) continue;
    const key = `${m.meetingType}|${m.format}`;
    const row = counts.get(key) ?? { meetingType: m.meetingType, format: m.format, count: 0 };
    row.count++;
    counts.set(key, row);
  }
  return [...counts.values()].sort((a, b) =>
    a.meetingType === b.meetingType ? (a.format < b.format ? -1 : 1) : a.meetingType < b.meetingType ? -1 : 1,
  );
}

/**
 * P3, caseload variations: C1 at a series of days (month ends), each with
 * the change in cases per caseworker from the day before it in the series.
 */
export function indicatorP3(
  spells: readonly CaseSpell[],
  points: readonly { day: string; caseworkers: readonly string[] }[],
): {
  day: string;
  openCases: number;
  caseworkers: number;
  casesPerCaseworker: number | null;
  change: number | null;
}[] {
  let previous: number | null = null;
  return points.map(({ day, caseworkers }) => {
    const c1 = indicatorC1(spells, caseworkers, day);
    const change =
      previous === null || c1.casesPerCaseworker === null ? null : c1.casesPerCaseworker - previous;
    previous = c1.casesPerCaseworker;
    return {
      day,
      openCases: c1.openCases,
      caseworkers: c1.caseworkers,
      casesPerCaseworker: c1.casesPerCaseworker,
      change,
    };
  });
}

/**
 * P4, feedback from referral organisations: of the referrals whose answer
 * fell due in the period (sent + `answerWithinDays`), those the partner had
 * answered or updated by then. Counting by due day, not by sending, makes
 * every referral in a closed period judged, and the figure final.
 * The default window is the routine answer time of the referral follow-up.
 */
export function indicatorP4(
  referrals: readonly ReferralRecord[],
  period: ReportPeriod,
  answerWithinDays = defaultReferralTimings.acceptWithin.routine,
): Quotient {
  let due = 0;
  let answered = 0;
  for (const r of referrals) {
    const dueOn = answerDueOn(r, answerWithinDays);
    if (!inPeriod(dueOn, period)) continue;
    due++;
    if (r.firstPartnerUpdateOn !== null && r.firstPartnerUpdateOn <= dueOn) answered++;
  }
  return quotient(answered, due);
}
