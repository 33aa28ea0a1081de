import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let worker: Session;
let colleague: Session;
let colleagueId: string;
let mentorId: string;

beforeAll(async () => {
  t = await startTestApp();
  worker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.conakry.id, scope: 'own' })).username,
  );
  const c = await t.addUser('caseworker', { officeId: t.org.conakry.id, scope: 'own' });
  colleagueId = c.id;
  colleague = await t.signIn(c.username);
  mentorId = (await t.addUser('caseworker', { officeId: t.org.conakry.id, scope: 'own' })).id;
});
afterAll(() => t.close());

async function sensitiveCase() {
  const res = await worker.post('/api/v1/cases', {
    phase: 'post_return',
    sensitive: true,
    person: { sex: 'female', names: [{ givenNames: 'Aminata', familyName: 'Kouyaté' }] },
    screening: {
      programme: 'Reintegration',
      eligible: true,
      reasons: 'Victim of trafficking',
      needsMediumToLongTermServices: true,
      atMediumToHighRisk: true,
    },
  });
  return res.json();
}

describe('the people on a case', () => {
  it('opens a sensitive case to a colleague once she is named on it, and closes it again when she is removed', async () => {
    const file = await sensitiveCase();
    const id = file.summary.id;
    expect((await colleague.get(`/api/v1/cases/${id}`)).statusCode).toBe(404);

    const assigned = await worker.post(`/api/v1/cases/${id}/assignments`, {
      userId: colleagueId,
      function: 'protection',
    });
    expect(assigned.statusCode).toBe(201);
    expect((await colleague.get(`/api/v1/cases/${id}`)).statusCode).toBe(200);
    const again = await worker.post(`/api/v1/cases/${id}/assignments`, {
      userId: colleagueId,
      function: 'protection',
    });
    expect(errorOf(again).code).toBe('already_assigned');

    const hers = assigned.json().assignments.find((a: { userId: string }) => a.userId === colleagueId);
    expect((await worker.delete(`/api/v1/cases/${id}/assignments/${hers.id}`)).statusCode).toBe(200);
    expect((await colleague.get(`/api/v1/cases/${id}`)).statusCode).toBe(404);
    const kinds = (await worker.get(`/api/v1/cases/${id}`))
      .json()
      .timeline.map((e: { kind: string }) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['assigned', 'unassigned']));
  });

  it('keeps at least one person on a case, and names only staff of the holding mission', async () => {
    const file = await sensitiveCase();
    const id = file.summary.id;
    const only = file.assignments[0];
    const last = await worker.delete(`/api/v1/cases/${id}/assignments/${only.id}`);
    expect(errorOf(last).code).toBe('last_assignment');
    const stranger = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const other = await worker.post(`/api/v1/cases/${id}/assignments`, {
      userId: stranger.id,
      function: 'mentor',
    });
    expect(errorOf(other).fields?.[0]).toMatchObject({ field: 'body.userId', code: 'other_mission' });
    expect(
      (await worker.post(`/api/v1/cases/${id}/assignments`, { userId: mentorId, function: 'mentor' }))
        .statusCode,
    ).toBe(201);
  });
});

describe('what is decided about a case', () => {
  it('records the case-management type with its history, and refuses a stale edit', async () => {
    const file = await sensitiveCase();
    const id = file.summary.id;
    const first = await worker.patch(`/api/v1/cases/${id}`, { version: 1, caseManagementType: 'generalist' });
    expect(first.json().summary).toMatchObject({ caseManagementType: 'generalist', version: 2 });
    const second = await worker.patch(`/api/v1/cases/${id}`, { version: 2, caseManagementType: 'intensive' });
    expect(second.json().summary.caseManagementType).toBe('intensive');
    const stale = await worker.patch(`/api/v1/cases/${id}`, { version: 2, sensitive: false });
    expect(stale.statusCode).toBe(409);
    const changes = second
      .json()
      .timeline.filter((e: { kind: string }) => e.kind === 'case_management_type_changed')
      .map((e: { details: object }) => e.details);
    expect(changes).toEqual([
      { from: null, to: 'generalist' },
      { from: 'generalist', to: 'intensive' },
    ]);
  });
});

describe('case notes', () => {
  it('keeps a supervisor’s confidential note from caseworkers, and shows a caseworker’s to the supervisor', async () => {
    const supervisor = await t.signIn(
      (await t.addUser('supervisor', { officeId: t.org.conakry.id })).username,
    );
    const file = await sensitiveCase();
    const id = file.summary.id;
    await worker.patch(`/api/v1/cases/${id}`, { version: 1, sensitive: false });
    await worker.post(`/api/v1/cases/${id}/notes`, {
      body: 'Prefers calls in the evening',
      confidential: false,
    });
    await worker.post(`/api/v1/cases/${id}/notes`, {
      body: 'Disclosed exploitation by a recruiter',
      confidential: true,
    });
    await supervisor.post(`/api/v1/cases/${id}/notes`, {
      body: 'Staff safety concern raised',
      confidential: true,
    });

    const forSupervisor = (await supervisor.get(`/api/v1/cases/${id}`))
      .json()
      .notes.map((n: { body: string }) => n.body);
    expect(forSupervisor).toEqual(
      expect.arrayContaining([
        'Prefers calls in the evening',
        'Disclosed exploitation by a recruiter',
        'Staff safety concern raised',
      ]),
    );
    const forWorker = (await worker.get(`/api/v1/cases/${id}`)).json();
    expect(forWorker.notes.map((n: { body: string }) => n.body).sort()).toEqual(
      ['Disclosed exploitation by a recruiter', 'Prefers calls in the evening'].sort(),
    );
    // The history says that notes were written, never what they say.
    const history = JSON.stringify(forWorker.timeline);
    expect(history).toContain('note_added');
    expect(history).not.toContain('Staff safety');
  });
});
