import { describe, expect, it } from 'vitest';
import { indicatorC4 } from '../indicators/annex2.ts';
import { agreementAnswers } from '../indicators/records.ts';
import {
  answerCounts,
  surveyYearOf,
  type WellbeingAnswers,
  wellbeingQuestionIds,
  wellbeingQuestions,
} from './survey.ts';

const answers = (stress: WellbeingAnswers['manage_stress']): WellbeingAnswers => ({
  manage_stress: stress,
  workload: 'good',
  hard_to_sleep: 'partly',
  supervisor_support: 'yes',
  felt_unsafe: 'no',
});

describe('staff wellbeing survey', () => {
  it('asks C4’s question first, with the agreement scale C4 counts, and lets every question be declined', () => {
    expect(wellbeingQuestionIds[0]).toBe('manage_stress');
    expect(wellbeingQuestions.manage_stress).toBe(agreementAnswers);
    for (const id of wellbeingQuestionIds) expect(wellbeingQuestions[id]).toContain('declined');
  });

  it('runs once a calendar year', () => {
    expect(surveyYearOf('2026-01-01')).toBe(2026);
    expect(surveyYearOf('2026-12-31')).toBe(2026);
  });

  it('counts each answer in the order offered, so counts of a question add up to the respondents', () => {
    const responses = [answers('agree'), answers('agree'), answers('declined'), answers('strongly_disagree')];
    const counts = answerCounts(responses);
    expect(counts.map((c) => c.question)).toEqual(wellbeingQuestionIds);
    const stress = counts[0]?.counts ?? [];
    expect(stress.map((c) => c.answer)).toEqual([...agreementAnswers]);
    expect(stress.find((c) => c.answer === 'agree')?.count).toBe(2);
    for (const question of counts) {
      expect(question.counts.reduce((sum, c) => sum + c.count, 0)).toBe(responses.length);
    }
    // C4 leaves the declined answer out of its base.
    const c4 = indicatorC4(
      responses.map((r) => ({
        respondedOn: '2026-01-01',
        answer: r.manage_stress,
        mission: 'm',
        office: 'o',
        caseworkerId: null,
      })),
      { from: '2026-01-01', to: '2026-12-31' },
    );
    expect(c4).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
  });
});
