import { Alert, Button, Group, Radio, Stack, Textarea } from '@mantine/core';
import type { CaseStatus } from '@reintegra/domain';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorNotice } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../../ui/StaleVersionNotice.tsx';
import { useCaseCommand } from '../queries.ts';
import { foreseenRefusal, needsReason, offeredMoves } from './rules.ts';

/**
 * Offers only the moves the lifecycle allows from here (the server's
 * nextStatuses), asks for a reason where the domain says one is needed, and
 * says in advance when a move would be refused (no consent, not a supervisor).
 */
export function MoveCaseDialog({
  file,
  onReload,
  onClose,
}: {
  file: CaseFile;
  /** Fetches the case again; resolves once the page shows the saved version. */
  onReload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [to, setTo] = useState<CaseStatus | ''>('');
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const id = file.summary.id;

  const { command: move, stale } = useCaseCommand(
    id,
    (body: { version: number; to: CaseStatus; reason?: string }) =>
      api.post<CaseFile>(`/cases/${id}/transitions`, body),
    {
      saved: (next) => t('cases.moved', { status: t(`caseStatuses.${next.summary.status}`) }),
      done: onClose,
    },
  );

  const reload = useMutation({ mutationFn: onReload, onSuccess: () => move.reset() });

  // After a reload the case may have moved on: a choice it no longer offers is dropped.
  const moves = offeredMoves(file);
  const choice = to && moves.includes(to) ? to : '';
  const reasonNeeded = !!choice && needsReason(file, choice);
  const refusal = choice ? foreseenRefusal(file, choice, can('cases.approve')) : null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!choice) return;
    if (reasonNeeded && !reason.trim()) {
      setMissingReason(true);
      return;
    }
    move.mutate({
      version: file.summary.version,
      to: choice,
      ...(reason.trim() && reasonNeeded ? { reason: reason.trim() } : {}),
    });
  }

  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('cases.moveTitle', { reference: file.summary.reference })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Radio.Group
            label={t('cases.moveTo', { status: t(`caseStatuses.${file.summary.status}`) })}
            value={choice}
            onChange={(value) => {
              setTo(value as CaseStatus);
              move.reset();
            }}
            withAsterisk
          >
            <Stack gap="xs" mt={4}>
              {moves.map((status) => (
                <Radio
                  key={status}
                  value={status}
                  label={t(`caseStatuses.${status}`)}
                  description={status === file.resumeStatus ? t('cases.resumes') : undefined}
                />
              ))}
            </Stack>
          </Radio.Group>
          {reasonNeeded && (
            <Textarea
              label={t('cases.moveReason')}
              description={t('cases.moveReasonHelp')}
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
                setMissingReason(false);
              }}
              error={missingReason ? t('validation.required') : undefined}
              withAsterisk
              autosize
              minRows={3}
            />
          )}
          {refusal && (
            <Alert color="orange" c="orange.9" variant="light">
              {t(`errors.transition_${refusal}`)}
            </Alert>
          )}
          {stale ? (
            <StaleVersionNotice onReload={() => reload.mutate()} reloading={reload.isPending} />
          ) : (
            <ErrorNotice error={move.error ?? reload.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={move.isPending} disabled={!choice || stale || !!refusal}>
              {t('cases.move')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
