import {
  attachmentKinds,
  attachmentTypes,
  avrrCategories,
  type ClosureReason,
  casePhases,
  caseStatuses,
  closureReasonCodes,
  handOverStatuses,
  type ReturnMotivation,
  returnAssistance,
  returnPermanence,
  returnTransport,
  returnVoluntariness,
  type Stay,
  taskKinds,
  taskStatuses,
  transferRecipients,
  transferStatuses,
  type Vulnerability,
} from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  char,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { missions, offices } from '../organisation/tables.ts';
import { persons } from '../people/tables.ts';
import { userRole, users } from '../users/tables.ts';

export const casePhase = pgEnum('case_phase', casePhases);
export const caseStatus = pgEnum('case_status', caseStatuses);
export const caseManagementType = pgEnum('case_management_type', ['generalist', 'intensive']);
export const assignmentFunction = pgEnum('assignment_function', [
  'protection',
  'reintegration',
  'mentor',
  'supervisor',
]);
export const consentPurpose = pgEnum('consent_purpose', [
  'registration',
  'data_sharing',
  'referral',
  'transfer',
]);
export const consentMethod = pgEnum('consent_method', ['written', 'verbal']);

/** A case file: one person's way through return and reintegration, held by one office. */
export const cases = pgTable(
  'cases',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Human reference, e.g. GN-2026-000123: mission country, year, sequence. */
    reference: text().notNull(),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    missionId: uuid()
      .notNull()
      .references(() => missions.id),
    officeId: uuid()
      .notNull()
      .references(() => offices.id),
    phase: casePhase().notNull(),
    status: caseStatus().notNull(),
    /** Where a suspended case, or one in closure review, goes back to. */
    resumeStatus: caseStatus(),
    caseManagementType: caseManagementType(),
    /** Restricted to named staff (trafficking, gender-based violence, child protection). */
    sensitive: boolean().notNull().default(false),
    /** The day the first open task is due (kept with the tasks): the "overdue" filter reads it from an index. */
    nextDueOn: date({ mode: 'string' }),
    /** Set when this case was merged into another (a duplicate registration): closed and kept as history. */
    mergedInto: uuid().references((): AnyPgColumn => cases.id),
    /** Situations of vulnerability (domain `vulnerabilities`): the header's flags and a list filter. */
    vulnerabilities: text().array().$type<Vulnerability[]>().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    version: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_reference_key').on(t.reference),
    // Lists page and count inside the index alone (index-only scans): every column the list
    // filters or sorts on is in it, `sensitive` last so that a restricted case is skipped unread.
    index('cases_office_status_idx').on(t.officeId, t.status, t.updatedAt, t.id, t.sensitive),
    index('cases_mission_status_idx').on(t.missionId, t.status, t.updatedAt, t.id, t.sensitive),
    index('cases_person_idx').on(t.personId),
    // Lists are newest first within an office, a mission or everywhere: read backwards.
    index('cases_office_recent_idx').on(t.officeId, t.updatedAt, t.id, t.sensitive),
    index('cases_mission_recent_idx').on(t.missionId, t.updatedAt, t.id, t.sensitive),
    index('cases_recent_idx').on(t.updatedAt, t.id, t.sensitive),
    index('cases_vulnerabilities_idx').using('gin', t.vulnerabilities),
    index('cases_office_due_idx').on(t.officeId, t.nextDueOn, t.sensitive),
    index('cases_mission_due_idx').on(t.missionId, t.nextDueOn, t.sensitive),
  ],
);

/** Who works on a case and in which function; an ended assignment is kept for the history. */
export const caseAssignments = pgTable(
  'case_assignments',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    function: assignmentFunction().notNull(),
    assignedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    endedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('case_assignments_case_idx').on(t.caseId),
    index('case_assignments_user_idx').on(t.userId, t.caseId).where(sql`${t.endedAt} is null`),
  ],
);

/** Screening for eligibility and for case management (seed-000 L743-L750). */
export const caseScreenings = pgTable(
  'case_screenings',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    programme: text().notNull(),
    eligible: boolean().notNull(),
    reasons: text().notNull(),
    needsMediumToLongTermServices: boolean().notNull(),
    atMediumToHighRisk: boolean().notNull(),
    /** A supervisor's recorded decision to register someone screening found not eligible. */
    overrideReason: text(),
    overrideBy: uuid().references(() => users.id),
    screenedBy: uuid()
      .notNull()
      .references(() => users.id),
    screenedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_screenings_case_idx').on(t.caseId)],
);

/** Consent as data: to what, by whom, when, how, witnessed by whom; withdrawn consent is kept, marked. */
export const consents = pgTable(
  'consents',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    purpose: consentPurpose().notNull(),
    method: consentMethod().notNull(),
    /** Who consented: the person, or a parent or guardian for a child. */
    givenBy: text().notNull(),
    witnessedBy: text(),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    givenAt: timestamp({ withTimezone: true }).notNull(),
    withdrawnAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('consents_case_idx').on(t.caseId, t.purpose)],
);

/** Everything that happened to a case, in order: the case page's timeline. */
export const caseEvents = pgTable(
  'case_events',
  {
    seq: bigserial({ mode: 'number' }).primaryKey(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    at: timestamp({ withTimezone: true }).notNull(),
    actorId: uuid().references(() => users.id),
    kind: text().notNull(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    index('case_events_case_idx').on(t.caseId, t.seq),
    // The type's history is read by every rebuild of the figures (indicators/refresh.ts): a few
    // changes among millions of events, found without reading the rest.
    index('case_events_cm_type_idx')
      .on(t.caseId, t.seq)
      .where(sql`${t.kind} = 'case_management_type_changed'`),
  ],
);

/** Case references are numbered per country and year (GN-2026-000123), whichever mission of the country opens them. */
export const caseCounters = pgTable(
  'case_counters',
  {
    countryCode: char({ length: 2 }).notNull(),
    year: integer().notNull(),
    last: integer().notNull(),
  },
  (t) => [primaryKey({ columns: [t.countryCode, t.year] })],
);

/** The offices that have held a case, so that each side keeps seeing its part of the history after a hand-over. */
export const caseHolders = pgTable(
  'case_holders',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    missionId: uuid()
      .notNull()
      .references(() => missions.id),
    officeId: uuid()
      .notNull()
      .references(() => offices.id),
    heldFrom: timestamp({ withTimezone: true }).notNull(),
    heldUntil: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('case_holders_case_idx').on(t.caseId),
    index('case_holders_office_idx').on(t.officeId, t.caseId),
  ],
);

export const handOverStatus = pgEnum('hand_over_status', handOverStatuses);

/** A hand-over of a case to another mission, with the note the receiving team acts on before arrival. */
export const caseHandOvers = pgTable(
  'case_hand_overs',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    fromMissionId: uuid()
      .notNull()
      .references(() => missions.id),
    fromOfficeId: uuid()
      .notNull()
      .references(() => offices.id),
    toMissionId: uuid()
      .notNull()
      .references(() => missions.id),
    status: handOverStatus().notNull().default('pending'),
    /** Needs, vulnerabilities, planned assistance: what the receiving caseworker must know. */
    needs: text().notNull(),
    vulnerabilities: text().notNull().default(''),
    plannedAssistance: text().notNull().default(''),
    expectedArrival: date({ mode: 'string' }),
    arrivalDetails: text().notNull().default(''),
    consentId: uuid()
      .notNull()
      .references(() => consents.id),
    sentBy: uuid()
      .notNull()
      .references(() => users.id),
    sentAt: timestamp({ withTimezone: true }).notNull(),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionReason: text(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index('case_hand_overs_case_idx').on(t.caseId),
    index('case_hand_overs_incoming_idx').on(t.toMissionId, t.status, t.sentAt),
    uniqueIndex('case_hand_overs_one_pending').on(t.caseId).where(sql`${t.status} = 'pending'`),
  ],
);

export const closureReason = pgEnum(
  'closure_reason',
  closureReasonCodes as [ClosureReason, ...ClosureReason[]],
);
export const closureOutcome = pgEnum('closure_outcome', ['pending', 'approved', 'returned']);

/** A proposed closure with its reason and checklist; a supervisor approves it (seed-002 L2007-L2009). */
export const caseClosures = pgTable(
  'case_closures',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    reason: closureReason().notNull(),
    planReviewed: boolean().notNull(),
    exitInterviewDone: boolean().notNull(),
    unmetNeedsRecorded: boolean().notNull(),
    /** 'yes', 'no', or 'not_applicable' when nothing is handed on. */
    handOverConsented: text().$type<'yes' | 'no' | 'not_applicable'>().notNull(),
    unmetNeeds: text().notNull().default(''),
    notes: text().notNull().default(''),
    outcome: closureOutcome().notNull().default('pending'),
    proposedBy: uuid()
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp({ withTimezone: true }).notNull(),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('case_closures_case_idx').on(t.caseId, t.proposedAt)],
);

/** A case note; a confidential one is read only by its author's role and above (see the domain rule). */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    /** The author's role when writing: the note stays as confidential as it was written. */
    authorRole: userRole().notNull(),
    body: text().notNull(),
    confidential: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.createdAt)],
);

export const taskKind = pgEnum('task_kind', taskKinds);
export const taskStatus = pgEnum('task_status', taskStatuses);

/** Something due on a case by a date: assessment, plan, follow-up, or anything a caseworker adds. */
export const caseTasks = pgTable(
  'case_tasks',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    kind: taskKind().notNull(),
    /** What to do, in the caseworker's words; empty for the tasks the lifecycle starts. */
    title: text().notNull().default(''),
    /** What a task the system starts is about: the survey round (`interim`) or the dimension (`social`). */
    topic: text(),
    dueOn: date({ mode: 'string' }).notNull(),
    /** Who should do it; nobody named means whoever works on the case. */
    assigneeId: uuid().references(() => users.id),
    status: taskStatus().notNull().default('open'),
    createdBy: uuid().references(() => users.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    closedBy: uuid().references(() => users.id),
    closedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
  },
  (t) => [
    index('case_tasks_case_idx').on(t.caseId, t.dueOn),
    // "Overdue" lists and filters read only the open tasks, by day.
    index('case_tasks_open_due_idx').on(t.dueOn, t.caseId).where(sql`${t.status} = 'open'`),
    index('case_tasks_open_assignee_idx').on(t.assigneeId, t.dueOn).where(sql`${t.status} = 'open'`),
  ],
);

export const attachmentKind = pgEnum('attachment_kind', attachmentKinds);
export const attachmentType = pgEnum('attachment_type', attachmentTypes);

/** A file attached to a case: its bytes are in the file store under `storageKey`; a removed one is kept, hidden. */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    kind: attachmentKind().notNull(),
    /** The type read from the file's first bytes. */
    contentType: attachmentType().notNull(),
    fileName: text().notNull(),
    description: text().notNull().default(''),
    size: integer().notNull(),
    /** Hex SHA-256 of the bytes, to show that the file read back is the one attached. */
    sha256: text().notNull(),
    storageKey: text().notNull(),
    uploadedBy: uuid()
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp({ withTimezone: true }).notNull(),
    removedBy: uuid().references(() => users.id),
    removedAt: timestamp({ withTimezone: true }),
    removalReason: text(),
  },
  (t) => [index('case_attachments_case_idx').on(t.caseId, t.uploadedAt)],
);

export const transferRecipient = pgEnum('transfer_recipient', transferRecipients);
export const transferStatus = pgEnum('transfer_status', transferStatuses);

/** A case transferred to a partner organisation or a government caseworker, after a supervisor's approval. */
export const caseTransfers = pgTable(
  'case_transfers',
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    recipient: transferRecipient().notNull(),
    /** The partner organisation, or the government service. */
    organisation: text().notNull(),
    contactName: text().notNull(),
    contactDetails: text().notNull().default(''),
    /** Why the case goes to them. */
    reason: text().notNull(),
    /** What the recipient is told: needs, assistance so far, what remains to do. */
    summary: text().notNull(),
    consentId: uuid()
      .notNull()
      .references(() => consents.id),
    status: transferStatus().notNull().default('awaiting_approval'),
    proposedBy: uuid()
      .notNull()
      .references(() => users.id),
    proposedAt: timestamp({ withTimezone: true }).notNull(),
    decidedBy: uuid().references(() => users.id),
    decidedAt: timestamp({ withTimezone: true }),
    decisionReason: text(),
    receivedAt: timestamp({ withTimezone: true }),
    version: integer().notNull().default(1),
  },
  (t) => [
    index('case_transfers_case_idx').on(t.caseId, t.proposedAt),
    index('case_transfers_awaiting_idx').on(t.status).where(sql`${t.status} = 'awaiting_approval'`),
    uniqueIndex('case_transfers_one_open')
      .on(t.caseId)
      .where(sql`${t.status} in ('awaiting_approval', 'approved')`),
  ],
);

/** A case-list filter a user named and keeps, e.g. "my overdue children". */
export const savedFilters = pgTable(
  'saved_filters',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    name: text().notNull(),
    /** The list's query parameters, as the list takes them. */
    filters: jsonb().$type<Record<string, string>>().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('saved_filters_user_name_key').on(t.userId, t.name)],
);

export const avrrCategory = pgEnum('avrr_category', avrrCategories);
export const returnAssistanceEnum = pgEnum('return_assistance', returnAssistance);
export const returnVoluntarinessEnum = pgEnum('return_voluntariness', returnVoluntariness);
export const returnPermanenceEnum = pgEnum('return_permanence', returnPermanence);
export const returnTransportEnum = pgEnum('return_transport', returnTransport);

/** The migration and return a case is about; one per case, all optional (see domain migration.ts). */
export const caseMigrations = pgTable('case_migrations', {
  caseId: uuid()
    .primaryKey()
    .references(() => cases.id),
  /** ISO 3166-1 alpha-2 of the country the person returns from. */
  hostCountry: char({ length: 2 }),
  /** Countries stayed in since leaving, in order: [{country, from, to}]. */
  stays: jsonb().$type<Stay[]>().notNull().default([]),
  reasonsForMigrating: text().notNull().default(''),
  motivations: text().array().$type<ReturnMotivation[]>().notNull().default(sql`'{}'::text[]`),
  avrrCategory: avrrCategory(),
  assistance: returnAssistanceEnum(),
  voluntariness: returnVoluntarinessEnum(),
  permanence: returnPermanenceEnum(),
  transport: returnTransportEnum(),
  plannedReturnOn: date({ mode: 'string' }),
  returnedOn: date({ mode: 'string' }),
  version: integer().notNull().default(1),
});
