// The life of a case, defined once. Neither seed gives a status vocabulary
// (seed-000 §1.4 "Gap", seed-002 §2.3 "No statuses are defined"), so this is
// built from the process steps they describe:
//   identification, screening, registration (seed-000 L338, L356, L943)
//   assessment, planning, implementation, follow-up, closure (seed-000 L743; seed-002 L2013)
//   pre-return work is short and plans nothing (seed-000 L348); post-return work plans and delivers.

export const casePhases = ['pre_return', 'post_return'] as const;
export type CasePhase = (typeof casePhases)[number];

export const caseStatuses = [
  /** Identified and being screened for eligibility; not yet registered (seed-000 L338). */
  'screening',
  /** Registered with consent; nothing assessed yet (pre-return intake, or post-return arrival, seed-000 L431). */
  'registered',
  /** Vulnerability and needs being assessed (seed-000 L409, L431). */
  'assessment',
  /** Reintegration plan being drafted with the returnee; post-return only (seed-000 L348, L409). */
  'planning',
  /** Assistance being delivered: directly or by referral (seed-000 L431). */
  'implementation',
  /** Follow-up and monitoring between deliveries (seed-000 step 6; seed-002 "IMPLEMENTATION ⇄ FOLLOW_UP"). */
  'follow_up',
  /** Pre-return: the return is being organised; the case waits for departure (seed-000 L342). */
  'awaiting_departure',
  /** Paused for security or funding reasons (seed-002 L2005, L360); resumes where it was. */
  'suspended',
  /** Closure proposed; a supervisor must approve it (seed-000 L407: supervisor approval of steps). */
  'closure_review',
  'closed',
] as const;
export type CaseStatus = (typeof caseStatuses)[number];

/** Statuses from which a case can be put on hold or proposed for closure. */
const openStatuses: readonly CaseStatus[] = [
  'registered',
  'assessment',
  'planning',
  'implementation',
  'follow_up',
  'awaiting_departure',
];

/** The forward moves of the process, by phase. Side moves (suspend, close, reopen) are added below. */
const forward: Record<CasePhase, Partial<Record<CaseStatus, readonly CaseStatus[]>>> = {
  pre_return: {
    screening: ['registered'],
    registered: ['assessment', 'awaiting_departure'],
    // Pre-return services (protection, medical) are delivered before departure (seed-000 L356).
    assessment: ['implementation', 'awaiting_departure'],
    implementation: ['follow_up', 'awaiting_departure'],
    follow_up: ['implementation', 'awaiting_departure'],
    awaiting_departure: ['assessment'],
  },
  post_return: {
    screening: ['registered'],
    registered: ['assessment'],
    assessment: ['planning'],
    planning: ['implementation', 'assessment'],
    implementation: ['follow_up', 'planning'],
    follow_up: ['implementation', 'planning'],
  },
};

export interface CaseState {
  phase: CasePhase;
  status: CaseStatus;
  /** Where a suspended case, or one in closure review, returns to. */
  resumeStatus: CaseStatus | null;
}

export type TransitionRefusal =
  | 'not_allowed'
  | 'needs_eligibility_and_consent'
  | 'needs_reason'
  | 'needs_supervisor';

export interface TransitionContext {
  /** Screening found the person eligible and consent to registration is recorded, or an authorised override is. */
  eligibleWithConsent?: boolean;
  /** A reason given by the user (suspension, closure, reopening, return from review). */
  reason?: string | null;
  /** The acting user may approve what needs a supervisor (closure). */
  canApprove?: boolean;
}

/** The statuses a case may move to next, whatever the context. */
export function nextStatuses(state: CaseState): CaseStatus[] {
  const { phase, status, resumeStatus } = state;
  const moves = new Set<CaseStatus>(forward[phase][status] ?? []);
  if (status === 'screening') moves.add('closed'); // found not eligible, or declined
  if (openStatuses.includes(status)) {
    moves.add('suspended');
    moves.add('closure_review');
  }
  if ((status === 'suspended' || status === 'closure_review') && resumeStatus) moves.add(resumeStatus);
  // A case suspended because funding or security ended it can be proposed for closure as it is.
  if (status === 'suspended') moves.add('closure_review');
  if (status === 'closure_review') moves.add('closed');
  // A closed case is reopened into assessment (seed-000 L773: reopened after M&E finds new vulnerability).
  if (status === 'closed') moves.add('assessment');
  return [...moves];
}

/**
 * Whether a move is allowed, and if not why. The server refuses with 409 what
 * this refuses; the web app uses it to offer only the moves that can succeed.
 */
export function checkTransition(
  state: CaseState,
  to: CaseStatus,
  context: TransitionContext = {},
): { ok: true } | { ok: false; refusal: TransitionRefusal } {
  if (!nextStatuses(state).includes(to)) return { ok: false, refusal: 'not_allowed' };
  const reason = context.reason?.trim();
  if (state.status === 'screening' && to === 'registered' && !context.eligibleWithConsent) {
    return { ok: false, refusal: 'needs_eligibility_and_consent' };
  }
  const needsReason =
    to === 'suspended' ||
    to === 'closure_review' ||
    (state.status === 'screening' && to === 'closed') ||
    (state.status === 'closed' && to === 'assessment') ||
    (state.status === 'closure_review' && to !== 'closed');
  if (needsReason && !reason) return { ok: false, refusal: 'needs_reason' };
  if (state.status === 'closure_review' && to === 'closed' && !context.canApprove) {
    return { ok: false, refusal: 'needs_supervisor' };
  }
  return { ok: true };
}

/** The state after an allowed move: remembers where to resume a paused case. */
export function applyTransition(state: CaseState, to: CaseStatus): CaseState {
  const pausing = to === 'suspended' || to === 'closure_review';
  return {
    phase: state.phase,
    status: to,
    resumeStatus: pausing
      ? state.status === 'suspended' || state.status === 'closure_review'
        ? state.resumeStatus
        : state.status
      : null,
  };
}

/**
 * Arrival in the country of origin: a pre-return case waiting for departure
 * becomes a post-return case, registered on arrival (seed-000 L431 "registration and arrival").
 */
export function arrive(
  state: CaseState,
): { ok: true; state: CaseState } | { ok: false; refusal: 'not_allowed' } {
  if (state.phase !== 'pre_return' || state.status !== 'awaiting_departure')
    return { ok: false, refusal: 'not_allowed' };
  return { ok: true, state: { phase: 'post_return', status: 'registered', resumeStatus: null } };
}
