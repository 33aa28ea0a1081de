import { describe, expect, it } from 'vitest';
import { assessApproaches, type CriterionAnswer } from './feasibility.ts';
import { feasibilityGrid } from './feasibility-grid.ts';

describe('the feasibility grid (Annex 5)', () => {
  it('holds the 29 approaches of the Handbook: 14 economic, 5 social, 10 psychosocial, each with criteria', () => {
    const by = (d: string) => feasibilityGrid.filter((a) => a.dimension === d).length;
    expect([feasibilityGrid.length, by('economic'), by('social'), by('psychosocial')]).toEqual([
      29, 14, 5, 10,
    ]);
    const ids = feasibilityGrid.flatMap((a) => [a.id, ...a.criteria.map((c) => c.id)]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of feasibilityGrid) {
      expect(a.criteria.length, a.id).toBeGreaterThan(0);
      for (const c of a.criteria) expect(c.text.en.toLowerCase()).not.toBe('n/a');
    }
    expect(feasibilityGrid[0]?.approach.en).toBe('Cash-based assistance.');
  });

  it('suggests an approach only when every criterion holds, and says which ones do not', () => {
    const cash = feasibilityGrid.find((a) => a.id === 'FG01');
    if (!cash) throw new Error('FG01 missing');
    const yes = Object.fromEntries(cash.criteria.map((c) => [c.id, 'yes' as CriterionAnswer]));
    const [first] = assessApproaches(yes, ['economic']);
    expect(first).toMatchObject({ suggested: true, unmet: [], open: [] });
    expect(first?.approach.id).toBe('FG01');

    const risky = { ...yes, 'FG01-i2': 'no' as const, 'FG01-s1': 'unknown' as const };
    const again = assessApproaches(risky, ['economic']).find((a) => a.approach.id === 'FG01');
    expect(again).toMatchObject({ suggested: false, unmet: ['FG01-i2'], open: ['FG01-s1'] });
  });

  it('counts a criterion that does not apply as no obstacle, and lists only the dimensions asked for', () => {
    const social = assessApproaches({}, ['social']);
    expect(social).toHaveLength(5);
    expect(social.every((a) => a.approach.dimension === 'social' && !a.suggested)).toBe(true);
    const housing = social[0]?.approach;
    if (!housing) throw new Error('no social approach');
    const answers = Object.fromEntries(
      housing.criteria.map((c, i) => [c.id, (i === 0 ? 'not_applicable' : 'yes') as CriterionAnswer]),
    );
    expect(assessApproaches(answers, ['social'])[0]).toMatchObject({ suggested: true });
  });
});
