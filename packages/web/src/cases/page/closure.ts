// The closure checklist as the web app shows it, with the domain's rule for
// which items a reason calls for (seed-002 L2007-L2009). The server stays the authority.
import { type ClosureChecklist, type ClosureReason, openChecklistItems } from '@reintegra/domain';
import type { ClosureProposal, HandOverConsent } from '../../api/types.ts';

export type ChecklistItem = keyof ClosureChecklist;

export const checklistItems: ChecklistItem[] = [
  'planReviewed',
  'exitInterviewDone',
  'unmetNeedsRecorded',
  'handOverConsented',
];

export interface ChecklistAnswers {
  planReviewed: boolean;
  exitInterviewDone: boolean;
  unmetNeedsRecorded: boolean;
  handOverConsented: HandOverConsent;
}

/** The wire's yes/no/not applicable as the domain's checklist. */
export function checklistOf(answers: ChecklistAnswers): ClosureChecklist {
  return {
    planReviewed: answers.planReviewed,
    exitInterviewDone: answers.exitInterviewDone,
    unmetNeedsRecorded: answers.unmetNeedsRecorded,
    handOverConsented:
      answers.handOverConsented === 'not_applicable' ? 'not_applicable' : answers.handOverConsented === 'yes',
  };
}

/** What a supervisor will ask for with this reason: the items open when nothing is done yet. */
export function requiredItems(reason: ClosureReason): ChecklistItem[] {
  return openChecklistItems(reason, {
    planReviewed: false,
    exitInterviewDone: false,
    unmetNeedsRecorded: false,
    handOverConsented: false,
  });
}

export function openItems(proposal: ClosureProposal): ChecklistItem[] {
  return openChecklistItems(proposal.reason, checklistOf(proposal));
}
