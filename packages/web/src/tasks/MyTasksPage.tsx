import { Anchor, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { OverdueBadge } from '../cases/badges.tsx';
import { StaffName } from '../cases/page/StaffName.tsx';
import { taskName } from '../cases/tasks.ts';
import { ErrorNotice } from '../ui/errors.tsx';
import { FilterBar } from '../ui/FilterBar.tsx';
import { useDates } from '../ui/format.ts';
import { Ltr } from '../ui/Ltr.tsx';
import { Pager } from '../ui/Pager.tsx';
import { ScrollTable } from '../ui/ScrollTable.tsx';
import { usePageTitle } from '../ui/usePageTitle.ts';
import { type TaskFilter, taskPageSize, useOpenTasks } from './queries.ts';

/**
 * The open tasks on the cases the user works on, soonest due first (overdue
 * ones lead), each leading to its case, where it is done or moved.
 */
export function MyTasksPage() {
  const { t } = useTranslation();
  usePageTitle(t('nav.tasks'));
  const dates = useDates();
  const [filter, setFilter] = useState<TaskFilter>({ mine: true, overdue: false });
  const [offset, setOffset] = useState(0);
  const tasks = useOpenTasks(filter, offset);
  const update = (changes: Partial<TaskFilter>) => {
    setFilter({ ...filter, ...changes });
    setOffset(0);
  };

  return (
    <Stack>
      <Stack gap={4}>
        <Title order={1}>{t('nav.tasks')}</Title>
        <Text>{t('tasks.intro')}</Text>
      </Stack>
      <FilterBar label={t('tasks.filters')}>
        <Switch
          label={t('tasks.mineOnly')}
          description={t('tasks.mineOnlyHelp')}
          checked={filter.mine}
          onChange={(e) => update({ mine: e.currentTarget.checked })}
        />
        <Switch
          label={t('tasks.overdueOnly')}
          checked={filter.overdue}
          onChange={(e) => update({ overdue: e.currentTarget.checked })}
        />
      </FilterBar>

      <ErrorNotice error={tasks.error} />

      <ScrollTable label={t('nav.tasks')} minWidth={600}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('tasks.dueOn')}</Table.Th>
            <Table.Th>{t('tasks.task')}</Table.Th>
            <Table.Th>{t('tasks.case')}</Table.Th>
            <Table.Th>{t('tasks.for')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {tasks.data?.items.map((task) => (
            <Table.Tr key={task.id}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" c={task.overdue ? 'red.9' : undefined} fw={task.overdue ? 600 : undefined}>
                    {dates.day(task.dueOn)}
                  </Text>
                  {task.overdue && <OverdueBadge />}
                </Group>
              </Table.Td>
              <Table.Td dir="auto">{taskName(t, task)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/cases/${task.case.id}`} fw={600} size="sm">
                  <Ltr>{task.case.reference}</Ltr>
                </Anchor>
                <Text size="sm" dir="auto">
                  {task.case.name}
                </Text>
              </Table.Td>
              <Table.Td>
                {task.assigneeId ? <StaffName id={task.assigneeId} /> : t('tasks.wholeTeam')}
              </Table.Td>
            </Table.Tr>
          ))}
          {tasks.data?.items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={4}>{t('tasks.none')}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </ScrollTable>

      {tasks.data && (
        <Pager offset={offset} limit={taskPageSize} total={tasks.data.total} onChange={setOffset} />
      )}
    </Stack>
  );
}
