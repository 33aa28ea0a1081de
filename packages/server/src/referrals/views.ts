import {
  agreementTypes,
  consentExceptions,
  eligibilityFindings,
  referralStatuses,
  referralUrgencies,
  serviceTypeCodes,
  shareableFields,
} from '@reintegra/domain';
import { z } from 'zod';
import type { serviceProviders } from '../organisation/tables.ts';
import type { Referral } from './service.ts';
import type { providerServices } from './tables.ts';

const instant = z.iso.datetime({ offset: true }).nullable();
const iso = (d: Date | null) => d?.toISOString() ?? null;

export const providerView = z
  .object({
    id: z.uuid(),
    missionId: z.uuid(),
    name: z.string(),
    kind: z.string(),
    contact: z.object({
      person: z.string(),
      phone: z.string(),
      email: z.string(),
      address: z.string(),
      hours: z.string(),
    }),
    agreement: z.enum(agreementTypes),
    agreementEndsOn: z.string().nullable(),
    qualityNotes: z.string(),
    verifiedOn: z.string().nullable(),
    active: z.boolean(),
    version: z.int(),
  })
  .meta({ id: 'ServiceProvider' });

export function toProviderView(p: typeof serviceProviders.$inferSelect): z.infer<typeof providerView> {
  return {
    id: p.id,
    missionId: p.missionId,
    name: p.name,
    kind: p.kind,
    contact: p.contact,
    agreement: p.agreement,
    agreementEndsOn: p.agreementEndsOn,
    qualityNotes: p.qualityNotes,
    verifiedOn: p.verifiedOn,
    active: p.active,
    version: p.version,
  };
}

export const serviceView = z
  .object({
    id: z.uuid(),
    provider: providerView,
    name: z.string(),
    type: z.enum(serviceTypeCodes),
    description: z.string(),
    eligibility: z.string(),
    rules: z
      .object({
        minAge: z.int().nullable(),
        maxAge: z.int().nullable(),
        maxSchoolYear: z.int().nullable(),
        maxDistanceKm: z.object({ urban: z.number(), rural: z.number() }).nullable(),
      })
      .nullable(),
    coverage: z.array(z.string()),
    location: z.string(),
    cost: z.string(),
    languages: z.array(z.string()),
    capacityPerMonth: z.int().nullable(),
    waitDays: z.int().nullable(),
    neededFields: z.array(z.enum(shareableFields)),
    available: z.boolean(),
    adequateQuality: z.boolean(),
    accessible: z.boolean(),
    active: z.boolean(),
    version: z.int(),
  })
  .meta({ id: 'ProviderService' });

export function toServiceView(row: {
  service: typeof providerServices.$inferSelect;
  provider: typeof serviceProviders.$inferSelect;
}): z.infer<typeof serviceView> {
  const s = row.service;
  return {
    id: s.id,
    provider: toProviderView(row.provider),
    name: s.name,
    type: s.type,
    description: s.description,
    eligibility: s.eligibility,
    rules: s.rules ?? null,
    coverage: s.coverage,
    location: s.location,
    cost: s.cost,
    languages: s.languages,
    capacityPerMonth: s.capacityPerMonth,
    waitDays: s.waitDays,
    neededFields: s.neededFields,
    available: s.available,
    adequateQuality: s.adequateQuality,
    accessible: s.accessible,
    active: s.active,
    version: s.version,
  };
}

const moments = {
  identifiedAt: instant,
  returneeInformedAt: instant,
  sentAt: instant,
  acceptedAt: instant,
  serviceStartedAt: instant,
  completedAt: instant,
  closedAt: instant,
};
const momentsOf = (r: Referral) => ({
  identifiedAt: r.identifiedAt.toISOString(),
  returneeInformedAt: iso(r.returneeInformedAt),
  sentAt: iso(r.sentAt),
  acceptedAt: iso(r.acceptedAt),
  serviceStartedAt: iso(r.serviceStartedAt),
  completedAt: iso(r.completedAt),
  closedAt: iso(r.closedAt),
});

/** A referral as the caseworker's side sees it. */
export const referralView = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    serviceId: z.uuid(),
    providerId: z.uuid(),
    planLineId: z.string().nullable(),
    reason: z.string(),
    urgency: z.enum(referralUrgencies),
    status: z.enum(referralStatuses),
    sharedFields: z.array(z.enum(shareableFields)),
    sharingJustification: z.string(),
    eligibility: z
      .object({
        unmet: z.array(z.enum(eligibilityFindings)),
        unknown: z.array(z.enum(eligibilityFindings)),
        facts: z.object({
          age: z.int().nullable(),
          schoolYear: z.int().nullable(),
          setting: z.enum(['urban', 'rural']).nullable(),
          distanceKm: z.number().nullable(),
        }),
      })
      .nullable()
      .describe('The partner’s criteria as checked on drafting; null when the service has none'),
    eligibilityException: z.string(),
    consentException: z.enum(consentExceptions).nullable(),
    exceptionDeterminedBy: z.string().nullable(),
    ...moments,
    closeReason: z.string().nullable(),
    dueOn: z.iso.date().nullable(),
    received: z.boolean().nullable(),
    metNeed: z.boolean().nullable(),
    returneeSatisfaction: z.int().nullable(),
    outcomeNote: z.string().nullable(),
    createdBy: z.uuid(),
    version: z.int(),
  })
  .meta({ id: 'Referral' });

export function toReferralView(r: Referral): z.infer<typeof referralView> {
  return {
    id: r.id,
    caseId: r.caseId,
    serviceId: r.serviceId,
    providerId: r.providerId,
    planLineId: r.planLineId,
    reason: r.reason,
    urgency: r.urgency,
    status: r.status,
    sharedFields: r.sharedFields,
    sharingJustification: r.sharingJustification,
    eligibility: r.eligibility ?? null,
    eligibilityException: r.eligibilityException,
    consentException: r.consentException,
    exceptionDeterminedBy: r.exceptionDeterminedBy,
    ...momentsOf(r),
    closeReason: r.closeReason,
    dueOn: r.dueOn,
    received: r.received,
    metNeed: r.metNeed,
    returneeSatisfaction: r.returneeSatisfaction,
    outcomeNote: r.outcomeNote,
    createdBy: r.createdBy,
    version: r.version,
  };
}

/** A referral as the partner sees it: the service, what was sent, the dates; no case id, no other case data. */
export const partnerReferralView = z
  .object({
    id: z.uuid(),
    service: z.string(),
    reason: z.string(),
    urgency: z.enum(referralUrgencies),
    status: z.enum(referralStatuses),
    shared: z.record(z.string(), z.unknown()).describe('Only the fields the caseworker chose to send'),
    eligibilityException: z
      .string()
      .describe('Why the person is referred though a criterion is not met or not known'),
    ...moments,
    closeReason: z.string().nullable(),
    dueOn: z.iso.date().nullable(),
    version: z.int(),
  })
  .meta({ id: 'PartnerReferral' });

export function toPartnerView(row: {
  referral: Referral;
  service: string;
}): z.infer<typeof partnerReferralView> {
  const r = row.referral;
  return {
    id: r.id,
    service: row.service,
    reason: r.reason,
    urgency: r.urgency,
    status: r.status,
    shared: r.sharedData ?? {},
    eligibilityException: r.eligibilityException,
    ...momentsOf(r),
    closeReason: r.closeReason,
    dueOn: r.dueOn,
    version: r.version,
  };
}
