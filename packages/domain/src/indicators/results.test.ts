import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from './catalogue.ts';
import {
  automaticActuals,
  type DashboardFigures,
  enteredActualProblems,
  latestEnteredActual,
  type ResultRow,
  recentReportingPeriods,
  reportingPeriodSpan,
  resultActual,
  resultHierarchy,
  resultRowProblems,
} from './results.ts';

const row: ResultRow = {
  level: 'outcome',
  statement: 'Returnees have sufficient levels of economic self-sufficiency',
  indicatorCode: 'O1',
  indicatorText: '',
  baseline: 0,
  target: 50,
  unit: 'percent',
  frequency: 'six_monthly',
  responsible: 'M&E officer',
  parent: null,
  dataSource: 'Survey among beneficiaries who received reintegration assistance',
  dataAnalysis: 'Quantitative and qualitative',
  assumptions: '',
};

const shown = (value: number) => ({ value, numerator: 1, denominator: 1, withheld: false });
const withheld = { value: null, numerator: null, denominator: null, withheld: true };
const figures: DashboardFigures = {
  caseload: { openAtEnd: 12, meanDaysToClose: shown(40.5), ratio: '1:25' },
  meetings: { perCase: shown(1.5), homeVisitsPerCaseworker: withheld },
  scores: { reaching: { bySex: { overall: shown(0.625) } } },
  business: { recommended: shown(0.6) },
  accountability: {
    satisfaction: { figures: { satisfied: shown(0.75) } },
    complaints: { figures: { perCaseworker: shown(0.8) } },
    // Not split as asked: no figure, shown as withheld rather than as nought.
    wellbeing: { figures: null },
  },
};

describe('results framework rows', () => {
  it('accepts a complete row with a catalogue indicator, and one with its own wording', () => {
    expect(
      resultRowProblems([row, { ...row, indicatorCode: null, indicatorText: 'Community satisfaction' }]),
    ).toEqual([]);
  });

  it('names the row and field of each problem', () => {
    const problems = resultRowProblems([
      row,
      { ...row, statement: ' ', target: null, responsible: '' },
      { ...row, indicatorCode: 'Z9' },
      { ...row, indicatorCode: null, indicatorText: '' },
      { ...row, indicatorText: 'also words' },
    ]);
    expect(problems).toEqual([
      { row: 1, field: 'statement', code: 'required' },
      { row: 1, field: 'target', code: 'required' },
      { row: 1, field: 'responsible', code: 'required' },
      { row: 2, field: 'indicatorCode', code: 'unknown_indicator' },
      { row: 3, field: 'indicatorText', code: 'required' },
      { row: 4, field: 'indicatorText', code: 'code_and_text' },
    ]);
  });

  it('keeps a filled-in indicator in the unit its actual value comes in', () => {
    expect(resultRowProblems([{ ...row, unit: 'count' }])).toEqual([
      { row: 0, field: 'unit', code: 'unit_mismatch' },
    ]);
    // An indicator entered by hand may be in any unit.
    expect(resultRowProblems([{ ...row, indicatorCode: 'A1', unit: 'count' }])).toEqual([]);
  });

  it('refuses negative values and percentages above 100', () => {
    expect(resultRowProblems([{ ...row, baseline: -1, target: 120 }])).toEqual([
      { row: 0, field: 'baseline', code: 'negative' },
      { row: 0, field: 'target', code: 'percent_range' },
    ]);
  });

  it('fills actual values only for catalogue indicators on the dashboard, keeping withheld ones withheld', () => {
    for (const code of Object.keys(automaticActuals)) {
      expect(indicatorCatalogue.some((i) => i.code === code)).toBe(true);
    }
    expect(resultActual({ indicatorCode: 'O1' }, figures)).toEqual({ value: 62.5, withheld: false });
    expect(resultActual({ indicatorCode: 'B1' }, figures)).toEqual({ value: 12, withheld: false });
    expect(resultActual({ indicatorCode: 'B4' }, figures)).toEqual({ value: 40.5, withheld: false });
    expect(resultActual({ indicatorCode: 'C1' }, figures)).toEqual({ value: 25, withheld: false });
    expect(resultActual({ indicatorCode: 'B6' }, figures)).toEqual({ value: null, withheld: true });
    const hidden = { ...figures, caseload: { ...figures.caseload, ratio: null, openAtEnd: null } };
    expect(resultActual({ indicatorCode: 'C1' }, hidden)).toEqual({ value: null, withheld: true });
    expect(resultActual({ indicatorCode: 'B1' }, hidden)).toEqual({ value: null, withheld: true });
    expect(resultActual({ indicatorCode: 'A2' }, figures)).toEqual({ value: 75, withheld: false });
    expect(resultActual({ indicatorCode: 'C2' }, figures)).toEqual({ value: 0.8, withheld: false });
    expect(resultActual({ indicatorCode: 'C3' }, figures)).toEqual({ value: 60, withheld: false });
    expect(resultActual({ indicatorCode: 'C4' }, figures)).toEqual({ value: null, withheld: true });
    expect(resultActual({ indicatorCode: 'A1' }, figures)).toBeNull();
    expect(resultActual({ indicatorCode: null }, figures)).toBeNull();
  });
});

describe('links between levels', () => {
  const objective: ResultRow = { ...row, level: 'objective', statement: 'Sustainable reintegration' };
  const outcome: ResultRow = { ...row, parent: 0 };
  const output: ResultRow = { ...row, level: 'output', statement: 'Returnees receive support', parent: 1 };
  const activity: ResultRow = { ...row, level: 'activity', statement: 'Counsel returnees', parent: 2 };

  it('accepts each level linked to the one above it, and rows not linked yet', () => {
    expect(resultRowProblems([objective, outcome, output, activity])).toEqual([]);
    expect(resultRowProblems([objective, { ...outcome, parent: null }])).toEqual([]);
  });

  it('refuses a link that skips a level or goes the wrong way, naming the row', () => {
    expect(
      resultRowProblems([
        objective,
        outcome,
        output,
        // An activity straight under the outcome skips the output.
        { ...activity, parent: 1 },
        // An outcome under an output goes down the matrix, not up.
        { ...outcome, parent: 2 },
        // The objective is the top: it contributes to nothing.
        { ...objective, parent: 1 },
        // Two rows of the same level.
        { ...output, parent: 2 },
      ]),
    ).toEqual([
      { row: 3, field: 'parent', code: 'wrong_parent_level' },
      { row: 4, field: 'parent', code: 'wrong_parent_level' },
      { row: 5, field: 'parent', code: 'wrong_parent_level' },
      { row: 6, field: 'parent', code: 'wrong_parent_level' },
    ]);
  });

  it('refuses a link to a row that is not in the list, or to itself', () => {
    expect(resultRowProblems([objective, { ...outcome, parent: 5 }, { ...outcome, parent: 2 }])).toEqual([
      { row: 1, field: 'parent', code: 'missing_parent' },
      { row: 2, field: 'parent', code: 'missing_parent' },
    ]);
  });

  it('orders rows under the row they contribute to', () => {
    // Written out of order: an activity first, its output last, and a second outcome with nothing under it.
    const rows = [{ parent: 4 }, { parent: null }, { parent: 1 }, { parent: 1 }, { parent: 2 }];
    expect(resultHierarchy(rows)).toEqual([
      { row: 1, depth: 0 },
      { row: 2, depth: 1 },
      { row: 4, depth: 2 },
      { row: 0, depth: 3 },
      { row: 3, depth: 1 },
    ]);
    // A link to a missing row or in a circle still shows every row once.
    expect(resultHierarchy([{ parent: 7 }, { parent: 2 }, { parent: 1 }])).toEqual([
      { row: 0, depth: 0 },
      { row: 1, depth: 0 },
      { row: 2, depth: 1 },
    ]);
  });
});

describe('reporting periods and actual values entered by hand', () => {
  it('reads a period written for the row’s frequency as the days it covers', () => {
    expect(reportingPeriodSpan('monthly', '2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(reportingPeriodSpan('quarterly', '2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(reportingPeriodSpan('six_monthly', '2026-H2')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(reportingPeriodSpan('annual', '2026')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(reportingPeriodSpan('end_of_programme', 'end')).toBe('programme');
    // Another frequency's period, or none at all.
    expect(reportingPeriodSpan('quarterly', '2026-03')).toBeNull();
    expect(reportingPeriodSpan('quarterly', '2026-Q5')).toBeNull();
    expect(reportingPeriodSpan('monthly', '2026-13')).toBeNull();
    expect(reportingPeriodSpan('annual', 'end')).toBeNull();
  });

  it('lists the periods up to the current one, across a year’s end', () => {
    // 22 November 2026 is in the fourth quarter and the second half.
    expect(recentReportingPeriods('quarterly', '2026-11-22', 5)).toEqual([
      '2026-Q4',
      '2026-Q3',
      '2026-Q2',
      '2026-Q1',
      '2025-Q4',
    ]);
    expect(recentReportingPeriods('monthly', '2026-01-31', 2)).toEqual(['2026-01', '2025-12']);
    expect(recentReportingPeriods('six_monthly', '2026-11-22', 3)).toEqual(['2026-H2', '2026-H1', '2025-H2']);
    expect(recentReportingPeriods('annual', '2026-11-22', 2)).toEqual(['2026', '2025']);
    expect(recentReportingPeriods('end_of_programme', '2026-11-22', 3)).toEqual(['end']);
  });

  it('shows the latest period that overlaps the days asked', () => {
    const entries = [
      { period: '2026-Q1' },
      { period: '2026-Q3' },
      { period: '2025-Q4' },
      { period: '2026-02' },
    ];
    // A year from mid-November 2025: Q3 2026 is the latest quarter in it.
    expect(latestEnteredActual(entries, 'quarterly', { from: '2025-11-15', to: '2026-11-14' })).toEqual({
      period: '2026-Q3',
    });
    // Up to 10 January 2026: the fourth quarter of 2025 overlaps, the first of 2026 too.
    expect(latestEnteredActual(entries, 'quarterly', { from: '2025-12-01', to: '2026-01-10' })).toEqual({
      period: '2026-Q1',
    });
    // Nothing entered for 2024; the month '2026-02' is not a quarter and is left out.
    expect(latestEnteredActual(entries, 'quarterly', { from: '2024-01-01', to: '2024-12-31' })).toBeNull();
    expect(latestEnteredActual(entries, 'monthly', { from: '2026-01-01', to: '2026-12-31' })).toEqual({
      period: '2026-02',
    });
    expect(
      latestEnteredActual([{ period: 'end' }], 'end_of_programme', { from: '2020-01-01', to: '2020-01-31' }),
    ).toEqual({
      period: 'end',
    });
  });

  it('names the field of each problem with a value entered by hand', () => {
    const quarterlyPercent = { frequency: 'quarterly', unit: 'percent' } as const;
    const good = { period: '2026-Q3', value: 55, source: 'Focus group report, 12 October' };
    expect(enteredActualProblems(good, quarterlyPercent, '2026-11-22')).toEqual([]);
    // The current quarter has begun: a value may be entered before it ends.
    expect(enteredActualProblems({ ...good, period: '2026-Q4' }, quarterlyPercent, '2026-11-22')).toEqual([]);
    expect(
      enteredActualProblems({ period: '2027-Q1', value: 101, source: ' ' }, quarterlyPercent, '2026-11-22'),
    ).toEqual([
      { field: 'period', code: 'future_period' },
      { field: 'value', code: 'percent_range' },
      { field: 'source', code: 'required' },
    ]);
    expect(
      enteredActualProblems({ ...good, period: '2026-09', value: -1 }, quarterlyPercent, '2026-11-22'),
    ).toEqual([
      { field: 'period', code: 'wrong_period' },
      { field: 'value', code: 'negative' },
    ]);
    // A count may exceed 100.
    expect(
      enteredActualProblems({ ...good, value: 250 }, { frequency: 'quarterly', unit: 'count' }, '2026-11-22'),
    ).toEqual([]);
  });
});
