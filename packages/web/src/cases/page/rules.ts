// What the case page can tell before asking the server, from the same
// lifecycle rules the server applies (packages/domain). The server stays the authority.
import { type CaseState, type CaseStatus, checkTransition, type TransitionRefusal } from '@reintegra/domain';
import type { CaseFile, Consent, Transfer } from '../../api/types.ts';

export function stateOf(file: CaseFile): CaseState {
  return { phase: file.summary.phase, status: file.summary.status, resumeStatus: file.resumeStatus };
}

/** The consent to registration in force, if any: the newest not withdrawn. */
export function registrationConsent(file: CaseFile): Consent | undefined {
  return file.consents.find((c) => c.purpose === 'registration' && !c.withdrawnAt);
}

/** The consent to transfer in force, which a hand-over to another mission needs (seed-002 L2007). */
export function transferConsent(file: CaseFile): Consent | undefined {
  return file.consents.find((c) => c.purpose === 'transfer' && !c.withdrawnAt);
}

/** Eligible at screening (or overridden by a supervisor) and consent to registration on record. */
export function registrable(file: CaseFile): boolean {
  const s = file.screening;
  return !!s && (s.eligible || s.overridden) && !!registrationConsent(file);
}

/** Whether this move asks for a reason, whatever else stands in its way. */
export function needsReason(file: CaseFile, to: CaseStatus): boolean {
  const verdict = checkTransition(stateOf(file), to, { eligibleWithConsent: true, canApprove: true });
  return !verdict.ok && verdict.refusal === 'needs_reason';
}

/**
 * Why the server would refuse this move, leaving aside a missing reason (the
 * form asks for that itself), or null if it would accept it.
 */
export function foreseenRefusal(
  file: CaseFile,
  to: CaseStatus,
  canApprove: boolean,
): Exclude<TransitionRefusal, 'needs_reason'> | null {
  const verdict = checkTransition(stateOf(file), to, {
    eligibleWithConsent: registrable(file),
    reason: 'given',
    canApprove,
  });
  return verdict.ok || verdict.refusal === 'needs_reason' ? null : verdict.refusal;
}

/**
 * The moves the Move dialog offers. Closure review is entered only through a
 * closure proposal (its own dialog, with reason and checklist): the server
 * refuses it as a plain move (closure_needs_proposal).
 */
export function offeredMoves(file: CaseFile): CaseStatus[] {
  return file.nextStatuses.filter((s) => s !== 'closure_review');
}

/** Whether the lifecycle lets this case be proposed for closure now. */
export function closable(file: CaseFile): boolean {
  return file.nextStatuses.includes('closure_review');
}

/** A transfer still under way (waiting for approval, or approved and not yet received): only one at a time. */
export function openTransfer(file: CaseFile): Transfer | undefined {
  return file.transfers.find((tr) => tr.status === 'awaiting_approval' || tr.status === 'approved');
}

/** A case still being worked, with no transfer under way, can be proposed for transfer. */
export function transferable(file: CaseFile): boolean {
  const { status } = file.summary;
  return status !== 'closed' && status !== 'closure_review' && !openTransfer(file);
}
