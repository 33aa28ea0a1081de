// How a complaint or a piece of feedback from a returnee is handled, from the
// day it comes in to its resolution or dismissal. The study counts complaints
// per caseworker as a monthly indicator (seed-000 Annex 2 C2, L929) and finds
// the hotline is where returnees turn (Finding 3, L529–L533); it names no
// handling steps, so these are the usual ones of a feedback mechanism: the
// complainant is told it was received, it is looked into, and it ends with what
// was done, or why nothing will be.
import type { ComplaintStatus } from '../indicators/records.ts';

export const complaintHandlingStatuses = [
  'received',
  'acknowledged',
  'under_review',
  'resolved',
  'dismissed',
] as const;
export type ComplaintHandlingStatus = (typeof complaintHandlingStatuses)[number];

// Acknowledgement comes before anything else but a dismissal (a duplicate, a
// call that was not a complaint), so no one's complaint is closed without their
// having been told it was heard. A simple one is resolved without a review.
const moves: Record<ComplaintHandlingStatus, readonly ComplaintHandlingStatus[]> = {
  received: ['acknowledged', 'dismissed'],
  acknowledged: ['under_review', 'resolved', 'dismissed'],
  under_review: ['resolved', 'dismissed'],
  resolved: [],
  dismissed: [],
};

export type HandlingMoveProblem = 'illegal_move' | 'resolution_required' | 'reason_required';

/**
 * Why a move is refused, or null when it is allowed. A resolution says what
 * was done; a dismissal says why, since the complainant may ask.
 */
export function handlingMoveProblem(
  from: ComplaintHandlingStatus,
  to: ComplaintHandlingStatus,
  words: { resolution: string; reason: string },
): HandlingMoveProblem | null {
  if (!moves[from].includes(to)) return 'illegal_move';
  if (to === 'resolved' && words.resolution.trim() === '') return 'resolution_required';
  if (to === 'dismissed' && words.reason.trim() === '') return 'reason_required';
  return null;
}

export function nextHandlingStatuses(from: ComplaintHandlingStatus): ComplaintHandlingStatus[] {
  return [...moves[from]];
}

export function isComplaintOpen(status: ComplaintHandlingStatus): boolean {
  return moves[status].length > 0;
}

/** The status the indicators read (records.ts): every step before an end is "open". */
export function indicatorComplaintStatus(status: ComplaintHandlingStatus): ComplaintStatus {
  if (status === 'resolved' || status === 'dismissed') return status;
  return 'open';
}
