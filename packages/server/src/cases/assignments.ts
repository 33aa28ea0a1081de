import { hasPermission } from '@reintegra/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, invalidField, notFound } from '../platform/errors.ts';
import { users } from '../users/tables.ts';
import { recordCaseEvent } from './events.ts';
import { touchCase, workableCase } from './service.ts';
import { caseAssignments } from './tables.ts';

type AssignmentFunction = (typeof caseAssignments.$inferInsert)['function'];

/**
 * Names a colleague on a case in a function (protection, reintegration,
 * mentor, supervisor). Only staff of the mission that holds the case, with
 * access to case files, can be named; a sensitive case is then open to them.
 */
export async function assignStaff(
  db: Db,
  actor: Actor,
  caseId: string,
  input: { userId: string; function: AssignmentFunction },
  now: Date,
) {
  const c = await workableCase(db, actor, caseId);
  const [user] = await db.select().from(users).where(eq(users.id, input.userId));
  if (!user?.active || !hasPermission(user.role, 'cases.read')) {
    throw invalidField(
      'body.userId',
      'not_assignable',
      'Only active staff who work on case files can be assigned',
    );
  }
  if (user.missionId !== c.missionId) {
    throw invalidField('body.userId', 'other_mission', 'Assign staff of the mission that holds the case');
  }
  const [existing] = await db
    .select({ id: caseAssignments.id })
    .from(caseAssignments)
    .where(
      and(
        eq(caseAssignments.caseId, caseId),
        eq(caseAssignments.userId, input.userId),
        eq(caseAssignments.function, input.function),
        isNull(caseAssignments.endedAt),
      ),
    );
  if (existing)
    throw new AppError(409, 'already_assigned', 'This colleague already has this function on the case');
  const [assignment] = await db
    .insert(caseAssignments)
    .values({ caseId, userId: input.userId, function: input.function, assignedAt: now })
    .returning();
  await touchCase(db, caseId, now);
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'assigned',
    { userId: input.userId, function: input.function },
    now,
  );
  return assignment;
}

/** Ends an assignment; the case keeps at least one person working on it. */
export async function endAssignment(db: Db, actor: Actor, caseId: string, assignmentId: string, now: Date) {
  await workableCase(db, actor, caseId);
  const open = await db
    .select()
    .from(caseAssignments)
    .where(and(eq(caseAssignments.caseId, caseId), isNull(caseAssignments.endedAt)));
  const ending = open.find((a) => a.id === assignmentId);
  if (!ending) throw notFound('Assignment');
  if (open.length === 1) {
    throw new AppError(
      409,
      'last_assignment',
      'Assign someone else before removing the last person on the case',
    );
  }
  await db.update(caseAssignments).set({ endedAt: now }).where(eq(caseAssignments.id, assignmentId));
  await touchCase(db, caseId, now);
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'unassigned',
    { userId: ending.userId, function: ending.function },
    now,
  );
}
