// The dashboard's API, as packages/server/src/indicators/routes.ts sends it.
import type {
  CaseStatus,
  ComplaintChannel,
  ComplaintStatus,
  Disaggregation,
  MeetingReason,
  MeetingType,
} from '@reintegra/domain';

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
    /** B3 by the CM type on the meeting's day, per case that had that type in the period; and by format. */
    byCmType: { cmType: CmType; perCase: Figure; byFormat: { format: MeetingFormat; perCase: Figure }[] }[];
    byMeetingType: { meetingType: MeetingType; perCase: Figure }[];
    /** A meeting may have several reasons or none: these add up to nothing. */
    byReason: { reason: MeetingReason; perCase: Figure }[];
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
  /** C3: plans with a micro-business approved in the period; of them with a type recommended; of those, chosen. */
  business: { plans: Figure; recommended: Figure; followed: Figure };
  accountability: Accountability;
}

/** The splits the dashboard's filters ask for: the only ones the server names as not carried. */
export type FilterSplit = Extract<
  Disaggregation,
  'mission' | 'office' | 'caseworker' | 'sex' | 'ageBand' | 'vulnerability'
>;

/** An indicator's figures, null when a filter asks for a split its records do not carry (the catalogue's). */
export interface SplitAsAsked<T> {
  notSplitBy: FilterSplit[];
  figures: T | null;
}

/** A2, C2 and C4 (seed-000 Annex 2), read from complaints, feedback and the staff survey. */
export interface Accountability {
  satisfaction: SplitAsAsked<{ satisfied: Figure }>;
  complaints: SplitAsAsked<{
    aboutCaseworkers: Figure;
    perCaseworker: Figure;
    aboutAssistance: Figure;
    byChannel: { channel: ComplaintChannel; count: number | null }[];
    byStatus: { status: ComplaintStatus; count: number | null }[];
  }>;
  wellbeing: SplitAsAsked<{ respondents: Figure; ableToManageStress: Figure }> & {
    surveyYears: { from: number; to: number };
    /** Staff answers are withheld below this, never below five. */
    minCount: number;
  };
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
export const cohorts = ['open_at_end', 'opened', 'closed', 'scored', 'reaching', 'business_plans'] as const;
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
