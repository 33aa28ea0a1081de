import { and, asc, eq, inArray } from 'drizzle-orm';
import { persons } from '../people/tables.ts';
import type { Actor } from '../platform/actor.ts';
import { type Db, inTurn } from '../platform/db.ts';
import { summaryColumns } from './service.ts';
import { caseClosures, cases, caseTransfers } from './tables.ts';
import { toCaseSummary } from './views.ts';
import { caseReach } from './visibility.ts';

/**
 * What waits for a supervisor in their scope: closures proposed for review and
 * transfers proposed to partners or government, oldest first.
 */
export async function pendingApprovals(db: Db, actor: Actor) {
  const reach = await caseReach(db, actor);
  const [closures, transfers] = await inTurn([
    db
      .select({ closure: caseClosures, ...summaryColumns })
      .from(caseClosures)
      .innerJoin(cases, eq(cases.id, caseClosures.caseId))
      .innerJoin(persons, eq(persons.id, cases.personId))
      .where(and(eq(caseClosures.outcome, 'pending'), eq(cases.status, 'closure_review'), reach.workable))
      .orderBy(asc(caseClosures.proposedAt))
      .limit(200),
    db
      .select({ transfer: caseTransfers, ...summaryColumns })
      .from(caseTransfers)
      .innerJoin(cases, eq(cases.id, caseTransfers.caseId))
      .innerJoin(persons, eq(persons.id, cases.personId))
      .where(and(inArray(caseTransfers.status, ['awaiting_approval']), reach.workable))
      .orderBy(asc(caseTransfers.proposedAt))
      .limit(200),
  ]);
  return [
    ...closures.map((r) => ({
      kind: 'closure' as const,
      id: r.closure.id,
      proposedBy: r.closure.proposedBy,
      proposedAt: r.closure.proposedAt,
      reason: r.closure.reason as string,
      case: toCaseSummary(r),
    })),
    ...transfers.map((r) => ({
      kind: 'transfer' as const,
      id: r.transfer.id,
      proposedBy: r.transfer.proposedBy,
      proposedAt: r.transfer.proposedAt,
      reason: r.transfer.reason,
      case: toCaseSummary(r),
    })),
  ].sort((a, b) => a.proposedAt.getTime() - b.proposedAt.getTime());
}
