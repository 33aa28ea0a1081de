// Whether a person needs case management at all, and of which intensity
// (seed-000 L743-L757). The need and the type change over time and keep a
// dated history (seed-000 L914), so they are not statuses.

export const caseManagementTypes = ['generalist', 'intensive'] as const;
export type CaseManagementType = (typeof caseManagementTypes)[number];

export interface CaseManagementGate {
  /** "Does the beneficiary require medium to long-term services?" (L743) */
  needsMediumToLongTermServices: boolean;
  /** "Is the beneficiary at medium to high risk of violence, exploitation or risk?" (L743) */
  atMediumToHighRisk: boolean;
}

/**
 * The seed says "if the answer is no to the above" the person is not for case
 * management; it is unclear whether one "no" or both are meant. Following the
 * digest's suggestion, a single "yes" brings case management, and both answers are kept.
 */
export function needsCaseManagement(gate: CaseManagementGate): boolean {
  return gate.needsMediumToLongTermServices || gate.atMediumToHighRisk;
}
