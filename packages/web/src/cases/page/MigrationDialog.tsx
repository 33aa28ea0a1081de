import { Alert, Button, Group, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile } from '../../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../../ui/StaleVersionNotice.tsx';
import { MigrationFields } from '../MigrationFields.tsx';
import { compactMigration, migrationBody, migrationDraft, migrationProblems } from '../migration.ts';
import { useCaseCommand } from '../queries.ts';

/**
 * Records, or corrects, the migration and the return as a whole: the server
 * replaces the record, so the form starts from what is on file.
 */
export function MigrationDialog({
  file,
  onReload,
  onClose,
}: {
  file: CaseFile;
  onReload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const [draft, setDraft] = useState(() => migrationDraft(file.migration));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const formRef = useRef<HTMLFormElement>(null);
  const id = file.summary.id;

  const { command: save, stale } = useCaseCommand(
    id,
    (body: ReturnType<typeof migrationBody>) =>
      api.put<CaseFile>(`/cases/${id}/migration`, {
        // The version as the page holds it now (0 before anything was recorded): a colleague's change is not overwritten.
        version: file.migration?.version ?? 0,
        ...body,
      }),
    { saved: () => t('migration.saved'), done: onClose },
  );
  const reload = useMutation({ mutationFn: onReload, onSuccess: () => save.reset() });

  const errors = { ...fieldErrors(save.error), ...problems };
  const errorCount = Object.keys(errors).length;
  // After a refused save, take the reader to the first field to fix.
  useEffect(() => {
    if (errorCount) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errorCount]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const compacted = compactMigration(draft);
    setDraft(compacted);
    const found = migrationProblems(compacted, t);
    setProblems(found);
    if (Object.keys(found).length === 0) save.mutate(migrationBody(compacted));
  }

  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('migration.dialogTitle', { name: file.summary.person.name })}
      size="xl"
    >
      <form ref={formRef} onSubmit={submit} noValidate>
        <Stack>
          <MigrationFields
            value={draft}
            onChange={(next) => {
              setDraft(next);
              // A field corrected is no longer in error; the server's complaint stays until the next save.
              if (Object.keys(problems).length) setProblems(migrationProblems(next, t));
            }}
            errors={errors}
          />
          {stale ? (
            <StaleVersionNotice onReload={() => reload.mutate()} reloading={reload.isPending} />
          ) : save.error ? (
            <ErrorNotice error={save.error} />
          ) : reload.error ? (
            <ErrorNotice error={reload.error} />
          ) : (
            Object.keys(problems).length > 0 && (
              <Alert color="red" variant="light" role="alert">
                {t('errors.invalid_input')}
              </Alert>
            )
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending} disabled={stale}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
