import { and, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { cases } from '../cases/tables.ts';
import { caseReach } from '../cases/visibility.ts';
import { serviceProviders } from '../organisation/tables.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { rssRounds, rssScores } from '../rss/tables.ts';
import { providerServices, referrals } from './tables.ts';

const days = (from: SQL, to: SQL) => sql`extract(epoch from (${to} - ${from})) / 86400`;

/**
 * The figures the referral study worked from (seed-003 part A), for the
 * referrals sent on cases the actor may see: by partner and by service type,
 * how long partners took to accept and to complete, how often the service
 * was received and met the need, the returnees' satisfaction, and the
 * referred returnees' latest composite score beside those assisted directly
 * only (the study found the referred scored lower). Counts under the
 * smallest shown count are withheld.
 */
export async function referralReport(db: Db, actor: Actor, smallestShownCount: number) {
  const shown = (n: number) => (n < smallestShownCount ? null : n);
  const reach = await caseReach(db, actor);
  const sent = and(reach.visible, isNotNull(referrals.sentAt)) as SQL;
  const counts = {
    sent: sql<number>`count(*)::int`,
    accepted: sql<number>`count(${referrals.acceptedAt})::int`,
    completed: sql<number>`count(*) filter (where ${referrals.status} = 'completed')::int`,
    declined: sql<number>`count(*) filter (where ${referrals.status} = 'declined')::int`,
    notDelivered: sql<number>`count(*) filter (where ${referrals.status} = 'not_delivered')::int`,
    open: sql<number>`count(*) filter (where ${referrals.status} in ('sent', 'accepted', 'in_progress'))::int`,
  };
  const byProvider = await db
    .select({ provider: serviceProviders.name, ...counts })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(serviceProviders, eq(serviceProviders.id, referrals.providerId))
    .where(sent)
    .groupBy(serviceProviders.name)
    .orderBy(serviceProviders.name);
  const byService = await db
    .select({ type: providerServices.type, ...counts })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(providerServices, eq(providerServices.id, referrals.serviceId))
    .where(sent)
    .groupBy(providerServices.type)
    .orderBy(providerServices.type);
  const [overall] = await db
    .select({
      ...counts,
      medianDaysToAccept: sql<
        number | null
      >`percentile_cont(0.5) within group (order by ${days(sql`${referrals.sentAt}`, sql`${referrals.acceptedAt}`)})`,
      medianDaysToComplete: sql<
        number | null
      >`percentile_cont(0.5) within group (order by ${days(sql`${referrals.sentAt}`, sql`${referrals.completedAt}`)})`,
      outcomes: sql<number>`count(${referrals.received})::int`,
      received: sql<number>`count(*) filter (where ${referrals.received})::int`,
      metNeed: sql<number>`count(*) filter (where ${referrals.metNeed})::int`,
      rated: sql<number>`count(${referrals.returneeSatisfaction})::int`,
      meanSatisfaction: sql<number | null>`avg(${referrals.returneeSatisfaction})::float`,
    })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .where(sent);

  // Latest composite per case, then split by whether any referral of the case was sent.
  const latest = db
    .selectDistinctOn([rssRounds.caseId], { caseId: rssRounds.caseId, composite: rssScores.composite })
    .from(rssRounds)
    .innerJoin(cases, eq(cases.id, rssRounds.caseId))
    .innerJoin(
      rssScores,
      and(eq(rssScores.roundId, rssRounds.id), eq(rssScores.current, true), isNull(rssScores.country)),
    )
    .where(and(eq(rssRounds.status, 'completed'), reach.visible))
    .orderBy(rssRounds.caseId, sql`${rssRounds.interviewedOn} desc`)
    .as('latest');
  const referred = sql<boolean>`exists (select 1 from ${referrals} where ${referrals.caseId} = ${latest.caseId} and ${referrals.sentAt} is not null)`;
  const scores = await db
    .select({
      referred,
      returnees: sql<number>`count(*)::int`,
      meanComposite: sql<number | null>`avg(${latest.composite})::float`,
    })
    .from(latest)
    .groupBy(referred);
  const group = (wanted: boolean) => {
    const row = scores.find((s) => s.referred === wanted);
    const n = row?.returnees ?? 0;
    return {
      returnees: shown(n),
      meanComposite: n >= smallestShownCount ? (row?.meanComposite ?? null) : null,
    };
  };

  const withheld = <T extends Record<string, unknown>>(row: T) =>
    Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'number' ? shown(v) : v])) as {
      [K in keyof T]: T[K] extends number ? number | null : T[K];
    };
  const o = overall ?? { sent: 0, outcomes: 0, received: 0, metNeed: 0, rated: 0, completed: 0 };
  const enough = (o.sent ?? 0) >= smallestShownCount;
  return {
    smallestShownCount,
    byProvider: byProvider.map(withheld),
    byService: byService.map(withheld),
    sent: shown(o.sent ?? 0),
    completionRate: enough ? (o.completed ?? 0) / (o.sent as number) : null,
    medianDaysToAccept: enough ? (overall?.medianDaysToAccept ?? null) : null,
    medianDaysToComplete: enough ? (overall?.medianDaysToComplete ?? null) : null,
    receivedRate: (o.outcomes ?? 0) >= smallestShownCount ? (o.received ?? 0) / (o.outcomes as number) : null,
    metNeedRate: (o.outcomes ?? 0) >= smallestShownCount ? (o.metNeed ?? 0) / (o.outcomes as number) : null,
    meanSatisfaction: (o.rated ?? 0) >= smallestShownCount ? (overall?.meanSatisfaction ?? null) : null,
    scores: { referred: group(true), directOnly: group(false) },
  };
}
