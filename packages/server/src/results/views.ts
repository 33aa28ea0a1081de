import { resultFrequencies, resultLevels, resultUnits } from '@reintegra/domain';
import { z } from 'zod';
import type { frameworksInScope, frameworkWithActuals } from './service.ts';

const frameworkFields = {
  id: z.uuid(),
  missionId: z.uuid(),
  missionName: z.string(),
  programme: z.string(),
  updatedAt: z.iso.datetime(),
  version: z.int(),
};

export const frameworkSummaryView = z.object(frameworkFields).meta({ id: 'ResultsFrameworkSummary' });

export const frameworkView = z
  .object({
    ...frameworkFields,
    period: z.object({ from: z.iso.date(), to: z.iso.date() }).describe('What the actual values cover'),
    rows: z.array(
      z.object({
        level: z.enum(resultLevels),
        statement: z.string(),
        indicatorCode: z.string().nullable(),
        indicatorText: z.string(),
        baseline: z.number().nullable(),
        target: z.number(),
        unit: z.enum(resultUnits),
        frequency: z.enum(resultFrequencies),
        responsible: z.string(),
        actual: z
          .object({ value: z.number().nullable(), withheld: z.boolean() })
          .nullable()
          .describe(
            'From the indicator dashboard over the period, as far as the reader may count; null when entered by hand. Withheld below the minimum count.',
          ),
      }),
    ),
  })
  .meta({ id: 'ResultsFramework' });

type Listed = Awaited<ReturnType<typeof frameworksInScope>>[number];

export const toFrameworkSummary = ({ framework: f, missionName }: Listed) => ({
  id: f.id,
  missionId: f.missionId,
  missionName,
  programme: f.programme,
  updatedAt: f.updatedAt.toISOString(),
  version: f.version,
});

export const toFrameworkView = (
  found: Awaited<ReturnType<typeof frameworkWithActuals>>,
  period: { from: string; to: string },
) => ({
  ...toFrameworkSummary(found),
  period,
  rows: found.rows.map(({ frameworkId: _f, position: _p, ...row }) => row),
});
