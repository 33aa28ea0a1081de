import {
  addDays,
  type CaseManagementType,
  type CasePhase,
  type CaseStatus,
  followUpDays,
  isoDay,
  type TaskKind,
  type TaskStatus,
  taskStartedBy,
  tasksFulfilledBy,
} from '@reintegra/domain';
import { and, asc, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { persons } from '../people/tables.ts';
import type { Actor } from '../platform/actor.ts';
import { type Db, inTurn } from '../platform/db.ts';
import { invalidField, notFound, staleVersion } from '../platform/errors.ts';
import { users } from '../users/tables.ts';
import { recordCaseEvent } from './events.ts';
import { primaryName, touchCase, workableCase } from './service.ts';
import { caseAssignments, cases, caseTasks } from './tables.ts';
import { caseReach } from './visibility.ts';

type Task = typeof caseTasks.$inferSelect;

/** Anyone working on the case, or nobody (the whole team); never someone outside it. */
async function checkAssignee(db: Db, caseId: string, assigneeId: string | null | undefined) {
  if (!assigneeId) return;
  const [onCase] = await db
    .select({ id: caseAssignments.id })
    .from(caseAssignments)
    .innerJoin(users, eq(users.id, caseAssignments.userId))
    .where(
      and(
        eq(caseAssignments.caseId, caseId),
        eq(caseAssignments.userId, assigneeId),
        isNull(caseAssignments.endedAt),
        eq(users.active, true),
      ),
    )
    .limit(1);
  if (!onCase) {
    throw invalidField('body.assigneeId', 'not_on_case', 'Give the task to someone assigned to the case');
  }
}

export async function addTask(
  db: Db,
  actor: Actor,
  caseId: string,
  input: { kind: TaskKind; title: string; dueOn: string; assigneeId?: string | undefined },
  now: Date,
) {
  await workableCase(db, actor, caseId);
  await checkAssignee(db, caseId, input.assigneeId);
  const [task] = await db
    .insert(caseTasks)
    .values({ caseId, ...input, createdBy: actor.userId, createdAt: now })
    .returning();
  await touchCase(db, caseId, now);
  await keepNextDue(db, caseId);
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'task_added',
    { kind: input.kind, dueOn: input.dueOn },
    now,
  );
  return task as Task;
}

export interface TaskChanges {
  version: number;
  status?: TaskStatus | undefined;
  dueOn?: string | undefined;
  assigneeId?: string | null | undefined;
}

/**
 * Marks a task done or cancelled (or open again), moves its day or gives it to
 * someone, with optimistic concurrency. A follow-up done while the case is still
 * followed starts the next one, so that contact never silently lapses.
 */
export async function changeTask(
  db: Db,
  actor: Actor,
  caseId: string,
  taskId: string,
  changes: TaskChanges,
  now: Date,
) {
  const c = await workableCase(db, actor, caseId);
  const [task] = await db
    .select()
    .from(caseTasks)
    .where(and(eq(caseTasks.id, taskId), eq(caseTasks.caseId, caseId)));
  if (!task) throw notFound('Task');
  if (task.version !== changes.version) throw staleVersion();
  await checkAssignee(db, caseId, changes.assigneeId);
  const { version, ...rest } = changes;
  const closing = rest.status !== undefined && rest.status !== 'open' && task.status === 'open';
  const [updated] = await db
    .update(caseTasks)
    .set({
      ...rest,
      ...(rest.status === undefined
        ? {}
        : rest.status === 'open'
          ? { closedBy: null, closedAt: null }
          : closing
            ? { closedBy: actor.userId, closedAt: now }
            : {}),
      version: version + 1,
    })
    .where(and(eq(caseTasks.id, taskId), eq(caseTasks.version, version)))
    .returning();
  if (!updated) throw staleVersion();
  await touchCase(db, caseId, now);
  await recordCaseEvent(db, caseId, actor.userId, 'task_changed', { kind: task.kind, ...rest }, now);
  if (closing && rest.status === 'done' && task.kind === 'follow_up' && c.status === 'follow_up') {
    await startTask(
      db,
      caseId,
      { kind: 'follow_up', dueOn: addDays(isoDay(now), followUpDays(c.caseManagementType)) },
      now,
    );
  }
  await keepNextDue(db, caseId);
  return updated;
}

/** A task the system starts: nobody in particular, the whole team. */
export async function startTask(
  db: Db,
  caseId: string,
  task: { kind: TaskKind; dueOn: string; topic?: string },
  now: Date,
) {
  await db.insert(caseTasks).values({ caseId, ...task, createdAt: now });
  await recordCaseEvent(db, caseId, null, 'task_added', task, now);
}

/**
 * What a move along the lifecycle does to the task list: closes the tasks the
 * new status fulfils and starts the one it makes due (unless one of that kind
 * is already open).
 */
export async function tasksOnMove(
  db: Db,
  actor: Actor,
  c: {
    id: string;
    phase: CasePhase;
    status: CaseStatus;
    caseManagementType: CaseManagementType | null;
  },
  now: Date,
) {
  const fulfilled = tasksFulfilledBy(c.status);
  const open = and(eq(caseTasks.caseId, c.id), eq(caseTasks.status, 'open')) as SQL;
  if (fulfilled === 'all' || fulfilled.length) {
    const done = await db
      .update(caseTasks)
      .set({ status: 'done', closedBy: actor.userId, closedAt: now, version: sql`${caseTasks.version} + 1` })
      .where(fulfilled === 'all' ? open : and(open, inArray(caseTasks.kind, [...fulfilled])))
      .returning({ kind: caseTasks.kind });
    if (done.length) {
      await recordCaseEvent(
        db,
        c.id,
        actor.userId,
        'tasks_fulfilled',
        { kinds: done.map((d) => d.kind), status: c.status },
        now,
      );
    }
  }
  const due = taskStartedBy(c, isoDay(now));
  const [already] = due
    ? await db
        .select({ id: caseTasks.id })
        .from(caseTasks)
        .where(and(open, eq(caseTasks.kind, due.kind)))
        .limit(1)
    : [];
  if (due && !already) await startTask(db, c.id, due, now);
  await keepNextDue(db, c.id);
}

/** Keeps the case's next due day, the first open task's, in step with its tasks (lists filter on it). */
export async function keepNextDue(db: Db, caseId: string) {
  await db
    .update(cases)
    .set({
      nextDueOn: sql`(select min(${caseTasks.dueOn}) from ${caseTasks}
        where ${caseTasks.caseId} = ${caseId} and ${caseTasks.status} = 'open')`,
    })
    .where(eq(cases.id, caseId));
}

/** A task still open past its day, as a condition on cases (the list's "overdue" filter). */
export function hasOverdueTask(today: string): SQL {
  return lt(cases.nextDueOn, today);
}

/**
 * The open tasks on the cases an actor may work on, soonest first: their own
 * (given to them, or to the whole team of a case they are on) or every one.
 */
export async function openTasks(
  db: Db,
  actor: Actor,
  query: { mine: boolean; overdue: boolean; limit: number; offset: number },
  now: Date,
) {
  const reach = await caseReach(db, actor);
  const where: SQL[] = [eq(caseTasks.status, 'open'), reach.workable];
  if (query.mine) {
    where.push(
      or(eq(caseTasks.assigneeId, actor.userId), and(isNull(caseTasks.assigneeId), reach.mine)) as SQL,
    );
  }
  if (query.overdue) where.push(lt(caseTasks.dueOn, isoDay(now)));
  const condition = and(...where);
  const [rows, [count]] = await inTurn([
    db
      .select({ task: caseTasks, reference: cases.reference, name: primaryName })
      .from(caseTasks)
      .innerJoin(cases, eq(cases.id, caseTasks.caseId))
      .innerJoin(persons, eq(persons.id, cases.personId))
      .where(condition)
      .orderBy(asc(caseTasks.dueOn), asc(caseTasks.id))
      .limit(query.limit)
      .offset(query.offset),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(caseTasks)
      .innerJoin(cases, eq(cases.id, caseTasks.caseId))
      .where(condition),
  ]);
  return { rows, total: count?.n ?? 0 };
}

/** The topics of a case's open system tasks of a kind: a second finding does not start the same task twice. */
export async function openTaskTopics(db: Db, caseId: string, kind: TaskKind) {
  const rows = await db
    .select({ topic: caseTasks.topic })
    .from(caseTasks)
    .where(and(eq(caseTasks.caseId, caseId), eq(caseTasks.kind, kind), eq(caseTasks.status, 'open')));
  return new Set(rows.map((r) => r.topic));
}

/** Marks done the open system tasks of a kind and topic: what they asked for has happened. */
export async function finishTasks(
  db: Db,
  caseId: string,
  kind: TaskKind,
  topic: string,
  actorId: string,
  now: Date,
) {
  await db
    .update(caseTasks)
    .set({ status: 'done', closedBy: actorId, closedAt: now, version: sql`${caseTasks.version} + 1` })
    .where(
      and(
        eq(caseTasks.caseId, caseId),
        eq(caseTasks.kind, kind),
        eq(caseTasks.topic, topic),
        eq(caseTasks.status, 'open'),
      ),
    );
  await keepNextDue(db, caseId);
}
