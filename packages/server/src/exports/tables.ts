import { bigint, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { jobs } from '../jobs/tables.ts';
import { users } from '../users/tables.ts';

/**
 * An export a user asked for: what it holds (list, filters, options) and,
 * once written, where its file is. The job of the same id reports progress.
 * The key that decrypts the stored file is here and nowhere else (never in
 * the job's report, which the browser reads); erasing it removes the export.
 */
export const exportRecords = pgTable(
  'exports',
  {
    id: uuid()
      .primaryKey()
      .references(() => jobs.id),
    requestedBy: uuid()
      .notNull()
      .references(() => users.id),
    /** Which list: `cases`, `referrals`. */
    list: text().notNull(),
    format: text().$type<'csv' | 'xlsx'>().notNull(),
    hxl: boolean().notNull(),
    deidentified: boolean().notNull(),
    /** The list's filters as they were applied. */
    filters: jsonb().$type<Record<string, unknown>>().notNull(),
    fileName: text().notNull(),
    /** Rows, bytes and stored parts of the file, once written. */
    rows: integer(),
    bytes: bigint({ mode: 'number' }),
    parts: integer(),
    /** AES-256-GCM key of the stored parts, base64; null once the export is removed. */
    fileKey: text(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    /** After this the file cannot be downloaded and its key is erased. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('exports_expires_idx').on(t.expiresAt)],
);
