import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetLines, planBudget, releaseProblems, requestProblems, type TrancheState } from './delivery.ts';
import type { Money } from './money.ts';
import { emptyPlan } from './template.ts';

const scheduled: TrancheState = { status: 'scheduled', requestedBy: null, conditionRecordedAt: null };
const requested: TrancheState = { status: 'requested', requestedBy: 'cw', conditionRecordedAt: null };

describe('grant tranches', () => {
  it('are asked for one after the other, on an approved plan only', () => {
    expect(requestProblems(scheduled, [], true)).toEqual([]);
    expect(requestProblems(scheduled, [], false)).toEqual(['plan_not_approved']);
    expect(requestProblems(scheduled, [requested], true)).toEqual(['previous_tranche_not_released']);
    expect(requestProblems(scheduled, [{ ...requested, status: 'released' }], true)).toEqual([]);
    expect(requestProblems(requested, [], true)).toEqual(['not_scheduled']);
  });

  it('are released only once their condition is recorded, and never by the person who asked', () => {
    const afterAssets = { condition: 'assets_purchased' as const };
    expect(releaseProblems(afterAssets, requested, 'sup')).toEqual(['condition_not_recorded']);
    const shown = { ...requested, conditionRecordedAt: '2027-02-01T09:00:00Z' };
    expect(releaseProblems(afterAssets, shown, 'sup')).toEqual([]);
    expect(releaseProblems(afterAssets, shown, 'cw')).toEqual(['same_person']);
    expect(releaseProblems({ condition: 'none' }, requested, 'sup')).toEqual([]);
    expect(releaseProblems({ condition: 'none' }, scheduled, 'sup')).toEqual(['not_requested']);
  });
});

describe('plan money', () => {
  it('totals the budget exactly, per currency, from goods, priced immediate help and tranches', () => {
    const plan = {
      ...emptyPlan('Conakry'),
      immediate: [
        {
          id: 'i1',
          kind: 'cash' as const,
          detail: '',
          responsible: '',
          dueOn: null,
          amount: { minor: 10, currency: 'EUR' },
        },
      ],
      goods: [
        { id: 'g1', description: 'Sewing machine', estimatedCost: { minor: 2_500_000, currency: 'GNF' } },
        { id: 'g2', description: 'Fabric', estimatedCost: { minor: 20, currency: 'EUR' } },
      ],
      grants: [
        {
          id: 'gr',
          purpose: '',
          lineId: null,
          tranches: [
            {
              id: 't',
              amount: { minor: 500_000, currency: 'GNF' },
              condition: 'none' as const,
              conditionDetail: '',
            },
          ],
        },
      ],
    };
    expect(planBudget(plan)).toEqual([
      { minor: 30, currency: 'EUR' },
      { minor: 3_000_000, currency: 'GNF' },
    ]);
    expect(
      budgetLines(planBudget(plan), [
        { amount: { minor: 500_000, currency: 'GNF' }, stage: 'spent' },
        { amount: { minor: 2_400_000, currency: 'GNF' }, stage: 'committed' },
        { amount: { minor: 5, currency: 'USD' }, stage: 'spent' },
      ]),
    ).toEqual([
      { currency: 'EUR', budget: 30, committed: 0, spent: 0, remaining: 30 },
      { currency: 'GNF', budget: 3_000_000, committed: 2_400_000, spent: 500_000, remaining: 100_000 },
      { currency: 'USD', budget: 0, committed: 0, spent: 5, remaining: -5 },
    ]);
  });

  it('keeps budget = committed + spent + remaining in every currency, for any movements', () => {
    const money = fc.record({
      minor: fc.integer({ min: 1, max: 10 ** 9 }),
      currency: fc.constantFrom('GNF', 'EUR', 'LYD'),
    });
    fc.assert(
      fc.property(
        fc.array(money),
        fc.array(
          fc.record({ amount: money, stage: fc.constantFrom('committed' as const, 'spent' as const) }),
        ),
        (budget: Money[], movements) => {
          for (const l of budgetLines(budget, movements)) {
            expect(l.committed + l.spent + l.remaining).toBe(l.budget);
            expect(Number.isInteger(l.remaining)).toBe(true);
          }
        },
      ),
    );
  });
});
