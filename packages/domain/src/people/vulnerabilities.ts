// The situations of vulnerability a case is flagged with: the header shows them,
// lists filter by them, indicators are broken down by them. Seed-002 names the
// core ones (L860: "health needs, … victims of trafficking, violence,
// exploitation or abuse, or … unaccompanied or separated children") and other
// groups elsewhere (L1592-L1762). The full assessment is its own record; these
// are its outcome as flags.

export const vulnerabilities = [
  'health_needs', // L860, L1592
  'mental_health', // L860 "mental health concerns"
  'trafficking', // L860
  'violence_exploitation_abuse', // L860
  'gender_based_violence', // L1736
  'unaccompanied_child', // L860
  'separated_child', // L860
  'international_protection', // seed-001 (seed-003-004-001 digest L670)
  'disability', // L1596, L1622
  'single_parent', // L1592, L1596
  'pregnant_or_breastfeeding', // L1719, L1762
  'older_person', // L1622, L1762
  'lgbti', // L1721
] as const;
export type Vulnerability = (typeof vulnerabilities)[number];
