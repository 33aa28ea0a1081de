import { Anchor, Badge, Button, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { useDates } from '../ui/format.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { FrameworkDialog } from './FrameworkDialog.tsx';
import { useFramework, useFrameworks } from './queries.ts';
import type { Framework, FrameworkRow } from './types.ts';

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
          <RowsTable framework={open.data} />
        </Stack>
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

function RowsTable({ framework }: { framework: Framework }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const amount = (value: number | null, row: FrameworkRow) =>
    value === null ? '—' : `${number.format(value)} ${t(`results.units.${row.unit}`)}`.trim();
  if (!framework.rows.length) return <Text>{t('results.noRows')}</Text>;
  return (
    <ScrollTable label={t('results.rows')} minWidth={960}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('results.columns.level')}</Table.Th>
          <Table.Th>{t('results.columns.statement')}</Table.Th>
          <Table.Th>{t('results.columns.indicator')}</Table.Th>
          <Table.Th>{t('results.columns.baseline')}</Table.Th>
          <Table.Th>{t('results.columns.target')}</Table.Th>
          <Table.Th>{t('results.columns.actual')}</Table.Th>
          <Table.Th>{t('results.columns.frequency')}</Table.Th>
          <Table.Th>{t('results.columns.responsible')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {framework.rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the server keeps rows in order, with no id of their own.
          <Table.Tr key={i}>
            <Table.Td>{t(`results.levels.${row.level}`)}</Table.Td>
            <Table.Td dir="auto">{row.statement}</Table.Td>
            <Table.Td dir="auto">{row.indicatorCode ?? row.indicatorText}</Table.Td>
            <Table.Td>{amount(row.baseline, row)}</Table.Td>
            <Table.Td>{amount(row.target, row)}</Table.Td>
            <Table.Td>
              {row.actual === null ? (
                <Text size="sm" c="dimmed">
                  {t('results.byHand')}
                </Text>
              ) : row.actual.withheld ? (
                <Badge variant="light" color="gray">
                  {t('results.withheld')}
                </Badge>
              ) : (
                amount(row.actual.value, row)
              )}
            </Table.Td>
            <Table.Td>{t(`results.frequencies.${row.frequency}`)}</Table.Td>
            <Table.Td dir="auto">{row.responsible}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </ScrollTable>
  );
}
