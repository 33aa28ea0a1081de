// Merging two records of one person, field by field (issue 3: "never losing
// data"). The surviving record takes, for each field, the value the user
// chose; the value not taken is written into the merge's history, so every
// value either record ever held can still be read.

export const mergeableFields = [
  'sex',
  'gender',
  'dateOfBirth',
  'birthYear',
  'birthDateEstimated',
  'nationality',
  'placeOfOrigin',
  'placeOfIntendedReturn',
] as const;
export type MergeableField = (typeof mergeableFields)[number];

export type PersonFields = { [F in MergeableField]: string | number | boolean | null } & {
  languages: string[];
};

export type MergeChoices = Partial<Record<MergeableField, 'survivor' | 'merged'>>;

export interface FieldOutcome {
  field: MergeableField | 'languages';
  /** The value the surviving record holds after the merge. */
  kept: unknown;
  /** What the merged record held. */
  merged: unknown;
  /** What the surviving record held before. */
  survivor: unknown;
  /** Whose value was kept ('both' for lists, which are joined). */
  from: 'survivor' | 'merged' | 'both';
}

/**
 * The surviving record's fields after a merge, and the history of every field.
 * Without a choice, a field keeps the survivor's value unless only the merged
 * record has one: a merge never blanks a known value by default.
 */
export function mergePeople(
  survivor: PersonFields,
  merged: PersonFields,
  choices: MergeChoices = {},
): { fields: PersonFields; history: FieldOutcome[] } {
  const fields = { ...survivor, languages: [...new Set([...survivor.languages, ...merged.languages])] };
  const history: FieldOutcome[] = [];
  for (const field of mergeableFields) {
    const from =
      choices[field] ?? (survivor[field] === null && merged[field] !== null ? 'merged' : 'survivor');
    const kept = from === 'merged' ? merged[field] : survivor[field];
    (fields as Record<MergeableField, unknown>)[field] = kept;
    history.push({ field, kept, merged: merged[field], survivor: survivor[field], from });
  }
  // A birth date and the flag saying it is estimated travel together.
  if (choices.dateOfBirth && !choices.birthDateEstimated) {
    const source = choices.dateOfBirth === 'merged' ? merged : survivor;
    fields.birthDateEstimated = source.birthDateEstimated;
    const outcome = history.find((h) => h.field === 'birthDateEstimated') as FieldOutcome;
    outcome.kept = source.birthDateEstimated;
    outcome.from = choices.dateOfBirth;
  }
  history.push({
    field: 'languages',
    kept: fields.languages,
    merged: merged.languages,
    survivor: survivor.languages,
    from: 'both',
  });
  return { fields, history };
}

/** Fields the two records disagree on: what a user must look at before merging. */
export function conflictingFields(a: PersonFields, b: PersonFields): MergeableField[] {
  return mergeableFields.filter((f) => a[f] !== null && b[f] !== null && a[f] !== b[f]);
}
