import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Page, StaffMember } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';
import { backwards, type DashboardFilters, type FigureBehind } from './filters.ts';
import type { CasesBehind, Dashboard } from './types.ts';

/** Every query of the dashboard and its drill-downs: a refresh of the figures reloads them all. */
export const indicatorsKey = ['indicators'] as const;

export function useDashboard(filters: DashboardFilters) {
  return useQuery({
    queryKey: [...indicatorsKey, 'dashboard', filters],
    queryFn: () => api.get<Dashboard>('/indicators/dashboard', { ...filters }),
    // A period ending before it starts is said so under the field, not sent.
    enabled: !backwards(filters),
    // Changing a filter keeps the figures on screen until the new ones come.
    placeholderData: keepPreviousData,
  });
}

export function useCasesBehind(filters: DashboardFilters, figure: FigureBehind | null, offset: number) {
  return useQuery({
    queryKey: [...indicatorsKey, 'cases', filters, figure, offset],
    queryFn: () => api.get<CasesBehind>('/indicators/cases', { ...filters, ...figure, offset }),
    enabled: figure !== null && !backwards(filters),
    placeholderData: keepPreviousData,
  });
}

/** Starts a rebuild of the figures; the answer names the job to follow. */
export function useRefreshFigures() {
  return useMutation({ mutationFn: () => api.post<{ jobId: string }>('/indicators/refresh') });
}

/**
 * The caseworkers a reader may narrow the figures to: only for those who may
 * read the staff directory, and within the mission or office chosen.
 */
export function useCaseworkers(missionId: string, officeId: string) {
  const { can } = useSession();
  return useQuery({
    queryKey: ['staff', 'caseworkers', missionId, officeId],
    queryFn: () =>
      api.get<Page<StaffMember>>('/staff', { role: 'caseworker', missionId, officeId, limit: 200 }),
    enabled: can('staff.read'),
    staleTime: 5 * 60_000,
  });
}
