import { type Role, type Scope, scopeAllowedForRole } from './roles.ts';

/** Where a user sits in the organisation and how far they see. */
export interface Placement {
  role: Role;
  scope: Scope;
  officeId: string | null;
  /** Implied by the office when there is one. */
  missionId: string | null;
}

export interface PlacementProblem {
  field: 'scope' | 'officeId' | 'missionId';
  code: 'scope_not_allowed' | 'office_required' | 'mission_required';
}

/** Caseworkers and supervisors work from an office, and an office-wide view needs one. */
export function officeRequired(role: Role, scope: Scope): boolean {
  return role === 'caseworker' || role === 'supervisor' || scope === 'office';
}

/** The first thing wrong with a placement, or null: the one rule for the server and the forms. */
export function placementProblem(p: Placement): PlacementProblem | null {
  if (!scopeAllowedForRole(p.role, p.scope)) return { field: 'scope', code: 'scope_not_allowed' };
  if (officeRequired(p.role, p.scope) && !p.officeId) return { field: 'officeId', code: 'office_required' };
  if (p.scope === 'mission' && !p.missionId && !p.officeId)
    return { field: 'missionId', code: 'mission_required' };
  return null;
}
