import {
  addDays,
  ageOfMajority,
  ageOn,
  bestInterestsProblems,
  isoDay,
  mayReadConfidentialNote,
  type ReferralTriggerCode,
  referralDueInDays,
  sessionProblems,
  suggestCaseManagementType,
  urgentReferralsFor,
  type Vulnerability,
} from '@reintegra/domain';
import { and, asc, desc, eq } from 'drizzle-orm';
import { recordCaseEvent } from '../cases/events.ts';
import { visibleCase, workableCase } from '../cases/service.ts';
import { cases } from '../cases/tables.ts';
import { finishTasks, keepNextDue, openTaskTopics, startTask } from '../cases/tasks.ts';
import { persons } from '../people/tables.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import type { AssessmentInput, SessionInput } from './schemas.ts';
import { assessments, counsellingSessions } from './tables.ts';

export type Assessment = typeof assessments.$inferSelect;

/** Whether the person on a case is a child on a day; unknown age counts as a child, so no safeguard is skipped. */
export async function isChildOn(db: Db, personId: string, day: string): Promise<boolean> {
  const [person] = await db
    .select({ dateOfBirth: persons.dateOfBirth, birthYear: persons.birthYear })
    .from(persons)
    .where(eq(persons.id, personId));
  const age = person ? ageOn(person, day) : null;
  return age === null || age < ageOfMajority;
}

/** A completed best-interests assessment is on the case: what a child's plan needs before approval. */
export async function hasBestInterestsAssessment(db: Db, caseId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: assessments.id })
    .from(assessments)
    .where(and(eq(assessments.caseId, caseId), eq(assessments.kind, 'best_interests')))
    .limit(1);
  return row !== undefined;
}

async function latestScreening(db: Db, caseId: string) {
  const [row] = await db
    .select()
    .from(assessments)
    .where(and(eq(assessments.caseId, caseId), eq(assessments.kind, 'vulnerability')))
    .orderBy(desc(assessments.conductedOn), desc(assessments.createdAt))
    .limit(1);
  return row ? (row.findings as { situations: Vulnerability[]; triggers: ReferralTriggerCode[] }) : null;
}

/** The suggestion shown beside the case-management type: from the latest screening and the needs. */
export async function caseManagementSuggestion(db: Db, caseId: string, deliverableInFewSessions: boolean) {
  return suggestCaseManagementType(await latestScreening(db, caseId), deliverableInFewSessions);
}

/**
 * Records an assessment and what follows from it: a screening adds its
 * situations to the case's flags, starts a referral task for each urgent
 * disclosure (seed-002 L967) and a best-interests task for an unaccompanied
 * or separated child (Module 6 R5); a needs assessment sets the type of
 * case management the caseworker decided.
 */
export async function recordAssessment(
  db: Db,
  actor: Actor,
  caseId: string,
  input: AssessmentInput,
  now: Date,
) {
  const found = await workableCase(db, actor, caseId);
  if (input.kind === 'best_interests') {
    const problems = bestInterestsProblems(input.findings);
    if (problems.length > 0) {
      throw new AppError(
        400,
        'incomplete_assessment',
        'A best-interests assessment needs who took part, the child’s views, the information given, maturity, a decision and a review date',
        problems.map((p) => ({
          field: `body.findings.${p.field}`,
          code: p.code,
          message: `${p.field} is required`,
        })),
      );
    }
    if (!(await isChildOn(db, found.personId, input.conductedOn))) {
      throw new AppError(409, 'not_a_child', 'A best-interests assessment is for a child');
    }
  }
  let findings: Record<string, unknown> = input.findings;
  if (input.kind === 'needs') {
    const suggestion = await caseManagementSuggestion(db, caseId, input.findings.deliverableInFewSessions);
    findings = { ...input.findings, suggestion };
  }
  const [row] = await db
    .insert(assessments)
    .values({
      caseId,
      kind: input.kind,
      phase: input.phase,
      conductedOn: input.conductedOn,
      conductedBy: actor.userId,
      findings,
      createdAt: now,
    })
    .returning();
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'assessment_recorded',
    { kind: input.kind, phase: input.phase },
    now,
  );

  const started: { kind: string; topic: string }[] = [];
  if (input.kind === 'vulnerability') {
    const flags = [...new Set([...found.vulnerabilities, ...input.findings.situations])].sort();
    if (flags.join() !== found.vulnerabilities.join()) {
      await db
        .update(cases)
        .set({ vulnerabilities: flags, version: found.version + 1, updatedAt: now })
        .where(eq(cases.id, caseId));
      await recordCaseEvent(
        db,
        caseId,
        actor.userId,
        'vulnerabilities_changed',
        { added: flags.filter((v) => !found.vulnerabilities.includes(v)), removed: [] },
        now,
      );
    }
    const open = await openTaskTopics(db, caseId, 'referral');
    for (const trigger of urgentReferralsFor(input.findings.triggers)) {
      if (open.has(trigger.code)) continue;
      await startTask(
        db,
        caseId,
        {
          kind: 'referral',
          topic: trigger.code,
          dueOn: addDays(isoDay(now), referralDueInDays(trigger.urgency)),
        },
        now,
      );
      started.push({ kind: 'referral', topic: trigger.code });
    }
    const unaccompanied = input.findings.situations.some(
      (s) => s === 'unaccompanied_child' || s === 'separated_child',
    );
    if (
      unaccompanied &&
      !(await hasBestInterestsAssessment(db, caseId)) &&
      !(await openTaskTopics(db, caseId, 'assessment')).has('best_interests')
    ) {
      await startTask(db, caseId, { kind: 'assessment', topic: 'best_interests', dueOn: isoDay(now) }, now);
      started.push({ kind: 'assessment', topic: 'best_interests' });
    }
  }
  if (input.kind === 'needs' && input.findings.caseManagementType !== found.caseManagementType) {
    await db
      .update(cases)
      .set({
        caseManagementType: input.findings.caseManagementType,
        version: found.version + 1,
        updatedAt: now,
      })
      .where(eq(cases.id, caseId));
    await recordCaseEvent(
      db,
      caseId,
      actor.userId,
      'case_management_type_changed',
      { from: found.caseManagementType, to: input.findings.caseManagementType },
      now,
    );
  }
  // The assessment the screening asked for is done.
  if (input.kind === 'best_interests')
    await finishTasks(db, caseId, 'assessment', 'best_interests', actor.userId, now);
  if (started.length > 0) await keepNextDue(db, caseId);
  return { assessment: row as Assessment, started };
}

export async function assessmentsOf(db: Db, actor: Actor, caseId: string) {
  await visibleCase(db, actor, caseId);
  return db
    .select()
    .from(assessments)
    .where(eq(assessments.caseId, caseId))
    .orderBy(asc(assessments.conductedOn), asc(assessments.createdAt));
}

export type CounsellingSession = typeof counsellingSessions.$inferSelect;

export async function recordSession(db: Db, actor: Actor, caseId: string, input: SessionInput, now: Date) {
  await workableCase(db, actor, caseId);
  const problems = sessionProblems(input);
  if (problems.length > 0) {
    throw new AppError(
      400,
      'incomplete_session',
      'The session record is incomplete',
      problems.map((p) => ({ field: `body.${p.field}`, code: p.code, message: p.code.replaceAll('_', ' ') })),
    );
  }
  const [row] = await db
    .insert(counsellingSessions)
    .values({ caseId, ...input, recordedBy: actor.userId, recorderRole: actor.role, createdAt: now })
    .returning();
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'counselling_recorded',
    { type: input.type, heldOn: input.heldOn },
    now,
  );
  if (input.referralNeeded && !(await openTaskTopics(db, caseId, 'referral')).has('counselling')) {
    await startTask(
      db,
      caseId,
      { kind: 'referral', topic: 'counselling', dueOn: addDays(isoDay(now), 7) },
      now,
    );
    await keepNextDue(db, caseId);
  }
  return row as CounsellingSession;
}

/** Sessions oldest first; the notes only for those who may read them, as with confidential case notes. */
export async function sessionsOf(db: Db, actor: Actor, caseId: string) {
  await visibleCase(db, actor, caseId);
  const rows = await db
    .select()
    .from(counsellingSessions)
    .where(eq(counsellingSessions.caseId, caseId))
    .orderBy(asc(counsellingSessions.heldOn), asc(counsellingSessions.createdAt));
  return rows.map((s) => {
    const readable = mayReadConfidentialNote(
      { role: actor.role, userId: actor.userId },
      { role: s.recorderRole, userId: s.recordedBy },
    );
    return { ...s, notes: readable ? s.notes : null };
  });
}
