// When the survey is taken and how an interview goes. "Timing ... is at the
// discretion of the reintegration programme" (seed-002 L6629), so schedules are
// chosen per programme; the default follows L3638, the alternative L1268.
import { addDays } from '../cases/tasks.ts';

export const rssRoundKinds = ['baseline', 'interim', 'endline', 'ad_hoc'] as const;
export type RssRoundKind = (typeof rssRoundKinds)[number];

/**
 * in_progress: consent given, answers being recorded. completed: every asked
 * question answered, scored. interrupted: the returnee stopped; the answers
 * are kept for the record and never scored (L6646). no_consent: the returnee
 * did not agree; nothing was asked.
 */
export const rssRoundStatuses = ['in_progress', 'completed', 'interrupted', 'no_consent'] as const;
export type RssRoundStatus = (typeof rssRoundStatuses)[number];

/** Where the interview took place (profile, L6633). */
export const interviewLocations = ['office', 'phone', 'on_site'] as const;
export type InterviewLocation = (typeof interviewLocations)[number];

/**
 * "When conducted in person, consent should be written. When interview
 * conducted by phone, ... explicit, informed consent verbally" (footnote 98, L6623).
 */
export function consentModeFor(location: InterviewLocation): 'written' | 'verbal' {
  return location === 'phone' ? 'verbal' : 'written';
}

export interface ScheduledRound {
  kind: Exclude<RssRoundKind, 'ad_hoc'>;
  /** Months after the return when the window opens and closes. */
  fromMonth: number;
  toMonth: number;
}

export const rssSchedules = {
  // Baseline at the first counselling (month 0-1), interim at 6-9, final at 12-18 (L3638).
  handbook: [
    { kind: 'baseline', fromMonth: 0, toMonth: 1 },
    { kind: 'interim', fromMonth: 6, toMonth: 9 },
    { kind: 'endline', fromMonth: 12, toMonth: 18 },
  ],
  // "Administered regularly, ideally every three months to track progress" (L1268).
  quarterly: [
    { kind: 'baseline', fromMonth: 0, toMonth: 1 },
    { kind: 'interim', fromMonth: 3, toMonth: 4 },
    { kind: 'interim', fromMonth: 6, toMonth: 7 },
    { kind: 'interim', fromMonth: 9, toMonth: 10 },
    { kind: 'endline', fromMonth: 12, toMonth: 18 },
  ],
} as const satisfies Record<string, readonly ScheduledRound[]>;
export type RssScheduleId = keyof typeof rssSchedules;
export const rssScheduleIds = Object.keys(rssSchedules) as RssScheduleId[];

/** An ISO day plus whole months; the 31st of a short month falls back to its last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return addDays(first.toISOString().slice(0, 10), Math.min(d, last) - 1);
}

/** The rounds due after a return, each with its window: they become tasks due on the window's last day. */
export function roundsDue(returnedOn: string, schedule: RssScheduleId) {
  return rssSchedules[schedule].map((round, index) => ({
    kind: round.kind,
    /** Position in the schedule: two interims are two tasks. */
    index,
    opensOn: addMonths(returnedOn, round.fromMonth),
    dueOn: addMonths(returnedOn, round.toMonth),
  }));
}
