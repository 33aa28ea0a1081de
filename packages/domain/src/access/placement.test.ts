import { describe, expect, it } from 'vitest';
import { placementProblem } from './placement.ts';

describe('placementProblem', () => {
  const office = { officeId: 'o1', missionId: 'm1' };
  it('accepts a caseworker in an office with office scope', () => {
    expect(placementProblem({ role: 'caseworker', scope: 'office', ...office })).toBeNull();
  });
  it('refuses a scope wider than the role allows', () => {
    expect(placementProblem({ role: 'caseworker', scope: 'mission', ...office })?.code).toBe(
      'scope_not_allowed',
    );
  });
  it('asks caseworkers and supervisors for an office', () => {
    expect(
      placementProblem({ role: 'supervisor', scope: 'office', officeId: null, missionId: 'm1' }),
    ).toEqual({
      field: 'officeId',
      code: 'office_required',
    });
  });
  it('asks a mission-wide view for a mission', () => {
    expect(
      placementProblem({ role: 'me_officer', scope: 'mission', officeId: null, missionId: null })?.field,
    ).toBe('missionId');
    expect(placementProblem({ role: 'auditor', scope: 'all', officeId: null, missionId: null })).toBeNull();
  });
});
