// Shapes of the referral and directory routes' answers (see the Referral,
// ProviderService and ServiceProvider schemas in /api/docs). Statuses, fields
// and service types are the domain's.
import type {
  AgreementType,
  Applicant,
  ConsentException,
  EligibilityResult,
  EligibilityRules,
  OverdueReason,
  ReferralStatus,
  ReferralUrgency,
  ServiceType,
  ShareableField,
} from '@reintegra/domain';

export interface ServiceProvider {
  id: string;
  missionId: string;
  name: string;
  kind: string;
  contact: { person: string; phone: string; email: string; address: string; hours: string };
  agreement: AgreementType;
  agreementEndsOn: string | null;
  qualityNotes: string;
  verifiedOn: string | null;
  active: boolean;
  version: number;
}

/** A service as the directory lists it under its provider. */
export interface ProviderService {
  id: string;
  name: string;
  type: ServiceType;
  description: string;
  eligibility: string;
  rules: EligibilityRules | null;
  coverage: string[];
  location: string;
  cost: string;
  languages: string[];
  capacityPerMonth: number | null;
  waitDays: number | null;
  neededFields: ShareableField[];
  /** Annex 7: a service lacking any of the three is a gap. */
  available: boolean;
  adequateQuality: boolean;
  accessible: boolean;
  active: boolean;
  version: number;
}

/** A service found by a search, with its provider. */
export interface FoundService extends ProviderService {
  provider: ServiceProvider;
}

export interface ProviderWithServices extends ServiceProvider {
  services: ProviderService[];
}

/** Per type of service: how many are listed, and how many of those are available, adequate and accessible. */
export interface ServiceGapCount {
  type: ServiceType;
  listed: number;
  adequate: number;
}

export interface Referral {
  id: string;
  caseId: string;
  serviceId: string;
  providerId: string;
  planLineId: string | null;
  reason: string;
  urgency: ReferralUrgency;
  status: ReferralStatus;
  sharedFields: ShareableField[];
  sharingJustification: string;
  /** The partner's criteria as checked on drafting; null when the service has none. */
  eligibility: (EligibilityResult & { facts: Applicant }) | null;
  eligibilityException: string;
  consentException: ConsentException | null;
  exceptionDeterminedBy: string | null;
  identifiedAt: string;
  returneeInformedAt: string | null;
  sentAt: string | null;
  acceptedAt: string | null;
  serviceStartedAt: string | null;
  completedAt: string | null;
  closedAt: string | null;
  /** Why it was declined, not delivered or cancelled. */
  closeReason: string | null;
  dueOn: string | null;
  received: boolean | null;
  metNeed: boolean | null;
  returneeSatisfaction: number | null;
  outcomeNote: string | null;
  createdBy: string;
  version: number;
}

/** A referral in the follow-up list across cases. */
export interface FollowedReferral extends Referral {
  caseReference: string;
  provider: string;
  overdue: OverdueReason | null;
}
