// The referrals of a case, the follow-up list and the service directory. Every
// command on a referral answers with the referral; the case file is read again
// too, because its history moved.
import { notifications } from '@mantine/notifications';
import type { ServiceType } from '@reintegra/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import { caseKey, casesKey } from '../cases/queries.ts';
import type {
  FollowedReferral,
  FoundService,
  ProviderWithServices,
  Referral,
  ServiceGapCount,
} from './types.ts';

/** Under the case keys: anything that refreshes every case also refreshes its referrals and the follow-up list. */
export const referralsKey = (caseId: string) => [...casesKey, 'referrals', caseId] as const;
const followUpKey = [...casesKey, 'referrals-follow-up'] as const;
export const directoryKey = ['directory'] as const;

export function useCaseReferrals(caseId: string) {
  return useQuery({
    queryKey: referralsKey(caseId),
    queryFn: () => api.get<{ items: Referral[] }>(`/cases/${caseId}/referrals`),
  });
}

export function useFollowUp(overdue: boolean) {
  return useQuery({
    queryKey: [...followUpKey, overdue],
    queryFn: () => api.get<{ items: FollowedReferral[] }>('/referrals', { overdue }),
    placeholderData: keepPreviousData,
  });
}

export interface ServiceSearch {
  type: ServiceType | '';
  place: string;
  q: string;
}

export function useServiceSearch(search: ServiceSearch) {
  return useQuery({
    queryKey: [...directoryKey, 'search', search],
    queryFn: () => api.get<{ items: FoundService[] }>('/services', { ...search }),
    placeholderData: keepPreviousData,
  });
}

export function useProviders() {
  return useQuery({
    queryKey: [...directoryKey, 'providers'],
    queryFn: () => api.get<{ items: ProviderWithServices[] }>('/service-providers'),
  });
}

export function useServiceGaps() {
  return useQuery({
    queryKey: [...directoryKey, 'gaps'],
    queryFn: () => api.get<{ items: ServiceGapCount[] }>('/services/gaps'),
  });
}

/** A command on a referral of a case: the list and the case's history are read again. */
export function useReferralCommand<Body, Answer = Referral>(
  caseId: string,
  send: (body: Body) => Promise<Answer>,
  after: { saved?: string; done?: (answer: Answer) => void },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (answer) => {
      void queryClient.invalidateQueries({ queryKey: referralsKey(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKey(caseId) });
      void queryClient.invalidateQueries({ queryKey: followUpKey });
      if (after.saved) notifications.show({ color: 'teal', message: after.saved });
      after.done?.(answer);
    },
  });
}

/** A change to the directory: every list of it is read again. */
export function useDirectoryCommand<Body, Answer>(
  send: (body: Body) => Promise<Answer>,
  after: { saved: string; done: () => void },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: directoryKey });
      notifications.show({ color: 'teal', message: after.saved });
      after.done();
    },
  });
}
