import {
  attendeeRoles,
  bestInterestsTriggers,
  caseManagementTypes,
  counsellingTopics,
  counsellingTypes,
  determinantLevels,
  factorKinds,
  iscedLevels,
  meetingReasons,
  meetingTypes,
  participantRoles,
  referralTriggerCodes,
  screeningPhases,
  sessionSettings,
  vulnerabilities,
} from '@reintegra/domain';
import { z } from 'zod';

const words = (max: number) => z.string().trim().max(max);
const longText = words(4000).default('');

export const vulnerabilityFindings = z
  .strictObject({
    factors: z
      .array(
        z.strictObject({
          level: z.enum(determinantLevels),
          kind: z.enum(factorKinds),
          description: words(500).min(1),
        }),
      )
      .max(60),
    situations: z.array(z.enum(vulnerabilities)).max(vulnerabilities.length),
    triggers: z.array(z.enum(referralTriggerCodes)).max(referralTriggerCodes.length),
    immediateNeeds: longText,
    longTermNeeds: longText,
    consentToShareWithOrigin: z.boolean(),
  })
  .meta({ id: 'VulnerabilityScreening' });

export const needsFindings = z
  .strictObject({
    educationLevel: z.enum(iscedLevels),
    workHistory: z
      .array(
        z.strictObject({
          occupation: words(200).min(1),
          where: words(200).default(''),
          years: z.number().min(0).max(80),
        }),
      )
      .max(30),
    skills: z.array(words(200).min(1)).max(50),
    interests: z.array(words(200).min(1)).max(50),
    fitToWork: z.boolean(),
    health: longText,
    housing: longText,
    familySituation: longText,
    needs: z.strictObject({ economic: longText, social: longText, psychosocial: longText }),
    deliverableInFewSessions: z.boolean(),
    /** The caseworker's decision on the type of case management, beside the suggestion. */
    caseManagementType: z.enum(caseManagementTypes),
  })
  .meta({ id: 'NeedsAssessment' });

export const bestInterestsFindings = z
  .strictObject({
    trigger: z.enum(bestInterestsTriggers),
    participants: z
      .array(z.strictObject({ name: words(200).min(1), role: z.enum(participantRoles) }))
      .max(30),
    childViews: longText,
    informationGiven: longText,
    maturityAssessment: longText,
    riskFactors: longText,
    protectiveFactors: longText,
    decision: longText,
    reviewOn: z.union([z.iso.date(), z.literal('')]),
  })
  .meta({ id: 'BestInterestsAssessment' });

const common = { conductedOn: z.iso.date() };
export const assessmentInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('vulnerability'),
    phase: z.enum(screeningPhases),
    ...common,
    findings: vulnerabilityFindings,
  }),
  z.strictObject({
    kind: z.literal('needs'),
    phase: z.enum(screeningPhases).default('arrival'),
    ...common,
    findings: needsFindings,
  }),
  z.strictObject({
    kind: z.literal('best_interests'),
    phase: z.enum(screeningPhases).default('arrival'),
    ...common,
    findings: bestInterestsFindings,
  }),
]);
export type AssessmentInput = z.infer<typeof assessmentInput>;

export const sessionInput = z.strictObject({
  heldOn: z.iso.date(),
  type: z.enum(counsellingTypes),
  meetingType: z.enum(meetingTypes).describe('B3’s type of meeting (seed-000 L917)'),
  reasons: z
    .array(z.enum(meetingReasons))
    .max(meetingReasons.length)
    .refine((reasons) => new Set(reasons).size === reasons.length, 'Each reason once')
    .describe(
      'B3’s reasons: the dimensions the session was held for. Required, and may be empty for a session about the process itself (a briefing, an intake’s paperwork, a closure)',
    ),
  setting: z.enum(sessionSettings),
  attendees: z
    .array(z.strictObject({ name: words(200).min(1), role: z.enum(attendeeRoles) }))
    .min(1)
    .max(30),
  topics: z.array(z.enum(counsellingTopics)).max(counsellingTopics.length),
  interpreterBriefed: z.boolean().nullable().default(null),
  firstLineSupportGiven: z.boolean(),
  referralNeeded: z.boolean(),
  agreedNextSteps: longText,
  continued: z.boolean().default(false),
  notes: words(20000)
    .default('')
    .describe('Confidential: read by the recorder and those of their role and above'),
});
export type SessionInput = z.infer<typeof sessionInput>;
