import {
  complaintChannels,
  complaintHandlingStatuses,
  complaintKinds,
  complaintSubjects,
  satisfactionAnswers,
  type WellbeingAnswers,
} from '@reintegra/domain';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from '../cases/tables.ts';
import { missions, offices } from '../organisation/tables.ts';
import { users } from '../users/tables.ts';

export const complaintKind = pgEnum('complaint_kind', complaintKinds);
export const complaintChannel = pgEnum('complaint_channel', complaintChannels);
export const complaintSubject = pgEnum('complaint_subject', complaintSubjects);
export const complaintHandlingStatus = pgEnum('complaint_handling_status', complaintHandlingStatuses);
export const complaintSatisfaction = pgEnum('complaint_satisfaction', satisfactionAnswers);

/**
 * A complaint or feedback from a returnee, their family or a partner, and its
 * handling (seed-000 C2, L929; Recommendation 4, L597). It sits in the office
 * of its case, or of whoever recorded it, and is read by those who handle
 * complaints there, never by the staff member it concerns.
 */
export const complaints = pgTable(
  'complaints',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: complaintKind().notNull(),
    channel: complaintChannel().notNull(),
    about: complaintSubject().notNull(),
    /** What the complainant said, in their words as the recorder took them. */
    subject: text().notNull(),
    caseId: uuid().references(() => cases.id),
    /** The staff member it concerns: C2 counts it against them when it is about the caseworker. */
    concernedUserId: uuid().references(() => users.id),
    receivedOn: date({ mode: 'string' }).notNull(),
    /** The complainant chose not to be named: name and contact stay empty. */
    anonymous: boolean().notNull(),
    complainantName: text().notNull().default(''),
    complainantContact: text().notNull().default(''),
    /** The returnee's satisfaction with the caseworker (A2, L906) or with the assistance, when asked. */
    satisfaction: complaintSatisfaction(),
    status: complaintHandlingStatus().notNull(),
    resolution: text().notNull().default(''),
    dismissalReason: text().notNull().default(''),
    /** The day it was resolved or dismissed. */
    closedOn: date({ mode: 'string' }),
    handlerId: uuid()
      .notNull()
      .references(() => users.id),
    missionId: uuid()
      .notNull()
      .references(() => missions.id),
    /** Null for a complaint recorded at mission level by someone of no office, with no case. */
    officeId: uuid().references(() => offices.id),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp({ withTimezone: true }).notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull(),
    version: integer().notNull().default(1),
  },
  (t) => [
    // Lists are newest first within an office, a mission or everywhere.
    index('complaints_office_received_idx').on(t.officeId, t.receivedOn),
    index('complaints_mission_received_idx').on(t.missionId, t.receivedOn),
    index('complaints_received_idx').on(t.receivedOn),
    index('complaints_case_idx').on(t.caseId),
    index('complaints_concerned_idx').on(t.concernedUserId),
  ],
);

/**
 * One anonymous answer to the staff wellbeing survey (C4, L933). No user id,
 * no time: only the survey year and where the respondent works, so that the
 * answer cannot be joined back to them through this table.
 */
export const wellbeingResponses = pgTable(
  'wellbeing_responses',
  {
    id: uuid().primaryKey().defaultRandom(),
    surveyYear: integer().notNull(),
    missionId: uuid()
      .notNull()
      .references(() => missions.id),
    officeId: uuid().references(() => offices.id),
    answers: jsonb().$type<WellbeingAnswers>().notNull(),
  },
  (t) => [
    index('wellbeing_responses_office_idx').on(t.officeId, t.surveyYear),
    index('wellbeing_responses_mission_idx').on(t.missionId, t.surveyYear),
  ],
);

/**
 * That a user has answered a year's survey, and nothing of what: one answer
 * per person and year, kept apart from the answers.
 */
export const wellbeingParticipation = pgTable(
  'wellbeing_participation',
  {
    userId: uuid()
      .notNull()
      .references(() => users.id),
    surveyYear: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.surveyYear] })],
);
