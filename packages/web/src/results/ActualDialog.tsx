import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { isoDay, type ResultFrequency, recentReportingPeriods } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from '../ui/format.ts';
import { ResponsiveModal } from '../ui/ResponsiveModal.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { useActualHistory, useRecordActual } from './queries.ts';
import type { Framework, FrameworkRow } from './types.ts';
import { usePeriodName, useResultError, useResultFieldErrors } from './words.ts';

/** How many periods back the list offers: about two years, or five for yearly indicators. */
const periodsOffered: Record<ResultFrequency, number> = {
  monthly: 24,
  quarterly: 8,
  six_monthly: 4,
  annual: 5,
  end_of_programme: 1,
};

/**
 * Enters the actual value of a row for a reporting period, with its means of
 * verification (seed-002 Table 5.3, L3516). A period that has a value already
 * gets a correction: the earlier value stays in the history below.
 */
export function ActualDialog({
  framework,
  row,
  rowNumber,
  onClose,
}: {
  framework: Framework;
  row: FrameworkRow;
  /** The row's number as the table shows it. */
  rowNumber: number;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const dates = useDates();
  const periodName = usePeriodName();
  const describe = useResultError();
  const fieldErrors = useResultFieldErrors();
  // The server's day is UTC: offering the same periods keeps a period it would call future out of the list.
  const periods = recentReportingPeriods(row.frequency, isoDay(new Date()), periodsOffered[row.frequency]);
  const [period, setPeriod] = useState(periods[0] ?? '');
  const [value, setValue] = useState<number | string>('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const history = useActualHistory(framework.id, row.id);
  const entries = history.data?.items ?? [];
  const current = entries.find((e) => e.period === period && e.current) ?? null;
  const save = useRecordActual(framework.id, row.id, t('results.actualSaved'), onClose);
  const errors = fieldErrors(save.error);
  const numbers = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  const amount = (v: number) => `${numbers.format(v)} ${t(`results.units.${row.unit}`)}`.trim();

  const submit = () =>
    save.mutate({
      period,
      value: typeof value === 'number' ? value : null,
      source,
      note,
      replaces: current?.id ?? null,
    });

  return (
    <ResponsiveModal opened onClose={onClose} title={t('results.actualTitle', { n: rowNumber })}>
      <Stack>
        <Text size="sm" dir="auto">
          {row.indicatorCode ?? row.indicatorText}
        </Text>
        <NativeSelect
          label={t('results.actualPeriod')}
          value={period}
          onChange={(e) => setPeriod(e.currentTarget.value)}
          data={periods.map((p) => ({ value: p, label: periodName(p) }))}
          error={errors.period}
        />
        {current && (
          <Alert color="blue" variant="light">
            {t('results.correcting', {
              value: amount(current.value),
              name: current.enteredBy.name,
              date: dates.dateTime(current.enteredAt),
            })}
          </Alert>
        )}
        <NumberInput
          label={t('results.actualValue')}
          value={value}
          onChange={setValue}
          error={errors.value}
          min={0}
          required
          {...(row.unit === 'percent' ? { max: 100 } : {})}
        />
        <TextInput
          label={t('results.actualSource')}
          description={t('results.actualSourceHint')}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          error={errors.source}
          required
          dir="auto"
        />
        <Textarea
          label={t('results.actualNote')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={errors.note}
          autosize
          minRows={2}
          dir="auto"
        />
        {save.error && !Object.keys(errors).length ? (
          <Alert color="red" variant="light" role="alert">
            {describe(save.error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
        <Title order={3} size="h5">
          {t('results.history')}
        </Title>
        {history.isSuccess && !entries.length && <Text size="sm">{t('results.historyNone')}</Text>}
        {entries.length > 0 && (
          <ScrollTable label={t('results.history')} minWidth={520}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('results.actualPeriod')}</Table.Th>
                <Table.Th>{t('results.actualValue')}</Table.Th>
                <Table.Th>{t('results.actualSource')}</Table.Th>
                <Table.Th>{t('results.enteredByColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td>{periodName(e.period)}</Table.Td>
                  <Table.Td>
                    <Stack gap={2} align="flex-start">
                      {amount(e.value)}
                      {!e.current && (
                        <Badge variant="light" color="gray">
                          {t('results.corrected')}
                        </Badge>
                      )}
                    </Stack>
                  </Table.Td>
                  <Table.Td dir="auto">
                    {e.source}
                    {e.note && (
                      <Text size="xs" dir="auto">
                        {e.note}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <span dir="auto">{e.enteredBy.name}</span>
                    <Text size="xs">{dates.dateTime(e.enteredAt)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </ScrollTable>
        )}
      </Stack>
    </ResponsiveModal>
  );
}
