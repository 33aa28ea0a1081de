// The reintegration plan template of the Handbook's Annex 3 (seed-002
// L6398–L6541; seed-002-annexes digest §2), as data: the screen, the printed
// plan and the checks all read these lists, in the printed order.
import type { Money } from './money.ts';

/** 2. IMMEDIATE ASSISTANCE (L6413–L6419): no referral question is printed in this block. */
export const immediateAssistanceKinds = ['cash', 'basic_needs', 'accommodation', 'medical', 'other'] as const;
export type ImmediateAssistanceKind = (typeof immediateAssistanceKinds)[number];

/** 2. LONGER TERM ASSISTANCE (L6421–L6499), each line with "Does it need a referral?". */
export const longTermAssistance = [
  { kind: 'cash_for_work', dimension: 'economic' }, // L6423, printed before ECONOMIC
  { kind: 'income_generating_activity', dimension: 'economic' }, // L6429
  { kind: 'individual_microbusiness', dimension: 'economic' }, // L6430
  { kind: 'collective_project', dimension: 'economic' }, // L6431
  { kind: 'community_project', dimension: 'economic' }, // L6432
  { kind: 'economic_other', dimension: 'economic' }, // L6433
  { kind: 'job_placement', dimension: 'economic' }, // L6439
  { kind: 'vocational_training', dimension: 'economic' }, // L6443
  { kind: 'housing_support', dimension: 'social' }, // L6449
  { kind: 'medical_support', dimension: 'social' }, // L6453, for the returnee and/or family
  { kind: 'educational_support', dimension: 'social' }, // L6463
  { kind: 'skills_development', dimension: 'social' }, // L6467
  { kind: 'legal_services', dimension: 'social' }, // L6471
  { kind: 'social_protection', dimension: 'social' }, // L6475
  { kind: 'child_care', dimension: 'social' }, // L6479
  { kind: 'special_security_measures', dimension: 'social' }, // L6483
  { kind: 'psychosocial_individual_family', dimension: 'psychosocial' }, // L6489
  { kind: 'psychosocial_community', dimension: 'psychosocial' }, // L6493
  { kind: 'other', dimension: 'other' }, // L6497 "OTHER (PLEASE DETAIL)"
] as const;
export type LongTermAssistanceKind = (typeof longTermAssistance)[number]['kind'];
export const longTermAssistanceKinds = longTermAssistance.map((a) => a.kind) as LongTermAssistanceKind[];
export type PlanDimension = (typeof longTermAssistance)[number]['dimension'];

/** Who MEDICAL SUPPORT is for (L6455–L6457). */
export const medicalBeneficiaries = ['returnee', 'family', 'both'] as const;
export type MedicalBeneficiary = (typeof medicalBeneficiaries)[number];

/** An action of the plan: what, who answers for it (a person or a partner), by when. */
export interface PlanAction {
  /** Stable across versions, so that a line's delivery follows it from one version to the next. */
  id: string;
  detail: string;
  responsible: string;
  dueOn: string | null;
}

export interface ImmediateAssistanceLine extends PlanAction {
  kind: ImmediateAssistanceKind;
  /** Cash assistance and anything with a price: part of the plan's budget. */
  amount: Money | null;
}

export interface LongTermAssistanceLine extends PlanAction {
  kind: LongTermAssistanceKind;
  /** Only for medical support. */
  beneficiary: MedicalBeneficiary | null;
  /** "Does it need a referral?" and, if yes, to whom (section 4 is the list of these). */
  needsReferral: boolean;
  referralAgency: string;
}

/** 3. GOODS, EQUIPMENT, SERVICES to be bought with the grant, with their estimated cost (L6501–L6507). */
export interface GoodsLine {
  id: string;
  description: string;
  estimatedCost: Money;
}

/** Annex 2's tranche logic (L6322): unconditional, after assets are bought, after targets are met. */
export const trancheConditions = ['none', 'assets_purchased', 'targets_met', 'other'] as const;
export type TrancheCondition = (typeof trancheConditions)[number];

export interface GrantTranche {
  id: string;
  amount: Money;
  condition: TrancheCondition;
  /** What exactly must be shown, e.g. the targets of the business plan. */
  conditionDetail: string;
}

/** A cash grant paid in tranches, e.g. the business grant of an individual microbusiness line. */
export interface CashGrant {
  id: string;
  purpose: string;
  /** The longer-term line the grant pays for, if any. */
  lineId: string | null;
  tranches: GrantTranche[];
}

/** 6. Members of a community-level project and their roles (L6527–L6535). */
export interface CommunityMember {
  name: string;
  role: string;
  isReturnee: boolean;
}

/** 5. BASELINE REINTEGRATION SCORE (L6517–L6525): taken from the latest survey round, never typed. */
export interface BaselineScores {
  roundId: string;
  measuredOn: string;
  economic: number | null;
  social: number | null;
  psychosocial: number | null;
  composite: number | null;
}

/** Everything the returnee agrees to: one version of the plan. */
export interface PlanContent {
  placeOfReturn: string;
  /** 1. SUMMARY OF RETURNEE'S PLAN (L6403–L6409). */
  summary: { economic: string; social: string; psychosocial: string };
  immediate: ImmediateAssistanceLine[];
  longTerm: LongTermAssistanceLine[];
  goods: GoodsLine[];
  grants: CashGrant[];
  community: CommunityMember[];
  baseline: BaselineScores | null;
  /** How and when the case is followed up, and how information is shared (seed-002 L1202). */
  monitoring: string;
  /** When and how case management ends (L1255: "should always include an exit strategy"). */
  exitStrategy: string;
  /** DONE ON [DATE] IN [LOCATION] (L6537). */
  doneOn: string | null;
  doneAt: string;
}

export function emptyPlan(placeOfReturn: string): PlanContent {
  return {
    placeOfReturn,
    summary: { economic: '', social: '', psychosocial: '' },
    immediate: [],
    longTerm: [],
    goods: [],
    grants: [],
    community: [],
    baseline: null,
    monitoring: '',
    exitStrategy: '',
    doneOn: null,
    doneAt: '',
  };
}

/** 4. LIST OF REFERRALS TO BE MADE (L6509–L6513): a view of the lines that need one, so the two never disagree. */
export function referralsToMake(plan: Pick<PlanContent, 'longTerm'>) {
  return plan.longTerm
    .filter((l) => l.needsReferral)
    .map((l) => ({ lineId: l.id, agency: l.referralAgency, assistance: l.kind, detail: l.detail }));
}

export function dimensionOf(kind: LongTermAssistanceKind): PlanDimension {
  const entry = longTermAssistance.find((a) => a.kind === kind);
  if (!entry) throw new Error(`unknown assistance ${kind}`);
  return entry.dimension;
}
