// Results frameworks: set up and edited by planners, read in the mission's
// scope, with actual values from the indicator figures of the cases below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, refreshFigures, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let conakryWorker: Session;
let conakrySupervisor: Session;
let niameySupervisor: Session;
let meOfficer: Session;
const today = '2026-11-23';

async function openCase(sex: 'female' | 'male') {
  const res = await conakryWorker.post('/api/v1/cases', {
    phase: 'post_return',
    person: { sex, dateOfBirth: '1990-01-01', names: [{ givenNames: 'Aminata', familyName: 'Bah' }] },
    screening: {
      programme: 'Reintegration',
      eligible: true,
      reasons: 'Returned',
      needsMediumToLongTermServices: true,
      atMediumToHighRisk: false,
    },
    consent: { purpose: 'registration', method: 'written', givenBy: 'Aminata' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().summary.id as string;
}

async function meeting(caseId: string) {
  const res = await conakryWorker.post(`/api/v1/cases/${caseId}/counselling-sessions`, {
    heldOn: today,
    type: 'follow_up',
    setting: 'office',
    attendees: [{ name: 'Aminata', role: 'returnee' }],
    topics: [],
    firstLineSupportGiven: false,
    referralNeeded: false,
    agreedNextSteps: 'Meet again next month',
  });
  expect(res.statusCode, res.body).toBe(201);
}

const row = {
  level: 'outcome',
  statement: 'Returnees access the services they need',
  indicatorCode: null,
  indicatorText: 'Share of returnees satisfied with their caseworker',
  baseline: 0,
  target: 70,
  unit: 'percent',
  frequency: 'six_monthly',
  responsible: 'M&E officer',
};
const rows = [
  { ...row, level: 'output', indicatorCode: 'B1', indicatorText: '', unit: 'count', target: 100 },
  { ...row, level: 'output', indicatorCode: 'B3', indicatorText: '', unit: 'per_case', target: 2 },
  { ...row, level: 'output', indicatorCode: 'B4', indicatorText: '', unit: 'days', target: 180 },
  row,
];

beforeAll(async () => {
  // One returnee is enough to show a figure here: the small organisation would otherwise show nothing.
  t = await startTestApp({ minCellCount: 1 });
  const conakry = { officeId: t.org.conakry.id, scope: 'office' as const };
  conakryWorker = await t.signIn((await t.addUser('caseworker', conakry)).username);
  conakrySupervisor = await t.signIn((await t.addUser('supervisor', conakry)).username);
  niameySupervisor = await t.signIn(
    (await t.addUser('supervisor', { officeId: t.org.niamey.id, scope: 'office' })).username,
  );
  meOfficer = await t.signIn(
    (await t.addUser('me_officer', { missionId: t.org.origin.id, scope: 'mission' })).username,
  );
  // Three open cases in Conakry, with three meetings between two of them; none closed.
  const a = await openCase('female');
  const b = await openCase('male');
  await openCase('female');
  await meeting(a);
  await meeting(a);
  await meeting(b);
  expect((await refreshFigures(conakrySupervisor)).status).toBe('done');
});
afterAll(() => t.close());

describe('results frameworks', () => {
  let id: string;

  it('creates a framework and fills in the actual values the dashboard gives', async () => {
    const created = await conakrySupervisor.post('/api/v1/results-frameworks', {
      missionId: t.org.origin.id,
      programme: 'Reintegration in Guinea',
      rows,
    });
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
    const read = await meOfficer.get(`/api/v1/results-frameworks/${id}?from=2026-01-01&to=2026-11-30`);
    expect(read.statusCode, read.body).toBe(200);
    const body = read.json();
    expect(body).toMatchObject({ programme: 'Reintegration in Guinea', version: 1, missionName: 'Guinea' });
    expect(body.period).toEqual({ from: '2026-01-01', to: '2026-11-30' });
    expect(body.rows.map((r: { indicatorCode: string | null }) => r.indicatorCode)).toEqual([
      'B1',
      'B3',
      'B4',
      null,
    ]);
    expect(body.rows.map((r: { actual: unknown }) => r.actual)).toEqual([
      // B1: the three cases open at the end of the period.
      { value: 3, withheld: false },
      // B3: three meetings over three open cases.
      { value: 1, withheld: false },
      // B4: no case closed, so no mean: withheld, not zero.
      { value: null, withheld: true },
      // Entered by hand.
      null,
    ]);
  });

  it('counts nothing before the cases were opened', async () => {
    const read = await meOfficer.get(`/api/v1/results-frameworks/${id}?from=2025-01-01&to=2025-12-31`);
    expect(read.statusCode, read.body).toBe(200);
    // Zero cases is below the minimum of one: the count is withheld.
    expect(read.json().rows[0].actual).toEqual({ value: null, withheld: true });
  });

  it('lists frameworks in the reader’s mission only', async () => {
    const mine = await meOfficer.get('/api/v1/results-frameworks');
    expect(mine.statusCode).toBe(200);
    expect(mine.json().items.map((f: { id: string }) => f.id)).toEqual([id]);
    const other = await niameySupervisor.get('/api/v1/results-frameworks');
    expect(other.json()).toEqual({ items: [], total: 0 });
  });

  it('is not found for a supervisor of another mission', async () => {
    expect((await niameySupervisor.get(`/api/v1/results-frameworks/${id}`)).statusCode).toBe(404);
    const edit = await niameySupervisor.put(`/api/v1/results-frameworks/${id}`, {
      version: 1,
      programme: 'Taken over',
      rows: [],
    });
    expect(edit.statusCode).toBe(404);
  });

  it('leaves editing to planners', async () => {
    const res = await meOfficer.post('/api/v1/results-frameworks', {
      missionId: t.org.origin.id,
      programme: 'Mine',
      rows: [],
    });
    expect(res.statusCode).toBe(403);
  });

  it('names each field in error', async () => {
    const bad = await conakrySupervisor.post('/api/v1/results-frameworks', {
      missionId: t.org.origin.id,
      programme: 'Reintegration',
      rows: [row, { ...row, indicatorCode: 'Z9', indicatorText: '' }, { ...row, target: null }],
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).fields?.map((f) => f.field)).toEqual([
      'body.rows.1.indicatorCode',
      'body.rows.2.target',
    ]);
    const shape = await conakrySupervisor.post('/api/v1/results-frameworks', {
      missionId: t.org.origin.id,
      programme: 'Reintegration',
      rows: [{ ...row, frequency: 'weekly' }],
    });
    expect(shape.statusCode).toBe(400);
    expect(errorOf(shape).fields?.[0]?.field).toBe('body.rows.0.frequency');
    const elsewhere = await conakrySupervisor.post('/api/v1/results-frameworks', {
      missionId: t.org.host.id,
      programme: 'Reintegration',
      rows: [row],
    });
    expect(elsewhere.statusCode).toBe(400);
    expect(errorOf(elsewhere).fields?.[0]?.field).toBe('body.missionId');
    // Nothing half-written: the mission still has its one framework.
    expect((await meOfficer.get('/api/v1/results-frameworks')).json().total).toBe(1);
  });

  it('replaces the rows, and refuses a stale version', async () => {
    const edited = await conakrySupervisor.put(`/api/v1/results-frameworks/${id}`, {
      version: 1,
      programme: 'Reintegration in Guinea, phase 2',
      rows: [row, rows[0]],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().version).toBe(2);
    expect(edited.json().rows.map((r: { indicatorCode: string | null }) => r.indicatorCode)).toEqual([
      null,
      'B1',
    ]);
    const stale = await conakrySupervisor.put(`/api/v1/results-frameworks/${id}`, {
      version: 1,
      programme: 'Overwritten',
      rows: [],
    });
    expect(stale.statusCode).toBe(409);
    const after = (await meOfficer.get(`/api/v1/results-frameworks/${id}`)).json();
    expect(after.programme).toBe('Reintegration in Guinea, phase 2');
    expect(after.rows).toHaveLength(2);
  });
});
