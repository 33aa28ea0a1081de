// A household: the people who return together and the relatives who stay
// behind (issue 3), each one their own person record. Seed-002 Module 6 asks
// that "Children who are returning as part of a family unit should be treated
// as individual rights holders" (L3918): a child is never only a field on an
// adult's case, so a child can have a case of their own, linked here.
import { ageOfMajority, ageOn } from './ages.ts';

/**
 * How a member is related to the household's reference person (the one whose
 * case started it). Module 6 lists the close relationships to record: "parents;
 * caregivers; siblings; other family members; other adults" (L4008), and a
 * guardian for unaccompanied or separated children (L4244).
 */
export const relationships = [
  'reference_person',
  'spouse_or_partner',
  'child',
  'parent',
  'sibling',
  'grandparent',
  'grandchild',
  'other_relative',
  'caregiver',
  'guardian',
  'other_adult',
] as const;
export type Relationship = (typeof relationships)[number];

/** Under the age of majority today, from the date of birth or birth year; unknown age is not assumed adult or child. */
export function isChild(
  person: { dateOfBirth: string | null; birthYear: number | null },
  today: string,
): boolean | null {
  const age = ageOn(person, today);
  return age === null ? null : age < ageOfMajority;
}
