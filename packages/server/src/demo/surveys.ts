import { currentInstrument, isAsked } from '@reintegra/domain';

/**
 * A complete survey with an answer picked for each question asked, honouring
 * the skip logic; options a returnee ticks alone stay alone.
 */
export function pickedSurvey(pick: <T>(list: readonly T[]) => T): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const q of currentInstrument.questions) {
    if (q.meanOf || !isAsked(q, answers)) continue;
    const option = pick(q.options);
    answers[q.id] = q.select === 'one' ? option.code : [option.code];
  }
  return answers;
}
