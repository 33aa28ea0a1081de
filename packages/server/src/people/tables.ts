import { nameScripts, relationships } from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../users/tables.ts';

export const sexEnum = pgEnum('sex', ['female', 'male', 'unknown']);
export const nameScript = pgEnum('name_script', nameScripts);
export const identifierKind = pgEnum('identifier_kind', [
  'passport',
  'national_id',
  'programme_case_number',
  'laissez_passer',
  'other',
]);

/** A migrant or returnee, or a member of their household: each person their own record (seed-002 Module 6, L3918). */
export const persons = pgTable('persons', {
  id: uuid().primaryKey().defaultRandom(),
  sex: sexEnum().notNull(),
  /** As the person describes it; free text. */
  gender: text(),
  dateOfBirth: date({ mode: 'string' }),
  /** When only an age is known: the year it implies, flagged as estimated. */
  birthYear: smallint(),
  birthDateEstimated: boolean().notNull().default(false),
  /** ISO 3166-1 alpha-2. */
  nationality: char({ length: 2 }),
  languages: text().array().notNull().default(sql`'{}'::text[]`),
  placeOfOrigin: text(),
  placeOfIntendedReturn: text(),
  /** Set when this record was merged into another: it is kept, unchanged, as history. */
  mergedInto: uuid().references((): AnyPgColumn => persons.id),
  version: integer().notNull().default(1),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Names in several scripts and spellings; every one of them is searched. */
export const personNames = pgTable(
  'person_names',
  {
    id: uuid().primaryKey().defaultRandom(),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    script: nameScript().notNull(),
    givenNames: text().notNull(),
    familyName: text().notNull(),
    /** searchableName() of "given family": what trigram search compares. */
    searchable: text().notNull(),
    primary: boolean().notNull().default(false),
  },
  (t) => [
    index('person_names_person_idx').on(t.personId),
    // GiST rather than GIN: it answers "the nearest names first" (<->), so a search reads a bounded number of rows.
    index('person_names_searchable_trgm').using('gist', sql`${t.searchable} gist_trgm_ops`),
  ],
);

/** The sound of each word of each name (double metaphone, primary and alternate), for "Mamadu" ~ "Mamadou". */
export const personNameSounds = pgTable(
  'person_name_sounds',
  {
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    sound: text().notNull(),
  },
  (t) => [index('person_name_sounds_sound_idx').on(t.sound, t.personId)],
);

/** The sound of each whole name, word order aside (see soundKeys): finds "Mamadu Dialo" in one index lookup. */
export const personNameKeys = pgTable(
  'person_name_keys',
  {
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    key: text().notNull(),
  },
  (t) => [index('person_name_keys_key_idx').on(t.key, t.personId)],
);

/**
 * Every word any name on file uses, once: the vocabulary a misspelt word is
 * matched against (nearest by trigrams), small enough to search in a moment
 * where a million names are not.
 */
export const nameWords = pgTable('name_words', { word: text().primaryKey() }, (t) => [
  index('name_words_trgm').using('gist', sql`${t.word} gist_trgm_ops`),
]);

/** Each pair of words of each name (see wordPairs): how search finds the people a name may be. */
export const personNamePairs = pgTable(
  'person_name_pairs',
  {
    pair: text().notNull(),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
  },
  (t) => [index('person_name_pairs_pair_idx').on(t.pair, t.personId)],
);

/** Phone numbers, all kept: returnees change numbers often (seed-000 L651). */
export const personPhones = pgTable(
  'person_phones',
  {
    id: uuid().primaryKey().defaultRandom(),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    raw: text().notNull(),
    e164: text().notNull(),
    /** Digits last first, so a number is found by its last digits with an indexed prefix search. */
    reversedDigits: text().notNull(),
    active: boolean().notNull().default(true),
    addedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('person_phones_person_idx').on(t.personId),
    index('person_phones_reversed_idx').on(sql`${t.reversedDigits} text_pattern_ops`),
  ],
);

export const personIdentifiers = pgTable(
  'person_identifiers',
  {
    id: uuid().primaryKey().defaultRandom(),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    kind: identifierKind().notNull(),
    value: text().notNull(),
    /** Upper case, letters and digits only: "ab 12-34" and "AB1234" are one number. */
    normalised: text().notNull(),
    issuingCountry: char({ length: 2 }),
  },
  (t) => [
    index('person_identifiers_person_idx').on(t.personId),
    index('person_identifiers_normalised_idx').on(t.normalised),
  ],
);

/**
 * One merge of two records of the same person: every field's value on both
 * sides and which was kept, and what the merged record brought (names, phones,
 * documents), so that nothing either record held is lost.
 */
export const personMerges = pgTable(
  'person_merges',
  {
    id: uuid().primaryKey().defaultRandom(),
    survivorId: uuid()
      .notNull()
      .references(() => persons.id),
    mergedId: uuid()
      .notNull()
      .references(() => persons.id),
    /** The domain's FieldOutcome list. */
    fields: jsonb()
      .$type<{ field: string; kept: unknown; merged: unknown; survivor: unknown; from: string }[]>()
      .notNull(),
    added: jsonb().$type<{ names: string[]; phones: string[]; identifiers: string[] }>().notNull(),
    decidedBy: uuid()
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('person_merges_survivor_idx').on(t.survivorId),
    index('person_merges_merged_idx').on(t.mergedId),
  ],
);

/** Two records a user looked at and found to be different people: not offered as duplicates again. */
export const personDistinctions = pgTable(
  'person_distinctions',
  {
    /** The smaller id of the pair, so that a pair is stored once. */
    firstId: uuid()
      .notNull()
      .references(() => persons.id),
    secondId: uuid()
      .notNull()
      .references(() => persons.id),
    reason: text().notNull().default(''),
    decidedBy: uuid()
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('person_distinctions_pair_key').on(t.firstId, t.secondId),
    index('person_distinctions_second_idx').on(t.secondId),
  ],
);

/** People who belong together: those who return together and the relatives who stay behind. */
export const households = pgTable('households', {
  id: uuid().primaryKey().defaultRandom(),
  createdBy: uuid()
    .notNull()
    .references(() => users.id),
  createdAt: timestamp({ withTimezone: true }).notNull(),
  version: integer().notNull().default(1),
});

export const relationship = pgEnum('relationship', relationships);

/** A person's place in a household; someone who leaves keeps their row, with the day they left. */
export const householdMembers = pgTable(
  'household_members',
  {
    id: uuid().primaryKey().defaultRandom(),
    householdId: uuid()
      .notNull()
      .references(() => households.id),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    /** To the household's reference person. */
    relationship: relationship().notNull(),
    /** Returns with the reference person, or stays behind (in the host country or at home). */
    returnsTogether: boolean().notNull(),
    joinedAt: timestamp({ withTimezone: true }).notNull(),
    leftAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('household_members_household_idx').on(t.householdId),
    // One household at a time per person.
    uniqueIndex('household_members_current_key').on(t.personId).where(sql`${t.leftAt} is null`),
  ],
);
