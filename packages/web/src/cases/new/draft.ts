// The registration form as typed, and the body the server expects. Error keys
// are the server's field paths without `body.` (`person.phones.0`,
// `screening.reasons`), so its field problems land under the right input.
import { type CasePhase, type NameScript, scriptOf } from '@reintegra/domain';
import type { TFunction } from 'i18next';
import type { IdentifierKind, Sex } from '../../api/types.ts';
import { type ConsentDraft, consentBody, consentProblems, emptyConsent } from '../consent.ts';
import {
  compactMigration,
  emptyMigration,
  type MigrationDraft,
  migrationBody,
  migrationProblems,
} from '../migration.ts';
import { isYear, type SearchCriteria } from './criteria.ts';
import { rowKey, type TextRow, textRow } from './rows.ts';

export type YesNo = '' | 'yes' | 'no';

export interface NameDraft {
  key: string;
  givenNames: string;
  familyName: string;
  /** Empty: the server recognises the script from the letters. */
  script: '' | NameScript;
}

export interface IdentifierDraft {
  key: string;
  kind: '' | IdentifierKind;
  value: string;
  issuingCountry: string;
}

export interface CaseDraft {
  /** Empty: the user's own office. */
  officeId: string;
  phase: '' | CasePhase;
  names: NameDraft[];
  sex: '' | Sex;
  gender: string;
  dateOfBirth: string;
  birthYear: string;
  nationality: string;
  /** As typed, separated by commas. */
  languages: string;
  phones: TextRow[];
  identifiers: IdentifierDraft[];
  placeOfOrigin: string;
  placeOfIntendedReturn: string;
  screening: {
    programme: string;
    eligible: YesNo;
    reasons: string;
    needsMediumToLongTermServices: YesNo;
    atMediumToHighRisk: YesNo;
  };
  /** Consent to registration is optional when opening: the case waits at screening without it. */
  withConsent: boolean;
  consent: ConsentDraft;
  /** The migration and return are optional at registration: often they are recorded later. */
  withMigration: boolean;
  migration: MigrationDraft;
  sensitive: boolean;
}

export const emptyName = (): NameDraft => ({ key: rowKey(), givenNames: '', familyName: '', script: '' });
export const emptyIdentifier = (value = ''): IdentifierDraft => ({
  key: rowKey(),
  kind: '',
  value,
  issuingCountry: '',
});

/** "Mamadou Saliou Diallo": the last word is taken as the family name; the form lets the user correct it. */
function splitName(name: string): NameDraft {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const familyName = words.length > 1 ? (words.pop() ?? '') : '';
  const full = name.trim();
  return { key: rowKey(), givenNames: words.join(' '), familyName, script: full ? scriptOf(full) : '' };
}

/** The form starts from what was searched, so nothing is typed twice. */
export function draftFromSearch(c: SearchCriteria, phase: '' | CasePhase): CaseDraft {
  const names = c.names.filter((n) => n.text.trim()).map((n) => splitName(n.text));
  return {
    officeId: '',
    phase,
    names: names.length ? names : [emptyName()],
    sex: '',
    gender: '',
    dateOfBirth: c.dateOfBirth,
    birthYear: c.dateOfBirth ? '' : c.birthYear,
    nationality: '',
    languages: '',
    phones: c.phone ? [textRow(c.phone)] : [],
    identifiers: c.identifier ? [emptyIdentifier(c.identifier)] : [],
    placeOfOrigin: '',
    placeOfIntendedReturn: '',
    screening: {
      programme: '',
      eligible: '',
      reasons: '',
      needsMediumToLongTermServices: '',
      atMediumToHighRisk: '',
    },
    withConsent: false,
    consent: { ...emptyConsent, givenBy: c.names[0]?.text.trim() ?? '' },
    withMigration: false,
    migration: emptyMigration(),
    sensitive: false,
  };
}

/**
 * Empty rows dropped before checking and sending, so that the row numbers in
 * the server's field problems are those on screen.
 */
export function compactDraft(d: CaseDraft): CaseDraft {
  const names = d.names.filter((n, i) => i === 0 || n.givenNames.trim() || n.familyName.trim());
  return {
    ...d,
    names,
    phones: d.phones.filter((p) => p.text.trim()),
    identifiers: d.identifiers.filter((id) => id.kind || id.value.trim() || id.issuingCountry.trim()),
    migration: compactMigration(d.migration),
  };
}

const countryCode = /^[A-Z]{2}$/;

/** Today where the reader is, as yyyy-mm-dd, to refuse a birth date in the future. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** Problems with the person the reader can fix before sending; the server checks the same and more. */
export function personProblems(d: CaseDraft, t: TFunction, today: string): Record<string, string> {
  const problems: Record<string, string> = {};
  const required = t('validation.required');
  d.names.forEach((n, i) => {
    if (!n.givenNames.trim()) problems[`person.names.${i}.givenNames`] = required;
  });
  if (!d.sex) problems['person.sex'] = required;
  if (d.dateOfBirth && d.dateOfBirth > today) problems['person.dateOfBirth'] = t('validation.notFuture');
  if (d.birthYear && !isYear(d.birthYear)) problems['person.birthYear'] = t('validation.year');
  if (d.nationality && !countryCode.test(d.nationality))
    problems['person.nationality'] = t('validation.countryCode');
  d.identifiers.forEach((id, i) => {
    if (!id.kind) problems[`person.identifiers.${i}.kind`] = required;
    if (!id.value.trim()) problems[`person.identifiers.${i}.value`] = required;
    if (id.issuingCountry && !countryCode.test(id.issuingCountry))
      problems[`person.identifiers.${i}.issuingCountry`] = t('validation.countryCode');
  });
  return problems;
}

/**
 * Problems with what opens a case for someone: phase, screening and, when
 * given, consent. Shared by registration and a household member's own case.
 */
export function openingProblems(d: CaseDraft, t: TFunction): Record<string, string> {
  const problems: Record<string, string> = {};
  const required = t('validation.required');
  if (!d.phase) problems.phase = required;
  const s = d.screening;
  if (!s.programme.trim()) problems['screening.programme'] = required;
  if (!s.eligible) problems['screening.eligible'] = required;
  if (!s.reasons.trim()) problems['screening.reasons'] = required;
  if (!s.needsMediumToLongTermServices) problems['screening.needsMediumToLongTermServices'] = required;
  if (!s.atMediumToHighRisk) problems['screening.atMediumToHighRisk'] = required;
  if (d.withConsent) {
    for (const [field, problem] of Object.entries(consentProblems(d.consent, t)))
      problems[`consent.${field}`] = problem;
  }
  return problems;
}

/** Problems the reader can fix before sending; the server checks the same and more. */
export function draftProblems(d: CaseDraft, t: TFunction, today: string): Record<string, string> {
  return {
    ...openingProblems(d, t),
    ...personProblems(d, t, today),
    ...(d.withMigration ? migrationProblems(d.migration, t, 'migration.') : {}),
  };
}

const optional = (text: string) => (text.trim() ? text.trim() : undefined);

/** The person as the server takes them, at registration or when added to a household. */
export function personBody(d: CaseDraft) {
  return {
    names: d.names.map((n) => ({
      givenNames: n.givenNames.trim(),
      familyName: n.familyName.trim(),
      ...(n.script ? { script: n.script } : {}),
    })),
    sex: d.sex,
    gender: optional(d.gender),
    dateOfBirth: d.dateOfBirth || undefined,
    // A full date says the year already; the year alone is for when only an age is known.
    birthYear: !d.dateOfBirth && d.birthYear ? Number(d.birthYear) : undefined,
    nationality: optional(d.nationality),
    languages: d.languages
      .split(/[,،]/)
      .map((l) => l.trim())
      .filter(Boolean),
    phones: d.phones.map((p) => p.text.trim()),
    identifiers: d.identifiers.map((id) => ({
      kind: id.kind,
      value: id.value.trim(),
      ...(id.issuingCountry ? { issuingCountry: id.issuingCountry } : {}),
    })),
    placeOfOrigin: optional(d.placeOfOrigin),
    placeOfIntendedReturn: optional(d.placeOfIntendedReturn),
  };
}

/** What opens a case beside the person: phase, screening, consent when given, sensitivity. */
export function openingBody(d: CaseDraft) {
  return {
    phase: d.phase,
    screening: {
      programme: d.screening.programme.trim(),
      eligible: d.screening.eligible === 'yes',
      reasons: d.screening.reasons.trim(),
      needsMediumToLongTermServices: d.screening.needsMediumToLongTermServices === 'yes',
      atMediumToHighRisk: d.screening.atMediumToHighRisk === 'yes',
    },
    ...(d.withConsent ? { consent: { purpose: 'registration', ...consentBody(d.consent) } } : {}),
    sensitive: d.sensitive,
  };
}

export function caseBody(d: CaseDraft) {
  return {
    ...(d.officeId ? { officeId: d.officeId } : {}),
    ...openingBody(d),
    person: personBody(d),
    ...(d.withMigration ? { migration: migrationBody(d.migration) } : {}),
  };
}
