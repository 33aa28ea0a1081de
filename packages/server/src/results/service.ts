import {
  type EnteredActualProblem,
  enteredActualProblems,
  fillsActual,
  isoDay,
  latestEnteredActual,
  type ResultRow,
  type ResultRowProblem,
  resultActual,
  resultRowProblems,
} from '@reintegra/domain';
import { and, asc, desc, eq, inArray, notExists, type SQL, sql } from 'drizzle-orm';
import { alias, QueryBuilder } from 'drizzle-orm/pg-core';
import { dashboard } from '../indicators/dashboard.ts';
import { missions } from '../organisation/tables.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, invalidField, notFound, staleVersion } from '../platform/errors.ts';
import { users } from '../users/tables.ts';
import type { ActualInput, FrameworkInput, FrameworkUpdate } from './schemas.ts';
import { resultsActualValues, resultsFrameworkRows, resultsFrameworks } from './tables.ts';

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
  missing_parent: 'No other row of the framework is at this position',
  wrong_parent_level:
    'Links only to the level above: an activity to an output, an output to an outcome, an outcome to an objective',
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

/**
 * Writes the rows as sent: a row sent with its id is updated in place, so the
 * values entered for it stay with it; a row without one is added; a row left
 * out is dropped, unless values were entered for it.
 */
async function writeRows(
  db: Db,
  frameworkId: string,
  rows: readonly (ResultRow & { id?: string | undefined })[],
) {
  const saved = await db
    .select({ id: resultsFrameworkRows.id, statement: resultsFrameworkRows.statement })
    .from(resultsFrameworkRows)
    .where(eq(resultsFrameworkRows.frameworkId, frameworkId));
  const savedIds = new Set(saved.map((r) => r.id));
  const kept = new Set<string>();
  rows.forEach((r, i) => {
    if (r.id === undefined) return;
    if (!savedIds.has(r.id) || kept.has(r.id)) {
      throw invalidField(`body.rows.${i}.id`, 'unknown_row', 'No other row of this framework has this id');
    }
    kept.add(r.id);
  });
  const dropped = saved.filter((r) => !kept.has(r.id));
  if (dropped.length) {
    const [measured] = await db
      .select({ rowId: resultsActualValues.rowId })
      .from(resultsActualValues)
      .where(
        inArray(
          resultsActualValues.rowId,
          dropped.map((r) => r.id),
        ),
      )
      .limit(1);
    if (measured) {
      const statement = dropped.find((r) => r.id === measured.rowId)?.statement ?? '';
      throw new AppError(
        409,
        'row_has_actuals',
        `The row “${statement}” has actual values entered by hand: keep it in the framework`,
      );
    }
    await db.delete(resultsFrameworkRows).where(
      inArray(
        resultsFrameworkRows.id,
        dropped.map((r) => r.id),
      ),
    );
  }
  const added = [];
  for (const [position, { id, ...r }] of rows.entries()) {
    // checkRows has refused a row without a target before any is written.
    const values = { ...r, target: r.target ?? 0, frameworkId, position };
    if (id === undefined) added.push(values);
    else await db.update(resultsFrameworkRows).set(values).where(eq(resultsFrameworkRows.id, id));
  }
  if (added.length) await db.insert(resultsFrameworkRows).values(added);
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

const later = alias(resultsActualValues, 'later');
/** An entry no other corrects: the value of its period. */
const isCurrent = notExists(
  new QueryBuilder({ casing: 'snake_case' })
    .select({ one: sql`1` })
    .from(later)
    .where(eq(later.replaces, resultsActualValues.id)),
);

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
  const handRows = rows.filter((r) => !fillsActual(r.indicatorCode)).map((r) => r.id);
  const entries = handRows.length
    ? await enteredActuals(db, and(inArray(resultsActualValues.rowId, handRows), isCurrent))
    : [];
  return {
    ...found,
    rows: rows.map((r) => ({
      ...r,
      actual: figures ? resultActual(r, figures) : null,
      entered: fillsActual(r.indicatorCode)
        ? null
        : latestEnteredActual(
            entries.filter((e) => e.rowId === r.id),
            r.frequency,
            period,
          ),
    })),
  };
}

/** Entries with who entered them and whether they are still the value of their period, latest period first. */
function enteredActuals(db: Db, where: SQL | undefined) {
  return db
    .select({
      id: resultsActualValues.id,
      rowId: resultsActualValues.rowId,
      period: resultsActualValues.period,
      value: resultsActualValues.value,
      source: resultsActualValues.source,
      note: resultsActualValues.note,
      replaces: resultsActualValues.replaces,
      current: sql<boolean>`${isCurrent}`,
      enteredBy: { id: users.id, name: users.displayName },
      enteredAt: resultsActualValues.enteredAt,
    })
    .from(resultsActualValues)
    .innerJoin(users, eq(users.id, resultsActualValues.enteredBy))
    .where(where)
    .orderBy(
      desc(resultsActualValues.period),
      desc(resultsActualValues.enteredAt),
      desc(resultsActualValues.id),
    );
}

/** A row of a framework in the reader's scope, or 404. */
async function rowInScope(db: Db, actor: Actor, frameworkId: string, rowId: string) {
  await frameworkInScope(db, actor, frameworkId);
  const [row] = await db
    .select()
    .from(resultsFrameworkRows)
    .where(and(eq(resultsFrameworkRows.id, rowId), eq(resultsFrameworkRows.frameworkId, frameworkId)));
  if (!row) throw notFound('Results framework row');
  return row;
}

/** Every value entered for a row, the replaced ones too: a correction leaves what it corrected readable. */
export async function actualHistory(db: Db, actor: Actor, frameworkId: string, rowId: string) {
  await rowInScope(db, actor, frameworkId, rowId);
  return enteredActuals(db, eq(resultsActualValues.rowId, rowId));
}

const entryMessages: Record<EnteredActualProblem['code'], string> = {
  wrong_period: 'Not a reporting period of the row’s frequency',
  future_period: 'This period has not begun yet',
  negative: 'Cannot be below zero',
  percent_range: 'A percentage is at most 100',
  required: 'Required',
};

/**
 * Enters a value for a row the dashboard does not count. A period's first
 * value replaces nothing; a correction names the current value it replaces.
 * The unique indexes of the table settle two entries at once: the second is
 * refused, as it was made without seeing the first.
 */
export async function recordActual(
  db: Db,
  actor: Actor,
  frameworkId: string,
  rowId: string,
  input: ActualInput,
  now: Date,
) {
  const row = await rowInScope(db, actor, frameworkId, rowId);
  if (fillsActual(row.indicatorCode)) {
    throw new AppError(
      409,
      'actual_from_dashboard',
      `The actual value of ${row.indicatorCode} comes from the dashboard: it cannot be entered by hand`,
    );
  }
  const problems = enteredActualProblems(input, row, isoDay(now));
  if (problems.length) {
    const fields = problems.map((p) => ({
      field: `body.${p.field}`,
      code: p.code,
      message: entryMessages[p.code],
    }));
    throw new AppError(400, 'invalid_input', `Invalid body: ${fields[0]?.field}`, fields);
  }
  if (input.replaces !== null) {
    const [replaced] = await db
      .select({ period: resultsActualValues.period })
      .from(resultsActualValues)
      .where(and(eq(resultsActualValues.id, input.replaces), eq(resultsActualValues.rowId, rowId)));
    if (!replaced) throw invalidField('body.replaces', 'unknown_entry', 'No value of this row has this id');
    if (replaced.period !== input.period) {
      throw invalidField(
        'body.period',
        'not_replaced_period',
        'A correction is for the period of the value it replaces',
      );
    }
  }
  const [entered] = await db
    .insert(resultsActualValues)
    .values({ ...input, rowId, enteredBy: actor.userId, enteredAt: now })
    .onConflictDoNothing()
    .returning({ id: resultsActualValues.id });
  if (!entered) {
    if (input.replaces !== null) throw staleVersion();
    throw new AppError(
      409,
      'period_has_value',
      'This period already has a value: correct it, naming the value it replaces',
    );
  }
  const [saved] = await enteredActuals(db, eq(resultsActualValues.id, entered.id));
  if (!saved) throw new Error('entry not read back');
  return saved;
}
