import {
  fillsActual,
  type ResultRow,
  type ResultRowProblem,
  resultActual,
  resultRowProblems,
} from '@reintegra/domain';
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import { dashboard } from '../indicators/dashboard.ts';
import { missions } from '../organisation/tables.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, invalidField, notFound, staleVersion } from '../platform/errors.ts';
import type { FrameworkInput, FrameworkUpdate } from './schemas.ts';
import { resultsFrameworkRows, resultsFrameworks } from './tables.ts';

/**
 * The frameworks a reader sees: every mission's with an organisation-wide
 * scope, otherwise their own mission's. A framework is the mission's plan, not
 * an office's, so office and own scopes see it whole.
 */
function readable(actor: Actor): SQL {
  if (actor.scope === 'all') return sql`true`;
  return actor.missionId ? eq(resultsFrameworks.missionId, actor.missionId) : sql`false`;
}

export async function frameworksInScope(db: Db, actor: Actor) {
  return db
    .select({ framework: resultsFrameworks, missionName: missions.name })
    .from(resultsFrameworks)
    .innerJoin(missions, eq(missions.id, resultsFrameworks.missionId))
    .where(readable(actor))
    .orderBy(asc(missions.name), asc(resultsFrameworks.programme), asc(resultsFrameworks.id));
}

async function frameworkInScope(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({ framework: resultsFrameworks, missionName: missions.name })
    .from(resultsFrameworks)
    .innerJoin(missions, eq(missions.id, resultsFrameworks.missionId))
    .where(and(eq(resultsFrameworks.id, id), readable(actor)));
  if (!row) throw notFound('Results framework');
  return row;
}

const problemMessages: Record<ResultRowProblem['code'], string> = {
  required: 'Required',
  unknown_indicator: 'No indicator of the catalogue has this code',
  code_and_text: 'Give a catalogue indicator or your own wording, not both',
  unit_mismatch: 'This indicator’s actual value comes in another unit',
  negative: 'Cannot be below zero',
  percent_range: 'A percentage is at most 100',
};

/** Every problem of the rows as a 400 naming its field, e.g. `body.rows.2.target`. */
function checkRows(rows: readonly ResultRow[]): void {
  const problems = resultRowProblems(rows);
  if (!problems.length) return;
  const fields = problems.map((p) => ({
    field: `body.rows.${p.row}.${p.field}`,
    code: p.code,
    message: problemMessages[p.code],
  }));
  throw new AppError(400, 'invalid_input', `Invalid body: ${fields[0]?.field}`, fields);
}

async function writeRows(db: Db, frameworkId: string, rows: readonly ResultRow[]) {
  await db.delete(resultsFrameworkRows).where(eq(resultsFrameworkRows.frameworkId, frameworkId));
  if (rows.length) {
    await db.insert(resultsFrameworkRows).values(
      // checkRows has refused a row without a target before any is written.
      rows.map((r, position) => ({ ...r, target: r.target ?? 0, frameworkId, position })),
    );
  }
}

export async function createFramework(db: Db, actor: Actor, input: FrameworkInput, now: Date) {
  // A planner places a framework in their own mission; only an organisation-wide scope places it anywhere.
  const [mission] = await db
    .select({ id: missions.id })
    .from(missions)
    .where(and(eq(missions.id, input.missionId), eq(missions.active, true)));
  if (!mission || (actor.scope !== 'all' && actor.missionId !== input.missionId)) {
    throw invalidField('body.missionId', 'out_of_scope', 'No active mission of yours has this id');
  }
  checkRows(input.rows);
  const [created] = await db
    .insert(resultsFrameworks)
    .values({
      missionId: input.missionId,
      programme: input.programme,
      createdBy: actor.userId,
      createdAt: now,
      updatedBy: actor.userId,
      updatedAt: now,
    })
    .returning({ id: resultsFrameworks.id });
  if (!created) throw new Error('insert returned no row');
  await writeRows(db, created.id, input.rows);
  return created.id;
}

export async function updateFramework(db: Db, actor: Actor, id: string, input: FrameworkUpdate, now: Date) {
  await frameworkInScope(db, actor, id);
  checkRows(input.rows);
  // The version in the condition: of two edits of the same version, the second updates nothing.
  const [updated] = await db
    .update(resultsFrameworks)
    .set({ programme: input.programme, updatedBy: actor.userId, updatedAt: now, version: input.version + 1 })
    .where(and(eq(resultsFrameworks.id, id), eq(resultsFrameworks.version, input.version)))
    .returning({ id: resultsFrameworks.id });
  if (!updated) throw staleVersion();
  await writeRows(db, id, input.rows);
}

/**
 * A framework with its rows and, where a row's indicator is on the dashboard,
 * the actual value over the period for the framework's mission. The figures are
 * those the reader may count (dashboard() keeps to their scope, so an office
 * reader's are their office's) and small ones stay withheld.
 */
export async function frameworkWithActuals(
  db: Db,
  actor: Actor,
  id: string,
  period: { from: string; to: string },
  minCount: number,
) {
  const found = await frameworkInScope(db, actor, id);
  const rows = await db
    .select()
    .from(resultsFrameworkRows)
    .where(eq(resultsFrameworkRows.frameworkId, id))
    .orderBy(asc(resultsFrameworkRows.position));
  // The dashboard is computed only when some row is filled in from it.
  const figures = rows.some((r) => fillsActual(r.indicatorCode))
    ? await dashboard(db, actor, { ...period, missionId: found.framework.missionId }, minCount)
    : null;
  return {
    ...found,
    rows: rows.map((r) => ({ ...r, actual: figures ? resultActual(r, figures) : null })),
  };
}
