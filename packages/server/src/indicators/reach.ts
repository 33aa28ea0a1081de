// Which rows of the fact tables a figure counts: the reader's reach and the
// dashboard's filters, and the cases each drill-down lists. Shared by the
// dashboard's parts (dashboard.ts, meetings.ts, accountability.ts) and the
// cases behind a figure (cases.ts).
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import { withinScope } from '../platform/scope.ts';
import type { Cohort, DashboardQuery } from './schemas.ts';
import {
  indicatorCases,
  type indicatorCmTypes,
  type indicatorMeetings,
  type indicatorReferrals,
  type indicatorRounds,
} from './tables.ts';

type FactTable =
  | typeof indicatorCases
  | typeof indicatorCmTypes
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
export const openDuring = (from: string, to: string) =>
  sql`${ic.openedOn} <= ${to} and (${ic.closedOn} is null or ${ic.closedOn} >= ${from})`;
/** The outcome indicator reads each returnee's latest scored follow-up round taken in the period. */
const scoredDuring = (from: string, to: string) =>
  sql`${ic.latestRoundOn} between ${from} and ${to} and ${ic.latestRoundKind} <> 'baseline' and ${ic.latestComposite} is not null`;
/** C3 counts the plans with an individual micro-business approved in the period. */
const businessPlanned = (from: string, to: string) =>
  sql`${ic.businessPlanApprovedOn} between ${from} and ${to}`;

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
    case 'business_plans':
      return businessPlanned(from, to);
  }
}

/** The first day of a day's month: monthly facts are keyed by it. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;
