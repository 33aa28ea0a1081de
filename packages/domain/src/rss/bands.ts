// What a score suggests. Two sources disagree on the cuts: the Handbook advises
// an intensified approach below 0.33 and allows a hands-off one above 0.66
// (seed-002 L1149); MEASURE draws one line at 0.50 (seed-004 L1395-L1405).
// Both are schemes to choose from; the Handbook's is the default.
import type { RssDimension } from './instrument.ts';

export const rssBands = ['intensified', 'standard', 'hands_off'] as const;
export type RssBand = (typeof rssBands)[number];

export interface ThresholdScheme {
  id: string;
  label: string;
  source: string;
  /** Below this: intensified support. */
  lower: number;
  /** Above this (or at it, when inclusive): hands-off. */
  upper: number;
  upperInclusive: boolean;
}

export const thresholdSchemes: readonly ThresholdScheme[] = [
  {
    id: 'handbook',
    label: 'Handbook: intensified below 0.33, hands-off above 0.66',
    source: 'IOM Reintegration Handbook 2019, seed-002 L1149',
    lower: 0.33,
    upper: 0.66,
    upperInclusive: false,
  },
  {
    // "Below 0.50" needs more support and "above 0.50" less; exactly 0.50 is not
    // below, so it counts as hands-off (seed-003 R-TH-3 suggestion).
    id: 'measure',
    label: 'MEASURE: more support below 0.50, hands-off from 0.50',
    source: 'Samuel Hall / IOM 2017, seed-004 L1395-L1405',
    lower: 0.5,
    upper: 0.5,
    upperInclusive: true,
  },
];

export const defaultThresholdScheme = 'handbook';

export function thresholdScheme(id: string): ThresholdScheme | undefined {
  return thresholdSchemes.find((s) => s.id === id);
}

export function bandOf(score: number, scheme: ThresholdScheme): RssBand {
  if (score < scheme.lower) return 'intensified';
  if (scheme.upperInclusive ? score >= scheme.upper : score > scheme.upper) return 'hands_off';
  return 'standard';
}

export type RssBands = Record<RssDimension | 'composite', RssBand | null>;

export function bandsOf(
  scores: Record<RssDimension | 'composite', number | null>,
  scheme: ThresholdScheme,
): RssBands {
  const band = (s: number | null) => (s === null ? null : bandOf(s, scheme));
  return {
    economic: band(scores.economic),
    social: band(scores.social),
    psychosocial: band(scores.psychosocial),
    composite: band(scores.composite),
  };
}

/** The dimensions that call for intensified support: each raises a task for the caseworker. */
export function dimensionsNeedingSupport(bands: RssBands): RssDimension[] {
  return (['economic', 'social', 'psychosocial'] as const).filter((d) => bands[d] === 'intensified');
}
