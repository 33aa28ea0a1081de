import { Anchor, Badge, Center, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { isoDay, isReferralOpen } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReferralStatusBadge } from '../referrals/words.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { FilterBar } from '../ui/FilterBar.tsx';
import { useDates } from '../ui/format.ts';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { type PartnerReferral, usePartnerReferrals } from './queries.ts';

type Showing = 'open' | 'closed' | 'all';

const shown = (showing: Showing) => (r: PartnerReferral) =>
  showing === 'all' || isReferralOpen(r.status) === (showing === 'open');

/** The due day, marked when it has passed: the caseworker is waiting on the partner. */
function DueDay({ dueOn }: { dueOn: string | null }) {
  const { t } = useTranslation();
  const dates = useDates();
  if (!dueOn) return <>—</>;
  return (
    <>
      {dates.day(dueOn)}{' '}
      {dueOn < isoDay(new Date()) && (
        <Badge color="red" c="red.9" variant="light" tt="none">
          {t('partner.inbox.overdue')}
        </Badge>
      )}
    </>
  );
}

/**
 * The partner's home: the referrals sent to their organisation. The server
 * orders them by due day, those due first on top, the newest sent first among equals.
 */
export function PartnerInboxPage() {
  const { t } = useTranslation();
  usePageTitle(t('partner.nav'));
  const dates = useDates();
  const [showing, setShowing] = useState<Showing>('open');
  const referrals = usePartnerReferrals();
  const items = referrals.data?.items.filter(shown(showing)) ?? [];

  return (
    <Stack gap="md">
      <Stack gap="xs">
        <Title order={1}>{t('partner.nav')}</Title>
        <Text>{t('partner.inbox.intro')}</Text>
      </Stack>
      <FilterBar label={t('partner.inbox.filters')}>
        <NativeSelect
          label={t('partner.inbox.show')}
          value={showing}
          onChange={(e) => setShowing(e.currentTarget.value as Showing)}
          data={(['open', 'closed', 'all'] as const).map((s) => ({
            value: s,
            label: t(`partner.inbox.${s}`),
          }))}
        />
      </FilterBar>
      <ErrorNotice error={referrals.error} />
      {referrals.isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : items.length === 0 ? (
        <Text>{t('partner.inbox.empty')}</Text>
      ) : (
        <ScrollTable label={t('partner.inbox.list')} minWidth={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('partner.inbox.service')}</Table.Th>
              <Table.Th>{t('partner.inbox.urgency')}</Table.Th>
              <Table.Th>{t('partner.inbox.status')}</Table.Th>
              <Table.Th>{t('partner.inbox.sent')}</Table.Th>
              <Table.Th>{t('partner.inbox.due')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/partner/referrals/${r.id}`} dir="auto">
                    {r.service}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`partner.urgencies.${r.urgency}`)}</Table.Td>
                <Table.Td>
                  <ReferralStatusBadge status={r.status} reader="partner" />
                </Table.Td>
                <Table.Td>{dates.date(r.sentAt)}</Table.Td>
                <Table.Td>
                  <DueDay dueOn={r.dueOn} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
    </Stack>
  );
}
