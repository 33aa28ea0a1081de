import { and, asc, desc, eq, gt, gte, lte, type SQL, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { type Db, inTurn } from '../platform/db.ts';
import { type ChainedEvent, eventHash, genesisHash } from './chain.ts';
import { type AuditOutcome, auditEvents } from './tables.ts';

export interface AuditEntry {
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  outcome: AuditOutcome;
  recordType?: string | null;
  recordId?: string | null;
  ip?: string | null;
  /** Never personal data of the record: ids, field names, error codes. */
  details?: Record<string, unknown>;
}

/** Who acts when nobody signed in does: first start, demo data, maintenance commands. */
export const systemActor = { actorId: null, actorUsername: 'system' } as const;

// Arbitrary fixed key for the advisory lock that serialises appends to the chain.
const chainLock = 7_411_202_611;

/**
 * Appends one event to the chain. Given a transaction, it writes in it, so the
 * event commits or rolls back with the change it records; given the database,
 * it opens a transaction of its own (the chain lock needs one).
 */
export async function appendAudit(db: Db, entry: AuditEntry, at: Date): Promise<void> {
  if (!(db instanceof PgTransaction)) return db.transaction((tx) => appendAudit(tx, entry, at));
  await db.execute(sql`select pg_advisory_xact_lock(${chainLock})`);
  const [last] = await db
    .select({ seq: auditEvents.seq, hash: auditEvents.hash })
    .from(auditEvents)
    .orderBy(desc(auditEvents.seq))
    .limit(1);
  const event: ChainedEvent = {
    seq: (last?.seq ?? 0) + 1,
    at: at.toISOString(),
    actorId: entry.actorId,
    actorUsername: entry.actorUsername,
    action: entry.action,
    outcome: entry.outcome,
    recordType: entry.recordType ?? null,
    recordId: entry.recordId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? {},
    prevHash: last?.hash ?? genesisHash,
  };
  await db.insert(auditEvents).values({ ...event, outcome: entry.outcome, hash: eventHash(event) });
}

export interface AuditFilter {
  actorId?: string | undefined;
  action?: string | undefined;
  recordType?: string | undefined;
  recordId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

export async function listAudit(db: Db, filter: AuditFilter) {
  const where: SQL[] = [];
  if (filter.actorId) where.push(eq(auditEvents.actorId, filter.actorId));
  if (filter.action) where.push(eq(auditEvents.action, filter.action));
  if (filter.recordType) where.push(eq(auditEvents.recordType, filter.recordType));
  if (filter.recordId) where.push(eq(auditEvents.recordId, filter.recordId));
  // ISO 8601 UTC text sorts as time does.
  if (filter.from) where.push(gte(auditEvents.at, filter.from));
  if (filter.to) where.push(lte(auditEvents.at, filter.to));
  const condition = where.length ? and(...where) : undefined;
  const [items, [count]] = await inTurn([
    db
      .select()
      .from(auditEvents)
      .where(condition)
      .orderBy(desc(auditEvents.seq))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(condition),
  ]);
  return { items, total: count?.n ?? 0 };
}

export interface ChainReport {
  ok: boolean;
  checked: number;
  /** The first row whose link does not hold, and why. */
  firstBroken: { seq: number; reason: string } | null;
}

/** Walks the whole chain in order and reports the first broken link. */
export async function verifyChain(db: Db, onProgress?: (checked: number) => void): Promise<ChainReport> {
  const batch = 2000;
  let prevHash = genesisHash;
  let expectedSeq = 1;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.seq, expectedSeq - 1))
      .orderBy(asc(auditEvents.seq))
      .limit(batch);
    for (const row of rows) {
      const broken = (reason: string) => ({ ok: false, checked, firstBroken: { seq: row.seq, reason } });
      if (row.seq !== expectedSeq) return broken(`row ${expectedSeq} is missing`);
      if (row.prevHash !== prevHash) return broken('does not link to the previous row');
      const { hash, ...content } = row;
      if (eventHash(content) !== hash) return broken('content does not match its hash');
      prevHash = hash;
      expectedSeq += 1;
      checked += 1;
    }
    onProgress?.(checked);
    if (rows.length < batch) return { ok: true, checked, firstBroken: null };
  }
}
