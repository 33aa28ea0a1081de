import {
  complaintChannels,
  complaintHandlingStatuses,
  complaintKinds,
  complaintSubjects,
  satisfactionAnswers,
  type WellbeingAnswers,
  wellbeingQuestions,
} from '@reintegra/domain';
import { z } from 'zod';
import { page } from '../platform/http.ts';

const words = (max: number) => z.string().trim().max(max);

export const complaintInput = z.strictObject({
  kind: z.enum(complaintKinds),
  channel: z.enum(complaintChannels),
  about: z.enum(complaintSubjects).describe('Recommendation 4: the caseworker apart from the assistance'),
  subject: words(4000).min(1).describe('What the complainant said'),
  caseId: z.uuid().nullable().default(null).describe('A case you can see; its office holds the record'),
  concernedUserId: z
    .uuid()
    .nullable()
    .default(null)
    .describe(
      'The staff member it concerns; about the caseworker with a case and none named, the case’s caseworker',
    ),
  receivedOn: z.iso.date().describe('The day it came in; not after today'),
  anonymous: z.boolean().describe('The complainant is not named: name and contact must be empty'),
  complainantName: words(200).default(''),
  complainantContact: words(200).default(''),
  satisfaction: z
    .enum(satisfactionAnswers)
    .nullable()
    .default(null)
    .describe('The returnee’s satisfaction with the caseworker or the assistance, when asked (A2)'),
  handlerId: z.uuid().nullable().default(null).describe('Who handles it; yourself when left out'),
});
export type ComplaintInput = z.infer<typeof complaintInput>;

export const complaintListQuery = z.strictObject({
  status: z.enum(complaintHandlingStatuses).optional(),
  kind: z.enum(complaintKinds).optional(),
  about: z.enum(complaintSubjects).optional(),
  from: z.iso.date().optional().describe('Received on or after'),
  to: z.iso.date().optional().describe('Received on or before'),
  ...page,
});
export type ComplaintListQuery = z.infer<typeof complaintListQuery>;

export const handlingMoveInput = z.strictObject({
  version: z.int().min(1),
  to: z.enum(complaintHandlingStatuses),
  resolution: words(4000).default('').describe('What was done; needed to resolve'),
  reason: words(4000).default('').describe('Why nothing will be done; needed to dismiss'),
});
export type HandlingMoveInput = z.infer<typeof handlingMoveInput>;

/** Every question answered, a declined one included: a missing answer is a mistake, not a choice. */
export const wellbeingAnswersInput = z.strictObject({
  manage_stress: z.enum(wellbeingQuestions.manage_stress),
  workload: z.enum(wellbeingQuestions.workload),
  hard_to_sleep: z.enum(wellbeingQuestions.hard_to_sleep),
  supervisor_support: z.enum(wellbeingQuestions.supervisor_support),
  felt_unsafe: z.enum(wellbeingQuestions.felt_unsafe),
}) satisfies z.ZodType<WellbeingAnswers>;

export const wellbeingResponseInput = z.strictObject({ answers: wellbeingAnswersInput });

export const wellbeingSummaryQuery = z.strictObject({
  from: z.iso.date().describe('First day: answers of the survey years it shares a day with'),
  to: z.iso.date(),
});
