// The dashboard's meetings (seed-000 Annex 2): B3 meetings per case (L917) by format, by the
// case-management type on the meeting's day, by type of meeting and by reason; B5 meetings with the
// family per case (L920); B6 home visits per caseworker (L921). Read from indicator_meetings and,
// for the cases of each CM type, indicator_cm_types (refresh.ts).
import {
  caseManagementTypes,
  type Figure,
  meetingFormats,
  meetingReasons,
  meetingTypes,
  rateFigure,
  suppressCounts,
  suppressTable,
  withheldFigure,
} from '@reintegra/domain';
import { and, countDistinct, eq, gte, lte, sql } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import { type Db, inTurn } from '../platform/db.ts';
import { monthOf, openDuring, reach } from './reach.ts';
import type { DashboardQuery } from './schemas.ts';
import { indicatorCases, indicatorCmTypes, indicatorMeetings } from './tables.ts';

const cmTypes = [...caseManagementTypes, 'unset'] as const;
type CmType = (typeof cmTypes)[number];
const typeOf = (cmType: string | null) => (cmType ?? 'unset') as CmType;

/**
 * B3's denominator by CM type, as the catalogue defines it: the cases open in the period that had
 * the type on some day of it while open, so a case that changed type counts under both. Most cases
 * never change type: all are counted under their type now in one pass, then the few that changed
 * (those with stretches in indicator_cm_types) are moved from their type now to the types they had.
 */
async function casesByCmType(db: Db, actor: Actor, q: DashboardQuery): Promise<Record<CmType, number>> {
  const ic = indicatorCases;
  const ict = indicatorCmTypes;
  const open = and(reach(ic, actor, q), openDuring(q.from, q.to));
  // The open days of the period: from the later of its start and the opening to the earlier of its
  // end and the closure (least and greatest pass over a null closure).
  const overlaps = sql`(${ict.since} is null or ${ict.since} <= least(${q.to}::date, ${ic.closedOn}))
    and (${ict.until} is null or ${ict.until} > greatest(${q.from}::date, ${ic.openedOn}))`;
  const [now, changedNow, changedThen] = await inTurn([
    db
      .select({ cmType: ic.cmType, cases: sql<number>`count(*)::int` })
      .from(ic)
      .where(open)
      .groupBy(ic.cmType),
    db
      .select({ cmType: ic.cmType, cases: countDistinct(ic.caseId) })
      .from(ict)
      .innerJoin(ic, eq(ic.caseId, ict.caseId))
      .where(open)
      .groupBy(ic.cmType),
    db
      .select({ cmType: ict.cmType, cases: countDistinct(ict.caseId) })
      .from(ict)
      .innerJoin(ic, eq(ic.caseId, ict.caseId))
      .where(and(open, overlaps))
      .groupBy(ict.cmType),
  ]);
  const cases = Object.fromEntries(cmTypes.map((t) => [t, 0])) as Record<CmType, number>;
  for (const r of now) cases[typeOf(r.cmType)] += r.cases;
  for (const r of changedNow) cases[typeOf(r.cmType)] -= r.cases;
  for (const r of changedThen) cases[typeOf(r.cmType)] += r.cases;
  return cases;
}

/**
 * The meetings figures for the reader's scope and filters. `openCases` are the cases open in the
 * period, `caseworkers` those holding open cases, as the caseload counts them. Each breakdown that
 * adds up to a shown total (the types of meeting to the meetings; the CM types and formats to their
 * rows and columns) is withheld as values.ts says, so that no withheld cell comes back by
 * subtraction; the reasons overlap (a meeting may have several, or none) and add up to nothing.
 */
export async function meetingFigures(
  db: Db,
  actor: Actor,
  q: DashboardQuery,
  min: number,
  { openCases, caseworkers }: { openCases: number; caseworkers: number },
) {
  const im = indicatorMeetings;
  const rows = await db
    .select({
      cmType: im.cmType,
      format: im.format,
      meetingType: im.meetingType,
      meetings: sql<number>`sum(${im.meetings})::int`,
      withFamily: sql<number>`sum(${im.withFamily})::int`,
      homeVisits: sql<number>`sum(${im.homeVisits})::int`,
      economic: sql<number>`sum(${im.economic})::int`,
      social: sql<number>`sum(${im.social})::int`,
      psychosocial: sql<number>`sum(${im.psychosocial})::int`,
    })
    .from(im)
    .where(and(reach(im, actor, q), gte(im.month, monthOf(q.from)), lte(im.month, q.to)))
    .groupBy(im.cmType, im.format, im.meetingType);
  const casesOf = await casesByCmType(db, actor, q);
  type Row = (typeof rows)[number];
  const total = (k: 'meetings' | 'withFamily' | 'homeVisits' | 'economic' | 'social' | 'psychosocial') =>
    rows.reduce((s, r) => s + r[k], 0);
  const meetingsWhere = (holds: (r: Row) => boolean) =>
    rows.filter(holds).reduce((s, r) => s + r.meetings, 0);
  /** A rate on a cell of a withheld breakdown: withheld with its cell. */
  const cellRate = (cell: number | null | undefined, denominator: number): Figure =>
    cell === null || cell === undefined ? withheldFigure : rateFigure(cell, denominator, min);

  // Rows: the CM types; columns: the formats; the last column holds each type's meetings.
  const byTypeAndFormat = suppressTable(
    cmTypes.map((t) =>
      meetingFormats.map((f) => meetingsWhere((r) => typeOf(r.cmType) === t && r.format === f)),
    ),
    min,
  );
  const byMeetingType = suppressCounts(
    meetingTypes.map((mt) => meetingsWhere((r) => r.meetingType === mt)),
    min,
  ).cells;

  return {
    // B3: meetings in the period per case open in it, by format.
    byFormat: meetingFormats.map((format) => ({
      format,
      perCase: rateFigure(
        meetingsWhere((r) => r.format === format),
        openCases,
        min,
      ),
    })),
    perCase: rateFigure(total('meetings'), openCases, min),
    // B3 by the CM type on the meeting's day, over the cases that had that type in the period; by
    // format within each type (seed-000 L917: "per type of case management support and meeting format").
    byCmType: cmTypes.map((cmType, i) => {
      const line = byTypeAndFormat[i] ?? [];
      return {
        cmType,
        perCase: cellRate(line[meetingFormats.length], casesOf[cmType]),
        byFormat: meetingFormats.map((format, j) => ({
          format,
          perCase: cellRate(line[j], casesOf[cmType]),
        })),
      };
    }),
    // B3's further splits (L917): "type of meeting" and "reason for meetings", per case open in the period.
    byMeetingType: meetingTypes.map((meetingType, i) => ({
      meetingType,
      perCase: cellRate(byMeetingType[i], openCases),
    })),
    byReason: meetingReasons.map((reason) => ({
      reason,
      perCase: rateFigure(total(reason), openCases, min),
    })),
    // B5 and B6: with the family per open case; at home per caseworker.
    withFamilyPerCase: rateFigure(total('withFamily'), openCases, min),
    homeVisitsPerCaseworker: rateFigure(total('homeVisits'), caseworkers, min),
  };
}
