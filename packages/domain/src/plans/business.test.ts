import { describe, expect, it } from 'vitest';
import {
  businessPlanElements,
  businessSurvives,
  canMoveBusiness,
  missingPlanElements,
  stageNeedsReason,
} from './business.ts';

describe('business development support (Annex 2)', () => {
  it('moves through the two selections, and a plan not selected can be sent again', () => {
    expect(canMoveBusiness('applied', 'preselected')).toBe(true);
    expect(canMoveBusiness('applied', 'selected')).toBe(false);
    expect(canMoveBusiness('plan_submitted', 'not_selected')).toBe(true);
    expect(canMoveBusiness('not_selected', 'plan_submitted')).toBe(true);
    expect(canMoveBusiness('redirected', 'preselected')).toBe(false);
    expect(stageNeedsReason('not_selected')).toBe(true);
    expect(stageNeedsReason('selected')).toBe(false);
  });

  it('asks for the nine elements of a business plan', () => {
    expect(businessPlanElements).toHaveLength(9);
    expect(missingPlanElements({ sources_of_capital: 'Savings', sales_forecast: '  ' })).toHaveLength(8);
    const full = Object.fromEntries(businessPlanElements.map((e) => [e, 'written']));
    expect(missingPlanElements(full)).toEqual([]);
  });

  it('counts a business as surviving when the latest visit up to the day found it open', () => {
    const visits = [
      { visitedOn: '2027-03-01', status: 'operating' as const, closureReason: null },
      { visitedOn: '2027-06-01', status: 'temporarily_closed' as const, closureReason: null },
      { visitedOn: '2027-09-01', status: 'closed' as const, closureReason: 'assets_sold' as const },
    ];
    expect(businessSurvives(visits, '2027-01-01')).toBeNull();
    expect(businessSurvives(visits, '2027-07-01')).toBe(true);
    expect(businessSurvives(visits, '2027-12-31')).toBe(false);
  });
});
