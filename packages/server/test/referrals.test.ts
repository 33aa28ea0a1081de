import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliverMail, mailAttempts, smtpMailer } from '../src/notifications/mail.ts';
import { sweepOverdueReferrals } from '../src/referrals/reminders.ts';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';
import { apiRoutes } from './support/routes.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let worker: Session;
let supervisor: Session;
let partner: Session;
let otherPartner: Session;
let serviceId: string;
let providerId: string;
let partnerName: string;
const names: Record<'worker' | 'supervisor' | 'stranger', string> = {
  worker: '',
  supervisor: '',
  stranger: '',
};

beforeAll(async () => {
  t = await startTestApp();
  const office = { officeId: t.org.conakry.id, scope: 'office' as const };
  names.worker = (await t.addUser('caseworker', office)).username;
  names.supervisor = (await t.addUser('supervisor', office)).username;
  names.stranger = (await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })).username;
  worker = await t.signIn(names.worker);
  supervisor = await t.signIn(names.supervisor);
  const provider = await supervisor.post('/api/v1/service-providers', {
    name: 'Kindia TVET centre',
    kind: 'State',
    contact: { person: 'Mme Camara', phone: '+224 620 00 00 00', address: 'Kindia' },
    agreement: 'mou',
  });
  expect(provider.statusCode, provider.body).toBe(201);
  const service = await supervisor.post(`/api/v1/service-providers/${provider.json().id}/services`, {
    name: 'Tailoring course, 6 months',
    type: 'tvet',
    eligibility: 'Aged 18 to 35, up to 10th grade',
    rules: { minAge: 18, maxAge: 35, maxSchoolYear: 10, maxDistanceKm: null },
    coverage: ['Kindia', 'Coyah'],
    cost: 'Free; transport stipend',
    neededFields: ['educationLevel'],
  });
  expect(service.statusCode, service.body).toBe(201);
  serviceId = service.json().id;
  providerId = provider.json().id;
  const clinic = await supervisor.post('/api/v1/service-providers', {
    name: 'Clinique du Port',
    contact: {},
  });
  // Listed, but not of adequate quality: a gap (Annex 7).
  const consultation = await supervisor.post(`/api/v1/service-providers/${clinic.json().id}/services`, {
    name: 'General consultation',
    type: 'health',
    neededFields: ['health'],
    adequateQuality: false,
  });
  expect(consultation.statusCode, consultation.body).toBe(201);
  partnerName = (
    await t.addUser('referral_partner', { missionId: t.org.origin.id, serviceProviderId: providerId })
  ).username;
  partner = await t.signIn(partnerName);
  otherPartner = await t.signIn(
    (await t.addUser('referral_partner', { missionId: t.org.origin.id, serviceProviderId: clinic.json().id }))
      .username,
  );
});
afterAll(() => t.close());

async function openCase() {
  const res = await worker.post('/api/v1/cases', {
    phase: 'post_return',
    person: {
      sex: 'female',
      dateOfBirth: '2000-01-01',
      names: [{ givenNames: 'Fatoumata', familyName: 'Camara' }],
      phones: ['+224 622 12 34 56'],
    },
    screening: {
      programme: 'Reintegration Guinea',
      eligible: true,
      reasons: 'Returned from Libya',
      needsMediumToLongTermServices: true,
      atMediumToHighRisk: false,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().summary.id as string;
}

const draft = (caseId: string, body: object = {}) =>
  worker.post(`/api/v1/cases/${caseId}/referrals`, {
    serviceId,
    reason: 'Wants to become a tailor',
    urgency: 'routine',
    fields: ['name', 'phone', 'educationLevel'],
    returneeInformed: true,
    // The course takes people up to 10th grade: the case holds no school year, the caseworker gives it.
    eligibility: { schoolYear: 9 },
    ...body,
  });

async function sentReferral() {
  const caseId = await openCase();
  await worker.post(`/api/v1/cases/${caseId}/consents`, {
    purpose: 'referral',
    method: 'written',
    givenBy: 'Fatoumata',
  });
  const referral = (await draft(caseId)).json();
  const sent = await worker.post(`/api/v1/cases/${caseId}/referrals/${referral.id}/send`, { version: 1 });
  expect(sent.statusCode, sent.body).toBe(200);
  return { caseId, referral: sent.json() };
}

describe('the service directory', () => {
  it('is searched by need and place, and shows the needs without an adequate service', async () => {
    const tvet = (await worker.get('/api/v1/services?type=tvet&place=kindia')).json().items;
    expect(tvet.map((s: { name: string }) => s.name)).toEqual(['Tailoring course, 6 months']);
    expect((await worker.get('/api/v1/services?type=tvet&place=Boke')).json().items).toEqual([]);
    expect((await worker.get('/api/v1/services?q=clinique')).json().items).toHaveLength(1);
    const gaps = (await worker.get('/api/v1/services/gaps')).json().items;
    expect(gaps.find((g: { type: string }) => g.type === 'tvet')).toEqual({
      type: 'tvet',
      listed: 1,
      adequate: 1,
    });
    expect(gaps.find((g: { type: string }) => g.type === 'health')).toEqual({
      type: 'health',
      listed: 1,
      adequate: 0,
    });
    expect(gaps.find((g: { type: string }) => g.type === 'housing')).toEqual({
      type: 'housing',
      listed: 0,
      adequate: 0,
    });
    expect((await worker.post('/api/v1/service-providers', { name: 'x', contact: {} })).statusCode).toBe(403);
    // Another mission's staff see their own directory, not this one.
    const elsewhere = await t.signIn(names.stranger);
    expect((await elsewhere.get('/api/v1/services?type=tvet')).json().items).toEqual([]);
    const theirGaps = (await elsewhere.get('/api/v1/services/gaps')).json().items;
    expect(theirGaps.find((g: { type: string }) => g.type === 'tvet')).toEqual({
      type: 'tvet',
      listed: 0,
      adequate: 0,
    });
  });

  it('is kept by supervisors: a change touches only what is sent, a withdrawn service is no longer offered', async () => {
    const centre = (await worker.get('/api/v1/service-providers'))
      .json()
      .items.find((p: { name: string }) => p.name === 'Kindia TVET centre');
    expect(centre).toMatchObject({
      name: 'Kindia TVET centre',
      services: [{ name: 'Tailoring course, 6 months' }],
    });
    const changed = await supervisor.patch(`/api/v1/service-providers/${centre.id}`, {
      version: centre.version,
      verifiedOn: '2026-11-20',
    });
    expect(changed.json()).toMatchObject({ verifiedOn: '2026-11-20', kind: 'State', agreement: 'mou' });
    expect(
      (await supervisor.patch(`/api/v1/service-providers/${centre.id}`, { version: centre.version }))
        .statusCode,
    ).toBe(409);
    const [service] = centre.services;
    const withdrawn = await supervisor.patch(`/api/v1/services/${service.id}`, {
      version: service.version,
      active: false,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect((await worker.get('/api/v1/services?type=tvet')).json().items).toEqual([]);
    await supervisor.patch(`/api/v1/services/${service.id}`, { version: service.version + 1, active: true });
    const back = (await worker.get('/api/v1/services?type=tvet')).json().items[0];
    expect(back).toMatchObject({ coverage: ['Kindia', 'Coyah'], neededFields: ['educationLevel'] });
  });
});

describe('referrals', () => {
  it('share only what the service needs unless a reason is given', async () => {
    const caseId = await openCase();
    const noPhone = await draft(caseId, { fields: ['name'] });
    expect(errorOf(noPhone).fields?.[0]?.field).toBe('body.fields');
    const health = await draft(caseId, { fields: ['name', 'phone', 'health'] });
    expect(errorOf(health).fields?.[0]?.field).toBe('body.justification');
    expect(
      (await draft(caseId, { fields: ['name', 'phone', 'health'], justification: 'Diabetic' })).statusCode,
    ).toBe(201);
  });

  it('respect the partner’s criteria, or say why not', async () => {
    const caseId = await openCase();
    // Born in 2000: 26, within 18 to 35. Without a school year the course's limit cannot be checked.
    const unknown = errorOf(await draft(caseId, { eligibility: {} }));
    expect(unknown.fields?.[0]).toMatchObject({
      field: 'body.eligibility.exception',
      code: 'eligibility_unknown',
    });
    expect(unknown.message).toContain('education');
    const beyond = errorOf(await draft(caseId, { eligibility: { schoolYear: 12 } }));
    expect(beyond.fields?.[0]).toMatchObject({ field: 'body.eligibility.exception', code: 'not_eligible' });
    const before = (await worker.get(`/api/v1/cases/${caseId}/referrals`)).json().items;
    expect(before).toEqual([]);
    const agreed = await draft(caseId, {
      eligibility: { schoolYear: 12, exception: 'The centre takes her: the course is in her trade' },
    });
    expect(agreed.statusCode, agreed.body).toBe(201);
    expect(agreed.json()).toMatchObject({
      eligibility: { unmet: ['education'], unknown: [], facts: { age: 26, schoolYear: 12 } },
      eligibilityException: 'The centre takes her: the course is in her trade',
    });
    const fine = (await draft(caseId, { eligibility: { schoolYear: 9, exception: 'Not needed' } })).json();
    expect(fine).toMatchObject({ eligibility: { unmet: [], unknown: [] }, eligibilityException: '' });
  });

  it('are not sent without consent to referral, unless a determined exception is recorded', async () => {
    const caseId = await openCase();
    const referral = (await draft(caseId)).json();
    const refused = await worker.post(`/api/v1/cases/${caseId}/referrals/${referral.id}/send`, {
      version: 1,
    });
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).code).toBe('consent_required');
    const sent = await worker.post(`/api/v1/cases/${caseId}/referrals/${referral.id}/send`, {
      version: 1,
      exception: { reason: 'life_at_risk', determinedBy: 'Dr Bah, psychiatrist' },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toMatchObject({
      status: 'sent',
      consentException: 'life_at_risk',
      dueOn: expect.any(String),
    });
  });

  it('reach the partner with only the data shared; other partners and other case routes see nothing', async () => {
    const { referral } = await sentReferral();
    const inbox = (await partner.get('/api/v1/partner/referrals')).json().items;
    expect(inbox.map((r: { id: string }) => r.id)).toContain(referral.id);
    const seen = (await partner.get(`/api/v1/partner/referrals/${referral.id}`)).json();
    expect(Object.keys(seen.shared).sort()).toEqual(['educationLevel', 'name', 'phone']);
    expect(seen.shared).toMatchObject({ name: 'Fatoumata Camara', phone: '+224622123456' });
    expect(seen).not.toHaveProperty('caseId');
    expect((await otherPartner.get(`/api/v1/partner/referrals/${referral.id}`)).statusCode).toBe(404);
    expect((await otherPartner.get('/api/v1/partner/referrals')).json().items).toEqual([]);
    // Every route outside the partner portal that needs a permission is closed to a partner. Those
    // open to anyone signed in (their own account, the survey's questions, the roles) carry no case data.
    const forAnyone = new Set(
      t.app.routeRules
        .filter((r) => !('permission' in r.access) || r.access.permission === null)
        .map((r) => `${r.method} ${r.url}`),
    );
    const open: string[] = [];
    for (const route of apiRoutes(t.app)) {
      const key = `${route.method} ${route.template.replace(/\{(\w+)\}/g, ':$1')}`;
      if (
        route.template.startsWith('/api/v1/partner/') ||
        forAnyone.has(key) ||
        key.startsWith('POST /api/v1/auth/')
      )
        continue;
      const url = route.url.replace('5a0c2a71-1d6c-4a53-9f3e-6f1f9c2b7e11', referral.caseId);
      const res = await partner.request(route.method, url, route.method === 'GET' ? undefined : {});
      if (![403, 404].includes(res.statusCode))
        open.push(`${route.method} ${route.template}: ${res.statusCode}`);
    }
    expect(open).toEqual([]);
  });

  it('move on each side’s word only, each move dated, a decline or failure with its reason', async () => {
    const { caseId, referral } = await sentReferral();
    expect(
      errorOf(
        await worker.post(`/api/v1/cases/${caseId}/referrals/${referral.id}/status`, {
          version: 2,
          to: 'accepted',
        }),
      ).code,
    ).toBe('not_your_move');
    const declineWithoutReason = await partner.post(`/api/v1/partner/referrals/${referral.id}/status`, {
      version: 2,
      to: 'declined',
    });
    expect(errorOf(declineWithoutReason).fields?.[0]?.field).toBe('body.reason');
    const accepted = await partner.post(`/api/v1/partner/referrals/${referral.id}/status`, {
      version: 2,
      to: 'accepted',
    });
    expect(accepted.json()).toMatchObject({ status: 'accepted', acceptedAt: expect.any(String) });
    const started = await partner.post(`/api/v1/partner/referrals/${referral.id}/status`, {
      version: 3,
      to: 'in_progress',
    });
    expect(started.json().serviceStartedAt).toEqual(expect.any(String));
    const done = await partner.post(`/api/v1/partner/referrals/${referral.id}/status`, {
      version: 4,
      to: 'completed',
    });
    expect(done.json()).toMatchObject({ status: 'completed', completedAt: expect.any(String), dueOn: null });
    const outcome = await worker.post(`/api/v1/cases/${caseId}/referrals/${referral.id}/outcome`, {
      version: 5,
      received: true,
      metNeed: true,
      returneeSatisfaction: 4,
    });
    expect(outcome.json()).toMatchObject({ received: true, metNeed: true, returneeSatisfaction: 4 });
    const file = (await worker.get(`/api/v1/cases/${caseId}`)).json();
    // Sending started the follow-up ("four or six months after referral"); the outcome closed it.
    const followUp = file.tasks.find(
      (x: { kind: string; topic: string }) => x.kind === 'referral' && x.topic === referral.id,
    );
    expect(followUp).toMatchObject({ status: 'done', dueOn: '2027-03-23' });
    const moves = file.timeline.filter((e: { kind: string }) => e.kind === 'referral_moved');
    expect(moves.map((e: { details: { to: string } }) => e.details.to)).toEqual([
      'accepted',
      'in_progress',
      'completed',
    ]);
  });

  it('add up by partner and service with times, outcomes and satisfaction, withholding small counts', async () => {
    const before = (await supervisor.get('/api/v1/referrals/report')).json();
    expect(before.scores.referred).toEqual({ returnees: null, meanComposite: null });
    // Five more referrals, each completed the same day and rated 4.
    for (let i = 0; i < 5; i++) {
      const { caseId, referral } = await sentReferral();
      for (const [version, to] of [
        [2, 'accepted'],
        [3, 'in_progress'],
        [4, 'completed'],
      ] as const) {
        await partner.post(`/api/v1/partner/referrals/${referral.id}/status`, { version, to });
      }
      await worker.post(`/api/v1/cases/${caseId}/referrals/${referral.id}/outcome`, {
        version: 5,
        received: true,
        metNeed: i < 4,
        returneeSatisfaction: 4,
      });
    }
    const report = (await supervisor.get('/api/v1/referrals/report')).json();
    const centre = report.byProvider.find((p: { provider: string }) => p.provider === 'Kindia TVET centre');
    expect(centre.sent).toBe(report.sent);
    // One was completed in an earlier test: withheld then (fewer than five), shown now.
    expect(
      before.byProvider.find((p: { provider: string }) => p.provider === 'Kindia TVET centre').completed,
    ).toBeNull();
    expect(centre.completed).toBe(6);
    expect(report.completionRate).toBeCloseTo(centre.completed / centre.sent);
    expect(report.medianDaysToAccept).toBe(0);
    expect(report.meanSatisfaction).toBe(4);
    // Six outcomes so far (one earlier), five of them meeting the need.
    expect(report.receivedRate).toBe(1);
    expect(report.metNeedRate).toBeCloseTo(5 / 6);
    // Fewer than five declined or not delivered: withheld rather than shown.
    expect(centre.declined).toBeNull();
    expect(report.byService).toEqual([expect.objectContaining({ type: 'tvet', sent: report.sent })]);
    expect((await partner.get('/api/v1/referrals/report')).statusCode).toBe(403);
  });

  it('tell the other side of each step in the app, and by e-mail through the SMTP server', async () => {
    const address = 'tvet-desk@example.org';
    const mailed = await t.signIn(
      (
        await t.addUser('referral_partner', {
          missionId: t.org.origin.id,
          serviceProviderId: providerId,
          email: address,
        })
      ).username,
    );
    const { caseId, referral } = await sentReferral();
    const notices = async (s: Session) => (await s.get('/api/v1/notifications')).json();
    const received = (await notices(mailed)).notifications.find(
      (n: { referralId: string }) => n.referralId === referral.id,
    );
    // A partner's notice names the service, never the case.
    expect(received).toMatchObject({
      kind: 'referral_received',
      service: 'Tailoring course, 6 months',
      caseId: null,
      read: false,
    });
    expect((await notices(otherPartner)).notifications).toEqual([]);
    // The partner's answer reaches the caseworker, with the case to open; the partner is not told of their own act.
    await mailed.post(`/api/v1/partner/referrals/${referral.id}/status`, { version: 2, to: 'accepted' });
    const answered = (await notices(worker)).notifications.find(
      (n: { referralId: string; kind: string }) =>
        n.referralId === referral.id && n.kind === 'referral_answered',
    );
    expect(answered).toMatchObject({ caseId, status: 'accepted' });
    expect((await notices(mailed)).notifications.map((n: { kind: string }) => n.kind)).toEqual([
      'referral_received',
    ]);
    // Another user cannot mark someone else's notice read: the request names it, nothing changes.
    expect((await otherPartner.post('/api/v1/notifications/read', { ids: [received.id] })).statusCode).toBe(
      204,
    );
    expect((await notices(mailed)).unread).toBe(1);
    expect((await mailed.post('/api/v1/notifications/read', { all: true })).statusCode).toBe(204);
    expect((await notices(mailed)).unread).toBe(0);
    expect(errorOf(await mailed.post('/api/v1/notifications/read', { ids: [] })).fields?.[0]?.field).toMatch(
      /^body/,
    );

    // A real SMTP conversation: the mail names no returnee, only where to look.
    const inbox: { to: string; text: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, done) {
        let text = '';
        stream.on('data', (c: Buffer) => {
          text += c.toString();
        });
        stream.on('end', () => {
          // The body comes quoted-printable: join its soft line breaks and decode "=XX".
          const decoded = text
            .replace(/=\r?\n/g, '')
            .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
          inbox.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), text: decoded });
          done();
        });
      },
    });
    server.listen(0, '127.0.0.1');
    await once(server.server, 'listening');
    const port = (server.server.address() as AddressInfo).port;
    try {
      const mailer = smtpMailer({
        url: `smtp://127.0.0.1:${port}`,
        from: 'Reintegra <reintegra@example.org>',
      });
      const first = await deliverMail(t.db, mailer, 'https://reintegra.example.org', t.clock.now());
      expect(first).toEqual({ sent: 1, failed: 0 });
      expect(inbox).toHaveLength(1);
      expect(inbox[0]?.to).toBe(address);
      expect(inbox[0]?.text).toContain(`https://reintegra.example.org/partner/referrals/${referral.id}`);
      expect(inbox[0]?.text).not.toContain('Fatoumata');
      expect(await deliverMail(t.db, mailer, 'https://reintegra.example.org', t.clock.now())).toEqual({
        sent: 0,
        failed: 0,
      });
    } finally {
      server.close();
    }

    // A mail server that refuses is tried again on each run, then given up on; the notice stays in the app.
    await mailed.post(`/api/v1/partner/referrals/${referral.id}/messages`, { body: 'Course starts Monday' });
    await worker.post(`/api/v1/cases/${caseId}/referrals/${referral.id}/messages`, { body: 'Thank you' });
    const refusing = { send: () => Promise.reject(new Error('550 refused')) };
    for (let run = 1; run <= mailAttempts; run += 1) {
      expect(await deliverMail(t.db, refusing, 'https://x', t.clock.now())).toEqual({ sent: 0, failed: 1 });
    }
    expect(await deliverMail(t.db, refusing, 'https://x', t.clock.now())).toEqual({ sent: 0, failed: 0 });
    expect((await notices(mailed)).notifications[0]).toMatchObject({
      kind: 'message_from_caseworker',
      read: false,
    });
  });

  it('carry messages and the partner’s evidence between the two sides, and no further', async () => {
    const { caseId, referral } = await sentReferral();
    const evidence = (
      session: Session,
      id: string,
      body: Buffer,
      query = 'fileName=attendance.pdf&note=Week%201',
    ) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/partner/referrals/${id}/evidence?${query}`,
        headers: {
          cookie: session.cookie,
          'x-csrf-token': session.csrfToken,
          'content-type': 'application/octet-stream',
        },
        payload: body,
      });
    const pdf = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
    const said = await partner.post(`/api/v1/partner/referrals/${referral.id}/messages`, {
      body: 'Enrolled',
    });
    expect(said.statusCode, said.body).toBe(201);
    const filed = await evidence(partner, referral.id, pdf);
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({
      side: 'partner',
      body: 'Week 1',
      file: { name: 'attendance.pdf', size: pdf.length },
    });
    // Not a document: refused, naming the body, and nothing written.
    const text = await evidence(partner, referral.id, Buffer.from('hello'));
    expect(errorOf(text).fields?.[0]).toMatchObject({ field: 'body', code: 'unsupported_type' });
    expect(
      errorOf(await partner.post(`/api/v1/partner/referrals/${referral.id}/messages`, { body: ' ' }))
        .fields?.[0]?.field,
    ).toBe('body.body');

    const thread = (await worker.get(`/api/v1/cases/${caseId}/referrals/${referral.id}/messages`)).json();
    expect(thread.map((m: { body: string }) => m.body)).toEqual(['Enrolled', 'Week 1']);
    const download = await worker.get(
      `/api/v1/cases/${caseId}/referrals/${referral.id}/messages/${filed.json().id}/file`,
    );
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const reply = await worker.post(`/api/v1/cases/${caseId}/referrals/${referral.id}/messages`, {
      body: 'Noted',
    });
    expect(reply.json()).toMatchObject({ side: 'caseworker', file: null });
    expect((await partner.get(`/api/v1/partner/referrals/${referral.id}/messages`)).json()).toHaveLength(3);

    // Another partner, a caseworker of another office: nothing.
    expect((await otherPartner.get(`/api/v1/partner/referrals/${referral.id}/messages`)).statusCode).toBe(
      404,
    );
    expect((await evidence(otherPartner, referral.id, pdf)).statusCode).toBe(404);
    expect(
      (await otherPartner.get(`/api/v1/partner/referrals/${referral.id}/messages/${filed.json().id}/file`))
        .statusCode,
    ).toBe(404);
    const stranger = await t.signIn(names.stranger);
    expect([403, 404]).toContain(
      (await stranger.get(`/api/v1/cases/${caseId}/referrals/${referral.id}/messages`)).statusCode,
    );
    // A draft has nobody on the other side yet.
    const drafted = (await draft(caseId)).json();
    expect(
      errorOf(await worker.post(`/api/v1/cases/${caseId}/referrals/${drafted.id}/messages`, { body: 'Hi' }))
        .code,
    ).toBe('not_sent');
    const timeline = (await worker.get(`/api/v1/cases/${caseId}`)).json().timeline;
    expect(
      timeline
        .filter((e: { kind: string }) => e.kind === 'referral_message')
        .map((e: { details: { by: string; evidence: boolean } }) => [e.details.by, e.details.evidence]),
    ).toEqual([
      ['partner', false],
      ['partner', true],
      ['caseworker', false],
    ]);
  });

  it('reach a partner without an account through a one-time link that expires and answers once', async () => {
    const { caseId, referral } = await sentReferral();
    const made = await worker.post(`/api/v1/cases/${caseId}/referrals/${referral.id}/links`, { days: 2 });
    expect(made.statusCode, made.body).toBe(201);
    const { token } = made.json();
    const anonymous = (method: 'GET' | 'POST', path: string, payload?: object) =>
      t.app.inject({
        method,
        url: `/api/v1/referral-links/${token}${path}`,
        ...(payload ? { payload } : {}),
      });
    const opened = await anonymous('GET', '');
    expect(opened.statusCode, opened.body).toBe(200);
    expect(Object.keys(opened.json().shared).sort()).toEqual(['educationLevel', 'name', 'phone']);
    expect((await anonymous('GET', '')).statusCode).toBe(200);
    const answered = await anonymous('POST', '/status', { version: referral.version, to: 'accepted' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().status).toBe('accepted');
    // Spent: neither opened nor answered again.
    expect((await anonymous('GET', '')).statusCode).toBe(410);
    expect(errorOf(await anonymous('POST', '/status', { version: 3, to: 'in_progress' })).code).toBe(
      'link_used',
    );
    expect((await t.app.inject({ url: `/api/v1/referral-links/${'x'.repeat(43)}` })).statusCode).toBe(404);
    // A second link, left unused, expires.
    const second = (
      await worker.post(`/api/v1/cases/${caseId}/referrals/${referral.id}/links`, { days: 1 })
    ).json();
    t.clock.advanceMinutes(2 * 24 * 60);
    const expired = await t.app.inject({ url: `/api/v1/referral-links/${second.token}` });
    expect(expired.statusCode).toBe(410);
    expect(errorOf(expired).code).toBe('link_expired');
    const file = (await (await t.signIn(names.worker)).get(`/api/v1/cases/${caseId}`)).json();
    expect(file.timeline.find((e: { kind: string }) => e.kind === 'referral_moved').details).toMatchObject({
      to: 'accepted',
      via: 'link',
    });
  });

  it('show as overdue to the caseworker and the supervisor once the partner is late', async () => {
    worker = await t.signIn(names.worker);
    const { referral } = await sentReferral();
    // Nine days later (last in this file: the clock does not go back); sessions of then have expired.
    t.clock.advanceMinutes(9 * 24 * 60);
    for (const name of [names.worker, names.supervisor]) {
      const overdue = (await (await t.signIn(name)).get('/api/v1/referrals?overdue=true')).json().items;
      expect(overdue.find((r: { id: string }) => r.id === referral.id)).toMatchObject({
        overdue: 'not_answered',
      });
    }
    expect(
      (await (await t.signIn(names.stranger)).get('/api/v1/referrals?overdue=true')).json().items,
    ).toEqual([]);
    // The hourly sweep gives the caseworker a task to chase the partner, once, and a week on the supervisor one.
    const tasksOf = async () =>
      (await (await t.signIn(names.worker)).get(`/api/v1/cases/${referral.caseId}`))
        .json()
        .tasks.filter(
          (x: { topic: string | null }) => x.topic?.endsWith(referral.id) && x.topic !== referral.id,
        )
        .map((x: { topic: string }) => x.topic.split(':')[0]);
    await sweepOverdueReferrals(t.db, t.clock.now());
    await sweepOverdueReferrals(t.db, t.clock.now());
    expect(await tasksOf()).toEqual(['overdue']);
    // The partner is reminded once too.
    const reminders = (await (await t.signIn(partnerName)).get('/api/v1/notifications'))
      .json()
      .notifications.filter(
        (n: { referralId: string; kind: string }) =>
          n.referralId === referral.id && n.kind === 'referral_overdue',
      );
    expect(reminders).toHaveLength(1);
    t.clock.advanceMinutes(7 * 24 * 60);
    await sweepOverdueReferrals(t.db, t.clock.now());
    expect((await tasksOf()).sort()).toEqual(['escalated', 'overdue']);
  });
});
