// The type of business a caseworker recommended and the type the returnee
// chose, recorded on the application for business support, and the
// dashboard's C3 (seed-000 L930–L932) counted from them on a small hand-made
// set of plans whose expected figures are worked out below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit/log.ts';
import { errorOf, finishedJob, refreshFigures, startTestApp, type TestApp } from './support/app.ts';
import { openedCase } from './support/cases.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let worker: Session;
let workerId: string;
let supervisor: Session;
let officer: Session;
let stranger: Session;
let niameySupervisor: Session;
let hostManager: Session;
const period = 'from=2026-01-01&to=2026-11-30';
const noApproval = 'Reintegration without approval';

const trainingLine = {
  id: 'l-training',
  kind: 'vocational_training',
  detail: 'Pattern cutting',
  responsible: 'Kindia TVET centre',
  needsReferral: false,
};
const businessLine = {
  id: 'l-shop',
  kind: 'individual_microbusiness',
  detail: 'A stall at the market',
  responsible: 'Caseworker',
  needsReferral: false,
};

/** A plan the returnee agreed to, with or without an individual micro-business line. */
async function agreedPlan(session: Session, caseId: string, withBusiness: boolean) {
  const created = await session.post(`/api/v1/cases/${caseId}/plan`, {
    content: {
      summary: { economic: 'A steady income', social: '', psychosocial: '' },
      immediate: [],
      longTerm: withBusiness ? [businessLine, trainingLine] : [trainingLine],
      goods: [],
      grants: [],
      community: [],
      baseline: null,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const agreed = await session.post(`/api/v1/cases/${caseId}/plan/consent`, {
    version: 1,
    method: 'written',
    givenBy: 'Kadiatou Sow',
  });
  expect(agreed.statusCode, agreed.body).toBe(200);
}

async function approve(session: Session, caseId: string) {
  const res = await session.post(`/api/v1/cases/${caseId}/plan/approval`, { version: 1 });
  expect(res.statusCode, res.body).toBe(200);
}

/** An application for business support; with `recorded`, the types recommended and chosen. */
async function application(
  session: Session,
  caseId: string,
  recorded?: { recommendedType: string | null; chosenType: string; reason?: string },
) {
  const applied = await session.post(`/api/v1/cases/${caseId}/business`, { idea: 'Selling at the market' });
  expect(applied.statusCode, applied.body).toBe(200);
  if (!recorded) return applied.json().application;
  const res = await session.put(`/api/v1/cases/${caseId}/business/recommendation`, {
    version: 1,
    ...recorded,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().application;
}

beforeAll(async () => {
  // One returnee is enough to show a figure here: the small organisation would otherwise show nothing.
  t = await startTestApp({ minCellCount: 1 });
  const conakry = { officeId: t.org.conakry.id, scope: 'office' as const };
  const workerUser = await t.addUser('caseworker', conakry);
  workerId = workerUser.id;
  worker = await t.signIn(workerUser.username);
  supervisor = await t.signIn((await t.addUser('supervisor', conakry)).username);
  officer = await t.signIn(
    (await t.addUser('me_officer', { missionId: t.org.origin.id, scope: 'mission' })).username,
  );
  const niamey = { officeId: t.org.niamey.id, scope: 'office' as const };
  stranger = await t.signIn((await t.addUser('caseworker', niamey)).username);
  niameySupervisor = await t.signIn((await t.addUser('supervisor', niamey)).username);
  hostManager = await t.signIn(
    (await t.addUser('programme_manager', { missionId: t.org.host.id, scope: 'mission' })).username,
  );
});
afterAll(() => t.close());

describe('the business type recommended and chosen', () => {
  it('is recorded on the application, in the case’s history and the audit log', async () => {
    const caseId = await openedCase(worker);
    await application(worker, caseId);
    const res = await worker.put(`/api/v1/cases/${caseId}/business/recommendation`, {
      version: 1,
      recommendedType: 'trade',
      reason: 'Stalls by the bus station sell every day',
      chosenType: 'agriculture',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().application).toMatchObject({
      recommendedType: 'trade',
      recommendationReason: 'Stalls by the bus station sell every day',
      chosenType: 'agriculture',
      version: 2,
    });
    // An M&E officer reads it, as any part of the case.
    expect((await officer.get(`/api/v1/cases/${caseId}/business`)).json().application.chosenType).toBe(
      'agriculture',
    );
    const file = (await worker.get(`/api/v1/cases/${caseId}`)).json();
    expect(file.timeline.at(-1)).toMatchObject({
      kind: 'business_recommendation',
      details: { recommendedType: 'trade', chosenType: 'agriculture' },
    });
    const audit = (
      await listAudit(t.db, { actorId: workerId, action: 'business.recommendation', limit: 10, offset: 0 })
    ).items;
    expect(audit).toEqual([
      expect.objectContaining({
        outcome: 'success',
        recordId: caseId,
        details: expect.objectContaining({ recommendedType: 'trade', chosenType: 'agriculture' }),
      }),
    ]);

    // The returnee settles on the type recommended: a change on the current version is kept.
    const changed = await worker.put(`/api/v1/cases/${caseId}/business/recommendation`, {
      version: 2,
      recommendedType: 'trade',
      chosenType: 'trade',
    });
    expect(changed.json().application).toMatchObject({ chosenType: 'trade', recommendationReason: '' });
  });

  it('refuses a change made on a version someone has since moved on, and changes nothing', async () => {
    const caseId = await openedCase(worker);
    await application(worker, caseId, { recommendedType: 'services', chosenType: 'services' });
    const stale = await worker.put(`/api/v1/cases/${caseId}/business/recommendation`, {
      version: 1,
      recommendedType: null,
      chosenType: 'transport',
    });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('stale_version');
    expect((await worker.get(`/api/v1/cases/${caseId}/business`)).json().application).toMatchObject({
      recommendedType: 'services',
      chosenType: 'services',
      version: 2,
    });
  });

  it('names the field of a type not in the list, a missing choice, or a reason without a recommendation', async () => {
    const caseId = await openedCase(worker);
    await application(worker, caseId);
    const url = `/api/v1/cases/${caseId}/business/recommendation`;
    const unknown = await worker.put(url, { version: 1, recommendedType: 'shop', chosenType: 'trade' });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).fields?.[0]?.field).toBe('body.recommendedType');
    const noChoice = await worker.put(url, { version: 1, recommendedType: 'trade' });
    expect(noChoice.statusCode).toBe(400);
    expect(errorOf(noChoice).fields?.[0]?.field).toBe('body.chosenType');
    const reasonAlone = await worker.put(url, {
      version: 1,
      recommendedType: null,
      reason: 'The market is full',
      chosenType: 'trade',
    });
    expect(reasonAlone.statusCode).toBe(400);
    expect(errorOf(reasonAlone).fields?.[0]).toMatchObject({
      field: 'body.reason',
      code: 'no_recommendation',
    });
    expect((await worker.get(`/api/v1/cases/${caseId}/business`)).json().application.version).toBe(1);
  });

  it('is out of reach of another office, read-only for those who do not work cases, and needs an application', async () => {
    const caseId = await openedCase(worker);
    await application(worker, caseId);
    const body = { version: 1, recommendedType: 'trade', chosenType: 'trade' };
    const url = `/api/v1/cases/${caseId}/business/recommendation`;
    expect((await stranger.put(url, body)).statusCode).toBe(404);
    expect((await officer.put(url, body)).statusCode).toBe(403);
    expect((await worker.get(`/api/v1/cases/${caseId}/business`)).json().application.version).toBe(1);
    const without = await openedCase(worker);
    expect((await worker.put(`/api/v1/cases/${without}/business/recommendation`, body)).statusCode).toBe(404);
  });
});

describe('the dashboard’s C3', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const admin = await t.signIn(t.admin.username);
    const set = await admin.put(`/api/v1/plan-settings/${encodeURIComponent(noApproval)}`, {
      approvalRequired: false,
    });
    expect(set.statusCode, set.body).toBe(200);
    // Conakry, every plan agreed today (the test clock's 2026-11-23):
    // p1: micro-business, approved; trade recommended, trade chosen.
    ids.p1 = await openedCase(worker);
    await agreedPlan(worker, ids.p1, true);
    await approve(supervisor, ids.p1);
    await application(worker, ids.p1, {
      recommendedType: 'trade',
      chosenType: 'trade',
      reason: 'Busy market',
    });
    // p2: micro-business, approved; agriculture recommended, trade chosen.
    ids.p2 = await openedCase(worker);
    await agreedPlan(worker, ids.p2, true);
    await approve(supervisor, ids.p2);
    await application(worker, ids.p2, { recommendedType: 'agriculture', chosenType: 'trade' });
    // p3: micro-business, approved; no type recommended, services chosen.
    ids.p3 = await openedCase(worker);
    await agreedPlan(worker, ids.p3, true);
    await approve(supervisor, ids.p3);
    await application(worker, ids.p3, { recommendedType: null, chosenType: 'services' });
    // p4: micro-business, approved; no application for business support, so nothing recommended.
    ids.p4 = await openedCase(worker);
    await agreedPlan(worker, ids.p4, true);
    await approve(supervisor, ids.p4);
    // p5: micro-business, agreed but not yet approved (its programme asks for approval): not counted.
    ids.p5 = await openedCase(worker);
    await agreedPlan(worker, ids.p5, true);
    await application(worker, ids.p5, { recommendedType: 'trade', chosenType: 'trade' });
    // p6: approved, but no micro-business in the plan: not counted, recommendation or not.
    ids.p6 = await openedCase(worker);
    await agreedPlan(worker, ids.p6, false);
    await approve(supervisor, ids.p6);
    await application(worker, ids.p6, { recommendedType: 'trade', chosenType: 'trade' });
    // p7: micro-business in a programme that needs no approval: approved on agreement; services, services.
    ids.p7 = await openedCase(worker, { sex: 'female' }, noApproval);
    await agreedPlan(worker, ids.p7, true);
    await application(worker, ids.p7, { recommendedType: 'services', chosenType: 'services' });
    // Niamey, another mission: n1, micro-business, approved, trade recommended and chosen.
    ids.n1 = await openedCase(stranger);
    await agreedPlan(stranger, ids.n1, true);
    await approve(niameySupervisor, ids.n1);
    await application(stranger, ids.n1, { recommendedType: 'trade', chosenType: 'trade' });
    expect(await refreshFigures(supervisor)).toMatchObject({ status: 'done' });
  });

  const dashboardOf = async (s: Session, query = period) =>
    (await s.get(`/api/v1/indicators/dashboard?${query}`)).json();

  it('counts the office’s approved plans with a micro-business, those with a type recommended, and those followed', async () => {
    const { business } = await dashboardOf(supervisor);
    // Counted: p1, p2, p3, p4 (approved) and p7 (agreed, no approval needed): 5. Not p5 (awaiting approval),
    // p6 (no micro-business), n1 (another mission), nor the earlier tests' cases (no plan).
    expect(business.plans).toMatchObject({ value: 5, withheld: false });
    // A type recommended on p1, p2 and p7: 3 of 5.
    expect(business.recommended).toMatchObject({ value: 0.6, numerator: 3, denominator: 5 });
    // Chosen as recommended on p1 and p7, not p2: 2 of 3.
    expect(business.followed).toMatchObject({ numerator: 2, denominator: 3, withheld: false });
    expect(business.followed.value).toBeCloseTo(2 / 3);
    const behind = (await supervisor.get(`/api/v1/indicators/cases?cohort=business_plans&${period}`)).json();
    expect(behind.items.map((c: { id: string }) => c.id).sort()).toEqual(
      [ids.p1, ids.p2, ids.p3, ids.p4, ids.p7].sort(),
    );
  });

  it('counts plans by the day they were approved: none in a period that ends the day before', async () => {
    const { business } = await dashboardOf(supervisor, 'from=2026-01-01&to=2026-11-22');
    expect(business.plans.withheld).toBe(true);
    expect(business.recommended.withheld).toBe(true);
  });

  it('never counts another mission’s plans, and withholds a share that would tell each plan’s answer', async () => {
    // The host mission holds n1 only: one plan, its recommendation recorded and followed. "1 of 1" would say
    // that this plan's type was recommended and followed, so both shares are withheld.
    const host = await dashboardOf(hostManager);
    expect(host.business.plans).toMatchObject({ value: 1 });
    expect(host.business.recommended.withheld).toBe(true);
    expect(host.business.followed.withheld).toBe(true);
    // Asking for Niamey from Conakry narrows to nothing; it never widens.
    const elsewhere = await dashboardOf(supervisor, `${period}&officeId=${t.org.niamey.id}`);
    expect(elsewhere.business.plans.withheld).toBe(true);
    const behind = await supervisor.get(
      `/api/v1/indicators/cases?cohort=business_plans&${period}&officeId=${t.org.niamey.id}`,
    );
    expect(behind.json()).toEqual({ items: [], total: 0 });
  });

  it('exports C3 with the dashboard’s figures', async () => {
    const started = await supervisor.post('/api/v1/exports', {
      list: 'dashboard',
      format: 'csv',
      filters: { from: '2026-01-01', to: '2026-11-30' },
    });
    expect(started.statusCode, started.body).toBe(202);
    const job = await finishedJob(supervisor, started.json().jobId);
    expect(job.status, JSON.stringify(job.report)).toBe('done');
    const lines = (await supervisor.get(job.report.download)).body.trim().split(/\r?\n/);
    expect(lines).toContain('business,plans_with_microbusiness,all,5,5,,false');
    expect(lines).toContain('business,recommended_type,all,0.6,3,5,false');
    expect(lines.find((l) => l.startsWith('business,recommended_type_chosen,all,'))).toMatch(/,2,3,false$/);
  });
});
