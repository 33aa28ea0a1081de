// The dashboard's accountability figures from seed-000 Annex 2: returnees
// satisfied with their caseworker (A2, L906), complaints about caseworkers per
// caseworker (C2, L929) and staff able to manage work-related stress (C4,
// L933). They are read from the complaint and wellbeing records as those
// modules read them for their own pages (complaints/indicator-records.ts,
// complaints/wellbeing.ts), computed by the domain's reference functions and
// withheld by values.ts, so each reads the same here as there.
//
// Unlike the rest of the dashboard they are not read from the fact tables:
// they change when a complaint is recorded, not when the facts are rebuilt, and
// they depend on who reads them, since nobody has complaints that concern them
// counted (complaints/service.ts readableComplaints). So the route's figure
// cache keeps the fact tables' figures only, and these are read each time
// (dashboard.ts dashboard).
import {
  complaintChannels,
  complaintStatuses,
  countFigure,
  type Disaggregation,
  defaultMinCount,
  indicatorA2,
  indicatorC2,
  indicatorDefinition,
  type ReportPeriod,
  rateFigure,
  shareFigure,
  suppressCounts,
  surveyYearOf,
} from '@reintegra/domain';
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { caseworkerFeedbackRecords, complaintRecords } from '../complaints/indicator-records.ts';
import { complaints } from '../complaints/tables.ts';
import { wellbeingSummary } from '../complaints/wellbeing.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { withinScope } from '../platform/scope.ts';
import type { DashboardQuery } from './schemas.ts';
import { indicatorCases } from './tables.ts';

/** The catalogue's name for the split each filter of the dashboard asks for. */
const splitOfFilter = {
  missionId: 'mission',
  officeId: 'office',
  caseworkerId: 'caseworker',
  sex: 'sex',
  ageBand: 'ageBand',
  vulnerable: 'vulnerability',
} as const satisfies Partial<Record<keyof DashboardQuery, Disaggregation>>;

/**
 * An indicator's figures, or none when a filter asks for a split its records
 * do not carry (the catalogue's disaggregations): given for everyone, the
 * figure would count more than was asked. `notSplitBy` names those filters.
 */
async function splitAsAsked<T>(
  code: 'A2' | 'C2' | 'C4',
  q: DashboardQuery,
  figures: () => Promise<T>,
): Promise<{ notSplitBy: Disaggregation[]; figures: T | null }> {
  const splits = indicatorDefinition(code)?.disaggregations ?? [];
  const notSplitBy = Object.entries(splitOfFilter).flatMap(([filter, split]) =>
    q[filter as keyof typeof splitOfFilter] !== undefined && !splits.includes(split) ? [split] : [],
  );
  return { notSplitBy, figures: notSplitBy.length > 0 ? null : await figures() };
}

/**
 * The complaints the dashboard counts for a reader, beyond those they may
 * read: only those placed in their scope, so one they handle or recorded for
 * another office is not counted in their office's figures; then the place and
 * the caseworker asked for. A reader who sees only their own cases counts none:
 * those about them are kept from them and the others are not theirs.
 */
function complaintReach(actor: Actor, q: DashboardQuery): SQL {
  return and(
    withinScope(actor, complaints, sql`false`),
    q.missionId ? eq(complaints.missionId, q.missionId) : undefined,
    q.officeId ? eq(complaints.officeId, q.officeId) : undefined,
    q.caseworkerId ? eq(complaints.concernedUserId, q.caseworkerId) : undefined,
  ) as SQL;
}

/**
 * A2 split by the returnee's sex, age band at return and vulnerability, as
 * their case counts them on the rest of the dashboard: every answer about a
 * caseworker names its case.
 */
function returneesAsked(db: Db, q: DashboardQuery): SQL | undefined {
  if (q.sex === undefined && q.ageBand === undefined && q.vulnerable === undefined) return undefined;
  const ic = indicatorCases;
  return inArray(
    complaints.caseId,
    db
      .select({ caseId: ic.caseId })
      .from(ic)
      .where(
        and(
          q.sex ? eq(ic.sex, q.sex) : undefined,
          q.ageBand ? eq(ic.ageBand, q.ageBand) : undefined,
          q.vulnerable === undefined ? undefined : eq(ic.vulnerable, q.vulnerable),
        ),
      ),
  );
}

/**
 * A2, C2 and C4 for the dashboard's period, scope and filters, each with the
 * counts it rests on and withheld below `min`. C2's caseworkers are those
 * holding cases open at the end of the period, as the caseload counts them
 * (C1): `holders`, from the dashboard's figures.
 */
export async function accountabilityFigures(
  db: Db,
  actor: Actor,
  q: DashboardQuery,
  min: number,
  holders: readonly string[],
) {
  const period: ReportPeriod = { from: q.from, to: q.to };
  const reached = complaintReach(actor, q);

  const satisfaction = await splitAsAsked('A2', q, async () => {
    const feedback = await caseworkerFeedbackRecords(db, actor, period, and(reached, returneesAsked(db, q)));
    const a2 = indicatorA2(feedback, period);
    return { satisfied: shareFigure(a2.numerator, a2.denominator, min) };
  });

  const complaintFigures = await splitAsAsked('C2', q, async () => {
    const records = await complaintRecords(db, actor, period, reached);
    const c2 = indicatorC2(records, holders, period);
    // How the complaints about caseworkers came in and where their handling stands: two breakdowns of C2's count.
    const aboutCaseworker = records.filter((r) => r.about === 'caseworker');
    const byChannel = suppressCounts(
      complaintChannels.map((channel) => aboutCaseworker.filter((r) => r.channel === channel).length),
      min,
    );
    const byStatus = suppressCounts(
      complaintStatuses.map((status) => aboutCaseworker.filter((r) => r.status === status).length),
      min,
    );
    return {
      aboutCaseworkers: countFigure(c2.numerator, min),
      perCaseworker: rateFigure(c2.numerator, c2.denominator, min),
      aboutAssistance: countFigure(c2.aboutAssistance, min),
      byChannel: complaintChannels.map((channel, i) => ({ channel, count: byChannel.cells[i] ?? null })),
      byStatus: complaintStatuses.map((status, i) => ({ status, count: byStatus.cells[i] ?? null })),
    };
  });

  // Staff were told no figure rests on fewer than five answers (the survey page): a lower minimum
  // set for the dashboard does not reach their answers.
  const wellbeingMin = Math.max(min, defaultMinCount);
  const wellbeing = await splitAsAsked('C4', q, async () => {
    const summary = await wellbeingSummary(db, actor, period, q, wellbeingMin);
    return { respondents: summary.respondents, ableToManageStress: summary.ableToManageStress };
  });

  return {
    satisfaction,
    complaints: complaintFigures,
    wellbeing: {
      ...wellbeing,
      // The survey is yearly: the answers of every survey year the period shares a day with.
      surveyYears: { from: surveyYearOf(q.from), to: surveyYearOf(q.to) },
      minCount: wellbeingMin,
    },
  };
}
