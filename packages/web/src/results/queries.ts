import { notifications } from '@mantine/notifications';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Page } from '../api/types.ts';
import type { ActualEntry, Framework, FrameworkRowInput, FrameworkSummary } from './types.ts';

const resultsKey = ['results-frameworks'] as const;

export function useFrameworks() {
  return useQuery({
    queryKey: [...resultsKey, 'list'],
    queryFn: () => api.get<Page<FrameworkSummary>>('/results-frameworks'),
  });
}

/** One framework, its actual values over the period (the server's default year when left empty). */
export function useFramework(id: string | null, period: { from: string; to: string }) {
  const query: Record<string, string> = {};
  if (period.from) query.from = period.from;
  if (period.to) query.to = period.to;
  return useQuery({
    queryKey: [...resultsKey, 'one', id, query],
    queryFn: () => api.get<Framework>(`/results-frameworks/${id}`, query),
    enabled: id !== null,
    placeholderData: keepPreviousData,
  });
}

export type FrameworkSave =
  | { id: null; missionId: string; programme: string; rows: FrameworkRowInput[] }
  | { id: string; version: number; programme: string; rows: FrameworkRowInput[] };

/** Creates or replaces a framework, then reads every framework view again. */
export function useSaveFramework(saved: string, done: (framework: Framework) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: FrameworkSave) =>
      id === null
        ? api.post<Framework>('/results-frameworks', body)
        : api.put<Framework>(`/results-frameworks/${id}`, body),
    onSuccess: (framework) => {
      void queryClient.invalidateQueries({ queryKey: resultsKey });
      notifications.show({ color: 'teal', message: saved });
      done(framework);
    },
  });
}

/** Every value entered for a row, corrected ones included, latest period first. */
export function useActualHistory(frameworkId: string, rowId: string) {
  return useQuery({
    queryKey: [...resultsKey, 'actuals', frameworkId, rowId],
    queryFn: () => api.get<Page<ActualEntry>>(`/results-frameworks/${frameworkId}/rows/${rowId}/actuals`),
  });
}

export interface ActualSave {
  period: string;
  value: number | null;
  source: string;
  note: string;
  /** The current value of the period, when this corrects it. */
  replaces: string | null;
}

/**
 * Enters a value for a row, then reads the framework and the row's history
 * again; after a refusal too, as it means someone else entered the period first.
 */
export function useRecordActual(frameworkId: string, rowId: string, saved: string, done: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ActualSave) =>
      api.post<ActualEntry>(`/results-frameworks/${frameworkId}/rows/${rowId}/actuals`, body),
    onSuccess: () => {
      notifications.show({ color: 'teal', message: saved });
      done();
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: resultsKey }),
  });
}
