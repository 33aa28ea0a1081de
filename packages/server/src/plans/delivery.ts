import {
  addDays,
  isoDay,
  releaseProblems,
  requestProblems,
  type TrancheProblem,
  type TrancheState,
} from '@reintegra/domain';
import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordCaseEvent } from '../cases/events.ts';
import { finishTasks, keepNextDue, startTask } from '../cases/tasks.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, invalidField, notFound } from '../platform/errors.ts';
import type { deliveryInput, purchaseInput, releaseInput } from './schemas.ts';
import { type LoadedPlan, statusOf, workablePlan } from './service.ts';
import { planDeliveries, planPurchases, planTranches } from './tables.ts';

const lineIdsOf = (loaded: LoadedPlan) => {
  const c = loaded.current.content;
  return new Set([...c.immediate.map((l) => l.id), ...c.longTerm.map((l) => l.id)]);
};

/** How a line of the current version is being delivered: channel, status, dates, cost. */
export async function recordDelivery(
  db: Db,
  actor: Actor,
  caseId: string,
  lineId: string,
  input: z.infer<typeof deliveryInput>,
  now: Date,
) {
  const loaded = await workablePlan(db, actor, caseId);
  if (!lineIdsOf(loaded).has(lineId)) throw notFound('Plan line');
  if (input.channel !== 'direct' && input.partner === '') {
    throw invalidField('body.partner', 'partner_required', 'Name the partner who delivers or is referred to');
  }
  if (input.startedOn && input.completedOn && input.completedOn < input.startedOn) {
    throw invalidField('body.completedOn', 'before_start', 'Completed before it started');
  }
  const values = {
    channel: input.channel,
    partner: input.partner,
    status: input.status,
    startedOn: input.startedOn,
    completedOn: input.completedOn,
    costMinor: input.cost?.minor ?? null,
    costCurrency: input.cost?.currency ?? null,
    note: input.note,
    updatedBy: actor.userId,
    updatedAt: now,
  };
  await db
    .insert(planDeliveries)
    .values({ planId: loaded.plan.id, lineId, ...values })
    .onConflictDoUpdate({ target: [planDeliveries.planId, planDeliveries.lineId], set: values });
  await recordCaseEvent(db, caseId, actor.userId, 'delivery_updated', { lineId, status: input.status }, now);
}

/** Goods ordered from a supplier against a line of the goods list. */
export async function orderPurchase(
  db: Db,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof purchaseInput>,
  now: Date,
) {
  const loaded = await workablePlan(db, actor, caseId);
  if (!loaded.current.content.goods.some((g) => g.id === input.goodsLineId)) {
    throw invalidField('body.goodsLineId', 'not_in_plan', 'Not a line of the plan’s goods list');
  }
  if (statusOf(loaded) !== 'approved') {
    throw new AppError(409, 'plan_not_approved', 'Goods are bought on an approved plan');
  }
  const [purchase] = await db
    .insert(planPurchases)
    .values({
      planId: loaded.plan.id,
      goodsLineId: input.goodsLineId,
      supplier: input.supplier,
      amountMinor: input.amount.minor,
      currency: input.amount.currency,
      paymentMethod: input.paymentMethod,
      status: 'ordered',
      orderedBy: actor.userId,
      orderedAt: now,
    })
    .returning();
  await recordCaseEvent(db, caseId, actor.userId, 'purchase_ordered', { purchaseId: purchase?.id }, now);
}

export async function settlePurchase(
  db: Db,
  actor: Actor,
  caseId: string,
  purchaseId: string,
  status: 'paid' | 'cancelled',
  now: Date,
) {
  const loaded = await workablePlan(db, actor, caseId);
  const purchase = loaded.purchases.find((p) => p.id === purchaseId);
  if (!purchase) throw notFound('Purchase');
  if (purchase.status !== 'ordered')
    throw new AppError(409, 'purchase_settled', 'The purchase is already settled');
  await db
    .update(planPurchases)
    .set({ status, settledBy: actor.userId, settledAt: now })
    .where(and(eq(planPurchases.id, purchaseId), eq(planPurchases.status, 'ordered')));
  await recordCaseEvent(db, caseId, actor.userId, 'purchase_settled', { purchaseId, status }, now);
}

const trancheMessages: Record<TrancheProblem, string> = {
  plan_not_approved: 'Tranches are paid on an approved plan',
  previous_tranche_not_released: 'The earlier tranche is not released yet',
  not_scheduled: 'The tranche has already been asked for',
  not_requested: 'The tranche has not been asked for',
  condition_not_recorded: 'Record what shows the tranche’s condition is met first',
  same_person: 'Another person releases the tranche than the one who asked for it',
};

/** A tranche of the current version with its grant's earlier tranches and every state. */
function trancheOf(loaded: LoadedPlan, trancheId: string) {
  for (const grant of loaded.current.content.grants) {
    const index = grant.tranches.findIndex((t) => t.id === trancheId);
    if (index < 0) continue;
    const state = (id: string): TrancheState => {
      const row = loaded.tranches.find((r) => r.trancheId === id);
      return {
        status: row?.status ?? 'scheduled',
        requestedBy: row?.requestedBy ?? null,
        conditionRecordedAt: row?.conditionRecordedAt?.toISOString() ?? null,
      };
    };
    return {
      tranche: grant.tranches[index] as (typeof grant.tranches)[number],
      state: state(trancheId),
      earlier: grant.tranches.slice(0, index).map((t) => state(t.id)),
    };
  }
  throw notFound('Tranche');
}

function refuse(problems: TrancheProblem[]) {
  const [first] = problems;
  if (first) throw new AppError(409, first, trancheMessages[first]);
}

/** Asks for a tranche: a supervisor gets a task to release it. */
export async function requestTranche(db: Db, actor: Actor, caseId: string, trancheId: string, now: Date) {
  const loaded = await workablePlan(db, actor, caseId);
  const { state, earlier } = trancheOf(loaded, trancheId);
  refuse(requestProblems(state, earlier, statusOf(loaded) === 'approved'));
  await db
    .insert(planTranches)
    .values({
      planId: loaded.plan.id,
      trancheId,
      status: 'requested',
      requestedBy: actor.userId,
      requestedAt: now,
    })
    .onConflictDoUpdate({
      target: [planTranches.planId, planTranches.trancheId],
      set: { status: 'requested', requestedBy: actor.userId, requestedAt: now },
    });
  await startTask(db, caseId, { kind: 'tranche', topic: trancheId, dueOn: addDays(isoDay(now), 2) }, now);
  await keepNextDue(db, caseId);
  await recordCaseEvent(db, caseId, actor.userId, 'tranche_requested', { trancheId }, now);
}

/** What shows the tranche's condition is met: receipts for the assets, a visit that saw the targets reached. */
export async function recordCondition(
  db: Db,
  actor: Actor,
  caseId: string,
  trancheId: string,
  evidence: string,
  now: Date,
) {
  const loaded = await workablePlan(db, actor, caseId);
  const { tranche, state } = trancheOf(loaded, trancheId);
  if (tranche.condition === 'none') throw new AppError(409, 'no_condition', 'This tranche has no condition');
  if (state.status === 'released' || state.status === 'cancelled') {
    throw new AppError(409, 'tranche_settled', 'The tranche is already settled');
  }
  const values = { conditionEvidence: evidence, conditionRecordedBy: actor.userId, conditionRecordedAt: now };
  await db
    .insert(planTranches)
    .values({ planId: loaded.plan.id, trancheId, status: state.status, ...values })
    .onConflictDoUpdate({ target: [planTranches.planId, planTranches.trancheId], set: values });
  await recordCaseEvent(db, caseId, actor.userId, 'tranche_condition_recorded', { trancheId }, now);
}

/** Pays a tranche out: its condition on record, and a second person's word. */
export async function releaseTranche(
  db: Db,
  actor: Actor,
  caseId: string,
  trancheId: string,
  paymentMethod: z.infer<typeof releaseInput>['paymentMethod'],
  now: Date,
) {
  const loaded = await workablePlan(db, actor, caseId);
  const { tranche, state } = trancheOf(loaded, trancheId);
  refuse(releaseProblems(tranche, state, actor.userId));
  await db
    .update(planTranches)
    .set({ status: 'released', releasedBy: actor.userId, releasedAt: now, paymentMethod })
    .where(and(eq(planTranches.planId, loaded.plan.id), eq(planTranches.trancheId, trancheId)));
  await finishTasks(db, caseId, 'tranche', trancheId, actor.userId, now);
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'tranche_released',
    { trancheId, amount: tranche.amount },
    now,
  );
}
