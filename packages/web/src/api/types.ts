// Shapes of what the server sends, as documented at /api/docs. Roles, scopes
// and permissions come from the domain package so both sides share one list.
import type {
  AttachmentKind,
  AttachmentType,
  AvrrCategory,
  BestInterestsAssessment,
  CaseManagementSuggestion,
  CaseManagementType,
  CasePhase,
  CaseStatus,
  ClosureReason,
  CounsellingSession as CounsellingSessionRecord,
  DuplicateReason,
  InterviewLocation,
  MergeableField,
  MissionRole,
  NameScript,
  NeedsAssessment,
  Permission,
  Relationship,
  ReturnMotivation,
  Role,
  RssBand,
  RssInstrument,
  RssRoundKind,
  RssRoundStatus,
  RssScheduleId,
  returnAssistance,
  returnPermanence,
  returnTransport,
  returnVoluntariness,
  Scope,
  ScreeningPhase,
  TaskKind,
  TaskStatus,
  TransferRecipient,
  TransferStatus,
  Vulnerability,
  VulnerabilityScreening,
  WeightSet,
} from '@reintegra/domain';

export type Language = 'en' | 'fr' | 'ar';

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  scope: Scope;
  missionId: string | null;
  officeId: string | null;
  /** A referral partner's organisation, from the service directory; null for staff. */
  serviceProviderId: string | null;
  language: Language;
  active: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
}

/** The signed-in user, what they may do, and the token to send back on writes. */
export interface Me {
  user: User;
  permissions: Permission[];
  csrfToken: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface RoleDescription {
  role: Role;
  permissions: Permission[];
  defaultScope: Scope;
  maxScope: Scope;
}

export interface Mission {
  id: string;
  name: string;
  countryCode: string;
  role: MissionRole;
  active: boolean;
  version: number;
}

export interface Office {
  id: string;
  missionId: string;
  name: string;
  location: string;
  active: boolean;
  version: number;
}

export interface StaffMember {
  id: string;
  displayName: string;
  role: Role;
  missionId: string | null;
  officeId: string | null;
  active: boolean;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  outcome: string;
  recordType: string | null;
  recordId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; reason: string } | null;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
}

export interface CaseSummary {
  id: string;
  /** Mission country, year and number: NE-2026-000001. */
  reference: string;
  phase: CasePhase;
  status: CaseStatus;
  officeId: string;
  missionId: string;
  /** Seen only by staff named on the case. */
  sensitive: boolean;
  /** Situations of vulnerability the case is flagged with, in the domain's order. */
  vulnerabilities: Vulnerability[];
  caseManagementType: 'generalist' | 'intensive' | null;
  person: {
    id: string;
    name: string;
    sex: Sex;
    dateOfBirth: string | null;
    birthYear: number | null;
    nationality: string | null;
  };
  /** The day the first open task is due (yyyy-mm-dd); null with no task open. */
  nextDueOn: string | null;
  updatedAt: string;
  version: number;
}

export type Sex = 'female' | 'male' | 'unknown';
export type IdentifierKind =
  | 'passport'
  | 'national_id'
  | 'programme_case_number'
  | 'laissez_passer'
  | 'other';
export type ConsentPurpose = 'registration' | 'data_sharing' | 'referral' | 'transfer';
export type ConsentMethod = 'written' | 'verbal';
export type AssignmentFunction = 'protection' | 'reintegration' | 'mentor' | 'supervisor';

export interface Consent {
  id: string;
  purpose: ConsentPurpose;
  method: ConsentMethod;
  givenBy: string;
  witnessedBy: string | null;
  givenAt: string;
  withdrawnAt: string | null;
}

export interface TimelineEvent {
  at: string;
  actorId: string | null;
  /** 'opened', 'consent_recorded', 'status_changed', and kinds later versions add. */
  kind: string;
  details: Record<string, unknown>;
}

/** The migration and the return the case is about; every part may be unknown. */
export interface CaseMigration {
  /** ISO 3166-1 alpha-2: the country the person returns from. */
  hostCountry: string | null;
  /** Countries stayed in since leaving, in order; either day may be unknown. */
  stays: { country: string; from: string | null; to: string | null }[];
  reasonsForMigrating: string;
  motivations: ReturnMotivation[];
  avrrCategory: AvrrCategory | null;
  assistance: (typeof returnAssistance)[number] | null;
  voluntariness: (typeof returnVoluntariness)[number] | null;
  permanence: (typeof returnPermanence)[number] | null;
  transport: (typeof returnTransport)[number] | null;
  plannedReturnOn: string | null;
  returnedOn: string | null;
  /** Whole months from the first stay abroad to the return; null when either end is unknown. */
  monthsAway: number | null;
  version: number;
}

/** Everything the case page shows, in one answer. */
export interface CaseNote {
  id: string;
  authorId: string;
  body: string;
  confidential: boolean;
  createdAt: string;
}

export interface CaseFile {
  summary: CaseSummary;
  resumeStatus: CaseStatus | null;
  person: {
    id: string;
    sex: Sex;
    gender: string | null;
    dateOfBirth: string | null;
    birthYear: number | null;
    /** Only a year (or an age) was known. */
    birthDateEstimated: boolean;
    nationality: string | null;
    languages: string[];
    placeOfOrigin: string | null;
    placeOfIntendedReturn: string | null;
    names: { script: NameScript; givenNames: string; familyName: string; primary: boolean }[];
    phones: { e164: string; raw: string; active: boolean }[];
    identifiers: { kind: IdentifierKind; value: string; issuingCountry: string | null }[];
  };
  assignments: { id: string; userId: string; function: AssignmentFunction; assignedAt: string }[];
  screening: {
    programme: string;
    eligible: boolean;
    reasons: string;
    needsMediumToLongTermServices: boolean;
    atMediumToHighRisk: boolean;
    overridden: boolean;
    screenedAt: string;
  } | null;
  consents: Consent[];
  /** Newest first; confidential ones only where the reader's role allows. */
  notes: CaseNote[];
  timeline: TimelineEvent[];
  /** Names of everyone the assignments and the timeline mention, so the page needs no look-up per id. */
  staff: { id: string; displayName: string }[];
  /** The latest closure proposal, whatever became of it. */
  closure: ClosureProposal | null;
  /** Soonest due first, open and closed. */
  tasks: CaseTask[];
  /** Duplicate records merged into this person's record, oldest first. */
  merges: PersonMerge[];
  /** Newest first; removed ones are left out. */
  attachments: Attachment[];
  /** Transfers to partners or government, newest first. */
  transfers: Transfer[];
  household: Household | null;
  /** Null until recorded. */
  migration: CaseMigration | null;
  /** Set when this case was a duplicate merged into another; it is then closed. */
  mergedInto: { id: string; reference: string } | null;
  /** The moves the lifecycle allows from the current status. */
  nextStatuses: CaseStatus[];
}

/** One field of a merge: what each record held before, and what the surviving record kept. */
export interface MergeOutcome {
  field: MergeableField | 'languages';
  kept: unknown;
  survivor: unknown;
  merged: unknown;
  /** Whose value was kept; lists (languages) are joined. */
  from: 'survivor' | 'merged' | 'both';
}

export interface PersonMerge {
  decidedAt: string;
  decidedBy: string;
  fields: MergeOutcome[];
  /** What the merged record brought that this one lacked. */
  added: { names: string[]; phones: string[]; identifiers: string[] };
}

export interface HouseholdMember {
  id: string;
  personId: string;
  name: string;
  sex: Sex;
  dateOfBirth: string | null;
  birthYear: number | null;
  /** Under 18 today; null when the age is not known. */
  child: boolean | null;
  /** To the household's reference person. */
  relationship: Relationship;
  returnsTogether: boolean;
  joinedAt: string;
  /** The member's own case, when there is one the reader may see. */
  case: { id: string; reference: string } | null;
}

export interface Household {
  id: string;
  version: number;
  members: HouseholdMember[];
}

export interface Attachment {
  id: string;
  kind: AttachmentKind;
  contentType: AttachmentType;
  fileName: string;
  description: string;
  /** In bytes. */
  size: number;
  uploadedBy: string;
  uploadedAt: string;
}

export interface Transfer {
  id: string;
  recipient: TransferRecipient;
  organisation: string;
  contactName: string;
  contactDetails: string;
  reason: string;
  summary: string;
  status: TransferStatus;
  proposedBy: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  receivedAt: string | null;
  version: number;
}

/** Something waiting for a supervisor: a closure (reason: a closure reason code) or a transfer (free text). */
export interface Approval {
  kind: 'closure' | 'transfer';
  id: string;
  proposedBy: string;
  proposedAt: string;
  reason: string;
  case: CaseSummary;
}

/** A case-list filter a user named and kept: the list's query parameters as strings. */
export interface SavedFilter {
  id: string;
  name: string;
  filters: Record<string, string>;
  createdAt: string;
}

/** Something due on a case by a day; the lifecycle starts some itself (title ''). */
export interface CaseTask {
  id: string;
  kind: TaskKind;
  title: string;
  /**
   * For tasks the system starts: the survey round (`baseline`, `interim`,
   * `endline`) of a `survey` task, or the dimension (`economic`, `social`,
   * `psychosocial`) of a `support` task. Null otherwise.
   */
  topic: string | null;
  /** A calendar day, YYYY-MM-DD. */
  dueOn: string;
  /** Null: the whole team of the case. */
  assigneeId: string | null;
  status: TaskStatus;
  /** Open and its day has passed, as the server counted it. */
  overdue: boolean;
  closedAt: string | null;
  version: number;
}

/** An open task in the list across cases, with the case it belongs to. */
export interface OpenTask extends CaseTask {
  case: { id: string; reference: string; name: string };
}

export type HandOverConsent = 'yes' | 'no' | 'not_applicable';

export interface ClosureProposal {
  reason: ClosureReason;
  outcome: 'pending' | 'approved' | 'returned';
  planReviewed: boolean;
  exitInterviewDone: boolean;
  unmetNeedsRecorded: boolean;
  handOverConsented: HandOverConsent;
  unmetNeeds: string;
  notes: string;
  proposedAt: string;
}

export interface LikelyDuplicate {
  /** 0 to 1; 1 is certainly the same person. */
  score: number;
  reasons: DuplicateReason[];
  case: CaseSummary;
}

export type HandOverStatus = 'pending' | 'accepted' | 'returned' | 'cancelled';

/** A case sent from one mission to another, waiting for (or after) the receiving side's decision. */
export interface HandOver {
  id: string;
  caseId: string;
  status: HandOverStatus;
  fromMissionId: string;
  fromOfficeId: string;
  toMissionId: string;
  needs: string;
  vulnerabilities: string;
  plannedAssistance: string;
  /** A calendar date, YYYY-MM-DD. */
  expectedArrival: string | null;
  arrivalDetails: string;
  sentBy: string;
  sentAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  version: number;
  case: CaseSummary;
}

// The Reintegration Sustainability Survey (RSS): rounds on a case and their scores.

/** The instrument as `GET /rss/instrument` sends it: the domain's own type. */
export type RssInstrumentView = RssInstrument;

/** A threshold scheme as the server names it: below `lower` intensified support, above `upper` hands-off. */
export interface RssThresholdSchemeView {
  id: string;
  label: string;
  source: string;
  lower: number;
  upper: number;
}

/** The scores of a completed round, with what made them (instrument, weight set, scheme). */
export interface RssScoresView {
  economic: number | null;
  social: number | null;
  psychosocial: number | null;
  composite: number | null;
  /** "I don't know" and "I don't wish to answer" answers. */
  dontKnowCount: number;
  /** More than seven of them (seed-002 L1155). */
  lowReliability: boolean;
  bands: Record<'economic' | 'social' | 'psychosocial' | 'composite', RssBand | null>;
  thresholdScheme: string;
  instrumentVersion: number;
  weightSet: string;
  weightSetVersion: number;
  /** Made with weights that are not IOM's official ones. */
  provisional: boolean;
}

export interface RssRound {
  id: string;
  caseId: string;
  kind: RssRoundKind;
  status: RssRoundStatus;
  instrument: string;
  instrumentVersion: number;
  interviewerId: string;
  /** The interviewer works on the case; the seed recommends someone else (seed-002 L6580). */
  interviewerOnCase: boolean;
  location: InterviewLocation;
  /** A calendar day, YYYY-MM-DD. */
  interviewedOn: string;
  consentGiven: boolean;
  consentMethod: ConsentMethod;
  profile: Record<string, string | number | boolean | null>;
  answers: Record<string, string | string[]>;
  explanations: Record<string, string>;
  notes: Record<string, string>;
  followUps: Record<string, string[]>;
  interruptedReason: string | null;
  startedAt: string;
  finishedAt: string | null;
  version: number;
  /** Made with the active global weight set. */
  scores: RssScoresView | null;
  /** Made with the country of return's own set, beside the global scores, when it has one. */
  countryScores: RssScoresView | null;
}

/** `GET /cases/:id/rss-rounds` and the answer to every command on a round: oldest first. */
export interface RssRounds {
  items: RssRound[];
  thresholdScheme: RssThresholdSchemeView;
}

export type RssWeightSetView = WeightSet & { active: boolean };

// The survey's administration and management side: weight sets, programme
// settings, imports of surveys collected elsewhere, managers' figures, and the
// jobs that do the long work.

/** Long work the server does after answering (an import, a recompute): poll `GET /jobs/:id`. */
export interface Job<Report = Record<string, unknown>> {
  id: string;
  kind: string;
  status: 'running' | 'done' | 'failed';
  /** Units to do, once known. */
  total: number | null;
  done: number;
  /** The work's own report when done; `{error}` when it failed. */
  report: Report | { error?: string };
  startedAt: string;
  finishedAt: string | null;
}

/** What `POST /rss/weight-sets` takes: the set without its active flag. */
export type RssWeightSetInput = WeightSet;

/** The report of an `rss.recompute` job. */
export interface RssRecomputeReport {
  rounds: number;
  weightSet: string;
  weightSetVersion: number;
}

/** A row of an import that was not stored, with every reason (in English: the server words them). */
export interface RssImportRejection {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  caseNumber: string;
  problems: { column: string; message: string }[];
}

/** The report of an `rss.import` job. At most 1000 rejections are listed; `rejected` counts them all. */
export interface RssImportReport {
  rows: number;
  imported: number;
  alreadyImported: number;
  rejected: number;
  rejections: RssImportRejection[];
}

/** A programme's round schedule and threshold scheme; programme '' is the default. */
export interface RssProgrammeSettings {
  programme: string;
  schedule: RssScheduleId;
  thresholdScheme: string;
}

export interface RssSettings {
  items: RssProgrammeSettings[];
  thresholdSchemes: RssThresholdSchemeView[];
}

/** A figure under the smallest shown count is null: too few returnees to show it. */
export interface RssSummaryMeasure {
  count: number | null;
  mean: number | null;
  bands: Record<RssBand, number | null>;
}

/** `GET /rss/summary`: returnees in the reader's scope, each by their latest completed round. */
export interface RssSummary {
  returnees: number | null;
  dimensions: Record<'economic' | 'social' | 'psychosocial' | 'composite', RssSummaryMeasure>;
  /** Returnees with a composite score of 0.5 or more (seed-002 L3554). */
  compositeAtLeastHalf: number | null;
  /** The sets behind the figures, as `id@version`. */
  weightSets: string[];
  smallestShownCount: number;
  thresholdScheme: RssThresholdSchemeView;
}

// Assessments and counselling sessions on a case (`/cases/:id/assessments`,
// `/cases/:id/counselling-sessions`): what was found and what was done.

/** A needs assessment as recorded: the findings and the type of case management the caseworker decided. */
export type NeedsFindings = NeedsAssessment & { caseManagementType: CaseManagementType };

interface AssessmentRecord {
  id: string;
  phase: ScreeningPhase;
  /** A calendar day, YYYY-MM-DD. */
  conductedOn: string;
  /** Named in the case file's staff list. */
  conductedBy: string;
  createdAt: string;
}

export type Assessment = AssessmentRecord &
  (
    | { kind: 'vulnerability'; findings: VulnerabilityScreening }
    | {
        kind: 'needs';
        /** With what the latest screening and the needs suggested when it was recorded. */
        findings: NeedsFindings & { suggestion: CaseManagementSuggestion };
      }
    | { kind: 'best_interests'; findings: BestInterestsAssessment }
  );
export type AssessmentKind = Assessment['kind'];

/** The answer to a recorded assessment: with the tasks it started (a referral for an urgent disclosure). */
export interface RecordedAssessment {
  assessment: Assessment;
  started: { kind: string; topic: string }[];
}

export interface CounsellingSession extends CounsellingSessionRecord {
  id: string;
  /** Null when the reader's role may not read them; '' when none were written. */
  notes: string | null;
  recordedBy: string;
  createdAt: string;
}
