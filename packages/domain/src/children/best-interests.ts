// The best-interests assessment of a child (seed-002 Module 6). Each child in
// a returning household is a rights holder of their own (L3918) with their
// own case, assessment and plan; the child's views are actively considered,
// with the information given, their understanding and the weight given
// (L4298, L4023–L4026). A child's plan is not approved without a completed
// assessment (issue 5; R5/R6 of the digest).

export const bestInterestsTriggers = [
  'unaccompanied_or_separated',
  'family_risk_factors',
  'before_decision',
  'other',
] as const;
export type BestInterestsTrigger = (typeof bestInterestsTriggers)[number];

export const participantRoles = [
  'child',
  'parent_or_caregiver',
  'guardian',
  'social_worker',
  'case_manager',
  'legal_representative',
  'child_psychologist',
  'other',
] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export interface BestInterestsParticipant {
  name: string;
  role: ParticipantRole;
}

export interface BestInterestsAssessment {
  trigger: BestInterestsTrigger;
  participants: BestInterestsParticipant[];
  /** The child's views in their own words, or why they could not be heard: a very young child is still a participant. */
  childViews: string;
  /** Information given to the child and how their understanding and maturity were judged (R18). */
  informationGiven: string;
  maturityAssessment: string;
  riskFactors: string;
  protectiveFactors: string;
  decision: string;
  reviewOn: string;
}

export interface BestInterestsProblem {
  field: keyof BestInterestsAssessment;
  code: 'required';
}

/** What keeps an assessment from counting as completed. */
export function bestInterestsProblems(a: BestInterestsAssessment): BestInterestsProblem[] {
  const problems: BestInterestsProblem[] = [];
  for (const field of [
    'childViews',
    'informationGiven',
    'maturityAssessment',
    'decision',
    'reviewOn',
  ] as const) {
    if (a[field].trim() === '') problems.push({ field, code: 'required' });
  }
  if (a.participants.length === 0) problems.push({ field: 'participants', code: 'required' });
  return problems;
}
