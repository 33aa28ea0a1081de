// Why a case ends. Reasons from seed-002 §2.7 (L1999-L2005) and, for children,
// Module 6 (L4352-L4356); "unreachable" is not in the text but every case
// management system needs it (digest §4.10). Each reason says whether the
// returnee chose it and whether it was planned, as the digest suggests.

export interface ClosureReasonDefinition {
  voluntary: boolean;
  planned: boolean;
}

export const closureReasons = {
  /** "the duration of support has ended" (L1999): the plan is completed. */
  plan_completed: { voluntary: true, planned: true },
  /** "the returnee no longer meets the criteria for case management support" (L1999). */
  no_longer_eligible: { voluntary: false, planned: true },
  /** "chooses to stop receiving support" (L1999); "no longer wants to receive reintegration assistance" (L2001). */
  support_declined: { voluntary: true, planned: false },
  /** "they leave the area" (L1999). */
  moved_away: { voluntary: true, planned: false },
  /** "chooses to re-migrate" (L2001). */
  remigrated: { voluntary: true, planned: false },
  /** "they die" (L1999). */
  death: { voluntary: false, planned: false },
  /** "The child turns 18" (L4355): a transition to adult services is recommended. */
  turned_18: { voluntary: false, planned: true },
  /** Handed over to a government caseworker or a partner (seed-000 L443). */
  transferred: { voluntary: false, planned: true },
  /** "lack of budgetary support" (L2005). */
  funding_ended: { voluntary: false, planned: false },
  /** "Security or other contextual factors" (L2005). */
  security_context: { voluntary: false, planned: false },
  /** "does not meet requirements … minimum levels of participation or standards of behaviour" (L2005). */
  requirements_not_met: { voluntary: false, planned: false },
  /** Contact lost: numbers change or phones are gone (seed-000 L651). */
  unreachable: { voluntary: false, planned: false },
} as const satisfies Record<string, ClosureReasonDefinition>;

export type ClosureReason = keyof typeof closureReasons;
export const closureReasonCodes = Object.keys(closureReasons) as ClosureReason[];

/** What must be done before a closure is approved (seed-002 L2007-L2009). */
export interface ClosureChecklist {
  planReviewed: boolean;
  exitInterviewDone: boolean;
  unmetNeedsRecorded: boolean;
  /** Any onward referral or hand-over has the returnee's explicit consent (L2007: "only… with the explicit consent"). */
  handOverConsented: boolean | 'not_applicable';
}

/** The checklist items still open, in the order staff work through them. */
export function openChecklistItems(
  reason: ClosureReason,
  checklist: ClosureChecklist,
): (keyof ClosureChecklist)[] {
  const open: (keyof ClosureChecklist)[] = [];
  // A planned closure reviews the plan and interviews the returnee; an abrupt one often cannot (L2001).
  if (closureReasons[reason].planned) {
    if (!checklist.planReviewed) open.push('planReviewed');
    if (!checklist.exitInterviewDone && reason !== 'death') open.push('exitInterviewDone');
  }
  if (!checklist.unmetNeedsRecorded) open.push('unmetNeedsRecorded');
  if (checklist.handOverConsented === false) open.push('handOverConsented');
  return open;
}
