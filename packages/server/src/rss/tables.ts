import {
  interviewLocations,
  type RssAnswers,
  type RssDimension,
  rssRoundKinds,
  rssRoundStatuses,
} from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases, consentMethod } from '../cases/tables.ts';
import { users } from '../users/tables.ts';

export const rssRoundKind = pgEnum('rss_round_kind', rssRoundKinds);
export const rssRoundStatus = pgEnum('rss_round_status', rssRoundStatuses);
export const interviewLocation = pgEnum('interview_location', interviewLocations);

/** One administration of the survey to one returnee (seed-002 Annex 4.B). */
export const rssRounds = pgTable(
  'rss_rounds',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    kind: rssRoundKind().notNull(),
    status: rssRoundStatus().notNull(),
    instrument: text().notNull(),
    instrumentVersion: integer().notNull(),
    interviewerId: uuid()
      .notNull()
      .references(() => users.id),
    /** The interviewer worked on the case when the round began; the seed advises someone else (L6580). */
    interviewerOnCase: boolean().notNull(),
    location: interviewLocation().notNull(),
    interviewedOn: date({ mode: 'string' }).notNull(),
    consentGiven: boolean().notNull(),
    consentMethod: consentMethod().notNull(),
    /** Profile fields filled by staff before the interview (L6633) that the case does not hold. */
    profile: jsonb().$type<Record<string, string | number | boolean | null>>().notNull().default({}),
    answers: jsonb().$type<RssAnswers>().notNull().default({}),
    /** "→ please explain" texts and Notes-column remarks, by question; never scored (L6611). */
    explanations: jsonb().$type<Record<string, string>>().notNull().default({}),
    notes: jsonb().$type<Record<string, string>>().notNull().default({}),
    followUps: jsonb().$type<Record<string, string[]>>().notNull().default({}),
    interruptedReason: text(),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    finishedAt: timestamp({ withTimezone: true }),
    /** The import that brought the round in, when it was collected elsewhere. */
    importId: uuid(),
    /** The submission's id in the tool that collected it: importing a file again adds nothing twice. */
    externalId: text(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index('rss_rounds_case_idx').on(t.caseId, t.interviewedOn),
    uniqueIndex('rss_rounds_external_idx').on(t.caseId, t.externalId),
    // Recomputing after a weight change walks the completed rounds in id order.
    index('rss_rounds_completed_idx').on(t.id).where(sql`${t.status} = 'completed'`),
  ],
);

/**
 * Scores of a completed round under one weight set. A new set adds rows;
 * earlier ones stay, so an old score can always be traced to what made it.
 * `current` marks the row made with the set active at the time: one global,
 * and one for the country of return when that country has its own set.
 */
export const rssScores = pgTable(
  'rss_scores',
  {
    id: uuid().primaryKey().defaultRandom(),
    roundId: uuid()
      .notNull()
      .references(() => rssRounds.id),
    weightSetId: text().notNull(),
    weightSetVersion: integer().notNull(),
    /** The set's country for country scores, kept beside the global ones (seed-003 B.5); null: global. */
    country: text(),
    instrumentVersion: integer().notNull(),
    economic: doublePrecision(),
    social: doublePrecision(),
    psychosocial: doublePrecision(),
    composite: doublePrecision(),
    dontKnowCount: integer().notNull(),
    lowReliability: boolean().notNull(),
    current: boolean().notNull(),
    computedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('rss_scores_round_set_idx').on(t.roundId, t.weightSetId, t.weightSetVersion),
    index('rss_scores_current_idx').on(t.roundId).where(sql`${t.current}`),
  ],
);

/** Weights for scoring, versioned (issue 4 scope 5). One global set is active, and one per country at most. */
export const rssWeightSets = pgTable(
  'rss_weight_sets',
  {
    id: text().notNull(),
    version: integer().notNull(),
    label: text().notNull(),
    source: text().notNull(),
    provisional: boolean().notNull(),
    country: text(),
    instrument: text().notNull(),
    dimensions: jsonb().$type<Record<RssDimension, Record<string, number>>>().notNull(),
    composite: jsonb().$type<Record<string, number>>().notNull(),
    active: boolean().notNull().default(false),
    importedBy: uuid().references(() => users.id),
    importedAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.id, t.version] })],
);

/**
 * How the survey runs in a programme: its round schedule. The threshold scheme
 * is one for the whole system (row with programme ''), so that bands compare.
 */
export const rssSettings = pgTable('rss_settings', {
  /** The programme as screening names it; '' for the defaults. */
  programme: text().primaryKey(),
  schedule: text().notNull(),
  thresholdScheme: text().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull(),
});
