// Shapes of the plan routes' answers (`/cases/:id/plan…`, see /api/docs). The
// content, the money and the rules are the domain's: the server checks with
// the same functions the page uses to explain a refusal before it happens.
import type {
  BaselineScores,
  BudgetLine,
  CriterionAnswer,
  DeliveryChannel,
  DeliveryStatus,
  Money,
  PaymentMethod,
  PlanChange,
  PlanContent,
  PlanStatus,
  PurchaseStatus,
  TrancheCondition,
  TrancheStatus,
} from '@reintegra/domain';

export interface PlanConsent {
  at: string;
  method: 'written' | 'verbal';
  givenBy: string;
  witnessedBy: string | null;
  recordedBy: string;
  /** A signature attached to the case, drawn on the screen or a picture of the signed page. */
  signatureAttachmentId: string | null;
}

/** One version: what changed from the one before and why, and who agreed to and approved it. */
export interface PlanVersion {
  number: number;
  changes: PlanChange[];
  reason: string;
  authorId: string;
  createdAt: string;
  consent: PlanConsent | null;
  approval: { at: string; by: string } | null;
}

export interface PlanVersionDetail extends PlanVersion {
  content: PlanContent;
}

/** How a line of assistance is delivered; a line without one is still only planned. */
export interface PlanDelivery {
  lineId: string;
  channel: DeliveryChannel;
  partner: string;
  status: DeliveryStatus;
  startedOn: string | null;
  completedOn: string | null;
  cost: Money | null;
  note: string;
  updatedBy: string;
  updatedAt: string;
}

export interface PlanTranche {
  trancheId: string;
  grantId: string;
  amount: Money;
  condition: TrancheCondition;
  conditionDetail: string;
  status: TrancheStatus;
  requestedBy: string | null;
  requestedAt: string | null;
  conditionEvidence: string | null;
  conditionRecordedAt: string | null;
  releasedBy: string | null;
  releasedAt: string | null;
  paymentMethod: PaymentMethod | null;
}

export interface PlanPurchase {
  id: string;
  goodsLineId: string;
  supplier: string;
  amount: Money;
  paymentMethod: PaymentMethod;
  status: PurchaseStatus;
  orderedBy: string;
  orderedAt: string;
  settledBy: string | null;
  settledAt: string | null;
}

export interface ReintegrationPlan {
  id: string;
  status: PlanStatus;
  currentVersion: number;
  approvalRequired: boolean;
  /** The current version's content. */
  content: PlanContent;
  /** Oldest first. */
  versions: PlanVersion[];
  deliveries: PlanDelivery[];
  tranches: PlanTranche[];
  purchases: PlanPurchase[];
  /** Per currency, in minor units. */
  budget: BudgetLine[];
  referralsToMake: { lineId: string; agency: string; assistance: string; detail: string }[];
}

/** What every plan route answers: the plan (null before there is one) and what decides its approval. */
export interface PlanPage {
  plan: ReintegrationPlan | null;
  /** The latest scored survey round, to fill or refresh the baseline. */
  latestBaseline: BaselineScores | null;
  /** Under 18 or age unknown: approval waits for a best-interests assessment. */
  isChild: boolean;
  hasBestInterestsAssessment: boolean;
  approvalRequired: boolean;
  /** Children returning in the household, each with their own case and plan. */
  children: {
    name: string;
    case: { id: string; reference: string } | null;
    planStatus: PlanStatus | null;
    hasBestInterestsAssessment: boolean;
  }[];
}

/** The answers to the feasibility grid kept for a case (never the plan itself). */
export interface FeasibilityAnswers {
  answers: Record<string, CriterionAnswer>;
  updatedBy: string | null;
  updatedAt: string | null;
}
