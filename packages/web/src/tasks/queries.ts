import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { OpenTask, Page } from '../api/types.ts';
import { caseListKey } from '../cases/queries.ts';

export interface TaskFilter {
  /** Given to me, or the whole team's on a case I am on; otherwise every case I may work on. */
  mine: boolean;
  overdue: boolean;
}

export const taskPageSize = 25;

export function useOpenTasks(filter: TaskFilter, offset: number) {
  return useQuery({
    // Under the case lists' key: a command on a case (useCaseCommand) refreshes this list too.
    queryKey: [...caseListKey, 'tasks', filter, offset],
    queryFn: () =>
      api.get<Page<OpenTask>>('/tasks', {
        mine: filter.mine,
        overdue: filter.overdue,
        limit: taskPageSize,
        offset,
      }),
    placeholderData: keepPreviousData,
  });
}
