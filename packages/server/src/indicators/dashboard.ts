import {
  ageBands,
  countFigure,
  formatRatio,
  meanFromTotals,
  rateFigure,
  shareBreakdown,
  shareFigure,
  suppressCounts,
} from '@reintegra/domain';
import { and, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import { serviceProviders } from '../organisation/tables.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { withinScope } from '../platform/scope.ts';
import type { Cohort, DashboardQuery } from './schemas.ts';
import { indicatorCases, indicatorMeetings, indicatorReferrals, indicatorRounds } from './tables.ts';

type FactTable =
  | typeof indicatorCases
  | typeof indicatorMeetings
  | typeof indicatorRounds
  | typeof indicatorReferrals;

/**
 * The rows of a fact table the actor may count and asked for: their scope
 * (own cases, office, mission, all) first, then the filters. A filter can
 * narrow the scope, never widen it. The monthly tables know no caseworker:
 * for a reader who sees only their own cases, or who asks for one
 * caseworker's, they count nothing rather than more than asked.
 */
export function reach(table: FactTable, actor: Actor, q: Omit<DashboardQuery, 'from' | 'to'>): SQL {
  const byCaseworker = 'caseworkerId' in table ? table.caseworkerId : null;
  const owned = actor.scope === 'own' && byCaseworker ? eq(byCaseworker, actor.userId) : sql`false`;
  const caseworker = q.caseworkerId
    ? byCaseworker
      ? eq(byCaseworker, q.caseworkerId)
      : sql`false`
    : undefined;
  return and(
    withinScope(actor, table, owned),
    q.missionId ? eq(table.missionId, q.missionId) : undefined,
    q.officeId ? eq(table.officeId, q.officeId) : undefined,
    caseworker,
    q.sex ? eq(table.sex, q.sex) : undefined,
    q.ageBand ? eq(table.ageBand, q.ageBand) : undefined,
    q.vulnerable === undefined ? undefined : eq(table.vulnerable, q.vulnerable),
  ) as SQL;
}

const ic = indicatorCases;
/** Open at the end of the period's last day (a case closed that day is no longer open). */
const openAtEnd = (to: string) =>
  sql`${ic.openedOn} <= ${to} and (${ic.closedOn} is null or ${ic.closedOn} > ${to})`;
/** Open on some day of the period. */
const openDuring = (from: string, to: string) =>
  sql`${ic.openedOn} <= ${to} and (${ic.closedOn} is null or ${ic.closedOn} >= ${from})`;
/** The outcome indicator reads each returnee's latest scored follow-up round taken in the period. */
const scoredDuring = (from: string, to: string) =>
  sql`${ic.latestRoundOn} between ${from} and ${to} and ${ic.latestRoundKind} <> 'baseline' and ${ic.latestComposite} is not null`;

/** The cases a drill-down lists, each as the figure it opens counts them. */
export function cohortCondition(cohort: Cohort, from: string, to: string): SQL {
  switch (cohort) {
    case 'open_at_end':
      return openAtEnd(to);
    case 'opened':
      return sql`${ic.openedOn} between ${from} and ${to}`;
    case 'closed':
      return sql`${ic.closedOn} between ${from} and ${to}`;
    case 'scored':
      return scoredDuring(from, to);
    case 'reaching':
      return sql`${scoredDuring(from, to)} and ${ic.latestComposite} >= 0.5`;
  }
}

const cmTypes = ['generalist', 'intensive', 'unset'] as const;
const formats = ['in_person', 'phone', 'online'] as const;

/**
 * Every figure of the dashboard for the actor's scope and filters, each with
 * the counts it rests on and withheld below `min` (see the domain's values.ts:
 * a withheld cell cannot be recovered from the shown ones). Definitions are
 * the catalogue's (packages/domain/src/indicators/catalogue.ts).
 */
export async function dashboard(db: Db, actor: Actor, q: DashboardQuery, min: number) {
  const { from, to } = q;
  const cases = reach(ic, actor, q);

  // One pass over the returnees in reach, grouped by the five ways the outcome is split: the
  // caseload adds the groups up, each breakdown adds up its own. A single grouping keeps it one
  // hash lookup a row; the groups are a few hundred at most.
  const scored = cohortCondition('scored', from, to);
  const groups = await db
    .select({
      sex: ic.sex,
      ageBand: ic.ageBand,
      vulnerable: ic.vulnerable,
      country: sql<string>`${ic.country}::text`,
      modality: ic.returnModality,
      openedInPeriod: sql<number>`count(*) filter (where ${cohortCondition('opened', from, to)})::int`,
      closedInPeriod: sql<number>`count(*) filter (where ${cohortCondition('closed', from, to)})::int`,
      daysToClose: sql<number>`coalesce(sum(${ic.closedOn} - ${ic.openedOn}) filter (where ${cohortCondition('closed', from, to)}), 0)::int`,
      openDuring: sql<number>`count(*) filter (where ${openDuring(from, to)})::int`,
      generalist: sql<number>`count(*) filter (where ${openAtEnd(to)} and ${ic.cmType} = 'generalist')::int`,
      intensive: sql<number>`count(*) filter (where ${openAtEnd(to)} and ${ic.cmType} = 'intensive')::int`,
      unset: sql<number>`count(*) filter (where ${openAtEnd(to)} and ${ic.cmType} is null)::int`,
      assignedOpen: sql<number>`count(*) filter (where ${openAtEnd(to)} and ${ic.caseworkerId} is not null)::int`,
      reaching: sql<number>`count(*) filter (where ${scored} and ${ic.latestComposite} >= 0.5)::int`,
      scored: sql<number>`count(*) filter (where ${scored})::int`,
    })
    .from(ic)
    .where(cases)
    .groupBy(ic.sex, ic.ageBand, ic.vulnerable, ic.country, ic.returnModality);
  const sum = (
    k: Exclude<keyof (typeof groups)[number], 'sex' | 'ageBand' | 'vulnerable' | 'country' | 'modality'>,
  ) => groups.reduce((s, g) => s + g[k], 0);
  const counts = {
    openedInPeriod: sum('openedInPeriod'),
    closedInPeriod: sum('closedInPeriod'),
    daysToClose: sum('daysToClose'),
    openDuring: sum('openDuring'),
    generalist: sum('generalist'),
    intensive: sum('intensive'),
    unset: sum('unset'),
    assignedOpen: sum('assignedOpen'),
  };
  // Caseworkers holding open cases: grouped, not count(distinct), which would sort every row.
  const [holders] = await db.select({ n: sql<number>`count(*)::int` }).from(
    db
      .select({ id: ic.caseworkerId })
      .from(ic)
      .where(and(cases, openAtEnd(to), sql`${ic.caseworkerId} is not null`))
      .groupBy(ic.caseworkerId)
      .as('holders'),
  );
  const caseworkers = holders?.n ?? 0;
  const byType = suppressCounts(
    cmTypes.map((t) => counts[t]),
    min,
  );

  const im = indicatorMeetings;
  const meetingRows = await db
    .select({
      format: im.format,
      meetings: sql<number>`sum(${im.meetings})::int`,
      withFamily: sql<number>`sum(${im.withFamily})::int`,
      homeVisits: sql<number>`sum(${im.homeVisits})::int`,
    })
    .from(im)
    .where(and(reach(im, actor, q), gte(im.month, monthOf(from)), lte(im.month, to)))
    .groupBy(im.format);
  const meetingsOf = (f: string) => meetingRows.find((r) => r.format === f)?.meetings ?? 0;
  const total = (k: 'meetings' | 'withFamily' | 'homeVisits') => meetingRows.reduce((s, r) => s + r[k], 0);

  const ir = indicatorRounds;
  const roundRows = await db
    .select({ month: ir.month, tenth: ir.tenth, rounds: sql<number>`sum(${ir.rounds})::int` })
    .from(ir)
    .where(and(reach(ir, actor, q), gte(ir.month, monthOf(from)), lte(ir.month, to)))
    .groupBy(ir.month, ir.tenth)
    .orderBy(ir.month);
  const tenths = Array.from({ length: 10 }, (_, t) =>
    roundRows.filter((r) => r.tenth === t).reduce((s, r) => s + r.rounds, 0),
  );
  const months = [...new Set(roundRows.map((r) => r.month))];

  const breakdown = (keyOf: (g: (typeof groups)[number]) => string) => {
    const by = new Map<string, { key: string; numerator: number; denominator: number }>();
    for (const g of groups) {
      const key = keyOf(g);
      const entry = by.get(key) ?? { key, numerator: 0, denominator: 0 };
      entry.numerator += g.reaching;
      entry.denominator += g.scored;
      by.set(key, entry);
    }
    return [...by.values()].filter((e) => e.denominator > 0).sort((a, b) => a.key.localeCompare(b.key));
  };
  const bySex = breakdown((g) => g.sex);
  const byAge = breakdown((g) => g.ageBand);
  const byVulnerability = breakdown((g) => (g.vulnerable ? 'vulnerable' : 'not_vulnerable'));
  const byCountry = breakdown((g) => g.country);
  const byModality = breakdown((g) => g.modality);
  // Every age band is listed, in order, so that an empty band shows as empty and not as missing.
  const ordered = [...ageBands, 'unknown'].map(
    (band) => byAge.find((g) => g.key === band) ?? { key: band, numerator: 0, denominator: 0 },
  );

  const ir2 = indicatorReferrals;
  const partnerRows = await db
    .select({
      partner: serviceProviders.name,
      sent: sql<number>`sum(${ir2.sent})::int`,
      completed: sql<number>`sum(${ir2.completed})::int`,
      received: sql<number>`sum(${ir2.received})::int`,
    })
    .from(ir2)
    .innerJoin(serviceProviders, eq(serviceProviders.id, ir2.providerId))
    .where(and(reach(ir2, actor, q), gte(ir2.month, monthOf(from)), lte(ir2.month, to)))
    .groupBy(serviceProviders.name)
    .orderBy(serviceProviders.name);

  return {
    minCount: min,
    caseload: {
      // B1/B2: returnees in case management by type at the end of the period.
      byType: cmTypes.map((type, i) => ({ type, count: byType.cells[i] ?? null })),
      openAtEnd: byType.total,
      opened: countFigure(counts.openedInPeriod, min),
      closed: countFigure(counts.closedInPeriod, min),
      // B4: days from opening to closure, for the cases closed in the period.
      meanDaysToClose: meanFromTotals(counts.daysToClose, counts.closedInPeriod, min),
      // C1: open cases with a caseworker over the caseworkers holding them.
      caseworkers: countFigure(caseworkers, min),
      ratio:
        caseworkers >= min && counts.assignedOpen >= min
          ? formatRatio(counts.assignedOpen / caseworkers)
          : null,
    },
    meetings: {
      // B3: meetings in the period per case open in it, by format.
      byFormat: formats.map((format) => ({
        format,
        perCase: rateFigure(meetingsOf(format), counts.openDuring, min),
      })),
      perCase: rateFigure(total('meetings'), counts.openDuring, min),
      // B5 and B6: with the family per open case; at home per caseworker.
      withFamilyPerCase: rateFigure(total('withFamily'), counts.openDuring, min),
      homeVisitsPerCaseworker: rateFigure(total('homeVisits'), caseworkers, min),
    },
    scores: {
      // The distribution of composite scores of the rounds taken in the period, by tenth.
      byTenth: suppressCounts(tenths, min).cells,
      // The trend: per month, the share of rounds at 0.5 or more.
      trend: months.map((month) => {
        const rows = roundRows.filter((r) => r.month === month);
        const all = rows.reduce((s, r) => s + r.rounds, 0);
        const high = rows.filter((r) => r.tenth >= 5).reduce((s, r) => s + r.rounds, 0);
        return { month, share: shareFigure(high, all, min) };
      }),
      // The outcome: returnees whose latest follow-up score reaches 0.5, overall and by group.
      reaching: {
        bySex: shareBreakdown(bySex, min),
        byAgeBand: shareBreakdown(ordered, min),
        byVulnerability: shareBreakdown(byVulnerability, min),
        byCountry: shareBreakdown(byCountry, min),
        byReturnModality: shareBreakdown(byModality, min),
      },
    },
    referrals: partnerRows.map((r) => ({
      partner: r.partner,
      sent: countFigure(r.sent, min),
      completed: shareFigure(r.completed, r.sent, min),
      received: shareFigure(r.received, r.sent, min),
    })),
  };
}

/** The first day of a day's month: monthly facts are keyed by it. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/** The dashboard's answer, as the figure cache keeps it. */
export type Figures = Awaited<ReturnType<typeof dashboard>>;
