import {
  ageOfMajority,
  ageOn,
  approvalProblems,
  isoDay,
  type PlanContent,
  type PlanStatus,
  planChanges,
  planProblems,
  planStatus,
  revisionNeedsReason,
} from '@reintegra/domain';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { z } from 'zod';
import { hasBestInterestsAssessment, isChildOn } from '../assessments/service.ts';
import { recordCaseEvent } from '../cases/events.ts';
import { householdOf } from '../cases/household.ts';
import { visibleCase, workableCase } from '../cases/service.ts';
import { caseAttachments, caseScreenings } from '../cases/tables.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, invalidField, notFound, staleVersion } from '../platform/errors.ts';
import { rssRounds, rssScores } from '../rss/tables.ts';
import type { consentInput } from './schemas.ts';
import {
  planDeliveries,
  planPurchases,
  planSettings,
  planTranches,
  planVersions,
  reintegrationPlans,
} from './tables.ts';

export type PlanVersion = typeof planVersions.$inferSelect;

/** The latest completed, scored survey round of a case: the plan's baseline (Annex 3 §5). */
export async function latestBaseline(db: Db, caseId: string, roundId?: string) {
  const [row] = await db
    .select({
      roundId: rssRounds.id,
      measuredOn: rssRounds.interviewedOn,
      economic: rssScores.economic,
      social: rssScores.social,
      psychosocial: rssScores.psychosocial,
      composite: rssScores.composite,
    })
    .from(rssRounds)
    .innerJoin(
      rssScores,
      and(eq(rssScores.roundId, rssRounds.id), eq(rssScores.current, true), isNull(rssScores.country)),
    )
    .where(
      and(
        eq(rssRounds.caseId, caseId),
        eq(rssRounds.status, 'completed'),
        ...(roundId ? [eq(rssRounds.id, roundId)] : []),
      ),
    )
    .orderBy(desc(rssRounds.interviewedOn), desc(rssRounds.finishedAt))
    .limit(1);
  return row ?? null;
}

/** The baseline as stored: read from the round the client names, never from the numbers it sends. */
async function withBaseline(db: Db, caseId: string, content: PlanContent): Promise<PlanContent> {
  if (content.baseline === null) return content;
  const baseline = await latestBaseline(db, caseId, content.baseline.roundId);
  if (!baseline) {
    throw invalidField(
      'body.content.baseline.roundId',
      'round_not_scored',
      'Not a scored survey round of this case',
    );
  }
  return { ...content, baseline };
}

function checkContent(content: PlanContent) {
  const problems = planProblems(content);
  if (problems.length > 0) {
    throw new AppError(
      400,
      'invalid_plan',
      'The plan has lines that need correcting',
      problems.map((p) => ({ field: `body.${p.field}`, code: p.code, message: p.code.replaceAll('_', ' ') })),
    );
  }
}

/** Whether the programme the case was screened for wants a supervisor's approval of plans (the default). */
export async function approvalRequired(db: Db, caseId: string): Promise<boolean> {
  const [screening] = await db
    .select({ programme: caseScreenings.programme })
    .from(caseScreenings)
    .where(eq(caseScreenings.caseId, caseId))
    .orderBy(desc(caseScreenings.screenedAt))
    .limit(1);
  if (!screening) return true;
  const [setting] = await db
    .select()
    .from(planSettings)
    .where(eq(planSettings.programme, screening.programme));
  return setting?.approvalRequired ?? true;
}

async function planRow(db: Db, caseId: string) {
  const [plan] = await db.select().from(reintegrationPlans).where(eq(reintegrationPlans.caseId, caseId));
  return plan ?? null;
}

export async function versionsOf(db: Db, planId: string) {
  return db
    .select()
    .from(planVersions)
    .where(eq(planVersions.planId, planId))
    .orderBy(asc(planVersions.number));
}

/** The plan of a case with everything its page shows, or null before there is one. */
export async function planOf(db: Db, actor: Actor, caseId: string) {
  await visibleCase(db, actor, caseId);
  const plan = await planRow(db, caseId);
  if (!plan) return null;
  // One after another: a transaction is one connection, and pg queues concurrent queries on it anyway.
  const versions = await versionsOf(db, plan.id);
  const deliveries = await db.select().from(planDeliveries).where(eq(planDeliveries.planId, plan.id));
  const tranches = await db.select().from(planTranches).where(eq(planTranches.planId, plan.id));
  const purchases = await db
    .select()
    .from(planPurchases)
    .where(eq(planPurchases.planId, plan.id))
    .orderBy(asc(planPurchases.orderedAt));
  const required = await approvalRequired(db, caseId);
  const current = versions.find((v) => v.number === plan.currentVersion) as PlanVersion;
  return { plan, versions, current, deliveries, tranches, purchases, approvalRequired: required };
}
export type LoadedPlan = NonNullable<Awaited<ReturnType<typeof planOf>>>;

export function statusOf(loaded: Pick<LoadedPlan, 'plan' | 'current' | 'approvalRequired'>) {
  return planStatus(
    {
      authorId: loaded.current.authorId,
      consentedAt: loaded.current.consentedAt?.toISOString() ?? null,
      approvedAt: loaded.current.approvedAt?.toISOString() ?? null,
    },
    loaded.approvalRequired,
    loaded.plan.closedAt !== null,
  );
}

/** The plan a change is made on: on a case the actor works on, not closed. */
export async function workablePlan(db: Db, actor: Actor, caseId: string) {
  await workableCase(db, actor, caseId);
  const loaded = await planOf(db, actor, caseId);
  if (!loaded) throw notFound('Plan');
  if (loaded.plan.closedAt) throw new AppError(409, 'plan_closed', 'The plan is closed');
  return loaded;
}

export async function createPlan(db: Db, actor: Actor, caseId: string, content: PlanContent, now: Date) {
  await workableCase(db, actor, caseId);
  if (await planRow(db, caseId)) throw new AppError(409, 'plan_exists', 'The case has a plan: revise it');
  checkContent(content);
  const stored = await withBaseline(db, caseId, content);
  const [plan] = await db
    .insert(reintegrationPlans)
    .values({ caseId, currentVersion: 1, createdAt: now })
    .returning();
  if (!plan) throw new Error('plan not stored');
  await db.insert(planVersions).values({
    planId: plan.id,
    number: 1,
    content: stored,
    changes: [],
    authorId: actor.userId,
    createdAt: now,
  });
  await recordCaseEvent(db, caseId, actor.userId, 'plan_created', { version: 1 }, now);
}

/**
 * A change makes a new version with what changed and why; the new version
 * has neither consent nor approval, so the returnee agrees again (seed-002
 * L1204). A tranche already asked for or paid cannot be changed under it.
 */
export async function revisePlan(
  db: Db,
  actor: Actor,
  caseId: string,
  input: { basedOnVersion: number; content: PlanContent; reason: string },
  now: Date,
) {
  const loaded = await workablePlan(db, actor, caseId);
  if (loaded.plan.currentVersion !== input.basedOnVersion) throw staleVersion();
  checkContent(input.content);
  if (
    revisionNeedsReason(
      loaded.versions.map((v) => ({ consentedAt: v.consentedAt?.toISOString() ?? null })),
    ) &&
    !input.reason
  ) {
    throw invalidField(
      'body.reason',
      'reason_required',
      'Say why the agreed plan changes: the returnee agrees again to this',
    );
  }
  const content = await withBaseline(db, caseId, input.content);
  const changes = planChanges(loaded.current.content, content);
  if (changes.length === 0) throw new AppError(409, 'no_change', 'Nothing changed from the current version');
  const tranches = new Map(content.grants.flatMap((g) => g.tranches.map((t) => [t.id, t] as const)));
  const before = new Map(
    loaded.current.content.grants.flatMap((g) => g.tranches.map((t) => [t.id, t] as const)),
  );
  for (const state of loaded.tranches) {
    if (state.status !== 'requested' && state.status !== 'released') continue;
    const was = before.get(state.trancheId);
    const now_ = tranches.get(state.trancheId);
    if (
      !now_ ||
      !was ||
      now_.amount.minor !== was.amount.minor ||
      now_.amount.currency !== was.amount.currency
    ) {
      throw new AppError(409, 'tranche_in_payment', 'A tranche already asked for or paid keeps its amount', [
        { field: 'body.content.grants', code: 'tranche_in_payment', message: state.trancheId },
      ]);
    }
  }
  const number = loaded.plan.currentVersion + 1;
  const [moved] = await db
    .update(reintegrationPlans)
    .set({ currentVersion: number })
    .where(
      and(
        eq(reintegrationPlans.id, loaded.plan.id),
        eq(reintegrationPlans.currentVersion, input.basedOnVersion),
      ),
    )
    .returning();
  if (!moved) throw staleVersion();
  await db.insert(planVersions).values({
    planId: loaded.plan.id,
    number,
    content,
    changes,
    reason: input.reason,
    authorId: actor.userId,
    createdAt: now,
  });
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'plan_revised',
    { version: number, changes: changes.length },
    now,
  );
}

function checkCurrent(loaded: LoadedPlan, version: number) {
  if (loaded.plan.currentVersion !== version) {
    throw new AppError(409, 'not_current_version', `Version ${version} is not the plan's current version`);
  }
}

/** The returnee agrees to the current version: written, or verbal with a witness; a signature may be attached. */
export async function consentToPlan(
  db: Db,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof consentInput>,
  now: Date,
) {
  const loaded = await workablePlan(db, actor, caseId);
  checkCurrent(loaded, input.version);
  if (loaded.current.consentedAt)
    throw new AppError(409, 'already_consented', 'The returnee has agreed to this version');
  if (input.method === 'verbal' && !input.witnessedBy) {
    throw invalidField('body.witnessedBy', 'witness_required', 'Verbal agreement needs a witness');
  }
  if (input.signatureAttachmentId) {
    const [attachment] = await db
      .select({ id: caseAttachments.id })
      .from(caseAttachments)
      .where(
        and(
          eq(caseAttachments.id, input.signatureAttachmentId),
          eq(caseAttachments.caseId, caseId),
          isNull(caseAttachments.removedAt),
        ),
      );
    if (!attachment) {
      throw invalidField('body.signatureAttachmentId', 'not_attached', 'Not an attachment of this case');
    }
  }
  await db
    .update(planVersions)
    .set({
      consentedAt: now,
      consentMethod: input.method,
      consentGivenBy: input.givenBy,
      consentWitnessedBy: input.witnessedBy ?? null,
      consentRecordedBy: actor.userId,
      signatureAttachmentId: input.signatureAttachmentId ?? null,
    })
    .where(and(eq(planVersions.planId, loaded.plan.id), eq(planVersions.number, input.version)));
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'plan_consented',
    { version: input.version, method: input.method },
    now,
  );
}

const approvalMessages = {
  no_consent_on_current_version: 'The returnee has not agreed to this version',
  already_approved: 'This version is approved',
  approver_is_author: 'The author of a version does not approve it',
  best_interests_assessment_missing: 'A child’s plan needs a completed best-interests assessment first',
} as const;

/** A supervisor approves the current version, once the returnee has agreed to it. */
export async function approvePlan(db: Db, actor: Actor, caseId: string, version: number, now: Date) {
  const loaded = await workablePlan(db, actor, caseId);
  checkCurrent(loaded, version);
  const found = await visibleCase(db, actor, caseId);
  const isChild = await isChildOn(db, found.personId, isoDay(now));
  const problems = approvalProblems(
    {
      authorId: loaded.current.authorId,
      consentedAt: loaded.current.consentedAt?.toISOString() ?? null,
      approvedAt: loaded.current.approvedAt?.toISOString() ?? null,
    },
    actor.userId,
    { isChild, hasBestInterestsAssessment: isChild && (await hasBestInterestsAssessment(db, caseId)) },
  );
  const [first] = problems;
  if (first) throw new AppError(409, first, approvalMessages[first]);
  await db
    .update(planVersions)
    .set({ approvedAt: now, approvedBy: actor.userId })
    .where(and(eq(planVersions.planId, loaded.plan.id), eq(planVersions.number, version)));
  await recordCaseEvent(db, caseId, actor.userId, 'plan_approved', { version }, now);
}

/** A copy printed for the returnee (L1255: they "should always have an updated copy of their own plan"). */
export async function recordPrint(db: Db, actor: Actor, caseId: string, version: number, now: Date) {
  const loaded = await planOf(db, actor, caseId);
  if (!loaded) throw notFound('Plan');
  if (!loaded.versions.some((v) => v.number === version)) throw notFound('Plan version');
  await recordCaseEvent(db, caseId, actor.userId, 'plan_printed', { version }, now);
}

/**
 * The children returning in the case's household, each with their own case,
 * plan status and best-interests assessment (seed-002 L3918: each child is a
 * rights holder with their own assessment and plan). A child without a case
 * of their own, or one the reader may not see, shows without it.
 */
export async function householdChildren(db: Db, actor: Actor, personId: string, today: string) {
  const household = await householdOf(db, actor, personId);
  if (!household) return [];
  const children = household.members.filter((m) => {
    if (m.personId === personId || !m.returnsTogether) return false;
    const age = ageOn(m, today);
    return age === null || age < ageOfMajority;
  });
  const result = [];
  for (const child of children) {
    let planStatus: PlanStatus | null = null;
    let assessed = false;
    if (child.case) {
      const loaded = await planOf(db, actor, child.case.id);
      planStatus = loaded ? statusOf(loaded) : null;
      assessed = await hasBestInterestsAssessment(db, child.case.id);
    }
    result.push({
      name: child.name,
      case: child.case,
      planStatus,
      hasBestInterestsAssessment: assessed,
    });
  }
  return result;
}
