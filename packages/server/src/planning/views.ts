import { caseManagementTypes, meetingFormats, planningCmTypes } from '@reintegra/domain';
import { z } from 'zod';

/** The contract: exactly these four figures. */
export const workloadView = z
  .object({
    totalHours: z.number().describe('Σ hours × cases, to the hundredth of an hour'),
    totalCases: z.int(),
    ratio: z.string().describe('"1:N": the cases one caseworker can carry at this mix of work'),
    caseworkersNeeded: z.int().describe('Total hours over the available hours, rounded up to whole people'),
  })
  .meta({ id: 'WorkloadPlan' });

const workloadRowView = z.object({
  cmType: z.enum(planningCmTypes),
  task: z.string(),
  hours: z.number(),
  cases: z.int(),
});

export const actualsView = z
  .object({
    from: z.iso.date().describe('First day of the four weeks the meetings are counted over'),
    to: z.iso.date().describe('Last day (today, UTC)'),
    weeks: z.int(),
    openCasesWithoutCmType: z
      .int()
      .describe('Open cases in reach with no type of case management recorded: not in the rows'),
    byCmType: z.array(
      z.object({
        cmType: z.enum(caseManagementTypes),
        openCases: z.int(),
        formats: z.array(
          z.object({
            format: z.enum(meetingFormats),
            meetings: z.int(),
            meetingsPerCasePerWeek: z.number(),
            hoursPerMeeting: z
              .number()
              .describe('Sessions record no duration: the seed’s estimate for a meeting of this kind'),
          }),
        ),
      }),
    ),
    rows: z.array(workloadRowView).describe('Ready for the planner: one line per type with open cases'),
    caseworkers: z.int().describe('Staff with an active non-supervisor assignment on the open cases'),
    caseloads: z
      .array(z.int())
      .describe('Open cases each of them carries, largest first, without saying whose'),
    availableHoursPerWeek: z.number(),
    plan: workloadView
      .nullable()
      .describe('The rows planned at the available hours; null when they need no hours'),
    comparison: z
      .object({
        planned: z.string(),
        actual: z.string().nullable(),
        plannedCases: z.int(),
        actualCases: z.number().nullable(),
        difference: z.number().nullable(),
        caseworkersAbovePlan: z.int(),
      })
      .nullable()
      .describe('The planned ratio against the caseloads carried (indicator C1); null without a plan'),
  })
  .meta({ id: 'WorkloadActuals' });
export type ActualsView = z.infer<typeof actualsView>;
