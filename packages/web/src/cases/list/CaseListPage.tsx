import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { casePhases, caseStatuses } from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/session.tsx';
import { ErrorNotice } from '../../ui/errors.tsx';
import { FilterBar } from '../../ui/FilterBar.tsx';
import { useDates } from '../../ui/format.ts';
import { Ltr } from '../../ui/Ltr.tsx';
import { Pager } from '../../ui/Pager.tsx';
import { ScrollTable } from '../../ui/ScrollTable.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { SensitiveBadge, StatusBadge } from '../badges.tsx';
import { type CaseFilter, pageSize, useCases } from '../queries.ts';

const startingFilter: CaseFilter = { q: '', status: '', phase: '', assignedToMe: false, sort: 'updated' };

/** The cases in the reader's scope; sensitive ones appear only to staff named on them (the server decides). */
export function CaseListPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.cases'));
  const { can } = useSession();
  const dates = useDates();
  const [filter, setFilter] = useState(startingFilter);
  const [offset, setOffset] = useState(0);
  // Typed text waits for a pause before asking: each keystroke on a slow line would be a request.
  const [q] = useDebouncedValue(filter.q, 350);
  const cases = useCases({ ...filter, q }, offset);
  const update = (changes: Partial<CaseFilter>) => {
    setFilter({ ...filter, ...changes });
    setOffset(0);
  };

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('nav.cases')}</Title>
        {can('cases.write') && (
          <Button component={Link} to="/cases/new">
            {t('cases.new')}
          </Button>
        )}
      </Group>

      <FilterBar label={t('cases.filters')}>
        <TextInput
          type="search"
          label={t('cases.searchList')}
          description={t('cases.searchListHelp')}
          value={filter.q}
          onChange={(e) => update({ q: e.currentTarget.value })}
          dir="auto"
        />
        <NativeSelect
          label={t('cases.status')}
          value={filter.status}
          onChange={(e) => update({ status: e.currentTarget.value as CaseFilter['status'] })}
          data={[
            { value: '', label: t('cases.anyStatus') },
            ...caseStatuses.map((s) => ({ value: s, label: t(`caseStatuses.${s}`) })),
          ]}
        />
        <NativeSelect
          label={t('cases.phase')}
          value={filter.phase}
          onChange={(e) => update({ phase: e.currentTarget.value as CaseFilter['phase'] })}
          data={[
            { value: '', label: t('cases.anyPhase') },
            ...casePhases.map((p) => ({ value: p, label: t(`casePhases.${p}`) })),
          ]}
        />
        <NativeSelect
          label={t('cases.whose')}
          value={filter.assignedToMe ? 'mine' : ''}
          onChange={(e) => update({ assignedToMe: e.currentTarget.value === 'mine' })}
          data={[
            { value: '', label: t('cases.allInScope') },
            { value: 'mine', label: t('cases.assignedToMe') },
          ]}
        />
        <NativeSelect
          label={t('cases.sort')}
          value={filter.sort}
          onChange={(e) => update({ sort: e.currentTarget.value as CaseFilter['sort'] })}
          data={[
            { value: 'updated', label: t('cases.sortUpdated') },
            { value: 'reference', label: t('cases.sortReference') },
          ]}
        />
      </FilterBar>

      <ErrorNotice error={cases.error} />

      <ScrollTable label={t('nav.cases')} minWidth={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.reference')}</Table.Th>
            <Table.Th>{t('cases.name')}</Table.Th>
            <Table.Th>{t('cases.status')}</Table.Th>
            <Table.Th>{t('cases.phase')}</Table.Th>
            <Table.Th>{t('cases.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cases.data?.items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Td>
                <Anchor component={Link} to={`/cases/${c.id}`} fw={600} size="sm">
                  <Ltr>{c.reference}</Ltr>
                </Anchor>
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">{c.person.name}</Text>
                  {c.sensitive && <SensitiveBadge />}
                </Group>
              </Table.Td>
              <Table.Td>
                <StatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>{t(`casePhases.${c.phase}`)}</Table.Td>
              <Table.Td>{dates.dateTime(c.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
          {cases.data?.items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>{t('cases.none')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </ScrollTable>

      {cases.data && <Pager offset={offset} limit={pageSize} total={cases.data.total} onChange={setOffset} />}
    </Stack>
  );
}
