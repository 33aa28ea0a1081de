import { type RssAnswers, type RssQuestion, rss2019 } from '@reintegra/domain';

const scored = (q: RssQuestion) => q.options.filter((o) => o.value !== undefined);

function isAskedAfter(id: string, answers: RssAnswers): boolean {
  const q = rss2019.questions.find((x) => x.id === id) as RssQuestion;
  if (!q.askedWhen) return true;
  const given = answers[q.askedWhen.question];
  return typeof given === 'string' && q.askedWhen.anyOf.includes(given);
}

/** Every question asked answered with the option of the value `pick` chooses (the first option when unscored). */
export function answersAt(pick: (values: number[]) => number): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const q of rss2019.questions) {
    if (q.meanOf) continue;
    const options = scored(q);
    const value = options.length ? pick(options.map((o) => o.value as number)) : undefined;
    const option = options.find((o) => o.value === value) ?? q.options.find((o) => !o.kind);
    if (!option) continue;
    answers[q.id] = q.select === 'one' ? option.code : [option.code];
  }
  // Only what the earlier answers lead to is asked.
  return Object.fromEntries(Object.entries(answers).filter(([id]) => isAskedAfter(id, answers)));
}

/** The best answer everywhere: a composite of 1. */
export const bestAnswers = answersAt((vs) => Math.max(...vs));
/** The worst answer everywhere: a composite of 0. */
export const worstAnswers = answersAt((vs) => Math.min(...vs));
