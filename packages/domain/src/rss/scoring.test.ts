import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerProblems, isAsked, unansweredQuestions } from './answers.ts';
import { bandOf, bandsOf, dimensionsNeedingSupport, thresholdScheme } from './bands.ts';
import type { RssAnswers, RssOption, RssQuestion } from './instrument.ts';
import { instrumentOf } from './instruments.ts';
import { addMonths, roundsDue } from './rounds.ts';
import { rss2019 } from './rss-2019.ts';
import {
  itemValues,
  provisionalWeightSet,
  type RssScores,
  scoreAnswers,
  weightSetProblems,
} from './scoring.ts';

const instrument = rss2019;
const weights = provisionalWeightSet(instrument);
const asked = instrument.questions.filter((q) => !q.meanOf);
const byId = (id: string) => instrument.questions.find((q) => q.id === id) as RssQuestion;
const valued = (q: RssQuestion) => q.options.filter((o) => o.value !== undefined);
const substantive = (q: RssQuestion) => q.options.filter((o) => o.kind === undefined);
const scoreKeys = ['economic', 'social', 'psychosocial', 'composite'] as const;

/** Keeps only the answers to questions the earlier answers lead to. */
function followSkips(answers: RssAnswers): RssAnswers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => isAsked(byId(id), answers)));
}

function answerWith(q: RssQuestion, option: RssOption): string | string[] {
  return q.select === 'one' ? option.code : [option.code];
}

/** One option per question, as the form allows (select-all: a few non-exclusive ones, or one exclusive). */
const answerArb = (q: RssQuestion, options: readonly RssOption[]) => {
  const single = fc.constantFrom(...options).map((o) => answerWith(q, o));
  if (q.select === 'one') return single;
  const combinable = options.filter((o) => !o.exclusive);
  if (combinable.length === 0) return single;
  return fc.oneof(
    single,
    fc.subarray(combinable, { minLength: 1 }).map((os) => os.map((o) => o.code)),
  );
};

const fullAnswers = (pick: (q: RssQuestion) => readonly RssOption[]) =>
  fc
    .record(Object.fromEntries(asked.map((q) => [q.id, answerArb(q, pick(q))])))
    .map((a) => followSkips(a as RssAnswers));

const anyAnswers = fullAnswers((q) => q.options);
const substantiveAnswers = fullAnswers(substantive);

function best(q: RssQuestion): RssOption {
  const options = valued(q);
  if (options.length === 0) return substantive(q)[0] as RssOption;
  return options.reduce((a, b) => ((b.value ?? 0) > (a.value ?? 0) ? b : a));
}
function worst(q: RssQuestion): RssOption {
  const options = valued(q);
  if (options.length === 0) return substantive(q)[0] as RssOption;
  return options.reduce((a, b) => ((b.value ?? 1) < (a.value ?? 1) ? b : a));
}
const all = (pick: (q: RssQuestion) => RssOption) =>
  followSkips(Object.fromEntries(asked.map((q) => [q.id, answerWith(q, pick(q))])));

function expectSameScores(a: RssScores, b: RssScores) {
  for (const key of scoreKeys) {
    if (a[key] === null || b[key] === null) expect(a[key]).toBe(b[key]);
    else expect(a[key]).toBeCloseTo(b[key] as number, 12);
  }
}

describe('reintegration scores (properties)', () => {
  it('are always between 0 and 1, and present in every dimension when every answer says something', () => {
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const scores = scoreAnswers(instrument, weights, answers);
        for (const key of scoreKeys) {
          const s = scores[key];
          if (s !== null) expect(s >= 0 && s <= 1).toBe(true);
        }
      }),
    );
    fc.assert(
      fc.property(substantiveAnswers, (answers) => {
        const scores = scoreAnswers(instrument, weights, answers);
        for (const key of scoreKeys) expect(scores[key]).not.toBeNull();
      }),
    );
  });

  it('are 1 everywhere for all best answers and 0 everywhere for all worst answers', () => {
    const top = scoreAnswers(instrument, weights, all(best));
    const bottom = scoreAnswers(instrument, weights, all(worst));
    for (const key of scoreKeys) {
      expect(top[key]).toBe(1);
      expect(bottom[key]).toBe(0);
    }
    expect(unansweredQuestions(instrument, all(best))).toEqual([]);
    expect(unansweredQuestions(instrument, all(worst))).toEqual([]);
  });

  it('never go down when one answer gets better', () => {
    const raisable = asked.filter((q) => valued(q).length > 1);
    fc.assert(
      fc.property(
        substantiveAnswers,
        fc.constantFrom(...raisable).chain((q) =>
          fc.tuple(fc.constantFrom(...valued(q)), fc.constantFrom(...valued(q))).map(([a, b]) => ({
            q,
            low: (a.value ?? 0) <= (b.value ?? 0) ? a : b,
            high: (a.value ?? 0) <= (b.value ?? 0) ? b : a,
          })),
        ),
        (answers, { q, low, high }) => {
          const before = scoreAnswers(
            instrument,
            weights,
            followSkips({ ...answers, [q.id]: answerWith(q, low) }),
          );
          const after = scoreAnswers(
            instrument,
            weights,
            followSkips({ ...answers, [q.id]: answerWith(q, high) }),
          );
          for (const key of scoreKeys) {
            expect((after[key] ?? 0) >= (before[key] ?? 0) - 1e-12).toBe(true);
          }
        },
      ),
    );
  });

  it('treat a "don\'t know" as if the question were taken out of the weights', () => {
    const withDontKnow = asked.filter(
      (q) => q.options.some((o) => o.kind === 'dont_know') && valued(q).length > 0,
    );
    const sourcesOfDerived = new Set(instrument.questions.flatMap((q) => q.meanOf ?? []));
    fc.assert(
      fc.property(substantiveAnswers, fc.constantFrom(...withDontKnow), (answers, q) => {
        const dontKnow = q.options.find((o) => o.kind === 'dont_know') as RssOption;
        const unsure = scoreAnswers(instrument, weights, { ...answers, [q.id]: answerWith(q, dontKnow) });
        const without = structuredClone(weights);
        delete without.dimensions[q.dimension][q.id];
        delete without.composite[q.id];
        // A source of Q21 also feeds Q21's mean, so it must be absent from the answers too.
        const rest = sourcesOfDerived.has(q.id)
          ? Object.fromEntries(Object.entries(answers).filter(([id]) => id !== q.id))
          : answers;
        expectSameScores(unsure, scoreAnswers(instrument, without, rest));
      }),
    );
  });

  it('do not depend on the order of the answers', () => {
    fc.assert(
      fc.property(anyAnswers, fc.integer(), (answers, seed) => {
        const entries = Object.entries(answers).map(([id, a]) => [
          id,
          typeof a === 'string' ? a : [...a].reverse(),
        ]);
        const shuffled = fc.sample(fc.shuffledSubarray(entries, { minLength: entries.length }), {
          seed,
          numRuns: 1,
        })[0];
        expect(scoreAnswers(instrument, weights, Object.fromEntries(shuffled ?? []))).toEqual(
          scoreAnswers(instrument, weights, answers),
        );
      }),
    );
  });

  it('change only their own dimension when an economic answer changes (seed-003 D.3)', () => {
    const economic = asked.filter((q) => q.dimension === 'economic' && valued(q).length > 1);
    fc.assert(
      fc.property(substantiveAnswers, fc.constantFrom(...economic), (answers, q) => {
        const a = scoreAnswers(
          instrument,
          weights,
          followSkips({ ...answers, [q.id]: answerWith(q, best(q)) }),
        );
        const b = scoreAnswers(
          instrument,
          weights,
          followSkips({ ...answers, [q.id]: answerWith(q, worst(q)) }),
        );
        expect(a.social).toBe(b.social);
        expect(a.psychosocial).toBe(b.psychosocial);
      }),
    );
  });
});

describe('the survey rules', () => {
  it('asks Q10 only after "yes" to Q9, and refuses an answer to it otherwise', () => {
    const q9 = byId('q9');
    const yes = q9.options.find((o) => o.code === 'yes') as RssOption;
    const no = q9.options.find((o) => o.code === 'no') as RssOption;
    expect(isAsked(byId('q10'), { q9: yes.code })).toBe(true);
    expect(isAsked(byId('q10'), { q9: no.code })).toBe(false);
    expect(isAsked(byId('q10'), { q9: 'declined' })).toBe(false);
    const q10 = [substantive(byId('q10'))[0]?.code as string];
    expect(answerProblems(instrument, { q9: 'no', q10 })).toEqual([
      expect.objectContaining({ question: 'q10', code: 'not_asked' }),
    ]);
    expect(answerProblems(instrument, { q9: 'yes', q10 })).toEqual([]);
  });

  it('asks Q31 only after "no" to Q30, reading the printed "continue to Q32" as a misprint', () => {
    expect(isAsked(byId('q31'), { q30: 'no' })).toBe(true);
    for (const code of ['yes', 'dont_know', 'declined'])
      expect(isAsked(byId('q31'), { q30: code })).toBe(false);
    const complete = all(best);
    expect(complete.q31).toBeUndefined();
    expect(unansweredQuestions(instrument, { ...complete, q30: 'no' }).map((q) => q.id)).toEqual(['q31']);
  });

  it('works out Q21 as the mean of Q13, Q15, Q17, Q18 and Q19, leaving out the ones not known', () => {
    const pick = (id: string, value: number) =>
      (valued(byId(id)).find((o) => o.value === value) as RssOption).code;
    const answers = {
      q13: pick('q13', 1),
      q15: pick('q15', 0.5),
      q17: 'dont_know',
      q18: pick('q18', 0),
      q19: 'declined',
    };
    expect(itemValues(instrument, answers).get('q21')).toBeCloseTo(0.5, 12);
    expect(itemValues(instrument, { q13: 'dont_know' }).has('q21')).toBe(false);
    expect(answerProblems(instrument, { q21: pick('q13', 1) })).toEqual([
      expect.objectContaining({ code: 'derived' }),
    ]);
  });

  it("flags the scores as less reliable after more than seven don't-knows, and counts them", () => {
    const answers: Record<string, RssAnswers[string]> = { ...all(best) };
    const unsure = asked.filter((q) =>
      q.options.some((o) => o.kind === 'dont_know' || o.kind === 'declined'),
    );
    for (const q of unsure.slice(0, 7)) {
      answers[q.id] = answerWith(
        q,
        q.options.find((o) => o.kind === 'dont_know' || o.kind === 'declined') as RssOption,
      );
    }
    expect(scoreAnswers(instrument, weights, answers)).toMatchObject({
      dontKnowCount: 7,
      lowReliability: false,
    });
    const eighth = unsure[7] as RssQuestion;
    answers[eighth.id] = answerWith(
      eighth,
      eighth.options.find((o) => o.kind === 'declined' || o.kind === 'dont_know') as RssOption,
    );
    expect(scoreAnswers(instrument, weights, answers)).toMatchObject({
      dontKnowCount: 8,
      lowReliability: true,
    });
  });

  it('refuses unknown options, two answers to a select-one question and "no one" with others', () => {
    expect(answerProblems(instrument, { q1: 'superb' })[0]).toMatchObject({
      question: 'q1',
      code: 'unknown_option',
    });
    expect(answerProblems(instrument, { q1: ['satisfied', 'ok'] })[0]).toMatchObject({ code: 'one_only' });
    const q32 = byId('q32');
    const someone = substantive(q32).find((o) => !o.exclusive) as RssOption;
    expect(answerProblems(instrument, { q32: [someone.code, 'no_one'] })[0]).toMatchObject({
      code: 'exclusive',
    });
    expect(answerProblems(instrument, { q99: 'yes' })[0]).toMatchObject({ code: 'unknown_question' });
  });
});

describe('bands', () => {
  const handbook = thresholdScheme('handbook');
  const measure = thresholdScheme('measure');
  it('follow the Handbook cuts at 0.33 and 0.66 (seed-003 D.4)', () => {
    if (!handbook) throw new Error('no handbook scheme');
    expect([0.32, 0.33, 0.5, 0.66, 0.67].map((s) => bandOf(s, handbook))).toEqual([
      'intensified',
      'standard',
      'standard',
      'standard',
      'hands_off',
    ]);
  });
  it('follow MEASURE at 0.50, where exactly 0.50 is not below', () => {
    if (!measure) throw new Error('no measure scheme');
    expect([0.49, 0.5, 0.51].map((s) => bandOf(s, measure))).toEqual([
      'intensified',
      'hands_off',
      'hands_off',
    ]);
    const bands = bandsOf({ economic: 0.7, social: 0.7, psychosocial: 0.3, composite: 0.6 }, measure);
    expect(dimensionsNeedingSupport(bands)).toEqual(['psychosocial']);
  });
});

describe('weight sets', () => {
  it('ships a provisional set with Q2, Q25 and Q30 weighing double and no unscored question', () => {
    expect(weights.provisional).toBe(true);
    expect(weights.dimensions.economic.q2).toBe(2);
    expect(weights.dimensions.psychosocial.q25).toBe(2);
    expect(weights.composite.q30).toBe(2);
    expect(weights.composite.q1).toBe(1);
    expect(weights.composite.q21).toBe(1);
    expect(weights.composite.q10).toBeUndefined();
    expect(weightSetProblems(instrument, weights)).toEqual([]);
  });
  it('names what is wrong in an imported set', () => {
    const bad = structuredClone(weights);
    bad.dimensions.social.q1 = 1;
    bad.dimensions.economic.q2 = -1;
    bad.composite = {};
    expect(weightSetProblems(instrument, bad).map((p) => p.path)).toEqual([
      'dimensions.economic.q2',
      'dimensions.social.q1',
      'composite',
    ]);
  });
});

describe('round schedules', () => {
  it('puts baseline, interim and endline at months 0-1, 6-9 and 12-18 after the return', () => {
    expect(roundsDue('2026-01-31', 'handbook')).toEqual([
      { kind: 'baseline', index: 0, opensOn: '2026-01-31', dueOn: '2026-02-28' },
      { kind: 'interim', index: 1, opensOn: '2026-07-31', dueOn: '2026-10-31' },
      { kind: 'endline', index: 2, opensOn: '2027-01-31', dueOn: '2027-07-31' },
    ]);
    expect(roundsDue('2026-03-15', 'quarterly').map((r) => r.opensOn)).toEqual([
      '2026-03-15',
      '2026-06-15',
      '2026-09-15',
      '2026-12-15',
      '2027-03-15',
    ]);
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
  });
});

describe('another version of the instrument', () => {
  it('is data only: a version with a question added and a branch changed runs through the same functions', () => {
    const extra: RssQuestion = {
      id: 'q33',
      number: 33,
      dimension: 'social',
      text: { en: 'Do you have a bank account?' },
      select: 'one',
      prompting: 'do_not_prompt',
      askedWhen: { question: 'q7', anyOf: ['yes'] },
      options: [
        { code: 'yes', label: { en: 'Yes' }, value: 1 },
        { code: 'no', label: { en: 'No' }, value: 0 },
      ],
    };
    const v2 = { ...instrument, version: 2, questions: [...instrument.questions, extra] };
    const set = provisionalWeightSet(v2);
    expect(set.dimensions.social.q33).toBe(1);
    const answers = { ...all(best), q7: 'yes', q33: 'no' };
    expect(answerProblems(v2, answers)).toEqual([]);
    expect(answerProblems(instrument, answers)[0]).toMatchObject({
      question: 'q33',
      code: 'unknown_question',
    });
    expect(scoreAnswers(v2, set, answers).social).toBeLessThan(1);
    expect(unansweredQuestions(v2, { ...answers, q33: [] }).map((q) => q.id)).toEqual(['q33']);
    expect(instrumentOf('RSS-2019', 1)).toBe(instrument);
    expect(instrumentOf('RSS-2019', 2)).toBeUndefined();
  });
});
