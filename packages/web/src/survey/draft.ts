// What the interviewer has recorded so far in a round, and what of it is sent.
// Pure functions over the instrument: the skip logic is the domain's.
import { codesOf, isAsked, type RssInstrument, type RssQuestion } from '@reintegra/domain';
import type { RssRound } from '../api/types.ts';

export interface Draft {
  answers: Record<string, string | string[]>;
  explanations: Record<string, string>;
  notes: Record<string, string>;
  followUps: Record<string, string[]>;
}

export function draftOf(round: RssRound): Draft {
  return {
    answers: { ...round.answers },
    explanations: { ...round.explanations },
    notes: { ...round.notes },
    followUps: { ...round.followUps },
  };
}

/** A chosen option of the question asks the interviewer to write down why. */
export function needsExplanation(question: RssQuestion, codes: readonly string[]): boolean {
  return question.options.some((o) => o.explain && codes.includes(o.code));
}

/** The follow-up checklist applies (Q19's reasons after "Poor" or "Very poor"). */
export function followUpApplies(question: RssQuestion, codes: readonly string[]): boolean {
  return !!question.followUp && question.followUp.when.some((code) => codes.includes(code));
}

/**
 * What is sent to the server: answers only to questions still asked (an answer
 * to Q10 goes when Q9 is no longer "yes"), no empty selections, and the
 * explanations and follow-ups only where the chosen answer calls for them.
 * The draft itself keeps everything typed, so changing an answer back loses nothing.
 */
export function payloadOf(instrument: RssInstrument, draft: Draft): Draft {
  const payload: Draft = { answers: {}, explanations: {}, notes: {}, followUps: {} };
  for (const question of instrument.questions) {
    const id = question.id;
    const codes = codesOf(draft.answers[id]);
    const asked = isAsked(question, draft.answers);
    if (asked && codes.length > 0) {
      payload.answers[id] = draft.answers[id] as string | string[];
      const explanation = draft.explanations[id]?.trim();
      if (explanation && needsExplanation(question, codes)) payload.explanations[id] = explanation;
      const followUps = draft.followUps[id] ?? [];
      if (followUps.length && followUpApplies(question, codes)) payload.followUps[id] = followUps;
    }
    // Notes are the interviewer's, whatever was answered; never scored.
    const note = draft.notes[id]?.trim();
    if (asked && note) payload.notes[id] = note;
  }
  return payload;
}

/**
 * The new selection of a select-all question after a click: an exclusive
 * option ("No", "No one", "I don't wish to answer") clears the others, and
 * any other option clears the exclusive ones.
 */
export function toggled(
  question: RssQuestion,
  before: readonly string[],
  after: readonly string[],
): string[] {
  const added = after.find((code) => !before.includes(code));
  if (added === undefined) return [...after];
  const exclusive = new Set(question.options.filter((o) => o.exclusive).map((o) => o.code));
  return exclusive.has(added) ? [added] : after.filter((code) => !exclusive.has(code));
}

/**
 * The questions counted in the progress: those asked, and those that may still
 * be asked because the answer they wait for is not given yet ("Question 9 of 31"
 * before Q9 decides whether Q10 is asked). Derived ones (Q21) are never asked.
 */
export function questionsInPlay(instrument: RssInstrument, answers: Draft['answers']): RssQuestion[] {
  return instrument.questions.filter(
    (q) =>
      !q.meanOf &&
      (isAsked(q, answers) || (!!q.askedWhen && codesOf(answers[q.askedWhen.question]).length === 0)),
  );
}
