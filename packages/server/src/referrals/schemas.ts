import {
  agreementTypes,
  consentExceptions,
  referralStatuses,
  referralUrgencies,
  serviceTypeCodes,
  shareableFields,
} from '@reintegra/domain';
import { z } from 'zod';

const words = (max: number) => z.string().trim().max(max);

export const providerInput = z.strictObject({
  name: words(300).min(1),
  kind: words(100).default(''),
  contact: z.strictObject({
    person: words(200).default(''),
    phone: words(50).default(''),
    email: words(254).default(''),
    address: words(500).default(''),
    hours: words(200).default(''),
  }),
  agreement: z.enum(agreementTypes).default('none'),
  agreementEndsOn: z.iso.date().nullable().default(null),
  qualityNotes: words(4000).default(''),
  verifiedOn: z.iso.date().nullable().default(null),
});

export const serviceInput = z.strictObject({
  name: words(300).min(1),
  type: z.enum(serviceTypeCodes),
  description: words(4000).default(''),
  eligibility: words(4000).default(''),
  rules: z
    .strictObject({
      minAge: z.int().min(0).max(120).nullable(),
      maxAge: z.int().min(0).max(120).nullable(),
      maxSchoolYear: z.int().min(0).max(30).nullable(),
      maxDistanceKm: z.strictObject({ urban: z.number().min(0), rural: z.number().min(0) }).nullable(),
    })
    .nullable()
    .default(null),
  coverage: z.array(words(200).min(1)).max(200).default([]),
  location: words(500).default(''),
  cost: words(500).default(''),
  languages: z.array(words(50).min(1)).max(30).default([]),
  capacityPerMonth: z.int().min(0).nullable().default(null),
  waitDays: z.int().min(0).nullable().default(null),
  neededFields: z.array(z.enum(shareableFields)).max(shareableFields.length).default([]),
  available: z.boolean().default(true),
  adequateQuality: z.boolean().default(true),
  accessible: z.boolean().default(true),
});

export const serviceSearch = z.strictObject({
  type: z.enum(serviceTypeCodes).optional(),
  place: words(200).optional(),
  q: words(200).optional(),
});

export const referralInput = z.strictObject({
  serviceId: z.uuid(),
  reason: words(2000).min(1),
  urgency: z.enum(referralUrgencies),
  planLineId: words(64).nullable().default(null),
  fields: z.array(z.enum(shareableFields)).max(shareableFields.length),
  justification: words(2000).default(''),
  returneeInformed: z
    .boolean()
    .describe('The returnee was told of the service: the referral counts from then (seed-003 L97)'),
  /** What the case does not hold for the partner's criteria, and why to go ahead if they are not met. */
  eligibility: z
    .strictObject({
      schoolYear: z.int().min(0).max(30).nullable().default(null),
      setting: z.enum(['urban', 'rural']).nullable().default(null),
      distanceKm: z.number().min(0).max(5000).nullable().default(null),
      exception: words(2000).default(''),
    })
    .default({ schoolYear: null, setting: null, distanceKm: null, exception: '' }),
});

export const sendInput = z.strictObject({
  version: z.int().min(1),
  /** Without a consent to referral on the case: why, and who determined it (seed-002 L3025). */
  exception: z
    .strictObject({ reason: z.enum(consentExceptions), determinedBy: words(200).min(1) })
    .nullable()
    .default(null),
});

export const moveInput = z.strictObject({
  version: z.int().min(1),
  to: z.enum(referralStatuses),
  reason: words(2000).default(''),
});

export const outcomeInput = z.strictObject({
  version: z.int().min(1),
  received: z.boolean(),
  metNeed: z.boolean().nullable(),
  returneeSatisfaction: z.int().min(1).max(5).nullable(),
  note: words(2000).default(''),
});

/** A change to a provider: what is sent changes, nothing else (no defaults here). */
export const providerChange = z.strictObject({
  version: z.int().min(1),
  name: words(300).min(1).optional(),
  kind: words(100).optional(),
  contact: providerInput.shape.contact.optional(),
  agreement: z.enum(agreementTypes).optional(),
  agreementEndsOn: z.iso.date().nullable().optional(),
  qualityNotes: words(4000).optional(),
  verifiedOn: z.iso.date().nullable().optional(),
  active: z.boolean().optional(),
});

/** A change to a service, e.g. its Annex 7 marks or its withdrawal (`active: false`). */
export const serviceChange = z.strictObject({
  version: z.int().min(1),
  name: words(300).min(1).optional(),
  description: words(4000).optional(),
  eligibility: words(4000).optional(),
  rules: serviceInput.shape.rules.unwrap().optional(),
  coverage: z.array(words(200).min(1)).max(200).optional(),
  location: words(500).optional(),
  cost: words(500).optional(),
  capacityPerMonth: z.int().min(0).nullable().optional(),
  waitDays: z.int().min(0).nullable().optional(),
  neededFields: z.array(z.enum(shareableFields)).max(shareableFields.length).optional(),
  available: z.boolean().optional(),
  adequateQuality: z.boolean().optional(),
  accessible: z.boolean().optional(),
  active: z.boolean().optional(),
});
