// What the caseworker knows before registering someone, and the search the
// server runs with it. Error keys are the server's field paths without `body.`
// (`names.0`, `phone`), so its field problems land under the right input.
import type { TFunction } from 'i18next';
import { type TextRow, textRow } from './rows.ts';

export interface SearchCriteria {
  /** The name as said or written, in any order; more than one for other spellings or scripts. */
  names: TextRow[];
  dateOfBirth: string;
  birthYear: string;
  phone: string;
  identifier: string;
}

export const emptyCriteria = (): SearchCriteria => ({
  names: [textRow()],
  dateOfBirth: '',
  birthYear: '',
  phone: '',
  identifier: '',
});

/** The server takes at most five names. */
export const maxNames = 5;

/** Empty extra names dropped, text trimmed: what is searched, and what the search is compared on. */
export function compactCriteria(c: SearchCriteria): SearchCriteria {
  const names = c.names.map((n) => ({ ...n, text: n.text.trim() })).filter((n) => n.text);
  return {
    names: names.length ? names : [textRow()],
    dateOfBirth: c.dateOfBirth,
    birthYear: c.birthYear.trim(),
    phone: c.phone.trim(),
    identifier: c.identifier.trim(),
  };
}

/** Same details searched, whatever the rows' keys. */
export function sameCriteria(a: SearchCriteria, b: SearchCriteria): boolean {
  return JSON.stringify(searchBody(compactCriteria(a))) === JSON.stringify(searchBody(compactCriteria(b)));
}

export function isYear(text: string): boolean {
  return /^\d{4}$/.test(text) && Number(text) >= 1900 && Number(text) <= 2100;
}

/** Problems the reader can fix before searching; expects compacted criteria. */
export function criteriaProblems(c: SearchCriteria, t: TFunction): Record<string, string> {
  const problems: Record<string, string> = {};
  c.names.forEach((name, i) => {
    if (name.text.length < 2) problems[`names.${i}`] = t('validation.twoLetters');
  });
  if (c.birthYear && !isYear(c.birthYear)) problems.birthYear = t('validation.year');
  // Fewer than six digits would match too many people (the server's rule too).
  if (c.phone && c.phone.replace(/\D/g, '').length < 6) problems.phone = t('validation.phoneDigits');
  if (c.identifier && c.identifier.length < 2) problems['identifiers.0'] = t('validation.twoLetters');
  return problems;
}

export function searchBody(c: SearchCriteria) {
  return {
    names: c.names.map((n) => n.text),
    ...(c.dateOfBirth ? { dateOfBirth: c.dateOfBirth } : {}),
    ...(c.birthYear ? { birthYear: Number(c.birthYear) } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
    identifiers: c.identifier ? [c.identifier] : [],
  };
}
