import { Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import type { TaskStatus } from '@reintegra/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { CaseFile, CaseTask } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';
import { ErrorNotice } from '../../ui/errors.tsx';
import { useDates } from '../../ui/format.ts';
import { StaleVersionNotice } from '../../ui/StaleVersionNotice.tsx';
import { OverdueBadge } from '../badges.tsx';
import { useCaseCommand } from '../queries.ts';
import { taskName } from '../tasks.ts';
import { AddTaskDialog } from './AddTaskDialog.tsx';
import { ChangeTaskDialog } from './ChangeTaskDialog.tsx';
import { Section } from './Section.tsx';
import { StaffName } from './StaffName.tsx';

/** One task: what, by when, for whom, and what can be done with it. */
function TaskItem({
  task,
  working,
  busy,
  onStatus,
  onChange,
}: {
  task: CaseTask;
  /** The reader may change tasks on this case. */
  working: boolean;
  busy: boolean;
  onStatus: (status: TaskStatus) => void;
  onChange: () => void;
}) {
  const { t } = useTranslation();
  const dates = useDates();
  const name = taskName(t, task);
  // Every button says which task it acts on: a screen reader lists them out of their card.
  const action = (label: string) => ({ 'aria-label': `${label}: ${name}` });
  return (
    <Paper component="li" withBorder p="sm">
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={2}>
          <Text fw={600} dir="auto">
            {name}
          </Text>
          {task.title && (
            <Text size="xs" c="dimmed">
              {/* The kind, with what a system task is about (the survey round, the dimension). */}
              {taskName(t, { ...task, title: '' })}
            </Text>
          )}
          <Group gap="xs" wrap="wrap">
            <Text size="sm" c={task.overdue ? 'red.9' : undefined} fw={task.overdue ? 600 : undefined}>
              {t('tasks.due', { date: dates.day(task.dueOn) })}
            </Text>
            {task.overdue && <OverdueBadge />}
          </Group>
          <Text size="sm">
            {t('tasks.for')}: {task.assigneeId ? <StaffName id={task.assigneeId} /> : t('tasks.wholeTeam')}
          </Text>
          {task.status !== 'open' && (
            <Text size="sm">
              {t(task.status === 'done' ? 'tasks.doneOn' : 'tasks.cancelledOn', {
                date: dates.date(task.closedAt),
              })}
            </Text>
          )}
        </Stack>
        {working && (
          <Group gap="xs">
            {task.status === 'open' ? (
              <>
                <Button
                  size="xs"
                  loading={busy}
                  onClick={() => onStatus('done')}
                  {...action(t('tasks.markDone'))}
                >
                  {t('tasks.markDone')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  disabled={busy}
                  onClick={onChange}
                  {...action(t('tasks.change'))}
                >
                  {t('tasks.change')}
                </Button>
                <Button
                  size="xs"
                  variant="subtle"
                  color="red"
                  disabled={busy}
                  onClick={() => onStatus('cancelled')}
                  {...action(t('tasks.cancel'))}
                >
                  {t('tasks.cancel')}
                </Button>
              </>
            ) : (
              <Button
                size="xs"
                variant="default"
                loading={busy}
                onClick={() => onStatus('open')}
                {...action(t('tasks.reopen'))}
              >
                {t('tasks.reopen')}
              </Button>
            )}
          </Group>
        )}
      </Group>
    </Paper>
  );
}

/**
 * What is due on the case, soonest first: the tasks the lifecycle starts
 * (assessment, plan, follow-up) and those the team adds. Done and cancelled
 * ones are kept and shown on request; a follow-up case gathers many.
 */
export function TasksSection({ file, onReload }: { file: CaseFile; onReload: () => Promise<unknown> }) {
  const { t } = useTranslation();
  const { can } = useSession();
  const [adding, setAdding] = useState(false);
  const [changingId, setChangingId] = useState<string | null>(null);
  const [showClosed, setShowClosed] = useState(false);
  const id = file.summary.id;
  // A closed case has nothing left due: its tasks were closed with it.
  const working = can('cases.write') && file.summary.status !== 'closed';

  const { command: setStatus, stale } = useCaseCommand(
    id,
    ({ task, status }: { task: CaseTask; status: TaskStatus }) =>
      api.patch<CaseFile>(`/cases/${id}/tasks/${task.id}`, { version: task.version, status }),
    { saved: () => t('tasks.saved') },
  );
  const reload = useMutation({ mutationFn: onReload, onSuccess: () => setStatus.reset() });

  const open = file.tasks.filter((task) => task.status === 'open');
  const closed = file.tasks.filter((task) => task.status !== 'open');
  // Looked up in the file each time, so that after a reload the dialog has the task's new version.
  const changing = file.tasks.find((task) => task.id === changingId);
  const item = (task: CaseTask) => (
    <TaskItem
      key={task.id}
      task={task}
      working={working}
      busy={setStatus.isPending && setStatus.variables?.task.id === task.id}
      onStatus={(status) => setStatus.mutate({ task, status })}
      onChange={() => setChangingId(task.id)}
    />
  );
  const list = (tasks: CaseTask[]) => (
    <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {tasks.map(item)}
    </Stack>
  );

  return (
    <Section
      id="tasks-heading"
      title={t('tasks.heading')}
      action={
        working && (
          <Button variant="light" onClick={() => setAdding(true)}>
            {t('tasks.add')}
          </Button>
        )
      }
    >
      {stale ? (
        <StaleVersionNotice onReload={() => reload.mutate()} reloading={reload.isPending} />
      ) : (
        <ErrorNotice error={setStatus.error ?? reload.error} />
      )}
      {open.length === 0 ? <Text>{t('tasks.noneOpen')}</Text> : list(open)}
      {closed.length > 0 && (
        <Switch
          label={t('tasks.showClosed')}
          checked={showClosed}
          onChange={(e) => setShowClosed(e.currentTarget.checked)}
        />
      )}
      {showClosed && closed.length > 0 && list(closed)}
      {adding && <AddTaskDialog file={file} onClose={() => setAdding(false)} />}
      {changing && (
        <ChangeTaskDialog
          file={file}
          task={changing}
          onReload={onReload}
          onClose={() => setChangingId(null)}
        />
      )}
    </Section>
  );
}
