import { bigint, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';

export const auditOutcomes = ['success', 'failure', 'denied'] as const;
export type AuditOutcome = (typeof auditOutcomes)[number];

/**
 * The audit log. Append-only (a trigger refuses UPDATE and DELETE) and
 * tamper-evident: `hash` covers the row's content and the previous row's hash,
 * so editing or removing any row breaks every link after it.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    /** Gapless position in the chain, assigned under the chain lock. */
    seq: bigint({ mode: 'number' }).primaryKey(),
    /** ISO 8601 UTC instant with milliseconds, kept as text so the hashed form is the stored form. */
    at: text().notNull(),
    actorId: uuid(),
    actorUsername: text(),
    action: text().notNull(),
    outcome: text().$type<AuditOutcome>().notNull(),
    recordType: text(),
    recordId: text(),
    ip: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    index('audit_events_actor_idx').on(t.actorId, t.seq),
    index('audit_events_record_idx').on(t.recordType, t.recordId),
    index('audit_events_action_idx').on(t.action, t.seq),
  ],
);
