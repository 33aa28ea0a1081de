import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { type TaskKind, taskKinds } from '@reintegra/domain';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile } from '../../api/types.ts';
import { ErrorNotice, useFieldErrors } from '../../ui/errors.tsx';
import { ResponsiveModal } from '../../ui/ResponsiveModal.tsx';
import { useCaseCommand } from '../queries.ts';
import { TaskAssigneeSelect } from './TaskAssigneeSelect.tsx';

/** Something to do on the case by a day, for one person on it or for the whole team. */
export function AddTaskDialog({ file, onClose }: { file: CaseFile; onClose: () => void }) {
  const { t } = useTranslation();
  const fieldErrors = useFieldErrors();
  const [kind, setKind] = useState<TaskKind | ''>('');
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [assigneeId, setAssigneeId] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const id = file.summary.id;

  const { command: add } = useCaseCommand(
    id,
    () =>
      api.post<CaseFile>(`/cases/${id}/tasks`, {
        kind,
        title: title.trim(),
        dueOn,
        ...(assigneeId ? { assigneeId } : {}),
      }),
    { saved: () => t('tasks.added'), done: onClose },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!kind) found.kind = t('validation.required');
    // "Other task" alone says nothing of what is to be done: the title does.
    if (kind === 'other' && !title.trim()) found.title = t('validation.required');
    if (!dueOn) found.dueOn = t('validation.required');
    setProblems(found);
    if (Object.keys(found).length === 0) add.mutate();
  }

  const errors = { ...fieldErrors(add.error), ...problems };
  return (
    <ResponsiveModal
      opened
      onClose={onClose}
      title={t('tasks.addTitle', { reference: file.summary.reference })}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          <NativeSelect
            label={t('tasks.kind')}
            value={kind}
            onChange={(e) => setKind(e.currentTarget.value as TaskKind | '')}
            data={[
              { value: '', label: t('cases.choose') },
              ...taskKinds.map((k) => ({ value: k, label: t(`taskKinds.${k}`) })),
            ]}
            error={errors.kind}
            withAsterisk
          />
          <TextInput
            label={kind === 'other' ? t('tasks.title') : t('tasks.titleOptional')}
            description={t('tasks.titleHelp')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            maxLength={500}
            error={errors.title}
            withAsterisk={kind === 'other'}
            dir="auto"
          />
          <TextInput
            type="date"
            label={t('tasks.dueOn')}
            value={dueOn}
            onChange={(e) => setDueOn(e.currentTarget.value)}
            error={errors.dueOn}
            withAsterisk
          />
          <TaskAssigneeSelect
            file={file}
            value={assigneeId}
            onChange={setAssigneeId}
            error={errors.assigneeId}
          />
          <ErrorNotice error={add.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={add.isPending}>
              {t('tasks.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </ResponsiveModal>
  );
}
