// The planner's two calls. Both are explicit actions, so both are mutations:
// loading the real figures replaces the lines being edited, which a query
// refetching on its own (on focus, on reconnect) must never do.
import type { WorkloadRequest, WorkloadResult } from '@reintegra/domain';
import { useMutation } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { ActualsFilter, WorkloadActuals } from './types.ts';

export function usePlanOnServer() {
  return useMutation({
    mutationFn: (request: WorkloadRequest) => api.post<WorkloadResult>('/planning/workload', request),
  });
}

export function useLoadActuals() {
  return useMutation({
    mutationFn: (filter: ActualsFilter) => api.get<WorkloadActuals>('/planning/actuals', { ...filter }),
  });
}
