// The plain records the indicators are counted from: the least each
// indicator needs, flattened, so a test can write them by hand and the
// server's SQL can be checked against the same definitions. Days are ISO
// dates (YYYY-MM-DD); a period includes both its first and last day.
import type { CaseManagementType } from '../cases/case-management.ts';
import { addDays } from '../cases/tasks.ts';
import type { BusinessType } from '../plans/business.ts';
import type { ReferralStatus } from '../referrals/lifecycle.ts';
import type { RssRoundKind } from '../rss/rounds.ts';

export interface ReportPeriod {
  from: string;
  to: string;
}

/** A calendar month, "2024-03", as a period: most Annex 2 indicators are monthly (seed-000 L916–L929). */
export function monthPeriod(month: string): ReportPeriod {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function inPeriod(day: string | null, period: ReportPeriod): day is string {
  return day !== null && day >= period.from && day <= period.to;
}

/** Whole days from one day to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** B3's "format" (seed-000 L917: "phone, in-person, etc."); online for internet calls and chat (L547, L647). */
export const meetingFormats = ['in_person', 'phone', 'online'] as const;
export type MeetingFormat = (typeof meetingFormats)[number];

/** B3's types of meeting (L917), with Annex 3's monitoring and closure (L1028–L1029) and B5's family mediation (L920). */
export const meetingTypes = [
  'intake',
  'follow_up',
  'beneficiary_request',
  'monitoring',
  'family_mediation',
  'closure',
] as const;
export type MeetingType = (typeof meetingTypes)[number];

/** B3's reasons for a meeting: "economic, social or psychosocial reintegration" (L917). */
export const meetingReasons = ['economic', 'social', 'psychosocial'] as const;
export type MeetingReason = (typeof meetingReasons)[number];

/** A case management interaction with a returnee (B3, B5, B6, P1, P2). */
export interface Meeting {
  caseId: string;
  caseworkerId: string;
  on: string;
  format: MeetingFormat;
  meetingType: MeetingType;
  reasons: readonly MeetingReason[];
  /** The case's CM type on the day: B3 groups by it, so a change of type splits a month's meetings. */
  cmTypeAtTime: CaseManagementType;
  /** Family members took part (B5, L920). */
  withFamily: boolean;
  /** Held at the returnee's home (B6, L921). */
  homeVisit: boolean;
}

export interface CmTypeChange {
  cmType: CaseManagementType;
  from: string;
}

export const sexCodes = ['female', 'male', 'unknown'] as const;
export type SexCode = (typeof sexCodes)[number];

/**
 * One spell of a case, from its opening to its closure; a re-opened case
 * starts a new spell (the study counts re-openings apart, L910).
 * - openedOn: the initial assessment after arrival, where case management
 *   starts (B4 measures "from the initial assessment after arrival to case
 *   closure", L919); for a re-opening, the day it re-opened.
 * - cmRequired: the Annex 3 Step 1 gate (L945–L950); spells where it is not
 *   true are assistance without case management and no CM indicator counts them.
 * - cmTypes: the dated history of the CM type (B2: it "could be that
 *   beneficiaries change type … over time", L914), oldest first; the first
 *   is the type identified at intake (B1, L913).
 * - caseworkerId: the assigned caseworker on the days the report looks at.
 */
export interface CaseSpell {
  caseId: string;
  /** 1 for the first spell, 2 and on for re-openings. */
  spell: number;
  /** The day of return; null when not yet returned (pre-return). */
  arrivedOn: string | null;
  openedOn: string;
  closedOn: string | null;
  cmRequired: boolean;
  cmTypes: readonly CmTypeChange[];
  caseworkerId: string | null;
  sex: SexCode;
  birthYear: number | null;
  vulnerable: boolean;
  mission: string;
  office: string;
  country: string;
  /** How the person returned (seed-002 L3652 "Mode of return"), a programme code; null when unknown. */
  returnModality: string | null;
}

/** Open at some time in the period: opened by its end, not closed before its start. */
export function openDuring(spell: CaseSpell, period: ReportPeriod): boolean {
  return spell.openedOn <= period.to && (spell.closedOn === null || spell.closedOn >= period.from);
}

/** Open at the end of a day: a spell closed that day is no longer open. */
export function openAtEndOf(spell: CaseSpell, day: string): boolean {
  return spell.openedOn <= day && (spell.closedOn === null || spell.closedOn > day);
}

/** The CM type in force on a day: the last change made by then. */
export function cmTypeOn(spell: CaseSpell, day: string): CaseManagementType | null {
  let type: CaseManagementType | null = null;
  for (const change of spell.cmTypes) if (change.from <= day) type = change.cmType;
  return type;
}

/** Every CM type the spell had on some day of the period while open. */
export function cmTypesDuring(spell: CaseSpell, period: ReportPeriod): CaseManagementType[] {
  if (!openDuring(spell, period)) return [];
  // ISO days sort as text: the later of the two starts, the earlier of the two ends.
  const first = [spell.openedOn, period.from].sort()[1] as string;
  const last = spell.closedOn === null ? period.to : ([spell.closedOn, period.to].sort()[0] as string);
  const types = new Set<CaseManagementType>();
  const atStart = cmTypeOn(spell, first);
  if (atStart !== null) types.add(atStart);
  for (const change of spell.cmTypes)
    if (change.from > first && change.from <= last) types.add(change.cmType);
  return [...types];
}

/** A five-point satisfaction answer and the two that say nothing (as the RSS, seed-002 Annex 4). */
export const satisfactionAnswers = [
  'very_satisfied',
  'satisfied',
  'neutral',
  'dissatisfied',
  'very_dissatisfied',
  'dont_know',
  'declined',
] as const;
export type SatisfactionAnswer = (typeof satisfactionAnswers)[number];

/**
 * A returnee's answer on their caseworker, asked apart from their answer on
 * the assistance (Recommendation 4, L597; A2, L906). The RSS has no such
 * question yet: A2's "Update questions in RSS as per below" lists none.
 */
export interface CaseworkerFeedback {
  caseId: string;
  caseworkerId: string;
  answeredOn: string;
  answer: SatisfactionAnswer;
}

/** The seed names the hotline (C2, L929); the rest are the ways returnees reach staff in Table 2 (L535–L552). */
export const complaintChannels = [
  'hotline',
  'in_person',
  'caseworker_phone',
  'group_chat',
  'written',
  /** Passed on by a referral partner who heard it (issue 7: "hotline, in person, partner"). */
  'partner',
] as const;
export type ComplaintChannel = (typeof complaintChannels)[number];

export const complaintStatuses = ['open', 'resolved', 'dismissed'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

export interface Complaint {
  /** Null when the complaint names no case, as an anonymous call to the hotline may not. */
  caseId: string | null;
  /** The caseworker assigned to the case when the complaint came in. */
  caseworkerId: string | null;
  channel: ComplaintChannel;
  /** Kept apart as Recommendation 4 asks (L597): only complaints about the caseworker count in C2. */
  about: 'caseworker' | 'assistance';
  receivedOn: string;
  status: ComplaintStatus;
  resolvedOn: string | null;
}

/** A reintegration plan with a micro-business, and whether the caseworker recommended a type (C3, L930). */
export interface BusinessRecommendation {
  caseId: string;
  caseworkerId: string;
  planApprovedOn: string;
  /** The type the caseworker recommended; null when none is recorded. */
  recommendedType: BusinessType | null;
  /** The type the returnee chose; null while it is not recorded, which follows no recommendation. */
  chosenType: BusinessType | null;
}

export const agreementAnswers = [
  'strongly_agree',
  'agree',
  'neutral',
  'disagree',
  'strongly_disagree',
  'declined',
] as const;
export type AgreementAnswer = (typeof agreementAnswers)[number];

/**
 * One answer to the annual workplace survey item "I am able to manage my
 * work-related stress" (C4, L933). The survey is anonymous by default:
 * caseworkerId is null unless the programme chose attributable answers,
 * which the seed's "given to managers on their caseworkers" asks for and
 * the study's own survey did not do (Finding 11).
 */
export interface WellbeingResponse {
  respondedOn: string;
  answer: AgreementAnswer;
  mission: string;
  office: string;
  caseworkerId: string | null;
}

/** A scored RSS interview (seed-002 L3636–L3642); only completed rounds have scores. */
export interface RssResult {
  caseId: string;
  kind: RssRoundKind;
  completedOn: string;
  composite: number | null;
}

/** A referral as the referral indicators need it (referrals/lifecycle.ts stamps each moment). */
export interface ReferralRecord {
  referralId: string;
  caseId: string;
  partnerId: string;
  service: string;
  status: ReferralStatus;
  sentOn: string | null;
  /** The partner's first answer or update of any kind (P4). */
  firstPartnerUpdateOn: string | null;
  acceptedOn: string | null;
  completedOn: string | null;
  /** Declined, not delivered or cancelled on this day. */
  closedOn: string | null;
  /** The returnee's satisfaction with the referred service, asked at follow-up (seed-003 L109, L362). */
  satisfaction: SatisfactionAnswer | null;
  satisfactionOn: string | null;
}

/** The last day of the window a referral's partner has to answer: sentOn + days. */
export function answerDueOn(referral: ReferralRecord, days: number): string | null {
  return referral.sentOn === null ? null : addDays(referral.sentOn, days);
}
