import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client.ts';
import type { Office } from '../../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../../ui/StaleVersionNotice.tsx';
import { officesKey, useOrganisation } from './queries.ts';

/** Adds an office to a mission, or renames one. An office stays in the mission it was opened in. */
export function OfficeDialog({ office, onClose }: { office?: Office; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const queryClient = useQueryClient();
  const { missions, missionName } = useOrganisation();
  const [base, setBase] = useState(office);
  const [missionId, setMissionId] = useState(office?.missionId ?? missions.find((m) => m.active)?.id ?? '');
  const [name, setName] = useState(office?.name ?? '');
  const [location, setLocation] = useState(office?.location ?? '');
  const [problems, setProblems] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: () =>
      base
        ? api.patch<Office>(`/offices/${base.id}`, {
            version: base.version,
            name: name.trim(),
            location: location.trim(),
          })
        : api.post<Office>('/offices', { missionId, name: name.trim(), location: location.trim() }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: officesKey });
      onClose();
    },
  });
  const reload = useMutation({
    mutationFn: () => api.get<Office>(`/offices/${base?.id}`),
    onSuccess: (fresh) => {
      setBase(fresh);
      setName(fresh.name);
      setLocation(fresh.location);
      save.reset();
      void queryClient.invalidateQueries({ queryKey: officesKey });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!base && !missionId) found.missionId = t('validation.required');
    if (!name.trim()) found.name = t('validation.required');
    setProblems(found);
    if (Object.keys(found).length === 0) save.mutate();
  }

  const errors = { ...fieldErrors(save.error), ...problems };
  const stale = save.error instanceof ApiError && save.error.code === 'stale_version';
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      size="md"
      title={base ? t('organisation.editOffice', { name: base.name }) : t('organisation.addOffice')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {base ? (
            <TextInput label={t('organisation.mission')} value={missionName(base.missionId)} readOnly />
          ) : (
            <NativeSelect
              label={t('organisation.mission')}
              value={missionId}
              onChange={(e) => setMissionId(e.currentTarget.value)}
              data={[
                { value: '', label: t('organisation.chooseMission') },
                ...missions.filter((m) => m.active).map((m) => ({ value: m.id, label: m.name })),
              ]}
              error={errors.missionId}
              withAsterisk
            />
          )}
          <TextInput
            label={t('organisation.officeName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            withAsterisk
          />
          <TextInput
            label={t('organisation.location')}
            value={location}
            onChange={(e) => setLocation(e.currentTarget.value)}
            error={errors.location}
          />
          {stale ? (
            <StaleVersionNotice onReload={() => reload.mutate()} reloading={reload.isPending} />
          ) : (
            <ErrorNotice error={save.error ?? reload.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale}>
              {base ? t('common.save') : t('organisation.addOffice')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
