import { useQuery } from '@tanstack/react-query';
import { api } from '../api/client.ts';
import type { CaseFile, HandOver } from '../api/types.ts';

export const handOversKey = ['hand-overs'] as const;
export const incomingKey = [...handOversKey, 'incoming'] as const;
export const handOverKey = (id: string) => [...handOversKey, 'one', id] as const;

/** The receiving mission's queue: pending hand-overs, soonest arrival first (the server's order). */
export function useIncomingHandOvers() {
  return useQuery({
    queryKey: incomingKey,
    queryFn: () => api.get<{ items: HandOver[] }>('/hand-overs/incoming'),
  });
}

/**
 * The case's latest hand-over, found through its history: the file names the
 * hand-over in the `hand_over_sent` event rather than carrying it.
 */
export function latestHandOverId(file: CaseFile): string | null {
  for (let i = file.timeline.length - 1; i >= 0; i--) {
    const event = file.timeline[i];
    if (event?.kind === 'hand_over_sent' && typeof event.details.handOverId === 'string') {
      return event.details.handOverId;
    }
  }
  return null;
}

export function useHandOver(id: string | null) {
  return useQuery({
    queryKey: handOverKey(id ?? ''),
    queryFn: () => api.get<HandOver>(`/hand-overs/${id}`),
    enabled: !!id,
  });
}
