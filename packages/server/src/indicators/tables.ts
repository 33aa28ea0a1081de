import {
  boolean,
  char,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Figures are read from these tables, not from the case file: a dashboard over a
// million returnees adds up a few narrow rows per case or a few hundred per month
// instead of joining the case file's tables on every load. They are rebuilt by a
// refresh (refresh.ts) and say when; nothing but the refresh writes them.

/** One row per case: what the indicators count it by, as of the last refresh. */
export const indicatorCases = pgTable(
  'indicator_cases',
  {
    caseId: uuid().primaryKey(),
    missionId: uuid().notNull(),
    officeId: uuid().notNull(),
    /** The caseworker assigned now (not the supervisor); null when nobody is. */
    caseworkerId: uuid(),
    sex: text().notNull(),
    /** Age band at return (or at opening, before return), 'unknown' without a birth date or year. */
    ageBand: text().notNull(),
    vulnerable: boolean().notNull(),
    sensitive: boolean().notNull(),
    /** How the person returned: assisted or spontaneous (seed-002 L3652), 'unknown' when not recorded. */
    returnModality: text().notNull(),
    /** The country of the mission holding the case. */
    country: char({ length: 2 }).notNull(),
    cmType: text(),
    status: text().notNull(),
    openedOn: date({ mode: 'string' }).notNull(),
    closedOn: date({ mode: 'string' }),
    /** The latest scored survey round: its day and composite score (global weights). */
    latestRoundOn: date({ mode: 'string' }),
    latestRoundKind: text(),
    latestComposite: doublePrecision(),
    referred: boolean().notNull(),
    /**
     * C3: the day the first plan version with an individual micro-business was approved (agreed, where
     * the programme needs no approval); the types recommended and chosen on the business application.
     */
    businessPlanApprovedOn: date({ mode: 'string' }),
    recommendedBusinessType: text(),
    chosenBusinessType: text(),
    /** The type changed at some time: its stretches are in indicator_cm_types. */
    cmTypeChanged: boolean().notNull().default(false),
  },
  (t) => [
    index('indicator_cases_mission_idx').on(t.missionId, t.officeId),
    index('indicator_cases_office_idx').on(t.officeId),
    index('indicator_cases_caseworker_idx').on(t.caseworkerId),
  ],
);

// The monthly tables are not split by caseworker: with the other groups, that would leave about one
// row per round or session, and the tables would be as long as what they sum up.

/**
 * The month and the groups every monthly table is counted by: where, and who (the filters the
 * dashboard offers). Made afresh for each table: a column belongs to one table.
 */
function monthAndGroup() {
  return {
    month: date({ mode: 'string' }).notNull(),
    missionId: uuid().notNull(),
    officeId: uuid().notNull(),
    sex: text().notNull(),
    ageBand: text().notNull(),
    vulnerable: boolean().notNull(),
  };
}

/** Scored survey rounds per month and group, by tenth of the composite score (0 for 0–0.1 … 9 for 0.9–1). */
export const indicatorRounds = pgTable(
  'indicator_rounds',
  {
    ...monthAndGroup(),
    kind: text().notNull(),
    tenth: smallint().notNull(),
    rounds: integer().notNull(),
  },
  (t) => [index('indicator_rounds_mission_idx').on(t.missionId, t.month)],
);

/**
 * Meetings (counselling sessions) per month, group, CM type on the meeting's day, format and type of
 * meeting; of them, with the family, at home, and held for each of B3's reasons. A meeting may have
 * several reasons or none, so the reasons are counts beside the meetings rather than a dimension:
 * one row still holds one set of meetings, its totals add up, and the table stays as long as it was
 * times the types of meeting instead of times every combination of reasons.
 */
export const indicatorMeetings = pgTable(
  'indicator_meetings',
  {
    ...monthAndGroup(),
    cmType: text(),
    format: text().notNull(),
    meetingType: text().notNull(),
    meetings: integer().notNull(),
    withFamily: integer().notNull(),
    homeVisits: integer().notNull(),
    economic: integer().notNull(),
    social: integer().notNull(),
    psychosocial: integer().notNull(),
  },
  (t) => [index('indicator_meetings_mission_idx').on(t.missionId, t.month)],
);

/**
 * The stretches of time a case had each CM type, for the cases whose type changed (case events
 * 'case_management_type_changed'); a case without a change had its type now all along. From `since`
 * (null: from the start) to the day before `until` (null: still). B3 counts a meeting under the type
 * on its day and over the cases that had that type on some day of the period (seed-000 L914, L917).
 */
export const indicatorCmTypes = pgTable(
  'indicator_cm_types',
  {
    caseId: uuid().notNull(),
    /** Null while the case had no type. */
    cmType: text(),
    since: date({ mode: 'string' }),
    until: date({ mode: 'string' }),
    // The case's row in indicator_cases, copied: the dashboard reads the stretches in reach of the
    // reader and open in the period without joining the million rows of that table.
    missionId: uuid().notNull(),
    officeId: uuid().notNull(),
    caseworkerId: uuid(),
    sex: text().notNull(),
    ageBand: text().notNull(),
    vulnerable: boolean().notNull(),
    openedOn: date({ mode: 'string' }).notNull(),
    closedOn: date({ mode: 'string' }),
  },
  (t) => [index('indicator_cm_types_case_idx').on(t.caseId)],
);

/** Referrals sent per month, group and partner, and of them those completed and those received. */
export const indicatorReferrals = pgTable(
  'indicator_referrals',
  {
    ...monthAndGroup(),
    providerId: uuid().notNull(),
    sent: integer().notNull(),
    completed: integer().notNull(),
    received: integer().notNull(),
  },
  (t) => [index('indicator_referrals_mission_idx').on(t.missionId, t.month)],
);

/** When the figures were last rebuilt: the dashboard says how fresh it is. */
export const indicatorRefreshes = pgTable('indicator_refreshes', {
  id: integer().primaryKey(),
  refreshedAt: timestamp({ withTimezone: true }).notNull(),
});
