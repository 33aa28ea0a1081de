import {
  nameTokens,
  normalisePhone,
  reversedDigits,
  scriptOf,
  searchableName,
  soundKeys,
  wordPairs,
} from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import type { PersonInput } from '../cases/schemas.ts';
import { type Db, textArray } from '../platform/db.ts';
import { invalidField } from '../platform/errors.ts';
import {
  nameWords,
  personIdentifiers,
  personNameKeys,
  personNamePairs,
  personNameSounds,
  personNames,
  personPhones,
  persons,
} from './tables.ts';

/** "ab 12-34" and "AB1234" are one document number. */
export function normaliseIdentifier(value: string): string {
  return value.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Creates a person with every name, phone and identifier, and the keys search
 * needs. Phones without an international prefix are read in `phoneCountry`.
 */
export async function createPerson(
  db: Db,
  input: PersonInput,
  phoneCountry: string | null,
  fieldPrefix: string,
) {
  const phones = input.phones.map((raw, i) => {
    const result = normalisePhone(raw, phoneCountry);
    if (!result.ok)
      throw invalidField(`${fieldPrefix}.phones.${i}`, 'invalid_phone', `"${raw}" is not a phone number`);
    return { raw, e164: result.e164, reversedDigits: reversedDigits(result.e164) };
  });
  const [person] = await db
    .insert(persons)
    .values({
      sex: input.sex,
      gender: input.gender ?? null,
      dateOfBirth: input.dateOfBirth ?? null,
      birthYear: input.birthYear ?? (input.dateOfBirth ? Number(input.dateOfBirth.slice(0, 4)) : null),
      birthDateEstimated: !input.dateOfBirth && input.birthYear !== undefined,
      nationality: input.nationality ?? null,
      languages: input.languages,
      placeOfOrigin: input.placeOfOrigin ?? null,
      placeOfIntendedReturn: input.placeOfIntendedReturn ?? null,
    })
    .returning();
  if (!person) throw new Error('insert returned no row');
  await db.insert(personNames).values(
    input.names.map((n, i) => {
      const full = `${n.givenNames} ${n.familyName}`.trim();
      return {
        personId: person.id,
        script: n.script ?? scriptOf(full),
        givenNames: n.givenNames,
        familyName: n.familyName,
        searchable: searchableName(full),
        primary: i === 0,
      };
    }),
  );
  await addNameKeys(
    db,
    person.id,
    input.names.map((n) => `${n.givenNames} ${n.familyName}`),
  );
  if (phones.length) await db.insert(personPhones).values(phones.map((p) => ({ personId: person.id, ...p })));
  if (input.identifiers.length) {
    await db.insert(personIdentifiers).values(
      input.identifiers.map((id) => ({
        personId: person.id,
        kind: id.kind,
        value: id.value,
        normalised: normaliseIdentifier(id.value),
        issuingCountry: id.issuingCountry ?? null,
      })),
    );
  }
  return person;
}

/**
 * Stores what search looks names up by: the double-metaphone codes (primary and
 * alternate) of each word and the sound keys of each whole name (words without
 * a sound are skipped), each word in the vocabulary, and the word pairs.
 */
export async function addNameKeys(db: Db, personId: string, names: string[]) {
  const tokens = [...new Set(names.flatMap(nameTokens))];
  if (tokens.length === 0) return;
  const sounds = await wordSounds(db, tokens);
  const rows = [...new Set(tokens.flatMap((t) => sounds.get(t) ?? []))].map((sound) => ({ personId, sound }));
  if (rows.length) await db.insert(personNameSounds).values(rows);
  const keys = [...new Set(names.flatMap((n) => soundKeys(nameTokens(n).map((t) => sounds.get(t) ?? []))))];
  if (keys.length) await db.insert(personNameKeys).values(keys.map((key) => ({ personId, key })));
  await db
    .insert(nameWords)
    .values(tokens.map((word) => ({ word })))
    .onConflictDoNothing();
  const pairs = [...new Set(names.flatMap((n) => wordPairs(nameTokens(n).map((w) => [w]))))];
  if (pairs.length) await db.insert(personNamePairs).values(pairs.map((pair) => ({ personId, pair })));
}

/** Double metaphone, primary and alternate, of each word: computed by the database's fuzzystrmatch. */
export async function wordSounds(db: Db, tokens: string[]): Promise<Map<string, string[]>> {
  const result = (await db.execute(sql`
    select t.token, dmetaphone(t.token) as primary, dmetaphone_alt(t.token) as alternate
    from unnest(${textArray(tokens)}) as t(token)`)) as unknown as {
    rows: { token: string; primary: string; alternate: string }[];
  };
  return new Map(result.rows.map((r) => [r.token, [r.primary, r.alternate].filter(Boolean)]));
}
