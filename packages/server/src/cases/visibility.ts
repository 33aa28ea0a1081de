import { and, eq, inArray, isNotNull, isNull, not, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import { type Db, inTurn } from '../platform/db.ts';
import { withinScope } from '../platform/scope.ts';
import { caseAssignments, caseHolders, cases } from './tables.ts';

/**
 * Which cases an actor reaches, as SQL conditions. The case ids they are
 * assigned to, and those an office of theirs held before a hand-over, are read
 * first: a short list that lets the database use its indexes (office, mission)
 * instead of testing a subquery on every row of a large table.
 */
export interface CaseReach {
  /** Cases the actor may change: held by their side now, sensitive ones only if named on them. */
  workable: SQL;
  /** Cases the actor may read: the workable ones and the history their offices handed on. */
  visible: SQL;
  /** Cases the actor is assigned to. */
  mine: SQL;
}

const none = sql`false`;

export async function caseReach(db: Db, actor: Actor): Promise<CaseReach> {
  const [assigned, handedOn] = await inTurn([
    db
      .select({ id: caseAssignments.caseId })
      .from(caseAssignments)
      .where(and(eq(caseAssignments.userId, actor.userId), isNull(caseAssignments.endedAt))),
    db
      .selectDistinct({ id: caseHolders.caseId })
      .from(caseHolders)
      .where(and(isNotNull(caseHolders.heldUntil), withinScope(actor, caseHolders, none))),
  ]);
  const mine = assigned.length
    ? inArray(
        cases.id,
        assigned.map((a) => a.id),
      )
    : none;
  const earlier = handedOn.length
    ? inArray(
        cases.id,
        handedOn.map((h) => h.id),
      )
    : none;
  const unrestricted = or(not(cases.sensitive), mine) as SQL;
  return {
    workable: and(withinScope(actor, cases, mine), unrestricted) as SQL,
    visible: and(or(withinScope(actor, cases, mine), earlier), unrestricted) as SQL,
    mine,
  };
}
