// The migration and the return a case is about (issue 3 scope 2; seed-002
// §1.1.1 and the analysis variables of the RSS, seed-002 L3644-L3655: "Date of
// return; Host country prior to return; Length of absence from country of
// origin; Mode of return"). A reintegration case can exist with no return
// organised by the programme (seed-000 L399: returned "by the government or
// spontaneously"), so every field is optional.

/** Return modality on the Handbook's three axes (seed-002 L347-L350). */
/** The parts of the migration and return a change can name, in the order a history line lists them. */
export const migrationFields = [
  'hostCountry',
  'stays',
  'reasonsForMigrating',
  'motivations',
  'avrrCategory',
  'assistance',
  'voluntariness',
  'permanence',
  'transport',
  'plannedReturnOn',
  'returnedOn',
] as const;
export type MigrationField = (typeof migrationFields)[number];

export const returnAssistance = ['assisted', 'spontaneous'] as const;
export const returnVoluntariness = ['voluntary', 'involuntary'] as const;
export const returnPermanence = ['permanent', 'temporary'] as const;
export const returnTransport = ['air', 'land', 'sea'] as const;

/** Who assisted voluntary return serves (seed-002 L374). */
export const avrrCategories = [
  'stranded_migrant',
  'asylum_seeker_not_pursuing_claim',
  'migrant_worker_end_of_contract',
  'visa_overstayer',
  'other',
] as const;
export type AvrrCategory = (typeof avrrCategories)[number];

/** Why people go home, as the Handbook lists them (seed-002 L352); motivations change, so several may be held. */
export const returnMotivations = [
  'family_or_private',
  'education_or_contract_completed',
  'lack_of_opportunities_or_integration',
  'last_part_of_life_at_home',
  'familial_duties',
  'other',
] as const;
export type ReturnMotivation = (typeof returnMotivations)[number];

export interface Stay {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** ISO dates; either may be unknown. */
  from: string | null;
  to: string | null;
}

/**
 * Whole months away from the country of origin, from the first stay abroad to
 * the return (an RSS analysis variable, seed-002 L3648); null when either end is unknown.
 */
export function monthsAway(stays: readonly Stay[], returnedOn: string | null): number | null {
  const left = stays
    .map((s) => s.from)
    .filter((d): d is string => !!d)
    .sort()[0];
  if (!left || !returnedOn || returnedOn < left) return null;
  const [y1, m1, d1] = left.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = returnedOn.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}
