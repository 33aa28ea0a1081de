// Results frameworks: set up and edited by planners, read in the mission's
// scope, with actual values from the indicator figures of the cases below.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit/log.ts';
import { errorOf, refreshFigures, startTestApp, type TestApp } from './support/app.ts';
import { openedCase } from './support/cases.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let conakryWorker: Session;
let conakrySupervisor: Session;
let niameySupervisor: Session;
let meOfficer: Session;
let meOfficerUser: Awaited<ReturnType<TestApp['addUser']>>;
const today = '2026-11-23';

async function meeting(caseId: string) {
  const res = await conakryWorker.post(`/api/v1/cases/${caseId}/counselling-sessions`, {
    heldOn: today,
    type: 'follow_up',
    meetingType: 'follow_up',
    reasons: [],
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
  meOfficerUser = await t.addUser('me_officer', { missionId: t.org.origin.id, scope: 'mission' });
  meOfficer = await t.signIn(meOfficerUser.username);
  // Three open cases in Conakry, with three meetings between two of them; none closed.
  const a = await openedCase(conakryWorker, { sex: 'female', dateOfBirth: '1990-01-01' });
  const b = await openedCase(conakryWorker, { sex: 'male', dateOfBirth: '1990-01-01' });
  await openedCase(conakryWorker, { sex: 'female', dateOfBirth: '1990-01-01' });
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

describe('links between levels and the data source, analysis and assumptions of each row', () => {
  const matrix = [
    { ...row, level: 'objective', statement: 'Returnees reintegrate sustainably' },
    {
      ...row,
      parent: 0,
      dataSource: 'Survey among beneficiaries (RSS)',
      dataAnalysis: 'Quantitative and qualitative',
      assumptions: 'Returnees stay in their community of return',
    },
    { ...row, level: 'output', statement: 'Returnees receive counselling', parent: 1 },
    { ...row, level: 'activity', statement: 'Hold counselling sessions', parent: 2 },
  ];

  it('keeps each row under the row it contributes to, with its data source, analysis and assumptions', async () => {
    const created = await conakrySupervisor.post('/api/v1/results-frameworks', {
      missionId: t.org.origin.id,
      programme: 'Linked matrix',
      rows: matrix,
    });
    expect(created.statusCode, created.body).toBe(201);
    const body = created.json();
    expect(body.rows.map((r: { parent: number | null }) => r.parent)).toEqual([null, 0, 1, 2]);
    expect(body.rows[1]).toMatchObject({
      dataSource: 'Survey among beneficiaries (RSS)',
      dataAnalysis: 'Quantitative and qualitative',
      assumptions: 'Returnees stay in their community of return',
    });
    expect(body.rows[0]).toMatchObject({ dataSource: '', dataAnalysis: '', assumptions: '' });
  });

  it('refuses a link to the wrong level or to a row that is not there, naming the row', async () => {
    const bad = await conakrySupervisor.post('/api/v1/results-frameworks', {
      missionId: t.org.origin.id,
      programme: 'Badly linked',
      rows: [
        ...matrix,
        // An activity straight under the outcome skips the output.
        { ...matrix[3], parent: 1 },
        // Row 9 does not exist.
        { ...matrix[2], parent: 9 },
      ],
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).fields).toMatchObject([
      { field: 'body.rows.4.parent', code: 'wrong_parent_level' },
      { field: 'body.rows.5.parent', code: 'missing_parent' },
    ]);
  });
});

describe('actual values entered by hand', () => {
  let frameworkId: string;
  let handRow: string;
  let automaticRow: string;
  const url = (rowId: string) => `/api/v1/results-frameworks/${frameworkId}/rows/${rowId}/actuals`;
  const read = async (from: string, to: string) => {
    const res = await meOfficer.get(`/api/v1/results-frameworks/${frameworkId}?from=${from}&to=${to}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  // The hand row measures a percentage every six months (`row` above); the clock stands at 23 November 2026.
  const h1 = { period: '2026-H1', value: 40, source: 'Satisfaction survey, June 2026', note: '' };

  beforeAll(async () => {
    const created = await conakrySupervisor.post('/api/v1/results-frameworks', {
      missionId: t.org.origin.id,
      programme: 'Measured by hand',
      rows: [row, rows[0]],
    });
    expect(created.statusCode, created.body).toBe(201);
    frameworkId = created.json().id;
    [handRow, automaticRow] = created.json().rows.map((r: { id: string }) => r.id);
  });

  it('lets an M&E officer enter a period’s value, with its source and who entered it when', async () => {
    const res = await meOfficer.post(url(handRow), { ...h1, note: 'Two districts not reached' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      ...h1,
      note: 'Two districts not reached',
      replaces: null,
      current: true,
      enteredBy: { id: meOfficerUser.id, name: meOfficerUser.displayName },
      enteredAt: '2026-11-23T09:00:00.000Z',
    });
    const audit = await listAudit(t.db, {
      action: 'results.actuals.record',
      recordId: res.json().id,
      limit: 10,
      offset: 0,
    });
    expect(audit.items.map((e) => e.outcome)).toEqual(['success']);
    // A supervisor enters the second half-year.
    const h2 = await conakrySupervisor.post(url(handRow), { ...h1, period: '2026-H2', value: 55 });
    expect(h2.statusCode, h2.body).toBe(201);
  });

  it('shows the latest period that overlaps the period asked, beside baseline and target', async () => {
    // January–November 2026 overlaps both halves: the second is the latest.
    const year = (await read('2026-01-01', '2026-11-30')).rows[0];
    expect(year).toMatchObject({
      baseline: 0,
      target: 70,
      actual: null,
      entered: { period: '2026-H2', value: 55 },
    });
    // The first quarter lies in the first half only.
    expect((await read('2026-01-01', '2026-03-31')).rows[0].entered).toMatchObject({
      period: '2026-H1',
      value: 40,
    });
    // Nothing was entered for 2025.
    expect((await read('2025-01-01', '2025-12-31')).rows[0].entered).toBeNull();
  });

  it('refuses a second first value for a period: it is corrected instead', async () => {
    const again = await conakrySupervisor.post(url(handRow), { ...h1, value: 42 });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('period_has_value');
  });

  it('keeps a corrected value readable, and refuses a correction of a value already corrected', async () => {
    const history = (await meOfficer.get(url(handRow))).json();
    const first = history.items.find((e: { period: string }) => e.period === '2026-H1');
    t.clock.advanceMinutes(5);
    const corrected = await meOfficer.post(url(handRow), {
      ...h1,
      value: 45,
      source: 'Satisfaction survey, June 2026, recounted',
      replaces: first.id,
    });
    expect(corrected.statusCode, corrected.body).toBe(201);
    expect(corrected.json()).toMatchObject({ value: 45, replaces: first.id, current: true });
    // Someone who read the first value before it was corrected corrects it too: stale.
    const late = await conakrySupervisor.post(url(handRow), { ...h1, value: 41, replaces: first.id });
    expect(late.statusCode).toBe(409);
    expect(errorOf(late).code).toBe('stale_version');

    const after = await meOfficer.get(url(handRow));
    expect(after.statusCode).toBe(200);
    // Latest period first; in a period the correction before what it corrected.
    expect(
      after
        .json()
        .items.map((e: { period: string; value: number; current: boolean }) => [
          e.period,
          e.value,
          e.current,
        ]),
    ).toEqual([
      ['2026-H2', 55, true],
      ['2026-H1', 45, true],
      ['2026-H1', 40, false],
    ]);
    expect((await read('2026-01-01', '2026-03-31')).rows[0].entered).toMatchObject({ value: 45 });
  });

  it('refuses hand entry on a row the dashboard fills in', async () => {
    const res = await meOfficer.post(url(automaticRow), { ...h1, period: '2026-11', value: 3 });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).code).toBe('actual_from_dashboard');
    expect((await read('2026-01-01', '2026-11-30')).rows[1].entered).toBeNull();
  });

  it('names the field in error', async () => {
    const fieldsOf = async (body: object) => {
      const res = await meOfficer.post(url(handRow), body);
      expect(res.statusCode, res.body).toBe(400);
      return errorOf(res).fields?.map((f) => [f.field, f.code]);
    };
    // A quarter is not a period of a six-monthly row; a percentage stops at 100; the source is required.
    expect(await fieldsOf({ ...h1, period: '2026-Q1', value: 120, source: ' ' })).toEqual([
      ['body.period', 'wrong_period'],
      ['body.value', 'percent_range'],
      ['body.source', 'required'],
    ]);
    expect(await fieldsOf({ ...h1, period: '2027-H1' })).toEqual([['body.period', 'future_period']]);
    expect((await fieldsOf({ period: '2025-H1', source: 'Survey' }))?.[0]?.[0]).toBe('body.value');
    expect(
      await fieldsOf({ ...h1, period: '2025-H2', replaces: '00000000-0000-4000-8000-000000000000' }),
    ).toEqual([['body.replaces', 'unknown_entry']]);
    const current = (await meOfficer.get(url(handRow))).json().items[0].id;
    expect(await fieldsOf({ ...h1, period: '2025-H2', replaces: current })).toEqual([
      ['body.period', 'not_replaced_period'],
    ]);
  });

  it('keeps another mission out, and those without the permission', async () => {
    const other = await niameySupervisor.post(url(handRow), { ...h1, period: '2025-H2' });
    expect(other.statusCode).toBe(404);
    expect((await niameySupervisor.get(url(handRow))).statusCode).toBe(404);
    // A row of another framework under this framework's id is not found either.
    const elsewhere = await meOfficer.get(
      `/api/v1/results-frameworks/${frameworkId}/rows/${'0'.repeat(8)}-0000-4000-8000-000000000000/actuals`,
    );
    expect(elsewhere.statusCode).toBe(404);
    const worker = await conakryWorker.post(url(handRow), { ...h1, period: '2025-H2' });
    expect(worker.statusCode).toBe(403);
    // Nothing was entered by any of them.
    expect((await meOfficer.get(url(handRow))).json().total).toBe(3);
  });

  it('keeps a row’s values through an edit that sends its id, and refuses to drop it', async () => {
    const current = (await meOfficer.get(`/api/v1/results-frameworks/${frameworkId}`)).json();
    const sent = current.rows.map(({ actual: _a, entered: _e, ...r }: Record<string, unknown>) => r);
    const edited = await conakrySupervisor.put(`/api/v1/results-frameworks/${frameworkId}`, {
      version: current.version,
      programme: 'Measured by hand',
      // The automatic row first now, the hand row renamed after it.
      rows: [sent[1], { ...sent[0], statement: 'Returnees are satisfied with the services' }],
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json().rows.map((r: { id: string }) => r.id)).toEqual([automaticRow, handRow]);
    expect((await read('2026-01-01', '2026-11-30')).rows[1].entered).toMatchObject({ value: 55 });

    const dropped = await conakrySupervisor.put(`/api/v1/results-frameworks/${frameworkId}`, {
      version: edited.json().version,
      programme: 'Measured by hand',
      rows: [sent[1]],
    });
    expect(dropped.statusCode).toBe(409);
    expect(errorOf(dropped).code).toBe('row_has_actuals');
    const unknown = await conakrySupervisor.put(`/api/v1/results-frameworks/${frameworkId}`, {
      version: edited.json().version,
      programme: 'Measured by hand',
      rows: [sent[1], { ...sent[0], id: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).fields?.[0]?.field).toBe('body.rows.1.id');
    const after = (await meOfficer.get(`/api/v1/results-frameworks/${frameworkId}`)).json();
    expect(after.version).toBe(edited.json().version);
    expect(after.rows).toHaveLength(2);
  });
});
