// Complaints and the staff wellbeing survey. A command on a complaint answers
// with the complaint; the list is read again since its order and filters may change.
import { notifications } from '@mantine/notifications';
import type { WellbeingAnswers } from '@reintegra/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Page } from '../api/types.ts';
import type { Complaint, ComplaintFilters, WellbeingSummary, WellbeingSurvey } from './types.ts';

const complaintsKey = ['complaints'] as const;
const wellbeingKey = ['wellbeing'] as const;
export const complaintsPageSize = 25;

export function useComplaints(filters: ComplaintFilters, offset: number) {
  return useQuery({
    queryKey: [...complaintsKey, 'list', filters, offset],
    queryFn: () => api.get<Page<Complaint>>('/complaints', { ...filters, limit: complaintsPageSize, offset }),
    placeholderData: keepPreviousData,
  });
}

export function useComplaint(id: string) {
  return useQuery({
    queryKey: [...complaintsKey, 'one', id],
    queryFn: () => api.get<Complaint>(`/complaints/${id}`),
  });
}

/** Records or moves a complaint, then refreshes every complaint view and says so. */
export function useComplaintCommand<Body>(
  send: (body: Body) => Promise<Complaint>,
  after: { saved: (complaint: Complaint) => string; done?: (complaint: Complaint) => void },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (complaint) => {
      void queryClient.invalidateQueries({ queryKey: complaintsKey });
      notifications.show({ color: 'teal', message: after.saved(complaint) });
      after.done?.(complaint);
    },
  });
}

export function useWellbeingSurvey() {
  return useQuery({
    queryKey: [...wellbeingKey, 'survey'],
    queryFn: () => api.get<WellbeingSurvey>('/wellbeing/survey'),
  });
}

export function useAnswerSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (answers: WellbeingAnswers) =>
      api.post<{ surveyYear: number }>('/wellbeing/responses', { answers }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: wellbeingKey }),
  });
}

export function useWellbeingSummary(period: { from: string; to: string }, enabled: boolean) {
  return useQuery({
    queryKey: [...wellbeingKey, 'summary', period],
    queryFn: () => api.get<WellbeingSummary>('/wellbeing/summary', period),
    enabled: enabled && period.from !== '' && period.to !== '' && period.from <= period.to,
    placeholderData: keepPreviousData,
  });
}
