// A partner's criteria as rules, so that a referral respects them (seed-003
// L472: "when they are not flexible, IOM should ensure that referrals respect
// partners' criteria"). The study's example (Enabel, L274): aged 18 to 35,
// schooling up to a given year, living within a radius that depends on town
// or country. Boundaries are inclusive, as the digest suggests (D.2).

export interface EligibilityRules {
  minAge: number | null;
  maxAge: number | null;
  /** Highest school year completed that still qualifies. */
  maxSchoolYear: number | null;
  /** Kilometres from the service, by where the person lives. */
  maxDistanceKm: { urban: number; rural: number } | null;
}

export interface Applicant {
  age: number | null;
  schoolYear: number | null;
  setting: 'urban' | 'rural' | null;
  distanceKm: number | null;
}

export const eligibilityFindings = ['age', 'education', 'location'] as const;
export type EligibilityFinding = (typeof eligibilityFindings)[number];

export interface EligibilityResult {
  /** The criteria the person does not meet. */
  unmet: EligibilityFinding[];
  /** The criteria that cannot be checked for lack of data: the referral is not sent on a guess (D.2 row 9). */
  unknown: EligibilityFinding[];
}

export function checkEligibility(rules: EligibilityRules, person: Applicant): EligibilityResult {
  const unmet: EligibilityFinding[] = [];
  const unknown: EligibilityFinding[] = [];
  if (rules.minAge !== null || rules.maxAge !== null) {
    if (person.age === null) unknown.push('age');
    else if (
      (rules.minAge !== null && person.age < rules.minAge) ||
      (rules.maxAge !== null && person.age > rules.maxAge)
    )
      unmet.push('age');
  }
  if (rules.maxSchoolYear !== null) {
    if (person.schoolYear === null) unknown.push('education');
    else if (person.schoolYear > rules.maxSchoolYear) unmet.push('education');
  }
  if (rules.maxDistanceKm !== null) {
    if (person.setting === null || person.distanceKm === null) unknown.push('location');
    else if (person.distanceKm > rules.maxDistanceKm[person.setting]) unmet.push('location');
  }
  return { unmet, unknown };
}

/** What was checked when a referral was drafted: the facts used and what they gave. */
export interface ReferralEligibility extends EligibilityResult {
  facts: Applicant;
}

/** Why a referral may not go ahead as drafted, or null: unmet and unknown criteria both need a reason. */
export function eligibilityProblem(
  result: EligibilityResult,
  exception: string,
): 'not_eligible' | 'eligibility_unknown' | null {
  if (exception.trim()) return null;
  if (result.unmet.length > 0) return 'not_eligible';
  if (result.unknown.length > 0) return 'eligibility_unknown';
  return null;
}
