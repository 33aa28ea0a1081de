import { resultFrequencies, resultLevels, resultUnits } from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { missions } from '../organisation/tables.ts';
import { users } from '../users/tables.ts';

export const resultLevel = pgEnum('result_level', resultLevels);
export const resultFrequency = pgEnum('result_frequency', resultFrequencies);
export const resultUnit = pgEnum('result_unit', resultUnits);

/**
 * A programme's results framework (seed-002 L3506, Table 5.3 L3514–3520), kept
 * by its country mission. It holds no personal data: results, indicators and
 * targets of a programme.
 */
export const resultsFrameworks = pgTable(
  'results_frameworks',
  {
    id: uuid().primaryKey().defaultRandom(),
    missionId: uuid()
      .notNull()
      .references(() => missions.id),
    /** The programme it is the framework of, as the mission names it. */
    programme: text().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    updatedBy: uuid()
      .notNull()
      .references(() => users.id),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    version: integer().notNull().default(1),
  },
  (t) => [index('results_frameworks_mission_idx').on(t.missionId, t.programme)],
);

/**
 * The rows of a framework in their order (domain results.ts, ResultRow). An
 * edit sends every row; a row sent with its id keeps it, and with it the actual
 * values entered for it.
 */
export const resultsFrameworkRows = pgTable(
  'results_framework_rows',
  {
    id: uuid().primaryKey().defaultRandom(),
    frameworkId: uuid()
      .notNull()
      .references(() => resultsFrameworks.id, { onDelete: 'cascade' }),
    /** Not unique: an edit moves rows one by one, and two may share a position in between. */
    position: integer().notNull(),
    level: resultLevel().notNull(),
    statement: text().notNull(),
    /**
     * The position of the row this one contributes to. A position, not an id:
     * the rows are always written whole, so positions agree within a version,
     * and a row new in an edit has no id to link to yet.
     */
    parent: integer(),
    /** A code of the indicator catalogue, or null with the programme's own wording in indicatorText. */
    indicatorCode: text(),
    indicatorText: text().notNull().default(''),
    baseline: doublePrecision(),
    target: doublePrecision().notNull(),
    unit: resultUnit().notNull(),
    frequency: resultFrequency().notNull(),
    responsible: text().notNull(),
    /** Table 5.4's "Data source and collection method" (seed-002 L3552). */
    dataSource: text().notNull().default(''),
    dataAnalysis: text().notNull().default(''),
    assumptions: text().notNull().default(''),
  },
  (t) => [index('results_framework_rows_framework_idx').on(t.frameworkId, t.position)],
);

/**
 * Actual values entered by hand, for rows whose indicator the dashboard does
 * not count: one value per reporting period of the row's frequency. Nothing is
 * overwritten: a correction is a new entry naming the one it replaces, so the
 * replaced value stays readable with who entered it and when.
 */
export const resultsActualValues = pgTable(
  'results_actual_values',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** No cascade: the service refuses to drop a row that has values (results.ts, updateFramework). */
    rowId: uuid()
      .notNull()
      .references(() => resultsFrameworkRows.id),
    /** `2026-03`, `2026-Q1`, `2026-H1`, `2026` or `end`, as the row's frequency writes it (domain reportingPeriodSpan). */
    period: text().notNull(),
    value: doublePrecision().notNull(),
    /** The means of verification of this value (Table 5.3, seed-002 L3516). */
    source: text().notNull(),
    note: text().notNull().default(''),
    /** The entry this one corrects, for the same row and period; null for a period's first value. */
    replaces: uuid().references((): AnyPgColumn => resultsActualValues.id),
    enteredBy: uuid()
      .notNull()
      .references(() => users.id),
    enteredAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    index('results_actual_values_row_idx').on(t.rowId, t.period),
    // Each value is corrected at most once, and a period starts at most one chain of corrections:
    // of two people entering or correcting the same value at once, the second is refused.
    uniqueIndex('results_actual_values_replaces_idx').on(t.replaces),
    uniqueIndex('results_actual_values_first_idx').on(t.rowId, t.period).where(sql`${t.replaces} is null`),
  ],
);
