// The dashboard's API, as packages/server/src/indicators/routes.ts sends it.
import type { CaseStatus } from '@reintegra/domain';

/**
 * One figure with the counts it rests on. A withheld figure (resting on fewer
 * returnees than `minCount`) carries nulls only.
 */
export interface Figure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  withheld: boolean;
}

export interface Breakdown {
  overall: Figure;
  groups: { key: string; figure: Figure }[];
}

export const cmTypes = ['generalist', 'intensive', 'unset'] as const;
export type CmType = (typeof cmTypes)[number];

export const meetingFormats = ['in_person', 'phone', 'online'] as const;
export type MeetingFormat = (typeof meetingFormats)[number];

export interface Dashboard {
  /** When the figures were last rebuilt; null before the first time. */
  refreshedAt: string | null;
  /** No figure resting on fewer returnees than this is shown. */
  minCount: number;
  caseload: {
    /** Null for a withheld cell. */
    byType: { type: CmType; count: number | null }[];
    openAtEnd: number | null;
    opened: Figure;
    closed: Figure;
    meanDaysToClose: Figure;
    caseworkers: Figure;
    /** "1:N"; null when withheld. */
    ratio: string | null;
  };
  meetings: {
    byFormat: { format: MeetingFormat; perCase: Figure }[];
    perCase: Figure;
    withFamilyPerCase: Figure;
    homeVisitsPerCaseworker: Figure;
  };
  scores: {
    /** Rounds per tenth of the composite score, 0 for 0–0.1 … 9 for 0.9–1; null for a withheld cell. */
    byTenth: (number | null)[];
    /** Per month (its first day), the share of rounds at 0.5 or more. */
    trend: { month: string; share: Figure }[];
    reaching: Record<BreakdownName, Breakdown>;
  };
  referrals: { partner: string; sent: Figure; completed: Figure; received: Figure }[];
}

export const breakdownNames = [
  'bySex',
  'byAgeBand',
  'byVulnerability',
  'byCountry',
  'byReturnModality',
] as const;
export type BreakdownName = (typeof breakdownNames)[number];

/** Which cases stand behind a figure. */
export const cohorts = ['open_at_end', 'opened', 'closed', 'scored', 'reaching'] as const;
export type Cohort = (typeof cohorts)[number];

export interface CaseBehind {
  id: string;
  reference: string;
  status: CaseStatus;
  cmType: 'generalist' | 'intensive' | null;
  openedOn: string;
  closedOn: string | null;
  latestComposite: number | null;
}

export interface CasesBehind {
  items: CaseBehind[];
  total: number;
}

/** The server sends 100 cases a page. */
export const casesPageSize = 100;
