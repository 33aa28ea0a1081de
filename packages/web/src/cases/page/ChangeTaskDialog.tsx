import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile, CaseTask } from '../../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { StaleVersionNotice } from '../../ui/StaleVersionNotice.tsx';
import { useCaseCommand } from '../queries.ts';
import { taskName } from '../tasks.ts';
import { TaskAssigneeSelect } from './TaskAssigneeSelect.tsx';

/**
 * Moves a task's day or gives it to someone else. Sent with the task's
 * version: a colleague's change in between is never overwritten. Only what
 * changed is sent, so the history says what was done.
 */
export function ChangeTaskDialog({
  file,
  task,
  onReload,
  onClose,
}: {
  file: CaseFile;
  task: CaseTask;
  onReload: () => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const [dueOn, setDueOn] = useState(task.dueOn);
  const [assigneeId, setAssigneeId] = useState(task.assigneeId ?? '');
  const [missingDay, setMissingDay] = useState(false);
  const id = file.summary.id;
  const changes = {
    ...(dueOn !== task.dueOn ? { dueOn } : {}),
    ...(assigneeId !== (task.assigneeId ?? '') ? { assigneeId: assigneeId || null } : {}),
  };

  const { command: change, stale } = useCaseCommand(
    id,
    () => api.patch<CaseFile>(`/cases/${id}/tasks/${task.id}`, { version: task.version, ...changes }),
    { saved: () => t('tasks.saved'), done: onClose },
  );
  // The page then shows the task as it is now; the dialog closes so that the change is made again on that.
  const reload = useMutation({ mutationFn: onReload, onSuccess: onClose });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!dueOn) {
      setMissingDay(true);
      return;
    }
    if (Object.keys(changes).length === 0) onClose();
    else change.mutate();
  }

  const errors = fieldErrors(change.error);
  return (
    <ResponsiveModal opened onClose={onClose} title={t('tasks.changeTitle')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text fw={600} dir="auto">
            {taskName(t, task)}
          </Text>
          <TextInput
            type="date"
            label={t('tasks.dueOn')}
            value={dueOn}
            onChange={(e) => {
              setDueOn(e.currentTarget.value);
              setMissingDay(false);
            }}
            error={missingDay ? t('validation.required') : errors.dueOn}
            withAsterisk
          />
          <TaskAssigneeSelect
            file={file}
            value={assigneeId}
            onChange={setAssigneeId}
            error={errors.assigneeId}
          />
          {stale ? (
            <StaleVersionNotice onReload={() => reload.mutate()} reloading={reload.isPending} />
          ) : (
            <ErrorNotice error={change.error ?? reload.error} />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={change.isPending} disabled={stale}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
