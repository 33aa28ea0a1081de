// B3's meetings by the case-management type of their day, by type of meeting
// and by reason (seed-000 L917), with B5 and B6 beside them, on a hand-made
// month: every expected value below is worked out from the cases, type
// changes and sessions recorded here.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishedJob, refreshFigures, startTestApp, type TestApp } from './support/app.ts';
import { openedCase } from './support/cases.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
const users: Record<'conakryWorker' | 'conakrySupervisor' | 'niameyWorker' | 'hostManager', string> = {
  conakryWorker: '',
  conakrySupervisor: '',
  niameyWorker: '',
  hostManager: '',
};
const december = 'from=2026-12-01&to=2026-12-31';

/** Sets the case's type of case management today (the clock's day), as a caseworker editing the case does. */
async function setType(s: Session, caseId: string, caseManagementType: 'generalist' | 'intensive') {
  const { version } = (await s.get(`/api/v1/cases/${caseId}`)).json().summary;
  const res = await s.patch(`/api/v1/cases/${caseId}`, { version, caseManagementType });
  expect(res.statusCode, res.body).toBe(200);
}

async function meet(
  s: Session,
  caseId: string,
  heldOn: string,
  setting: 'office' | 'home_visit' | 'phone' | 'online',
  meetingType: string,
  reasons: string[],
  family = false,
) {
  const res = await s.post(`/api/v1/cases/${caseId}/counselling-sessions`, {
    heldOn,
    type: 'follow_up',
    meetingType,
    reasons,
    setting,
    attendees: [
      { name: 'Mariama', role: 'returnee' },
      ...(family ? [{ name: 'Her father', role: 'family_member' }] : []),
    ],
    topics: [],
    firstLineSupportGiven: false,
    referralNeeded: false,
    agreedNextSteps: 'Meet again',
  });
  expect(res.statusCode, res.body).toBe(201);
}

/** Moves the test clock to 09:00 UTC of a later day; sessions signed in before have gone idle by then. */
function moveTo(day: string) {
  const minutes = (Date.parse(`${day}T09:00:00Z`) - t.clock.now().getTime()) / 60_000;
  t.clock.advanceMinutes(minutes);
}

const signIn = (who: keyof typeof users) => t.signIn(users[who]);

beforeAll(async () => {
  // One returnee is enough to show a figure here: the small organisation would otherwise show nothing.
  t = await startTestApp({ minCellCount: 1 });
  const conakry = { officeId: t.org.conakry.id, scope: 'office' as const };
  users.conakryWorker = (await t.addUser('caseworker', conakry)).username;
  users.conakrySupervisor = (await t.addUser('supervisor', conakry)).username;
  users.niameyWorker = (
    await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })
  ).username;
  users.hostManager = (
    await t.addUser('programme_manager', { missionId: t.org.host.id, scope: 'mission' })
  ).username;

  // 23 November: Conakry opens a, b and c; a is generalist, b intensive, c has no type yet.
  let worker = await signIn('conakryWorker');
  const a = await openedCase(worker, { sex: 'female' });
  const b = await openedCase(worker, { sex: 'male' });
  const c = await openedCase(worker, { sex: 'female' });
  await setType(worker, a, 'generalist');
  await setType(worker, b, 'intensive');
  // Niamey, another mission: n generalist; m intensive from before the type's changes were kept as
  // case events (as the benchmark's cases are), so with no change recorded.
  const niamey = await signIn('niameyWorker');
  const n = await openedCase(niamey, { sex: 'male' });
  await setType(niamey, n, 'generalist');
  const m = await openedCase(niamey, { sex: 'female' });
  await t.db.execute(sql`update cases set case_management_type = 'intensive' where id = ${m}`);

  // 10 December: a's needs call for intensive case management.
  moveTo('2026-12-10');
  worker = await signIn('conakryWorker');
  await setType(worker, a, 'intensive');
  // 20 December: c is given a type at last, generalist.
  moveTo('2026-12-20');
  worker = await signIn('conakryWorker');
  await setType(worker, c, 'generalist');

  // December's meetings, recorded on the 20th with the days they were held.
  await meet(worker, a, '2026-12-03', 'office', 'intake', ['economic', 'social']);
  await meet(worker, a, '2026-12-08', 'phone', 'follow_up', ['economic']);
  // The day a became intensive: the day's latest change is the type of the whole day.
  await meet(worker, a, '2026-12-10', 'home_visit', 'family_mediation', ['social', 'psychosocial'], true);
  await meet(worker, a, '2026-12-15', 'online', 'monitoring', ['psychosocial']);
  await meet(worker, b, '2026-12-05', 'office', 'follow_up', []);
  await meet(worker, b, '2026-12-12', 'phone', 'beneficiary_request', ['economic']);
  // Mediation with the family by phone, the family not on the call: B5 counts it by its type.
  await meet(worker, c, '2026-12-06', 'phone', 'family_mediation', ['social']);
  const niameyAgain = await signIn('niameyWorker');
  await meet(niameyAgain, n, '2026-12-04', 'office', 'follow_up', ['economic']);
  await meet(niameyAgain, m, '2026-12-09', 'phone', 'follow_up', []);

  expect(await refreshFigures(await signIn('conakrySupervisor'))).toMatchObject({ status: 'done' });
});
afterAll(() => t.close());

const dashboardOf = async (s: Session, filters = '') => {
  const res = await s.get(`/api/v1/indicators/dashboard?${december}${filters}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
type Figure = {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  withheld: boolean;
};
const numerators = (rows: { perCase: Figure }[], key: string) =>
  Object.fromEntries(rows.map((r) => [(r as unknown as Record<string, string>)[key], r.perCase.numerator]));

describe('meetings by the type of case management of their day, by type of meeting and by reason', () => {
  it('counts each meeting under the type the case had that day, over the cases that had the type in the month', async () => {
    const d = await dashboardOf(await signIn('conakrySupervisor'));
    // Seven meetings in Conakry over its three cases open in December (none of Niamey's).
    expect(d.meetings.perCase).toMatchObject({ numerator: 7, denominator: 3 });
    // Types on the day: a was generalist from 23 November and intensive from 10 December, so its
    // meetings of the 3rd and 8th are generalist, those of the 10th and 15th intensive; b's two are
    // intensive; c had no type until the 20th (the first change's "from"), so its meeting of the 6th
    // is untyped, although c is generalist now. The type now would have put a's four under intensive
    // and c's under generalist.
    // Cases that had each type on some day of December: generalist a (1st-9th) and c (20th-31st), 2;
    // intensive a (10th-31st) and b, 2; none c (1st-19th), 1. a and c count under two types each.
    const byType = Object.fromEntries(
      d.meetings.byCmType.map((r: { cmType: string; perCase: Figure }) => [r.cmType, r.perCase]),
    );
    expect(byType.generalist).toMatchObject({ value: 1, numerator: 2, denominator: 2 });
    expect(byType.intensive).toMatchObject({ value: 2, numerator: 4, denominator: 2 });
    expect(byType.unset).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
    // By format within type, meetings: generalist in person 1 (a, 3rd), phone 1 (a, 8th), online 0;
    // intensive in person 2 (a's home visit, b at the office), phone 1 (b), online 1 (a); untyped:
    // phone 1 (c). With a minimum of 1 the three empty cells are withheld, then others until every
    // row and column with a shown total has two withheld cells or more adding up to 1 or more, so that
    // none comes back by subtraction (values.ts suppressTable): generalist in person (its row),
    // untyped phone (its row), generalist phone (the phone column), intensive online (the online
    // column), and then intensive phone (its row). Only intensive in person is left, 2 over 2 cases.
    const cells = Object.fromEntries(
      d.meetings.byCmType.map((r: { cmType: string; byFormat: { perCase: Figure }[] }) => [
        r.cmType,
        numerators(r.byFormat, 'format'),
      ]),
    );
    expect(cells).toEqual({
      generalist: { in_person: null, phone: null, online: null },
      intensive: { in_person: 2, phone: null, online: null },
      unset: { in_person: null, phone: null, online: null },
    });
    expect(d.meetings.byCmType[1].byFormat[0].perCase).toMatchObject({ value: 1, denominator: 2 });
    // Across types, by format over the 3 open cases: in person 3, phone 3, online 1.
    expect(numerators(d.meetings.byFormat, 'format')).toEqual({ in_person: 3, phone: 3, online: 1 });
  });

  it('splits them by type of meeting and by reason, and counts family mediation with the family', async () => {
    const d = await dashboardOf(await signIn('conakrySupervisor'));
    // Types of meeting: intake 1, follow-up 2, request 1, monitoring 1, family mediation 2, closure 0.
    // The empty closure is withheld, and the smallest other with it (intake, 1) so that the 7 meetings
    // less the shown types leave at least one meeting spread over two types.
    expect(numerators(d.meetings.byMeetingType, 'meetingType')).toEqual({
      intake: null,
      follow_up: 2,
      beneficiary_request: 1,
      monitoring: 1,
      family_mediation: 2,
      closure: null,
    });
    expect(d.meetings.byMeetingType[1].perCase).toMatchObject({ denominator: 3 });
    // Reasons, each meeting once per reason it had: economic a 3rd, a 8th, b 12th = 3; social a 3rd,
    // a 10th, c 6th = 3; psychosocial a 10th, a 15th = 2. b's meeting of the 5th had none. They add
    // up to 8, not 7: they overlap, and nothing is withheld for subtraction.
    expect(d.meetings.byReason).toEqual([
      { reason: 'economic', perCase: { value: 1, numerator: 3, denominator: 3, withheld: false } },
      { reason: 'social', perCase: { value: 1, numerator: 3, denominator: 3, withheld: false } },
      { reason: 'psychosocial', perCase: { value: 2 / 3, numerator: 2, denominator: 3, withheld: false } },
    ]);
    // B5: a's home visit with her father, and c's mediation with no family there: 2 over 3 cases.
    expect(d.meetings.withFamilyPerCase).toMatchObject({ numerator: 2, denominator: 3 });
    // B6: one home visit by the one caseworker holding the cases.
    expect(d.meetings.homeVisitsPerCaseworker).toMatchObject({ value: 1, numerator: 1, denominator: 1 });
  });

  it('counts within the reader’s scope only: another mission’s manager sees its own meeting, not Conakry’s', async () => {
    const host = await dashboardOf(await signIn('hostManager'));
    // Niamey's two cases and their two meetings: n's at the office, economic; m's by phone.
    expect(host.meetings.perCase).toMatchObject({ numerator: 2, denominator: 2 });
    expect(host.meetings.byReason[0].perCase).toMatchObject({ numerator: 1, denominator: 2 });
    // By type: n's meeting generalist; m, with no change recorded, has had its type now all along,
    // intensive. Rows: generalist [1, 0, 0], intensive [0, 1, 0], untyped empty. Every cell is
    // withheld (each lone meeting goes with the empty cells of its row); of the rows' totals, the
    // empty untyped one is withheld and the first of the two others (1 each) with it, generalist's, so that the two add
    // up to a meeting. Intensive is shown: 1 meeting over its 1 case.
    expect(host.meetings.byCmType.map((r: { perCase: Figure }) => r.perCase)).toEqual([
      { value: null, numerator: null, denominator: null, withheld: true },
      { value: 1, numerator: 1, denominator: 1, withheld: false },
      { value: null, numerator: null, denominator: null, withheld: true },
    ]);
    // Conakry's supervisor asking for Niamey gets nothing: a filter never widens the scope.
    const elsewhere = await dashboardOf(await signIn('conakrySupervisor'), `&officeId=${t.org.niamey.id}`);
    expect(elsewhere.meetings.perCase.withheld).toBe(true);
    expect(elsewhere.meetings.byCmType.every((r: { perCase: Figure }) => r.perCase.withheld)).toBe(true);
    expect(elsewhere.meetings.byReason.every((r: { perCase: Figure }) => r.perCase.withheld)).toBe(true);
  });

  it('exports the new splits with the other figures, withheld as the page shows them', async () => {
    const supervisor = await signIn('conakrySupervisor');
    const started = await supervisor.post('/api/v1/exports', {
      list: 'dashboard',
      format: 'csv',
      filters: { from: '2026-12-01', to: '2026-12-31' },
    });
    expect(started.statusCode, started.body).toBe(202);
    const job = await finishedJob(supervisor, started.json().jobId);
    expect(job.status, JSON.stringify(job.report)).toBe('done');
    const lines = (await supervisor.get(job.report.download)).body.trim().split(/\r?\n/);
    // The same figures as above: intensive 4 meetings over 2 cases, of them in person 2; its phone withheld.
    expect(lines).toContain('meetings,per_case_intensive,all,2,4,2,false');
    expect(lines).toContain('meetings,per_case_intensive,in_person,1,2,2,false');
    expect(lines).toContain('meetings,per_case_intensive,phone,,,,true');
    expect(lines).toContain('meetings,per_case_by_meeting_type,closure,,,,true');
    expect(lines).toContain('meetings,per_case_by_reason,economic,1,3,3,false');
  });
});
