// The caseworker-to-beneficiary ratio planning tool of the case management
// study (seed-000 Annex 3, L935–L1074): estimate the hours each task takes,
// add them up for a caseload, and see how many cases one caseworker can carry
// and how many caseworkers a mission needs. The seed states no formula; the
// ones here are read off its worked example (L1014–L1074), and every number in
// that example comes out of them (see workload.test.ts).
import { formatRatio } from '../indicators/values.ts';

/** The template's three kinds of case management (L970, L976, L982); brokerage is in the template only. */
export const planningCmTypes = ['brokerage', 'generalist', 'intensive'] as const;
export type PlanningCmType = (typeof planningCmTypes)[number];

/** The template's beneficiary tasks (L971–L974); "Etc." rows are the mission's own. */
export const beneficiaryTasks = ['intake', 'follow_up_phone', 'monitoring_in_person', 'closure'] as const;
export type BeneficiaryTask = (typeof beneficiaryTasks)[number];

/** The non-beneficiary tasks of the template (L989–L992) and of the example, which adds reporting (L1039). */
export const nonBeneficiaryTasks = [
  'team_meetings',
  'referral_providers',
  'reporting',
  'community_meetings',
  'training',
] as const;
export type NonBeneficiaryTask = (typeof nonBeneficiaryTasks)[number];

/** A year of 52 weeks in 12 months: a monthly task costs 12/52 of its hours each week. */
export const weeksPerMonth = 52 / 12;

export interface TaskEstimate {
  cmType: PlanningCmType;
  task: BeneficiaryTask;
  /** Hours one occurrence takes for one case; null where the seed gives none. */
  hoursPerOccurrence: number | null;
  /** The seed's range where it gives one ("1-3 hours", L1028); hoursPerOccurrence is then its middle. */
  hoursRange: readonly [number, number] | null;
  /** How often the task comes back for one case in a week it is due; null where the seed gives nothing. */
  occurrencesPerCasePerWeek: number | null;
  /** The seed's "Frequency" column as written. */
  frequencyLabel: string;
}

/**
 * The example's task table (L1024–L1035) with the numbers split into hours and
 * occurrences. The "Frequency" column cannot be read per case: follow-ups are
 * "Daily" yet Step 4 counts one 0.5 h follow-up per case in the week (0.5 × 18
 * = 9, L1052), and closure is "Monthly" yet three closures fall in the week
 * (L1053). So the column says how often the caseworker does that kind of task
 * across the caseload; per case, the numbers below are what Step 4 uses.
 * Brokerage (L970–L975) and intensive in-person monitoring (L985) are template
 * rows without figures: the mission fills them in.
 */
export const exampleTaskEstimates: readonly TaskEstimate[] = [
  // Intake "2 … Depends on caseload" (L1026): once per case, in its intake week (3 × 2 = 6, L1051).
  {
    cmType: 'generalist',
    task: 'intake',
    hoursPerOccurrence: 2,
    hoursRange: null,
    occurrencesPerCasePerWeek: 1,
    frequencyLabel: 'Depends on caseload',
  },
  // Follow-up "0.5 … Daily" (L1027): one call per case per week (18 × 0.5 = 9, L1052), not five.
  {
    cmType: 'generalist',
    task: 'follow_up_phone',
    hoursPerOccurrence: 0.5,
    hoursRange: null,
    occurrencesPerCasePerWeek: 1,
    frequencyLabel: 'Daily',
  },
  // Monitoring "1-3 hours (depending on travel distance) … Monthly" (L1028): the middle,
  // 2 h, once a month, which is 12/52 of a visit a week. Step 4 leaves it out.
  {
    cmType: 'generalist',
    task: 'monitoring_in_person',
    hoursPerOccurrence: 2,
    hoursRange: [1, 3],
    occurrencesPerCasePerWeek: 1 / weeksPerMonth,
    frequencyLabel: 'Monthly',
  },
  // Closure "2 … Monthly" (L1029): once per case, in its closing week (3 × 2 = 6, L1053).
  {
    cmType: 'generalist',
    task: 'closure',
    hoursPerOccurrence: 2,
    hoursRange: null,
    occurrencesPerCasePerWeek: 1,
    frequencyLabel: 'Monthly',
  },
  // Intensive intake and closure (L1032, L1034) read as the generalist ones; Step 4 has neither.
  {
    cmType: 'intensive',
    task: 'intake',
    hoursPerOccurrence: 2,
    hoursRange: null,
    occurrencesPerCasePerWeek: 1,
    frequencyLabel: 'Depends on caseload',
  },
  // Follow-up "3 … Daily" (L1033): three hours per case per week (3 × 3 = 9, L1054).
  {
    cmType: 'intensive',
    task: 'follow_up_phone',
    hoursPerOccurrence: 3,
    hoursRange: null,
    occurrencesPerCasePerWeek: 1,
    frequencyLabel: 'Daily',
  },
  {
    cmType: 'intensive',
    task: 'monitoring_in_person',
    hoursPerOccurrence: null,
    hoursRange: null,
    occurrencesPerCasePerWeek: null,
    frequencyLabel: '',
  },
  {
    cmType: 'intensive',
    task: 'closure',
    hoursPerOccurrence: 2,
    hoursRange: null,
    occurrencesPerCasePerWeek: 1,
    frequencyLabel: 'Monthly',
  },
  ...beneficiaryTasks.map(
    (task): TaskEstimate => ({
      cmType: 'brokerage',
      task,
      hoursPerOccurrence: null,
      hoursRange: null,
      occurrencesPerCasePerWeek: null,
      frequencyLabel: '',
    }),
  ),
];

export interface NonBeneficiaryEstimate {
  task: NonBeneficiaryTask;
  hoursPerOccurrence: number | null;
  occurrencesPerWeek: number | null;
  frequencyLabel: string;
}

/**
 * The example's non-beneficiary rows (L1037–L1041). Weekly rows come once a
 * week; community meetings monthly, so 12/52 a week; training is "Sporadic"
 * with no hours, which the seed covers with its "4-8 hours" a month (L1044).
 */
export const exampleNonBeneficiaryEstimates: readonly NonBeneficiaryEstimate[] = [
  { task: 'team_meetings', hoursPerOccurrence: 2, occurrencesPerWeek: 1, frequencyLabel: 'Weekly' },
  { task: 'referral_providers', hoursPerOccurrence: 2, occurrencesPerWeek: 1, frequencyLabel: 'Weekly' },
  { task: 'reporting', hoursPerOccurrence: 4, occurrencesPerWeek: 1, frequencyLabel: 'Weekly' },
  {
    task: 'community_meetings',
    hoursPerOccurrence: 4,
    occurrencesPerWeek: 1 / weeksPerMonth,
    frequencyLabel: 'Monthly',
  },
  { task: 'training', hoursPerOccurrence: null, occurrencesPerWeek: null, frequencyLabel: 'Sporadic' },
];

/**
 * Hours left for beneficiaries in a working week once the non-beneficiary
 * tasks with figures are taken out (L1044: "within a 40 hour work week").
 * Tasks without figures take nothing here: the planner must fill them in.
 */
export function beneficiaryHoursPerWeek(
  workingHoursPerWeek: number,
  tasks: readonly Pick<NonBeneficiaryEstimate, 'hoursPerOccurrence' | 'occurrencesPerWeek'>[],
): number {
  const other = tasks.reduce((sum, t) => sum + (t.hoursPerOccurrence ?? 0) * (t.occurrencesPerWeek ?? 0), 0);
  return workingHoursPerWeek - other;
}

/** The daily route of L1020: hours a day less the hours for other tasks, over the working days. */
export function beneficiaryHoursFromDay(
  hoursPerDay: number,
  otherHoursPerDay: number,
  daysPerWeek = 5,
): number {
  return (hoursPerDay - otherHoursPerDay) * daysPerWeek;
}

/**
 * One line of the Step 4 and Step 5 tables (L1050, L1067).
 * - hours: what one case in this line takes in a week, in hours (hours per
 *   occurrence × occurrences per case per week). In the seed's tables every
 *   task happens once per case in the week, so it is the "Number of Hours" column.
 * - cases: how many cases are in this line this week. A case is in one line
 *   only, the stage it is at (intake, follow-up or closure): the lines' cases
 *   add up to the caseload (3 + 18 + 3 + 3 = 27, L1055, "1: 27", L1059; and
 *   50 + 410 + 20 + 70 = 550 = 500 active + 50 arriving, L1063). Work a case
 *   gets on top of its stage goes into the same line's hours (rowFromEstimates).
 * A line's total is hours × cases ("Total number of hours required for the
 * number of cases per week", L1050).
 */
export interface WorkloadRow {
  cmType: PlanningCmType;
  task: string;
  hours: number;
  cases: number;
}

/** The body of `POST /api/v1/planning/workload`. */
export interface WorkloadRequest {
  /** A caseworker's weekly hours for beneficiaries (30 in the example, L1044). */
  availableHoursPerWeek: number;
  rows: WorkloadRow[];
}

export interface WorkloadResult {
  /** Σ hours × cases, to the hundredth of an hour. */
  totalHours: number;
  totalCases: number;
  /** "1:N": the cases one caseworker can carry at this mix of work. */
  ratio: string;
  caseworkersNeeded: number;
}

export interface WorkloadProblem {
  field: string;
  problem: string;
}

const maxHoursPerWeek = 7 * 24;

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What is wrong with a request, by field; empty when it can be planned. The server answers 400 with these. */
export function workloadProblems(input: unknown): WorkloadProblem[] {
  if (!isRecord(input)) return [{ field: '', problem: 'must be an object' }];
  const problems: WorkloadProblem[] = [];
  const available = input.availableHoursPerWeek;
  if (!isNumber(available) || available <= 0 || available > maxHoursPerWeek) {
    problems.push({
      field: 'availableHoursPerWeek',
      problem: `must be a number > 0 and <= ${maxHoursPerWeek}`,
    });
  }
  const rows = input.rows;
  if (!Array.isArray(rows) || rows.length === 0) {
    problems.push({ field: 'rows', problem: 'must be a non-empty list' });
    return problems;
  }
  let rowsValid = true;
  rows.forEach((row: unknown, i) => {
    const at = `rows[${i}]`;
    if (!isRecord(row)) {
      problems.push({ field: at, problem: 'must be an object' });
      rowsValid = false;
      return;
    }
    const before = problems.length;
    if (!(planningCmTypes as readonly unknown[]).includes(row.cmType)) {
      problems.push({ field: `${at}.cmType`, problem: `must be one of ${planningCmTypes.join(', ')}` });
    }
    if (typeof row.task !== 'string' || row.task.trim() === '') {
      problems.push({ field: `${at}.task`, problem: 'must be a non-empty text' });
    }
    if (!isNumber(row.hours) || row.hours < 0) {
      problems.push({ field: `${at}.hours`, problem: 'must be a number >= 0' });
    }
    // Cases are people: a count, never a fraction.
    if (!isNumber(row.cases) || row.cases < 0 || !Number.isInteger(row.cases)) {
      problems.push({ field: `${at}.cases`, problem: 'must be a whole number >= 0' });
    }
    if (problems.length > before) rowsValid = false;
  });
  // Without any hours there is no ratio to give: every case would fit one caseworker.
  if (rowsValid && sumHours(rows as WorkloadRow[]) <= 0) {
    problems.push({ field: 'rows', problem: 'must need some hours in total (hours × cases > 0)' });
  }
  return problems;
}

function sumHours(rows: readonly WorkloadRow[]): number {
  return Math.round(rows.reduce((sum, r) => sum + r.hours * r.cases, 0) * 100) / 100;
}

// Floating-point sums such as 0.1 × 3 must not tip a floor or a ceiling over a whole number.
const tolerance = 1e-9;

/**
 * Plan a caseload (Step 4) or a mission (Step 5).
 * - caseworkersNeeded = totalHours ÷ available hours, rounded up. The seed stops
 *   at "18.5 case workers (555 hours divided by 30 hours/week)" (L1074); a
 *   mission hires whole people, and 18 would leave 15 hours a week undone.
 * - ratio N = the cases one caseworker's available hours hold at this mix:
 *   totalCases × available ÷ totalHours, rounded down. In the example the
 *   lines fill the 30 hours exactly and N is their 27 cases (L1055–L1059): the
 *   ratio is what fits in the week, and a 28th case at that mix would not.
 *   N can be 0: one case of the mix needs more than a caseworker's week.
 */
export function planWorkload(request: WorkloadRequest): WorkloadResult {
  const problems = workloadProblems(request);
  if (problems.length > 0) {
    throw new RangeError(`invalid workload: ${problems.map((p) => `${p.field} ${p.problem}`).join('; ')}`);
  }
  const totalHours = sumHours(request.rows);
  const totalCases = request.rows.reduce((sum, r) => sum + r.cases, 0);
  const available = request.availableHoursPerWeek;
  const perCaseworker = Math.floor((totalCases * available) / totalHours + tolerance);
  return {
    totalHours,
    totalCases,
    ratio: formatRatio(perCaseworker),
    caseworkersNeeded: Math.ceil(totalHours / available - tolerance),
  };
}

/**
 * A line from estimates: the weekly hours each case in it takes are the sum of
 * the estimates' hours × occurrences, so work a case gets besides its stage
 * (monthly in-person monitoring during follow-up) adds hours, not cases.
 * Null when an estimate has no figures or they are not all for one CM type.
 */
export function rowFromEstimates(
  task: string,
  estimates: readonly TaskEstimate[],
  cases: number,
): WorkloadRow | null {
  const first = estimates[0];
  if (!first || estimates.some((e) => e.cmType !== first.cmType)) return null;
  let hours = 0;
  for (const e of estimates) {
    if (e.hoursPerOccurrence === null || e.occurrencesPerCasePerWeek === null) return null;
    hours += e.hoursPerOccurrence * e.occurrencesPerCasePerWeek;
  }
  return { cmType: first.cmType, task, hours, cases };
}

/** Meetings a case has in a week, from a month's figure (B3 is monthly): a month of `daysInMonth` days, else an average month. */
export function weeklyFromMonthly(perMonth: number, daysInMonth?: number): number {
  return daysInMonth === undefined ? perMonth / weeksPerMonth : (perMonth * 7) / daysInMonth;
}

export interface ActualCaseload {
  cmType: PlanningCmType;
  /** Open cases of this type (B2, or C1 summed). */
  openCases: number;
  /** Meetings per case per week by format (B3 turned weekly) and the hours a meeting of that format takes. */
  formats: readonly { format: string; meetingsPerCasePerWeek: number; hoursPerMeeting: number }[];
}

/**
 * Lines from what happens instead of estimates, to set beside the plan (L965:
 * "compared to an ideal … the reality in the mission"). One line per CM type,
 * with every open case in it once, so the ratio counts each case once however
 * many formats its meetings take.
 */
export function rowsFromActuals(actuals: readonly ActualCaseload[]): WorkloadRow[] {
  return actuals.map((a) => ({
    cmType: a.cmType,
    task: 'actual_meetings',
    hours: a.formats.reduce((sum, f) => sum + f.meetingsPerCasePerWeek * f.hoursPerMeeting, 0),
    cases: a.openCases,
  }));
}

export interface CaseworkerLoad {
  caseworkerId: string;
  openCases: number;
}

export interface RatioComparison {
  planned: string;
  /** Open cases over caseworkers, to the nearest case; null with no caseworkers. */
  actual: string | null;
  plannedCases: number;
  /** Mean open cases per caseworker, unrounded. */
  actualCases: number | null;
  /** Actual less planned, in cases per caseworker. */
  difference: number | null;
  /** Who carries more cases than the plan allows. */
  abovePlan: string[];
}

/**
 * The live ratio (indicator C1, seed-000 L928) against the planned one. The
 * plan's N is a capacity and was rounded down; the actual is a description of
 * the caseload and is rounded to the nearest case.
 */
export function comparePlannedRatio(plannedCases: number, loads: readonly CaseworkerLoad[]): RatioComparison {
  const open = loads.reduce((sum, l) => sum + l.openCases, 0);
  const actualCases = loads.length === 0 ? null : open / loads.length;
  return {
    planned: formatRatio(plannedCases),
    actual: actualCases === null ? null : formatRatio(actualCases),
    plannedCases,
    actualCases,
    difference: actualCases === null ? null : actualCases - plannedCases,
    abovePlan: loads.filter((l) => l.openCases > plannedCases).map((l) => l.caseworkerId),
  };
}
