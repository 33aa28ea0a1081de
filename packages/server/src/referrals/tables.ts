import {
  consentExceptions,
  type EligibilityRules,
  type ReferralEligibility,
  referralStatuses,
  referralUrgencies,
  type ShareableField,
  serviceTypeCodes,
} from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { cases, consents } from '../cases/tables.ts';
import { serviceProviders } from '../organisation/tables.ts';
import { users } from '../users/tables.ts';

export const serviceType = pgEnum('service_type', serviceTypeCodes);

/** One service of a provider, as service mapping records it (seed-002 L621–L638, Annex 8). */
export const providerServices = pgTable(
  'provider_services',
  {
    id: uuid().primaryKey().defaultRandom(),
    providerId: uuid()
      .notNull()
      .references(() => serviceProviders.id),
    name: text().notNull(),
    type: serviceType().notNull(),
    description: text().notNull().default(''),
    /** Inclusion and exclusion criteria in words, and as rules where they can be checked. */
    eligibility: text().notNull().default(''),
    rules: jsonb().$type<EligibilityRules>(),
    /** Places served: towns, districts or regions, as staff name them. */
    coverage: text().array().notNull().default(sql`'{}'::text[]`),
    location: text().notNull().default(''),
    /** What it costs the returnee, and how payment works. */
    cost: text().notNull().default(''),
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    capacityPerMonth: integer(),
    waitDays: integer(),
    /** The case data the service needs at first contact (seed-002 L3008). */
    neededFields: text().array().$type<ShareableField[]>().notNull().default(sql`'{}'::text[]`),
    /** Annex 7: available, of adequate quality, accessible to returnees. */
    available: boolean().notNull().default(true),
    adequateQuality: boolean().notNull().default(true),
    accessible: boolean().notNull().default(true),
    active: boolean().notNull().default(true),
    version: integer().notNull().default(1),
  },
  (t) => [
    index('provider_services_provider_idx').on(t.providerId),
    index('provider_services_type_idx').on(t.type),
  ],
);

export const referralStatus = pgEnum('referral_status', referralStatuses);
export const referralUrgency = pgEnum('referral_urgency', referralUrgencies);
export const consentException = pgEnum('consent_exception', consentExceptions);

/** A returnee referred to a provider's service: a tracked commitment from identification to outcome. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    serviceId: uuid()
      .notNull()
      .references(() => providerServices.id),
    providerId: uuid()
      .notNull()
      .references(() => serviceProviders.id),
    /** The plan line it answers, when it comes from the plan. */
    planLineId: text(),
    reason: text().notNull(),
    urgency: referralUrgency().notNull(),
    status: referralStatus().notNull(),
    sharedFields: text().array().$type<ShareableField[]>().notNull(),
    sharingJustification: text().notNull().default(''),
    /** The partner's criteria as checked on drafting: what was not met or not known, on which facts. */
    eligibility: jsonb().$type<ReferralEligibility>(),
    /** Why the referral goes ahead anyway (the partner agreed, or will check at intake). */
    eligibilityException: text().notNull().default(''),
    /** What the partner was sent, as it was then: they see this and nothing else of the case. */
    sharedData: jsonb().$type<Record<string, unknown>>(),
    consentId: uuid().references(() => consents.id),
    consentException: consentException(),
    exceptionDeterminedBy: text(),
    identifiedAt: timestamp({ withTimezone: true }).notNull(),
    returneeInformedAt: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    acceptedAt: timestamp({ withTimezone: true }),
    serviceStartedAt: timestamp({ withTimezone: true }),
    completedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    closeReason: text(),
    /** The next day something is due from the partner; null when nothing is. */
    dueOn: date({ mode: 'string' }),
    /** The caseworker's record of the outcome: received, met the need (seed-003 A.7). */
    received: boolean(),
    metNeed: boolean(),
    /** The returnee's satisfaction with the service, 1–5, kept apart from that with the caseworker (seed-000). */
    returneeSatisfaction: smallint(),
    outcomeNote: text(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    version: integer().notNull().default(1),
  },
  (t) => [
    index('referrals_case_idx').on(t.caseId),
    // The partner's inbox and the overdue queue read only open referrals by day.
    index('referrals_provider_idx').on(t.providerId, t.status, t.dueOn),
    index('referrals_due_idx').on(t.dueOn).where(sql`${t.dueOn} is not null`),
    // An office's overdue list starts from its cases: their due referrals without reading other offices'.
    index('referrals_case_due_idx').on(t.caseId, t.dueOn).where(sql`${t.dueOn} is not null`),
  ],
);

/**
 * A secure one-time link for a partner without an account (issue 6): it opens
 * one referral, expires, and takes one answer. Only the token's hash is kept.
 */
export const referralLinks = pgTable(
  'referral_links',
  {
    id: uuid().primaryKey().defaultRandom(),
    referralId: uuid()
      .notNull()
      .references(() => referrals.id),
    tokenHash: text().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    openedAt: timestamp({ withTimezone: true }),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex('referral_links_token_key').on(t.tokenHash)],
);

export const referralSide = pgEnum('referral_side', ['caseworker', 'partner']);

/**
 * What the two sides of a referral write to each other, and the partner's
 * evidence (an attendance sheet, a certificate): the loop the study found
 * open (seed-003 A.7). A file is kept in the file store like a case's.
 */
export const referralMessages = pgTable(
  'referral_messages',
  {
    id: uuid().primaryKey().defaultRandom(),
    referralId: uuid()
      .notNull()
      .references(() => referrals.id),
    side: referralSide().notNull(),
    /** Null when the partner wrote through a one-time link. */
    authorId: uuid().references(() => users.id),
    body: text().notNull(),
    fileName: text(),
    contentType: text(),
    size: integer(),
    sha256: text(),
    storageKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('referral_messages_referral_idx').on(t.referralId, t.createdAt)],
);
