import { roles, scopes } from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { missions, offices, serviceProviders } from '../organisation/tables.ts';

export const userRole = pgEnum('user_role', roles);
export const accessScope = pgEnum('access_scope', scopes);

/** A staff member or partner user who signs in to Reintegra. */
export const users = pgTable(
  'users',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored lower-case; sign-in is case-insensitive. */
    username: text().notNull(),
    displayName: text().notNull(),
    email: text(),
    role: userRole().notNull(),
    scope: accessScope().notNull(),
    missionId: uuid().references(() => missions.id),
    officeId: uuid().references(() => offices.id),
    /** A referral partner's organisation: they see the referrals sent to it, nothing else. */
    serviceProviderId: uuid().references(() => serviceProviders.id),
    language: text().notNull().default('en'),
    passwordHash: text().notNull(),
    mustChangePassword: boolean().notNull().default(false),
    failedLogins: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true }),
    totpSecret: text(),
    totpEnabled: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    lastLoginAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('users_username_key').on(t.username),
    index('users_office_idx').on(t.officeId),
    index('users_mission_idx').on(t.missionId),
    index('users_display_name_trgm').using('gin', sql`${t.displayName} gin_trgm_ops`),
  ],
);
