import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let worker: Session;
let supervisor: Session;
let otherSupervisor: Session;
let stranger: Session;

beforeAll(async () => {
  t = await startTestApp();
  worker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.conakry.id, scope: 'office' })).username,
  );
  supervisor = await t.signIn((await t.addUser('supervisor', { officeId: t.org.conakry.id })).username);
  otherSupervisor = await t.signIn((await t.addUser('supervisor', { officeId: t.org.conakry.id })).username);
  stranger = await t.signIn(
    (await t.addUser('supervisor', { officeId: t.org.niamey.id, scope: 'office' })).username,
  );
});
afterAll(() => t.close());

type Transfer = { id: string; status: string; version: number };
type CaseFile = { summary: { id: string }; transfers: Transfer[]; timeline: { kind: string }[] };

async function openCase(session: Session): Promise<string> {
  const res = await session.post('/api/v1/cases', {
    phase: 'post_return',
    person: { sex: 'female', names: [{ givenNames: 'Mabinty', familyName: 'Soumah' }] },
    screening: {
      programme: 'Reintegration Guinea',
      eligible: true,
      reasons: 'Returned from Morocco',
      needsMediumToLongTermServices: true,
      atMediumToHighRisk: true,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().summary.id;
}

const proposal = {
  recipient: 'government',
  organisation: 'Direction nationale de l’action sociale, Kindia',
  contactName: 'Mme Bangoura',
  contactDetails: '+224 600 00 00 00',
  reason: 'Long-term psychosocial follow-up by the national social services',
  summary: 'Counselling done; needs monthly visits',
};

const consent = { purpose: 'transfer', method: 'verbal', givenBy: 'the person', witnessedBy: 'a colleague' };

describe('transfer to a partner or a government caseworker', () => {
  it('is refused without consent to the transfer', async () => {
    const id = await openCase(worker);
    const res = await worker.post(`/api/v1/cases/${id}/transfers`, proposal);
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).code).toBe('consent_required');
    expect((await worker.get(`/api/v1/cases/${id}`)).json().transfers).toEqual([]);
  });

  it('waits for a supervisor other than the proposer, then is received', async () => {
    const id = await openCase(worker);
    await worker.post(`/api/v1/cases/${id}/consents`, consent);
    const proposed = await worker.post(`/api/v1/cases/${id}/transfers`, proposal);
    expect(proposed.statusCode, proposed.body).toBe(201);
    const transfer = (proposed.json() as CaseFile).transfers[0] as Transfer;
    expect(transfer.status).toBe('awaiting_approval');

    const queue = (await supervisor.get('/api/v1/approvals')).json().items;
    expect(queue).toContainEqual(expect.objectContaining({ kind: 'transfer', id: transfer.id }));
    expect((await worker.get('/api/v1/approvals')).statusCode).toBe(403);
    expect((await stranger.get('/api/v1/approvals')).json().items).toEqual([]);

    const byWorker = await worker.post(`/api/v1/transfers/${transfer.id}/decisions`, {
      decision: 'approve',
      version: transfer.version,
    });
    expect(errorOf(byWorker).code).toBe('transfer_needs_supervisor');
    const approved = await supervisor.post(`/api/v1/transfers/${transfer.id}/decisions`, {
      decision: 'approve',
      version: transfer.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const again = await otherSupervisor.post(`/api/v1/transfers/${transfer.id}/decisions`, {
      decision: 'approve',
      version: transfer.version,
    });
    expect(again.statusCode).toBe(409);
    const received = await worker.post(`/api/v1/transfers/${transfer.id}/decisions`, {
      decision: 'confirm_receipt',
      version: transfer.version + 1,
    });
    expect(received.statusCode, received.body).toBe(200);
    const file = received.json() as CaseFile;
    expect(file.transfers[0]?.status).toBe('received');
    expect(file.timeline.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['transfer_proposed', 'transfer_approved', 'transfer_received']),
    );
  });

  it('lets a supervisor not approve their own proposal, and a refusal needs a reason', async () => {
    const id = await openCase(supervisor);
    await supervisor.post(`/api/v1/cases/${id}/consents`, consent);
    const proposed = await supervisor.post(`/api/v1/cases/${id}/transfers`, {
      ...proposal,
      recipient: 'partner',
    });
    const transfer = (proposed.json() as CaseFile).transfers[0] as Transfer;
    const own = await supervisor.post(`/api/v1/transfers/${transfer.id}/decisions`, {
      decision: 'approve',
      version: transfer.version,
    });
    expect(errorOf(own).code).toBe('transfer_own_proposal');
    const bare = await otherSupervisor.post(`/api/v1/transfers/${transfer.id}/decisions`, {
      decision: 'refuse',
      version: transfer.version,
    });
    expect(errorOf(bare).code).toBe('transfer_needs_reason');
    const refused = await otherSupervisor.post(`/api/v1/transfers/${transfer.id}/decisions`, {
      decision: 'refuse',
      version: transfer.version,
      reason: 'The partner has no capacity this quarter',
    });
    expect((refused.json() as CaseFile).transfers[0]?.status).toBe('refused');
  });

  it('keeps a case of another office from being transferred or decided on', async () => {
    const id = await openCase(worker);
    await worker.post(`/api/v1/cases/${id}/consents`, consent);
    expect((await stranger.post(`/api/v1/cases/${id}/transfers`, proposal)).statusCode).toBe(404);
    const proposed = await worker.post(`/api/v1/cases/${id}/transfers`, proposal);
    const transfer = (proposed.json() as CaseFile).transfers[0] as Transfer;
    const decided = await stranger.post(`/api/v1/transfers/${transfer.id}/decisions`, {
      decision: 'approve',
      version: transfer.version,
    });
    expect(decided.statusCode).toBe(404);
    const second = await worker.post(`/api/v1/cases/${id}/transfers`, proposal);
    expect(errorOf(second).code).toBe('transfer_open');
    const bad = await worker.post(`/api/v1/cases/${id}/transfers`, { ...proposal, recipient: 'ministry' });
    expect(errorOf(bad).fields?.[0]?.field).toBe('body.recipient');
  });

  it('lists closures waiting in review in the approvals queue', async () => {
    const id = await openCase(worker);
    await worker.post(`/api/v1/cases/${id}/consents`, { ...consent, purpose: 'registration' });
    const opened = (await worker.get(`/api/v1/cases/${id}`)).json();
    const registered = await worker.post(`/api/v1/cases/${id}/transitions`, {
      version: opened.summary.version,
      to: 'registered',
    });
    const proposed = await worker.post(`/api/v1/cases/${id}/closure`, {
      version: registered.json().summary.version,
      reason: 'moved_away',
      planReviewed: false,
      exitInterviewDone: false,
      unmetNeedsRecorded: true,
      handOverConsented: 'not_applicable',
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const items = (await supervisor.get('/api/v1/approvals')).json().items;
    expect(items).toContainEqual(
      expect.objectContaining({
        kind: 'closure',
        reason: 'moved_away',
        case: expect.objectContaining({ id }),
      }),
    );
  });
});
