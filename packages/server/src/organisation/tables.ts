import { agreementTypes, missionRoles } from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  char,
  check,
  index,
  integer,
  jsonb,
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

export const agreementType = pgEnum('agreement_type', agreementTypes);

/**
 * An organisation returnees are referred to: a ministry, an NGO, a training
 * centre, a clinic (seed-002 L621–L638, seed-003 A.5). Its referral-partner
 * users see only what is sent to it.
 */
export const serviceProviders = pgTable(
  'service_providers',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The mission whose directory it is in. */
    missionId: uuid()
      .notNull()
      .references(() => missions.id),
    name: text().notNull(),
    /** State, NGO, UN agency, development agency, private, community. */
    kind: text().notNull().default(''),
    contact: jsonb()
      .$type<{ person: string; phone: string; email: string; address: string; hours: string }>()
      .notNull(),
    agreement: agreementType().notNull().default('none'),
    agreementEndsOn: text(),
    qualityNotes: text().notNull().default(''),
    /** When someone last checked the entry with the provider (L642: "regularly updated"). */
    verifiedOn: text(),
    active: boolean().notNull().default(true),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_providers_mission_idx').on(t.missionId)],
);
