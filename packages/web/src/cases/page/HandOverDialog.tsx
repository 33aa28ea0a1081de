import { Alert, Button, Group, NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMissions } from '../../admin/organisation/queries.ts';
import { ApiError, api } from '../../api/client.ts';
import type { CaseFile, HandOver } from '../../api/types.ts';
import { handOversKey } from '../../handovers/queries.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { caseKey } from '../queries.ts';
import { transferConsent } from './rules.ts';

interface Note {
  toMissionId: string;
  needs: string;
  vulnerabilities: string;
  plannedAssistance: string;
  expectedArrival: string;
  arrivalDetails: string;
}

const emptyNote: Note = {
  toMissionId: '',
  needs: '',
  vulnerabilities: '',
  plannedAssistance: '',
  expectedArrival: '',
  arrivalDetails: '',
};

/** Only what was typed: the server treats a missing optional field and an empty one alike, but validates what it gets. */
function noteBody(note: Note) {
  const body: Record<string, string> = {};
  for (const [key, value] of Object.entries(note)) if (value.trim()) body[key] = value.trim();
  return body;
}

/**
 * Sends the case to another mission with what the receiving team must know.
 * Without the person's consent to the transfer the server refuses
 * (consent_required): the dialog says so first and offers to record it.
 */
export function HandOverDialog({
  file,
  onRecordConsent,
  onClose,
}: {
  file: CaseFile;
  onRecordConsent: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const queryClient = useQueryClient();
  const missions = useMissions();
  const [note, setNote] = useState<Note>(emptyNote);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const id = file.summary.id;
  const set = (changes: Partial<Note>) => setNote({ ...note, ...changes });

  const send = useMutation({
    mutationFn: () => api.post<HandOver>(`/cases/${id}/hand-overs`, noteBody(note)),
    onSuccess: async () => {
      // The case page reads the hand-over through the history, which the case file carries.
      await queryClient.invalidateQueries({ queryKey: caseKey(id) });
      void queryClient.invalidateQueries({ queryKey: handOversKey });
      notifications.show({ color: 'teal', message: t('handOvers.sent') });
      onClose();
    },
  });
  const noConsent =
    !transferConsent(file) || (send.error instanceof ApiError && send.error.code === 'consent_required');

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!note.toMissionId) found.toMissionId = t('validation.required');
    if (!note.needs.trim()) found.needs = t('validation.required');
    setProblems(found);
    if (Object.keys(found).length === 0) send.mutate();
  }

  const errors = { ...fieldErrors(send.error), ...problems };
  const others = (missions.data?.items ?? []).filter((m) => m.active && m.id !== file.summary.missionId);
  const text = (key: 'vulnerabilities' | 'plannedAssistance' | 'arrivalDetails', help?: string) => (
    <Textarea
      label={t(`handOvers.${key}`)}
      description={help}
      value={note[key]}
      onChange={(e) => set({ [key]: e.currentTarget.value })}
      error={errors[key]}
      autosize
      minRows={2}
      dir="auto"
    />
  );

  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('handOvers.title', { reference: file.summary.reference })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {noConsent && (
            <Alert color="orange" c="orange.9" variant="light">
              <Stack gap="xs" align="flex-start">
                {t('handOvers.consentMissing')}
                <Button size="xs" variant="default" onClick={onRecordConsent}>
                  {t('handOvers.recordTransferConsent')}
                </Button>
              </Stack>
            </Alert>
          )}
          <NativeSelect
            label={t('handOvers.toMission')}
            value={note.toMissionId}
            onChange={(e) => set({ toMissionId: e.currentTarget.value })}
            data={[
              { value: '', label: t('cases.choose') },
              ...others.map((m) => ({ value: m.id, label: `${m.name} (${m.countryCode})` })),
            ]}
            error={errors.toMissionId}
            withAsterisk
          />
          <Textarea
            label={t('handOvers.needs')}
            description={t('handOvers.needsHelp')}
            value={note.needs}
            onChange={(e) => set({ needs: e.currentTarget.value })}
            error={errors.needs}
            withAsterisk
            autosize
            minRows={3}
            dir="auto"
          />
          {text('vulnerabilities')}
          {text('plannedAssistance')}
          <TextInput
            type="date"
            label={t('handOvers.expectedArrival')}
            value={note.expectedArrival}
            onChange={(e) => set({ expectedArrival: e.currentTarget.value })}
            error={errors.expectedArrival}
          />
          {text('arrivalDetails', t('handOvers.arrivalDetailsHelp'))}
          <ErrorNotice error={send.error ?? missions.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={send.isPending} disabled={noConsent}>
              {t('handOvers.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
