import { currentInstrument, provisionalWeightSet, type WeightSet } from '@reintegra/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { RssRounds, RssWeightSetView } from '../api/types.ts';
import { casesKey } from '../cases/queries.ts';

/** Under the case keys: anything that refreshes every case also refreshes its rounds. */
export const rssRoundsKey = (caseId: string) => [...casesKey, 'rss-rounds', caseId] as const;

export function useRssRounds(caseId: string) {
  return useQuery({
    queryKey: rssRoundsKey(caseId),
    queryFn: () => api.get<RssRounds>(`/cases/${caseId}/rss-rounds`),
  });
}

/**
 * The weight set the server scores with now (the active global one), for the
 * preview in the browser. Until it has loaded, or where the line is down, the
 * provisional set the domain ships stands in: the preview is only a preview.
 */
const shipped = provisionalWeightSet(currentInstrument);

export function useActiveWeightSet(): WeightSet {
  const sets = useQuery({
    queryKey: ['rss', 'weight-sets'],
    queryFn: () => api.get<{ items: RssWeightSetView[] }>('/rss/weight-sets'),
    staleTime: 10 * 60_000,
  });
  const items = sets.data?.items ?? [];
  return items.find((s) => s.active && s.country === null) ?? items.find((s) => s.active) ?? shipped;
}
