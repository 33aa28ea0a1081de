// The dashboard's figures on a small hand-made organisation: each expected
// value below is worked out from the cases, sessions and rounds recorded here.
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, finishedJob, refreshFigures, startTestApp, type TestApp } from './support/app.ts';
import { bestAnswers, worstAnswers } from './support/rss.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let conakryWorker: Session;
let conakrySupervisor: Session;
let niameyWorker: Session;
let hostManager: Session;
const today = '2026-11-23';
const period = 'from=2026-01-01&to=2026-11-30';
const caseIds: Record<string, string> = {};

const screening = {
  programme: 'Reintegration',
  eligible: true,
  reasons: 'Returned',
  needsMediumToLongTermServices: true,
  atMediumToHighRisk: false,
};

async function openCase(
  session: Session,
  person: { sex: 'female' | 'male'; dateOfBirth: string },
  changes: { caseManagementType?: 'generalist' | 'intensive'; vulnerabilities?: string[] } = {},
) {
  const res = await session.post('/api/v1/cases', {
    phase: 'post_return',
    person: { ...person, names: [{ givenNames: 'Aminata', familyName: 'Bah' }] },
    screening,
    consent: { purpose: 'registration', method: 'written', givenBy: 'Aminata' },
  });
  expect(res.statusCode, res.body).toBe(201);
  const id = res.json().summary.id as string;
  if (Object.keys(changes).length) {
    const changed = await session.patch(`/api/v1/cases/${id}`, {
      version: res.json().summary.version,
      ...changes,
    });
    expect(changed.statusCode, changed.body).toBe(200);
  }
  return id;
}

async function session(
  s: Session,
  caseId: string,
  setting: string,
  attendees: { name: string; role: string }[],
) {
  const res = await s.post(`/api/v1/cases/${caseId}/counselling-sessions`, {
    heldOn: today,
    type: 'follow_up',
    meetingType: 'follow_up',
    reasons: [],
    setting,
    attendees,
    topics: [],
    firstLineSupportGiven: false,
    referralNeeded: false,
    agreedNextSteps: 'Meet again next month',
  });
  expect(res.statusCode, res.body).toBe(201);
}

/** A survey round taken, answered and completed on the day. */
async function round(
  s: Session,
  caseId: string,
  kind: 'baseline' | 'interim',
  answers: Record<string, unknown>,
) {
  const started = await s.post(`/api/v1/cases/${caseId}/rss-rounds`, {
    kind,
    location: 'office',
    consent: { given: true, method: 'written' },
  });
  expect(started.statusCode, started.body).toBe(201);
  const id = started.json().started as string;
  await s.put(`/api/v1/cases/${caseId}/rss-rounds/${id}/answers`, { version: 1, answers });
  const done = await s.post(`/api/v1/cases/${caseId}/rss-rounds/${id}/complete`, { version: 2 });
  expect(done.statusCode, done.body).toBe(200);
}

beforeAll(async () => {
  // One returnee is enough to show a figure here: the small organisation would otherwise show nothing.
  t = await startTestApp({ minCellCount: 1 });
  const conakry = { officeId: t.org.conakry.id, scope: 'office' as const };
  conakryWorker = await t.signIn((await t.addUser('caseworker', conakry)).username);
  conakrySupervisor = await t.signIn((await t.addUser('supervisor', conakry)).username);
  niameyWorker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })).username,
  );
  hostManager = await t.signIn(
    (await t.addUser('programme_manager', { missionId: t.org.host.id, scope: 'mission' })).username,
  );
  // Conakry: three returnees, one of each case-management type (none yet for the third).
  caseIds.a = await openCase(
    conakryWorker,
    { sex: 'female', dateOfBirth: '1996-03-01' },
    {
      caseManagementType: 'intensive',
      vulnerabilities: ['trafficking'],
    },
  );
  caseIds.b = await openCase(
    conakryWorker,
    { sex: 'male', dateOfBirth: '1980-07-15' },
    {
      caseManagementType: 'generalist',
    },
  );
  caseIds.c = await openCase(conakryWorker, { sex: 'female', dateOfBirth: '2001-01-20' });
  // Three meetings in Conakry: two in person (one of them at home, with the mother), one by phone.
  const returnee = { name: 'Aminata', role: 'returnee' };
  await session(conakryWorker, caseIds.a, 'office', [returnee]);
  await session(conakryWorker, caseIds.a, 'home_visit', [
    returnee,
    { name: 'Her mother', role: 'family_member' },
  ]);
  await session(conakryWorker, caseIds.b, 'phone', [returnee]);
  // Surveys: both start at the bottom (composite 0); at the interim a has reached the top (1), b has not moved.
  await round(conakryWorker, caseIds.a, 'baseline', worstAnswers);
  await round(conakryWorker, caseIds.a, 'interim', bestAnswers);
  await round(conakryWorker, caseIds.b, 'baseline', worstAnswers);
  await round(conakryWorker, caseIds.b, 'interim', worstAnswers);
  // One referral from Conakry, sent with consent to a training centre; the partner accepts it.
  const provider = await conakrySupervisor.post('/api/v1/service-providers', {
    name: 'Centre de Kindia',
    contact: {},
  });
  const service = await conakrySupervisor.post(`/api/v1/service-providers/${provider.json().id}/services`, {
    name: 'Tailoring course',
    type: 'tvet',
  });
  await conakryWorker.post(`/api/v1/cases/${caseIds.a}/consents`, {
    purpose: 'referral',
    method: 'written',
    givenBy: 'Aminata',
  });
  const drafted = await conakryWorker.post(`/api/v1/cases/${caseIds.a}/referrals`, {
    serviceId: service.json().id,
    reason: 'Wants a trade',
    urgency: 'routine',
    fields: ['name', 'phone'],
    returneeInformed: true,
  });
  expect(drafted.statusCode, drafted.body).toBe(201);
  const sent = await conakryWorker.post(`/api/v1/cases/${caseIds.a}/referrals/${drafted.json().id}/send`, {
    version: 1,
  });
  expect(sent.statusCode, sent.body).toBe(200);
  // Niamey: two returnees of another mission.
  caseIds.d = await openCase(niameyWorker, { sex: 'male', dateOfBirth: '1990-01-01' });
  caseIds.e = await openCase(niameyWorker, { sex: 'male', dateOfBirth: '1992-01-01' });
  expect(await refreshFigures(conakrySupervisor)).toMatchObject({ status: 'done', done: 4, total: 4 });
});
afterAll(() => t.close());

const dashboardOf = async (s: Session, filters = '') =>
  (await s.get(`/api/v1/indicators/dashboard?${period}${filters}`)).json();

describe('the dashboard', () => {
  it('counts the office’s caseload by type, its meetings by format and per caseworker', async () => {
    const d = await dashboardOf(conakrySupervisor);
    expect(d.refreshedAt).toBe('2026-11-23T09:00:00.000Z');
    // Open at the period's end: a (intensive), b (generalist), c (no type yet).
    expect(d.caseload.byType).toEqual([
      { type: 'generalist', count: 1 },
      { type: 'intensive', count: 1 },
      { type: 'unset', count: 1 },
    ]);
    expect(d.caseload.openAtEnd).toBe(3);
    expect(d.caseload.opened.value).toBe(3);
    // Nothing closed: a count of 0 is under the minimum of 1, withheld like any small count.
    expect(d.caseload.closed.withheld).toBe(true);
    // One caseworker holds the three cases: 1:3.
    expect(d.caseload.ratio).toBe('1:3');
    // Three meetings over three open cases: 1 each; 2 in person, 1 by phone; 1 with the family.
    expect(d.meetings.perCase).toMatchObject({ value: 1, numerator: 3, denominator: 3 });
    const byFormat = Object.fromEntries(
      d.meetings.byFormat.map((f: { format: string; perCase: { numerator: number | null } }) => [
        f.format,
        f.perCase.numerator,
      ]),
    );
    expect(byFormat).toEqual({ in_person: 2, phone: 1, online: null });
    expect(d.meetings.withFamilyPerCase).toMatchObject({ numerator: 1, denominator: 3 });
    // One referral sent to the centre, not completed: none of one completed is withheld (under 1), as is the
    // share completed of one, which would tell that one referral's fate.
    expect(d.referrals).toEqual([
      expect.objectContaining({ partner: 'Centre de Kindia', sent: expect.objectContaining({ value: 1 }) }),
    ]);
    expect(d.referrals[0].completed.withheld).toBe(true);
    // One home visit by the one caseworker.
    expect(d.meetings.homeVisitsPerCaseworker).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
  });

  it('shows the scores’ distribution and trend, and who reaches 0.5, withholding what would single someone out', async () => {
    const d = await dashboardOf(conakrySupervisor);
    // Four rounds: three at 0 (tenth 0), one at 1 (tenth 9). The other tenths are empty (under the
    // minimum of 1) and withheld; the lone round at the top goes with them, so that the withheld
    // cells together are not empty and cannot be worked out from the total.
    expect(d.scores.byTenth).toEqual([3, null, null, null, null, null, null, null, null, null]);
    // November: one round of four at 0.5 or more.
    expect(d.scores.trend).toEqual([
      { month: '2026-11-01', share: { value: 0.25, numerator: 1, denominator: 4, withheld: false } },
    ]);
    // Latest follow-up rounds: a reaches 0.5, b does not: one of two.
    const bySex = d.scores.reaching.bySex;
    expect(bySex.overall).toMatchObject({ value: 0.5, numerator: 1, denominator: 2 });
    // Each sex holds one returnee: a share would tell that person's score, so both are withheld.
    expect(bySex.groups.map((g: { figure: { withheld: boolean } }) => g.figure.withheld)).toEqual([
      true,
      true,
    ]);
    const behind = (await conakrySupervisor.get(`/api/v1/indicators/cases?cohort=reaching&${period}`)).json();
    expect(behind.items.map((c: { id: string }) => c.id)).toEqual([caseIds.a]);
  });

  it('narrows by group: women only, the vulnerable only', async () => {
    const women = await dashboardOf(conakrySupervisor, '&sex=female');
    expect(women.caseload.openAtEnd).toBe(2);
    // Only Aminata a is flagged: her two meetings over her one case.
    const vulnerable = await dashboardOf(conakrySupervisor, '&vulnerable=true');
    expect(vulnerable.caseload.openAtEnd).toBe(1);
    expect(vulnerable.meetings.perCase).toMatchObject({ numerator: 2, denominator: 1 });
  });

  it('never gives an office’s figures or cases to a manager of another office or mission', async () => {
    const host = await dashboardOf(hostManager);
    // The host mission holds d and e only.
    expect(host.caseload.openAtEnd).toBe(2);
    expect(host.meetings.perCase.withheld).toBe(true);
    // Asking for the other office narrows to nothing: it never widens the scope.
    const elsewhere = await dashboardOf(conakrySupervisor, `&officeId=${t.org.niamey.id}`);
    expect(elsewhere.caseload.openAtEnd).toBeNull();
    expect(elsewhere.caseload.opened.withheld).toBe(true);
    const behind = await conakrySupervisor.get(
      `/api/v1/indicators/cases?cohort=open_at_end&${period}&officeId=${t.org.niamey.id}`,
    );
    expect(behind.json()).toEqual({ items: [], total: 0 });
    const ours = (
      await conakrySupervisor.get(`/api/v1/indicators/cases?cohort=open_at_end&${period}`)
    ).json();
    expect(ours.items.map((c: { id: string }) => c.id).sort()).toEqual(
      [caseIds.a, caseIds.b, caseIds.c].sort(),
    );
    // The cases behind one figure: the intensive one.
    const intensive = (
      await conakrySupervisor.get(`/api/v1/indicators/cases?cohort=open_at_end&cmType=intensive&${period}`)
    ).json();
    expect(intensive.items.map((c: { id: string }) => c.id)).toEqual([caseIds.a]);
  });

  it('exports the cases behind a figure as XLSX, only those the reader may open', async () => {
    const started = await conakrySupervisor.post('/api/v1/exports', {
      list: 'indicator_cases',
      format: 'xlsx',
      hxl: true,
      filters: { cohort: 'open_at_end', from: '2026-01-01', to: '2026-11-30' },
    });
    expect(started.statusCode, started.body).toBe(202);
    expect(started.json().rows).toBe(3);
    const job = await finishedJob(conakrySupervisor, started.json().jobId);
    expect(job.status, JSON.stringify(job.report)).toBe('done');
    const file = await conakrySupervisor.get(job.report.download);
    const [sheet] = await readXlsxFile(file.rawPayload);
    // A header, the HXL row, and Conakry's three cases; none of Niamey's.
    expect(sheet?.data[0]?.[0]).toBe('case_reference');
    expect(sheet?.data[1]?.[0]).toBe('#affected+code');
    const references = (await conakrySupervisor.get(`/api/v1/indicators/cases?cohort=open_at_end&${period}`))
      .json()
      .items.map((c: { reference: string }) => c.reference);
    expect(sheet?.data.slice(2).map((r) => r[0])).toEqual(references);
    expect(references).toHaveLength(3);
  });

  it('exports the dashboard’s figures as CSV, withheld as the page shows them', async () => {
    const started = await conakrySupervisor.post('/api/v1/exports', {
      list: 'dashboard',
      format: 'csv',
      filters: { from: '2026-01-01', to: '2026-11-30' },
    });
    expect(started.statusCode, started.body).toBe(202);
    const job = await finishedJob(conakrySupervisor, started.json().jobId);
    expect(job.status, JSON.stringify(job.report)).toBe('done');
    const lines = (await conakrySupervisor.get(job.report.download)).body.trim().split(/\r?\n/);
    expect(lines[0]).toBe('section,figure,group,value,numerator,denominator,withheld');
    // The same figures as the dashboard: one intensive case open, 3 meetings over 3 cases, nothing closed.
    expect(lines).toContain('caseload,open_at_end,intensive,1,,,false');
    expect(lines).toContain('meetings,per_case,all,1,3,3,false');
    expect(lines).toContain('caseload,closed,all,,,,true');
  });

  it('is closed to a caseworker, and refuses a period that ends before it starts, naming the field', async () => {
    expect((await conakryWorker.get(`/api/v1/indicators/dashboard?${period}`)).statusCode).toBe(403);
    expect((await conakryWorker.post('/api/v1/indicators/refresh')).statusCode).toBe(403);
    const backwards = await conakrySupervisor.get(
      '/api/v1/indicators/dashboard?from=2026-06-01&to=2026-01-01',
    );
    expect(errorOf(backwards).fields?.[0]?.field).toBe('querystring.to');
  });
});
