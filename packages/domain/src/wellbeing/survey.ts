// The staff wellbeing survey: Recommendation 7 asks to "Monitor Caseworkers
// Wellbeing at a Programme and Mission Level … in the form of staff surveys"
// (seed-000 L703–L705), and C4 counts those "able to manage work-related
// stress" in "a work-related survey that can be completed annually" (L933).
// The questions are the study's own survey items where the seed gives them;
// each can be declined, and a declined answer counts in no share.
import { agreementAnswers } from '../indicators/records.ts';

/** The study's Figure 6 is blank (L667); its text gives the two ends (L662), "high" between them is ours. */
export const workloadAnswers = ['good', 'high', 'very_high', 'declined'] as const;
/** Figure 7's answers: "68% replied yes or partly" (L669). */
export const yesPartlyNoAnswers = ['yes', 'partly', 'no', 'declined'] as const;
export const yesNoAnswers = ['yes', 'no', 'declined'] as const;

/**
 * The questions in the order they are asked, each with its answers:
 * - manage_stress: C4's item, "able to manage work-related stress" (L933);
 * - workload: the study's self-assessment of workload, "a good workload level"
 *   to "a very high workload and struggle to adequately manage their cases" (L662);
 * - hard_to_sleep: "Do you find it hard to sleep because your mind is occupied
 *   with work?" (L671);
 * - supervisor_support: "if they had a challenge … they felt comfortable to
 *   discuss with their supervisor" (L658–L660);
 * - felt_unsafe: not a survey item of the study, which heard of threats and
 *   attacks in interviews (L681–L685); asked because Recommendation 7 wants
 *   "access to options for support" (L705) and threats are where support is due.
 */
export const wellbeingQuestions = {
  manage_stress: agreementAnswers,
  workload: workloadAnswers,
  hard_to_sleep: yesPartlyNoAnswers,
  supervisor_support: yesNoAnswers,
  felt_unsafe: yesNoAnswers,
} as const;
export type WellbeingQuestion = keyof typeof wellbeingQuestions;
export const wellbeingQuestionIds = Object.keys(wellbeingQuestions) as WellbeingQuestion[];

/** One person's answers, one per question. */
export type WellbeingAnswers = { [Q in WellbeingQuestion]: (typeof wellbeingQuestions)[Q][number] };

/** The survey runs once a calendar year (L933 "annually"): the year a day falls in. */
export function surveyYearOf(day: string): number {
  return Number(day.slice(0, 4));
}

export interface AnswerCounts {
  question: WellbeingQuestion;
  /** How many gave each answer, in the order the answers are offered. */
  counts: { answer: string; count: number }[];
}

/** How many gave each answer to each question: the counts the summary shows, small ones withheld. */
export function answerCounts(responses: readonly WellbeingAnswers[]): AnswerCounts[] {
  return wellbeingQuestionIds.map((question) => {
    const options: readonly string[] = wellbeingQuestions[question];
    return {
      question,
      counts: options.map((answer) => ({
        answer,
        count: responses.filter((r) => r[question] === answer).length,
      })),
    };
  });
}
