import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyPlan, type PlanContent, referralsToMake } from './template.ts';
import { approvalProblems, planChanges, planProblems, planStatus, revisionNeedsReason } from './versions.ts';

const plan = (): PlanContent => ({
  ...emptyPlan('Kindia'),
  summary: { economic: 'Open a tailoring shop', social: '', psychosocial: 'Group sessions' },
  longTerm: [
    {
      id: 'l1',
      kind: 'individual_microbusiness',
      detail: 'Tailoring shop',
      responsible: 'Caseworker',
      dueOn: '2027-03-01',
      beneficiary: null,
      needsReferral: false,
      referralAgency: '',
    },
    {
      id: 'l2',
      kind: 'vocational_training',
      detail: 'Sewing course',
      responsible: 'Training centre',
      dueOn: null,
      beneficiary: null,
      needsReferral: true,
      referralAgency: 'Kindia TVET centre',
    },
  ],
  goods: [{ id: 'g1', description: 'Sewing machine', estimatedCost: { minor: 2_500_000, currency: 'GNF' } }],
  grants: [
    {
      id: 'gr1',
      purpose: 'Business grant',
      lineId: 'l1',
      tranches: [
        { id: 't1', amount: { minor: 1_000_000, currency: 'GNF' }, condition: 'none', conditionDetail: '' },
        {
          id: 't2',
          amount: { minor: 1_000_000, currency: 'GNF' },
          condition: 'assets_purchased',
          conditionDetail: '',
        },
      ],
    },
  ],
});

describe('plan versions', () => {
  it('names each change by section and line, whatever the key order of the stored version', () => {
    const before = plan();
    const after = plan();
    after.summary.social = 'Rejoin the football club';
    after.longTerm = [after.longTerm[1] as (typeof after.longTerm)[number]];
    after.goods.push({ id: 'g2', description: 'Table', estimatedCost: { minor: 300_000, currency: 'GNF' } });
    after.grants[0]?.tranches.reverse();
    expect(planChanges(before, after)).toEqual([
      { section: 'summary.social', change: 'changed' },
      { section: 'longTerm', change: 'removed', lineId: 'l1' },
      { section: 'goods', change: 'added', lineId: 'g2' },
      { section: 'grants', change: 'changed', lineId: 'gr1' },
    ]);
    // Stored jsonb gives the keys back in another order; that is no change.
    const reversed = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reversed)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.entries(v)
                .reverse()
                .map(([k, x]) => [k, reversed(x)]),
            )
          : v;
    expect(planChanges(before, reversed(before) as PlanContent)).toEqual([]);
  });

  it('finds no change between a version and itself, for any edit undone', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const p = plan();
        const q = { ...plan(), exitStrategy: a, monitoring: b };
        expect(planChanges(p, p)).toEqual([]);
        expect(planChanges(q, { ...q })).toEqual([]);
      }),
    );
  });

  it('lists the referrals to make from the lines that need one', () => {
    expect(referralsToMake(plan())).toEqual([
      {
        lineId: 'l2',
        agency: 'Kindia TVET centre',
        assistance: 'vocational_training',
        detail: 'Sewing course',
      },
    ]);
  });

  it('names the field of each problem in the content', () => {
    const p = plan();
    p.longTerm.push({
      ...(p.longTerm[0] as (typeof p.longTerm)[number]),
      kind: 'medical_support',
      needsReferral: true,
    });
    p.goods[0] = { id: 'g1', description: 'x', estimatedCost: { minor: 0, currency: 'GNF' } };
    p.grants.push({ id: 'gr2', purpose: 'x', lineId: 'nope', tranches: [] });
    expect(planProblems(p)).toEqual([
      { field: 'content.longTerm.2.id', code: 'duplicate_line' },
      { field: 'content.longTerm.2.referralAgency', code: 'referral_agency_missing' },
      { field: 'content.longTerm.2.beneficiary', code: 'beneficiary_missing' },
      { field: 'content.goods.0.estimatedCost', code: 'amount_not_positive' },
      { field: 'content.grants.1.lineId', code: 'grant_line_unknown' },
      { field: 'content.grants.1.tranches', code: 'no_tranches' },
    ]);
    expect(planProblems(plan())).toEqual([]);
  });

  it('is approved only with consent on the current version, by someone other than its author, and for a child after a best-interests assessment', () => {
    const adult = { isChild: false, hasBestInterestsAssessment: false };
    const fresh = { authorId: 'cw', consentedAt: null, approvedAt: null };
    expect(approvalProblems(fresh, 'sup', adult)).toEqual(['no_consent_on_current_version']);
    const agreed = { ...fresh, consentedAt: '2027-01-05T10:00:00Z' };
    expect(approvalProblems(agreed, 'sup', adult)).toEqual([]);
    expect(approvalProblems(agreed, 'cw', adult)).toEqual(['approver_is_author']);
    expect(approvalProblems(agreed, 'sup', { isChild: true, hasBestInterestsAssessment: false })).toEqual([
      'best_interests_assessment_missing',
    ]);
    expect(approvalProblems(agreed, 'sup', { isChild: true, hasBestInterestsAssessment: true })).toEqual([]);
    expect(approvalProblems({ ...agreed, approvedAt: '2027-01-06T10:00:00Z' }, 'sup', adult)).toEqual([
      'already_approved',
    ]);
  });

  it('reads the status from the current version: a new version is a draft again', () => {
    const v = { authorId: 'cw', consentedAt: null, approvedAt: null };
    expect(planStatus(v, true, false)).toBe('draft');
    expect(planStatus({ ...v, consentedAt: 'x' }, true, false)).toBe('agreed');
    expect(planStatus({ ...v, consentedAt: 'x' }, false, false)).toBe('approved');
    expect(planStatus({ ...v, consentedAt: 'x', approvedAt: 'y' }, true, false)).toBe('approved');
    expect(planStatus({ ...v, consentedAt: 'x', approvedAt: 'y' }, true, true)).toBe('closed');
    expect(revisionNeedsReason([{ consentedAt: null }])).toBe(false);
    expect(revisionNeedsReason([{ consentedAt: 'x' }, { consentedAt: null }])).toBe(true);
  });
});
