// Counselling sessions as the Handbook describes them (seed-002 §2.2,
// L893–L991; Annex 1 Section F, L5985–L6100). A session record says what was
// done and agreed, not what was confided: notes are kept confidential
// (L941: "in a confidential and secure manner").
import type { MeetingReason, MeetingType } from '../indicators/records.ts';

export const counsellingTypes = [
  'pre_departure', // L893
  'first_arrival', // L909–L991
  'plan_development', // L985
  'follow_up', // L1272
  'family', // L1916–L1949
  'psychosocial', // L1845–L1852
  'career', // L1398–L1407
  'financial', // L1553–L1568
  'group_orientation', // L1897
] as const;
export type CounsellingType = (typeof counsellingTypes)[number];

/** Where it took place (L934–L936), phone added for follow-up calls. */
export const sessionSettings = ['office', 'home_visit', 'online', 'phone'] as const;
export type SessionSetting = (typeof sessionSettings)[number];

/** Annex 1 Section F topics that structure a planning session (L5985–L6100). */
export const counsellingTopics = [
  'expectations',
  'concerns',
  'adjustment',
  'coping',
  'family_and_friends',
  'community',
  'resources',
  'skills',
  'priorities',
  'goals',
  'assistance_process', // L915 "Informing the returnee about the reintegration assistance process"
] as const;
export type CounsellingTopic = (typeof counsellingTopics)[number];

export const attendeeRoles = [
  'returnee',
  'family_member',
  'caregiver',
  'interpreter',
  'staff',
  'partner',
  'other',
] as const;
export type AttendeeRole = (typeof attendeeRoles)[number];

export interface SessionAttendee {
  name: string;
  role: AttendeeRole;
}

export interface CounsellingSession {
  heldOn: string;
  type: CounsellingType;
  /** B3's type of meeting (seed-000 L917): where the session stands in the case's course, beside its kind. */
  meetingType: MeetingType;
  /**
   * B3's reasons (L917), the dimensions the session was held for. May be empty: a session about the
   * process itself (a pre-departure briefing, an intake's paperwork, a closure) is held for none of
   * them, and a forced choice would put invented reasons into the figures.
   */
  reasons: MeetingReason[];
  setting: SessionSetting;
  attendees: SessionAttendee[];
  topics: CounsellingTopic[];
  /** Interpreter briefed on confidentiality (L940); null when none was used. */
  interpreterBriefed: boolean | null;
  /** First-line psychological support or psychological first aid given (L913, L955). */
  firstLineSupportGiven: boolean;
  referralNeeded: boolean;
  agreedNextSteps: string;
  /** Interrupted or to be continued in another meeting (L938). */
  continued: boolean;
}

export interface SessionProblem {
  field: string;
  code: 'returnee_absent' | 'interpreter_not_stated';
}

/**
 * What makes a session record incomplete: the returnee is at every session
 * except a family session they chose not to join (L1918), and when an
 * interpreter attended the record says whether they were briefed (L940).
 */
export function sessionProblems(session: CounsellingSession): SessionProblem[] {
  const problems: SessionProblem[] = [];
  if (session.type !== 'family' && !session.attendees.some((a) => a.role === 'returnee')) {
    problems.push({ field: 'attendees', code: 'returnee_absent' });
  }
  if (session.attendees.some((a) => a.role === 'interpreter') && session.interpreterBriefed === null) {
    problems.push({ field: 'interpreterBriefed', code: 'interpreter_not_stated' });
  }
  return problems;
}
