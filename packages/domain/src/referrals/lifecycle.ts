// A referral as a tracked commitment (seed-003 part A). The study found that
// referrals were sent and then lost: nobody knew whether the partner took the
// returnee on or whether the service was delivered (PP3). So "sent" is never
// an end: a referral ends only completed, not delivered, declined or
// cancelled, each with the date it happened and, where it failed, why.

export const referralStatuses = [
  'draft',
  'sent',
  'accepted',
  'declined',
  'in_progress',
  'completed',
  'not_delivered',
  'cancelled',
] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** Who moves a referral: the caseworker's side or the partner receiving it. */
export type ReferralSide = 'caseworker' | 'partner';

interface Move {
  to: ReferralStatus;
  by: readonly ReferralSide[];
  /** The move must say why (declined, not delivered, cancelled): the caseworker re-orients the returnee. */
  reason: boolean;
}

const moves: Record<ReferralStatus, readonly Move[]> = {
  draft: [
    { to: 'sent', by: ['caseworker'], reason: false },
    { to: 'cancelled', by: ['caseworker'], reason: true },
  ],
  sent: [
    { to: 'accepted', by: ['partner'], reason: false },
    { to: 'declined', by: ['partner'], reason: true },
    { to: 'cancelled', by: ['caseworker'], reason: true },
  ],
  accepted: [
    { to: 'in_progress', by: ['partner'], reason: false },
    { to: 'not_delivered', by: ['partner', 'caseworker'], reason: true },
    { to: 'cancelled', by: ['caseworker'], reason: true },
  ],
  in_progress: [
    { to: 'completed', by: ['partner', 'caseworker'], reason: false },
    { to: 'not_delivered', by: ['partner', 'caseworker'], reason: true },
  ],
  declined: [],
  completed: [],
  not_delivered: [],
  cancelled: [],
};

export type ReferralMoveProblem = 'illegal_move' | 'not_your_move' | 'reason_required';

/** Why a move is refused, or nothing when it is allowed. */
export function referralMoveProblem(
  from: ReferralStatus,
  to: ReferralStatus,
  by: ReferralSide,
  reason: string,
): ReferralMoveProblem | null {
  const move = moves[from].find((m) => m.to === to);
  if (!move) return 'illegal_move';
  if (!move.by.includes(by)) return 'not_your_move';
  if (move.reason && reason.trim() === '') return 'reason_required';
  return null;
}

/** The statuses a side may move a referral to next. */
export function nextReferralStatuses(from: ReferralStatus, by: ReferralSide): ReferralStatus[] {
  return moves[from].filter((m) => m.by.includes(by)).map((m) => m.to);
}

export function isReferralOpen(status: ReferralStatus): boolean {
  return moves[status].length > 0;
}

/**
 * The separate moments the study distinguishes (A.1): a referral counts from
 * the returnee being informed (L97), timeliness from the data being sent
 * (L320). Each move stamps its own.
 */
export const referralMoments = [
  'identifiedAt',
  'returneeInformedAt',
  'sentAt',
  'acceptedAt',
  'serviceStartedAt',
  'completedAt',
  'closedAt',
] as const;
export type ReferralMoment = (typeof referralMoments)[number];

export function momentOf(to: ReferralStatus): ReferralMoment | null {
  switch (to) {
    case 'sent':
      return 'sentAt';
    case 'accepted':
      return 'acceptedAt';
    case 'in_progress':
      return 'serviceStartedAt';
    case 'completed':
      return 'completedAt';
    case 'declined':
    case 'not_delivered':
    case 'cancelled':
      return 'closedAt';
    default:
      return null;
  }
}
