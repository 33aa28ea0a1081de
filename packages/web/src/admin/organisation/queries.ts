import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import type { Mission, Office, Page } from '../../api/types.ts';
import { useSession } from '../../auth/session.tsx';

export const missionsKey = ['missions'] as const;
export const officesKey = ['offices'] as const;

// The organisation is a few dozen rows: read it whole and look names up locally.
export function useMissions() {
  const { can } = useSession();
  return useQuery({
    queryKey: missionsKey,
    queryFn: () => api.get<Page<Mission>>('/missions'),
    enabled: can('organisation.read'),
    staleTime: 5 * 60_000,
  });
}

export function useOffices() {
  const { can } = useSession();
  return useQuery({
    queryKey: officesKey,
    queryFn: () => api.get<Page<Office>>('/offices'),
    enabled: can('organisation.read'),
    staleTime: 5 * 60_000,
  });
}

/** Names for the ids that users and staff records carry, and office choices grouped by mission. */
export function useOrganisation() {
  const missions = useMissions().data?.items ?? [];
  const offices = useOffices().data?.items ?? [];
  const missionName = (id: string | null) => (id ? (missions.find((m) => m.id === id)?.name ?? '') : '');
  const officeName = (id: string | null) => (id ? (offices.find((o) => o.id === id)?.name ?? '') : '');
  /**
   * Offices under their mission. Placing someone offers active offices only (plus `keep`, the
   * current one, even if deactivated); filtering a list offers them all (`everyOffice`).
   */
  const officeGroups = (keep?: string | null, everyOffice = false) =>
    missions
      .map((mission) => ({
        group: mission.name,
        items: offices
          .filter((o) => o.missionId === mission.id && (everyOffice || o.active || o.id === keep))
          .map((o) => ({ value: o.id, label: o.name })),
      }))
      .filter((group) => group.items.length > 0);
  return { missions, offices, missionName, officeName, officeGroups };
}
