import { isAsked, type RssQuestion, rss2019 } from '@reintegra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let worker: Session;
let colleague: Session;
let supervisor: Session;
let otherSupervisor: Session;
let officer: Session;
let stranger: Session;

beforeAll(async () => {
  t = await startTestApp();
  const office = { officeId: t.org.conakry.id, scope: 'office' as const };
  worker = await t.signIn((await t.addUser('caseworker', office)).username);
  colleague = await t.signIn((await t.addUser('caseworker', office)).username);
  supervisor = await t.signIn((await t.addUser('supervisor', office)).username);
  otherSupervisor = await t.signIn((await t.addUser('supervisor', office)).username);
  officer = await t.signIn(
    (await t.addUser('me_officer', { missionId: t.org.origin.id, scope: 'mission' })).username,
  );
  stranger = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })).username,
  );
});
afterAll(() => t.close());

async function openCase(dateOfBirth = '1990-03-03') {
  const res = await worker.post('/api/v1/cases', {
    phase: 'post_return',
    person: { sex: 'male', dateOfBirth, names: [{ givenNames: 'Mamadou', familyName: 'Diallo' }] },
    screening: {
      programme: 'Reintegration Guinea',
      eligible: true,
      reasons: 'Returned from Libya',
      needsMediumToLongTermServices: true,
      atMediumToHighRisk: false,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().summary.id as string;
}

const gnf = (minor: number) => ({ minor, currency: 'GNF' });
const content = () => ({
  placeOfReturn: 'Kindia',
  summary: { economic: 'Tailoring shop', social: 'Rejoin his family', psychosocial: 'Peer group' },
  immediate: [
    {
      id: 'i-cash',
      kind: 'cash',
      detail: 'Arrival allowance',
      responsible: 'Caseworker',
      amount: { minor: 5000, currency: 'EUR' },
    },
  ],
  longTerm: [
    {
      id: 'l-shop',
      kind: 'individual_microbusiness',
      detail: 'Tailoring shop',
      responsible: 'Caseworker',
      dueOn: '2027-03-01',
      needsReferral: false,
    },
    {
      id: 'l-training',
      kind: 'vocational_training',
      detail: 'Pattern cutting',
      responsible: 'Kindia TVET centre',
      needsReferral: true,
      referralAgency: 'Kindia TVET centre',
    },
  ],
  goods: [
    { id: 'g-machine', description: 'Sewing machine', estimatedCost: gnf(2_500_000) },
    { id: 'g-fabric', description: 'Fabric', estimatedCost: gnf(750_500) },
  ],
  grants: [
    {
      id: 'grant',
      purpose: 'Business grant',
      lineId: 'l-shop',
      tranches: [
        { id: 't1', amount: gnf(1_000_000), condition: 'none' },
        {
          id: 't2',
          amount: gnf(1_000_000),
          condition: 'assets_purchased',
          conditionDetail: 'Receipts for the machine',
        },
      ],
    },
  ],
  community: [],
  baseline: null,
  exitStrategy: 'Close after the business has run a year',
});

async function planWith(caseId: string, body = content()) {
  const res = await worker.post(`/api/v1/cases/${caseId}/plan`, { content: body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}
const consent = (session: Session, caseId: string, version: number) =>
  session.post(`/api/v1/cases/${caseId}/plan/consent`, {
    version,
    method: 'written',
    givenBy: 'Mamadou Diallo',
  });
const approve = (session: Session, caseId: string, version: number) =>
  session.post(`/api/v1/cases/${caseId}/plan/approval`, { version });

async function approvedPlan() {
  const caseId = await openCase();
  await planWith(caseId);
  expect((await consent(worker, caseId, 1)).statusCode).toBe(200);
  expect((await approve(supervisor, caseId, 1)).statusCode).toBe(200);
  return caseId;
}

describe('the reintegration plan', () => {
  it('is approved only with the returnee’s agreement to the current version, and not by its author', async () => {
    const caseId = await openCase();
    const created = await planWith(caseId);
    expect(created.plan.status).toBe('draft');
    expect(created.plan.referralsToMake).toEqual([
      {
        lineId: 'l-training',
        agency: 'Kindia TVET centre',
        assistance: 'vocational_training',
        detail: 'Pattern cutting',
      },
    ]);
    const early = await approve(supervisor, caseId, 1);
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).code).toBe('no_consent_on_current_version');
    expect((await consent(worker, caseId, 1)).json().plan.status).toBe('agreed');
    // A caseworker may not approve at all; a supervisor who wrote the version may not approve it.
    expect((await approve(colleague, caseId, 1)).statusCode).toBe(403);
    const approved = await approve(supervisor, caseId, 1);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().plan.status).toBe('approved');
    expect(approved.json().plan.versions[0].approval).toMatchObject({ at: expect.any(String) });

    const own = await openCase();
    await supervisor.post(`/api/v1/cases/${own}/plan`, { content: content() });
    await consent(supervisor, own, 1);
    expect(errorOf(await approve(supervisor, own, 1)).code).toBe('approver_is_author');
  });

  it('makes a new version on any change of an approved plan, says what changed and why, and asks for consent again', async () => {
    const caseId = await approvedPlan();
    const changed = content();
    changed.summary.social = 'Rejoin his family and the football club';
    changed.goods.push({ id: 'g-table', description: 'Cutting table', estimatedCost: gnf(300_000) });
    const noReason = await worker.put(`/api/v1/cases/${caseId}/plan`, {
      basedOnVersion: 1,
      content: changed,
    });
    expect(noReason.statusCode).toBe(400);
    expect(errorOf(noReason).fields?.[0]?.field).toBe('body.reason');
    const revised = await worker.put(`/api/v1/cases/${caseId}/plan`, {
      basedOnVersion: 1,
      content: changed,
      reason: 'He wants a cutting table',
    });
    expect(revised.statusCode, revised.body).toBe(200);
    const plan = revised.json().plan;
    expect(plan.currentVersion).toBe(2);
    expect(plan.status).toBe('draft');
    expect(plan.versions[1]).toMatchObject({
      number: 2,
      reason: 'He wants a cutting table',
      consent: null,
      approval: null,
      changes: [
        { section: 'summary.social', change: 'changed' },
        { section: 'goods', change: 'added', lineId: 'g-table' },
      ],
    });
    // The old version is kept as it was, for the side-by-side view.
    const first = (await officer.get(`/api/v1/cases/${caseId}/plan/versions/1`)).json();
    expect(first.content.goods).toHaveLength(2);
    expect(first.consent).toMatchObject({ method: 'written', givenBy: 'Mamadou Diallo' });
    // A stale edit and an edit that changes nothing are refused.
    expect(
      (await worker.put(`/api/v1/cases/${caseId}/plan`, { basedOnVersion: 1, content: changed, reason: 'x' }))
        .statusCode,
    ).toBe(409);
    expect(
      errorOf(
        await worker.put(`/api/v1/cases/${caseId}/plan`, {
          basedOnVersion: 2,
          content: changed,
          reason: 'x',
        }),
      ).code,
    ).toBe('no_change');
    // Consent to an old version is refused; to the new one, accepted.
    expect(errorOf(await consent(worker, caseId, 1)).code).toBe('not_current_version');
    expect((await consent(worker, caseId, 2)).json().plan.status).toBe('agreed');
  });

  it('totals the budget exactly in minor units, per currency, with committed and spent', async () => {
    const caseId = await approvedPlan();
    const ordered = await worker.post(`/api/v1/cases/${caseId}/plan/purchases`, {
      goodsLineId: 'g-machine',
      supplier: 'Kindia Machines SARL',
      amount: gnf(2_450_000),
      paymentMethod: 'bank_transfer',
    });
    expect(ordered.statusCode, ordered.body).toBe(201);
    const purchaseId = ordered.json().plan.purchases[0].id;
    await worker.patch(`/api/v1/cases/${caseId}/plan/purchases/${purchaseId}`, { status: 'paid' });
    await worker.put(`/api/v1/cases/${caseId}/plan/deliveries/i-cash`, {
      channel: 'direct',
      status: 'in_progress',
      cost: { minor: 5000, currency: 'EUR' },
    });
    const plan = (await worker.post(`/api/v1/cases/${caseId}/plan/tranches/t1/request`)).json().plan;
    // Budget GNF: goods 2,500,000 + 750,500 and tranches 2 × 1,000,000 = 5,250,500. EUR: the allowance 50.00.
    expect(plan.budget).toEqual([
      { currency: 'EUR', budget: 5000, committed: 5000, spent: 0, remaining: 0 },
      { currency: 'GNF', budget: 5_250_500, committed: 1_000_000, spent: 2_450_000, remaining: 1_800_500 },
    ]);
  });

  it('releases a tranche only with its condition on record and by a second person', async () => {
    const caseId = await approvedPlan();
    // Tranche 2 waits for tranche 1.
    expect(errorOf(await worker.post(`/api/v1/cases/${caseId}/plan/tranches/t2/request`)).code).toBe(
      'previous_tranche_not_released',
    );
    await supervisor.post(`/api/v1/cases/${caseId}/plan/tranches/t1/request`);
    const self = await supervisor.post(`/api/v1/cases/${caseId}/plan/tranches/t1/release`, {
      paymentMethod: 'cash',
    });
    expect(errorOf(self).code).toBe('same_person');
    const first = await otherSupervisor.post(`/api/v1/cases/${caseId}/plan/tranches/t1/release`, {
      paymentMethod: 'mobile_money',
    });
    expect(first.statusCode, first.body).toBe(200);

    await worker.post(`/api/v1/cases/${caseId}/plan/tranches/t2/request`);
    const file = (await worker.get(`/api/v1/cases/${caseId}`)).json();
    expect(
      file.tasks.filter((x: { kind: string; status: string }) => x.kind === 'tranche' && x.status === 'open'),
    ).toHaveLength(1);
    const early = await supervisor.post(`/api/v1/cases/${caseId}/plan/tranches/t2/release`, {
      paymentMethod: 'cash',
    });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).code).toBe('condition_not_recorded');
    expect(
      (await worker.post(`/api/v1/cases/${caseId}/plan/tranches/t2/release`, { paymentMethod: 'cash' }))
        .statusCode,
    ).toBe(403);
    await worker.post(`/api/v1/cases/${caseId}/plan/tranches/t2/condition`, {
      evidence: 'Receipt 0042 for the machine',
    });
    const released = await supervisor.post(`/api/v1/cases/${caseId}/plan/tranches/t2/release`, {
      paymentMethod: 'cash',
    });
    expect(released.statusCode, released.body).toBe(200);
    expect(released.json().plan.tranches.map((x: { status: string }) => x.status)).toEqual([
      'released',
      'released',
    ]);
    // The release closed the task it had started.
    const after = (await worker.get(`/api/v1/cases/${caseId}`)).json();
    expect(
      after.tasks.filter(
        (x: { kind: string; status: string }) => x.kind === 'tranche' && x.status === 'open',
      ),
    ).toEqual([]);
    // A paid tranche keeps its amount in later versions.
    const changed = content();
    (changed.grants[0]?.tranches[0] as { amount: unknown }).amount = gnf(900_000);
    const res = await worker.put(`/api/v1/cases/${caseId}/plan`, {
      basedOnVersion: 1,
      content: changed,
      reason: 'Less',
    });
    expect(errorOf(res).code).toBe('tranche_in_payment');
  });

  it('counts as approved on the returnee’s agreement where the programme does not ask for a supervisor', async () => {
    const admin = await t.signIn(t.admin.username);
    expect(
      (await worker.put('/api/v1/plan-settings/Reintegration%20Guinea', { approvalRequired: false }))
        .statusCode,
    ).toBe(403);
    const set = await admin.put('/api/v1/plan-settings/Reintegration%20Guinea', { approvalRequired: false });
    expect(set.json().items).toEqual([{ programme: 'Reintegration Guinea', approvalRequired: false }]);
    const caseId = await openCase();
    expect((await planWith(caseId)).approvalRequired).toBe(false);
    expect((await consent(worker, caseId, 1)).json().plan.status).toBe('approved');
    await admin.put('/api/v1/plan-settings/Reintegration%20Guinea', { approvalRequired: true });
    expect((await worker.get(`/api/v1/cases/${caseId}/plan`)).json().plan.status).toBe('agreed');
  });

  it('needs a best-interests assessment before a child’s plan is approved', async () => {
    const caseId = await openCase('2013-06-06');
    const page = await planWith(caseId);
    expect(page.isChild).toBe(true);
    await consent(worker, caseId, 1);
    expect(errorOf(await approve(supervisor, caseId, 1)).code).toBe('best_interests_assessment_missing');
    await worker.post(`/api/v1/cases/${caseId}/assessments`, {
      kind: 'best_interests',
      conductedOn: '2026-11-20',
      findings: {
        trigger: 'before_decision',
        participants: [
          { name: 'Mamadou', role: 'child' },
          { name: 'His mother', role: 'parent_or_caregiver' },
        ],
        childViews: 'Wants to go back to school',
        informationGiven: 'Explained the plan',
        maturityAssessment: 'Understands',
        riskFactors: '',
        protectiveFactors: 'Mother',
        decision: 'Plan in his best interests',
        reviewOn: '2027-05-01',
      },
    });
    expect((await approve(supervisor, caseId, 1)).statusCode).toBe(200);
  });

  it('lists the children returning in the household, each with their own case and plan', async () => {
    const caseId = await openCase();
    const added = await worker.post(`/api/v1/cases/${caseId}/household/members`, {
      relationship: 'child',
      returnsTogether: true,
      person: {
        sex: 'female',
        names: [{ givenNames: 'Awa', familyName: 'Diallo' }],
        dateOfBirth: '2015-02-10',
      },
    });
    expect(added.statusCode, added.body).toBe(201);
    const member = added
      .json()
      .household.members.find((m: { relationship: string }) => m.relationship === 'child');
    let page = (await worker.get(`/api/v1/cases/${caseId}/plan`)).json();
    expect(page.children).toEqual([
      { name: 'Awa Diallo', case: null, planStatus: null, hasBestInterestsAssessment: false },
    ]);
    const opened = await worker.post(`/api/v1/cases/${caseId}/household/members/${member.id}/case`, {
      phase: 'post_return',
      screening: {
        programme: 'Reintegration Guinea',
        eligible: true,
        reasons: 'Returns with her father',
        needsMediumToLongTermServices: true,
        atMediumToHighRisk: false,
      },
      consent: { purpose: 'registration', method: 'written', givenBy: 'Mamadou Diallo, her father' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const childCase = opened.json().summary.id;
    await planWith(childCase);
    page = (await worker.get(`/api/v1/cases/${caseId}/plan`)).json();
    expect(page.children).toEqual([
      {
        name: 'Awa Diallo',
        case: { id: childCase, reference: expect.any(String) },
        planStatus: 'draft',
        hasBestInterestsAssessment: false,
      },
    ]);
  });

  it('fills the baseline from a scored survey round of the case, never from typed numbers', async () => {
    const caseId = await openCase();
    const roundId = (
      await worker.post(`/api/v1/cases/${caseId}/rss-rounds`, {
        kind: 'baseline',
        location: 'office',
        consent: { given: true, method: 'written' },
      })
    ).json().started;
    const answers: Record<string, string | string[]> = {};
    // The first scored option of every question, in order, so that skip logic sees the earlier answers.
    for (const q of rss2019.questions as readonly RssQuestion[]) {
      if (q.meanOf || !isAsked(q, answers)) continue;
      const option = q.options.find((o) => o.value !== undefined) ?? q.options.find((o) => !o.kind);
      if (option) answers[q.id] = q.select === 'one' ? option.code : [option.code];
    }
    await worker.put(`/api/v1/cases/${caseId}/rss-rounds/${roundId}/answers`, { version: 1, answers });
    const done = await worker.post(`/api/v1/cases/${caseId}/rss-rounds/${roundId}/complete`, { version: 2 });
    expect(done.statusCode, done.body).toBe(200);
    const page = (await worker.get(`/api/v1/cases/${caseId}/plan`)).json();
    expect(page.plan).toBeNull();
    expect(page.latestBaseline.roundId).toBe(roundId);
    const typed = { ...page.latestBaseline, composite: 0.99 };
    const created = await planWith(caseId, { ...content(), baseline: typed });
    expect(created.plan.content.baseline).toEqual(page.latestBaseline);
    const bogus = await worker.post(`/api/v1/cases/${await openCase()}/plan`, {
      content: { ...content(), baseline: typed },
    });
    expect(errorOf(bogus).fields?.[0]?.field).toBe('body.content.baseline.roundId');
  });

  it('keeps the answers to the feasibility grid, refusing criteria it does not have', async () => {
    const caseId = await openCase();
    expect((await worker.get(`/api/v1/cases/${caseId}/feasibility`)).json()).toEqual({
      answers: {},
      updatedBy: null,
      updatedAt: null,
    });
    const saved = await worker.put(`/api/v1/cases/${caseId}/feasibility`, {
      answers: { 'FG03-i1': 'yes', 'FG03-c1': 'unknown' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await officer.get(`/api/v1/cases/${caseId}/feasibility`)).json().answers).toEqual({
      'FG03-i1': 'yes',
      'FG03-c1': 'unknown',
    });
    const bad = await worker.put(`/api/v1/cases/${caseId}/feasibility`, { answers: { 'FG99-i1': 'yes' } });
    expect(errorOf(bad).fields?.map((f) => f.field)).toEqual(['body.answers.FG99-i1']);
    expect((await stranger.get(`/api/v1/cases/${caseId}/feasibility`)).statusCode).toBe(404);
    expect((await officer.put(`/api/v1/cases/${caseId}/feasibility`, { answers: {} })).statusCode).toBe(403);
  });

  it('names the field of bad input and writes nothing', async () => {
    const caseId = await openCase();
    const bad = content();
    bad.goods[1] = { id: 'g-fabric', description: 'Fabric', estimatedCost: { minor: 10.5, currency: 'GNF' } };
    const res = await worker.post(`/api/v1/cases/${caseId}/plan`, { content: bad });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields?.[0]?.field).toContain('goods.1.estimatedCost.minor');
    const noAgency = content();
    (noAgency.longTerm[1] as { referralAgency: string }).referralAgency = '';
    const res2 = await worker.post(`/api/v1/cases/${caseId}/plan`, { content: noAgency });
    expect(errorOf(res2).fields).toEqual([
      {
        field: 'body.content.longTerm.1.referralAgency',
        code: 'referral_agency_missing',
        message: expect.any(String),
      },
    ]);
    expect((await worker.get(`/api/v1/cases/${caseId}/plan`)).json().plan).toBeNull();
  });

  it('is out of reach outside the user’s scope, and read-only for those who do not work cases', async () => {
    const caseId = await approvedPlan();
    for (const [method, url] of [
      ['GET', `/api/v1/cases/${caseId}/plan`],
      ['GET', `/api/v1/cases/${caseId}/plan/versions/1`],
      ['PUT', `/api/v1/cases/${caseId}/plan/deliveries/l-shop`],
      ['POST', `/api/v1/cases/${caseId}/plan/tranches/t1/request`],
      ['GET', `/api/v1/cases/${caseId}/business`],
    ] as const) {
      const res = await stranger.request(
        method,
        url,
        method === 'GET' ? undefined : { channel: 'direct', status: 'planned' },
      );
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    expect((await officer.get(`/api/v1/cases/${caseId}/plan`)).statusCode).toBe(200);
    expect((await officer.post(`/api/v1/cases/${caseId}/plan/tranches/t1/request`)).statusCode).toBe(403);
  });
});

describe('business development support', () => {
  const elements = {
    description_and_targets: 'Tailoring shop; 20 clients a month in year one',
    operations: 'Rented room on the market street',
    skills_required: 'Sewing, pattern cutting',
    customers_and_market: 'Families before festivals',
    marketing_plan: 'Word of mouth, lower prices than the capital',
    sales_forecast: 'GNF 2M a month in year one',
    capital_and_costs: 'GNF 3.25M initial; GNF 400k a month',
    sources_of_capital: 'Grant and savings',
    risks_and_mitigation: 'Power cuts: a treadle machine',
  };

  it('goes through the two selections with its nine-element plan, training and visits', async () => {
    const caseId = await openCase();
    let app = (await worker.post(`/api/v1/cases/${caseId}/business`, { idea: 'Tailoring shop' })).json()
      .application;
    expect(app.stage).toBe('applied');
    app = (
      await worker.post(`/api/v1/cases/${caseId}/business/stage`, { version: app.version, to: 'preselected' })
    ).json().application;
    const early = await worker.post(`/api/v1/cases/${caseId}/business/stage`, {
      version: app.version,
      to: 'plan_submitted',
    });
    expect(errorOf(early).code).toBe('business_plan_incomplete');
    expect(errorOf(early).fields).toHaveLength(9);
    // A change made on a version someone has since moved on is refused, and nothing changes.
    const stale = await worker.put(`/api/v1/cases/${caseId}/business/plan`, {
      version: app.version - 1,
      elements,
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await worker.get(`/api/v1/cases/${caseId}/business`)).json().application.missingElements,
    ).toHaveLength(9);
    app = (
      await worker.put(`/api/v1/cases/${caseId}/business/plan`, { version: app.version, elements })
    ).json().application;
    expect(app.missingElements).toEqual([]);
    app = (
      await worker.post(`/api/v1/cases/${caseId}/business/stage`, {
        version: app.version,
        to: 'plan_submitted',
      })
    ).json().application;
    const noReason = await worker.post(`/api/v1/cases/${caseId}/business/stage`, {
      version: app.version,
      to: 'not_selected',
    });
    expect(errorOf(noReason).fields?.[0]?.field).toBe('body.reason');
    expect(
      errorOf(
        await worker.post(`/api/v1/cases/${caseId}/business/stage`, {
          version: app.version,
          to: 'operating',
        }),
      ).code,
    ).toBe('illegal_move');
    app = (
      await worker.post(`/api/v1/cases/${caseId}/business/stage`, { version: app.version, to: 'selected' })
    ).json().application;
    app = (
      await worker.post(`/api/v1/cases/${caseId}/business/trainings`, {
        version: app.version,
        module: 'Entrepreneurship education',
        attendedOn: '2026-12-01',
        completed: true,
      })
    ).json().application;
    app = (
      await worker.post(`/api/v1/cases/${caseId}/business/stage`, {
        version: app.version,
        to: 'in_depth_support',
      })
    ).json().application;
    const closedWithoutReason = await worker.post(`/api/v1/cases/${caseId}/business/visits`, {
      visitedOn: '2027-03-01',
      status: 'closed',
    });
    expect(errorOf(closedWithoutReason).fields?.[0]?.field).toBe('body.closureReason');
    app = (
      await worker.post(`/api/v1/cases/${caseId}/business/visits`, {
        visitedOn: '2027-03-01',
        status: 'operating',
        employees: 1,
      })
    ).json().application;
    expect(app.visits).toHaveLength(1);
    expect(app.history.map((h: { stage: string }) => h.stage)).toEqual([
      'applied',
      'preselected',
      'plan_submitted',
      'selected',
      'in_depth_support',
    ]);
    expect(app.trainings).toEqual([
      { module: 'Entrepreneurship education', attendedOn: '2026-12-01', completed: true },
    ]);
  });
});
