// Business development support on a case (`/cases/:id/business…`, see the
// BusinessSupport schema in /api/docs). The stages and their rules are the
// domain's: the page offers only the moves the server will accept.
import { notifications } from '@mantine/notifications';
import type {
  BusinessClosureReason,
  BusinessPlan,
  BusinessPlanElement,
  BusinessStage,
  BusinessStatus,
  BusinessType,
} from '@reintegra/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../api/client.ts';
import { caseKey, casesKey } from '../cases/queries.ts';

export interface BusinessStep {
  stage: BusinessStage;
  at: string;
  /** Named in the case file's staff list. */
  by: string;
  /** Why, for a "no" at a selection or a closure; '' otherwise. */
  reason: string;
}

export interface BusinessTraining {
  module: string;
  /** A calendar day, YYYY-MM-DD. */
  attendedOn: string;
  completed: boolean;
}

export interface BusinessVisit {
  id: string;
  visitedOn: string;
  status: BusinessStatus;
  closureReason: BusinessClosureReason | null;
  employees: number | null;
  note: string;
  visitedBy: string;
}

export interface BusinessApplication {
  id: string;
  idea: string;
  stage: BusinessStage;
  /** Every element, '' where not written yet. */
  businessPlan: BusinessPlan;
  missingElements: BusinessPlanElement[];
  /** Oldest first, from the application itself. */
  history: BusinessStep[];
  trainings: BusinessTraining[];
  /** The type the caseworker recommended; null when none was (or nothing is recorded yet). */
  recommendedType: BusinessType | null;
  /** What the recommendation rests on; '' when not said. */
  recommendationReason: string;
  /** The type the returnee chose; null until the recommendation is recorded. */
  chosenType: BusinessType | null;
  /** Oldest visit first. */
  visits: BusinessVisit[];
  version: number;
}

export interface BusinessSupport {
  application: BusinessApplication | null;
}

/** Under the case keys: anything that refreshes every case also refreshes its application. */
export const businessKey = (caseId: string) => [...casesKey, 'business', caseId] as const;

export function useBusiness(caseId: string) {
  return useQuery({
    queryKey: businessKey(caseId),
    queryFn: () => api.get<BusinessSupport>(`/cases/${caseId}/business`),
  });
}

/**
 * A command on the application, which the server answers with the whole
 * application: shown at once, and the case file read again because its
 * history moved. `stale` says a colleague changed the application first (409).
 */
export function useBusinessCommand<Body>(
  caseId: string,
  send: (body: Body) => Promise<BusinessSupport>,
  after: { saved: (next: BusinessSupport) => string; done?: () => void },
) {
  const queryClient = useQueryClient();
  const command = useMutation({
    mutationFn: send,
    onSuccess: (next) => {
      queryClient.setQueryData(businessKey(caseId), next);
      void queryClient.invalidateQueries({ queryKey: caseKey(caseId) });
      notifications.show({ color: 'teal', message: after.saved(next) });
      after.done?.();
    },
  });
  return { command, stale: command.error instanceof ApiError && command.error.code === 'stale_version' };
}
