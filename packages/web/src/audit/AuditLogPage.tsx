import { Alert, Button, Code, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { AuditEvent, ChainCheck, Page } from '../api/types.ts';
import { ErrorNotice, fieldErrorsOf } from '../ui/errors.tsx';
import { FilterBar } from '../ui/FilterBar.tsx';
import { useDates } from '../ui/format.ts';
import { Ltr } from '../ui/Ltr.tsx';
import { Pager } from '../ui/Pager.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';

interface AuditFilter {
  action: string;
  actorId: string;
  recordType: string;
  recordId: string;
  /** Calendar days as the reader picks them (yyyy-mm-dd, in their time zone). */
  from: string;
  to: string;
}

const emptyFilter: AuditFilter = { action: '', actorId: '', recordType: '', recordId: '', from: '', to: '' };
const pageSize = 50;

/** A picked day covers the whole of that day where the reader is; the server wants UTC instants. */
function dayStart(day: string): string | undefined {
  return day ? new Date(`${day}T00:00:00`).toISOString() : undefined;
}
function dayEnd(day: string): string | undefined {
  return day ? new Date(`${day}T23:59:59.999`).toISOString() : undefined;
}

function Details({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <Code block dir="ltr" style={{ whiteSpace: 'pre-wrap', maxWidth: 320 }}>
      {entries
        .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
        .join('\n')}
    </Code>
  );
}

function VerifyChain() {
  const { t, i18n } = useTranslation();
  const verify = useMutation({ mutationFn: () => api.get<ChainCheck>('/audit/verify') });
  const number = new Intl.NumberFormat(i18n.language);
  const result = verify.data;
  return (
    <Stack gap="xs">
      <Group>
        <Button variant="light" onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('audit.verify')}
        </Button>
      </Group>
      <ErrorNotice error={verify.error} />
      {result && (
        <Alert
          role="status"
          color={result.ok ? 'teal' : 'red'}
          variant="light"
          title={result.ok ? t('audit.chainIntact') : t('audit.chainBroken')}
        >
          {result.ok
            ? t('audit.checked', { count: number.format(result.checked) })
            : t('audit.brokenAt', {
                seq: result.firstBroken?.seq ?? '?',
                reason: result.firstBroken?.reason ?? '',
                count: number.format(result.checked),
              })}
        </Alert>
      )}
    </Stack>
  );
}

export function AuditLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.audit'));
  const dates = useDates();
  const [draft, setDraft] = useState<AuditFilter>(emptyFilter);
  const [filter, setFilter] = useState<AuditFilter>(emptyFilter);
  const [offset, setOffset] = useState(0);

  const events = useQuery({
    queryKey: ['audit', filter, offset],
    queryFn: () =>
      api.get<Page<AuditEvent>>('/audit/events', {
        action: filter.action.trim(),
        actorId: filter.actorId.trim(),
        recordType: filter.recordType.trim(),
        recordId: filter.recordId.trim(),
        from: dayStart(filter.from),
        to: dayEnd(filter.to),
        limit: pageSize,
        offset,
      }),
    placeholderData: keepPreviousData,
  });
  const errors = fieldErrorsOf(events.error);
  const set = (changes: Partial<AuditFilter>) => setDraft({ ...draft, ...changes });
  // Typing in six boxes should not fire six searches over a slow line: filters apply on Search.
  const apply = () => {
    setFilter(draft);
    setOffset(0);
  };

  return (
    <Stack>
      <Title order={1}>{t('nav.audit')}</Title>
      <Text>{t('audit.intro')}</Text>
      <VerifyChain />

      <FilterBar label={t('audit.filters')} onSubmit={apply}>
        <TextInput
          label={t('audit.action')}
          placeholder="user.update"
          value={draft.action}
          onChange={(e) => set({ action: e.currentTarget.value })}
          dir="ltr"
        />
        <TextInput
          label={t('audit.actorId')}
          value={draft.actorId}
          onChange={(e) => set({ actorId: e.currentTarget.value })}
          error={errors.actorId && t('validation.uuid')}
          dir="ltr"
        />
        <TextInput
          label={t('audit.recordType')}
          placeholder="user"
          value={draft.recordType}
          onChange={(e) => set({ recordType: e.currentTarget.value })}
          dir="ltr"
        />
        <TextInput
          label={t('audit.recordId')}
          value={draft.recordId}
          onChange={(e) => set({ recordId: e.currentTarget.value })}
          dir="ltr"
        />
        <TextInput
          label={t('audit.from')}
          type="date"
          value={draft.from}
          onChange={(e) => set({ from: e.currentTarget.value })}
        />
        <TextInput
          label={t('audit.to')}
          type="date"
          value={draft.to}
          onChange={(e) => set({ to: e.currentTarget.value })}
        />
        <Group align="end" gap="xs">
          <Button type="submit">{t('audit.search')}</Button>
          <Button
            variant="default"
            onClick={() => {
              setDraft(emptyFilter);
              setFilter(emptyFilter);
              setOffset(0);
            }}
          >
            {t('audit.clear')}
          </Button>
        </Group>
      </FilterBar>

      {!errors.actorId && <ErrorNotice error={events.error} />}

      <ScrollTable label={t('nav.audit')} minWidth={980}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('audit.seq')}</Table.Th>
            <Table.Th>{t('audit.at')}</Table.Th>
            <Table.Th>{t('audit.actor')}</Table.Th>
            <Table.Th>{t('audit.action')}</Table.Th>
            <Table.Th>{t('audit.outcome')}</Table.Th>
            <Table.Th>{t('audit.record')}</Table.Th>
            <Table.Th>{t('audit.ip')}</Table.Th>
            <Table.Th>{t('audit.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.data?.items.map((event) => (
            <Table.Tr key={event.seq}>
              <Table.Td>{event.seq}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dates.dateTime(event.at)}</Table.Td>
              <Table.Td>
                <Ltr>{event.actorUsername ?? '—'}</Ltr>
              </Table.Td>
              <Table.Td>
                <Code dir="ltr">{event.action}</Code>
              </Table.Td>
              <Table.Td>
                <Text
                  size="sm"
                  c={event.outcome === 'success' ? undefined : 'red.9'}
                  fw={event.outcome === 'success' ? undefined : 700}
                >
                  {event.outcome === 'success' || event.outcome === 'failure' || event.outcome === 'denied'
                    ? t(`audit.outcomes.${event.outcome}`)
                    : event.outcome}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <Ltr>{event.recordType ?? ''}</Ltr>
                </Text>
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  <Ltr>{event.recordId ?? ''}</Ltr>
                </Text>
              </Table.Td>
              <Table.Td>
                <Ltr>{event.ip ?? ''}</Ltr>
              </Table.Td>
              <Table.Td>
                <Details details={event.details} />
              </Table.Td>
            </Table.Tr>
          ))}
          {events.data?.items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={8}>{t('audit.none')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </ScrollTable>
      {events.data && (
        <Pager offset={offset} limit={pageSize} total={events.data.total} onChange={setOffset} />
      )}
    </Stack>
  );
}
