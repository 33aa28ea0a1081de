import { notifications } from '@mantine/notifications';
import type { AgeBand, CasePhase, CaseStatus, Vulnerability } from '@reintegra/domain';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api } from '../api/client.ts';
import type { CaseFile, CaseSummary, LikelyDuplicate, Page, Sex, StaffMember } from '../api/types.ts';
import { useSession } from '../auth/session.tsx';

export const casesKey = ['cases'] as const;
/** Every page of the list, whatever the filters: refreshed after a change, while an open case file is kept. */
export const caseListKey = [...casesKey, 'list'] as const;
export const caseKey = (id: string) => [...casesKey, 'file', id] as const;
export const duplicatesKey = (id: string) => [...casesKey, 'duplicates', id] as const;

export interface CaseFilter {
  /** Reference prefix or part of a name in any script; the server ignores fewer than 2 characters. */
  q: string;
  status: '' | CaseStatus;
  phase: '' | CasePhase;
  assignedToMe: boolean;
  /** Only cases with a task open past its day. */
  overdue: boolean;
  vulnerability: '' | Vulnerability;
  /** ISO 3166 alpha-2 in capitals; sent only once complete. */
  nationality: string;
  sex: '' | Sex;
  ageBand: '' | AgeBand;
  sort: 'updated' | 'reference';
}

/**
 * The filters as the server takes them. Empty ones are left out by the client;
 * "false" is left out too: "not overdue" or "not assigned to me" is not a
 * filter anyone asks for.
 */
export function caseListQuery(filter: CaseFilter) {
  const q = filter.q.trim();
  return {
    // Under two characters the server would refuse it: the list shows everything instead.
    q: q.length >= 2 ? q : undefined,
    status: filter.status,
    phase: filter.phase,
    assignedToMe: filter.assignedToMe || undefined,
    overdue: filter.overdue || undefined,
    vulnerability: filter.vulnerability,
    // A half-typed code would be refused (400): the list waits for both letters.
    nationality: /^[A-Z]{2}$/.test(filter.nationality) ? filter.nationality : undefined,
    sex: filter.sex,
    ageBand: filter.ageBand,
    sort: filter.sort,
  };
}

export const pageSize = 25;

export function useCases(filter: CaseFilter, offset: number) {
  const query = caseListQuery(filter);
  return useQuery({
    // Keyed by what is sent: a half-typed nationality asks nothing new.
    queryKey: [...caseListKey, query, offset],
    queryFn: () => api.get<Page<CaseSummary>>('/cases', { ...query, limit: pageSize, offset }),
    // Keep the current page on screen while the next one loads over a slow line.
    placeholderData: keepPreviousData,
  });
}

export function useCaseFile(id: string) {
  return useQuery({ queryKey: caseKey(id), queryFn: () => api.get<CaseFile>(`/cases/${id}`) });
}

/** Likely duplicates of the person on a case, most alike first, leaving out those merged or marked distinct. */
export function useCaseDuplicates(id: string, enabled: boolean) {
  return useQuery({
    queryKey: duplicatesKey(id),
    queryFn: () => api.get<{ items: LikelyDuplicate[] }>(`/cases/${id}/duplicates`),
    enabled,
  });
}

/**
 * A colleague's name for an id on a case (assignment, history). The staff
 * directory answers only within the reader's scope; outside it, or without
 * staff.read, the caller shows a neutral word instead.
 */
export function useStaffName(id: string | null, known?: string): string | null {
  const { me, can } = useSession();
  const own = !!id && id === me?.user.id;
  const staff = useQuery({
    queryKey: ['staff', 'one', id],
    queryFn: () => api.get<StaffMember>(`/staff/${id}`),
    // The case file names its staff itself: the directory is asked only about someone it left out.
    enabled: !!id && !known && !own && can('staff.read'),
    staleTime: 5 * 60_000,
  });
  if (known) return known;
  if (own) return me?.user.displayName ?? null;
  return staff.data?.displayName ?? null;
}

/**
 * A command on a case that the server answers with the whole case file: the
 * page shows the answer at once, lists refresh, and the user is told in words
 * what was saved. `stale` says the case changed under the user (409).
 */
export function useCaseCommand<Body = void>(
  id: string,
  send: (body: Body) => Promise<CaseFile>,
  after: { saved: (next: CaseFile) => string; done?: () => void },
) {
  const queryClient = useQueryClient();
  const command = useMutation({
    mutationFn: send,
    onSuccess: (next) => {
      queryClient.setQueryData(caseKey(id), next);
      void queryClient.invalidateQueries({ queryKey: caseListKey });
      notifications.show({ color: 'teal', message: after.saved(next) });
      after.done?.();
    },
  });
  return { command, stale: command.error instanceof ApiError && command.error.code === 'stale_version' };
}
