import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type MissionRole, missionRoles } from '@reintegra/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../api/client.ts';
import type { Mission } from '../../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../../ui/StaleVersionNotice.tsx';
import { missionsKey } from './queries.ts';

interface MissionDraft {
  name: string;
  countryCode: string;
  role: MissionRole;
}

/** Adds a country mission, or changes one (`mission` given) with the version it was read at. */
export function MissionDialog({ mission, onClose }: { mission?: Mission; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const queryClient = useQueryClient();
  const [base, setBase] = useState(mission);
  const [draft, setDraft] = useState<MissionDraft>({
    name: mission?.name ?? '',
    countryCode: mission?.countryCode ?? '',
    role: mission?.role ?? 'origin',
  });
  const [problems, setProblems] = useState<Record<string, string>>({});

  const save = useMutation({
    mutationFn: () => {
      const body = { name: draft.name.trim(), countryCode: draft.countryCode, role: draft.role };
      return base
        ? api.patch<Mission>(`/missions/${base.id}`, { version: base.version, ...body })
        : api.post<Mission>('/missions', body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: missionsKey });
      onClose();
    },
  });
  const reload = useMutation({
    mutationFn: () => api.get<{ items: Mission[] }>('/missions'),
    onSuccess: (list) => {
      const fresh = list.items.find((m) => m.id === base?.id);
      if (fresh) {
        setBase(fresh);
        setDraft({ name: fresh.name, countryCode: fresh.countryCode, role: fresh.role });
      }
      save.reset();
      void queryClient.invalidateQueries({ queryKey: missionsKey });
    },
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!draft.name.trim()) found.name = t('validation.required');
    if (!/^[A-Z]{2}$/.test(draft.countryCode)) found.countryCode = t('validation.countryCode');
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
      title={base ? t('organisation.editMission', { name: base.name }) : t('organisation.addMission')}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('organisation.missionName')}
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            error={errors.name}
            withAsterisk
          />
          <TextInput
            label={t('organisation.countryCode')}
            description={t('organisation.countryCodeHelp')}
            value={draft.countryCode}
            onChange={(e) =>
              setDraft({ ...draft, countryCode: e.currentTarget.value.toUpperCase().slice(0, 2) })
            }
            error={errors.countryCode}
            withAsterisk
            autoCapitalize="characters"
            dir="ltr"
          />
          <NativeSelect
            label={t('organisation.missionRole')}
            description={t(`missionRoleHelp.${draft.role}`)}
            value={draft.role}
            onChange={(e) => setDraft({ ...draft, role: e.currentTarget.value as MissionRole })}
            data={missionRoles.map((r) => ({ value: r, label: t(`missionRoles.${r}`) }))}
            error={errors.role}
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
              {base ? t('common.save') : t('organisation.addMission')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
