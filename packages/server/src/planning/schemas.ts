import { planningCmTypes } from '@reintegra/domain';
import { z } from 'zod';

/**
 * The body of `POST /planning/workload`. Only unknown keys are refused here;
 * the values, and whether they are there at all, are the domain's to judge
 * (`workloadProblems`), so that the browser and the server refuse the same
 * plans with the same words and every wrong field is named in one answer.
 * The metadata documents the shape the domain expects.
 */
export const workloadInput = z
  .strictObject({
    availableHoursPerWeek: z.unknown().optional().meta({
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 168,
      description:
        'A caseworker’s weekly hours for beneficiaries: 30 in the seed’s example, out of a 40-hour week (seed-000 L1044)',
    }),
    rows: z
      .unknown()
      .optional()
      .meta({
        type: 'array',
        minItems: 1,
        description:
          'One line per type of case management and task (Annex 3 Step 4, L1050): each case is in one line only, the stage it is at',
        items: {
          type: 'object',
          required: ['cmType', 'task', 'hours', 'cases'],
          properties: {
            cmType: { type: 'string', enum: [...planningCmTypes] },
            task: { type: 'string', minLength: 1 },
            hours: {
              type: 'number',
              minimum: 0,
              description: 'Hours one case in this line takes in a week (hours per occurrence × occurrences)',
            },
            cases: { type: 'integer', minimum: 0, description: 'Cases in this line this week' },
          },
        },
      }),
  })
  .meta({
    required: ['availableHoursPerWeek', 'rows'],
    examples: [
      {
        availableHoursPerWeek: 30,
        rows: [
          { cmType: 'generalist', task: 'Intake', hours: 2, cases: 3 },
          { cmType: 'generalist', task: 'Follow-ups', hours: 0.5, cases: 18 },
          { cmType: 'generalist', task: 'Closure', hours: 2, cases: 3 },
          { cmType: 'intensive', task: 'Follow-ups', hours: 3, cases: 3 },
        ],
      },
    ],
  });

export const actualsQuery = z.strictObject({
  missionId: z.uuid().optional().describe('Only this mission’s cases (within your scope)'),
  officeId: z.uuid().optional().describe('Only this office’s cases (within your scope)'),
  availableHoursPerWeek: z.coerce
    .number()
    .positive()
    // A week has 168 hours, the domain's bound too.
    .max(7 * 24)
    .default(30)
    .describe(
      'The hours a caseworker has for beneficiaries, to plan the actual rows with (30 in the seed, L1044)',
    ),
});
export type ActualsQuery = z.infer<typeof actualsQuery>;
