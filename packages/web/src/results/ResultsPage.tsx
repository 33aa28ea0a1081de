import { Anchor, Box, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { resultHierarchy } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { useDates } from '../ui/format.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { ActualDialog } from './ActualDialog.tsx';
import { FrameworkDialog } from './FrameworkDialog.tsx';
import { useFramework, useFrameworks } from './queries.ts';
import type { Framework, FrameworkRow } from './types.ts';
import { usePeriodName } from './words.ts';

/**
 * Programmes' results frameworks (issue 7): "A results framework or logical
 * framework ("logframe") clearly formulates intended results, outlines targets
 * and specifies how to plan for success" (seed-002 L3506), with the columns of
 * the results-monitoring framework (Table 5.4, L3550–3553) and the actual value
 * of each indicator the dashboard already counts.
 */
export function ResultsPage() {
  const { t } = useTranslation();
  usePageTitle(t('results.nav'));
  const { can } = useSession();
  const dates = useDates();
  const list = useFrameworks();
  const [openId, setOpenId] = useState<string | null>(null);
  const [period, setPeriod] = useState({ from: '', to: '' });
  const [editing, setEditing] = useState<Framework | 'new' | null>(null);
  const [entering, setEntering] = useState<{ row: FrameworkRow; rowNumber: number } | null>(null);
  const open = useFramework(openId, period);
  const items = list.data?.items ?? [];
  const planner = can('planning.use');

  return (
    <Stack>
      <Stack gap={4}>
        <Title order={1}>{t('results.nav')}</Title>
        <Text>{t('results.intro')}</Text>
      </Stack>
      {planner && (
        <Group>
          <Button onClick={() => setEditing('new')}>{t('results.create')}</Button>
        </Group>
      )}
      <ErrorNotice error={list.error} />
      {list.isSuccess && !items.length && <Text>{t('results.none')}</Text>}
      {items.length > 0 && (
        <ScrollTable label={t('results.list')} minWidth={480}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('results.programme')}</Table.Th>
              <Table.Th>{t('results.mission')}</Table.Th>
              <Table.Th>{t('results.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>
                  <Anchor
                    component="button"
                    type="button"
                    dir="auto"
                    onClick={() => setOpenId(f.id)}
                    aria-current={openId === f.id ? 'true' : undefined}
                  >
                    {f.programme}
                  </Anchor>
                </Table.Td>
                <Table.Td dir="auto">{f.missionName}</Table.Td>
                <Table.Td>{dates.dateTime(f.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {openId && <ErrorNotice error={open.error} />}
      {openId && open.data && (
        <Stack>
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Title order={2} dir="auto">
              {open.data.programme}
            </Title>
            {planner && (
              <Button variant="default" onClick={() => setEditing(open.data)}>
                {t('results.edit')}
              </Button>
            )}
          </Group>
          <Group align="flex-end" wrap="wrap">
            <TextInput
              type="date"
              label={t('results.from')}
              value={period.from}
              onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('results.to')}
              value={period.to}
              onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value })}
            />
          </Group>
          <Text size="sm">
            {t('results.period', {
              from: dates.day(open.data.period.from),
              to: dates.day(open.data.period.to),
            })}
          </Text>
          <RowsTable
            framework={open.data}
            onEnter={can('results.record') ? (row, rowNumber) => setEntering({ row, rowNumber }) : null}
          />
        </Stack>
      )}
      {entering && open.data && (
        <ActualDialog
          framework={open.data}
          row={entering.row}
          rowNumber={entering.rowNumber}
          onClose={() => setEntering(null)}
        />
      )}
      {editing && (
        <FrameworkDialog
          framework={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(saved) => setOpenId(saved.id)}
        />
      )}
    </Stack>
  );
}

/**
 * The rows in the order of the matrix, each under the row it contributes to,
 * with the actual value of the period asked beside baseline and target.
 */
function RowsTable({
  framework,
  onEnter,
}: {
  framework: Framework;
  /** Null for a reader who may not enter values. */
  onEnter: ((row: FrameworkRow, rowNumber: number) => void) | null;
}) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const periodName = usePeriodName();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const amount = (value: number | null, row: FrameworkRow) =>
    value === null ? '—' : `${number.format(value)} ${t(`results.units.${row.unit}`)}`.trim();
  if (!framework.rows.length) return <Text>{t('results.noRows')}</Text>;
  return (
    <ScrollTable label={t('results.rows')} minWidth={onEnter ? 1280 : 1160}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('results.columns.number')}</Table.Th>
          <Table.Th>{t('results.columns.level')}</Table.Th>
          <Table.Th>{t('results.columns.statement')}</Table.Th>
          <Table.Th>{t('results.columns.indicator')}</Table.Th>
          <Table.Th>{t('results.columns.dataSource')}</Table.Th>
          <Table.Th>{t('results.columns.baseline')}</Table.Th>
          <Table.Th>{t('results.columns.target')}</Table.Th>
          <Table.Th>{t('results.columns.actual')}</Table.Th>
          <Table.Th>{t('results.columns.frequency')}</Table.Th>
          <Table.Th>{t('results.columns.responsible')}</Table.Th>
          {onEnter && <Table.Th>{t('results.columns.actions')}</Table.Th>}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {resultHierarchy(framework.rows).map(({ row: position, depth }) => {
          const row = framework.rows[position];
          if (!row) return null;
          const rowNumber = position + 1;
          return (
            <Table.Tr key={row.id}>
              <Table.Td>{number.format(rowNumber)}</Table.Td>
              <Table.Td>{t(`results.levels.${row.level}`)}</Table.Td>
              <Table.Td>
                {/* Indented under the row it contributes to; the words say so for those who do not see it. */}
                <Box ps={depth * 20}>
                  <Text size="sm" dir="auto">
                    {row.statement}
                  </Text>
                  {row.parent !== null && (
                    <Text size="xs">{t('results.under', { n: number.format(row.parent + 1) })}</Text>
                  )}
                  {row.assumptions && (
                    <Text size="xs" dir="auto">
                      {t('results.assumptionsAre', { assumptions: row.assumptions })}
                    </Text>
                  )}
                </Box>
              </Table.Td>
              <Table.Td dir="auto">{row.indicatorCode ?? row.indicatorText}</Table.Td>
              <Table.Td>
                <Text size="sm" dir="auto">
                  {row.dataSource}
                </Text>
                {row.dataAnalysis && (
                  <Text size="xs" dir="auto">
                    {t('results.analysedAs', { analysis: row.dataAnalysis })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{amount(row.baseline, row)}</Table.Td>
              <Table.Td>{amount(row.target, row)}</Table.Td>
              <Table.Td>
                {row.actual !== null ? (
                  row.actual.withheld ? (
                    // Plain text, as "none entered": a badge would cut the words short in this narrow column.
                    <Text size="sm" c="dimmed">
                      {t('results.withheld')}
                    </Text>
                  ) : (
                    amount(row.actual.value, row)
                  )
                ) : row.entered ? (
                  <>
                    {amount(row.entered.value, row)}
                    <Text size="xs">
                      {t('results.enteredBy', {
                        period: periodName(row.entered.period),
                        name: row.entered.enteredBy.name,
                        date: dates.date(row.entered.enteredAt),
                      })}
                    </Text>
                  </>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('results.notEntered')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`results.frequencies.${row.frequency}`)}</Table.Td>
              <Table.Td dir="auto">{row.responsible}</Table.Td>
              {onEnter && (
                <Table.Td>
                  {row.actual === null && (
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={t('results.enterFor', { n: number.format(rowNumber) })}
                      onClick={() => onEnter(row, rowNumber)}
                    >
                      {t('results.enter')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </ScrollTable>
  );
}
