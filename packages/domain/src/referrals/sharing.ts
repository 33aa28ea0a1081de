// What a partner is sent: only what the service needs (seed-002 L3003: "The
// information transferred to other support organizations should be limited to
// details that are needed"), with the returnee's consent, except where life is
// at risk or the person cannot consent, as a mental health professional
// determines (L3025).

/** Parts of a case a referral can carry, each chosen on its own. */
export const shareableFields = [
  'name',
  'sex',
  'dateOfBirth',
  'phone',
  'languages',
  'placeOfReturn',
  'educationLevel',
  'skills',
  'needs',
  'vulnerabilities',
  'health',
] as const;
export type ShareableField = (typeof shareableFields)[number];

/** Identifying the person is the least a partner needs to reach them (seed-003 L328: "names and contact information"). */
export const alwaysShared: readonly ShareableField[] = ['name', 'phone'];

/** Health details and situations of vulnerability go only with a reason (L3003, L1313). */
export const sensitiveFields: readonly ShareableField[] = ['health', 'vulnerabilities'];

export const consentExceptions = ['life_at_risk', 'unable_to_consent'] as const;
export type ConsentException = (typeof consentExceptions)[number];

export interface SharingChoice {
  fields: readonly ShareableField[];
  /** Why more than the service asks for, or a sensitive field, is shared. */
  justification: string;
}

export type SharingProblem = 'identity_missing' | 'justification_required';

/**
 * What is wrong with the fields chosen for a service that asks for `needed`:
 * the partner must be able to reach the person, and anything beyond what the
 * service needs, or anything sensitive, says why.
 */
export function sharingProblems(choice: SharingChoice, needed: readonly ShareableField[]): SharingProblem[] {
  const problems: SharingProblem[] = [];
  if (!alwaysShared.every((f) => choice.fields.includes(f))) problems.push('identity_missing');
  const beyond = choice.fields.filter((f) => !needed.includes(f) && !alwaysShared.includes(f));
  const sensitive = choice.fields.some((f) => sensitiveFields.includes(f));
  if ((beyond.length > 0 || sensitive) && choice.justification.trim() === '')
    problems.push('justification_required');
  return problems;
}

export interface ConsentBasis {
  /** A consent to referral recorded on the case and not withdrawn. */
  consentGiven: boolean;
  exception: { reason: ConsentException; determinedBy: string } | null;
}

/** A referral goes to a partner only with consent, or on a recorded exception with who determined it. */
export function maySend(basis: ConsentBasis): boolean {
  return basis.consentGiven || (basis.exception !== null && basis.exception.determinedBy.trim() !== '');
}
