import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { cases } from '../cases/tables.ts';
import { caseReach } from '../cases/visibility.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { cohortCondition, reach } from './reach.ts';
import type { DrillDownFilters } from './schemas.ts';
import { indicatorCases as ic } from './tables.ts';

/** The rows of the cases behind a figure that the reader may open. */
async function behind(db: Db, actor: Actor, q: DrillDownFilters): Promise<SQL> {
  const visible = (await caseReach(db, actor)).visible;
  const cmType =
    q.cmType === undefined ? undefined : q.cmType === 'unset' ? isNull(ic.cmType) : eq(ic.cmType, q.cmType);
  return and(reach(ic, actor, q), cohortCondition(q.cohort, q.from, q.to), cmType, visible) as SQL;
}

/**
 * The cases behind a figure: the same rows the figure counted, and of those
 * only the ones the reader may open (a restricted case only for staff named
 * on it). The figure may count more than the list shows; it never shows one
 * the reader could not open from the case list. A page at a time, by reference.
 */
export async function casesBehind(
  db: Db,
  actor: Actor,
  q: DrillDownFilters,
  page: { limit: number; offset: number },
) {
  return db
    .select({
      id: cases.id,
      reference: cases.reference,
      status: cases.status,
      cmType: ic.cmType,
      openedOn: ic.openedOn,
      closedOn: ic.closedOn,
      latestComposite: ic.latestComposite,
    })
    .from(ic)
    .innerJoin(cases, eq(cases.id, ic.caseId))
    .where(await behind(db, actor, q))
    .orderBy(asc(cases.reference))
    .limit(page.limit)
    .offset(page.offset);
}

export async function countCasesBehind(db: Db, actor: Actor, q: DrillDownFilters) {
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(ic)
    .innerJoin(cases, eq(cases.id, ic.caseId))
    .where(await behind(db, actor, q));
  return count?.n ?? 0;
}
