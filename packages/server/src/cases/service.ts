import {
  type AgeBand,
  ageRange,
  applyTransition,
  birthDatesOf,
  type CaseStatus,
  checkTransition,
  searchableName,
  type TransitionRefusal,
} from '@reintegra/domain';
import {
  and,
  arrayContains,
  asc,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNull,
  lte,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { personIdentifiers, personMerges, personNames, personPhones, persons } from '../people/tables.ts';
import type { Actor } from '../platform/actor.ts';
import { type Db, inTurn } from '../platform/db.ts';
import { AppError, notFound, staleVersion } from '../platform/errors.ts';
import { users } from '../users/tables.ts';
import { assertClosable, decideClosure, pendingClosure } from './closure.ts';
import { recordCaseEvent } from './events.ts';
import { householdOf } from './household.ts';
import { readableNotes } from './notes.ts';
import type { CaseListQuery } from './schemas.ts';
import {
  caseAssignments,
  caseAttachments,
  caseClosures,
  caseEvents,
  caseMigrations,
  caseNotes,
  caseScreenings,
  cases,
  caseTasks,
  caseTransfers,
  consents,
} from './tables.ts';
import { hasOverdueTask, tasksOnMove } from './tasks.ts';
import { toCaseSummary } from './views.ts';
import { caseReach } from './visibility.ts';

export const primaryName = sql<string>`(select trim(${personNames.givenNames} || ' ' || ${personNames.familyName})
  from ${personNames} where ${personNames.personId} = ${persons.id} and ${personNames.primary} limit 1)`;

export const summaryColumns = {
  case: cases,
  person: persons,
  name: primaryName,
};

/** A reference that starts with the text, or a name (any script or spelling on file) that contains it. */
function matchesText(text: string): SQL {
  const name = searchableName(text);
  return sql`(${cases.reference} ilike ${`${text.replace(/[\\%_]/g, '')}%`} or exists (select 1 from ${personNames}
    where ${personNames.personId} = ${cases.personId} and ${personNames.searchable} like ${`%${name.replace(/[\\%_]/g, '')}%`}))`;
}

/** A condition on the case's person, for list filters. */
function personIs(condition: SQL | undefined): SQL {
  return sql`exists (select 1 from ${persons} where ${persons.id} = ${cases.personId} and ${condition})`;
}

/** Born within the band's dates, or, when only the year is known, in its years. */
function inAgeBand(band: AgeBand, today: string): SQL | undefined {
  const { bornAfter, bornOnOrBefore } = birthDatesOf(band, today);
  const { min, max } = ageRange(band);
  const year = Number(today.slice(0, 4));
  return or(
    and(lte(persons.dateOfBirth, bornOnOrBefore), bornAfter ? gt(persons.dateOfBirth, bornAfter) : undefined),
    and(
      isNull(persons.dateOfBirth),
      lte(persons.birthYear, year - min),
      max === null ? undefined : gte(persons.birthYear, year - max),
    ),
  );
}

/** Case summaries for the given ids, in the given order. */
export async function summariesOf(db: Db, ids: string[], order: SQL[] = []) {
  if (ids.length === 0) return [];
  return db
    .select(summaryColumns)
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(inArray(cases.id, ids))
    .orderBy(...order);
}

/**
 * Which cases the list shows for these filters, within the actor's scope. The
 * list and its exports both read through it, so an export never holds a case
 * the list would not show.
 */
export async function caseListCondition(
  db: Db,
  actor: Actor,
  query: Omit<CaseListQuery, 'sort' | 'limit' | 'offset'>,
  today: string,
) {
  const reach = await caseReach(db, actor);
  const where: SQL[] = [reach.visible];
  if (query.status) where.push(eq(cases.status, query.status));
  if (query.phase) where.push(eq(cases.phase, query.phase));
  if (query.officeId) where.push(eq(cases.officeId, query.officeId));
  if (query.assignedToMe) where.push(reach.mine);
  if (query.q) where.push(matchesText(query.q));
  if (query.overdue) where.push(hasOverdueTask(today));
  if (query.vulnerability) where.push(arrayContains(cases.vulnerabilities, [query.vulnerability]));
  if (query.nationality) where.push(personIs(eq(persons.nationality, query.nationality)));
  if (query.sex) where.push(personIs(eq(persons.sex, query.sex)));
  if (query.ageBand) where.push(personIs(inAgeBand(query.ageBand, today)));
  return and(...where) as SQL;
}

/** Cases in the actor's scope, newest activity first, paged without a cap on the total. */
export async function listCases(db: Db, actor: Actor, query: CaseListQuery, today: string) {
  const condition = await caseListCondition(db, actor, query, today);
  const order = query.sort === 'reference' ? [asc(cases.reference)] : [desc(cases.updatedAt), desc(cases.id)];
  // The page's ids first, then their people: names are looked up for the 50
  // rows shown, not for every row an offset skips.
  const [page, [count]] = await inTurn([
    db
      .select({ id: cases.id })
      .from(cases)
      .where(condition)
      .orderBy(...order)
      .limit(query.limit)
      .offset(query.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(cases).where(condition),
  ]);
  const rows = await summariesOf(
    db,
    page.map((p) => p.id),
    order,
  );
  return { items: rows.map(toCaseSummary), total: count?.n ?? 0 };
}

/** The case if the actor may see it; otherwise 404, so that nobody learns it exists. */
export async function visibleCase(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), (await caseReach(db, actor)).visible));
  if (!row) throw notFound('Case');
  return row;
}

/**
 * The case if the actor may change it: held by their side now. A former holder
 * reads it but gets 404 on changes, as anyone outside the case does.
 */
export async function workableCase(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(cases)
    .where(and(eq(cases.id, id), (await caseReach(db, actor)).workable));
  if (!row) throw notFound('Case');
  return row;
}

/** Everything the case page shows, in one call. */
export async function caseFile(db: Db, actor: Actor, id: string) {
  const c = await visibleCase(db, actor, id);
  const [
    person,
    names,
    phones,
    identifiers,
    assignments,
    screenings,
    consentRows,
    events,
    closures,
    notes,
    tasks,
    merges,
    mergedInto,
    attachments,
    transfers,
    migration,
  ] = await inTurn([
    db.select().from(persons).where(eq(persons.id, c.personId)),
    db
      .select()
      .from(personNames)
      .where(eq(personNames.personId, c.personId))
      .orderBy(desc(personNames.primary)),
    db
      .select()
      .from(personPhones)
      .where(eq(personPhones.personId, c.personId))
      .orderBy(desc(personPhones.addedAt)),
    db.select().from(personIdentifiers).where(eq(personIdentifiers.personId, c.personId)),
    db
      .select()
      .from(caseAssignments)
      .where(and(eq(caseAssignments.caseId, id), isNull(caseAssignments.endedAt)))
      .orderBy(asc(caseAssignments.assignedAt)),
    db
      .select()
      .from(caseScreenings)
      .where(eq(caseScreenings.caseId, id))
      .orderBy(desc(caseScreenings.screenedAt)),
    db.select().from(consents).where(eq(consents.caseId, id)).orderBy(desc(consents.givenAt)),
    db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).orderBy(asc(caseEvents.seq)),
    db
      .select()
      .from(caseClosures)
      .where(eq(caseClosures.caseId, id))
      .orderBy(desc(caseClosures.proposedAt))
      .limit(1),
    db.select().from(caseNotes).where(eq(caseNotes.caseId, id)).orderBy(desc(caseNotes.createdAt)),
    db
      .select()
      .from(caseTasks)
      .where(eq(caseTasks.caseId, id))
      .orderBy(asc(caseTasks.dueOn), asc(caseTasks.createdAt)),
    db
      .select()
      .from(personMerges)
      .where(eq(personMerges.survivorId, c.personId))
      .orderBy(asc(personMerges.decidedAt)),
    c.mergedInto
      ? db.select({ id: cases.id, reference: cases.reference }).from(cases).where(eq(cases.id, c.mergedInto))
      : [],
    db
      .select()
      .from(caseAttachments)
      .where(and(eq(caseAttachments.caseId, id), isNull(caseAttachments.removedAt)))
      .orderBy(desc(caseAttachments.uploadedAt)),
    db
      .select()
      .from(caseTransfers)
      .where(eq(caseTransfers.caseId, id))
      .orderBy(desc(caseTransfers.proposedAt)),
    db.select().from(caseMigrations).where(eq(caseMigrations.caseId, id)),
  ]);
  const household = await householdOf(db, actor, c.personId);
  // The names of everyone the page mentions: whoever works on a case may know who else does.
  const staffIds = new Set<string>(assignments.map((a) => a.userId));
  for (const t of tasks) if (t.assigneeId) staffIds.add(t.assigneeId);
  for (const m of merges) staffIds.add(m.decidedBy);
  for (const a of attachments) staffIds.add(a.uploadedBy);
  for (const t of transfers) for (const by of [t.proposedBy, t.decidedBy]) if (by) staffIds.add(by);
  for (const e of events) {
    if (e.actorId) staffIds.add(e.actorId);
    if (typeof e.details.userId === 'string') staffIds.add(e.details.userId);
  }
  const staff = staffIds.size
    ? await db
        .select({ id: users.id, displayName: users.displayName })
        .from(users)
        .where(inArray(users.id, [...staffIds]))
    : [];
  return {
    case: c,
    staff,
    person: person[0] as typeof persons.$inferSelect,
    names,
    phones,
    identifiers,
    assignments,
    screenings,
    consents: consentRows,
    events,
    closure: closures[0] ?? null,
    notes: readableNotes(actor, notes),
    tasks,
    merges,
    mergedInto: mergedInto[0] ?? null,
    household,
    attachments,
    transfers,
    migration: migration[0] ?? null,
  };
}

const refusalMessages: Record<TransitionRefusal, string> = {
  not_allowed: 'A case cannot move from its current status to that one',
  needs_eligibility_and_consent:
    'Registration needs an eligible screening, or a supervisor override, and consent to registration',
  needs_reason: 'Give a reason for this step',
  needs_supervisor: 'Only a supervisor can approve this step',
};

/** Moves a case along its lifecycle, as the domain allows; anything else is a 409 that changes nothing. */
export async function moveCase(
  db: Db,
  actor: Actor,
  id: string,
  input: { version: number; to: CaseStatus; reason?: string | undefined },
  now: Date,
  how: { closureProposal?: boolean } = {},
) {
  if (input.to === 'closure_review' && !how.closureProposal) {
    throw new AppError(
      409,
      'closure_needs_proposal',
      'Propose the closure with its reason and checklist instead',
    );
  }
  const current = await workableCase(db, actor, id);
  if (current.version !== input.version) throw staleVersion();
  const eligibleWithConsent = current.status === 'screening' ? await registrable(db, id) : false;
  const verdict = checkTransition(current, input.to, {
    eligibleWithConsent,
    reason: input.reason ?? null,
    canApprove: actor.permissions.includes('cases.approve'),
  });
  if (!verdict.ok) {
    throw new AppError(
      409,
      `transition_${verdict.refusal}`,
      `${refusalMessages[verdict.refusal]} (${current.status} → ${input.to})`,
    );
  }
  // Leaving closure review either approves the proposed closure or sends it back.
  const closure = current.status === 'closure_review' ? await pendingClosure(db, id) : null;
  if (current.status === 'closure_review' && input.to === 'closed') assertClosable(closure);
  const next = applyTransition(current, input.to);
  const [updated] = await db
    .update(cases)
    .set({
      status: next.status,
      resumeStatus: next.resumeStatus,
      version: current.version + 1,
      updatedAt: now,
    })
    .where(and(eq(cases.id, id), eq(cases.version, input.version)))
    .returning();
  if (!updated) throw staleVersion();
  if (closure)
    await decideClosure(db, closure.id, actor, input.to === 'closed' ? 'approved' : 'returned', now);
  // A closure proposal records its reason in its own event.
  const reason = input.reason && !how.closureProposal ? { reason: input.reason } : {};
  await recordCaseEvent(
    db,
    id,
    actor.userId,
    'status_changed',
    { from: current.status, to: next.status, ...reason },
    now,
  );
  await tasksOnMove(db, actor, updated, now);
  return updated;
}

/** Eligible at the last screening (or overridden by a supervisor) and consent to registration on record. */
async function registrable(db: Db, caseId: string): Promise<boolean> {
  const [screening] = await db
    .select()
    .from(caseScreenings)
    .where(eq(caseScreenings.caseId, caseId))
    .orderBy(desc(caseScreenings.screenedAt))
    .limit(1);
  const [consent] = await db
    .select({ id: consents.id })
    .from(consents)
    .where(
      and(eq(consents.caseId, caseId), eq(consents.purpose, 'registration'), isNull(consents.withdrawnAt)),
    )
    .limit(1);
  return !!screening && (screening.eligible || !!screening.overrideBy) && !!consent;
}

/** A change around a case (people, tasks) is a change of the case: it moves up in lists and stale edits are caught. */
export async function touchCase(db: Db, caseId: string, now: Date) {
  await db
    .update(cases)
    .set({ updatedAt: now, version: sql`${cases.version} + 1` })
    .where(eq(cases.id, caseId));
}
