import { Button, NativeSelect, NumberInput, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { planningCmTypes } from '@reintegra/domain';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import type { PlannerRow, ProblemKind } from './rows.ts';
import { usePlanNumbers, useTaskName } from './words.tsx';

/**
 * The Step 4 and Step 5 table (seed-000 L1050, L1067): type of case
 * management, task, hours a case in the line takes a week, cases in the
 * line, and the line's hours. Each field names its line, for screen readers
 * and for the problems shown under it.
 */
export function RowsTable({
  rows,
  problems,
  onChange,
}: {
  rows: PlannerRow[];
  /** By the domain's field names: `rows[2].hours`. */
  problems: Record<string, ProblemKind>;
  onChange: (rows: PlannerRow[]) => void;
}) {
  const { t } = useTranslation();
  const numbers = usePlanNumbers();
  const taskName = useTaskName();
  const change = (index: number, patch: Partial<PlannerRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const problem = (index: number, field: ProblemKind) => {
    const kind = problems[`rows[${index}].${field}`];
    return kind ? t(`planning.problems.${kind}`) : undefined;
  };
  const label = (field: string, index: number) => t('planning.rows.fieldOfLine', { field, line: index + 1 });

  return (
    <ScrollTable label={t('planning.rows.table')} minWidth={720}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('planning.rows.cmType')}</Table.Th>
          <Table.Th>{t('planning.rows.task')}</Table.Th>
          <Table.Th>{t('planning.rows.hours')}</Table.Th>
          <Table.Th>{t('planning.rows.cases')}</Table.Th>
          <Table.Th>{t('planning.rows.total')}</Table.Th>
          <Table.Th>
            <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row, index) => (
          <Table.Tr key={row.key}>
            <Table.Td>
              <NativeSelect
                aria-label={label(t('planning.rows.cmType'), index)}
                value={row.cmType}
                onChange={(e) => change(index, { cmType: e.currentTarget.value as PlannerRow['cmType'] })}
                data={planningCmTypes.map((type) => ({ value: type, label: t(`planning.cmTypes.${type}`) }))}
                error={problem(index, 'cmType')}
              />
            </Table.Td>
            <Table.Td>
              {row.named ? (
                <Text size="sm">{taskName(row)}</Text>
              ) : (
                <TextInput
                  aria-label={label(t('planning.rows.task'), index)}
                  value={row.text}
                  onChange={(e) => change(index, { text: e.currentTarget.value })}
                  error={problem(index, 'task')}
                  dir="auto"
                  maxLength={200}
                />
              )}
            </Table.Td>
            <Table.Td>
              <NumberInput
                aria-label={label(t('planning.rows.hours'), index)}
                value={row.hours}
                onChange={(hours) => change(index, { hours })}
                min={0}
                step={0.25}
                // Real figures give hours such as 0.125 a case a week: three places show them whole.
                decimalScale={3}
                error={problem(index, 'hours')}
                w={130}
              />
            </Table.Td>
            <Table.Td>
              <NumberInput
                aria-label={label(t('planning.rows.cases'), index)}
                value={row.cases}
                onChange={(cases) => change(index, { cases })}
                min={0}
                allowDecimal={false}
                allowNegative={false}
                error={problem(index, 'cases')}
                w={110}
              />
            </Table.Td>
            <Table.Td>
              {/* The seed's "Total number of hours required for the number of cases per week" (L1050). */}
              {typeof row.hours === 'number' && typeof row.cases === 'number'
                ? numbers.number(row.hours * row.cases)
                : '—'}
            </Table.Td>
            <Table.Td>
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => onChange(rows.filter((_, i) => i !== index))}
              >
                {t('planning.rows.remove')}
                <VisuallyHidden> {t('planning.rows.line', { line: index + 1 })}</VisuallyHidden>
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
