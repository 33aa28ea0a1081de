// Roles and what each may do. The role list follows the staff functions the
// seeds describe (seed-000: caseworker, case manager/supervisor, programme
// manager, M&E; seed-003 part A: referral partners) plus the administrator and
// a read-only auditor that every security review of such a system asks for.

export const roles = [
  'administrator',
  'programme_manager',
  'supervisor',
  'caseworker',
  'me_officer',
  'referral_partner',
  'auditor',
] as const;
export type Role = (typeof roles)[number];

/** How far a user's view of records reaches. Ordered from narrowest to widest. */
export const scopes = ['own', 'office', 'mission', 'all'] as const;
export type Scope = (typeof scopes)[number];

export const permissions = [
  'users.manage',
  'organisation.manage',
  'staff.read',
  'audit.read',
  'organisation.read',
  /** Read case files within scope. */
  'cases.read',
  /** Register, edit and move cases within scope. */
  'cases.write',
  /** Approve the steps that need a supervisor: closure, screening overrides (seed-000 L407). */
  'cases.approve',
  /** Import and activate survey weight sets, set round schedules and threshold schemes. */
  'rss.configure',
  /** Keep the service directory: providers, their services, criteria and gaps. */
  'directory.manage',
  /** A referral partner's work on the referrals sent to their organisation. */
  'referrals.respond',
  /** Indicators and dashboards over the cases in scope, small counts withheld. */
  'indicators.read',
  /** Record complaints and feedback, and handle them (seed-000 Annex 2 C2): kept from the caseworker they name. */
  'complaints.handle',
  /** Plan staffing with the Annex 3 tool; set up programmes' results frameworks. */
  'planning.use',
  /**
   * Enter the actual values of results-framework indicators the dashboard does
   * not count: the person "responsible for organizing data collection,
   * verification and storage ... could be an M&E officer" (seed-002 L3553–3554).
   */
  'results.record',
  /** Export lists and indicator tables to CSV and XLSX. */
  'exports.create',
] as const;
export type Permission = (typeof permissions)[number];

interface RoleDefinition {
  permissions: readonly Permission[];
  /** Scope a new user of this role gets unless an administrator sets another. */
  defaultScope: Scope;
  /** Widest scope an administrator may grant to this role. */
  maxScope: Scope;
}

// Administrators run the system and auditors check it; neither reads case files
// by default, so that people's stories are seen only by those who work on them.
export const roleDefinitions: Record<Role, RoleDefinition> = {
  administrator: {
    permissions: [
      'users.manage',
      'organisation.manage',
      'staff.read',
      'audit.read',
      'organisation.read',
      'rss.configure',
      'directory.manage',
    ],
    defaultScope: 'all',
    maxScope: 'all',
  },
  programme_manager: {
    permissions: [
      'staff.read',
      'organisation.read',
      'cases.read',
      'directory.manage',
      'indicators.read',
      'complaints.handle',
      'planning.use',
      'results.record',
      'exports.create',
    ],
    defaultScope: 'mission',
    maxScope: 'all',
  },
  supervisor: {
    permissions: [
      'staff.read',
      'organisation.read',
      'cases.read',
      'cases.write',
      'cases.approve',
      'directory.manage',
      'indicators.read',
      'complaints.handle',
      'planning.use',
      'results.record',
      'exports.create',
    ],
    defaultScope: 'office',
    maxScope: 'mission',
  },
  caseworker: {
    permissions: ['staff.read', 'organisation.read', 'cases.read', 'cases.write'],
    defaultScope: 'own',
    maxScope: 'office',
  },
  me_officer: {
    permissions: [
      'organisation.read',
      'cases.read',
      'indicators.read',
      'complaints.handle',
      'results.record',
      'exports.create',
    ],
    defaultScope: 'mission',
    maxScope: 'all',
  },
  // A partner organisation's user sees only what is sent to their organisation;
  // 'own' is the only scope that makes sense for them.
  referral_partner: {
    permissions: ['referrals.respond'],
    defaultScope: 'own',
    maxScope: 'own',
  },
  auditor: {
    permissions: ['audit.read', 'staff.read', 'organisation.read'],
    defaultScope: 'all',
    maxScope: 'all',
  },
};

export function hasPermission(role: Role, permission: Permission): boolean {
  return roleDefinitions[role].permissions.includes(permission);
}

export function scopeRank(scope: Scope): number {
  return scopes.indexOf(scope);
}

export function scopeAllowedForRole(role: Role, scope: Scope): boolean {
  return scopeRank(scope) <= scopeRank(roleDefinitions[role].maxScope);
}
