// Where a user sits (office, mission) and how far they see (scope). The server
// is the authority; these mirror its rules so the form offers only what it accepts.
import {
  officeRequired,
  type Role,
  roleDefinitions,
  type Scope,
  scopeAllowedForRole,
  scopes,
} from '@reintegra/domain';

export interface Placement {
  role: Role;
  scope: Scope;
  officeId: string;
  missionId: string;
}

export function scopesFor(role: Role): Scope[] {
  return scopes.filter((scope) => scopeAllowedForRole(role, scope));
}

export function defaultScope(role: Role): Scope {
  return roleDefinitions[role].defaultScope;
}

/** Caseworkers and supervisors work from an office, and an office-wide view needs one (the domain's rule). */
export function needsOffice(p: Pick<Placement, 'role' | 'scope'>): boolean {
  return officeRequired(p.role, p.scope);
}

/** An office implies its mission; without one, a mission-wide view needs the mission named. */
export function needsMission(p: Placement): boolean {
  return p.scope === 'mission' && !p.officeId;
}

/** What the server expects: the office when there is one (it derives the mission), else the mission. */
export function placementBody(p: Placement) {
  return p.officeId
    ? { role: p.role, scope: p.scope, officeId: p.officeId }
    : { role: p.role, scope: p.scope, officeId: null, missionId: p.missionId || null };
}

/** A referral partner's organisation as the server expects it; staff belong to none. */
export function partnerOrganisation(draft: Pick<Placement, 'role'> & { serviceProviderId: string }) {
  return draft.role === 'referral_partner' ? draft.serviceProviderId || null : null;
}
