import {
  checkHandOverDecision,
  decidedStatus,
  type HandOverDecision,
  type HandOverRefusal,
} from '@reintegra/domain';
import { and, eq, isNull, ne, or, type SQL, sql } from 'drizzle-orm';
import { missions, offices } from '../organisation/tables.ts';
import { persons } from '../people/tables.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, invalidField, notFound, staleVersion } from '../platform/errors.ts';
import { recordCaseEvent } from './events.ts';
import { summaryColumns, workableCase } from './service.ts';
import { caseAssignments, caseHandOvers, caseHolders, cases } from './tables.ts';
import { requireConsent } from './transfer.ts';
import { toCaseSummary } from './views.ts';
import { caseReach } from './visibility.ts';

export interface HandOverNote {
  toMissionId: string;
  needs: string;
  vulnerabilities?: string | undefined;
  plannedAssistance?: string | undefined;
  expectedArrival?: string | undefined;
  arrivalDetails?: string | undefined;
}

/** Sends a case to another mission; refused without the returnee's consent to the transfer (seed-002 L2007). */
export async function sendHandOver(db: Db, actor: Actor, caseId: string, note: HandOverNote, now: Date) {
  const c = await workableCase(db, actor, caseId);
  if (note.toMissionId === c.missionId) {
    throw invalidField('body.toMissionId', 'same_mission', 'The case is already held by that mission');
  }
  const [mission] = await db
    .select({ id: missions.id })
    .from(missions)
    .where(eq(missions.id, note.toMissionId));
  if (!mission) throw invalidField('body.toMissionId', 'not_found', 'No such mission');
  const consent = await requireConsent(
    db,
    caseId,
    'transfer',
    'Record the returnee’s consent to the transfer before handing the case over',
  );
  const [pending] = await db
    .select({ id: caseHandOvers.id })
    .from(caseHandOvers)
    .where(and(eq(caseHandOvers.caseId, caseId), eq(caseHandOvers.status, 'pending')));
  if (pending)
    throw new AppError(409, 'hand_over_pending', 'This case already waits for a decision on a hand-over');
  const [handOver] = await db
    .insert(caseHandOvers)
    .values({
      caseId,
      fromMissionId: c.missionId,
      fromOfficeId: c.officeId,
      toMissionId: note.toMissionId,
      needs: note.needs,
      vulnerabilities: note.vulnerabilities ?? '',
      plannedAssistance: note.plannedAssistance ?? '',
      expectedArrival: note.expectedArrival ?? null,
      arrivalDetails: note.arrivalDetails ?? '',
      consentId: consent.id,
      sentBy: actor.userId,
      sentAt: now,
    })
    .returning();
  if (!handOver) throw new Error('insert returned no row');
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'hand_over_sent',
    { handOverId: handOver.id, toMissionId: note.toMissionId },
    now,
  );
  return handOver;
}

/**
 * What the receiving mission's team may see of a hand-over: all of it is for
 * the whole team; a sensitive case is for its supervisors until someone is named on it.
 */
function receivable(actor: Actor): SQL {
  if (!actor.missionId) return sql`false`;
  const mission = eq(caseHandOvers.toMissionId, actor.missionId);
  return actor.permissions.includes('cases.approve')
    ? mission
    : (and(mission, eq(cases.sensitive, false)) as SQL);
}

const handOverColumns = { handOver: caseHandOvers, ...summaryColumns };

/** The receiving mission's queue: hand-overs waiting for a decision, soonest arrival first. */
export async function incomingHandOvers(db: Db, actor: Actor) {
  const rows = await db
    .select(handOverColumns)
    .from(caseHandOvers)
    .innerJoin(cases, eq(cases.id, caseHandOvers.caseId))
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(eq(caseHandOvers.status, 'pending'), receivable(actor)))
    .orderBy(sql`${caseHandOvers.expectedArrival} asc nulls last`, caseHandOvers.sentAt);
  return rows.map((r) => ({ handOver: r.handOver, summary: toCaseSummary(r) }));
}

/** A hand-over, to either side: those who may read the case, and the receiving team. */
export async function getHandOver(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select(handOverColumns)
    .from(caseHandOvers)
    .innerJoin(cases, eq(cases.id, caseHandOvers.caseId))
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(eq(caseHandOvers.id, id), or(receivable(actor), (await caseReach(db, actor)).visible)));
  if (!row) throw notFound('Hand-over');
  return { handOver: row.handOver, summary: toCaseSummary(row) };
}

const refusalMessages: Record<HandOverRefusal, string> = {
  already_decided: 'This hand-over has already been decided',
  needs_reason: 'Give a reason',
  not_receiving_side: 'Only the receiving mission can accept or return a hand-over',
  not_sending_side: 'Only the sending side can cancel a hand-over',
};

/**
 * Accept, return or cancel. On acceptance the case moves to the receiving
 * office, the accepting caseworker is assigned, the sending side's assignments
 * end, and the sending office keeps read access to the history it wrote.
 */
export async function decideHandOver(
  db: Db,
  actor: Actor,
  id: string,
  decision: HandOverDecision,
  input: { version: number; reason?: string | undefined; officeId?: string | undefined },
  now: Date,
) {
  const { handOver } = await getHandOver(db, actor, id);
  if (handOver.version !== input.version) throw staleVersion();
  const receiving = actor.missionId === handOver.toMissionId && actor.permissions.includes('cases.write');
  const sending = await workableCase(db, actor, handOver.caseId).then(
    (c) => c.missionId === handOver.fromMissionId,
    () => false,
  );
  const verdict = checkHandOverDecision(
    handOver.status,
    decision,
    { receiving, sending },
    input.reason ?? null,
  );
  if (!verdict.ok) throw new AppError(409, `hand_over_${verdict.refusal}`, refusalMessages[verdict.refusal]);

  const [updated] = await db
    .update(caseHandOvers)
    .set({
      status: decidedStatus(decision),
      decidedBy: actor.userId,
      decidedAt: now,
      decisionReason: input.reason ?? null,
      version: handOver.version + 1,
    })
    .where(and(eq(caseHandOvers.id, id), eq(caseHandOvers.version, input.version)))
    .returning();
  if (!updated) throw staleVersion();
  if (decision === 'accept') await moveToReceivingOffice(db, actor, handOver, input.officeId, now);
  await recordCaseEvent(
    db,
    handOver.caseId,
    actor.userId,
    `hand_over_${updated.status}`,
    { handOverId: id, ...(input.reason ? { reason: input.reason } : {}) },
    now,
  );
  return updated;
}

async function moveToReceivingOffice(
  db: Db,
  actor: Actor,
  handOver: typeof caseHandOvers.$inferSelect,
  officeId: string | undefined,
  now: Date,
) {
  const targetOffice = officeId ?? actor.officeId;
  if (!targetOffice)
    throw invalidField('body.officeId', 'office_required', 'Choose the office that takes the case');
  const [office] = await db
    .select()
    .from(offices)
    .where(and(eq(offices.id, targetOffice), eq(offices.missionId, handOver.toMissionId)));
  if (!office)
    throw invalidField('body.officeId', 'other_mission', 'Choose an office of the receiving mission');
  await db
    .update(cases)
    .set({
      missionId: office.missionId,
      officeId: office.id,
      updatedAt: now,
      version: sql`${cases.version} + 1`,
    })
    .where(eq(cases.id, handOver.caseId));
  await db
    .update(caseHolders)
    .set({ heldUntil: now })
    .where(and(eq(caseHolders.caseId, handOver.caseId), isNull(caseHolders.heldUntil)));
  await db
    .insert(caseHolders)
    .values({ caseId: handOver.caseId, missionId: office.missionId, officeId: office.id, heldFrom: now });
  await db
    .update(caseAssignments)
    .set({ endedAt: now })
    .where(
      and(
        eq(caseAssignments.caseId, handOver.caseId),
        isNull(caseAssignments.endedAt),
        ne(caseAssignments.userId, actor.userId),
      ),
    );
  await db
    .insert(caseAssignments)
    .values({ caseId: handOver.caseId, userId: actor.userId, function: 'reintegration', assignedAt: now });
}
