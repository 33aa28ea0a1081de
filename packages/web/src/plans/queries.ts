import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { caseKey, casesKey } from '../cases/queries.ts';
import type { FeasibilityAnswers, PlanPage, PlanVersionDetail } from './types.ts';

/** Under the case keys: anything that refreshes every case also refreshes its plan. */
export const planKey = (caseId: string) => [...casesKey, 'plan', caseId] as const;

export function usePlan(caseId: string) {
  return useQuery({ queryKey: planKey(caseId), queryFn: () => api.get<PlanPage>(`/cases/${caseId}/plan`) });
}

/** One version in full. Its content never changes once written, so it is fetched once. */
export function usePlanVersion(caseId: string, number: number) {
  return useQuery({
    queryKey: [...planKey(caseId), 'version', number],
    queryFn: () => api.get<PlanVersionDetail>(`/cases/${caseId}/plan/versions/${number}`),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * A command on the plan, which the server answers with the whole plan page:
 * shown at once, and the case file read again because its history and tasks
 * moved (a tranche asked for starts a task for the person who releases it).
 */
export function usePlanCommand<Body = void>(
  caseId: string,
  send: (body: Body) => Promise<PlanPage>,
  after: { saved: (next: PlanPage) => string; done?: () => void },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (next) => {
      queryClient.setQueryData(planKey(caseId), next);
      void queryClient.invalidateQueries({ queryKey: caseKey(caseId) });
      notifications.show({ color: 'teal', message: after.saved(next) });
      after.done?.();
    },
  });
}

const feasibilityKey = (caseId: string) => [...planKey(caseId), 'feasibility'] as const;

/** The answers to the feasibility grid kept for the case, and the command that keeps a new set. */
export function useFeasibility(caseId: string) {
  const queryClient = useQueryClient();
  const answers = useQuery({
    queryKey: feasibilityKey(caseId),
    queryFn: () => api.get<FeasibilityAnswers>(`/cases/${caseId}/feasibility`),
  });
  const save = useMutation({
    mutationFn: (next: FeasibilityAnswers['answers']) =>
      api.put<FeasibilityAnswers>(`/cases/${caseId}/feasibility`, { answers: next }),
    onSuccess: (saved) => queryClient.setQueryData(feasibilityKey(caseId), saved),
  });
  return { answers, save };
}
