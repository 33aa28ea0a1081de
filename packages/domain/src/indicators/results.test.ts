import { describe, expect, it } from 'vitest';
import { indicatorCatalogue } from './catalogue.ts';
import {
  automaticActuals,
  type DashboardFigures,
  type ResultRow,
  resultActual,
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
};

const shown = (value: number) => ({ value, numerator: 1, denominator: 1, withheld: false });
const withheld = { value: null, numerator: null, denominator: null, withheld: true };
const figures: DashboardFigures = {
  caseload: { openAtEnd: 12, meanDaysToClose: shown(40.5), ratio: '1:25' },
  meetings: { perCase: shown(1.5), homeVisitsPerCaseworker: withheld },
  scores: { reaching: { bySex: { overall: shown(0.625) } } },
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
    expect(resultActual({ indicatorCode: 'A1' }, figures)).toBeNull();
    expect(resultActual({ indicatorCode: null }, figures)).toBeNull();
  });
});
