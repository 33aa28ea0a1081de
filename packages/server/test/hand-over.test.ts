import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let hostWorker: Session;
let originWorker: Session;
let originColleague: Session;
let otherHostWorker: Session;

beforeAll(async () => {
  t = await startTestApp();
  hostWorker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })).username,
  );
  otherHostWorker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.agadez.id, scope: 'office' })).username,
  );
  originWorker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.conakry.id, scope: 'office' })).username,
  );
  originColleague = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.conakry.id, scope: 'office' })).username,
  );
});
afterAll(() => t.close());

async function registeredCase(name: string, withTransferConsent: boolean) {
  const res = await hostWorker.post('/api/v1/cases', {
    phase: 'pre_return',
    person: { sex: 'female', names: [{ givenNames: name, familyName: 'Barry' }], dateOfBirth: '1999-09-09' },
    screening: {
      programme: 'AVRR',
      eligible: true,
      reasons: 'Wishes to return',
      needsMediumToLongTermServices: true,
      atMediumToHighRisk: true,
    },
    consent: { purpose: 'registration', method: 'written', givenBy: 'the person' },
  });
  const id = res.json().summary.id as string;
  if (withTransferConsent) {
    await hostWorker.post(`/api/v1/cases/${id}/consents`, {
      purpose: 'transfer',
      method: 'written',
      givenBy: 'the person',
    });
  }
  return id;
}

const note = () => ({
  toMissionId: t.org.origin.id,
  needs: 'Medical follow-up for a chronic condition; housing on arrival',
  vulnerabilities: 'Single mother with a child of three',
  plannedAssistance: 'Reception, medical referral, reintegration counselling',
  expectedArrival: '2026-12-10',
  arrivalDetails: 'Conakry airport, evening flight; met by protection staff',
});

describe('hand-over between missions', () => {
  it('refuses a hand-over without consent to the transfer', async () => {
    const id = await registeredCase('Mariama', false);
    const res = await hostWorker.post(`/api/v1/cases/${id}/hand-overs`, note());
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).code).toBe('consent_required');
    expect(
      (await originWorker.get('/api/v1/hand-overs/incoming'))
        .json()
        .items.map((h: { caseId: string }) => h.caseId),
    ).not.toContain(id);
  });

  it('shows the receiving mission the hand-over before arrival, and the case moves on acceptance', async () => {
    const id = await registeredCase('Djenabou', true);
    const sent = await hostWorker.post(`/api/v1/cases/${id}/hand-overs`, note());
    expect(sent.statusCode).toBe(201);
    expect((await hostWorker.post(`/api/v1/cases/${id}/hand-overs`, note())).statusCode).toBe(409);

    // The whole receiving team sees it in the queue, with the note, before the person lands.
    for (const member of [originWorker, originColleague]) {
      const queue = (await member.get('/api/v1/hand-overs/incoming')).json().items;
      const mine = queue.find((h: { caseId: string }) => h.caseId === id);
      expect(mine).toMatchObject({ status: 'pending', expectedArrival: '2026-12-10', needs: note().needs });
      expect(mine.case.person.name).toBe('Djenabou Barry');
    }
    // The sending mission cannot accept its own hand-over.
    const selfAccept = await hostWorker.post(`/api/v1/hand-overs/${sent.json().id}/accept`, { version: 1 });
    expect(errorOf(selfAccept).code).toBe('hand_over_not_receiving_side');
    // Before acceptance the full file stays with the sending side.
    expect((await originWorker.get(`/api/v1/cases/${id}`)).statusCode).toBe(404);

    const accepted = await originWorker.post(`/api/v1/hand-overs/${sent.json().id}/accept`, { version: 1 });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().status).toBe('accepted');

    // Now the receiving office works on it, any colleague there included ("if one person is unavailable").
    const file = (await originColleague.get(`/api/v1/cases/${id}`)).json();
    expect(file.summary).toMatchObject({ officeId: t.org.conakry.id, missionId: t.org.origin.id });
    expect(file.timeline.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['opened', 'hand_over_sent', 'hand_over_accepted']),
    );
    // The sending side keeps reading its history but can no longer change the case.
    const hostRead = await hostWorker.get(`/api/v1/cases/${id}`);
    expect(hostRead.statusCode, hostRead.body).toBe(200);
    const version = file.summary.version;
    const move = await hostWorker.post(`/api/v1/cases/${id}/transitions`, { version, to: 'registered' });
    expect(move.statusCode).toBe(404);
    expect(
      (await originWorker.post(`/api/v1/cases/${id}/transitions`, { version, to: 'registered' })).statusCode,
    ).toBe(200);
    // A caseworker of another host office never saw it and still does not.
    expect((await otherHostWorker.get(`/api/v1/cases/${id}`)).statusCode).toBe(404);
  });

  it('lets the receiving mission return a hand-over with a reason, and the sending side keeps the case', async () => {
    const id = await registeredCase('Zeinabou', true);
    const sent = (await hostWorker.post(`/api/v1/cases/${id}/hand-overs`, note())).json();
    const noReason = await originWorker.post(`/api/v1/hand-overs/${sent.id}/return`, {
      version: 1,
      reason: '',
    });
    expect(noReason.statusCode).toBe(400);
    const returned = await originWorker.post(`/api/v1/hand-overs/${sent.id}/return`, {
      version: 1,
      reason: 'The person is from Mali, not Guinea',
    });
    expect(returned.json()).toMatchObject({
      status: 'returned',
      decisionReason: 'The person is from Mali, not Guinea',
    });
    expect((await hostWorker.get(`/api/v1/cases/${id}`)).json().summary.officeId).toBe(t.org.niamey.id);
    const again = await originWorker.post(`/api/v1/hand-overs/${sent.id}/accept`, { version: 2 });
    expect(errorOf(again).code).toBe('hand_over_already_decided');
  });

  it('refuses a hand-over to the mission that already holds the case, and hides other missions’ queues', async () => {
    const id = await registeredCase('Hadiza', true);
    const same = await hostWorker.post(`/api/v1/cases/${id}/hand-overs`, {
      ...note(),
      toMissionId: t.org.host.id,
    });
    expect(errorOf(same).fields?.[0]).toMatchObject({ field: 'body.toMissionId', code: 'same_mission' });
    const sent = (await hostWorker.post(`/api/v1/cases/${id}/hand-overs`, note())).json();
    // A host-side caseworker of another office is neither sender nor receiver.
    expect((await otherHostWorker.get(`/api/v1/hand-overs/${sent.id}`)).statusCode).toBe(404);
    expect((await otherHostWorker.get('/api/v1/hand-overs/incoming')).json().items).toEqual([]);
  });
});
