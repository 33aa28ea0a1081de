import { nameScripts } from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

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
