import {
  ageBands,
  countFigure,
  formatRatio,
  meanFromTotals,
  shareBreakdown,
  shareFigure,
  suppressCounts,
} from '@reintegra/domain';
import { and, eq, gte, lte, sql } from 'drizzle-orm';
import { serviceProviders } from '../organisation/tables.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { accountabilityFigures } from './accountability.ts';
import { meetingFigures } from './meetings.ts';
import { cohortCondition, monthOf, openDuring, reach } from './reach.ts';
import { cmTypeGroups, type DashboardQuery } from './schemas.ts';
import { indicatorCases, indicatorReferrals, indicatorRounds } from './tables.ts';

const ic = indicatorCases;

/**
 * The dashboard's figures read from the fact tables, for the actor's reach
 * and filters, each with the counts it rests on and withheld below `min` (see
 * the domain's values.ts: a withheld cell cannot be recovered from the shown
 * ones). Definitions are the catalogue's (packages/domain/src/indicators/catalogue.ts).
 * They change only when the tables are rebuilt and are the same for every
 * reader of the same reach, so the route keeps them (figure-cache.ts).
 */
export async function factFigures(db: Db, actor: Actor, q: DashboardQuery, min: number) {
  const { from, to } = q;
  const cases = reach(ic, actor, q);

  // One pass over the returnees in reach, grouped by the five ways the outcome is split: the
  // caseload adds the groups up, each breakdown adds up its own. A single grouping keeps it one
  // hash lookup a row; the groups are a few hundred at most.
  const scored = cohortCondition('scored', from, to);
  const unchangedOpen = sql`${openDuring(from, to)} and not ${ic.cmTypeChanged}`;
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
      // B3's cases of each type, those whose type never changed (meetings.ts counts the others).
      unchangedGeneralist: sql<number>`count(*) filter (where ${unchangedOpen} and ${ic.cmType} = 'generalist')::int`,
      unchangedIntensive: sql<number>`count(*) filter (where ${unchangedOpen} and ${ic.cmType} = 'intensive')::int`,
      unchangedUnset: sql<number>`count(*) filter (where ${unchangedOpen} and ${ic.cmType} is null)::int`,
      generalist: sql<number>`count(*) filter (where ${cohortCondition('open_at_end', from, to)} and ${ic.cmType} = 'generalist')::int`,
      intensive: sql<number>`count(*) filter (where ${cohortCondition('open_at_end', from, to)} and ${ic.cmType} = 'intensive')::int`,
      unset: sql<number>`count(*) filter (where ${cohortCondition('open_at_end', from, to)} and ${ic.cmType} is null)::int`,
      assignedOpen: sql<number>`count(*) filter (where ${cohortCondition('open_at_end', from, to)} and ${ic.caseworkerId} is not null)::int`,
      reaching: sql<number>`count(*) filter (where ${scored} and ${ic.latestComposite} >= 0.5)::int`,
      scored: sql<number>`count(*) filter (where ${scored})::int`,
      businessPlans: sql<number>`count(*) filter (where ${cohortCondition('business_plans', from, to)})::int`,
      businessRecommended: sql<number>`count(*) filter (where ${cohortCondition('business_plans', from, to)} and ${ic.recommendedBusinessType} is not null)::int`,
      businessFollowed: sql<number>`count(*) filter (where ${cohortCondition('business_plans', from, to)} and ${ic.recommendedBusinessType} = ${ic.chosenBusinessType})::int`,
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
    businessPlans: sum('businessPlans'),
    businessRecommended: sum('businessRecommended'),
    businessFollowed: sum('businessFollowed'),
  };
  // Caseworkers holding open cases (C1, and C2's caseworkers): grouped, not distinct, which would
  // sort every row; a few hundred at most.
  const holders = (
    await db
      .select({ id: ic.caseworkerId })
      .from(ic)
      .where(and(cases, cohortCondition('open_at_end', from, to), sql`${ic.caseworkerId} is not null`))
      .groupBy(ic.caseworkerId)
  ).flatMap((r) => (r.id ? [r.id] : []));
  const caseworkers = holders.length;
  const byType = suppressCounts(
    cmTypeGroups.map((t) => counts[t]),
    min,
  );

  const meetings = await meetingFigures(db, actor, q, min, {
    openCases: counts.openDuring,
    caseworkers,
    unchangedOpen: {
      generalist: sum('unchangedGeneralist'),
      intensive: sum('unchangedIntensive'),
      unset: sum('unchangedUnset'),
    },
  });

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
    /** C2 counts complaints against these (accountability.ts); dropped from the answer. */
    holders,
    minCount: min,
    caseload: {
      // B1/B2: returnees in case management by type at the end of the period.
      byType: cmTypeGroups.map((type, i) => ({ type, count: byType.cells[i] ?? null })),
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
    // B3, B5 and B6 (meetings.ts).
    meetings,
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
    business: {
      // C3: plans with a micro-business approved in the period, the share with the caseworker's recommended
      // type recorded, and of those the share where the returnee chose the type recommended.
      plans: countFigure(counts.businessPlans, min),
      recommended: shareFigure(counts.businessRecommended, counts.businessPlans, min),
      followed: shareFigure(counts.businessFollowed, counts.businessRecommended, min),
    },
    referrals: partnerRows.map((r) => ({
      partner: r.partner,
      sent: countFigure(r.sent, min),
      completed: shareFigure(r.completed, r.sent, min),
      received: shareFigure(r.received, r.sent, min),
    })),
  };
}
export type FactFigures = Awaited<ReturnType<typeof factFigures>>;

/**
 * Every figure of the dashboard: those of the fact tables, from `facts` when
 * the caller keeps them, and A2, C2 and C4, read from the complaint and
 * wellbeing records for each reader (accountability.ts says why).
 */
export async function dashboard(
  db: Db,
  actor: Actor,
  q: DashboardQuery,
  min: number,
  facts: () => Promise<FactFigures> = () => factFigures(db, actor, q, min),
) {
  const { holders, ...figures } = await facts();
  return { ...figures, accountability: await accountabilityFigures(db, actor, q, min, holders) };
}
