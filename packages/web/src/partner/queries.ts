import type { ReferralStatus, ReferralUrgency } from '@reintegra/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';

/** A referral as the partner sees it (PartnerReferral in /api/docs): no case id, only the data shared. */
export interface PartnerReferral {
  id: string;
  service: string;
  reason: string;
  urgency: ReferralUrgency;
  status: ReferralStatus;
  /** Only the fields the caseworker chose to send, by field name. */
  shared: Record<string, unknown>;
  /** Why the person is referred though one of the partner's criteria is not met or not known. */
  eligibilityException: string;
  identifiedAt: string;
  returneeInformedAt: string | null;
  sentAt: string | null;
  acceptedAt: string | null;
  serviceStartedAt: string | null;
  completedAt: string | null;
  closedAt: string | null;
  closeReason: string | null;
  dueOn: string | null;
  version: number;
}

/** What the partner answers: the next status, and why when it is a refusal or a failure. */
export interface PartnerAnswer {
  to: ReferralStatus;
  reason: string;
}

export const partnerReferralsKey = ['partner-referrals'] as const;
const partnerReferralKey = (id: string) => [...partnerReferralsKey, 'one', id] as const;
const referralLinkKey = (token: string) => ['referral-link', token] as const;

export function usePartnerReferrals() {
  return useQuery({
    queryKey: partnerReferralsKey,
    queryFn: () => api.get<{ items: PartnerReferral[] }>('/partner/referrals'),
  });
}

export function usePartnerReferral(id: string) {
  return useQuery({
    queryKey: partnerReferralKey(id),
    queryFn: () => api.get<PartnerReferral>(`/partner/referrals/${id}`),
  });
}

export function useAnswerReferral(referral: PartnerReferral | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answer: PartnerAnswer) =>
      api.post<PartnerReferral>(`/partner/referrals/${referral?.id}/status`, {
        version: referral?.version,
        ...answer,
      }),
    onSuccess: (fresh) => {
      queryClient.setQueryData(partnerReferralKey(fresh.id), fresh);
      void queryClient.invalidateQueries({ queryKey: partnerReferralsKey, exact: true });
    },
  });
}

/** The referral behind a one-time link. A used or expired link is an answer, not a hiccup: no retry. */
export function useReferralLink(token: string) {
  return useQuery({
    queryKey: referralLinkKey(token),
    queryFn: () => api.get<PartnerReferral>(`/referral-links/${token}`),
    retry: false,
    // Opening the link again after the answer would only say it is spent.
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  });
}

export function useAnswerByLink(token: string, referral: PartnerReferral | undefined) {
  return useMutation({
    mutationFn: (answer: PartnerAnswer) =>
      api.post<PartnerReferral>(`/referral-links/${token}/status`, { version: referral?.version, ...answer }),
  });
}
