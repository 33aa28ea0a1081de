import { notifications } from '@mantine/notifications';
import {
  type BestInterestsAssessment,
  type CaseManagementSuggestion,
  type ScreeningPhase,
  type CounsellingSession as SessionRecord,
  taskKinds,
  type VulnerabilityScreening,
} from '@reintegra/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client.ts';
import type { Assessment, CounsellingSession, NeedsFindings, RecordedAssessment } from '../api/types.ts';
import { caseKey, caseListKey, casesKey } from '../cases/queries.ts';
import { taskName } from '../cases/tasks.ts';

/** Under the case keys: anything that refreshes every case also refreshes these. */
export const assessmentsKey = (caseId: string) => [...casesKey, 'assessments', caseId] as const;
export const counsellingSessionsKey = (caseId: string) =>
  [...casesKey, 'counselling-sessions', caseId] as const;

export function useAssessments(caseId: string) {
  return useQuery({
    queryKey: assessmentsKey(caseId),
    queryFn: () => api.get<{ items: Assessment[] }>(`/cases/${caseId}/assessments`),
  });
}

export function useCounsellingSessions(caseId: string) {
  return useQuery({
    queryKey: counsellingSessionsKey(caseId),
    queryFn: () => api.get<{ items: CounsellingSession[] }>(`/cases/${caseId}/counselling-sessions`),
  });
}

/** What the latest screening suggests, once the caseworker has said whether a few sessions will do. */
export function useCaseManagementSuggestion(caseId: string, deliverableInFewSessions: boolean | null) {
  return useQuery({
    queryKey: [...casesKey, 'case-management-suggestion', caseId, deliverableInFewSessions],
    queryFn: () =>
      api.get<CaseManagementSuggestion>(`/cases/${caseId}/case-management-suggestion`, {
        deliverableInFewSessions: String(deliverableInFewSessions),
      }),
    enabled: deliverableInFewSessions !== null,
  });
}

/** What `POST /cases/:id/assessments` takes: the findings of one kind of assessment. */
export type AssessmentInput =
  | { kind: 'vulnerability'; phase: ScreeningPhase; conductedOn: string; findings: VulnerabilityScreening }
  | { kind: 'needs'; conductedOn: string; findings: NeedsFindings }
  | { kind: 'best_interests'; conductedOn: string; findings: BestInterestsAssessment };

/**
 * Records an assessment. A screening changes the case's flags and may start
 * referral tasks, a needs assessment its type of case management: the case
 * file is read again, and the user is told which tasks began.
 */
export function useRecordAssessment(caseId: string, done: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssessmentInput) => api.post<RecordedAssessment>(`/cases/${caseId}/assessments`, body),
    onSuccess: ({ assessment, started }) => {
      void queryClient.invalidateQueries({ queryKey: assessmentsKey(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKey(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseListKey });
      const tasks = started.flatMap(({ kind, topic }) => {
        const known = taskKinds.find((k) => k === kind);
        return known ? [taskName(t, { kind: known, title: '', topic })] : [];
      });
      const recorded = t(`assessments.recorded.${assessment.kind}`);
      notifications.show(
        tasks.length > 0
          ? {
              color: 'orange',
              title: recorded,
              message: t('assessments.tasksStarted', { tasks: tasks.join('; ') }),
            }
          : { color: 'teal', message: recorded },
      );
      done();
    },
  });
}

/** What `POST /cases/:id/counselling-sessions` takes: the record of the session and its confidential notes. */
export type SessionInput = SessionRecord & { notes: string };

/** Records a session; one that needs a referral starts a referral task, so the case file is read again. */
export function useRecordSession(caseId: string, done: () => void) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionInput) =>
      api.post<CounsellingSession>(`/cases/${caseId}/counselling-sessions`, body),
    onSuccess: (session) => {
      void queryClient.invalidateQueries({ queryKey: counsellingSessionsKey(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseKey(caseId) });
      void queryClient.invalidateQueries({ queryKey: caseListKey });
      notifications.show({
        color: 'teal',
        message: t(session.referralNeeded ? 'counselling.recordedWithReferral' : 'counselling.recorded'),
      });
      done();
    },
  });
}
