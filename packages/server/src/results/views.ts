import { resultFrequencies, resultLevels, resultUnits } from '@reintegra/domain';
import { z } from 'zod';
import type { actualHistory, frameworksInScope, frameworkWithActuals } from './service.ts';

const frameworkFields = {
  id: z.uuid(),
  missionId: z.uuid(),
  missionName: z.string(),
  programme: z.string(),
  updatedAt: z.iso.datetime(),
  version: z.int(),
};

export const frameworkSummaryView = z.object(frameworkFields).meta({ id: 'ResultsFrameworkSummary' });

const enteredFields = {
  id: z.uuid(),
  period: z.string(),
  value: z.number(),
  source: z.string().describe('Means of verification'),
  note: z.string(),
  enteredBy: z.object({ id: z.uuid(), name: z.string() }),
  enteredAt: z.iso.datetime(),
};

export const actualEntryView = z
  .object({
    ...enteredFields,
    replaces: z.uuid().nullable().describe('The entry this one corrected'),
    current: z.boolean().describe('False once a later entry corrects it'),
  })
  .meta({ id: 'ResultsActualEntry' });

export const frameworkView = z
  .object({
    ...frameworkFields,
    period: z.object({ from: z.iso.date(), to: z.iso.date() }).describe('What the actual values cover'),
    rows: z.array(
      z.object({
        id: z.uuid().describe('Send it back with the row when editing, to keep the row’s entered values'),
        level: z.enum(resultLevels),
        statement: z.string(),
        parent: z.int().nullable().describe('Position in `rows` of the row this one contributes to'),
        indicatorCode: z.string().nullable(),
        indicatorText: z.string(),
        baseline: z.number().nullable(),
        target: z.number(),
        unit: z.enum(resultUnits),
        frequency: z.enum(resultFrequencies),
        responsible: z.string(),
        dataSource: z.string().describe('Data source and collection method'),
        dataAnalysis: z.string(),
        assumptions: z.string(),
        actual: z
          .object({ value: z.number().nullable(), withheld: z.boolean() })
          .nullable()
          .describe(
            'From the indicator dashboard over the period, as far as the reader may count; null when entered by hand. Withheld below the minimum count.',
          ),
        entered: z
          .object(enteredFields)
          .nullable()
          .describe(
            'For a row entered by hand: the current value of the latest reporting period that overlaps the period asked; null when none',
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
  rows: found.rows.map(({ frameworkId: _f, position: _p, entered, ...row }) => ({
    ...row,
    entered: entered && {
      id: entered.id,
      period: entered.period,
      value: entered.value,
      source: entered.source,
      note: entered.note,
      enteredBy: entered.enteredBy,
      enteredAt: entered.enteredAt.toISOString(),
    },
  })),
});

export const toActualEntry = ({
  rowId: _r,
  enteredAt,
  ...entry
}: Awaited<ReturnType<typeof actualHistory>>[number]) => ({ ...entry, enteredAt: enteredAt.toISOString() });
