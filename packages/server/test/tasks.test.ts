import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let worker: Session;
let colleague: Session;
let colleagueId: string;
let stranger: Session;
let usernames: { worker: string; colleague: string; stranger: string };

beforeAll(async () => {
  t = await startTestApp();
  const w = await t.addUser('caseworker', { officeId: t.org.conakry.id, scope: 'office' });
  worker = await t.signIn(w.username);
  usernames = { worker: w.username, colleague: '', stranger: '' };
  const c = await t.addUser('caseworker', { officeId: t.org.conakry.id, scope: 'office' });
  colleagueId = c.id;
  colleague = await t.signIn(c.username);
  usernames.colleague = c.username;
  usernames.stranger = (
    await t.addUser('caseworker', { officeId: t.org.agadez.id, scope: 'office' })
  ).username;
  stranger = await t.signIn(usernames.stranger);
});
afterAll(() => t.close());

type Task = { id: string; kind: string; status: string; dueOn: string; overdue: boolean; version: number };
type CaseFile = { summary: { id: string; version: number; status: string }; tasks: Task[] };

/** Days later: sessions have long expired, so everyone signs in again. */
async function days(n: number) {
  t.clock.advanceMinutes(n * 24 * 60);
  worker = await t.signIn(usernames.worker);
  colleague = await t.signIn(usernames.colleague);
  stranger = await t.signIn(usernames.stranger);
}

/** A post-return case registered today, with consent on file. */
async function registered(person: object = {}): Promise<CaseFile> {
  const res = await worker.post('/api/v1/cases', {
    phase: 'post_return',
    person: { sex: 'female', names: [{ givenNames: 'Fatoumata', familyName: 'Camara' }], ...person },
    screening: {
      programme: 'Reintegration Guinea',
      eligible: true,
      reasons: 'Returned from Libya',
      needsMediumToLongTermServices: true,
      atMediumToHighRisk: true,
    },
    consent: { purpose: 'registration', method: 'written', givenBy: 'the person' },
  });
  expect(res.statusCode).toBe(201);
  return move(res.json(), 'registered');
}

async function move(file: CaseFile, to: string): Promise<CaseFile> {
  const res = await worker.post(`/api/v1/cases/${file.summary.id}/transitions`, {
    version: file.summary.version,
    to,
  });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const open = (file: CaseFile) => file.tasks.filter((x) => x.status === 'open');

describe('the task list of a case', () => {
  it('makes an assessment due two weeks after registration, overdue the day after', async () => {
    const file = await registered();
    const today = t.clock.now().toISOString().slice(0, 10);
    expect(open(file)).toEqual([
      expect.objectContaining({ kind: 'assessment', overdue: false, assigneeId: null }),
    ]);
    expect((open(file)[0] as Task).dueOn > today).toBe(true);

    await days(14);
    const onTheDay = (await worker.get(`/api/v1/cases/${file.summary.id}`)).json() as CaseFile;
    expect(open(onTheDay)[0]?.overdue).toBe(false);
    await days(1);
    const late = (await worker.get(`/api/v1/cases/${file.summary.id}`)).json() as CaseFile;
    expect(open(late)[0]?.overdue).toBe(true);
    const overdue = (await worker.get('/api/v1/cases?overdue=true&limit=200')).json();
    expect(overdue.items.map((c: { id: string }) => c.id)).toContain(file.summary.id);
  });

  it('closes the assessment when planning starts, and the plan when it is delivered', async () => {
    let file = await registered();
    file = await move(file, 'assessment');
    file = await move(file, 'planning');
    expect(file.tasks.find((x) => x.kind === 'assessment')?.status).toBe('done');
    expect(open(file).map((x) => x.kind)).toEqual(['plan']);
    file = await move(file, 'implementation');
    expect(open(file)).toEqual([]);
    file = await move(file, 'follow_up');
    expect(open(file).map((x) => x.kind)).toEqual(['follow_up']);
  });

  it('starts the next follow-up when one is done, weekly for an intensive case', async () => {
    let file = await registered();
    const typed = await worker.patch(`/api/v1/cases/${file.summary.id}`, {
      version: file.summary.version,
      caseManagementType: 'intensive',
    });
    file = typed.json();
    for (const to of ['assessment', 'planning', 'implementation', 'follow_up']) file = await move(file, to);
    const followUp = open(file)[0] as Task;
    const done = await worker.patch(`/api/v1/cases/${file.summary.id}/tasks/${followUp.id}`, {
      version: followUp.version,
      status: 'done',
    });
    expect(done.statusCode).toBe(200);
    const next = open(done.json());
    expect(next).toHaveLength(1);
    const today = new Date(t.clock.now());
    today.setUTCDate(today.getUTCDate() + 7);
    expect(next[0]?.dueOn).toBe(today.toISOString().slice(0, 10));
  });

  it('adds a task for a colleague on the case, refuses one for someone outside it, naming the field', async () => {
    const file = await registered();
    await worker.post(`/api/v1/cases/${file.summary.id}/assignments`, {
      userId: colleagueId,
      function: 'mentor',
    });
    const added = await worker.post(`/api/v1/cases/${file.summary.id}/tasks`, {
      kind: 'other',
      title: 'Call the family in Kindia',
      dueOn: '2027-01-10',
      assigneeId: colleagueId,
    });
    expect(added.statusCode).toBe(201);
    const outsider = await t.addUser('caseworker', { officeId: t.org.conakry.id });
    const refused = await worker.post(`/api/v1/cases/${file.summary.id}/tasks`, {
      kind: 'other',
      dueOn: '2027-01-10',
      assigneeId: outsider.id,
    });
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).fields?.[0]).toMatchObject({ field: 'body.assigneeId', code: 'not_on_case' });
    const badDay = await worker.post(`/api/v1/cases/${file.summary.id}/tasks`, {
      kind: 'other',
      dueOn: '10/01/2027',
    });
    expect(errorOf(badDay).fields?.[0]?.field).toBe('body.dueOn');

    const hers = (await colleague.get('/api/v1/tasks')).json();
    expect(hers.items.map((x: { title: string }) => x.title)).toContain('Call the family in Kindia');
    const mine = (await worker.get('/api/v1/tasks?limit=200')).json();
    expect(mine.items.map((x: { title: string }) => x.title)).not.toContain('Call the family in Kindia');
    expect(mine.items.every((x: { case: { id: string } }) => typeof x.case.id === 'string')).toBe(true);
    expect(mine.items.some((x: { case: { id: string } }) => x.case.id === file.summary.id)).toBe(true);
  });

  it('gives the second of two edits of one task a 409, and keeps the first', async () => {
    const file = await registered();
    const task = open(file)[0] as Task;
    const first = await worker.patch(`/api/v1/cases/${file.summary.id}/tasks/${task.id}`, {
      version: task.version,
      dueOn: '2027-02-01',
    });
    expect(first.statusCode).toBe(200);
    const second = await colleague.patch(`/api/v1/cases/${file.summary.id}/tasks/${task.id}`, {
      version: task.version,
      status: 'cancelled',
    });
    expect(second.statusCode).toBe(409);
    const now = (await worker.get(`/api/v1/cases/${file.summary.id}`)).json() as CaseFile;
    expect(now.tasks.find((x) => x.id === task.id)).toMatchObject({ dueOn: '2027-02-01', status: 'open' });
  });

  it('closes every open task when the case is closed', async () => {
    let file = await registered();
    file = await move(file, 'assessment');
    const proposed = await worker.post(`/api/v1/cases/${file.summary.id}/closure`, {
      version: file.summary.version,
      reason: 'support_declined',
      planReviewed: false,
      exitInterviewDone: false,
      unmetNeedsRecorded: true,
      handOverConsented: 'not_applicable',
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const sup = await t.signIn((await t.addUser('supervisor', { officeId: t.org.conakry.id })).username);
    const closed = await sup.post(`/api/v1/cases/${file.summary.id}/transitions`, {
      version: proposed.json().summary.version,
      to: 'closed',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(open(closed.json())).toEqual([]);
  });

  it('keeps tasks of another office out of reach: no list, no change', async () => {
    const file = await registered();
    const task = open(file)[0] as Task;
    const theirs = (await stranger.get('/api/v1/tasks?mine=false&limit=200')).json();
    expect(theirs.items.map((x: { id: string }) => x.id)).not.toContain(task.id);
    const change = await stranger.patch(`/api/v1/cases/${file.summary.id}/tasks/${task.id}`, {
      version: task.version,
      status: 'done',
    });
    expect(change.statusCode).toBe(404);
    const add = await stranger.post(`/api/v1/cases/${file.summary.id}/tasks`, {
      kind: 'other',
      dueOn: '2027-01-10',
    });
    expect(add.statusCode).toBe(404);
  });
});

describe('list filters', () => {
  it('filters by vulnerability, nationality, sex and age band', async () => {
    const child = await registered({
      sex: 'male',
      dateOfBirth: '2012-05-01',
      nationality: 'GN',
      names: [{ givenNames: 'Alpha', familyName: 'Bah' }],
    });
    const flagged = await worker.patch(`/api/v1/cases/${child.summary.id}`, {
      version: child.summary.version,
      vulnerabilities: ['unaccompanied_child', 'health_needs', 'health_needs'],
    });
    expect(flagged.json().summary.vulnerabilities).toEqual(['health_needs', 'unaccompanied_child']);
    const adult = await registered({ sex: 'female', birthYear: 1990, nationality: 'ML' });
    const ids = async (query: string) =>
      (await worker.get(`/api/v1/cases?limit=200&${query}`))
        .json()
        .items.map((c: { id: string }) => c.id) as string[];

    expect(await ids('vulnerability=unaccompanied_child')).toEqual([child.summary.id]);
    expect(await ids('ageBand=12-17')).toEqual([child.summary.id]);
    expect(await ids('ageBand=35-49')).toContain(adult.summary.id);
    expect(await ids('ageBand=35-49')).not.toContain(child.summary.id);
    expect(await ids('nationality=ML')).toEqual([adult.summary.id]);
    expect(await ids('sex=male&nationality=GN')).toEqual([child.summary.id]);
    const bad = await worker.get('/api/v1/cases?ageBand=teen');
    expect(errorOf(bad).fields?.[0]?.field).toBe('querystring.ageBand');
    const history = (await worker.get(`/api/v1/cases/${child.summary.id}`)).json().timeline;
    expect(history.at(-1)).toMatchObject({
      kind: 'vulnerabilities_changed',
      details: { added: ['health_needs', 'unaccompanied_child'], removed: [] },
    });
  });
});
