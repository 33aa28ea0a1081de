// The dashboard's accountability figures (A2, C2, C4) on a small hand-made
// organisation: each expected value below is worked out from the complaints,
// feedback and survey answers recorded here.
import type { WellbeingAnswers } from '@reintegra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorFromUser } from '../src/auth/sessions.ts';
import { wellbeingResponses } from '../src/complaints/tables.ts';
import { dashboard } from '../src/indicators/dashboard.ts';
import { withPeriod } from '../src/indicators/schemas.ts';
import type { Actor } from '../src/platform/actor.ts';
import { finishedJob, refreshFigures, startTestApp, type TestApp } from './support/app.ts';
import { openedCase } from './support/cases.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
type User = Awaited<ReturnType<TestApp['addUser']>>;
const november = { from: '2026-11-01', to: '2026-11-30' };
const period = 'from=2026-11-01&to=2026-11-30';

let originManager: { user: User; session: Session };
let hostManager: { user: User; session: Session };
let niameySupervisor: { user: User; session: Session };
const caseworkers: User[] = [];
let agadezComplaintId: string;

async function signedIn(role: Parameters<TestApp['addUser']>[0], where: Parameters<TestApp['addUser']>[1]) {
  const user = await t.addUser(role, where);
  return { user, session: await t.signIn(user.username) };
}

/** Records a complaint or feedback as `by`, and moves its handling along `moves`. */
async function record(by: Session, body: object, moves: object[] = []) {
  const res = await by.post('/api/v1/complaints', {
    kind: 'complaint',
    channel: 'hotline',
    subject: 'What the returnee said',
    anonymous: true,
    ...body,
  });
  expect(res.statusCode, res.body).toBe(201);
  let version = res.json().version as number;
  for (const move of moves) {
    const moved = await by.post(`/api/v1/complaints/${res.json().id}/status`, { version, ...move });
    expect(moved.statusCode, moved.body).toBe(200);
    version = moved.json().version;
  }
  return res.json().id as string;
}

const feedback = (caseId: string, satisfaction: string, receivedOn: string) => ({
  kind: 'feedback',
  channel: 'in_person',
  about: 'caseworker',
  caseId,
  satisfaction,
  receivedOn,
});

const answers = (manage_stress: WellbeingAnswers['manage_stress']): WellbeingAnswers => ({
  manage_stress,
  workload: 'high',
  hard_to_sleep: 'partly',
  supervisor_support: 'yes',
  felt_unsafe: 'no',
});

const actorOf = (user: User): Actor => actorFromUser(user, { kind: 'token', tokenId: 'test' });
/** The figures as the dashboard works them out, at a minimum count the test chooses. */
const figuresFor = async (user: User, filters: object, min: number) =>
  (await dashboard(t.db, actorOf(user), withPeriod({ ...november, ...filters }, '2026-11-23'), min))
    .accountability;

beforeAll(async () => {
  // The minimum count of 5 by default: the dashboard's own figures are read at it.
  t = await startTestApp();
  const conakry = { officeId: t.org.conakry.id };
  originManager = await signedIn('programme_manager', { missionId: t.org.origin.id });
  hostManager = await signedIn('programme_manager', { missionId: t.org.host.id });
  niameySupervisor = await signedIn('supervisor', { officeId: t.org.niamey.id });
  const { session: handler } = await signedIn('supervisor', conakry);

  // Conakry: five caseworkers, seven returnees. cw0 holds a1 and a2, cw1 b1 and b2, cw2 c1, cw3 d1, cw4 e1.
  const sessions: Session[] = [];
  for (let i = 0; i < 5; i++) {
    const { user, session } = await signedIn('caseworker', conakry);
    caseworkers.push(user);
    sessions.push(session);
  }
  const [s0, s1, s2, s3, s4] = sessions as [Session, Session, Session, Session, Session];
  const a1 = await openedCase(s0, { sex: 'female' });
  const a2 = await openedCase(s0, { sex: 'female' });
  const b1 = await openedCase(s1, { sex: 'female' });
  const b2 = await openedCase(s1, { sex: 'male' });
  const c1 = await openedCase(s2, { sex: 'male' });
  const d1 = await openedCase(s3, { sex: 'male' });
  const e1 = await openedCase(s4, { sex: 'female' });

  // A2's answers, each about the case's caseworker.
  await record(handler, feedback(a1, 'dissatisfied', '2026-11-02'));
  await record(handler, feedback(a1, 'very_satisfied', '2026-11-12'));
  await record(handler, feedback(a2, 'satisfied', '2026-11-06'));
  await record(handler, feedback(b1, 'neutral', '2026-11-07'));
  await record(handler, feedback(b2, 'satisfied', '2026-11-08'));
  await record(handler, { ...feedback(b2, 'very_dissatisfied', '2026-11-08'), about: 'assistance' });
  await record(handler, feedback(c1, 'dont_know', '2026-11-09'));
  await record(handler, feedback(d1, 'very_dissatisfied', '2026-11-10'));
  await record(handler, feedback(e1, 'satisfied', '2026-10-28'));

  // C2's complaints.
  const acknowledge = { to: 'acknowledged' };
  await record(handler, { about: 'caseworker', caseId: a1, receivedOn: '2026-11-03' });
  await record(handler, { about: 'caseworker', caseId: a2, receivedOn: '2026-11-04' });
  await record(handler, { about: 'caseworker', caseId: b1, channel: 'partner', receivedOn: '2026-11-05' }, [
    acknowledge,
    { to: 'resolved', resolution: 'Met with the returnee and the caseworker' },
  ]);
  await record(handler, { about: 'caseworker', receivedOn: '2026-11-06' }, [
    { to: 'dismissed', reason: 'Nothing to act on' },
  ]);
  await record(handler, { about: 'caseworker', caseId: c1, receivedOn: '2026-10-30' });
  await record(handler, { about: 'assistance', caseId: d1, receivedOn: '2026-11-07' });
  await record(handler, { about: 'other', receivedOn: '2026-11-08' });

  // The host mission: two Niamey returnees and one in Agadez, whose complaint the Niamey supervisor handles.
  const { session: niameyWorker } = await signedIn('caseworker', { officeId: t.org.niamey.id });
  const { session: agadezWorker } = await signedIn('caseworker', { officeId: t.org.agadez.id });
  const n1 = await openedCase(niameyWorker, { sex: 'female' });
  const n2 = await openedCase(niameyWorker, { sex: 'male' });
  const g1 = await openedCase(agadezWorker, { sex: 'female' });
  await record(niameySupervisor.session, {
    about: 'caseworker',
    caseId: n1,
    satisfaction: 'satisfied',
    receivedOn: '2026-11-10',
  });
  await record(niameySupervisor.session, feedback(n2, 'neutral', '2026-11-11'));
  agadezComplaintId = await record(hostManager.session, {
    about: 'caseworker',
    caseId: g1,
    satisfaction: 'dissatisfied',
    receivedOn: '2026-11-12',
    handlerId: niameySupervisor.user.id,
  });

  // The staff survey, as stored: anonymous answers with their year and place.
  const conakryAnswers = [
    ...Array(3).fill('strongly_agree'),
    ...Array(3).fill('agree'),
    ...Array(2).fill('neutral'),
    ...Array(2).fill('disagree'),
    'strongly_disagree',
    ...Array(2).fill('declined'),
  ] as WellbeingAnswers['manage_stress'][];
  await t.db.insert(wellbeingResponses).values([
    ...conakryAnswers.map((a) => ({
      surveyYear: 2026,
      missionId: t.org.origin.id,
      officeId: t.org.conakry.id,
      answers: answers(a),
    })),
    ...Array.from({ length: 4 }, () => ({
      surveyYear: 2025,
      missionId: t.org.origin.id,
      officeId: t.org.conakry.id,
      answers: answers('agree'),
    })),
    ...Array.from({ length: 3 }, () => ({
      surveyYear: 2026,
      missionId: t.org.host.id,
      officeId: t.org.niamey.id,
      answers: answers('agree'),
    })),
  ]);
  // C2's caseworkers come from the case facts.
  expect(await refreshFigures(originManager.session)).toMatchObject({ status: 'done' });
});
afterAll(() => t.close());

describe('accountability figures', () => {
  it('works out A2, C2 and C4 from the records in the reader’s mission', async () => {
    const d = await figuresFor(originManager.user, {}, 1);
    // A2: each returnee's latest answer in November. a1 said dissatisfied, then very satisfied: satisfied.
    // a2 and b2 satisfied; b1 neutral and d1 very dissatisfied count as not satisfied; c1's "don't know"
    // says nothing; e1 answered in October; b2's answer on the assistance is not about the caseworker.
    // 3 satisfied of 5.
    expect(d.satisfaction).toEqual({
      notSplitBy: [],
      figures: { satisfied: { value: 3 / 5, numerator: 3, denominator: 5, withheld: false } },
    });
    // C2: November's complaints about a caseworker: a1's and a2's (hotline), b1's (through a partner,
    // resolved) and an anonymous call naming no case (hotline, dismissed): 4. c1's came in October; the
    // feedback is not a complaint; d1's is about the assistance; the last about something else.
    // Five caseworkers hold open cases at the end of November: 4 / 5 = 0.8 per caseworker.
    const c = d.complaints.figures;
    expect(d.complaints.notSplitBy).toEqual([]);
    expect(c?.aboutCaseworkers).toMatchObject({ value: 4, withheld: false });
    expect(c?.perCaseworker).toEqual({ value: 0.8, numerator: 4, denominator: 5, withheld: false });
    expect(c?.aboutAssistance).toMatchObject({ value: 1, withheld: false });
    // By channel: hotline 3, partner 1, the four other channels none. The empty ones are withheld (zero is
    // below any minimum), and with them the smallest shown, the partner's 1, so that those withheld add
    // up to at least the minimum: only the hotline's 3 is shown.
    expect(c?.byChannel).toEqual([
      { channel: 'hotline', count: 3 },
      { channel: 'in_person', count: null },
      { channel: 'caseworker_phone', count: null },
      { channel: 'group_chat', count: null },
      { channel: 'written', count: null },
      { channel: 'partner', count: null },
    ]);
    // Received and acknowledged ones are open: a1's and a2's; b1's resolved; the anonymous one dismissed.
    expect(c?.byStatus).toEqual([
      { status: 'open', count: 2 },
      { status: 'resolved', count: 1 },
      { status: 'dismissed', count: 1 },
    ]);
    // C4: Conakry's 2026 answers (2025's are another survey year): 13 answered; 2 declined, so 11 count;
    // 3 strongly agree and 3 agree: 6 of 11.
    expect(d.wellbeing).toEqual({
      notSplitBy: [],
      figures: {
        respondents: { value: 13, numerator: 13, denominator: null, withheld: false },
        ableToManageStress: { value: 6 / 11, numerator: 6, denominator: 11, withheld: false },
      },
      surveyYears: { from: 2026, to: 2026 },
      minCount: 5,
    });
    // A period reaching into December 2025 takes both survey years: 13 + 4 answers, 6 + 4 agreeing of 15.
    const years = await figuresFor(originManager.user, { from: '2025-12-01' }, 1);
    expect(years.wellbeing.surveyYears).toEqual({ from: 2025, to: 2026 });
    expect(years.wellbeing.figures?.ableToManageStress).toMatchObject({ numerator: 10, denominator: 15 });
  });

  it('splits A2 by returnee and caseworker, and leaves out what the records do not carry', async () => {
    // Women: a1 (satisfied), a2 (satisfied), b1 (neutral); e1's answer is October's. 2 of 3.
    const women = await figuresFor(originManager.user, { sex: 'female' }, 1);
    expect(women.satisfaction.figures?.satisfied).toMatchObject({ numerator: 2, denominator: 3 });
    // Complaints can name no case and survey answers name nobody: given for everyone they would count
    // more than asked, so they are left out and the response says why.
    expect(women.complaints).toEqual({ notSplitBy: ['sex'], figures: null });
    expect(women.wellbeing).toMatchObject({ notSplitBy: ['sex'], figures: null });

    // cw1's returnees: b1 neutral, b2 satisfied (1 of 2); one complaint about cw1 (b1's), and cw1 alone
    // holds cases among those asked for: 1 per caseworker.
    const cw1 = caseworkers[1]?.id as string;
    const one = await figuresFor(originManager.user, { caseworkerId: cw1 }, 1);
    expect(one.satisfaction.figures?.satisfied).toMatchObject({ numerator: 1, denominator: 2 });
    expect(one.complaints.figures?.aboutCaseworkers).toMatchObject({ value: 1 });
    expect(one.complaints.figures?.perCaseworker).toMatchObject({ numerator: 1, denominator: 1 });
    expect(one.wellbeing).toMatchObject({ notSplitBy: ['caseworker'], figures: null });
  });

  it('never counts another office’s complaints for an office’s supervisor, even one they handle', async () => {
    // The Agadez complaint is the Niamey supervisor's to handle, so they read it …
    const list = (await niameySupervisor.session.get('/api/v1/complaints')).json();
    expect(list.items.map((c: { id: string }) => c.id)).toContain(agadezComplaintId);
    // … but their office's figures count Niamey's only: n1's complaint (satisfied) and n2's answer (neutral).
    const niamey = await figuresFor(niameySupervisor.user, {}, 1);
    expect(niamey.complaints.figures?.aboutCaseworkers).toMatchObject({ value: 1 });
    expect(niamey.satisfaction.figures?.satisfied).toMatchObject({ numerator: 1, denominator: 2 });
    // Asking for Agadez narrows their scope to nothing, it does not widen it.
    const agadez = await figuresFor(niameySupervisor.user, { officeId: t.org.agadez.id }, 1);
    expect(agadez.complaints.figures?.aboutCaseworkers.withheld).toBe(true);
    expect(agadez.satisfaction.figures?.satisfied.withheld).toBe(true);
    // The mission's manager counts both offices: 2 complaints, 1 satisfied of 3.
    const host = await figuresFor(hostManager.user, {}, 1);
    expect(host.complaints.figures?.aboutCaseworkers).toMatchObject({ value: 2 });
    expect(host.satisfaction.figures?.satisfied).toMatchObject({ numerator: 1, denominator: 3 });
    // Nor does the host mission's manager get Conakry's 4 complaints or 13 survey answers by asking for it.
    const across = await figuresFor(hostManager.user, { officeId: t.org.conakry.id }, 1);
    expect(across.complaints.figures?.aboutCaseworkers.withheld).toBe(true);
    expect(across.wellbeing.figures?.respondents.withheld).toBe(true);
  });

  it('withholds on the dashboard what rests on fewer than the minimum, staff answers below five always', async () => {
    const res = await originManager.session.get(`/api/v1/indicators/dashboard?${period}`);
    expect(res.statusCode, res.body).toBe(200);
    const { accountability: d, minCount } = res.json();
    expect(minCount).toBe(5);
    const withheld = { value: null, numerator: null, denominator: null, withheld: true };
    // A2 rests on 3 satisfied of 5: fewer than 5 satisfied.
    expect(d.satisfaction.figures.satisfied).toEqual(withheld);
    // 4 complaints about caseworkers, 1 about the assistance: all fewer than 5, and every cell with them.
    expect(d.complaints.figures).toMatchObject({
      aboutCaseworkers: withheld,
      perCaseworker: withheld,
      aboutAssistance: withheld,
    });
    expect(d.complaints.figures.byChannel.every((g: { count: null }) => g.count === null)).toBe(true);
    expect(d.complaints.figures.byStatus.every((g: { count: null }) => g.count === null)).toBe(true);
    // C4 rests on 6 agreeing and 5 not of 11: each at least 5, shown.
    expect(d.wellbeing.figures.ableToManageStress).toMatchObject({ numerator: 6, denominator: 11 });

    // A lower minimum for the dashboard does not reach the staff survey: Niamey's 3 answers stay withheld.
    const niamey = await figuresFor(niameySupervisor.user, {}, 1);
    expect(niamey.wellbeing.minCount).toBe(5);
    expect(niamey.wellbeing.figures?.respondents).toEqual(withheld);
  });

  it('exports the figures with the dashboard’s, withheld as shown', async () => {
    const started = await originManager.session.post('/api/v1/exports', {
      list: 'dashboard',
      format: 'csv',
      filters: november,
    });
    expect(started.statusCode, started.body).toBe(202);
    const job = await finishedJob(originManager.session, started.json().jobId);
    expect(job.status, JSON.stringify(job.report)).toBe('done');
    const lines = (await originManager.session.get(job.report.download)).body.trim().split(/\r?\n/);
    expect(lines).toContain('accountability,satisfied_with_caseworker,all,,,,true');
    expect(lines).toContain('accountability,complaints_about_caseworkers_by_channel,hotline,,,,true');
    expect(lines).toContain(`accountability,able_to_manage_stress,2026-2026,${6 / 11},6,11,false`);
    expect(lines).toContain('accountability,wellbeing_respondents,2026-2026,13,13,,false');
  });
});
