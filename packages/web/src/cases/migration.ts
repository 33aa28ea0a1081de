// The migration and the return as the form holds them, and the body the server
// takes (PUT /cases/:id/migration, or `migration` at registration). Error keys
// are the server's field paths without `body.` (`stays.0.to`), under a prefix
// inside the registration form (`migration.stays.0.to`).
import type { AvrrCategory, ReturnMotivation } from '@reintegra/domain';
import type { TFunction } from 'i18next';
import type { CaseMigration } from '../api/types.ts';
import { rowKey } from './new/rows.ts';

export interface StayDraft {
  key: string;
  country: string;
  from: string;
  to: string;
}

export interface MigrationDraft {
  hostCountry: string;
  stays: StayDraft[];
  reasonsForMigrating: string;
  motivations: ReturnMotivation[];
  avrrCategory: '' | AvrrCategory;
  assistance: '' | NonNullable<CaseMigration['assistance']>;
  voluntariness: '' | NonNullable<CaseMigration['voluntariness']>;
  permanence: '' | NonNullable<CaseMigration['permanence']>;
  transport: '' | NonNullable<CaseMigration['transport']>;
  plannedReturnOn: string;
  returnedOn: string;
}

/** The server keeps at most twenty stays. */
export const maxStays = 20;

export const emptyStay = (): StayDraft => ({ key: rowKey(), country: '', from: '', to: '' });

export const emptyMigration = (): MigrationDraft => ({
  hostCountry: '',
  stays: [],
  reasonsForMigrating: '',
  motivations: [],
  avrrCategory: '',
  assistance: '',
  voluntariness: '',
  permanence: '',
  transport: '',
  plannedReturnOn: '',
  returnedOn: '',
});

/** The form starts from what is on file; nothing recorded yet starts it empty. */
export function migrationDraft(m: CaseMigration | null): MigrationDraft {
  if (!m) return emptyMigration();
  return {
    hostCountry: m.hostCountry ?? '',
    stays: m.stays.map((s) => ({ key: rowKey(), country: s.country, from: s.from ?? '', to: s.to ?? '' })),
    reasonsForMigrating: m.reasonsForMigrating,
    motivations: m.motivations,
    avrrCategory: m.avrrCategory ?? '',
    assistance: m.assistance ?? '',
    voluntariness: m.voluntariness ?? '',
    permanence: m.permanence ?? '',
    transport: m.transport ?? '',
    plannedReturnOn: m.plannedReturnOn ?? '',
    returnedOn: m.returnedOn ?? '',
  };
}

/** Empty stay rows dropped, so that the row numbers in the server's field problems are those on screen. */
export function compactMigration(d: MigrationDraft): MigrationDraft {
  return { ...d, stays: d.stays.filter((s) => s.country.trim() || s.from || s.to) };
}

const countryCode = /^[A-Z]{2}$/;

/** Problems the reader can fix before sending; the server checks these and more. Keys carry `prefix`. */
export function migrationProblems(d: MigrationDraft, t: TFunction, prefix = ''): Record<string, string> {
  const problems: Record<string, string> = {};
  if (d.hostCountry && !countryCode.test(d.hostCountry))
    problems[`${prefix}hostCountry`] = t('validation.countryCode');
  d.stays.forEach((s, i) => {
    const at = `${prefix}stays.${i}`;
    if (!s.country) problems[`${at}.country`] = t('validation.required');
    else if (!countryCode.test(s.country)) problems[`${at}.country`] = t('validation.countryCode');
    // A stay ending before it begins is the server's to refuse (before_from), named under its field.
  });
  return problems;
}

/** The whole record as the server takes it: what is left empty is sent as unknown. */
export function migrationBody(d: MigrationDraft) {
  return {
    hostCountry: d.hostCountry || null,
    stays: d.stays.map((s) => ({ country: s.country, from: s.from || null, to: s.to || null })),
    reasonsForMigrating: d.reasonsForMigrating.trim(),
    motivations: d.motivations,
    avrrCategory: d.avrrCategory || null,
    assistance: d.assistance || null,
    voluntariness: d.voluntariness || null,
    permanence: d.permanence || null,
    transport: d.transport || null,
    plannedReturnOn: d.plannedReturnOn || null,
    returnedOn: d.returnedOn || null,
  };
}
