// Which questions a returnee is asked and whether a set of answers is one the
// form allows. Skip logic is data on the question (`askedWhen`), so the same
// code runs any version of the instrument.
import { codesOf, type RssAnswers, type RssInstrument, type RssQuestion } from './instrument.ts';

/** Asked of this returnee, given the answers so far: derived questions are never asked. */
export function isAsked(question: RssQuestion, answers: RssAnswers): boolean {
  if (question.meanOf) return false;
  const rule = question.askedWhen;
  if (!rule) return true;
  return codesOf(answers[rule.question]).some((code) => rule.anyOf.includes(code));
}

export function askedQuestions(instrument: RssInstrument, answers: RssAnswers): RssQuestion[] {
  return instrument.questions.filter((q) => isAsked(q, answers));
}

/** Asked and not yet answered: a survey is complete only when this is empty (seed-002 L6646). */
export function unansweredQuestions(instrument: RssInstrument, answers: RssAnswers): RssQuestion[] {
  return askedQuestions(instrument, answers).filter((q) => codesOf(answers[q.id]).length === 0);
}

export interface AnswerProblem {
  question: string;
  code: 'unknown_question' | 'derived' | 'not_asked' | 'unknown_option' | 'one_only' | 'exclusive' | 'empty';
  message: string;
}

/**
 * What is wrong with a set of answers, question by question: an answer to a
 * question that does not exist, is worked out (Q21), or is skipped by an
 * earlier answer; an option the question does not have; two answers to a
 * select-one question; an exclusive option ("No one") ticked with others.
 */
export function answerProblems(instrument: RssInstrument, answers: RssAnswers): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const byId = new Map(instrument.questions.map((q) => [q.id, q]));
  for (const [id, answer] of Object.entries(answers)) {
    const question = byId.get(id);
    const codes = codesOf(answer);
    const problem = (code: AnswerProblem['code'], message: string) =>
      problems.push({ question: id, code, message });
    if (!question) {
      problem('unknown_question', `The survey has no question ${id}`);
    } else if (question.meanOf) {
      problem('derived', `Question ${question.number} is worked out from other answers, not asked`);
    } else if (!isAsked(question, answers)) {
      problem(
        'not_asked',
        `Question ${question.number} is not asked after the answer given to its condition`,
      );
    } else if (codes.length === 0) {
      problem('empty', `Question ${question.number} needs an answer or none at all`);
    } else if (question.select === 'one' && (typeof answer !== 'string' || codes.length > 1)) {
      problem('one_only', `Question ${question.number} takes one answer`);
    } else {
      const unknown = codes.find((code) => !question.options.some((o) => o.code === code));
      if (unknown !== undefined) {
        problem('unknown_option', `Question ${question.number} has no answer "${unknown}"`);
      } else if (
        codes.length > 1 &&
        question.options.some((o) => o.exclusive && codes.includes(o.code)) &&
        new Set(codes).size > 1
      ) {
        problem('exclusive', `In question ${question.number} this answer cannot be combined with others`);
      }
    }
  }
  return problems;
}
