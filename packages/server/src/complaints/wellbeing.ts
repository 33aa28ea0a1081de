// The anonymous staff wellbeing survey (seed-000 Recommendation 7, L703–L705;
// C4, L933). An answer is stored with the survey year and the respondent's
// office and mission only; that a user answered is stored apart, with no link
// to the answer, so each person answers once a year.
//
// What this does and does not protect, as a trade-off:
// - Through the application nobody reads an answer: only counts, each resting
//   on at least five answers (values.ts), and with the respondent's role left
//   out, since the one supervisor of an office would be their office's
//   "supervisor" answer. So C4 here counts every staff respondent, not
//   caseworkers alone.
// - Someone reading the database directly can still link an answer to its
//   author: the answer and the audit event of the request (which names the
//   user, as every write's must) are written by the same transaction, and
//   PostgreSQL stamps each row with its transaction (xmin). Breaking that
//   link needs answers held back and written in shuffled batches, which loses
//   the one-transaction rule and is left out; whoever reads the database raw
//   can read the audit log and the sessions anyway.
// - Answers that move the summary between two readings give away what was
//   added in between; small cells are withheld, but an office where one person
//   answers between two readings of five or more is not protected from that.
import {
  answerCounts,
  countFigure,
  defaultMinCount,
  type Figure,
  indicatorC4,
  isoDay,
  type ReportPeriod,
  shareBreakdown,
  suppressCounts,
  surveyYearOf,
  type WellbeingAnswers,
  type WellbeingResponse,
} from '@reintegra/domain';
import { and, between, eq, sql } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, invalidField } from '../platform/errors.ts';
import { withinScope } from '../platform/scope.ts';
import { wellbeingParticipation, wellbeingResponses } from './tables.ts';

/** The survey is for staff: a referral partner's user works for another organisation. */
function requireStaff(actor: Actor): void {
  if (actor.role === 'referral_partner') {
    throw new AppError(403, 'forbidden', 'The staff wellbeing survey is for staff');
  }
}

export async function surveyFor(db: Db, actor: Actor, now: Date) {
  requireStaff(actor);
  const surveyYear = surveyYearOf(isoDay(now));
  const [answered] = await db
    .select({ userId: wellbeingParticipation.userId })
    .from(wellbeingParticipation)
    .where(
      and(eq(wellbeingParticipation.userId, actor.userId), eq(wellbeingParticipation.surveyYear, surveyYear)),
    );
  return { surveyYear, answered: answered !== undefined };
}

export async function answerSurvey(db: Db, actor: Actor, answers: WellbeingAnswers, now: Date) {
  requireStaff(actor);
  if (!actor.missionId) {
    throw invalidField(
      'body',
      'place_required',
      'Your account belongs to no mission: the answer would count nowhere',
    );
  }
  const surveyYear = surveyYearOf(isoDay(now));
  const marked = await db
    .insert(wellbeingParticipation)
    .values({ userId: actor.userId, surveyYear })
    .onConflictDoNothing()
    .returning({ userId: wellbeingParticipation.userId });
  if (marked.length === 0) {
    throw new AppError(409, 'already_answered', `You have answered the ${surveyYear} survey`);
  }
  await db
    .insert(wellbeingResponses)
    .values({ surveyYear, missionId: actor.missionId, officeId: actor.officeId, answers });
  return { surveyYear };
}

export interface PlaceFigure {
  missionId: string;
  officeId: string | null;
  figure: Figure;
}

/**
 * What the answers in the reader's scope add up to, for the survey years the
 * period shares a day with: how many answered, C4 overall and by office, and
 * each question's answers; every figure resting on too few answers withheld.
 * `narrowTo` is a mission or an office, as the dashboard's filters ask for.
 */
export async function wellbeingSummary(
  db: Db,
  actor: Actor,
  period: ReportPeriod,
  narrowTo: { missionId?: string | undefined; officeId?: string | undefined } = {},
  minCount = defaultMinCount,
) {
  if (period.to < period.from) {
    throw invalidField('querystring.to', 'before_from', 'The last day comes before the first');
  }
  const rows = await db
    .select({
      surveyYear: wellbeingResponses.surveyYear,
      missionId: wellbeingResponses.missionId,
      officeId: wellbeingResponses.officeId,
      answers: wellbeingResponses.answers,
    })
    .from(wellbeingResponses)
    .where(
      and(
        between(wellbeingResponses.surveyYear, surveyYearOf(period.from), surveyYearOf(period.to)),
        // Nothing is anyone's own: the scope's offices or mission, or nothing.
        withinScope(actor, wellbeingResponses, sql`false`),
        narrowTo.missionId ? eq(wellbeingResponses.missionId, narrowTo.missionId) : undefined,
        narrowTo.officeId ? eq(wellbeingResponses.officeId, narrowTo.officeId) : undefined,
      ),
    );
  // An answer is dated by its survey year only; it counts on the first day the year and the period share.
  const responses: WellbeingResponse[] = rows.map((r) => {
    const yearStart = `${r.surveyYear}-01-01`;
    return {
      respondedOn: yearStart > period.from ? yearStart : period.from,
      answer: r.answers.manage_stress,
      mission: r.missionId,
      office: r.officeId ?? '',
      caseworkerId: null,
    };
  });

  const places = new Map<string, { missionId: string; officeId: string | null }>();
  for (const r of rows) {
    places.set(`${r.missionId}|${r.officeId ?? ''}`, { missionId: r.missionId, officeId: r.officeId });
  }
  const byPlace = [...places.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, place]) => {
      const c4 = indicatorC4(
        responses.filter((r) => `${r.mission}|${r.office}` === key),
        period,
      );
      return { key, place, numerator: c4.numerator, denominator: c4.denominator };
    });
  const stress = shareBreakdown(byPlace, minCount);

  return {
    respondents: countFigure(rows.length, minCount),
    ableToManageStress: stress.overall,
    byPlace: byPlace.map(
      (p, i): PlaceFigure => ({ ...p.place, figure: (stress.groups[i] as { figure: Figure }).figure }),
    ),
    questions: answerCounts(rows.map((r) => r.answers)).map(({ question, counts }) => {
      const suppressed = suppressCounts(
        counts.map((c) => c.count),
        minCount,
      );
      return {
        question,
        answers: counts.map((c, i) => ({ answer: c.answer, count: suppressed.cells[i] ?? null })),
        total: suppressed.total,
      };
    }),
  };
}
