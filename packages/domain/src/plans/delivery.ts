// Delivering the plan: each line of assistance through a channel, cash grants
// released tranche by tranche, goods bought against the budget, and the
// plan's money as budget, committed and spent, per currency.
import { type Money, totalsByCurrency } from './money.ts';
import type { GrantTranche, PlanContent } from './template.ts';

/** Who delivers a line (issue 5; seed-002-m3-m5 on direct assistance and referral). */
export const deliveryChannels = ['direct', 'implementing_partner', 'referral'] as const;
export type DeliveryChannel = (typeof deliveryChannels)[number];

export const deliveryStatuses = [
  'planned',
  'in_progress',
  'delivered',
  'not_delivered',
  'cancelled',
] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

export const trancheStatuses = ['scheduled', 'requested', 'released', 'cancelled'] as const;
export type TrancheStatus = (typeof trancheStatuses)[number];

/** Where a tranche stands: requested by one person, its condition shown, released by another. */
export interface TrancheState {
  status: TrancheStatus;
  requestedBy: string | null;
  conditionRecordedAt: string | null;
}

export type TrancheProblem =
  | 'plan_not_approved'
  | 'previous_tranche_not_released'
  | 'not_scheduled'
  | 'not_requested'
  | 'condition_not_recorded'
  | 'same_person';

/**
 * Whether a tranche may be asked for: only on an approved plan, one after the
 * other (Annex 2 L6322: the second "only after essential assets for the
 * business have been purchased", the third "once certain business targets
 * have been attained").
 */
export function requestProblems(
  state: TrancheState,
  earlier: readonly TrancheState[],
  planApproved: boolean,
): TrancheProblem[] {
  const problems: TrancheProblem[] = [];
  if (!planApproved) problems.push('plan_not_approved');
  if (state.status !== 'scheduled') problems.push('not_scheduled');
  if (earlier.some((t) => t.status !== 'released' && t.status !== 'cancelled')) {
    problems.push('previous_tranche_not_released');
  }
  return problems;
}

/**
 * Whether a tranche may be paid out: it was requested, its condition is on
 * record (unless it has none), and the person releasing it is not the one
 * who asked: money leaves on two people's word.
 */
export function releaseProblems(
  tranche: Pick<GrantTranche, 'condition'>,
  state: TrancheState,
  releaserId: string,
): TrancheProblem[] {
  const problems: TrancheProblem[] = [];
  if (state.status !== 'requested') problems.push('not_requested');
  if (tranche.condition !== 'none' && state.conditionRecordedAt === null)
    problems.push('condition_not_recorded');
  if (state.requestedBy === releaserId) problems.push('same_person');
  return problems;
}

export const purchaseStatuses = ['ordered', 'paid', 'cancelled'] as const;
export type PurchaseStatus = (typeof purchaseStatuses)[number];

/** Annex 2 L6332: the organisation pays suppliers "either by bank transfer or cheque"; cash where a programme allows it. */
export const paymentMethods = ['bank_transfer', 'cheque', 'cash', 'mobile_money'] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

/** What the plan costs as agreed: the goods list, the priced immediate assistance and every grant tranche. */
export function planBudget(plan: Pick<PlanContent, 'immediate' | 'goods' | 'grants'>): Money[] {
  return totalsByCurrency([
    ...plan.immediate.flatMap((l) => (l.amount ? [l.amount] : [])),
    ...plan.goods.map((g) => g.estimatedCost),
    ...plan.grants.flatMap((g) => g.tranches.map((t) => t.amount)),
  ]);
}

export interface MoneyMovement {
  amount: Money;
  /** Committed: promised but not yet paid; spent: paid. */
  stage: 'committed' | 'spent';
}

export interface BudgetLine {
  currency: string;
  budget: number;
  committed: number;
  spent: number;
  /** Budget less committed and spent; negative when the plan is overspent. */
  remaining: number;
}

/**
 * Budget, committed and spent per currency, in minor units. Currencies are
 * never converted: a plan in two currencies shows two lines.
 */
export function budgetLines(budget: readonly Money[], movements: readonly MoneyMovement[]): BudgetLine[] {
  const lines = new Map<string, BudgetLine>();
  const line = (currency: string) => {
    let l = lines.get(currency);
    if (!l) {
      l = { currency, budget: 0, committed: 0, spent: 0, remaining: 0 };
      lines.set(currency, l);
    }
    return l;
  };
  for (const b of totalsByCurrency(budget)) line(b.currency).budget = b.minor;
  for (const stage of ['committed', 'spent'] as const) {
    for (const t of totalsByCurrency(movements.filter((m) => m.stage === stage).map((m) => m.amount))) {
      line(t.currency)[stage] = t.minor;
    }
  }
  for (const l of lines.values()) l.remaining = l.budget - l.committed - l.spent;
  return [...lines.values()].sort((a, b) => a.currency.localeCompare(b.currency));
}

/** How a purchase, a tranche or a delivered line's cost counts against the budget. */
export function purchaseMovement(status: PurchaseStatus): MoneyMovement['stage'] | null {
  return status === 'ordered' ? 'committed' : status === 'paid' ? 'spent' : null;
}
export function trancheMovement(status: TrancheStatus): MoneyMovement['stage'] | null {
  return status === 'requested' ? 'committed' : status === 'released' ? 'spent' : null;
}
export function deliveryMovement(status: DeliveryStatus): MoneyMovement['stage'] | null {
  return status === 'in_progress' ? 'committed' : status === 'delivered' ? 'spent' : null;
}
