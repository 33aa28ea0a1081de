import type { Db } from '../platform/db.ts';
import { caseEvents } from './tables.ts';

/** Adds to a case's timeline what happened, who did it (null: the system, as a lifecycle rule) and when. */
export async function recordCaseEvent(
  db: Db,
  caseId: string,
  actorId: string | null,
  kind: string,
  details: Record<string, unknown>,
  at: Date,
) {
  await recordCaseEvents(db, [{ caseId, actorId, kind, details }], at);
}

/** Many events at once, for work on many cases (an import). */
export async function recordCaseEvents(
  db: Db,
  events: { caseId: string; actorId: string | null; kind: string; details: Record<string, unknown> }[],
  at: Date,
) {
  if (events.length) await db.insert(caseEvents).values(events.map((e) => ({ ...e, at })));
}
