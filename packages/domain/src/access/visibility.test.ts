import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Scope, scopeRank, scopes } from './roles.ts';
import { type RecordPlacement, scopeReaches, type Viewer } from './visibility.ts';

const ids = fc.constantFrom('a', 'b', 'c');
const viewer = fc.record({
  userId: ids,
  scope: fc.constantFrom(...scopes),
  officeId: fc.option(ids, { nil: null }),
  missionId: fc.option(ids, { nil: null }),
});
const placement = fc.record({
  officeId: fc.option(ids, { nil: null }),
  missionId: fc.option(ids, { nil: null }),
  ownerIds: fc.array(ids, { maxLength: 3 }),
});

describe('scopeReaches', () => {
  const worker: Viewer = { userId: 'u1', scope: 'office', officeId: 'o1', missionId: 'm1' };

  it('lets an office-scoped user see their office and not the next one', () => {
    expect(scopeReaches(worker, { officeId: 'o1', missionId: 'm1', ownerIds: [] })).toBe(true);
    expect(scopeReaches(worker, { officeId: 'o2', missionId: 'm1', ownerIds: [] })).toBe(false);
  });

  it('lets a user see what is assigned to them in another office', () => {
    expect(scopeReaches(worker, { officeId: 'o2', missionId: 'm2', ownerIds: ['u1'] })).toBe(true);
  });

  it('gives a user with no office nothing at office scope', () => {
    const homeless: Viewer = { ...worker, officeId: null };
    expect(scopeReaches(homeless, { officeId: null, missionId: 'm1', ownerIds: [] })).toBe(false);
  });

  it('never shrinks when the scope widens, for any record', () => {
    fc.assert(
      fc.property(viewer, placement, (v: Viewer, r: RecordPlacement) => {
        // A wider scope reaches at least what a narrower one does, provided an
        // office sits inside its mission: check with consistent placements.
        if (
          v.officeId !== null &&
          r.officeId === v.officeId &&
          (r.missionId !== v.missionId || v.missionId === null)
        )
          return;
        const reachedAt = (s: Scope) => scopeReaches({ ...v, scope: s }, r);
        for (const s of scopes) {
          for (const wider of scopes) {
            if (scopeRank(wider) >= scopeRank(s) && reachedAt(s)) expect(reachedAt(wider)).toBe(true);
          }
        }
      }),
    );
  });

  it('reaches everything at scope all', () => {
    fc.assert(fc.property(viewer, placement, (v, r) => scopeReaches({ ...v, scope: 'all' }, r)));
  });
});
