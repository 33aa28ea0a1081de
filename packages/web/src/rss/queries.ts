import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { RssSettings, RssSummary, RssWeightSetView } from '../api/types.ts';

// The same key as the survey runner's preview: activating a set refreshes both.
export const weightSetsKey = ['rss', 'weight-sets'] as const;
export const settingsKey = ['rss', 'settings'] as const;

export function useWeightSets() {
  return useQuery({
    queryKey: weightSetsKey,
    queryFn: () => api.get<{ items: RssWeightSetView[] }>('/rss/weight-sets'),
  });
}

export function useRssSettings() {
  return useQuery({ queryKey: settingsKey, queryFn: () => api.get<RssSettings>('/rss/settings') });
}

export interface SummaryFilter {
  missionId: string;
  officeId: string;
  round: string;
}

export function useRssSummary(filter: SummaryFilter) {
  return useQuery({
    queryKey: ['rss', 'summary', filter],
    queryFn: () => api.get<RssSummary>('/rss/summary', { ...filter }),
  });
}
