import {
  counsellingTypes,
  meetingReasons,
  meetingTypes,
  screeningPhases,
  sessionSettings,
} from '@reintegra/domain';
import { boolean, date, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/tables.ts';
import { userRole, users } from '../users/tables.ts';

export const assessmentKind = pgEnum('assessment_kind', ['vulnerability', 'needs', 'best_interests']);
export const assessmentPhase = pgEnum('assessment_phase', screeningPhases);

/**
 * One assessment of a case: the vulnerability screening, the needs and skills
 * assessment, a child's best-interests assessment. Assessments are revisited
 * when circumstances change (seed-002 L996), so each is kept and a new one is
 * added rather than the old one edited.
 */
export const assessments = pgTable(
  'assessments',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    kind: assessmentKind().notNull(),
    phase: assessmentPhase().notNull(),
    conductedOn: date({ mode: 'string' }).notNull(),
    conductedBy: uuid()
      .notNull()
      .references(() => users.id),
    /** The assessment's answers, in the shape the domain gives each kind. */
    findings: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('assessments_case_idx').on(t.caseId, t.kind, t.conductedOn)],
);

export const counsellingType = pgEnum('counselling_type', counsellingTypes);
export const sessionSetting = pgEnum('session_setting', sessionSettings);
export const meetingType = pgEnum('meeting_type', meetingTypes);
export const meetingReason = pgEnum('meeting_reason', meetingReasons);

/** A counselling session: what was done and agreed; the notes are confidential. */
export const counsellingSessions = pgTable(
  'counselling_sessions',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    heldOn: date({ mode: 'string' }).notNull(),
    type: counsellingType().notNull(),
    /** B3's type and reasons of the meeting (seed-000 L917); reasons may be empty (see the domain's CounsellingSession). */
    meetingType: meetingType().notNull(),
    reasons: meetingReason().array().notNull(),
    setting: sessionSetting().notNull(),
    attendees: jsonb().$type<{ name: string; role: string }[]>().notNull(),
    topics: text().array().notNull(),
    interpreterBriefed: boolean(),
    firstLineSupportGiven: boolean().notNull(),
    referralNeeded: boolean().notNull(),
    agreedNextSteps: text().notNull(),
    continued: boolean().notNull(),
    notes: text().notNull().default(''),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    /** The recorder's role then, which decides who may read the notes (as for confidential case notes). */
    recorderRole: userRole().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('counselling_sessions_case_idx').on(t.caseId, t.heldOn)],
);
