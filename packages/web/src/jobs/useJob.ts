import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { Job } from '../api/types.ts';

export const jobKey = (id: string) => ['jobs', id] as const;

/**
 * A job the reader started, polled about once a second while it runs and left
 * alone once it is done or failed. Only its starter can read it (others get 404).
 */
export function useJob<Report>(id: string | null) {
  return useQuery({
    queryKey: jobKey(id ?? ''),
    queryFn: () => api.get<Job<Report>>(`/jobs/${id}`),
    enabled: id !== null,
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && query.state.data.status !== 'running' ? false : 1000),
  });
}

/** The work's report, once it finished well. */
export function reportOf<Report>(job: Job<Report> | undefined): Report | null {
  return job?.status === 'done' ? (job.report as Report) : null;
}

/** Why the work failed, in the server's words, once it failed. */
export function failureOf(job: Job<unknown> | undefined): string | null {
  if (job?.status !== 'failed') return null;
  return (job.report as { error?: string }).error ?? '';
}
