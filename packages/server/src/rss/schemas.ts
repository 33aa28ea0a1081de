import {
  interviewLocations,
  rssDimensions,
  rssRoundKinds,
  rssScheduleIds,
  thresholdSchemes,
} from '@reintegra/domain';
import { z } from 'zod';

const isoDate = z.iso.date();
const questionId = z.string().regex(/^q\d{1,3}$/, 'A question id such as q1');
const answer = z.union([z.string().min(1).max(60), z.array(z.string().min(1).max(60)).max(20)]);

/** Everything recorded during the interview; only `answers` is ever scored. */
export const answersInput = z.strictObject({
  answers: z
    .record(questionId, answer)
    .default({})
    .describe('Option code(s) by question: `{"q1":"satisfied","q8":["land"]}`'),
  explanations: z
    .record(questionId, z.string().trim().max(2000))
    .default({})
    .describe('"Please explain" texts'),
  notes: z.record(questionId, z.string().trim().max(2000)).default({}).describe('Notes column; never scored'),
  followUps: z
    .record(questionId, z.array(z.string().max(60)).max(10))
    .default({})
    .describe("Unscored checklists such as Q19's reasons"),
});
export type AnswersInput = z.infer<typeof answersInput>;

export const startRoundInput = z.strictObject({
  kind: z.enum(rssRoundKinds),
  location: z.enum(interviewLocations).describe('At the office, by phone, or on site (profile, L6633)'),
  interviewedOn: isoDate.optional().describe('Defaults to today'),
  consent: z.strictObject({
    given: z.boolean().describe('The returnee agreed after the prompt was read'),
    method: z.enum(['written', 'verbal']).describe('Written in person, explicit verbal by phone (L6623)'),
  }),
  profile: z
    .record(z.string().max(40), z.union([z.string().max(500), z.number(), z.boolean(), z.null()]))
    .default({})
    .describe(
      'Profile fields the case does not hold: address, province, community, same community as origin',
    ),
});
export type StartRoundInput = z.infer<typeof startRoundInput>;

export const scoreRequest = z.strictObject({
  answers: z.record(questionId, answer),
  weightSet: z.string().max(100).optional().describe('Id of a weight set; the active one when absent'),
  weightSetVersion: z.int().min(1).optional(),
  thresholdScheme: z.enum(thresholdSchemes.map((s) => s.id) as [string, ...string[]]).optional(),
});

const weights = z.record(questionId, z.number());
export const weightSetInput = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,60}$/, 'Lower-case letters, digits and dashes')
    .describe('e.g. `iom-global`'),
  version: z.int().min(1),
  label: z.string().trim().min(1).max(200),
  source: z.string().trim().min(1).max(500).describe('Where the weights come from (document, date)'),
  provisional: z.boolean(),
  country: z
    .string()
    .regex(/^[A-Z]{2}$/)
    .nullable()
    .default(null)
    .describe('ISO country code for a country-specific set; null for a global one'),
  instrument: z.string().default('RSS-2019'),
  dimensions: z.strictObject(
    Object.fromEntries(rssDimensions.map((d) => [d, weights])) as Record<
      (typeof rssDimensions)[number],
      typeof weights
    >,
  ),
  composite: weights,
});

export const settingsInput = z.strictObject({
  programme: z.string().trim().max(200).describe("The programme as screening names it; '' for the default"),
  schedule: z.enum(rssScheduleIds),
  thresholdScheme: z.enum(thresholdSchemes.map((s) => s.id) as [string, ...string[]]),
});
