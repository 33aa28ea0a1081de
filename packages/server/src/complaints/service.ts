import {
  type ComplaintDraftProblem,
  complaintDraftProblems,
  handlingMoveProblem,
  hasPermission,
  isoDay,
} from '@reintegra/domain';
import { and, asc, count, desc, eq, gte, isNull, lte, ne, or, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { visibleCase } from '../cases/service.ts';
import { caseAssignments, cases } from '../cases/tables.ts';
import type { Actor } from '../platform/actor.ts';
import { type Db, inTurn } from '../platform/db.ts';
import { AppError, invalidField, notFound, staleVersion } from '../platform/errors.ts';
import { withinScope } from '../platform/scope.ts';
import { users } from '../users/tables.ts';
import type { ComplaintInput, ComplaintListQuery, HandlingMoveInput } from './schemas.ts';
import { complaints } from './tables.ts';

/**
 * The complaints an actor may read: those placed in their scope, and those
 * they recorded or handle; never one that concerns them, whatever their role
 * or scope, so a supervisor named in a complaint does not read it.
 */
export function readableComplaints(actor: Actor): SQL {
  const owned = or(eq(complaints.handlerId, actor.userId), eq(complaints.recordedBy, actor.userId)) as SQL;
  return and(
    withinScope(actor, complaints, owned),
    or(isNull(complaints.concernedUserId), ne(complaints.concernedUserId, actor.userId)),
  ) as SQL;
}

const concerned = alias(users, 'concerned');
const handler = alias(users, 'handler');
const recorder = alias(users, 'recorder');

/** A complaint with the names it shows: the case reference and the people involved. */
function withNames(db: Db) {
  return db
    .select({
      complaint: complaints,
      caseReference: cases.reference,
      concernedName: concerned.displayName,
      handlerName: handler.displayName,
      recorderName: recorder.displayName,
    })
    .from(complaints)
    .leftJoin(cases, eq(cases.id, complaints.caseId))
    .leftJoin(concerned, eq(concerned.id, complaints.concernedUserId))
    .innerJoin(handler, eq(handler.id, complaints.handlerId))
    .innerJoin(recorder, eq(recorder.id, complaints.recordedBy));
}
export type NamedComplaint = Awaited<ReturnType<typeof complaintInScope>>;

export async function complaintInScope(db: Db, actor: Actor, id: string) {
  const [row] = await withNames(db).where(and(eq(complaints.id, id), readableComplaints(actor)));
  // One the actor may not read does not exist for them: its existence would say someone complained.
  if (!row) throw notFound('Complaint');
  return row;
}

export async function complaintsInScope(db: Db, actor: Actor, query: ComplaintListQuery) {
  if (query.from && query.to && query.to < query.from) {
    throw invalidField('querystring.to', 'before_from', 'The last day comes before the first');
  }
  const where: SQL[] = [readableComplaints(actor)];
  if (query.status) where.push(eq(complaints.status, query.status));
  if (query.kind) where.push(eq(complaints.kind, query.kind));
  if (query.about) where.push(eq(complaints.about, query.about));
  if (query.from) where.push(gte(complaints.receivedOn, query.from));
  if (query.to) where.push(lte(complaints.receivedOn, query.to));
  const condition = and(...where);
  const [items, [counted]] = await inTurn([
    withNames(db)
      .where(condition)
      .orderBy(desc(complaints.receivedOn), desc(complaints.recordedAt), asc(complaints.id))
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: count() }).from(complaints).where(condition),
  ]);
  return { items, total: counted?.n ?? 0 };
}

/** A staff member the actor's scope reaches, or a 400 naming the field that named them. */
async function staffMember(db: Db, actor: Actor, id: string, field: string) {
  const [user] = await db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.id, id),
        eq(users.active, true),
        ne(users.role, 'referral_partner'),
        withinScope(actor, users, eq(users.id, actor.userId)),
      ),
    );
  if (!user) throw invalidField(field, 'out_of_scope', 'No active staff member of yours has this id');
  return user;
}

/**
 * The caseworker a complaint about "the caseworker" of a case concerns when
 * the recorder names nobody: the one person working the case. With several
 * (a social and an economic unit, L413) the recorder must say which, or the
 * complaint could reach the one it is about.
 */
async function caseworkerOfCase(db: Db, caseId: string): Promise<string | null> {
  const rows = await db
    .selectDistinct({ userId: caseAssignments.userId })
    .from(caseAssignments)
    .where(
      and(
        eq(caseAssignments.caseId, caseId),
        isNull(caseAssignments.endedAt),
        ne(caseAssignments.function, 'supervisor'),
      ),
    );
  if (rows.length > 1) {
    throw invalidField(
      'body.concernedUserId',
      'choose_caseworker',
      'Several caseworkers work this case: name the one it is about',
    );
  }
  return rows[0]?.userId ?? null;
}

/** A record out of the actor's reach reads as none; any other failure goes on. */
function unlessNotFound(err: unknown): null {
  if (err instanceof AppError && err.status === 404) return null;
  throw err;
}

const draftMessages: Record<ComplaintDraftProblem['code'], string> = {
  in_future: 'The day it came in is after today',
  named_anonymous: 'An anonymous complainant is not named and leaves no contact',
  name_required: 'Name the complainant, or record the complaint as anonymous',
  subject_required: 'A satisfaction answer is about the caseworker or the assistance',
  case_required: 'A satisfaction answer needs the returnee’s case',
  caseworker_required: 'A satisfaction answer about the caseworker needs the caseworker',
};

export async function recordComplaint(db: Db, actor: Actor, input: ComplaintInput, now: Date) {
  const linked = input.caseId ? await visibleCase(db, actor, input.caseId).catch(unlessNotFound) : null;
  if (input.caseId && !linked) {
    throw invalidField('body.caseId', 'case_not_found', 'No case you can see has this id');
  }
  // The record sits where its case is, so the office that holds the case handles it.
  const place = linked
    ? { missionId: linked.missionId, officeId: linked.officeId }
    : { missionId: actor.missionId, officeId: actor.officeId };
  if (!place.missionId) {
    throw invalidField('body.caseId', 'place_required', 'Your account belongs to no mission: link a case');
  }

  let concernedUserId = input.concernedUserId;
  if (concernedUserId) await staffMember(db, actor, concernedUserId, 'body.concernedUserId');
  else if (linked && input.about === 'caseworker') concernedUserId = await caseworkerOfCase(db, linked.id);

  const today = isoDay(now);
  const problems = complaintDraftProblems(
    {
      about: input.about,
      receivedOn: input.receivedOn,
      hasCase: linked !== null,
      concernedUserId,
      anonymous: input.anonymous,
      complainantName: input.complainantName,
      complainantContact: input.complainantContact,
      satisfaction: input.satisfaction,
    },
    today,
  );
  if (problems.length) {
    const fields = problems.map((p) => ({
      field: `body.${p.field}`,
      code: p.code,
      message: draftMessages[p.code],
    }));
    throw new AppError(400, 'invalid_input', fields[0]?.message ?? 'Invalid complaint', fields);
  }

  const handlerId = input.handlerId ?? actor.userId;
  if (handlerId === concernedUserId) {
    throw invalidField(
      'body.handlerId',
      'concerned_handler',
      'The staff member it concerns cannot handle it',
    );
  }
  if (input.handlerId) {
    const chosen = await staffMember(db, actor, input.handlerId, 'body.handlerId');
    if (!hasPermission(chosen.role, 'complaints.handle')) {
      throw invalidField('body.handlerId', 'not_handler', 'This staff member does not handle complaints');
    }
  }

  const [saved] = await db
    .insert(complaints)
    .values({
      kind: input.kind,
      channel: input.channel,
      about: input.about,
      subject: input.subject,
      caseId: linked?.id ?? null,
      concernedUserId,
      receivedOn: input.receivedOn,
      anonymous: input.anonymous,
      complainantName: input.complainantName,
      complainantContact: input.complainantContact,
      satisfaction: input.satisfaction,
      status: 'received',
      handlerId,
      missionId: place.missionId,
      officeId: place.officeId,
      recordedBy: actor.userId,
      recordedAt: now,
      updatedAt: now,
    })
    .returning({ id: complaints.id });
  if (!saved) throw new Error('complaint not stored');
  // Read back with the names; the recorder may not read one that concerns them, so not through their scope.
  const [row] = await withNames(db).where(eq(complaints.id, saved.id));
  if (!row) throw new Error('complaint not read back');
  return row;
}

export async function moveComplaint(db: Db, actor: Actor, id: string, input: HandlingMoveInput, now: Date) {
  const { complaint } = await complaintInScope(db, actor, id);
  if (complaint.version !== input.version) throw staleVersion();
  const problem = handlingMoveProblem(complaint.status, input.to, input);
  if (problem === 'illegal_move') {
    throw new AppError(
      409,
      'handling_move_not_allowed',
      `A complaint ${complaint.status} cannot be moved to ${input.to}`,
    );
  }
  if (problem === 'resolution_required') {
    throw invalidField('body.resolution', problem, 'Say what was done to resolve it');
  }
  if (problem === 'reason_required') throw invalidField('body.reason', problem, 'Say why it is dismissed');
  const ends = input.to === 'resolved' || input.to === 'dismissed';
  const [saved] = await db
    .update(complaints)
    .set({
      status: input.to,
      ...(input.to === 'resolved' ? { resolution: input.resolution } : {}),
      ...(input.to === 'dismissed' ? { dismissalReason: input.reason } : {}),
      ...(ends ? { closedOn: isoDay(now) } : {}),
      updatedAt: now,
      version: complaint.version + 1,
    })
    .where(and(eq(complaints.id, id), eq(complaints.version, complaint.version)))
    .returning({ id: complaints.id });
  if (!saved) throw staleVersion();
  return complaintInScope(db, actor, id);
}
