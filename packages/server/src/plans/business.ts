import {
  type BusinessStage,
  businessLaunched,
  businessPlanEditable,
  canMoveBusiness,
  missingPlanElements,
  stageNeedsReason,
} from '@reintegra/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordCaseEvent } from '../cases/events.ts';
import { visibleCase, workableCase } from '../cases/service.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, invalidField, notFound, staleVersion } from '../platform/errors.ts';
import type { businessPlanInput, recommendationInput, trainingInput, visitInput } from './schemas.ts';
import { businessApplications, businessVisits } from './tables.ts';

export async function businessOf(db: Db, actor: Actor, caseId: string) {
  await visibleCase(db, actor, caseId);
  const [application] = await db
    .select()
    .from(businessApplications)
    .where(eq(businessApplications.caseId, caseId));
  if (!application) return null;
  const visits = await db
    .select()
    .from(businessVisits)
    .where(eq(businessVisits.applicationId, application.id))
    .orderBy(asc(businessVisits.visitedOn));
  return { application, visits };
}
export type LoadedBusiness = NonNullable<Awaited<ReturnType<typeof businessOf>>>;

async function workableBusiness(db: Db, actor: Actor, caseId: string, version?: number) {
  await workableCase(db, actor, caseId);
  const loaded = await businessOf(db, actor, caseId);
  if (!loaded) throw notFound('Business application');
  if (version !== undefined && loaded.application.version !== version) throw staleVersion();
  return loaded;
}

/** Writes the application's changes if nobody changed it since it was read. */
async function saveApplication(
  db: Db,
  loaded: LoadedBusiness,
  changes: Partial<typeof businessApplications.$inferInsert>,
) {
  const { version } = loaded.application;
  const [saved] = await db
    .update(businessApplications)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(businessApplications.id, loaded.application.id), eq(businessApplications.version, version)))
    .returning();
  if (!saved) throw staleVersion();
}

export async function applyForBusiness(db: Db, actor: Actor, caseId: string, idea: string, now: Date) {
  await workableCase(db, actor, caseId);
  if (await businessOf(db, actor, caseId))
    throw new AppError(409, 'application_exists', 'The case has an application');
  await db.insert(businessApplications).values({
    caseId,
    idea,
    stage: 'applied',
    history: [{ stage: 'applied', at: now.toISOString(), by: actor.userId, reason: '' }],
    createdAt: now,
  });
  await recordCaseEvent(db, caseId, actor.userId, 'business_applied', {}, now);
}

/**
 * Moves the application along Annex 2's steps. A "no" at either selection,
 * or a closure, says why (the returnee is told, L6279); the plan goes to the
 * board only with its nine elements written (L6259).
 */
export async function moveBusiness(
  db: Db,
  actor: Actor,
  caseId: string,
  input: { version: number; to: BusinessStage; reason: string },
  now: Date,
) {
  const loaded = await workableBusiness(db, actor, caseId, input.version);
  const from = loaded.application.stage;
  if (!canMoveBusiness(from, input.to)) {
    throw new AppError(409, 'illegal_move', `An application cannot go from ${from} to ${input.to}`);
  }
  if (stageNeedsReason(input.to) && !input.reason) {
    throw invalidField('body.reason', 'reason_required', 'Say why: the returnee is told');
  }
  if (input.to === 'plan_submitted') {
    const missing = missingPlanElements(loaded.application.businessPlan);
    if (missing.length > 0) {
      throw new AppError(
        409,
        'business_plan_incomplete',
        'The business plan lacks required elements',
        missing.map((e) => ({ field: `businessPlan.${e}`, code: 'required', message: `${e} is required` })),
      );
    }
  }
  await saveApplication(db, loaded, {
    stage: input.to,
    history: [
      ...loaded.application.history,
      { stage: input.to, at: now.toISOString(), by: actor.userId, reason: input.reason },
    ],
  });
  await recordCaseEvent(db, caseId, actor.userId, 'business_stage', { from, to: input.to }, now);
}

export async function writeBusinessPlan(
  db: Db,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof businessPlanInput>,
  now: Date,
) {
  const loaded = await workableBusiness(db, actor, caseId, input.version);
  if (!businessPlanEditable(loaded.application.stage)) {
    throw new AppError(
      409,
      'plan_under_review',
      'The business plan is with the board or decided: it is not edited now',
    );
  }
  await saveApplication(db, loaded, { businessPlan: input.elements as Record<string, string> });
  await recordCaseEvent(db, caseId, actor.userId, 'business_plan_written', {}, now);
}

export async function recordTraining(
  db: Db,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof trainingInput>,
  now: Date,
) {
  const loaded = await workableBusiness(db, actor, caseId, input.version);
  const { version, ...training } = input;
  await saveApplication(db, loaded, { trainings: [...loaded.application.trainings, training] });
  await recordCaseEvent(db, caseId, actor.userId, 'business_training', { module: training.module }, now);
}

/**
 * The type of business the caseworker recommended and the type the returnee
 * chose, so that recommendations can later be set against business outcomes
 * (C3, seed-000 L930–L932). Recorded at any stage and changed as the
 * returnee's mind does: the case's history keeps each.
 */
export async function recordRecommendation(
  db: Db,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof recommendationInput>,
  now: Date,
) {
  if (input.recommendedType === null && input.reason !== '') {
    throw invalidField('body.reason', 'no_recommendation', 'Only a recommendation rests on something');
  }
  const loaded = await workableBusiness(db, actor, caseId, input.version);
  await saveApplication(db, loaded, {
    recommendedType: input.recommendedType,
    recommendationReason: input.reason,
    chosenType: input.chosenType,
  });
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'business_recommendation',
    { recommendedType: input.recommendedType, chosenType: input.chosenType },
    now,
  );
}

/** A monitoring visit; a closed business says why, so that survival and its causes can be reported. */
export async function recordVisit(
  db: Db,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof visitInput>,
  now: Date,
) {
  const loaded = await workableBusiness(db, actor, caseId);
  if (!businessLaunched(loaded.application.stage)) {
    throw new AppError(409, 'not_launched', 'Businesses are visited once support has started');
  }
  if (input.status === 'closed' && input.closureReason === null) {
    throw invalidField('body.closureReason', 'reason_required', 'Say why the business closed');
  }
  if (input.status !== 'closed' && input.closureReason !== null) {
    throw invalidField('body.closureReason', 'not_closed', 'Only a closed business has a closure reason');
  }
  await db
    .insert(businessVisits)
    .values({ applicationId: loaded.application.id, ...input, visitedBy: actor.userId });
  await recordCaseEvent(db, caseId, actor.userId, 'business_visited', { status: input.status }, now);
}
