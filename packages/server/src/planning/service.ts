// The Annex 3 caseworker workload planner (seed-000 L935–L1074) on the
// server: the arithmetic is the domain's (planning/workload.ts); this module
// checks requests with it and reads the real figures a plan can start from.
import {
  type ActualCaseload,
  addDays,
  type BeneficiaryTask,
  type CaseManagementType,
  type CaseStatus,
  caseManagementTypes,
  comparePlannedRatio,
  exampleTaskEstimates,
  isoDay,
  type MeetingFormat,
  meetingFormats,
  planWorkload,
  rowsFromActuals,
  type SessionSetting,
  type WorkloadRequest,
  type WorkloadResult,
  workloadProblems,
} from '@reintegra/domain';
import {
  and,
  between,
  count,
  countDistinct,
  eq,
  isNotNull,
  isNull,
  ne,
  notInArray,
  type SQL,
} from 'drizzle-orm';
import { counsellingSessions } from '../assessments/tables.ts';
import { caseAssignments, cases } from '../cases/tables.ts';
import { caseReach } from '../cases/visibility.ts';
import type { Actor } from '../platform/actor.ts';
import { type Db, inTurn } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import { withinScope } from '../platform/scope.ts';
import type { ActualsQuery } from './schemas.ts';
import type { ActualsView } from './views.ts';

/**
 * Plans a caseload or a mission, or answers 400 naming every wrong field as
 * the client sent it (`body.rows[2].hours`), in the domain's words.
 */
export function planFromRequest(body: unknown): WorkloadResult {
  const problems = workloadProblems(body);
  if (problems.length > 0) {
    const fields = problems.map((p) => ({
      field: p.field ? `body.${p.field}` : 'body',
      code: 'invalid',
      message: `${p.field || 'The body'} ${p.problem}`,
    }));
    throw new AppError(400, 'invalid_input', `Invalid body: ${fields[0]?.field}`, fields);
  }
  return planWorkload(body as WorkloadRequest);
}

/** "1:N" back to N: planWorkload gives its capacity as the ratio it writes. */
function casesOfRatio(ratio: string): number {
  return Number(ratio.slice('1:'.length));
}

/** Meetings are counted over the last four weeks: long enough for monthly visits to show (L1028). */
const weeks = 4;

/**
 * Cases that are someone's work now: registered and not closed. A case at
 * screening is not under case management yet (Step 1, L941–L950); a
 * suspended one is still carried, as C1 counts every open case (L928).
 */
const notOpen: CaseStatus[] = ['screening', 'closed'];

/** B3's meeting format (L917) of a counselling session: at the office or at home is in person. */
const formatOf: Record<SessionSetting, MeetingFormat> = {
  office: 'in_person',
  home_visit: 'in_person',
  phone: 'phone',
  online: 'online',
};

/**
 * The seed's hours for one meeting (L1024–L1035). Sessions record no
 * duration, so each is costed as the example's meeting of its kind: a call
 * or an online meeting as the type's phone follow-up (0.5 h generalist, 3 h
 * intensive), one in person as its in-person monitoring (2 h, the middle of
 * "1-3 hours", L1028) or, for intensive cases where the example has no such
 * row, as their follow-up.
 */
function hoursPerMeeting(cmType: CaseManagementType, format: MeetingFormat): number {
  const tasks: BeneficiaryTask[] =
    format === 'in_person' ? ['monitoring_in_person', 'follow_up_phone'] : ['follow_up_phone'];
  for (const task of tasks) {
    const hours = exampleTaskEstimates.find(
      (e) => e.cmType === cmType && e.task === task,
    )?.hoursPerOccurrence;
    if (hours !== undefined && hours !== null) return hours;
  }
  throw new Error(`no estimate for a ${format} meeting of a ${cmType} case`);
}

/**
 * What the mission really carries, within the reader's scope, as rows the
 * planner takes instead of estimates (L965: "compared to an ideal … the
 * reality in the mission"): open cases by type of case management (B2),
 * meetings per case per week over four weeks from the counselling sessions
 * (B3; one session is one meeting), and the caseloads of the staff in post
 * (C1) against the ratio the rows plan.
 *
 * Only counts leave here. Sensitive cases are counted too: they are work for
 * the team like any other (most intensive cases are), and a count says
 * nothing of whom it is about; their files stay as closed as before.
 */
export async function workloadActuals(
  db: Db,
  actor: Actor,
  query: ActualsQuery,
  now: Date,
): Promise<ActualsView> {
  const reach = await caseReach(db, actor);
  // The scope alone, not `workable`: the restriction on sensitive files is about reading them.
  const open = and(
    withinScope(actor, cases, reach.mine),
    notInArray(cases.status, notOpen),
    query.missionId ? eq(cases.missionId, query.missionId) : undefined,
    query.officeId ? eq(cases.officeId, query.officeId) : undefined,
  ) as SQL;
  // Without a type a case cannot be planned (Step 2, L952): it is counted apart.
  const managed = and(open, isNotNull(cases.caseManagementType)) as SQL;
  const to = isoDay(now);
  const from = addDays(to, -(weeks * 7 - 1));

  const [openByType, meetingCounts, loads] = await inTurn([
    db
      .select({ cmType: cases.caseManagementType, n: count() })
      .from(cases)
      .where(open)
      .groupBy(cases.caseManagementType),
    db
      .select({ cmType: cases.caseManagementType, setting: counsellingSessions.setting, n: count() })
      .from(counsellingSessions)
      .innerJoin(cases, eq(cases.id, counsellingSessions.caseId))
      .where(and(managed, between(counsellingSessions.heldOn, from, to)))
      .groupBy(cases.caseManagementType, counsellingSessions.setting),
    // Caseworkers in post: whoever has an active assignment other than supervising (C1, L928).
    db
      .select({ userId: caseAssignments.userId, n: countDistinct(caseAssignments.caseId) })
      .from(caseAssignments)
      .innerJoin(cases, eq(cases.id, caseAssignments.caseId))
      .where(and(managed, isNull(caseAssignments.endedAt), ne(caseAssignments.function, 'supervisor')))
      .groupBy(caseAssignments.userId),
  ]);

  const byCmType = caseManagementTypes.map((cmType) => {
    const openCases = openByType.find((r) => r.cmType === cmType)?.n ?? 0;
    const formats = meetingFormats.flatMap((format) => {
      const meetings = meetingCounts
        .filter((m) => m.cmType === cmType && formatOf[m.setting] === format)
        .reduce((sum, m) => sum + m.n, 0);
      if (meetings === 0) return [];
      return [
        {
          format,
          meetings,
          meetingsPerCasePerWeek: meetings / openCases / weeks,
          hoursPerMeeting: hoursPerMeeting(cmType, format),
        },
      ];
    });
    return { cmType, openCases, formats };
  });
  const rows = rowsFromActuals(byCmType.filter((t) => t.openCases > 0) satisfies ActualCaseload[]);
  const request = { availableHoursPerWeek: query.availableHoursPerWeek, rows };
  // No meetings at all leave nothing to plan: there is then no planned ratio to compare.
  const plan = workloadProblems(request).length === 0 ? planWorkload(request) : null;
  const comparison = plan
    ? comparePlannedRatio(
        casesOfRatio(plan.ratio),
        loads.map((l) => ({ caseworkerId: l.userId, openCases: l.n })),
      )
    : null;

  return {
    from,
    to,
    weeks,
    openCasesWithoutCmType: openByType.find((r) => r.cmType === null)?.n ?? 0,
    byCmType,
    rows,
    caseworkers: loads.length,
    caseloads: loads.map((l) => l.n).sort((a, b) => b - a),
    availableHoursPerWeek: query.availableHoursPerWeek,
    plan,
    comparison: comparison && {
      planned: comparison.planned,
      actual: comparison.actual,
      plannedCases: comparison.plannedCases,
      actualCases: comparison.actualCases,
      difference: comparison.difference,
      // How many, not who: the planner is about staffing, not about one person's work.
      caseworkersAbovePlan: comparison.abovePlan.length,
    },
  };
}
