import {
  ageBands,
  avrrCategories,
  casePhases,
  caseStatuses,
  nameScripts,
  returnAssistance,
  returnMotivations,
  returnPermanence,
  returnTransport,
  returnVoluntariness,
  vulnerabilities,
} from '@reintegra/domain';
import { z } from 'zod';
import { booleanQuery } from '../platform/http.ts';

const country = z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2 code in capitals');
const isoDate = z.iso.date();

export const nameInput = z.strictObject({
  script: z.enum(nameScripts).optional().describe('Detected from the letters when absent'),
  givenNames: z.string().trim().min(1).max(200),
  familyName: z.string().trim().max(200).default(''),
});

export const identifierInput = z.strictObject({
  kind: z.enum(['passport', 'national_id', 'programme_case_number', 'laissez_passer', 'other']),
  value: z.string().trim().min(1).max(100),
  issuingCountry: country.optional(),
});

export const personInput = z.strictObject({
  names: z.array(nameInput).min(1).max(10).describe('The first is the primary name'),
  sex: z.enum(['female', 'male', 'unknown']),
  gender: z.string().trim().max(100).optional(),
  dateOfBirth: isoDate.optional(),
  birthYear: z.int().min(1900).max(2100).optional().describe('When only an age is known'),
  nationality: country.optional(),
  languages: z.array(z.string().trim().min(1).max(50)).max(10).default([]),
  phones: z.array(z.string().trim().min(3).max(40)).max(10).default([]),
  identifiers: z.array(identifierInput).max(10).default([]),
  placeOfOrigin: z.string().trim().max(200).optional(),
  placeOfIntendedReturn: z.string().trim().max(200).optional(),
});
export type PersonInput = z.infer<typeof personInput>;

export const screeningInput = z.strictObject({
  programme: z.string().trim().min(1).max(200),
  eligible: z.boolean(),
  reasons: z.string().trim().min(1).max(4000).describe('Which criteria were met or not, and why'),
  needsMediumToLongTermServices: z.boolean(),
  atMediumToHighRisk: z.boolean(),
});

export const consentInput = z.strictObject({
  purpose: z.enum(['registration', 'data_sharing', 'referral', 'transfer']),
  method: z.enum(['written', 'verbal']),
  givenBy: z.string().trim().min(1).max(200).describe('The person, or the parent or guardian of a child'),
  witnessedBy: z.string().trim().max(200).optional(),
  givenAt: z.iso.datetime().optional().describe('Defaults to now'),
});
export type ConsentInput = z.infer<typeof consentInput>;

/** The migration and the return (all optional: a returnee may come back on their own, seed-000 L399). */
export const migrationInput = z.strictObject({
  hostCountry: country.nullable().optional().describe('The country the person returns from'),
  stays: z
    .array(
      z.strictObject({
        country,
        from: isoDate.nullable().default(null),
        to: isoDate.nullable().default(null),
      }),
    )
    .max(20)
    .default([])
    .describe('Countries stayed in since leaving, in order'),
  reasonsForMigrating: z.string().trim().max(4000).default(''),
  motivations: z.array(z.enum(returnMotivations)).max(returnMotivations.length).default([]),
  avrrCategory: z.enum(avrrCategories).nullable().optional(),
  assistance: z.enum(returnAssistance).nullable().optional(),
  voluntariness: z.enum(returnVoluntariness).nullable().optional(),
  permanence: z.enum(returnPermanence).nullable().optional(),
  transport: z.enum(returnTransport).nullable().optional(),
  plannedReturnOn: isoDate.nullable().optional(),
  returnedOn: isoDate.nullable().optional().describe('The day of arrival in the country of origin'),
});
export type MigrationInput = z.infer<typeof migrationInput>;

export const newCaseInput = z.strictObject({
  officeId: z.uuid().optional().describe("Defaults to the user's own office"),
  phase: z.enum(casePhases),
  person: personInput,
  screening: screeningInput,
  consent: consentInput.optional().describe('Consent to registration, when already given'),
  migration: migrationInput.optional(),
  sensitive: z.boolean().default(false),
});
export type NewCaseInput = z.infer<typeof newCaseInput>;

export const duplicateQuery = z.strictObject({
  names: z.array(z.string().trim().min(2).max(200)).min(1).max(5),
  dateOfBirth: isoDate.optional(),
  birthYear: z.int().min(1900).max(2100).optional(),
  phone: z
    .string()
    .trim()
    .min(4)
    .max(40)
    .optional()
    .describe('A whole number, or its last digits (at least 6)'),
  identifiers: z.array(z.string().trim().min(2).max(100)).max(5).default([]),
});
export type DuplicateQuery = z.infer<typeof duplicateQuery>;

export const transitionInput = z.strictObject({
  version: z.int().min(1),
  to: z.enum(caseStatuses),
  reason: z.string().trim().max(4000).optional(),
});

export const caseListQuery = z.strictObject({
  q: z.string().trim().min(2).max(100).optional().describe('A reference, or part of a name in any script'),
  status: z.enum(caseStatuses).optional(),
  phase: z.enum(casePhases).optional(),
  officeId: z.uuid().optional(),
  assignedToMe: booleanQuery.optional(),
  overdue: booleanQuery.optional().describe('Only cases with a task open past its day'),
  vulnerability: z.enum(vulnerabilities).optional(),
  nationality: country.optional(),
  sex: z.enum(['female', 'male', 'unknown']).optional(),
  ageBand: z.enum(ageBands).optional().describe('Age today, from the date of birth or the birth year'),
  sort: z.enum(['updated', 'reference']).default('updated'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;
