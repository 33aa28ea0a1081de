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
  indicatorCode: string | null;
  indicatorText: string;
  /** Null while unknown: "according to initial stakeholder mapping" (seed-002 L3556). */
  baseline: number | null;
  target: number | null;
  unit: ResultUnit;
  frequency: ResultFrequency;
  /** "Who is responsible for organizing data collection, verification and storage?" (seed-002 L3553). */
  responsible: string;
}

export type ResultRowField = keyof ResultRow;
export interface ResultRowProblem {
  /** The row's position in the list. */
  row: number;
  field: ResultRowField;
  code: 'required' | 'unknown_indicator' | 'code_and_text' | 'unit_mismatch' | 'negative' | 'percent_range';
}

/** The figures of the indicator dashboard a framework reads: the server's dashboard() has this shape. */
export interface DashboardFigures {
  caseload: { openAtEnd: number | null; meanDaysToClose: Figure; ratio: string | null };
  meetings: { perCase: Figure; homeVisitsPerCaseworker: Figure };
  scores: { reaching: { bySex: { overall: Figure } } };
}

/** An actual value as a row shows it: withheld figures stay withheld (values.ts). */
export interface ResultActual {
  value: number | null;
  withheld: boolean;
}

const fromFigure = (f: Figure, scale = 1): ResultActual =>
  f.withheld
    ? { value: null, withheld: true }
    : { value: f.value === null ? null : f.value * scale, withheld: false };

/**
 * The catalogue indicators whose actual value the dashboard already gives, for
 * the whole period and mission, each with the unit it comes in. Only these: the
 * other indicators are not on the dashboard as one figure (A1 counts a window
 * after arrival, R1–R5 are per partner, C2–C4 and P1–P4 come from records the
 * dashboard does not total), so their actual values are entered by hand.
 * - B1 returnees in case management at the end of the period (seed-000 L913): a count, null when withheld;
 * - B3 meetings per open case (L915); B4 mean days from opening to closure (L917);
 * - B6 home visits per caseworker (L919);
 * - C1 cases per caseworker (L927): the dashboard gives it as "1:N", withheld as null;
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
  });
  return problems;
}
