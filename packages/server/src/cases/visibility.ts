import { and, eq, isNotNull, isNull, not, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import { withinScope } from '../platform/scope.ts';
import { caseAssignments, caseHolders, cases } from './tables.ts';

/** The actor is currently assigned to the case. */
export function assignedTo(actor: Actor): SQL {
  return sql`exists (select 1 from ${caseAssignments} where ${and(
    eq(caseAssignments.caseId, cases.id),
    eq(caseAssignments.userId, actor.userId),
    isNull(caseAssignments.endedAt),
  )})`;
}

/** An office in the actor's scope held the case before it was handed over. */
function heldBefore(actor: Actor): SQL {
  return sql`exists (select 1 from ${caseHolders} where ${and(
    eq(caseHolders.caseId, cases.id),
    isNotNull(caseHolders.heldUntil),
    withinScope(actor, caseHolders, sql`false`),
  )})`;
}

/**
 * The cases an actor may work on: those their scope reaches where the case is
 * held now, and of the sensitive ones only those they are named on. Everyone
 * else cannot tell a sensitive case exists.
 */
export function workableCases(actor: Actor): SQL {
  const mine = assignedTo(actor);
  return and(withinScope(actor, cases, mine), or(not(cases.sensitive), mine)) as SQL;
}

/**
 * The cases an actor may read: the ones they may work on, and those an office
 * of theirs held before a hand-over, so both sides keep their history.
 */
export function visibleCases(actor: Actor): SQL {
  const mine = assignedTo(actor);
  return and(or(withinScope(actor, cases, mine), heldBefore(actor)), or(not(cases.sensitive), mine)) as SQL;
}
