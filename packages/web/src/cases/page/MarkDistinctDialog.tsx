import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile, LikelyDuplicate } from '../../api/types.ts';
import { ErrorNotice } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { duplicatesKey, useCaseCommand } from '../queries.ts';

/**
 * Records that a likely duplicate is someone else, so that neither record is
 * offered as the other's duplicate again. The reason is optional: "different
 * parents" or "met both" helps whoever wonders later.
 */
export function MarkDistinctDialog({
  file,
  duplicate,
  onClose,
}: {
  file: CaseFile;
  duplicate: LikelyDuplicate;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const id = file.summary.id;

  const { command: mark } = useCaseCommand(
    id,
    () =>
      api.post<CaseFile>(`/cases/${id}/distinct`, {
        otherCaseId: duplicate.case.id,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      }),
    {
      saved: () => t('duplicates.markedDistinct', { reference: duplicate.case.reference }),
      done: () => {
        void queryClient.invalidateQueries({ queryKey: duplicatesKey(id) });
        onClose();
      },
    },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    mark.mutate();
  }

  return (
    <ResponsiveModal opened onClose={onClose} title={t('duplicates.distinctTitle')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">
            {t('duplicates.distinctMessage', {
              name: duplicate.case.person.name,
              reference: duplicate.case.reference,
            })}
          </Text>
          <Textarea
            label={t('duplicates.distinctReason')}
            description={t('duplicates.distinctReasonHelp')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={2}
            dir="auto"
          />
          <ErrorNotice error={mark.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mark.isPending}>
              {t('duplicates.markDistinct')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
