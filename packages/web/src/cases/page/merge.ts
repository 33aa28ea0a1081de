// Words and defaults for merging two records of one person, shared by the
// merge dialog and the merge history. The rule itself is the domain's
// (mergePeople); this only says what the dialog offers and how values read.
import { type MergeableField, mergeableFields, type PersonFields } from '@reintegra/domain';
import type { TFunction } from 'i18next';
import type { CaseFile, MergeOutcome } from '../../api/types.ts';
import type { useDates } from '../../ui/format.ts';

export function personFieldsOf(person: CaseFile['person']): PersonFields {
  return {
    sex: person.sex,
    gender: person.gender,
    dateOfBirth: person.dateOfBirth,
    birthYear: person.birthYear,
    birthDateEstimated: person.birthDateEstimated,
    nationality: person.nationality,
    placeOfOrigin: person.placeOfOrigin,
    placeOfIntendedReturn: person.placeOfIntendedReturn,
    languages: person.languages,
  };
}

/**
 * The fields the two records hold differently, which the supervisor chooses
 * between. Whether a birth date is estimated is not asked on its own: it
 * travels with the date chosen (the domain's rule).
 */
export function differingFields(survivor: PersonFields, merged: PersonFields): MergeableField[] {
  return mergeableFields.filter((f) => f !== 'birthDateEstimated' && survivor[f] !== merged[f]);
}

/** What the server keeps without a choice: this record's value, or the other's where this one has none. */
export function defaultChoice(
  field: MergeableField,
  survivor: PersonFields,
  merged: PersonFields,
): 'survivor' | 'merged' {
  return survivor[field] === null && merged[field] !== null ? 'merged' : 'survivor';
}

/** A field's value in words: sexes translated, days in the reader's calendar, lists joined. */
export function mergeValueText(
  t: TFunction,
  dates: ReturnType<typeof useDates>,
  field: MergeOutcome['field'],
  value: unknown,
): string {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length ? value.join(', ') : '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (field === 'sex' && (value === 'female' || value === 'male' || value === 'unknown'))
    return t(`sexes.${value}`);
  if (field === 'dateOfBirth' && typeof value === 'string') return dates.day(value);
  return String(value);
}
