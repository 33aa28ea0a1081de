import { resultFrequencies, resultLevels, resultUnits } from '@reintegra/domain';
import { z } from 'zod';

const words = (max: number) => z.string().trim().max(max);
const amount = z.number().finite().nullable().default(null);

/** One row as sent; the rules across fields are the domain's resultRowProblems, reported per field. */
const resultRowInput = z.strictObject({
  id: z
    .uuid()
    .optional()
    .describe('The row’s id as read, to keep the row and its actual values; left out for a new row'),
  level: z.enum(resultLevels),
  statement: words(2000).describe('The intended result'),
  parent: z
    .int()
    .min(0)
    .nullable()
    .default(null)
    .describe(
      'Position in `rows` of the row this one contributes to: an activity to an output, an output to an outcome, an outcome to an objective',
    ),
  indicatorCode: z
    .string()
    .max(10)
    .nullable()
    .default(null)
    .describe(
      'A code of the indicator catalogue (A1…R5); A2, B1, B3, B4, B6, C1, C2, C3, C4 and O1 get their actual value filled in',
    ),
  indicatorText: words(2000)
    .default('')
    .describe('The programme’s own indicator, when no catalogue code is given'),
  baseline: amount.describe('The value at the start; null while unknown'),
  target: amount.describe('The value expected on completion; required'),
  unit: z.enum(resultUnits),
  frequency: z.enum(resultFrequencies),
  responsible: words(200).describe('Who organises collection, verification and storage'),
  dataSource: words(2000)
    .default('')
    .describe('Data source and collection method: where and how the indicator is measured'),
  dataAnalysis: words(2000).default('').describe('How the data will be analysed (Table 5.4)'),
  assumptions: words(2000)
    .default('')
    .describe('What must hold for this result to lead to the next one up (Table 5.3)'),
});

const rows = z.array(resultRowInput).max(200).describe('In the order shown');

export const frameworkInput = z.strictObject({
  missionId: z.uuid().describe('Your own mission, or any with an organisation-wide scope'),
  programme: words(200).min(1),
  rows,
});
export type FrameworkInput = z.infer<typeof frameworkInput>;

export const frameworkUpdate = z.strictObject({
  version: z.int().min(1),
  programme: words(200).min(1),
  rows: rows.describe('Replaces every row'),
});
export type FrameworkUpdate = z.infer<typeof frameworkUpdate>;

const day = z.iso.date();
export const actualsQuery = z
  .strictObject({
    from: day
      .optional()
      .describe('First day of the period the actual values cover; a year before `to` when left out'),
    to: day.optional().describe('Last day; today when left out'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'The period ends before it starts',
  });

export const rowParams = z.strictObject({ id: z.uuid(), rowId: z.uuid() });

/** A value entered by hand; the rules across fields are the domain's enteredActualProblems. */
export const actualInput = z.strictObject({
  period: z
    .string()
    .max(10)
    .describe(
      'The reporting period, as the row’s frequency writes it: `2026-03`, `2026-Q1`, `2026-H1`, `2026` or `end`',
    ),
  value: z.number().finite(),
  source: words(2000).describe('Means of verification: where this value can be checked'),
  note: words(4000).default(''),
  replaces: z
    .uuid()
    .nullable()
    .default(null)
    .describe(
      'The entry this one corrects, the current one of the same period; null for the period’s first value',
    ),
});
export type ActualInput = z.infer<typeof actualInput>;
