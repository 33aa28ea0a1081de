// Shapes of what the server sends, as documented at /api/docs. Roles, scopes
// and permissions come from the domain package so both sides share one list.
import type { MissionRole, Permission, Role, Scope } from '@reintegra/domain';

export type Language = 'en' | 'fr' | 'ar';

export interface User {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  scope: Scope;
  missionId: string | null;
  officeId: string | null;
  language: Language;
  active: boolean;
  mustChangePassword: boolean;
  totpEnabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  version: number;
  createdAt: string;
}

/** The signed-in user, what they may do, and the token to send back on writes. */
export interface Me {
  user: User;
  permissions: Permission[];
  csrfToken: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface RoleDescription {
  role: Role;
  permissions: Permission[];
  defaultScope: Scope;
  maxScope: Scope;
}

export interface Mission {
  id: string;
  name: string;
  countryCode: string;
  role: MissionRole;
  active: boolean;
  version: number;
}

export interface Office {
  id: string;
  missionId: string;
  name: string;
  location: string;
  active: boolean;
  version: number;
}

export interface StaffMember {
  id: string;
  displayName: string;
  role: Role;
  missionId: string | null;
  officeId: string | null;
  active: boolean;
}

export interface AuditEvent {
  seq: number;
  at: string;
  actorId: string | null;
  actorUsername: string | null;
  action: string;
  outcome: string;
  recordType: string | null;
  recordId: string | null;
  ip: string | null;
  details: Record<string, unknown>;
  hash: string;
}

export interface ChainCheck {
  ok: boolean;
  checked: number;
  firstBroken: { seq: number; reason: string } | null;
}

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
}
