import { resultFrequencies, resultLevels, resultUnits } from '@reintegra/domain';
import {
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
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

/** The rows of a framework in their order; an edit replaces them all (domain results.ts, ResultRow). */
export const resultsFrameworkRows = pgTable(
  'results_framework_rows',
  {
    frameworkId: uuid()
      .notNull()
      .references(() => resultsFrameworks.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    level: resultLevel().notNull(),
    statement: text().notNull(),
    /** A code of the indicator catalogue, or null with the programme's own wording in indicatorText. */
    indicatorCode: text(),
    indicatorText: text().notNull().default(''),
    baseline: doublePrecision(),
    target: doublePrecision().notNull(),
    unit: resultUnit().notNull(),
    frequency: resultFrequency().notNull(),
    responsible: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.frameworkId, t.position] })],
);
