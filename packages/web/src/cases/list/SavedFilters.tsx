import { Box, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client.ts';
import type { SavedFilter } from '../../api/types.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { type CaseFilter, caseListQuery } from '../queries.ts';
import { filterFrom, paramsOf } from './filter.ts';

const savedFiltersKey = ['saved-filters'] as const;

/**
 * The filters as a saved filter holds them: exactly what the list sends the
 * server, as strings, so that the server checks them as the list would.
 */
function savedFormOf(filter: CaseFilter): Record<string, string> {
  const form: Record<string, string> = {};
  for (const [key, value] of Object.entries(caseListQuery(filter))) {
    if (value !== undefined && value !== '') form[key] = String(value);
  }
  return form;
}

const sameForm = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/** What a saved filter shows on the list, read as the address would be. */
const filterOf = (saved: SavedFilter) => filterFrom(new URLSearchParams(saved.filters));

function SaveFilterDialog({ filter, onClose }: { filter: CaseFilter; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const save = useMutation({
    mutationFn: () =>
      api.post<SavedFilter>('/saved-filters', { name: name.trim(), filters: savedFormOf(filter) }),
    onSuccess: (saved) => {
      void queryClient.invalidateQueries({ queryKey: savedFiltersKey });
      notifications.show({ color: 'teal', message: t('savedFilters.saved', { name: saved.name }) });
      onClose();
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    setMissing(!name.trim());
    if (name.trim()) save.mutate();
  }

  return (
    <ResponsiveModal opened onClose={onClose} title={t('savedFilters.saveTitle')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('savedFilters.name')}
            description={t('savedFilters.nameHelp')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={missing ? t('validation.required') : fieldErrors(save.error).name}
            maxLength={100}
            withAsterisk
            dir="auto"
          />
          <ErrorNotice error={save.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}

/**
 * The user's named filters for the case list, behind a button beside "New
 * case" so that on a phone the list itself stays on the first screen (the
 * page's button controls this panel by its id). Choosing one puts its filters
 * in the address (so the list, a reload and a bookmark all follow); the one
 * matching the list on screen shows as chosen and can be deleted.
 */
export function SavedFilters({ id, shown, filter }: { id: string; shown: boolean; filter: CaseFilter }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [, setParams] = useSearchParams();
  const [saving, setSaving] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const saved = useQuery({
    queryKey: savedFiltersKey,
    queryFn: () => api.get<{ items: SavedFilter[] }>('/saved-filters'),
    enabled: shown,
  });
  const items = saved.data?.items ?? [];
  const current = savedFormOf(filter);
  const chosen = items.find((s) => sameForm(savedFormOf(filterOf(s)), current));

  const remove = useMutation({
    mutationFn: (s: SavedFilter) => api.delete(`/saved-filters/${s.id}`),
    onSuccess: (_, s) => {
      void queryClient.invalidateQueries({ queryKey: savedFiltersKey });
      notifications.show({ color: 'teal', message: t('savedFilters.deleted', { name: s.name }) });
      setDeleting(false);
    },
  });

  return (
    // A plain box: the `hidden` attribute would lose to a Mantine component's own display rule.
    <Box id={id} hidden={!shown}>
      <Group align="flex-end" gap="xs" wrap="wrap">
        <NativeSelect
          label={t('savedFilters.label')}
          value={chosen?.id ?? ''}
          onChange={(e) => {
            const next = items.find((s) => s.id === e.currentTarget.value);
            if (next) setParams(paramsOf(filterOf(next), 0), { replace: true });
          }}
          data={[
            { value: '', label: items.length ? t('savedFilters.choose') : t('savedFilters.noneYet') },
            ...items.map((s) => ({ value: s.id, label: s.name })),
          ]}
          style={{ flex: '1 1 14rem', maxWidth: '24rem' }}
        />
        <Button variant="default" onClick={() => setSaving(true)}>
          {t('savedFilters.save')}
        </Button>
        {chosen && (
          <Button
            variant="subtle"
            color="red"
            onClick={() => {
              remove.reset();
              setDeleting(true);
            }}
            aria-label={`${t('savedFilters.delete')}: ${chosen.name}`}
          >
            {t('savedFilters.delete')}
          </Button>
        )}
      </Group>
      <ErrorNotice error={saved.error} />
      {saving && <SaveFilterDialog filter={filter} onClose={() => setSaving(false)} />}
      <ConfirmDialog
        opened={deleting && !!chosen}
        title={t('savedFilters.deleteTitle')}
        message={chosen ? t('savedFilters.deleteMessage', { name: chosen.name }) : ''}
        confirmLabel={t('savedFilters.delete')}
        danger
        busy={remove.isPending}
        error={remove.error}
        onConfirm={() => chosen && remove.mutate(chosen)}
        onClose={() => setDeleting(false)}
      />
    </Box>
  );
}
