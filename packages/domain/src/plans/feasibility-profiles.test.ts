// Five returnees written from the criteria of Annex 5 (seed-002 L6802–L6843):
// for each, the answers a caseworker would give and what the grid must then
// say, reasoned from the criteria's text rather than read off the code.
import { describe, expect, it } from 'vitest';
import { assessApproaches, type CriterionAnswer } from './feasibility.ts';

type Answers = Record<string, CriterionAnswer>;
const verdict = (answers: Answers, id: string) => {
  const found = assessApproaches(answers).find((a) => a.approach.id === id);
  if (!found) throw new Error(`${id} missing`);
  return { suggested: found.suggested, unmet: found.unmet, open: found.open };
};

describe('feasibility grid suggestions for five profiles', () => {
  it('a mechanic returning to a town where garages hire: job placement is suggested', () => {
    const answers: Answers = {
      'FG03-i1': 'yes', // repaired cars for six years abroad: relevant job skills
      'FG03-i2': 'yes', // wants a job rather than a business
      'FG03-i3': 'yes', // lives in the regional capital
      'FG03-c1': 'yes',
      'FG03-c2': 'yes', // two garages are looking for mechanics
      'FG03-c3': 'yes',
      'FG03-s1': 'yes', // the national employment agency runs a placement scheme
    };
    expect(verdict(answers, 'FG03')).toEqual({ suggested: true, unmet: [], open: [] });
  });

  it('a young man who never finished secondary school: tertiary scholarship is not suggested, and the reason is named', () => {
    const answers: Answers = {
      'FG08-i1': 'no', // left school at 14
      'FG08-i2': 'yes',
      'FG08-i3': 'yes',
      'FG08-c1': 'yes',
      'FG08-c2': 'not_applicable',
      'FG08-s1': 'yes',
      'FG08-s2': 'yes',
    };
    expect(verdict(answers, 'FG08')).toEqual({ suggested: false, unmet: ['FG08-i1'], open: [] });
  });

  it('the same young man and primary or secondary schooling: suggested when every criterion holds', () => {
    const answers: Answers = {
      'FG07-i1': 'yes', // lacks secondary education
      'FG07-i2': 'yes',
      'FG07-i3': 'yes', // wants to become an electrician
      'FG07-c1': 'yes',
      'FG07-s1': 'yes',
      'FG07-s2': 'yes',
    };
    expect(verdict(answers, 'FG07')).toEqual({ suggested: true, unmet: [], open: [] });
  });

  it('a trader with a sound plan returning to a district in conflict: business start-up not suggested because of violence', () => {
    const answers: Answers = {
      'FG05-i1': 'yes',
      'FG05-i2': 'yes',
      'FG05-i3': 'yes',
      'FG05-i4': 'yes',
      'FG05-c1': 'yes',
      'FG05-c2': 'yes',
      'FG05-s1': 'yes',
      'FG05-s2': 'no', // armed clashes on the market roads
      'FG05-s3': 'yes',
    };
    expect(verdict(answers, 'FG05')).toEqual({ suggested: false, unmet: ['FG05-s2'], open: [] });
  });

  it('a woman whom cash would put at risk at home: cash not suggested, in-kind aid suggested, market checks still open', () => {
    const answers: Answers = {
      'FG01-i1': 'yes',
      'FG01-i2': 'no', // a relative takes any cash she holds
      'FG01-i3': 'yes',
      'FG01-c1': 'yes',
      'FG01-c2': 'yes',
      'FG01-s1': 'yes',
      'FG02-i1': 'yes',
      'FG02-i2': 'yes', // goods bought for her are not a risk
      'FG02-c1': 'yes',
      'FG02-c2': 'yes',
      'FG02-s1': 'yes',
      'FG02-s2': 'yes',
    };
    expect(verdict(answers, 'FG01')).toEqual({ suggested: false, unmet: ['FG01-i2'], open: [] });
    expect(verdict(answers, 'FG02')).toEqual({ suggested: true, unmet: [], open: [] });
    // Nothing said about the job market yet: placement is neither for nor against, only open.
    expect(verdict(answers, 'FG03')).toMatchObject({ suggested: false, unmet: [] });
    expect(verdict(answers, 'FG03').open).toHaveLength(7);
  });
});
