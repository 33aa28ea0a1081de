// The dashboard's meetings (seed-000 Annex 2): B3 meetings per case (L917) by format, by the
// case-management type on the meeting's day, by type of meeting and by reason; B5 meetings with the
// family per case (L920); B6 home visits per caseworker (L921). Read from indicator_meetings and,
// for the cases of each CM type, indicator_cm_types (refresh.ts).
import {
  type Figure,
  meetingFormats,
  meetingReasons,
  meetingTypes,
  rateFigure,
  suppressCounts,
  suppressTable,
  withheldFigure,
} from '@reintegra/domain';
import { and, countDistinct, gte, lte, sql } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { monthOf, reach } from './reach.ts';
import { type CmTypeGroup, cmTypeGroups, type DashboardQuery } from './schemas.ts';
import { indicatorCmTypes, indicatorMeetings } from './tables.ts';

const typeOf = (cmType: string | null) => (cmType ?? 'unset') as CmTypeGroup;

/**
 * B3's denominator by CM type, as the catalogue defines it, is the cases open in the period that had
 * the type on some day of it while open, so a case that changed type counts under both. Most cases
 * never change type: the caseload's pass counts those under their type (`unchangedOpen`); the few
 * that changed are counted here from their stretches (indicator_cm_types, which carries what the
 * reach needs), once under each type they had on an open day of the period.
 */
async function changedCasesByCmType(db: Db, actor: Actor, q: DashboardQuery) {
  const ict = indicatorCmTypes;
  // The open days of the period: from the later of its start and the opening to the earlier of its
  // end and the closure (least and greatest pass over a null closure).
  const overlaps = sql`(${ict.since} is null or ${ict.since} <= least(${q.to}::date, ${ict.closedOn}))
    and (${ict.until} is null or ${ict.until} > greatest(${q.from}::date, ${ict.openedOn}))`;
  const openInPeriod = sql`${ict.openedOn} <= ${q.to} and (${ict.closedOn} is null or ${ict.closedOn} >= ${q.from})`;
  return db
    .select({ cmType: ict.cmType, cases: countDistinct(ict.caseId) })
    .from(ict)
    .where(and(reach(ict, actor, q), openInPeriod, overlaps))
    .groupBy(ict.cmType);
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
  {
    openCases,
    caseworkers,
    unchangedOpen,
  }: { openCases: number; caseworkers: number; unchangedOpen: Record<CmTypeGroup, number> },
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
  const casesOf = { ...unchangedOpen };
  for (const r of await changedCasesByCmType(db, actor, q)) casesOf[typeOf(r.cmType)] += r.cases;
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
    cmTypeGroups.map((t) =>
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
    byCmType: cmTypeGroups.map((cmType, i) => {
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
