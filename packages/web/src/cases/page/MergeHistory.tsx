import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PersonMerge } from '../../api/types.ts';
import { useDates } from '../../ui/format.ts';
import { ScrollTable } from '../../ui/ScrollTable.tsx';
import { mergeValueText } from './merge.ts';
import { StaffName } from './StaffName.tsx';

/**
 * Duplicate records merged into this person's record: every field's value on
 * both records before the merge and which was kept, so nothing either record
 * held is lost from sight.
 */
export function MergeHistory({ merges }: { merges: PersonMerge[] }) {
  const { t } = useTranslation();
  const dates = useDates();
  if (merges.length === 0) return null;
  return (
    <Stack component="section" aria-labelledby="merges-heading" gap="xs">
      <Title order={3} size="h4" id="merges-heading">
        {t('merge.historyTitle')}
      </Title>
      {merges.map((merge) => {
        const added = [
          ...merge.added.names.map((n) => ({ what: t('cases.names'), value: n })),
          ...merge.added.phones.map((p) => ({ what: t('cases.phones'), value: p })),
          ...merge.added.identifiers.map((i) => ({ what: t('cases.documents'), value: i })),
        ];
        return (
          <Paper key={merge.decidedAt} withBorder p="sm">
            <Stack gap="xs">
              <Text size="sm" fw={600}>
                {t('merge.mergedOn', { date: dates.dateTime(merge.decidedAt) })}{' '}
                <StaffName id={merge.decidedBy} />
              </Text>
              <ScrollTable label={t('merge.historyTable')} minWidth={520}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('merge.field')}</Table.Th>
                    <Table.Th>{t('merge.thisRecordHad')}</Table.Th>
                    <Table.Th>{t('merge.duplicateHad')}</Table.Th>
                    <Table.Th>{t('merge.kept')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {merge.fields.map((f) => (
                    <Table.Tr key={f.field}>
                      <Table.Th scope="row" fw={600}>
                        {t(`merge.fields.${f.field}`)}
                      </Table.Th>
                      <Table.Td dir="auto">{mergeValueText(t, dates, f.field, f.survivor)}</Table.Td>
                      <Table.Td dir="auto">{mergeValueText(t, dates, f.field, f.merged)}</Table.Td>
                      <Table.Td>{t(`merge.from.${f.from}`)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </ScrollTable>
              {added.length > 0 && (
                <Text size="sm">
                  {t('merge.added')}{' '}
                  {added.map((a, i) => (
                    <span key={`${a.what}:${a.value}`}>
                      {i > 0 && ' · '}
                      {a.what}: <span dir="auto">{a.value}</span>
                    </span>
                  ))}
                </Text>
              )}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
