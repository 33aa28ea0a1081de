import { and, eq, isNull, not, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import { withinScope } from '../platform/scope.ts';
import { caseAssignments, cases } from './tables.ts';

/** The actor is currently assigned to the case. */
export function assignedTo(actor: Actor): SQL {
  return sql`exists (select 1 from ${caseAssignments} where ${and(
    eq(caseAssignments.caseId, cases.id),
    eq(caseAssignments.userId, actor.userId),
    isNull(caseAssignments.endedAt),
  )})`;
}

/**
 * The cases an actor may see: those their scope reaches, and of the sensitive
 * ones only those they are named on. Everyone else cannot tell a sensitive case exists.
 */
export function visibleCases(actor: Actor): SQL {
  const mine = assignedTo(actor);
  return and(withinScope(actor, cases, mine), or(not(cases.sensitive), mine)) as SQL;
}
