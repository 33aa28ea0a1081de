import { describe, expect, it } from 'vitest';
import { monthsAway } from './migration.ts';

describe('length of absence', () => {
  it('counts whole months from the first stay abroad to the return', () => {
    const stays = [
      { country: 'ML', from: '2021-03-15', to: '2021-09-01' },
      { country: 'LY', from: '2021-09-02', to: null },
    ];
    expect(monthsAway(stays, '2024-03-15')).toBe(36);
    expect(monthsAway(stays, '2024-03-14')).toBe(35);
  });

  it('is unknown without a departure or a return, or when they contradict', () => {
    expect(monthsAway([{ country: 'LY', from: null, to: null }], '2024-01-01')).toBeNull();
    expect(monthsAway([{ country: 'LY', from: '2021-01-01', to: null }], null)).toBeNull();
    expect(monthsAway([{ country: 'LY', from: '2025-01-01', to: null }], '2024-01-01')).toBeNull();
  });
});
