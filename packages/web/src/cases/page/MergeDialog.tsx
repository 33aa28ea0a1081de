import { Alert, Button, Center, Group, Loader, Radio, Stack, Text } from '@mantine/core';
import type { MergeableField } from '@reintegra/domain';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile, LikelyDuplicate } from '../../api/types.ts';
import { ErrorNotice } from '../../ui/errors.tsx';
import { useDates } from '../../ui/format.ts';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../../ui/StaleVersionNotice.tsx';
import { caseKey, duplicatesKey, useCaseCommand, useCaseFile } from '../queries.ts';
import { defaultChoice, differingFields, mergeValueText, personFieldsOf } from './merge.ts';

type Choice = 'survivor' | 'merged';

/**
 * Merges a duplicate registration into this case, a supervisor's decision.
 * Where the two records differ, both values stand side by side and the
 * supervisor picks one, starting from what the server would keep; names,
 * phones and documents are joined, and the other case is closed as merged.
 */
export function MergeDialog({
  file,
  duplicate,
  onReload,
  onClose,
}: {
  file: CaseFile;
  duplicate: LikelyDuplicate;
  onReload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const queryClient = useQueryClient();
  // The other record in full: the duplicates list carries only its summary.
  const other = useCaseFile(duplicate.case.id);
  const [choices, setChoices] = useState<Partial<Record<MergeableField, Choice>>>({});
  const id = file.summary.id;
  const otherId = duplicate.case.id;
  const otherReference = duplicate.case.reference;

  const survivor = personFieldsOf(file.person);
  const merged = other.data ? personFieldsOf(other.data.person) : null;
  const fields = merged ? differingFields(survivor, merged) : [];
  const choiceOf = (field: MergeableField): Choice =>
    choices[field] ?? (merged ? defaultChoice(field, survivor, merged) : 'survivor');

  const { command: merge, stale } = useCaseCommand(
    id,
    (mergedVersion: number) =>
      api.post<CaseFile>(`/cases/${id}/merge`, {
        version: file.summary.version,
        mergedCaseId: otherId,
        mergedVersion,
        choices: Object.fromEntries(fields.map((f) => [f, choiceOf(f)])),
      }),
    {
      saved: () => t('merge.merged', { reference: otherReference }),
      done: () => {
        void queryClient.invalidateQueries({ queryKey: duplicatesKey(id) });
        void queryClient.invalidateQueries({ queryKey: caseKey(otherId) });
        onClose();
      },
    },
  );
  const reload = useMutation({
    mutationFn: () => Promise.all([onReload(), other.refetch()]),
    onSuccess: () => merge.reset(),
  });

  const value = (field: MergeableField, data: CaseFile['person']) => {
    const text = mergeValueText(t, dates, field, personFieldsOf(data)[field]);
    // A date worked out from an age reads as such.
    return field === 'dateOfBirth' && data.dateOfBirth && data.birthDateEstimated
      ? `${text} (${t('merge.estimated')})`
      : text;
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    if (other.data) merge.mutate(other.data.summary.version);
  }

  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('merge.title', { other: otherReference, reference: file.summary.reference })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('merge.intro', { other: otherReference })}</Text>
          {other.isPending && (
            <Center>
              <Loader size="sm" aria-label={t('common.loading')} />
            </Center>
          )}
          {other.data && fields.length === 0 && <Text size="sm">{t('merge.nothingDiffers')}</Text>}
          {other.data &&
            fields.map((field) => (
              <Radio.Group
                key={field}
                label={t(`merge.fields.${field}`)}
                value={choiceOf(field)}
                onChange={(next) => setChoices({ ...choices, [field]: next as Choice })}
              >
                <Group mt={4} gap="md" align="flex-start">
                  <Radio
                    value="survivor"
                    label={
                      <>
                        {t('merge.thisCase', { reference: file.summary.reference })}:{' '}
                        <Text span fw={600} dir="auto">
                          {value(field, file.person)}
                        </Text>
                      </>
                    }
                  />
                  <Radio
                    value="merged"
                    label={
                      <>
                        {t('merge.otherCase', { reference: otherReference })}:{' '}
                        <Text span fw={600} dir="auto">
                          {other.data && value(field, other.data.person)}
                        </Text>
                      </>
                    }
                  />
                </Group>
              </Radio.Group>
            ))}
          <Alert color="blue" variant="light" c="blue.9">
            {t('merge.joined')}
          </Alert>
          {stale ? (
            <StaleVersionNotice onReload={() => reload.mutate()} reloading={reload.isPending} />
          ) : (
            <ErrorNotice error={merge.error ?? other.error ?? reload.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={merge.isPending} disabled={!other.data || stale}>
              {t('merge.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
