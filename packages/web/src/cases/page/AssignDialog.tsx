import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { AssignmentFunction, CaseFile, Page, StaffMember } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { useCaseCommand } from '../queries.ts';

export const assignmentFunctions: AssignmentFunction[] = [
  'protection',
  'reintegration',
  'mentor',
  'supervisor',
];

/**
 * Names a colleague on the case in a function. The choice comes from the staff
 * directory, limited to the case's mission (the server refuses anyone else);
 * a caseworker who sees only their own record is told a supervisor does this.
 */
export function AssignDialog({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const fieldErrors = useFieldErrors();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 350);
  const [userId, setUserId] = useState('');
  const [role, setRole] = useState<AssignmentFunction | ''>('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const id = file.summary.id;
  const onlySelf = me?.user.scope === 'own';

  const staff = useQuery({
    queryKey: ['staff', 'assignable', file.summary.missionId, q],
    queryFn: () =>
      api.get<Page<StaffMember>>('/staff', { missionId: file.summary.missionId, q, active: true, limit: 50 }),
    placeholderData: keepPreviousData,
  });

  const { command: assign } = useCaseCommand(
    id,
    () => api.post<CaseFile>(`/cases/${id}/assignments`, { userId, function: role }),
    { saved: () => t('cases.assignedSaved'), done: onClose },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!userId) found.userId = t('validation.required');
    if (!role) found.function = t('validation.required');
    setProblems(found);
    if (Object.keys(found).length === 0) assign.mutate();
  }

  const errors = { ...fieldErrors(assign.error), ...problems };
  const people = staff.data?.items ?? [];
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('cases.assignTitle', { reference: file.summary.reference })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {onlySelf && (
            <Alert color="blue" variant="light">
              {t('cases.onlySelf')}
            </Alert>
          )}
          <TextInput
            type="search"
            label={t('cases.findColleague')}
            description={t('cases.findColleagueHelp')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            dir="auto"
          />
          <NativeSelect
            label={t('cases.colleagueLabel')}
            value={userId}
            onChange={(e) => setUserId(e.currentTarget.value)}
            data={[
              { value: '', label: people.length ? t('cases.choose') : t('cases.noColleagues') },
              ...people.map((p) => ({ value: p.id, label: `${p.displayName} · ${t(`roles.${p.role}`)}` })),
            ]}
            error={errors.userId}
            withAsterisk
          />
          <NativeSelect
            label={t('cases.function')}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value as AssignmentFunction | '')}
            data={[
              { value: '', label: t('cases.choose') },
              ...assignmentFunctions.map((f) => ({ value: f, label: t(`assignmentFunctions.${f}`) })),
            ]}
            error={errors.function}
            withAsterisk
          />
          <ErrorNotice error={assign.error ?? staff.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={assign.isPending}>
              {t('cases.assignSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
