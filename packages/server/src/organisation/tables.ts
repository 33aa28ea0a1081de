import { missionRoles } from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

export const missionRole = pgEnum('mission_role', missionRoles);

/** A country mission: the organisation's presence in one country. */
export const missions = pgTable(
  'missions',
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    /** ISO 3166-1 alpha-2 country code. */
    countryCode: char({ length: 2 }).notNull(),
    role: missionRole().notNull(),
    active: boolean().notNull().default(true),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('missions_country_code_upper', sql`${t.countryCode} ~ '^[A-Z]{2}$'`)],
);

/** An office of a mission: where caseworkers sit and cases are held. */
export const offices = pgTable(
  'offices',
  {
    id: uuid().primaryKey().defaultRandom(),
    missionId: uuid()
      .notNull()
      .references(() => missions.id),
    name: text().notNull(),
    /** Town or district, as staff name it. */
    location: text().notNull().default(''),
    active: boolean().notNull().default(true),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('offices_mission_idx').on(t.missionId)],
);
