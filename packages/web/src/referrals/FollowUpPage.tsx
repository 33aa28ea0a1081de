import { Anchor, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '../exports/ExportButton.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { FilterBar } from '../ui/FilterBar.tsx';
import { useDates } from '../ui/format.ts';
import { Ltr } from '../ui/Ltr.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { useFollowUp } from './queries.ts';
import { OverdueBadge, ReferralStatusBadge } from './words.tsx';

/**
 * Referrals on the cases the user may see, to follow up: the study found
 * referrals sent and then lost, nobody asking whether the partner answered
 * or the service started (seed-003 PP3). Each leads to its case.
 */
export function FollowUpPage() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.nav.referrals'));
  const dates = useDates();
  const [overdueOnly, setOverdueOnly] = useState(false);
  const list = useFollowUp(overdueOnly);
  const items = list.data?.items ?? [];
  return (
    <Stack>
      <Stack gap={4}>
        <Group justify="space-between" align="center">
          <Title order={1}>{t('referrals.nav.referrals')}</Title>
          <ExportButton list="referrals" filters={{ overdue: String(overdueOnly) }} />
        </Group>
        <Text>{t('referrals.followUp.intro')}</Text>
      </Stack>
      <FilterBar label={t('referrals.followUp.filters')}>
        <Switch
          label={t('referrals.followUp.overdueOnly')}
          checked={overdueOnly}
          onChange={(e) => setOverdueOnly(e.currentTarget.checked)}
        />
      </FilterBar>
      <ErrorNotice error={list.error} />
      {list.isSuccess && items.length === 0 ? (
        <Text>{t(overdueOnly ? 'referrals.followUp.noneOverdue' : 'referrals.followUp.none')}</Text>
      ) : (
        <ScrollTable label={t('referrals.nav.referrals')} minWidth={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('referrals.followUp.case')}</Table.Th>
              <Table.Th>{t('referrals.followUp.provider')}</Table.Th>
              <Table.Th>{t('referrals.followUp.status')}</Table.Th>
              <Table.Th>{t('referrals.dueOn')}</Table.Th>
              <Table.Th>{t('referrals.followUp.overdue')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/cases/${r.caseId}#referrals-heading`} fw={600} size="sm">
                    <Ltr>{r.caseReference}</Ltr>
                  </Anchor>
                </Table.Td>
                <Table.Td dir="auto">{r.provider}</Table.Td>
                <Table.Td>
                  <ReferralStatusBadge status={r.status} />
                </Table.Td>
                <Table.Td>{r.dueOn ? dates.day(r.dueOn) : '—'}</Table.Td>
                <Table.Td>{r.overdue ? <OverdueBadge reason={r.overdue} /> : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
    </Stack>
  );
}
