import {
  Anchor,
  Button,
  Group,
  NativeSelect,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { ageBands, casePhases, caseStatuses, isoDay, vulnerabilities } from '@reintegra/domain';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../../auth/session.tsx';
import { ExportButton } from '../../exports/ExportButton.tsx';
import { ErrorNotice } from '../../ui/errors.tsx';
import { FilterBar } from '../../ui/FilterBar.tsx';
import { useDates } from '../../ui/format.ts';
import { Ltr } from '../../ui/Ltr.tsx';
import { Pager } from '../../ui/Pager.tsx';
import { ScrollTable } from '../../ui/ScrollTable.tsx';
import { usePageTitle } from '../../ui/usePageTitle.ts';
import { OverdueBadge, SensitiveBadge, StatusBadge, VulnerabilityBadges } from '../badges.tsx';
import { sexes } from '../new/PersonFields.tsx';
import { type CaseFilter, pageSize, useCases } from '../queries.ts';
import { filterFrom, offsetFrom, paramsOf } from './filter.ts';
import { SavedFilters } from './SavedFilters.tsx';

/** The cases in the reader's scope; sensitive ones appear only to staff named on them (the server decides). */
export function CaseListPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.cases'));
  const { can } = useSession();
  const dates = useDates();
  const today = isoDay(new Date());
  const [params, setParams] = useSearchParams();
  const [showSaved, setShowSaved] = useState(false);
  const savedId = useId();
  const filter = filterFrom(params);
  const offset = offsetFrom(params);
  // Typed text waits for a pause before asking: each keystroke on a slow line would be a request.
  const [q] = useDebouncedValue(filter.q, 350);
  const cases = useCases({ ...filter, q }, offset);
  // A changed filter replaces the address rather than adding to the history:
  // "Back" then leaves the list instead of undoing one keystroke at a time.
  const update = (changes: Partial<CaseFilter>) =>
    setParams(paramsOf({ ...filter, ...changes }, 0), { replace: true });
  const moreInUse = [
    filter.overdue,
    filter.vulnerability,
    filter.nationality,
    filter.sex,
    filter.ageBand,
  ].filter(Boolean).length;
  // The list's filters as an export takes them: the address without the order, since exports go by reference.
  const exportFilters = Object.fromEntries([...paramsOf(filter, 0)].filter(([name]) => name !== 'sort'));

  return (
    <Stack>
      <Group justify="space-between" align="center">
        <Title order={1}>{t('nav.cases')}</Title>
        <Group gap="xs">
          <Button
            variant="default"
            aria-expanded={showSaved}
            aria-controls={savedId}
            onClick={() => setShowSaved(!showSaved)}
          >
            {t('savedFilters.label')}
          </Button>
          <ExportButton list="cases" filters={exportFilters} />
          {can('cases.write') && (
            <Button component={Link} to="/cases/new">
              {t('cases.new')}
            </Button>
          )}
        </Group>
      </Group>

      <SavedFilters id={savedId} shown={showSaved} filter={filter} />

      <FilterBar
        label={t('cases.filters')}
        moreInUse={moreInUse}
        more={
          <>
            <NativeSelect
              label={t('cases.vulnerabilities')}
              value={filter.vulnerability}
              onChange={(e) =>
                update({ vulnerability: e.currentTarget.value as CaseFilter['vulnerability'] })
              }
              data={[
                { value: '', label: t('cases.anyVulnerability') },
                ...vulnerabilities.map((v) => ({ value: v, label: t(`vulnerabilities.${v}`) })),
              ]}
            />
            <TextInput
              label={t('cases.nationalityShort')}
              description={t('cases.countryCodeHelp')}
              value={filter.nationality}
              onChange={(e) => update({ nationality: e.currentTarget.value.toUpperCase().slice(0, 2) })}
              maxLength={2}
              autoComplete="off"
              dir="ltr"
            />
            <NativeSelect
              label={t('cases.sex')}
              value={filter.sex}
              onChange={(e) => update({ sex: e.currentTarget.value as CaseFilter['sex'] })}
              data={[
                { value: '', label: t('cases.anySex') },
                ...sexes.map((x) => ({ value: x, label: t(`sexes.${x}`) })),
              ]}
            />
            <NativeSelect
              label={t('cases.ageBand')}
              value={filter.ageBand}
              onChange={(e) => update({ ageBand: e.currentTarget.value as CaseFilter['ageBand'] })}
              data={[
                { value: '', label: t('cases.anyAge') },
                ...ageBands.map((b) => ({ value: b, label: t(`ageBands.${b}`) })),
              ]}
            />
            <Switch
              label={t('cases.overdueOnly')}
              checked={filter.overdue}
              onChange={(e) => update({ overdue: e.currentTarget.checked })}
              mt={{ sm: 'lg' }}
            />
          </>
        }
      >
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

      <ScrollTable label={t('nav.cases')} minWidth={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('cases.reference')}</Table.Th>
            <Table.Th>{t('cases.name')}</Table.Th>
            <Table.Th>{t('cases.status')}</Table.Th>
            <Table.Th>{t('cases.phase')}</Table.Th>
            <Table.Th>{t('cases.nextDue')}</Table.Th>
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
                <VulnerabilityBadges codes={c.vulnerabilities} size="xs" />
              </Table.Td>
              <Table.Td>
                <StatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>{t(`casePhases.${c.phase}`)}</Table.Td>
              <Table.Td>
                {c.nextDueOn ? (
                  <Group gap={6} wrap="nowrap">
                    <Text
                      size="sm"
                      c={c.nextDueOn < today ? 'red.9' : undefined}
                      fw={c.nextDueOn < today ? 600 : undefined}
                    >
                      {dates.day(c.nextDueOn)}
                    </Text>
                    {c.nextDueOn < today && <OverdueBadge />}
                  </Group>
                ) : (
                  '—'
                )}
              </Table.Td>
              <Table.Td>{dates.dateTime(c.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
          {cases.data?.items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>{t('cases.none')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </ScrollTable>

      {cases.data && (
        <Pager
          offset={offset}
          limit={pageSize}
          total={cases.data.total}
          onChange={(next) => setParams(paramsOf(filter, next))}
        />
      )}
    </Stack>
  );
}
