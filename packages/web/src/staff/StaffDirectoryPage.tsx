import { NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { roles } from '@reintegra/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrganisation } from '../admin/organisation/queries.ts';
import { api } from '../api/client.ts';
import type { Page, StaffMember } from '../api/types.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { FilterBar } from '../ui/FilterBar.tsx';
import { Pager } from '../ui/Pager.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';

const pageSize = 25;

/** Colleagues within the reader's scope: who works where, to hand a case over or ask for help. */
export function StaffDirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.staff'));
  const { officeName, missionName } = useOrganisation();
  const [search, setSearch] = useState('');
  const [role, setRole] = useState('');
  const [offset, setOffset] = useState(0);
  const [q] = useDebouncedValue(search.trim(), 350);
  const staff = useQuery({
    queryKey: ['staff', q, role, offset],
    queryFn: () => api.get<Page<StaffMember>>('/staff', { q, role, active: true, limit: pageSize, offset }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack>
      <Title order={1}>{t('nav.staff')}</Title>
      <Text>{t('staff.intro')}</Text>
      <FilterBar label={t('users.filters')}>
        <TextInput
          label={t('users.search')}
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            setOffset(0);
          }}
        />
        <NativeSelect
          label={t('users.role')}
          value={role}
          onChange={(e) => {
            setRole(e.currentTarget.value);
            setOffset(0);
          }}
          data={[
            { value: '', label: t('users.allRoles') },
            ...roles.map((r) => ({ value: r, label: t(`roles.${r}`) })),
          ]}
        />
      </FilterBar>
      <ErrorNotice error={staff.error} />
      <ScrollTable label={t('nav.staff')} minWidth={560}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('users.name')}</Table.Th>
            <Table.Th>{t('users.role')}</Table.Th>
            <Table.Th>{t('users.office')}</Table.Th>
            <Table.Th>{t('users.mission')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {staff.data?.items.map((person) => (
            <Table.Tr key={person.id}>
              <Table.Td fw={600}>{person.displayName}</Table.Td>
              <Table.Td>{t(`roles.${person.role}`)}</Table.Td>
              <Table.Td>{officeName(person.officeId) || '—'}</Table.Td>
              <Table.Td>{missionName(person.missionId) || '—'}</Table.Td>
            </Table.Tr>
          ))}
          {staff.data?.items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={4}>{t('users.none')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </ScrollTable>
      {staff.data && <Pager offset={offset} limit={pageSize} total={staff.data.total} onChange={setOffset} />}
    </Stack>
  );
}
