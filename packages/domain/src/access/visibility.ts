import type { Scope } from './roles.ts';

/** Who is looking: the parts of a user that decide what they may see. */
export interface Viewer {
  userId: string;
  scope: Scope;
  officeId: string | null;
  missionId: string | null;
}

/** Where a record sits in the organisation, and who it belongs to. */
export interface RecordPlacement {
  officeId: string | null;
  missionId: string | null;
  /** Users to whom the record is assigned (case workers, the staff member themself). */
  ownerIds: readonly string[];
}

/**
 * The single rule that decides whether a viewer's scope reaches a record.
 * Servers apply the same rule as a SQL filter for lists; this function is the
 * reference that both are tested against.
 */
export function scopeReaches(viewer: Viewer, record: RecordPlacement): boolean {
  // What is assigned to a user is always theirs to see, whatever their scope.
  if (record.ownerIds.includes(viewer.userId)) return true;
  switch (viewer.scope) {
    case 'all':
      return true;
    case 'mission':
      return viewer.missionId !== null && record.missionId === viewer.missionId;
    case 'office':
      return viewer.officeId !== null && record.officeId === viewer.officeId;
    case 'own':
      return false;
  }
}
