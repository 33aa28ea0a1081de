// The Handbook's individual outcome indicator (seed-002 Table 5.4, L3554):
// "the number of returnees who reach an overall (composite) reintegration
// score of 0.5 and above, disaggregated by sex, age and vulnerability". A
// number alone cannot be compared across offices or months, so the share is
// given with the number as its numerator.
import { type AgeBand, ageBands } from '../people/ages.ts';
import { type Quotient, quotient } from './annex2.ts';
import {
  type CaseSpell,
  inPeriod,
  type ReportPeriod,
  type RssResult,
  type SexCode,
  sexCodes,
} from './records.ts';
import { ageBandOrUnknown, ageFromBirthYear, type ShareGroup } from './values.ts';

/** The Handbook's "0.5 and above"; it says "for example", so a programme can set another. */
export const defaultOutcomeThreshold = 0.5;

export const vulnerabilityKeys = ['vulnerable', 'not_vulnerable', 'unknown'] as const;
export type VulnerabilityKey = (typeof vulnerabilityKeys)[number];

export interface O1Result {
  overall: Quotient;
  bySex: ShareGroup<SexCode>[];
  byAgeBand: ShareGroup<AgeBand | 'unknown'>[];
  byVulnerability: ShareGroup<VulnerabilityKey>[];
}

function tally<K extends string>(groups: Map<K, ShareGroup<K>>, key: K, reached: boolean) {
  const group = groups.get(key) ?? { key, numerator: 0, denominator: 0 };
  group.denominator++;
  if (reached) group.numerator++;
  groups.set(key, group);
}

/**
 * O1: each returnee's latest scored round completed in the period, baseline
 * rounds left out (a baseline is taken at month 0–1, before the assistance
 * it would be judging, L3638); reached when the composite is at or above the
 * threshold. Sex, age and vulnerability come from the returnee's first
 * spell, age as "Age at time of return" (L3648) in the shared bands.
 * Groups hold everyone once, unknowns included, so they add up to the
 * overall counts as shareBreakdown needs; groups with nobody are left out.
 */
export function indicatorO1(
  results: readonly RssResult[],
  spells: readonly CaseSpell[],
  period: ReportPeriod,
  threshold = defaultOutcomeThreshold,
): O1Result {
  const latest = new Map<string, RssResult>();
  for (const r of results) {
    if (r.kind === 'baseline' || r.composite === null || !inPeriod(r.completedOn, period)) continue;
    const seen = latest.get(r.caseId);
    if (!seen || r.completedOn > seen.completedOn) latest.set(r.caseId, r);
  }
  const firstSpell = new Map<string, CaseSpell>();
  for (const s of spells) {
    const seen = firstSpell.get(s.caseId);
    if (!seen || s.spell < seen.spell) firstSpell.set(s.caseId, s);
  }
  const bySex = new Map<SexCode, ShareGroup<SexCode>>();
  const byAge = new Map<AgeBand | 'unknown', ShareGroup<AgeBand | 'unknown'>>();
  const byVulnerability = new Map<VulnerabilityKey, ShareGroup<VulnerabilityKey>>();
  let reachedCount = 0;
  for (const r of latest.values()) {
    const reached = (r.composite as number) >= threshold;
    if (reached) reachedCount++;
    const person = firstSpell.get(r.caseId);
    const age =
      person && person.arrivedOn !== null ? ageFromBirthYear(person.birthYear, person.arrivedOn) : null;
    tally(bySex, person?.sex ?? 'unknown', reached);
    tally(byAge, ageBandOrUnknown(age), reached);
    tally(
      byVulnerability,
      person ? (person.vulnerable ? 'vulnerable' : 'not_vulnerable') : 'unknown',
      reached,
    );
  }
  const ordered = <K extends string>(groups: Map<K, ShareGroup<K>>, order: readonly K[]) =>
    order.flatMap((key) => groups.get(key) ?? []);
  return {
    overall: quotient(reachedCount, latest.size),
    bySex: ordered(bySex, sexCodes),
    byAgeBand: ordered(byAge, [...ageBands, 'unknown']),
    byVulnerability: ordered(byVulnerability, vulnerabilityKeys),
  };
}
