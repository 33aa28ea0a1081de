import { mayReadConfidentialNote } from '@reintegra/domain';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { recordCaseEvent } from './events.ts';
import { workableCase } from './service.ts';
import { caseNotes } from './tables.ts';

export async function addNote(
  db: Db,
  actor: Actor,
  caseId: string,
  input: { body: string; confidential: boolean },
  now: Date,
) {
  await workableCase(db, actor, caseId);
  const [note] = await db
    .insert(caseNotes)
    .values({ caseId, authorId: actor.userId, authorRole: actor.role, ...input, createdAt: now })
    .returning();
  // The history says a note was written, never what it says.
  await recordCaseEvent(db, caseId, actor.userId, 'note_added', { confidential: input.confidential }, now);
  return note;
}

/** The notes of a case that the actor may read. */
export function readableNotes(actor: Actor, notes: (typeof caseNotes.$inferSelect)[]) {
  return notes.filter(
    (n) =>
      !n.confidential ||
      mayReadConfidentialNote(
        { role: actor.role, userId: actor.userId },
        { role: n.authorRole, userId: n.authorId },
      ),
  );
}
