import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import {
  type ComplaintHandlingStatus,
  type ComplaintKind,
  type ComplaintSubject,
  complaintHandlingStatuses,
  complaintKinds,
  complaintSubjects,
} from '@reintegra/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../exports/ExportButton.tsx';
import { ErrorNotice } from '../ui/errors.tsx';
import { FilterBar } from '../ui/FilterBar.tsx';
import { useDates } from '../ui/format.ts';
import { Pager } from '../ui/Pager.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { ComplaintDialog } from './ComplaintDialog.tsx';
import { complaintsPageSize, useComplaints } from './queries.ts';
import { RecordComplaintDialog } from './RecordComplaintDialog.tsx';
import type { ComplaintFilters } from './types.ts';
import { HandlingStatusBadge, useComplaintFieldErrors } from './words.tsx';

const noFilters: ComplaintFilters = { status: '', kind: '', about: '', from: '', to: '' };

/**
 * Complaints and feedback in the user's scope, newest first, and their
 * handling. The study counts complaints per caseworker each month (seed-000
 * Annex 2 C2) and keeps the caseworker apart from the assistance
 * (Recommendation 4); the server never lists one to the person it concerns.
 */
export function ComplaintsPage() {
  const { t } = useTranslation();
  usePageTitle(t('complaints.nav'));
  const dates = useDates();
  const fieldErrors = useComplaintFieldErrors();
  const [filters, setFilters] = useState<ComplaintFilters>(noFilters);
  const [offset, setOffset] = useState(0);
  const [recording, setRecording] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const list = useComplaints(filters, offset);
  const errors = fieldErrors(list.error);
  const filter = (changes: Partial<ComplaintFilters>) => {
    setFilters({ ...filters, ...changes });
    setOffset(0);
  };
  const items = list.data?.items ?? [];

  return (
    <Stack>
      <Stack gap={4}>
        <Title order={1}>{t('complaints.nav')}</Title>
        <Text>{t('complaints.intro')}</Text>
      </Stack>
      <Group>
        <Button onClick={() => setRecording(true)}>{t('complaints.record')}</Button>
        <ExportButton
          list="complaints"
          filters={Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== ''))}
        />
      </Group>
      <FilterBar
        label={t('complaints.filters')}
        moreInUse={[filters.from, filters.to].filter(Boolean).length}
        more={
          <>
            <TextInput
              type="date"
              label={t('complaints.from')}
              value={filters.from}
              onChange={(e) => filter({ from: e.currentTarget.value })}
            />
            <TextInput
              type="date"
              label={t('complaints.to')}
              value={filters.to}
              onChange={(e) => filter({ to: e.currentTarget.value })}
              error={errors.to}
            />
          </>
        }
      >
        <NativeSelect
          label={t('complaints.status')}
          value={filters.status}
          onChange={(e) => filter({ status: e.currentTarget.value as ComplaintHandlingStatus | '' })}
          data={[
            { value: '', label: t('complaints.anyStatus') },
            ...complaintHandlingStatuses.map((s) => ({ value: s, label: t(`complaints.statuses.${s}`) })),
          ]}
        />
        <NativeSelect
          label={t('complaints.columns.kind')}
          value={filters.kind}
          onChange={(e) => filter({ kind: e.currentTarget.value as ComplaintKind | '' })}
          data={[
            { value: '', label: t('complaints.anyKind') },
            ...complaintKinds.map((k) => ({ value: k, label: t(`complaints.kinds.${k}`) })),
          ]}
        />
        <NativeSelect
          label={t('complaints.columns.about')}
          value={filters.about}
          onChange={(e) => filter({ about: e.currentTarget.value as ComplaintSubject | '' })}
          data={[
            { value: '', label: t('complaints.anySubject') },
            ...complaintSubjects.map((s) => ({ value: s, label: t(`complaints.subjects.${s}`) })),
          ]}
        />
      </FilterBar>
      {Object.keys(errors).length === 0 && <ErrorNotice error={list.error} />}
      {list.isSuccess && items.length === 0 ? (
        <Text>{t('complaints.none')}</Text>
      ) : (
        <ScrollTable label={t('complaints.list')} minWidth={720}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('complaints.columns.receivedOn')}</Table.Th>
              <Table.Th>{t('complaints.columns.subject')}</Table.Th>
              <Table.Th>{t('complaints.columns.kind')}</Table.Th>
              <Table.Th>{t('complaints.columns.channel')}</Table.Th>
              <Table.Th>{t('complaints.columns.about')}</Table.Th>
              <Table.Th>{t('complaints.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{dates.day(c.receivedOn)}</Table.Td>
                <Table.Td maw={280}>
                  {/* The words open the record: a button, since nothing else has an address of its own. */}
                  <Anchor
                    component="button"
                    type="button"
                    onClick={() => setOpenId(c.id)}
                    lineClamp={2}
                    ta="start"
                  >
                    <span dir="auto">{c.subject}</span>
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`complaints.kinds.${c.kind}`)}</Table.Td>
                <Table.Td>{t(`complaints.channels.${c.channel}`)}</Table.Td>
                <Table.Td>{t(`complaints.subjects.${c.about}`)}</Table.Td>
                <Table.Td>
                  <HandlingStatusBadge status={c.status} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </ScrollTable>
      )}
      {list.data && list.data.total > 0 && (
        <Pager offset={offset} limit={complaintsPageSize} total={list.data.total} onChange={setOffset} />
      )}
      {recording && (
        <RecordComplaintDialog
          onClose={() => setRecording(false)}
          onRecorded={(c) => {
            setRecording(false);
            setOpenId(c.id);
          }}
        />
      )}
      {openId && <ComplaintDialog id={openId} onClose={() => setOpenId(null)} />}
    </Stack>
  );
}
