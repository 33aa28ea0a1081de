// A programme's results framework (issue 7): its intended results, each with
// an indicator, baseline, target, frequency and the person responsible.
// "A results framework or logical framework ("logframe") clearly formulates
// intended results, outlines targets and specifies how to plan for success and
// achieve results." (seed-002 L3506). Annex 2 meant its indicators "for
// including case management processes in the programme Logframes"
// (seed-000 L902), because they were missing from them (Finding 13, L871), so
// a row may name a catalogue indicator and have its actual value filled in.

import { indicatorCatalogue } from './catalogue.ts';
import type { Figure } from './values.ts';

/**
 * The result levels of the template results matrix, Table 5.3: Objectives,
 * Outcomes, Outputs, Activities (seed-002 L3514–3520). The programme assigns
 * each statement its level: the Handbook's own tables place the same statement
 * at different levels (seed-002 digest §3.3, L3491 against L3554).
 */
export const resultLevels = ['objective', 'outcome', 'output', 'activity'] as const;
export type ResultLevel = (typeof resultLevels)[number];

/**
 * How often the indicator is measured. The Handbook's examples are "4–6 months
 * after provision of reintegration assistance" and "periodically during
 * partners meetings" (seed-002 L3554–3556); Annex 2 leaves the time dimension to
 * the project (seed-000 L895). These are the usual reporting rhythms.
 */
export const resultFrequencies = [
  'monthly',
  'quarterly',
  'six_monthly',
  'annual',
  'end_of_programme',
] as const;
export type ResultFrequency = (typeof resultFrequencies)[number];

/** What baseline, target and actual are measured in, so the three can be compared. */
export const resultUnits = [
  'count',
  'percent',
  'days',
  'per_case',
  'per_caseworker',
  'cases_per_caseworker',
] as const;
export type ResultUnit = (typeof resultUnits)[number];

/**
 * One row of the framework: a result and the indicator that measures it, with
 * the columns of the results-monitoring framework, Table 5.4 (seed-002
 * L3550–3553): indicator, frequency, responsible person, baseline and target.
 * The indicator is a catalogue code or, where none fits, the programme's own
 * wording (never both).
 */
export interface ResultRow {
  level: ResultLevel;
  statement: string;
  /**
   * The row this result contributes to, by its position in the same list: an
   * activity to an output, an output to an outcome, an outcome to an objective
   * (parentLevels). Null for an objective, or while the link is not set.
   */
  parent: number | null;
  indicatorCode: string | null;
  indicatorText: string;
  /** Null while unknown: "according to initial stakeholder mapping" (seed-002 L3556). */
  baseline: number | null;
  target: number | null;
  unit: ResultUnit;
  frequency: ResultFrequency;
  /** "Who is responsible for organizing data collection, verification and storage?" (seed-002 L3553). */
  responsible: string;
  /**
   * "Data source and collection method: Where and how will information be
   * gathered to measure the indicator?" (Table 5.4, seed-002 L3552), the
   * "Verification source and data collection method" of Table 5.3 (L3516).
   */
  dataSource: string;
  /** "Data analysis: How will the data be analysed?" (Table 5.4, L3552): quantitative, qualitative or both. */
  dataAnalysis: string;
  /** Table 5.3's "Assumptions" (L3516): what must hold for the result to lead to the one above it. */
  assumptions: string;
}

/**
 * The level each level contributes to, in the logic of the results matrix
 * (Table 5.3, seed-002 L3514–3520, read bottom up): activities deliver outputs,
 * outputs lead to outcomes, outcomes to the objective.
 */
export const parentLevels: Readonly<Record<ResultLevel, ResultLevel | null>> = {
  objective: null,
  outcome: 'objective',
  output: 'outcome',
  activity: 'output',
};

export type ResultRowField = keyof ResultRow;
export interface ResultRowProblem {
  /** The row's position in the list. */
  row: number;
  field: ResultRowField;
  code:
    | 'required'
    | 'unknown_indicator'
    | 'code_and_text'
    | 'unit_mismatch'
    | 'negative'
    | 'percent_range'
    | 'missing_parent'
    | 'wrong_parent_level';
}

/** The figures of the indicator dashboard a framework reads: the server's dashboard() has this shape. */
export interface DashboardFigures {
  caseload: { openAtEnd: number | null; meanDaysToClose: Figure; ratio: string | null };
  meetings: { perCase: Figure; homeVisitsPerCaseworker: Figure };
  scores: { reaching: { bySex: { overall: Figure } } };
  business: { recommended: Figure };
  /** Null figures: the records cannot be split as the dashboard was asked (a framework asks by mission only). */
  accountability: {
    satisfaction: { figures: { satisfied: Figure } | null };
    complaints: { figures: { perCaseworker: Figure } | null };
    wellbeing: { figures: { ableToManageStress: Figure } | null };
  };
}

/** An actual value as a row shows it: withheld figures stay withheld (values.ts). */
export interface ResultActual {
  value: number | null;
  withheld: boolean;
}

const fromFigure = (f: Figure | undefined, scale = 1): ResultActual =>
  !f || f.withheld
    ? { value: null, withheld: true }
    : { value: f.value === null ? null : f.value * scale, withheld: false };

/**
 * The catalogue indicators whose actual value the dashboard already gives, for
 * the whole period and mission, each with the unit it comes in. Only these: the
 * other indicators are not on the dashboard as one figure (A1 counts a window
 * after arrival, B2 and B5 are splits, R1–R5 are per partner, P1–P4 come from
 * records the dashboard does not total), so their actual values are entered by hand.
 * - A2 share of returnees satisfied with their caseworker (seed-000 L906), as a percentage;
 * - B1 returnees in case management at the end of the period (L913): a count, null when withheld;
 * - B3 meetings per open case (L915); B4 mean days from opening to closure (L917);
 * - B6 home visits per caseworker (L919);
 * - C1 cases per caseworker (L927): the dashboard gives it as "1:N", withheld as null;
 * - C2 complaints about caseworkers per caseworker (L929);
 * - C3 share of micro-business plans with a recommended type (L930), as a percentage;
 * - C4 share of staff able to manage work-related stress (L933), as a percentage;
 * - O1 share of returnees scored whose composite reaches 0.5 (seed-002 L3554), as a percentage.
 */
export const automaticActuals: Readonly<
  Record<string, { unit: ResultUnit; read: (d: DashboardFigures) => ResultActual }>
> = {
  B1: {
    unit: 'count',
    read: (d) =>
      d.caseload.openAtEnd === null
        ? { value: null, withheld: true }
        : { value: d.caseload.openAtEnd, withheld: false },
  },
  B3: { unit: 'per_case', read: (d) => fromFigure(d.meetings.perCase) },
  B4: { unit: 'days', read: (d) => fromFigure(d.caseload.meanDaysToClose) },
  B6: { unit: 'per_caseworker', read: (d) => fromFigure(d.meetings.homeVisitsPerCaseworker) },
  C1: {
    unit: 'cases_per_caseworker',
    read: (d) =>
      d.caseload.ratio === null
        ? { value: null, withheld: true }
        : { value: Number(d.caseload.ratio.slice('1:'.length)), withheld: false },
  },
  O1: { unit: 'percent', read: (d) => fromFigure(d.scores.reaching.bySex.overall, 100) },
  A2: { unit: 'percent', read: (d) => fromFigure(d.accountability.satisfaction.figures?.satisfied, 100) },
  C2: { unit: 'per_caseworker', read: (d) => fromFigure(d.accountability.complaints.figures?.perCaseworker) },
  C3: { unit: 'percent', read: (d) => fromFigure(d.business.recommended, 100) },
  C4: {
    unit: 'percent',
    read: (d) => fromFigure(d.accountability.wellbeing.figures?.ableToManageStress, 100),
  },
};

/** Whether a row with this indicator has its actual value filled in from the dashboard. */
export const fillsActual = (code: string | null): code is string =>
  code !== null && Object.hasOwn(automaticActuals, code);

/** The actual value of a row from the dashboard, or null when it is entered by hand. */
export function resultActual(
  row: Pick<ResultRow, 'indicatorCode'>,
  figures: DashboardFigures,
): ResultActual | null {
  return fillsActual(row.indicatorCode) ? (automaticActuals[row.indicatorCode]?.read(figures) ?? null) : null;
}

const knownCodes = new Set(indicatorCatalogue.map((i) => i.code));

/** What is wrong with a framework's rows, each problem naming its row and field; empty when none. */
export function resultRowProblems(rows: readonly ResultRow[]): ResultRowProblem[] {
  const problems: ResultRowProblem[] = [];
  rows.forEach((r, row) => {
    const add = (field: ResultRowField, code: ResultRowProblem['code']) =>
      problems.push({ row, field, code });
    if (!r.statement.trim()) add('statement', 'required');
    if (r.indicatorCode !== null) {
      if (!knownCodes.has(r.indicatorCode)) add('indicatorCode', 'unknown_indicator');
      else if (r.indicatorText.trim()) add('indicatorText', 'code_and_text');
      // A filled-in actual is only comparable with a target in the same unit.
      if (fillsActual(r.indicatorCode) && automaticActuals[r.indicatorCode]?.unit !== r.unit) {
        add('unit', 'unit_mismatch');
      }
    } else if (!r.indicatorText.trim()) {
      add('indicatorText', 'required');
    }
    // The target is the point of the row: "What is the expected value of the indicator upon completion" (L3553).
    if (r.target === null) add('target', 'required');
    for (const field of ['baseline', 'target'] as const) {
      const v = r[field];
      if (v === null) continue;
      if (v < 0) add(field, 'negative');
      else if (r.unit === 'percent' && v > 100) add(field, 'percent_range');
    }
    if (!r.responsible.trim()) add('responsible', 'required');
    if (r.parent !== null) {
      const parent = r.parent === row ? undefined : rows[r.parent];
      if (!parent) add('parent', 'missing_parent');
      else if (parent.level !== parentLevels[r.level]) add('parent', 'wrong_parent_level');
    }
  });
  return problems;
}

/**
 * The rows in the order of the matrix: each row followed by the rows that
 * contribute to it, in their own order, with its depth below the top. Rows
 * without a parent (or with one that is not in the list) start at the top.
 * Every row appears once, whatever the links.
 */
export function resultHierarchy(
  rows: readonly Pick<ResultRow, 'parent'>[],
): { row: number; depth: number }[] {
  const children = rows.map((): number[] => []);
  const tops: number[] = [];
  rows.forEach((r, i) => {
    const up = r.parent === null || r.parent === i ? undefined : children[r.parent];
    if (up) up.push(i);
    else tops.push(i);
  });
  const order: { row: number; depth: number }[] = [];
  const seen = new Set<number>();
  const visit = (row: number, depth: number) => {
    if (seen.has(row)) return;
    seen.add(row);
    order.push({ row, depth });
    for (const child of children[row] ?? []) visit(child, depth + 1);
  };
  for (const top of tops) visit(top, 0);
  // Rows linked in a circle reach no top; validation refuses such links, this keeps them visible anyway.
  for (let i = 0; i < rows.length; i++) visit(i, 0);
  return order;
}

/**
 * The months each reporting period spans, by frequency; the end of the
 * programme is one period, the programme's whole life.
 */
const monthsPerPeriod: Readonly<Record<Exclude<ResultFrequency, 'end_of_programme'>, number>> = {
  monthly: 1,
  quarterly: 3,
  six_monthly: 6,
  annual: 12,
};

/**
 * How a reporting period is written for each frequency: `2026-03` (March),
 * `2026-Q1`, `2026-H1`, `2026`, and `end` for the end of the programme.
 */
const periodPatterns: Readonly<Record<ResultFrequency, RegExp>> = {
  monthly: /^(\d{4})-(0[1-9]|1[0-2])$/,
  quarterly: /^(\d{4})-Q([1-4])$/,
  six_monthly: /^(\d{4})-H([12])$/,
  annual: /^(\d{4})$/,
  end_of_programme: /^end$/,
};

const periodName = (frequency: Exclude<ResultFrequency, 'end_of_programme'>, year: number, n: number) => {
  if (frequency === 'monthly') return `${year}-${String(n).padStart(2, '0')}`;
  if (frequency === 'quarterly') return `${year}-Q${n}`;
  if (frequency === 'six_monthly') return `${year}-H${n}`;
  return String(year);
};

/** The days a reporting period covers: `programme` for the end-of-programme period. */
export type ReportingPeriodSpan = { from: string; to: string } | 'programme';

/** The days a reporting period of this frequency covers, or null when it is not written as one. */
export function reportingPeriodSpan(frequency: ResultFrequency, period: string): ReportingPeriodSpan | null {
  const match = periodPatterns[frequency].exec(period);
  if (!match) return null;
  if (frequency === 'end_of_programme') return 'programme';
  const months = monthsPerPeriod[frequency];
  const year = Number(match[1]);
  const n = match[2] === undefined ? 1 : Number(match[2]);
  const firstMonth = (n - 1) * months;
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    from: day(new Date(Date.UTC(year, firstMonth, 1))),
    // Day 0 of the month after the period: its last day.
    to: day(new Date(Date.UTC(year, firstMonth + months, 0))),
  };
}

/** The reporting periods of this frequency up to the one holding `today`, newest first. */
export function recentReportingPeriods(frequency: ResultFrequency, today: string, count: number): string[] {
  if (frequency === 'end_of_programme') return ['end'];
  const months = monthsPerPeriod[frequency];
  const [year, month] = today.split('-').map(Number) as [number, number];
  // Periods counted from year 0, so that stepping back crosses years by itself.
  const current = (year * 12 + month - 1) / months;
  const perYear = 12 / months;
  return Array.from({ length: count }, (_, back) => {
    const index = Math.floor(current) - back;
    return periodName(frequency, Math.floor(index / perYear), (index % perYear) + 1);
  });
}

/**
 * Of a row's current entries (one per period), the one of the latest period
 * that overlaps the days asked, read with the row's frequency: an entry kept
 * from before the frequency changed is not in any of its periods and is left
 * out. The end-of-programme period overlaps every period asked.
 */
export function latestEnteredActual<T extends { period: string }>(
  entries: readonly T[],
  frequency: ResultFrequency,
  asked: { from: string; to: string },
): T | null {
  let latest: { entry: T; from: string } | null = null;
  for (const entry of entries) {
    const span = reportingPeriodSpan(frequency, entry.period);
    if (span === null) continue;
    if (span === 'programme') return entry;
    if (span.from > asked.to || span.to < asked.from) continue;
    if (!latest || span.from > latest.from) latest = { entry, from: span.from };
  }
  return latest?.entry ?? null;
}

/** An actual value entered by hand for one reporting period. */
export interface EnteredActual {
  period: string;
  value: number;
  /** The means of verification: where this value can be checked (Table 5.3, seed-002 L3516). */
  source: string;
}

export interface EnteredActualProblem {
  field: keyof EnteredActual;
  code: 'wrong_period' | 'future_period' | 'negative' | 'percent_range' | 'required';
}

/**
 * What is wrong with a value entered by hand for a row, each problem naming its
 * field; empty when none. The period must be one of the row's frequency and
 * have begun by `today`: a value is measured, not forecast.
 */
export function enteredActualProblems(
  entry: EnteredActual,
  row: Pick<ResultRow, 'frequency' | 'unit'>,
  today: string,
): EnteredActualProblem[] {
  const problems: EnteredActualProblem[] = [];
  const span = reportingPeriodSpan(row.frequency, entry.period);
  if (span === null) problems.push({ field: 'period', code: 'wrong_period' });
  else if (span !== 'programme' && span.from > today)
    problems.push({ field: 'period', code: 'future_period' });
  if (entry.value < 0) problems.push({ field: 'value', code: 'negative' });
  else if (row.unit === 'percent' && entry.value > 100)
    problems.push({ field: 'value', code: 'percent_range' });
  if (!entry.source.trim()) problems.push({ field: 'source', code: 'required' });
  return problems;
}
