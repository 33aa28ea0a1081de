// What the household part of the case page needs beside the server's answer.
import { ageOn, type Relationship, relationships } from '@reintegra/domain';
import type { HouseholdMember } from '../../api/types.ts';
import { today } from '../new/draft.ts';

/** Relationships a member can be added or changed to: the reference person is whoever started the household. */
export const memberRelationships = relationships.filter(
  (r): r is Exclude<Relationship, 'reference_person'> => r !== 'reference_person',
);

/** Age in whole years today, from the date of birth or the birth year; null when neither is known. */
export function ageOf(member: Pick<HouseholdMember, 'dateOfBirth' | 'birthYear'>): number | null {
  return ageOn(member, today());
}
