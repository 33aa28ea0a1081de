import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let niameyWorker: Session;
let niameyColleague: Session;
let agadezWorker: Session;
let supervisor: Session;

beforeAll(async () => {
  t = await startTestApp();
  niameyWorker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })).username,
  );
  niameyColleague = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })).username,
  );
  agadezWorker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.agadez.id, scope: 'office' })).username,
  );
  supervisor = await t.signIn((await t.addUser('supervisor', { officeId: t.org.niamey.id })).username);
});
afterAll(() => t.close());

const screening = {
  programme: 'AVRR Niger',
  eligible: true,
  reasons: 'Wishes to return; holds Guinean nationality',
  needsMediumToLongTermServices: true,
  atMediumToHighRisk: false,
};
const consent = { purpose: 'registration', method: 'written', givenBy: 'the person' };

function newCase(person: object, extra: object = {}) {
  return { phase: 'pre_return', person: { sex: 'male', ...person }, screening, consent, ...extra };
}

async function open(session: Session, person: object, extra: object = {}) {
  const res = await session.post('/api/v1/cases', newCase(person, extra));
  if (res.statusCode !== 201) throw new Error(`open failed: ${res.body}`);
  return res.json();
}

describe('search before create', () => {
  let mamadou: { summary: { id: string } };
  beforeAll(async () => {
    mamadou = await open(niameyWorker, {
      names: [
        { givenNames: 'Mamadou', familyName: 'Diallo' },
        { givenNames: 'مامادو', familyName: 'ديالو' },
      ],
      dateOfBirth: '1994-03-12',
      phones: ['+224 622 45 78 91'],
      identifiers: [{ kind: 'passport', value: 'R0123456', issuingCountry: 'GN' }],
    });
    // Others with names near it, to show the ranking holds.
    await open(niameyWorker, {
      names: [{ givenNames: 'Mamadou', familyName: 'Bah' }],
      dateOfBirth: '1990-01-01',
    });
    await open(niameyWorker, {
      names: [{ givenNames: 'Aissatou', familyName: 'Diallo' }],
      sex: 'female',
      dateOfBirth: '1994-06-01',
    });
  });

  const search = (body: object) => niameyWorker.post('/api/v1/cases/duplicates', body);
  const top = async (body: object) => (await search(body)).json().items[0];

  it('finds "Mamadou Diallo, 1994" when searched as "Mamadu Dialo"', async () => {
    const found = await top({ names: ['Mamadu Dialo'], birthYear: 1994 });
    expect(found.case.id).toBe(mamadou.summary.id);
    expect(found.reasons).toEqual(expect.arrayContaining(['name_sounds_alike', 'same_year_of_birth']));
  });

  it('finds it when searched as "DIALLO Mamadou"', async () => {
    const found = await top({ names: ['DIALLO Mamadou'] });
    expect(found.case.id).toBe(mamadou.summary.id);
    expect(found.score).toBeGreaterThan(0.5);
  });

  it('finds it by the Arabic form of the name, and shows the Latin one', async () => {
    const found = await top({ names: ['مَامَادُو دِيَالُو'] });
    expect(found.case.id).toBe(mamadou.summary.id);
    expect(found.case.person.name).toBe('Mamadou Diallo');
  });

  it('finds it by the last six digits of the phone number', async () => {
    const found = await top({ names: ['Unknown Person'], phone: '457891' });
    expect(found.case.id).toBe(mamadou.summary.id);
    expect(found.reasons).toContain('same_phone');
  });

  it('finds it by the passport number written another way', async () => {
    const found = await top({ names: ['M Diallo'], identifiers: ['r 012-3456'] });
    expect(found.case.id).toBe(mamadou.summary.id);
    expect(found.reasons).toContain('same_identifier');
  });

  it('ranks a different birth date below the same one', async () => {
    const items = (await search({ names: ['Mamadou Diallo'], dateOfBirth: '1994-03-12' })).json().items;
    expect(items[0].case.id).toBe(mamadou.summary.id);
    expect(items[0].reasons).toContain('same_date_of_birth');
  });

  it('finds it with a middle name typed in, or with the first letter of the family name lost', async () => {
    expect((await top({ names: ['Mamadou Saliou Diallo'] })).case.id).toBe(mamadou.summary.id);
    const items = (await search({ names: ['Mamadou iallo'], birthYear: 1994 })).json().items;
    expect(items.map((i: { case: { id: string } }) => i.case.id)).toContain(mamadou.summary.id);
  });

  it('does not search another office for an office-scoped caseworker', async () => {
    const res = await agadezWorker.post('/api/v1/cases/duplicates', { names: ['Mamadou Diallo'] });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });
});

describe('registration and lifecycle', () => {
  it('opens a case at screening with a reference, and registers it once eligibility and consent are on file', async () => {
    const file = await open(niameyWorker, { names: [{ givenNames: 'Ibrahima', familyName: 'Sylla' }] });
    expect(file.summary).toMatchObject({
      status: 'screening',
      phase: 'pre_return',
      officeId: t.org.niamey.id,
    });
    expect(file.summary.reference).toMatch(/^NE-\d{4}-\d{6}$/);
    expect(file.nextStatuses).toEqual(expect.arrayContaining(['registered', 'closed']));
    const moved = await niameyWorker.post(`/api/v1/cases/${file.summary.id}/transitions`, {
      version: 1,
      to: 'registered',
    });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().summary).toMatchObject({ status: 'registered', version: 2 });
    expect(moved.json().timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'opened',
      'consent_recorded',
      'status_changed',
      'task_added',
    ]);
  });

  it('numbers references per country, so two missions of one country never clash', async () => {
    const admin = await t.signIn(t.admin.username);
    const second = (
      await admin.post('/api/v1/missions', { name: 'Niger (second)', countryCode: 'NE', role: 'host' })
    ).json();
    const office = (
      await admin.post('/api/v1/offices', { missionId: second.id, name: 'Zinder', location: 'Zinder' })
    ).json();
    const there = await t.signIn((await t.addUser('caseworker', { officeId: office.id })).username);
    const a = await open(there, { names: [{ givenNames: 'Moussa', familyName: 'Sani' }] });
    const b = await open(niameyWorker, { names: [{ givenNames: 'Moussa', familyName: 'Abdou' }] });
    expect(a.summary.reference).not.toBe(b.summary.reference);
    expect([a.summary.reference, b.summary.reference].every((r: string) => r.startsWith('NE-'))).toBe(true);
  });

  it('refuses registration without consent, and accepts it once consent is recorded', async () => {
    const res = await niameyWorker.post('/api/v1/cases', {
      ...newCase({ names: [{ givenNames: 'Hawa', familyName: 'Camara' }] }),
      consent: undefined,
    });
    const id = res.json().summary.id;
    const refused = await niameyWorker.post(`/api/v1/cases/${id}/transitions`, {
      version: 1,
      to: 'registered',
    });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).code).toBe('transition_needs_eligibility_and_consent');
    expect(
      (
        await niameyWorker.post(`/api/v1/cases/${id}/consents`, {
          ...consent,
          method: 'verbal',
          witnessedBy: 'Interpreter',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await niameyWorker.post(`/api/v1/cases/${id}/transitions`, { version: 1, to: 'registered' }))
        .statusCode,
    ).toBe(200);
  });

  it('answers an illegal transition with 409 and changes nothing', async () => {
    const file = await open(niameyWorker, { names: [{ givenNames: 'Oumar', familyName: 'Keita' }] });
    const res = await niameyWorker.post(`/api/v1/cases/${file.summary.id}/transitions`, {
      version: 1,
      to: 'implementation',
    });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).code).toBe('transition_not_allowed');
    expect((await niameyWorker.get(`/api/v1/cases/${file.summary.id}`)).json().summary).toMatchObject({
      status: 'screening',
      version: 1,
    });
  });

  it('gives the second of two users editing the same case a 409, and keeps the first edit', async () => {
    const file = await open(niameyWorker, { names: [{ givenNames: 'Fatoumata', familyName: 'Touré' }] });
    const id = file.summary.id;
    const first = await niameyWorker.post(`/api/v1/cases/${id}/transitions`, {
      version: 1,
      to: 'registered',
    });
    const second = await niameyColleague.post(`/api/v1/cases/${id}/transitions`, {
      version: 1,
      to: 'closed',
      reason: 'not eligible after all',
    });
    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(errorOf(second).code).toBe('stale_version');
    expect((await niameyWorker.get(`/api/v1/cases/${id}`)).json().summary.status).toBe('registered');
  });

  it('closes a case only with a reason, a completed checklist and a supervisor’s approval', async () => {
    const file = await open(niameyWorker, { names: [{ givenNames: 'Sekou', familyName: 'Condé' }] });
    const id = file.summary.id;
    await niameyWorker.post(`/api/v1/cases/${id}/transitions`, { version: 1, to: 'registered' });
    // Straight to review without a proposal: the supervisor cannot close it.
    const proposal = {
      reason: 'plan_completed',
      planReviewed: true,
      exitInterviewDone: false,
      unmetNeedsRecorded: true,
      handOverConsented: 'not_applicable',
    };
    const proposed = await niameyWorker.post(`/api/v1/cases/${id}/closure`, { version: 2, ...proposal });
    expect(proposed.json().summary.status).toBe('closure_review');
    expect(proposed.json().closure).toMatchObject({ reason: 'plan_completed', outcome: 'pending' });
    expect(proposed.json().timeline.at(-1)).toMatchObject({
      kind: 'closure_proposed',
      details: { reason: 'plan_completed' },
    });
    const byWorker = await niameyWorker.post(`/api/v1/cases/${id}/transitions`, { version: 3, to: 'closed' });
    expect(errorOf(byWorker).code).toBe('transition_needs_supervisor');
    const checklistOpen = await supervisor.post(`/api/v1/cases/${id}/transitions`, {
      version: 3,
      to: 'closed',
    });
    expect(errorOf(checklistOpen)).toMatchObject({
      code: 'closure_checklist_open',
      message: expect.stringContaining('exitInterviewDone'),
    });
    // Sent back, done properly, proposed again, approved.
    await supervisor.post(`/api/v1/cases/${id}/transitions`, {
      version: 3,
      to: 'registered',
      reason: 'Exit interview missing',
    });
    await niameyWorker.post(`/api/v1/cases/${id}/closure`, {
      version: 4,
      ...proposal,
      exitInterviewDone: true,
    });
    const closed = await supervisor.post(`/api/v1/cases/${id}/transitions`, { version: 5, to: 'closed' });
    expect(closed.json().summary.status).toBe('closed');
    expect(closed.json().closure.outcome).toBe('approved');
    // Reopening needs a reason.
    expect(
      errorOf(await niameyWorker.post(`/api/v1/cases/${id}/transitions`, { version: 6, to: 'assessment' }))
        .code,
    ).toBe('transition_needs_reason');
  });

  it('closes an abrupt exit without a plan review, but never hands over without consent', async () => {
    const file = await open(niameyWorker, { names: [{ givenNames: 'Harouna', familyName: 'Garba' }] });
    const id = file.summary.id;
    await niameyWorker.post(`/api/v1/cases/${id}/transitions`, { version: 1, to: 'registered' });
    const abrupt = {
      reason: 'unreachable',
      planReviewed: false,
      exitInterviewDone: false,
      unmetNeedsRecorded: true,
    };
    await niameyWorker.post(`/api/v1/cases/${id}/closure`, {
      version: 2,
      ...abrupt,
      handOverConsented: 'no',
    });
    const refused = await supervisor.post(`/api/v1/cases/${id}/transitions`, { version: 3, to: 'closed' });
    expect(errorOf(refused).message).toContain('handOverConsented');
    await supervisor.post(`/api/v1/cases/${id}/transitions`, {
      version: 3,
      to: 'registered',
      reason: 'No onward referral after all',
    });
    await niameyWorker.post(`/api/v1/cases/${id}/closure`, {
      version: 4,
      ...abrupt,
      handOverConsented: 'not_applicable',
    });
    expect(
      (await supervisor.post(`/api/v1/cases/${id}/transitions`, { version: 5, to: 'closed' })).json().summary
        .status,
    ).toBe('closed');
  });

  it('refuses an unreadable phone number, naming it', async () => {
    const res = await niameyWorker.post(
      '/api/v1/cases',
      newCase({ names: [{ givenNames: 'A', familyName: 'B' }], phones: ['1234'] }),
    );
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields?.[0]).toMatchObject({ field: 'body.person.phones.0', code: 'invalid_phone' });
  });
});

describe('case scope', () => {
  it('keeps a case of office A from a caseworker of office B: no read, list, search or move', async () => {
    const file = await open(niameyWorker, {
      names: [{ givenNames: 'Kadiatou', familyName: 'Soumah' }],
      dateOfBirth: '2001-02-02',
    });
    const id = file.summary.id;
    expect((await agadezWorker.get(`/api/v1/cases/${id}`)).statusCode).toBe(404);
    const listed = (await agadezWorker.get('/api/v1/cases?limit=200'))
      .json()
      .items.map((c: { id: string }) => c.id);
    expect(listed).not.toContain(id);
    expect(
      (await agadezWorker.post('/api/v1/cases/duplicates', { names: ['Kadiatou Soumah'] })).json().items,
    ).toEqual([]);
    expect(
      (await agadezWorker.post(`/api/v1/cases/${id}/transitions`, { version: 1, to: 'registered' }))
        .statusCode,
    ).toBe(404);
    expect((await agadezWorker.post(`/api/v1/cases/${id}/consents`, consent)).statusCode).toBe(404);
    // Opening a case in another office is refused too.
    const elsewhere = await agadezWorker.post(
      '/api/v1/cases',
      newCase({ names: [{ givenNames: 'X', familyName: 'Y' }] }, { officeId: t.org.niamey.id }),
    );
    expect(errorOf(elsewhere).fields?.[0]).toMatchObject({ field: 'body.officeId', code: 'out_of_scope' });
    // Her own office sees it.
    expect((await niameyColleague.get(`/api/v1/cases/${id}`)).statusCode).toBe(200);
  });

  it('hides a sensitive case from an unnamed caseworker of the same office, in lists and by address', async () => {
    const file = await open(
      niameyWorker,
      { names: [{ givenNames: 'Rakiatou', familyName: 'Issaka' }], sex: 'female' },
      { sensitive: true },
    );
    const id = file.summary.id;
    const listedForColleague = (await niameyColleague.get('/api/v1/cases?limit=200'))
      .json()
      .items.map((c: { id: string }) => c.id);
    expect(listedForColleague).not.toContain(id);
    expect((await niameyColleague.get(`/api/v1/cases/${id}`)).statusCode).toBe(404);
    expect(
      (await niameyColleague.post('/api/v1/cases/duplicates', { names: ['Rakiatou Issaka'] })).json().items,
    ).toEqual([]);
    const listedForOwner = (await niameyWorker.get('/api/v1/cases?limit=200'))
      .json()
      .items.map((c: { id: string }) => c.id);
    expect(listedForOwner).toContain(id);
  });

  it('keeps case files from administrators and auditors, whose work is the system and its log', async () => {
    const admin = await t.signIn(t.admin.username);
    expect((await admin.get('/api/v1/cases')).statusCode).toBe(403);
  });

  it('finds cases in the list by reference or by part of a name in any script', async () => {
    const file = await open(niameyWorker, {
      names: [
        { givenNames: 'Boubacar', familyName: 'Maïga' },
        { givenNames: 'بوبكر', familyName: 'مايغا' },
      ],
    });
    const ids = async (q: string) =>
      (await niameyWorker.get(`/api/v1/cases?q=${encodeURIComponent(q)}&limit=200`))
        .json()
        .items.map((c: { id: string }) => c.id);
    expect(await ids('maiga')).toContain(file.summary.id);
    expect(await ids('مايغا')).toContain(file.summary.id);
    expect(await ids(file.summary.reference)).toEqual([file.summary.id]);
    expect(await ids('nobody-like-this')).toEqual([]);
  });

  it('names the staff on the case and in its history', async () => {
    const file = await open(niameyWorker, { names: [{ givenNames: 'Alpha', familyName: 'Sow' }] });
    const me = (await niameyWorker.get('/api/v1/auth/me')).json().user;
    expect(file.staff).toEqual([{ id: me.id, displayName: me.displayName }]);
  });

  it('enters closure review only through a closure proposal', async () => {
    const file = await open(niameyWorker, { names: [{ givenNames: 'Amadou', familyName: 'Hama' }] });
    await niameyWorker.post(`/api/v1/cases/${file.summary.id}/transitions`, { version: 1, to: 'registered' });
    const direct = await niameyWorker.post(`/api/v1/cases/${file.summary.id}/transitions`, {
      version: 2,
      to: 'closure_review',
      reason: 'done',
    });
    expect(errorOf(direct).code).toBe('closure_needs_proposal');
  });

  it('lists with filters and paging, and the total counts every match', async () => {
    const mine = (await niameyWorker.get('/api/v1/cases?assignedToMe=true&limit=2')).json();
    expect(mine.items.length).toBe(2);
    expect(mine.total).toBeGreaterThan(2);
    const next = (await niameyWorker.get('/api/v1/cases?assignedToMe=true&limit=2&offset=2')).json();
    expect(next.items.map((c: { id: string }) => c.id)).not.toContain(mine.items[0].id);
    const screeningOnly = (await niameyWorker.get('/api/v1/cases?status=screening&limit=200')).json();
    expect(screeningOnly.items.every((c: { status: string }) => c.status === 'screening')).toBe(true);
  });
});
