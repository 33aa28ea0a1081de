import { index, integer, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../users/tables.ts';

export const jobStatus = pgEnum('job_status', ['running', 'done', 'failed']);

/**
 * Long work that runs after its request has been answered (an import, a
 * recompute), with its progress for the page that started it to show.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().notNull(),
    status: jobStatus().notNull().default('running'),
    /** Units of work (rows, rounds) in all, once known, and done so far. */
    total: integer(),
    done: integer().notNull().default(0),
    /** What came of it: counts, rejected rows with their reasons, the failure's message. */
    report: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    startedBy: uuid()
      .notNull()
      .references(() => users.id),
    startedAt: timestamp({ withTimezone: true }).notNull(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('jobs_started_by_idx').on(t.startedBy, t.startedAt)],
);
