import { type ClosureChecklist, type ClosureReason, openChecklistItems } from '@reintegra/domain';
import { and, desc, eq } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { recordCaseEvent } from './events.ts';
import { moveCase } from './service.ts';
import { caseClosures } from './tables.ts';

export interface ClosureProposal {
  version: number;
  reason: ClosureReason;
  planReviewed: boolean;
  exitInterviewDone: boolean;
  unmetNeedsRecorded: boolean;
  handOverConsented: 'yes' | 'no' | 'not_applicable';
  unmetNeeds?: string | undefined;
  notes?: string | undefined;
}

/** Proposes closing a case: records the reason and checklist, and puts the case in closure review. */
export async function proposeClosure(
  db: Db,
  actor: Actor,
  caseId: string,
  proposal: ClosureProposal,
  now: Date,
) {
  const { version, ...closure } = proposal;
  await moveCase(db, actor, caseId, { version, to: 'closure_review', reason: closure.reason }, now, {
    closureProposal: true,
  });
  await db.insert(caseClosures).values({
    caseId,
    ...closure,
    unmetNeeds: closure.unmetNeeds ?? '',
    notes: closure.notes ?? '',
    proposedBy: actor.userId,
    proposedAt: now,
  });
  await recordCaseEvent(db, caseId, actor.userId, 'closure_proposed', { reason: closure.reason }, now);
}

/** The pending closure of a case, if one was proposed. */
export async function pendingClosure(db: Db, caseId: string) {
  const [closure] = await db
    .select()
    .from(caseClosures)
    .where(and(eq(caseClosures.caseId, caseId), eq(caseClosures.outcome, 'pending')))
    .orderBy(desc(caseClosures.proposedAt))
    .limit(1);
  return closure ?? null;
}

/**
 * Before a supervisor approves, every checklist item the reason calls for must
 * be done; a hand-over without the returnee's consent never passes (L2007).
 */
export function assertClosable(closure: typeof caseClosures.$inferSelect | null) {
  if (!closure)
    throw new AppError(
      409,
      'closure_not_proposed',
      'Propose the closure with its reason and checklist first',
    );
  const checklist: ClosureChecklist = {
    planReviewed: closure.planReviewed,
    exitInterviewDone: closure.exitInterviewDone,
    unmetNeedsRecorded: closure.unmetNeedsRecorded,
    handOverConsented:
      closure.handOverConsented === 'not_applicable' ? 'not_applicable' : closure.handOverConsented === 'yes',
  };
  const open = openChecklistItems(closure.reason, checklist);
  if (open.length) {
    throw new AppError(409, 'closure_checklist_open', `Still to do before closing: ${open.join(', ')}`);
  }
}

export async function decideClosure(
  db: Db,
  closureId: string,
  actor: Actor,
  outcome: 'approved' | 'returned',
  now: Date,
) {
  await db
    .update(caseClosures)
    .set({ outcome, decidedBy: actor.userId, decidedAt: now })
    .where(eq(caseClosures.id, closureId));
}
