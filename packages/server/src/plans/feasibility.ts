import { type CriterionAnswer, feasibilityGrid } from '@reintegra/domain';
import { eq } from 'drizzle-orm';
import { recordCaseEvent } from '../cases/events.ts';
import { visibleCase, workableCase } from '../cases/service.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { feasibilityAnswers } from './tables.ts';

const criterionIds = new Set(feasibilityGrid.flatMap((a) => a.criteria.map((c) => c.id)));

export async function feasibilityOf(db: Db, actor: Actor, caseId: string) {
  await visibleCase(db, actor, caseId);
  const [row] = await db.select().from(feasibilityAnswers).where(eq(feasibilityAnswers.caseId, caseId));
  return row ?? null;
}

/** Keeps the answers given so far; criteria not in the grid are named and nothing is written. */
export async function saveFeasibility(
  db: Db,
  actor: Actor,
  caseId: string,
  answers: Record<string, CriterionAnswer>,
  now: Date,
) {
  await workableCase(db, actor, caseId);
  const unknown = Object.keys(answers).filter((id) => !criterionIds.has(id));
  if (unknown.length > 0) {
    throw new AppError(
      400,
      'unknown_criterion',
      'Not criteria of the feasibility grid',
      unknown.map((id) => ({
        field: `body.answers.${id}`,
        code: 'unknown_criterion',
        message: `${id} is not a criterion`,
      })),
    );
  }
  const values = { answers, updatedBy: actor.userId, updatedAt: now };
  await db
    .insert(feasibilityAnswers)
    .values({ caseId, ...values })
    .onConflictDoUpdate({ target: feasibilityAnswers.caseId, set: values });
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'feasibility_answered',
    { answered: Object.keys(answers).length },
    now,
  );
}
