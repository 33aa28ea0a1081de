import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  hasPermission,
  permissions,
  roleDefinitions,
  roles,
  scopeAllowedForRole,
  scopeRank,
} from './roles.ts';

describe('role definitions', () => {
  it('gives every role a default scope it is allowed to have', () => {
    for (const role of roles) {
      const { defaultScope, maxScope } = roleDefinitions[role];
      expect(scopeRank(defaultScope), role).toBeLessThanOrEqual(scopeRank(maxScope));
      expect(scopeAllowedForRole(role, defaultScope)).toBe(true);
    }
  });

  it('lets only administrators manage users and the organisation', () => {
    for (const role of roles) {
      expect(hasPermission(role, 'users.manage'), role).toBe(role === 'administrator');
      expect(hasPermission(role, 'organisation.manage'), role).toBe(role === 'administrator');
    }
  });

  it('keeps referral partners to their own records, with no staff or audit access', () => {
    expect(roleDefinitions.referral_partner.maxScope).toBe('own');
    // Their own portal only: no case, staff or audit permission.
    expect(roleDefinitions.referral_partner.permissions).toEqual(['referrals.respond']);
  });

  it('gives the administrator every permission but the programme’s work on returnees and their figures', () => {
    const programmeWork: string[] = [
      'referrals.respond',
      'indicators.read',
      'complaints.handle',
      'planning.use',
      'results.record',
      'exports.create',
    ];
    const caseWork = permissions.filter((p) => p.startsWith('cases.') || programmeWork.includes(p));
    expect([...roleDefinitions.administrator.permissions].sort()).toEqual(
      permissions.filter((p) => !caseWork.includes(p)).sort(),
    );
  });

  it('lets only supervisors approve', () => {
    for (const role of roles) expect(hasPermission(role, 'cases.approve'), role).toBe(role === 'supervisor');
  });
});

describe('the roles table in docs/foundation.md', () => {
  it('says what the definitions say, so the document cannot drift from the code', () => {
    const doc = readFileSync(new URL('../../../../docs/foundation.md', import.meta.url), 'utf8');
    const rows = doc
      .split('\n')
      .filter((line) => /^\| [a-z_]+ \|/.test(line) && !line.startsWith('| role |'))
      .map((line) => line.split('|').map((cell) => cell.trim()));
    const documented = Object.fromEntries(
      rows.map(([, role, granted, defaultScope, maxScope]) => [
        role,
        { permissions: granted === '—' ? [] : granted?.split(', '), defaultScope, maxScope },
      ]),
    );
    expect(documented).toEqual(
      Object.fromEntries(
        roles.map((role) => [
          role,
          {
            permissions: [...roleDefinitions[role].permissions],
            defaultScope: roleDefinitions[role].defaultScope,
            maxScope: roleDefinitions[role].maxScope,
          },
        ]),
      ),
    );
  });
});
