// A consent as typed, shared by the registration form and the "Record consent"
// dialog. Consent is data (DESIGN.md): how it was given and by whom.
import type { TFunction } from 'i18next';
import type { ConsentMethod } from '../api/types.ts';

export interface ConsentDraft {
  method: '' | ConsentMethod;
  /** The person, or the parent or guardian of a child. */
  givenBy: string;
  witnessedBy: string;
}

export const emptyConsent: ConsentDraft = { method: '', givenBy: '', witnessedBy: '' };

export function consentProblems(c: ConsentDraft, t: TFunction): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!c.method) problems.method = t('validation.required');
  if (!c.givenBy.trim()) problems.givenBy = t('validation.required');
  return problems;
}

export function consentBody(c: ConsentDraft) {
  return {
    method: c.method,
    givenBy: c.givenBy.trim(),
    ...(c.witnessedBy.trim() ? { witnessedBy: c.witnessedBy.trim() } : {}),
  };
}
