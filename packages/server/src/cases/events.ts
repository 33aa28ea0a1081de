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
  await db.insert(caseEvents).values({ caseId, actorId, kind, details, at });
}
