// What a complaint or feedback record must hold to be counted. C2 counts
// complaints about the caseworker apart from those about the assistance
// (seed-000 L929; Recommendation 4, L593–L597), and A2 reads a returnee's
// satisfaction with their caseworker (L906), one voice per returnee: so a
// satisfaction answer needs the case it comes from, and one about a caseworker
// needs the caseworker.
import type { SatisfactionAnswer } from '../indicators/records.ts';

export const complaintKinds = ['complaint', 'feedback'] as const;
export type ComplaintKind = (typeof complaintKinds)[number];

/**
 * What it is about. Recommendation 4 keeps the caseworker apart from the
 * assistance; "other" is neither (the office, the waiting, a partner), and C2
 * counts it in neither of its figures.
 */
export const complaintSubjects = ['caseworker', 'assistance', 'other'] as const;
export type ComplaintSubject = (typeof complaintSubjects)[number];

export interface ComplaintDraft {
  about: ComplaintSubject;
  receivedOn: string;
  hasCase: boolean;
  /** The staff member it concerns, once the caseworker of the case has been taken when none is named. */
  concernedUserId: string | null;
  anonymous: boolean;
  complainantName: string;
  complainantContact: string;
  satisfaction: SatisfactionAnswer | null;
}

export type ComplaintDraftField =
  | 'receivedOn'
  | 'caseId'
  | 'concernedUserId'
  | 'complainantName'
  | 'satisfaction';

export interface ComplaintDraftProblem {
  field: ComplaintDraftField;
  code:
    | 'in_future'
    | 'named_anonymous'
    | 'name_required'
    | 'subject_required'
    | 'case_required'
    | 'caseworker_required';
}

/** Everything wrong with a record before it is stored; empty when it may be. */
export function complaintDraftProblems(draft: ComplaintDraft, today: string): ComplaintDraftProblem[] {
  const problems: ComplaintDraftProblem[] = [];
  if (draft.receivedOn > today) problems.push({ field: 'receivedOn', code: 'in_future' });
  // Anonymous means nothing that names the complainant is kept, not even by mistake.
  if (draft.anonymous && (draft.complainantName.trim() !== '' || draft.complainantContact.trim() !== '')) {
    problems.push({ field: 'complainantName', code: 'named_anonymous' });
  }
  if (!draft.anonymous && draft.complainantName.trim() === '') {
    problems.push({ field: 'complainantName', code: 'name_required' });
  }
  if (draft.satisfaction !== null) {
    if (draft.about === 'other') problems.push({ field: 'satisfaction', code: 'subject_required' });
    if (!draft.hasCase) problems.push({ field: 'caseId', code: 'case_required' });
    if (draft.about === 'caseworker' && draft.concernedUserId === null) {
      problems.push({ field: 'concernedUserId', code: 'caseworker_required' });
    }
  }
  return problems;
}
