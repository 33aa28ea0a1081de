// What the complaint and wellbeing routes send (see /api/docs, tags complaints and wellbeing).
import type {
  ComplaintChannel,
  ComplaintHandlingStatus,
  ComplaintKind,
  ComplaintSubject,
  Figure,
  SatisfactionAnswer,
  WellbeingAnswers,
  WellbeingQuestion,
} from '@reintegra/domain';

interface Person {
  id: string;
  displayName: string;
}

export interface Complaint {
  id: string;
  kind: ComplaintKind;
  channel: ComplaintChannel;
  about: ComplaintSubject;
  subject: string;
  case: { id: string; reference: string } | null;
  concernedUser: Person | null;
  receivedOn: string;
  anonymous: boolean;
  complainantName: string;
  complainantContact: string;
  satisfaction: SatisfactionAnswer | null;
  status: ComplaintHandlingStatus;
  nextStatuses: ComplaintHandlingStatus[];
  resolution: string;
  dismissalReason: string;
  closedOn: string | null;
  handler: Person;
  missionId: string;
  officeId: string | null;
  recordedBy: Person;
  recordedAt: string;
  version: number;
}

export interface ComplaintFilters {
  status: ComplaintHandlingStatus | '';
  kind: ComplaintKind | '';
  about: ComplaintSubject | '';
  from: string;
  to: string;
}

export interface WellbeingSurvey {
  surveyYear: number;
  answered: boolean;
}

export interface WellbeingSummary {
  respondents: Figure;
  ableToManageStress: Figure;
  byPlace: { missionId: string; officeId: string | null; figure: Figure }[];
  questions: {
    question: WellbeingQuestion;
    answers: { answer: WellbeingAnswers[WellbeingQuestion]; count: number | null }[];
    total: number | null;
  }[];
}
