// A plan is a living document: every change makes a new version that says
// what changed and why, and the returnee's consent is renewed on each one
// (seed-002 L1204: "Consent forms should include all components and be
// updated each time the plan is amended"). A version is agreed when the
// returnee consents to it, approved when a supervisor signs it off.
import type { GoodsLine, PlanContent } from './template.ts';

export const planChangeKinds = ['added', 'removed', 'changed'] as const;
export type PlanChangeKind = (typeof planChangeKinds)[number];

/** One difference between two versions, by section and, for lists, by line. */
export interface PlanChange {
  section: keyof PlanContent | `summary.${'economic' | 'social' | 'psychosocial'}`;
  change: PlanChangeKind;
  /** The line of a list section, by its stable id. */
  lineId?: string;
}

const listSections = ['immediate', 'longTerm', 'goods', 'grants'] as const;
const closingSections = ['monitoring', 'exitStrategy', 'doneOn', 'doneAt'] as const;

/** Compares values whatever the order of their keys (stored JSON reorders them). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    if (!same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** What changed from one version to the next, in template order. */
export function planChanges(before: PlanContent, after: PlanContent): PlanChange[] {
  const changes: PlanChange[] = [];
  if (!same(before.placeOfReturn, after.placeOfReturn))
    changes.push({ section: 'placeOfReturn', change: 'changed' });
  for (const d of ['economic', 'social', 'psychosocial'] as const) {
    if (before.summary[d] !== after.summary[d]) changes.push({ section: `summary.${d}`, change: 'changed' });
  }
  for (const section of listSections) {
    const old = new Map<string, unknown>(before[section].map((l: { id: string }) => [l.id, l]));
    const now = new Map<string, unknown>(after[section].map((l: { id: string }) => [l.id, l]));
    for (const [id, line] of old) {
      if (!now.has(id)) changes.push({ section, change: 'removed', lineId: id });
      else if (!same(line, now.get(id))) changes.push({ section, change: 'changed', lineId: id });
    }
    for (const id of now.keys()) if (!old.has(id)) changes.push({ section, change: 'added', lineId: id });
  }
  if (!same(before.community, after.community)) changes.push({ section: 'community', change: 'changed' });
  if (!same(before.baseline, after.baseline)) changes.push({ section: 'baseline', change: 'changed' });
  for (const section of closingSections) {
    if (!same(before[section], after[section])) changes.push({ section, change: 'changed' });
  }
  return changes;
}

export interface PlanProblem {
  /** The field as the API names it, e.g. `content.goods.2.estimatedCost`. */
  field: string;
  code:
    | 'duplicate_line'
    | 'referral_agency_missing'
    | 'beneficiary_missing'
    | 'grant_line_unknown'
    | 'amount_not_positive'
    | 'no_tranches';
}

/** What makes a version's content wrong, whatever its state. */
export function planProblems(plan: PlanContent): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const ids = new Set<string>();
  for (const section of listSections) {
    plan[section].forEach((line: { id: string }, i: number) => {
      if (ids.has(line.id)) problems.push({ field: `content.${section}.${i}.id`, code: 'duplicate_line' });
      ids.add(line.id);
    });
  }
  plan.longTerm.forEach((line, i) => {
    if (line.needsReferral && line.referralAgency.trim() === '') {
      problems.push({ field: `content.longTerm.${i}.referralAgency`, code: 'referral_agency_missing' });
    }
    if (line.kind === 'medical_support' && line.beneficiary === null) {
      problems.push({ field: `content.longTerm.${i}.beneficiary`, code: 'beneficiary_missing' });
    }
  });
  plan.immediate.forEach((line, i) => {
    if (line.amount && line.amount.minor <= 0)
      problems.push({ field: `content.immediate.${i}.amount`, code: 'amount_not_positive' });
  });
  plan.goods.forEach((line: GoodsLine, i) => {
    if (line.estimatedCost.minor <= 0)
      problems.push({ field: `content.goods.${i}.estimatedCost`, code: 'amount_not_positive' });
  });
  const lineIds = new Set(plan.longTerm.map((l) => l.id));
  plan.grants.forEach((grant, i) => {
    if (grant.lineId !== null && !lineIds.has(grant.lineId)) {
      problems.push({ field: `content.grants.${i}.lineId`, code: 'grant_line_unknown' });
    }
    if (grant.tranches.length === 0)
      problems.push({ field: `content.grants.${i}.tranches`, code: 'no_tranches' });
    grant.tranches.forEach((t, j) => {
      if (t.amount.minor <= 0)
        problems.push({ field: `content.grants.${i}.tranches.${j}.amount`, code: 'amount_not_positive' });
    });
  });
  return problems;
}

/** The facts about a version that decide what may happen to it. */
export interface VersionState {
  authorId: string;
  consentedAt: string | null;
  approvedAt: string | null;
}

export const planStatuses = ['draft', 'agreed', 'approved', 'closed'] as const;
export type PlanStatus = (typeof planStatuses)[number];

/** Draft until the returnee agrees; approved when it needs no approval or a supervisor gave it. */
export function planStatus(current: VersionState, approvalRequired: boolean, closed: boolean): PlanStatus {
  if (closed) return 'closed';
  if (current.consentedAt === null) return 'draft';
  if (current.approvedAt !== null || !approvalRequired) return 'approved';
  return 'agreed';
}

export type ApprovalProblem =
  | 'no_consent_on_current_version'
  | 'already_approved'
  | 'approver_is_author'
  | 'best_interests_assessment_missing';

/**
 * Why a supervisor may not approve the current version: the returnee has not
 * agreed to this version, the supervisor wrote it (approval is a second pair
 * of eyes, as for closure), or the returnee is a child without a completed
 * best-interests assessment (seed-002 Module 6, issue 5).
 */
export function approvalProblems(
  current: VersionState,
  approverId: string,
  child: { isChild: boolean; hasBestInterestsAssessment: boolean },
): ApprovalProblem[] {
  const problems: ApprovalProblem[] = [];
  if (current.consentedAt === null) problems.push('no_consent_on_current_version');
  if (current.approvedAt !== null) problems.push('already_approved');
  if (current.authorId === approverId) problems.push('approver_is_author');
  if (child.isChild && !child.hasBestInterestsAssessment) problems.push('best_interests_assessment_missing');
  return problems;
}

/**
 * Once the returnee has agreed to any version, a change needs a reason: the
 * next consent is asked against it. Before that, drafting is free.
 */
export function revisionNeedsReason(versions: readonly Pick<VersionState, 'consentedAt'>[]): boolean {
  return versions.some((v) => v.consentedAt !== null);
}
