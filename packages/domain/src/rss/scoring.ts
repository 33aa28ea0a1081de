// Reintegration scores: economic, social, psychosocial and composite, each in
// [0, 1] (seed-002 L1149). An item's value comes from the instrument, the
// weights from a weight set; non-substantive answers are left out and the
// remaining weights renormalised, so a "don't know" neither helps nor hurts.
import { isAsked } from './answers.ts';
import {
  codesOf,
  type RssAnswers,
  type RssDimension,
  type RssInstrument,
  type RssQuestion,
  rssDimensions,
} from './instrument.ts';

/** Versioned weights (issue: `{id, version, label, source, provisional, dimensions, composite}`). */
export interface WeightSet {
  id: string;
  version: number;
  label: string;
  source: string;
  /** Not IOM's official weights: every score made with it says so. */
  provisional: boolean;
  /** ISO country code for a country-specific set (seed-003 B.5); null for a global one. */
  country: string | null;
  /** The instrument whose question ids the weights name. */
  instrument: string;
  dimensions: Record<RssDimension, Record<string, number>>;
  composite: Record<string, number>;
}

export interface RssScores {
  economic: number | null;
  social: number | null;
  psychosocial: number | null;
  composite: number | null;
  /** "I don't know" and "I don't wish to answer" answers. */
  dontKnowCount: number;
  /** More than seven of them: the scores "might carry a lesser degree of accuracy" (seed-002 L1155). */
  lowReliability: boolean;
}

export const lowReliabilityAbove = 7;

/**
 * The value of one answer: null when it says nothing (don't know, declined,
 * not applicable), when the question is unscored, or when it is not answered.
 * A select-all answer is worth its best option: for Q8 and Q32 the score only
 * needs to know whether there is any asset or any support (L6662).
 */
export function answerValue(question: RssQuestion, answers: RssAnswers): number | null {
  const codes = codesOf(answers[question.id]);
  let best: number | null = null;
  for (const option of question.options) {
    if (!codes.includes(option.code)) continue;
    if (option.kind !== undefined) return null;
    if (option.value !== undefined && (best === null || option.value > best)) best = option.value;
  }
  return best;
}

/**
 * Every item that counts, by question id. A skipped question counts for
 * nothing; a derived one (Q21) is the mean of the values its sources have.
 */
export function itemValues(instrument: RssInstrument, answers: RssAnswers): Map<string, number> {
  const values = new Map<string, number>();
  for (const q of instrument.questions) {
    if (q.meanOf || !isAsked(q, answers)) continue;
    const value = answerValue(q, answers);
    if (value !== null) values.set(q.id, value);
  }
  for (const q of instrument.questions) {
    if (!q.meanOf) continue;
    const sources = q.meanOf.map((id) => values.get(id)).filter((v): v is number => v !== undefined);
    if (sources.length > 0) values.set(q.id, sources.reduce((a, b) => a + b, 0) / sources.length);
  }
  return values;
}

/** A set's weights as a list, made once per set: a recompute scores a million rounds with one set. */
const weightLists = new WeakMap<Record<string, number>, [string, number][]>();
function listed(weights: Record<string, number>): [string, number][] {
  let list = weightLists.get(weights);
  if (!list) {
    list = Object.entries(weights);
    weightLists.set(weights, list);
  }
  return list;
}

/** Weighted mean over the items that have a value; null when none of them does. */
function weightedMean(weights: Record<string, number>, values: Map<string, number>): number | null {
  let sum = 0;
  let total = 0;
  for (const [id, weight] of listed(weights)) {
    const value = values.get(id);
    if (value === undefined || weight <= 0) continue;
    sum += weight * value;
    total += weight;
  }
  // Clamped: floating-point rounding must not put an all-best answer set at 1.0000000000000002.
  return total === 0 ? null : Math.min(1, Math.max(0, sum / total));
}

/** Don't-know and declined answers among the questions asked. */
export function dontKnowCount(instrument: RssInstrument, answers: RssAnswers): number {
  let count = 0;
  for (const q of instrument.questions) {
    const codes = codesOf(answers[q.id]);
    if (codes.length === 0 || !isAsked(q, answers)) continue;
    if (q.options.some((o) => (o.kind === 'dont_know' || o.kind === 'declined') && codes.includes(o.code)))
      count++;
  }
  return count;
}

export function scoreAnswers(instrument: RssInstrument, weights: WeightSet, answers: RssAnswers): RssScores {
  const values = itemValues(instrument, answers);
  const count = dontKnowCount(instrument, answers);
  return {
    economic: weightedMean(weights.dimensions.economic, values),
    social: weightedMean(weights.dimensions.social, values),
    psychosocial: weightedMean(weights.dimensions.psychosocial, values),
    composite: weightedMean(weights.composite, values),
    dontKnowCount: count,
    lowReliability: count > lowReliabilityAbove,
  };
}

/** Questions that can carry a score: some option has a value, or it is derived. */
export function scoredQuestions(instrument: RssInstrument): RssQuestion[] {
  return instrument.questions.filter((q) => q.meanOf || q.options.some((o) => o.value !== undefined));
}

/**
 * The set shipped until IOM's official weights are imported: every item
 * weighs 1, and the three the form says are "weighted more heavily" (Q2, Q25,
 * Q30) weigh 2. The factor is ours; the seeds do not give it.
 */
export function provisionalWeightSet(instrument: RssInstrument): WeightSet {
  const dimensions = { economic: {}, social: {}, psychosocial: {} } as Record<
    RssDimension,
    Record<string, number>
  >;
  const composite: Record<string, number> = {};
  for (const q of scoredQuestions(instrument)) {
    const weight = q.weighsMore ? 2 : 1;
    dimensions[q.dimension][q.id] = weight;
    composite[q.id] = weight;
  }
  return {
    id: 'provisional-equal',
    version: 1,
    label: 'Provisional: equal weights, Q2, Q25 and Q30 double',
    source: 'Reintegra default until official weights are imported (seed-002 L6654, L6689, L6696)',
    provisional: true,
    country: null,
    instrument: instrument.id,
    dimensions,
    composite,
  };
}

export interface WeightProblem {
  /** Where in the set: `dimensions.social.q12`, `composite`, … */
  path: string;
  message: string;
}

/**
 * A set the scoring can use: weights are finite and not negative, each names
 * a scored question of its dimension, and every dimension and the composite
 * have some weight.
 */
export function weightSetProblems(instrument: RssInstrument, set: WeightSet): WeightProblem[] {
  const problems: WeightProblem[] = [];
  const scored = new Map(scoredQuestions(instrument).map((q) => [q.id, q]));
  const check = (path: string, weights: Record<string, number>, dimension: RssDimension | null) => {
    let total = 0;
    for (const [id, weight] of Object.entries(weights)) {
      const question = scored.get(id);
      if (!question)
        problems.push({ path: `${path}.${id}`, message: `No scored question ${id} in ${instrument.id}` });
      else if (dimension && question.dimension !== dimension) {
        problems.push({
          path: `${path}.${id}`,
          message: `${id} belongs to the ${question.dimension} dimension`,
        });
      }
      if (!Number.isFinite(weight) || weight < 0) {
        problems.push({ path: `${path}.${id}`, message: 'A weight is a number of zero or more' });
      } else total += weight;
    }
    if (total <= 0) problems.push({ path, message: 'Give at least one question a weight above zero' });
  };
  for (const d of rssDimensions) check(`dimensions.${d}`, set.dimensions[d] ?? {}, d);
  check('composite', set.composite, null);
  return problems;
}
