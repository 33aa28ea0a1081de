import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit/log.ts';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let supervisor: Session;
let supervisorId: string;
let manager: Session;
let niameyWorker: Session;
let niameyColleague: Session;
let agadezWorker: Session;
let meOfficer: Session;

beforeAll(async () => {
  t = await startTestApp();
  const niamey = { officeId: t.org.niamey.id, scope: 'office' as const };
  const s = await t.addUser('supervisor', niamey);
  supervisorId = s.id;
  supervisor = await t.signIn(s.username);
  manager = await t.signIn(
    (await t.addUser('programme_manager', { missionId: t.org.host.id, scope: 'mission' })).username,
  );
  niameyWorker = await t.signIn((await t.addUser('caseworker', niamey)).username);
  niameyColleague = await t.signIn((await t.addUser('caseworker', niamey)).username);
  agadezWorker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.agadez.id, scope: 'office' })).username,
  );
  meOfficer = await t.signIn(
    (await t.addUser('me_officer', { missionId: t.org.host.id, scope: 'mission' })).username,
  );
});
afterAll(() => t.close());

// Step 4 of the seed's example (seed-000 L1050–L1055), written out here rather than imported,
// so that the test holds the API to the seed and not to the domain's own fixtures.
const caseworkerRows = [
  { cmType: 'generalist', task: 'Intake', hours: 2, cases: 3 },
  { cmType: 'generalist', task: 'Follow-ups', hours: 0.5, cases: 18 },
  { cmType: 'generalist', task: 'Closure', hours: 2, cases: 3 },
  { cmType: 'intensive', task: 'Follow-ups', hours: 3, cases: 3 },
];
// Step 5, L1067–L1072.
const missionRows = [
  { cmType: 'generalist', task: 'Intake', hours: 2, cases: 50 },
  { cmType: 'generalist', task: 'Follow-ups', hours: 0.5, cases: 410 },
  { cmType: 'generalist', task: 'Closure', hours: 2, cases: 20 },
  { cmType: 'intensive', task: 'Follow-ups', hours: 3, cases: 70 },
];

describe('POST /planning/workload', () => {
  it('gives the seed’s caseworker 27 cases in 30 hours, 1:27 (L1055, L1059), and nothing else', async () => {
    const res = await supervisor.post('/api/v1/planning/workload', {
      availableHoursPerWeek: 30,
      rows: caseworkerRows,
    });
    expect(res.statusCode, res.body).toBe(200);
    // 2×3 + 0.5×18 + 2×3 + 3×3 = 30 h for 27 cases: exactly one caseworker's week.
    expect(res.json()).toStrictEqual({ totalHours: 30, totalCases: 27, ratio: '1:27', caseworkersNeeded: 1 });
  });

  it('needs 555 hours at the mission (L1072): 18.5 caseworkers’ hours, so 19 people (L1074)', async () => {
    const res = await manager.post('/api/v1/planning/workload', {
      availableHoursPerWeek: 30,
      rows: missionRows,
    });
    expect(res.statusCode, res.body).toBe(200);
    // 100 + 205 + 40 + 210 = 555 h; 555 ÷ 30 = 18.5 → 19. 550 cases in those hours: 550 × 30 ÷ 555 = 29.7 → 1:29.
    expect(res.json()).toStrictEqual({
      totalHours: 555,
      totalCases: 550,
      ratio: '1:29',
      caseworkersNeeded: 19,
    });
  });

  it('is audited', async () => {
    await supervisor.post('/api/v1/planning/workload', { availableHoursPerWeek: 30, rows: caseworkerRows });
    const { items } = await listAudit(t.db, { action: 'planning.workload', limit: 1, offset: 0 });
    expect(items[0]).toMatchObject({ actorId: supervisorId, outcome: 'success' });
    expect(items[0]?.details).toMatchObject({ rows: 4 });
  });

  it('names every wrong field as sent, in the domain’s words', async () => {
    const res = await supervisor.post('/api/v1/planning/workload', {
      availableHoursPerWeek: 0,
      rows: [
        { cmType: 'generalist', task: 'Intake', hours: 2, cases: 3 },
        { cmType: 'supportive', task: ' ', hours: 1, cases: 1.5 },
        { cmType: 'intensive', task: 'Follow-ups', hours: -1, cases: 2 },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe('invalid_input');
    expect(errorOf(res).fields?.map((f) => f.field)).toEqual([
      'body.availableHoursPerWeek',
      'body.rows[1].cmType',
      'body.rows[1].task',
      'body.rows[1].cases',
      'body.rows[2].hours',
    ]);
    expect(errorOf(res).fields?.[4]?.message).toBe('rows[2].hours must be a number >= 0');

    const noHours = await supervisor.post('/api/v1/planning/workload', {
      availableHoursPerWeek: 30,
      rows: [{ cmType: 'generalist', task: 'Waiting', hours: 0, cases: 4 }],
    });
    expect(errorOf(noHours).fields?.map((f) => f.field)).toEqual(['body.rows']);
    const notAList = await supervisor.post('/api/v1/planning/workload', {
      availableHoursPerWeek: '30',
      rows: {},
    });
    expect(errorOf(notAList).fields?.map((f) => f.field)).toEqual([
      'body.availableHoursPerWeek',
      'body.rows',
    ]);
    const missing = await supervisor.post('/api/v1/planning/workload', { rows: caseworkerRows });
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).fields?.map((f) => f.field)).toEqual(['body.availableHoursPerWeek']);
    const extra = await supervisor.post('/api/v1/planning/workload', {
      availableHoursPerWeek: 30,
      rows: caseworkerRows,
      saveAs: 'October',
    });
    expect(errorOf(extra).fields?.map((f) => f.field)).toEqual(['body.saveAs']);
  });

  it('documents the body the domain checks', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    const body = doc.paths['/api/v1/planning/workload'].post.requestBody.content['application/json'].schema;
    expect(body.required).toEqual(['availableHoursPerWeek', 'rows']);
    expect(body.properties.availableHoursPerWeek.type).toBe('number');
    expect(body.properties.rows.items.properties.cases.type).toBe('integer');
  });

  it('is not a caseworker’s or an M&E officer’s tool', async () => {
    const body = { availableHoursPerWeek: 30, rows: caseworkerRows };
    for (const who of [niameyWorker, meOfficer]) {
      const res = await who.post('/api/v1/planning/workload', body);
      expect(res.statusCode).toBe(403);
      expect(errorOf(res).code).toBe('forbidden');
      expect((await who.get('/api/v1/planning/actuals')).statusCode).toBe(403);
    }
  });
});

describe('GET /planning/actuals', () => {
  const session = (heldOn: string, setting: string) => ({
    heldOn,
    type: 'follow_up',
    meetingType: 'follow_up',
    reasons: [],
    setting,
    attendees: [{ name: 'The returnee', role: 'returnee' }],
    topics: ['priorities'],
    firstLineSupportGiven: false,
    referralNeeded: false,
    agreedNextSteps: 'Call next week',
  });

  /** A case opened by `by` (who is then assigned to it), registered, with a type of case management. */
  async function openCase(
    by: Session,
    cmType: 'generalist' | 'intensive' | null,
    options: { register?: boolean; sensitive?: boolean } = {},
  ) {
    const opened = await by.post('/api/v1/cases', {
      phase: 'post_return',
      sensitive: options.sensitive ?? false,
      person: { sex: 'male', names: [{ givenNames: 'Moussa', familyName: 'Issoufou' }] },
      screening: {
        programme: 'Reintegration Niger',
        eligible: true,
        reasons: 'Returned from Algeria',
        needsMediumToLongTermServices: true,
        atMediumToHighRisk: false,
      },
      consent: { purpose: 'registration', method: 'written', givenBy: 'Moussa Issoufou' },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const id = opened.json().summary.id as string;
    let version = 1;
    if (options.register ?? true) {
      const moved = await by.post(`/api/v1/cases/${id}/transitions`, { version, to: 'registered' });
      expect(moved.statusCode, moved.body).toBe(200);
      version += 1;
    }
    if (cmType) {
      const typed = await by.patch(`/api/v1/cases/${id}`, { version, caseManagementType: cmType });
      expect(typed.statusCode, typed.body).toBe(200);
    }
    return id;
  }

  async function meet(by: Session, caseId: string, heldOn: string, setting: string) {
    const res = await by.post(`/api/v1/cases/${caseId}/counselling-sessions`, session(heldOn, setting));
    expect(res.statusCode, res.body).toBe(201);
  }

  beforeAll(async () => {
    // Niamey. The test clock stands at 2026-11-23: the four weeks run from 2026-10-27.
    const g1 = await openCase(niameyWorker, 'generalist');
    await meet(niameyWorker, g1, '2026-11-20', 'phone');
    await meet(niameyWorker, g1, '2026-11-06', 'online');
    // The supervisor named on a case supervises it: that is not a caseload.
    const named = await niameyWorker.post(`/api/v1/cases/${g1}/assignments`, {
      userId: supervisorId,
      function: 'supervisor',
    });
    expect(named.statusCode, named.body).toBe(201);
    // Sensitive: its file stays closed to the supervisor, but it is counted.
    const g2 = await openCase(niameyWorker, 'generalist', { sensitive: true });
    await meet(niameyWorker, g2, '2026-11-18', 'home_visit');
    const g3 = await openCase(niameyColleague, 'generalist');
    await meet(niameyColleague, g3, '2026-10-27', 'office');
    // Before the four weeks: not counted.
    await meet(niameyColleague, g3, '2026-10-26', 'phone');
    const i1 = await openCase(niameyColleague, 'intensive');
    for (const day of ['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23'])
      await meet(niameyColleague, i1, day, 'phone');
    // Registered but not yet typed: counted apart, in no row and in no caseload.
    await openCase(niameyWorker, null);
    // Still at screening: not a case under management yet, whatever its type.
    const screening = await openCase(niameyWorker, 'intensive', { register: false });
    await meet(niameyWorker, screening, '2026-11-20', 'phone');

    // Agadez, the other office of the mission.
    const a1 = await openCase(agadezWorker, 'generalist');
    await meet(agadezWorker, a1, '2026-11-19', 'phone');
    await openCase(agadezWorker, 'intensive');
  });

  it('gives an office supervisor the office’s open cases, meetings per case per week and caseloads, as counts', async () => {
    const res = await supervisor.get('/api/v1/planning/actuals');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ from: '2026-10-27', to: '2026-11-23', weeks: 4, openCasesWithoutCmType: 1 });
    // Generalist: 3 open cases; 2 remote meetings and 2 in person in 4 weeks: 2 ÷ 3 ÷ 4 = 1/6 a case a week each.
    // Intensive: 1 case, 4 calls: one a week.
    expect(body.byCmType).toEqual([
      {
        cmType: 'generalist',
        openCases: 3,
        formats: [
          { format: 'in_person', meetings: 2, meetingsPerCasePerWeek: 2 / 3 / 4, hoursPerMeeting: 2 },
          { format: 'phone', meetings: 1, meetingsPerCasePerWeek: 1 / 3 / 4, hoursPerMeeting: 0.5 },
          { format: 'online', meetings: 1, meetingsPerCasePerWeek: 1 / 3 / 4, hoursPerMeeting: 0.5 },
        ],
      },
      {
        cmType: 'intensive',
        openCases: 1,
        formats: [{ format: 'phone', meetings: 4, meetingsPerCasePerWeek: 1, hoursPerMeeting: 3 }],
      },
    ]);
    // Generalist hours a case a week: 2/12 × 2 + 1/12 × 0.5 + 1/12 × 0.5 = 5/12; intensive 1 × 3 = 3.
    expect(body.rows).toHaveLength(2);
    expect(body.rows[0]).toMatchObject({ cmType: 'generalist', task: 'actual_meetings', cases: 3 });
    expect(body.rows[0].hours).toBeCloseTo(5 / 12, 10);
    expect(body.rows[1]).toEqual({ cmType: 'intensive', task: 'actual_meetings', hours: 3, cases: 1 });
    // 3 × 5/12 + 3 = 4.25 h for 4 cases; in 30 h: 4 × 30 ÷ 4.25 = 28.2 → 1:28.
    expect(body.plan).toEqual({ totalHours: 4.25, totalCases: 4, ratio: '1:28', caseworkersNeeded: 1 });
    // Two caseworkers carry two typed cases each; the supervisor named on one is not among them.
    expect(body.caseworkers).toBe(2);
    expect(body.caseloads).toEqual([2, 2]);
    expect(body.comparison).toEqual({
      planned: '1:28',
      actual: '1:2',
      plannedCases: 28,
      actualCases: 2,
      difference: -26,
      caseworkersAbovePlan: 0,
    });
    // Counts only: no id, name or reference of anyone.
    expect(res.body).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(res.body).not.toContain('Moussa');
    const { items } = await listAudit(t.db, { action: 'planning.actuals', limit: 1, offset: 0 });
    expect(items[0]).toMatchObject({ actorId: supervisorId, outcome: 'success' });
  });

  it('compares the caseloads with the ratio planned at the hours given', async () => {
    // In 2 h a week: 4 × 2 ÷ 4.25 = 1.9 → 1:1, and ⌈4.25 ÷ 2⌉ = 3 caseworkers; both carry more than 1.
    const body = (await supervisor.get('/api/v1/planning/actuals?availableHoursPerWeek=2')).json();
    expect(body.plan).toEqual({ totalHours: 4.25, totalCases: 4, ratio: '1:1', caseworkersNeeded: 3 });
    expect(body.comparison).toMatchObject({
      planned: '1:1',
      actual: '1:2',
      difference: 1,
      caseworkersAbovePlan: 2,
    });
    const bad = await supervisor.get('/api/v1/planning/actuals?availableHoursPerWeek=0');
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).fields?.[0]?.field).toBe('querystring.availableHoursPerWeek');
  });

  it('never shows an office-scoped supervisor another office’s cases', async () => {
    const body = (await supervisor.get(`/api/v1/planning/actuals?officeId=${t.org.agadez.id}`)).json();
    expect(body.byCmType.map((b: { openCases: number }) => b.openCases)).toEqual([0, 0]);
    expect(body).toMatchObject({ rows: [], caseworkers: 0, caseloads: [], plan: null, comparison: null });
    expect(body.openCasesWithoutCmType).toBe(0);
    // Nor in the whole mission: only Niamey's four typed cases.
    const mission = (await supervisor.get(`/api/v1/planning/actuals?missionId=${t.org.host.id}`)).json();
    expect(mission.plan.totalCases).toBe(4);
  });

  it('gives a mission-scoped manager both offices, and narrows to one when asked', async () => {
    const body = (await manager.get('/api/v1/planning/actuals')).json();
    // Agadez adds a generalist case with one call and an intensive one without meetings.
    expect(body.byCmType.map((b: { openCases: number }) => b.openCases)).toEqual([4, 2]);
    expect(body.caseloads).toEqual([2, 2, 2]);
    const agadez = (await manager.get(`/api/v1/planning/actuals?officeId=${t.org.agadez.id}`)).json();
    expect(agadez.rows).toEqual([
      { cmType: 'generalist', task: 'actual_meetings', hours: 0.5 / 4, cases: 1 },
      { cmType: 'intensive', task: 'actual_meetings', hours: 0, cases: 1 },
    ]);
    expect(agadez.caseloads).toEqual([2]);
    const otherMission = (await manager.get(`/api/v1/planning/actuals?missionId=${t.org.origin.id}`)).json();
    expect(otherMission.rows).toEqual([]);
  });
});
