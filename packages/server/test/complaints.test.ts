import { indicatorA2, indicatorC2 } from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit/log.ts';
import { caseworkerFeedbackRecords, complaintRecords } from '../src/complaints/indicator-records.ts';
import { wellbeingParticipation, wellbeingResponses } from '../src/complaints/tables.ts';
import type { Actor } from '../src/platform/actor.ts';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
const niamey = () => ({ officeId: t.org.niamey.id, scope: 'office' as const });
const conakry = () => ({ officeId: t.org.conakry.id, scope: 'office' as const });

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function signedIn(role: Parameters<TestApp['addUser']>[0], where: Parameters<TestApp['addUser']>[1]) {
  const user = await t.addUser(role, where);
  return { user, session: await t.signIn(user.username) };
}

/** A hotline call about the assistance, anonymous: the plainest complaint. */
const hotlineCall = (body: object = {}) => ({
  kind: 'complaint',
  channel: 'hotline',
  about: 'assistance',
  subject: 'The business kit promised in March has not come',
  receivedOn: '2026-11-20',
  anonymous: true,
  ...body,
});

/** A case opened by `by`, who is then its caseworker (registration assigns whoever opens it). */
async function caseOpenedBy(by: Session) {
  const res = await by.post('/api/v1/cases', {
    phase: 'post_return',
    person: {
      sex: 'male',
      dateOfBirth: '1996-04-02',
      names: [{ givenNames: 'Mamadou', familyName: 'Diallo' }],
      phones: ['+224 622 98 76 54'],
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

describe('complaints and feedback', () => {
  it('records a hotline complaint about the assistance and moves it from received to resolved', async () => {
    const { user, session } = await signedIn('supervisor', niamey());
    const recorded = await session.post('/api/v1/complaints', hotlineCall());
    expect(recorded.statusCode, recorded.body).toBe(201);
    const complaint = recorded.json();
    expect(complaint).toMatchObject({
      status: 'received',
      nextStatuses: ['acknowledged', 'dismissed'],
      handler: { id: user.id },
      officeId: t.org.niamey.id,
      missionId: t.org.host.id,
      complainantName: '',
      case: null,
      concernedUser: null,
      version: 1,
    });

    const list = async (query: string) =>
      (await session.get(`/api/v1/complaints?${query}`)).json().items.map((c: { id: string }) => c.id);
    expect(await list('status=received')).toContain(complaint.id);
    expect(await list('kind=feedback')).not.toContain(complaint.id);
    expect(await list('about=caseworker')).not.toContain(complaint.id);
    expect(await list('from=2026-11-21')).not.toContain(complaint.id);
    expect(await list('from=2026-11-01&to=2026-11-20')).toContain(complaint.id);

    const move = (body: object) => session.post(`/api/v1/complaints/${complaint.id}/status`, body);
    // Nobody's complaint is resolved before they are told it was heard.
    const early = await move({ version: 1, to: 'resolved', resolution: 'Kit delivered' });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).code).toBe('handling_move_not_allowed');
    const acknowledged = await move({ version: 1, to: 'acknowledged' });
    expect(acknowledged.statusCode, acknowledged.body).toBe(200);
    expect(acknowledged.json()).toMatchObject({ status: 'acknowledged', version: 2, closedOn: null });

    const stale = await move({ version: 1, to: 'under_review' });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('stale_version');

    const unsaid = await move({ version: 2, to: 'resolved', resolution: '  ' });
    expect(unsaid.statusCode).toBe(400);
    expect(errorOf(unsaid).fields?.[0]).toMatchObject({
      field: 'body.resolution',
      code: 'resolution_required',
    });

    const resolved = await move({ version: 2, to: 'resolved', resolution: 'Kit delivered on 22 November' });
    expect(resolved.statusCode, resolved.body).toBe(200);
    expect(resolved.json()).toMatchObject({
      status: 'resolved',
      resolution: 'Kit delivered on 22 November',
      closedOn: '2026-11-23',
      nextStatuses: [],
      version: 3,
    });
    expect((await move({ version: 3, to: 'dismissed', reason: 'Changed my mind' })).statusCode).toBe(409);
    expect((await session.get(`/api/v1/complaints/${complaint.id}`)).json().status).toBe('resolved');
  });

  it('keeps a record in its office: a supervisor of another office sees nothing, the mission’s manager sees it', async () => {
    const { session: recorder } = await signedIn('supervisor', niamey());
    const { session: elsewhere } = await signedIn('supervisor', {
      officeId: t.org.agadez.id,
      scope: 'office',
    });
    const { session: manager } = await signedIn('programme_manager', { missionId: t.org.host.id });
    const id = (await recorder.post('/api/v1/complaints', hotlineCall())).json().id as string;

    const listed = (await elsewhere.get('/api/v1/complaints?limit=200')).json();
    expect(listed.items.map((c: { officeId: string }) => c.officeId)).not.toContain(t.org.niamey.id);
    expect((await elsewhere.get(`/api/v1/complaints/${id}`)).statusCode).toBe(404);
    const moved = await elsewhere.post(`/api/v1/complaints/${id}/status`, { version: 1, to: 'acknowledged' });
    expect(moved.statusCode).toBe(404);

    expect((await manager.get(`/api/v1/complaints/${id}`)).statusCode).toBe(200);
    expect(
      (await manager.get('/api/v1/complaints?limit=200')).json().items.map((c: { id: string }) => c.id),
    ).toContain(id);
  });

  it('never shows a complaint to the staff member it concerns, named or taken from the case', async () => {
    const { user: working, session: worksTheCase } = await signedIn('supervisor', conakry());
    const { session: colleague } = await signedIn('supervisor', conakry());
    const caseId = await caseOpenedBy(worksTheCase);

    // About "the caseworker" of the case, naming nobody: it concerns the one working the case.
    const unnamed = await colleague.post(
      '/api/v1/complaints',
      hotlineCall({ about: 'caseworker', caseId, subject: 'Does not answer the phone' }),
    );
    expect(unnamed.statusCode, unnamed.body).toBe(201);
    expect(unnamed.json()).toMatchObject({ concernedUser: { id: working.id }, case: { id: caseId } });
    const named = await colleague.post(
      '/api/v1/complaints',
      hotlineCall({ about: 'other', concernedUserId: working.id, subject: 'Rude at the office' }),
    );
    expect(named.statusCode, named.body).toBe(201);

    for (const id of [unnamed.json().id, named.json().id]) {
      expect((await colleague.get(`/api/v1/complaints/${id}`)).statusCode).toBe(200);
      expect((await worksTheCase.get(`/api/v1/complaints/${id}`)).statusCode).toBe(404);
      const move = await worksTheCase.post(`/api/v1/complaints/${id}/status`, {
        version: 1,
        to: 'dismissed',
        reason: 'x',
      });
      expect(move.statusCode).toBe(404);
    }
    const seen = (await worksTheCase.get('/api/v1/complaints?limit=200')).json();
    expect(
      seen.items.filter((c: { concernedUser: { id: string } | null }) => c.concernedUser?.id === working.id),
    ).toEqual([]);
    // Nor may they be given it to handle.
    const handledBySubject = await colleague.post(
      '/api/v1/complaints',
      hotlineCall({ about: 'caseworker', caseId, handlerId: working.id }),
    );
    expect(handledBySubject.statusCode).toBe(400);
    expect(errorOf(handledBySubject).fields?.[0]?.field).toBe('body.handlerId');

    // Caseworkers do not handle complaints at all: every route refuses them.
    const { session: caseworker } = await signedIn('caseworker', conakry());
    const id = unnamed.json().id;
    for (const res of [
      await caseworker.get('/api/v1/complaints'),
      await caseworker.get(`/api/v1/complaints/${id}`),
      await caseworker.post('/api/v1/complaints', hotlineCall()),
      await caseworker.post(`/api/v1/complaints/${id}/status`, { version: 1, to: 'acknowledged' }),
    ]) {
      expect(res.statusCode).toBe(403);
      expect(errorOf(res).code).toBe('forbidden');
    }
  });

  it('answers bad input with 400 naming the field, and stores nothing', async () => {
    const { session } = await signedIn('supervisor', niamey());
    const { session: conakrySupervisor } = await signedIn('supervisor', conakry());
    const caseInConakry = await caseOpenedBy(conakrySupervisor);
    const fieldsOf = async (body: object) => {
      const res = await session.post('/api/v1/complaints', body);
      expect(res.statusCode, res.body).toBe(400);
      return errorOf(res).fields?.map((f) => `${f.field} ${f.code}`);
    };
    const before = (await session.get('/api/v1/complaints')).json().total;

    const { subject: _, ...noSubject } = hotlineCall();
    expect((await fieldsOf(noSubject))?.[0]).toMatch(/^body\.subject /);
    expect(await fieldsOf(hotlineCall({ channel: 'carrier_pigeon' }))).toEqual([
      expect.stringMatching(/^body\.channel /),
    ]);
    expect(await fieldsOf(hotlineCall({ receivedOn: '2026-11-24' }))).toEqual(['body.receivedOn in_future']);
    expect(await fieldsOf(hotlineCall({ complainantContact: '+227 90 00 00 00' }))).toEqual([
      'body.complainantName named_anonymous',
    ]);
    expect(await fieldsOf(hotlineCall({ anonymous: false }))).toEqual(['body.complainantName name_required']);
    // A case of another office is not one this supervisor can see.
    expect(await fieldsOf(hotlineCall({ caseId: caseInConakry }))).toEqual(['body.caseId case_not_found']);
    expect(await fieldsOf(hotlineCall({ about: 'other', satisfaction: 'satisfied' }))).toEqual([
      'body.satisfaction subject_required',
      'body.caseId case_required',
    ]);
    expect(await fieldsOf(hotlineCall({ concernedUserId: t.admin.id }))).toEqual([
      'body.concernedUserId out_of_scope',
    ]);

    const backwards = await session.get('/api/v1/complaints?from=2026-11-20&to=2026-11-01');
    expect(backwards.statusCode).toBe(400);
    expect(errorOf(backwards).fields?.[0]?.field).toBe('querystring.to');
    expect((await session.get('/api/v1/complaints')).json().total).toBe(before);
  });

  it('gives C2 and A2 their records: complaints about the caseworker apart, and satisfaction with them', async () => {
    const { user: working, session: worksTheCase } = await signedIn('supervisor', conakry());
    const { session: recorder } = await signedIn('supervisor', conakry());
    const caseId = await caseOpenedBy(worksTheCase);
    const record = async (body: object) => {
      const res = await recorder.post('/api/v1/complaints', hotlineCall(body));
      expect(res.statusCode, res.body).toBe(201);
    };
    await record({ about: 'caseworker', caseId, receivedOn: '2026-11-02' });
    await record({ about: 'assistance', caseId, channel: 'partner', receivedOn: '2026-11-03' });
    await record({ about: 'other', receivedOn: '2026-11-04' });
    // Last month's: not November's.
    await record({ about: 'caseworker', caseId, receivedOn: '2026-10-30' });
    await record({
      kind: 'feedback',
      about: 'caseworker',
      caseId,
      satisfaction: 'very_satisfied',
      subject: 'Thanks her for the visit',
      receivedOn: '2026-11-05',
    });

    // A reader of the origin mission who is not named in any of them.
    const reader = {
      userId: t.admin.id,
      scope: 'mission',
      missionId: t.org.origin.id,
      officeId: null,
    } as Actor;
    const november = { from: '2026-11-01', to: '2026-11-30' };
    const records = await complaintRecords(t.db, reader, november);
    // Neither the feedback nor the complaint about something else is C2's; earlier tests' cases are left aside.
    expect(records.filter((r) => r.caseId === null && r.receivedOn === '2026-11-04')).toEqual([]);
    const ofThisCase = records.filter((r) => r.caseId === caseId);
    expect(ofThisCase).toHaveLength(2);
    const c2 = indicatorC2(ofThisCase, [working.id], november);
    expect(c2).toMatchObject({
      numerator: 1,
      denominator: 1,
      aboutAssistance: 1,
      byCaseworker: { [working.id]: 1 },
    });
    const a2 = indicatorA2(await caseworkerFeedbackRecords(t.db, reader, november), november);
    expect(a2).toEqual({ numerator: 1, denominator: 1, value: 1 });
    // The one they concern does not have them counted in their reading either.
    const subject = {
      userId: working.id,
      scope: 'office',
      missionId: t.org.origin.id,
      officeId: t.org.conakry.id,
    } as Actor;
    const theirs = await complaintRecords(t.db, subject, november);
    expect(theirs.filter((r) => r.caseId === caseId || r.caseworkerId === working.id)).toEqual([
      expect.objectContaining({ about: 'assistance', caseworkerId: null }),
    ]);
  });

  it('audits every read and write, refusals included', async () => {
    const { user, session } = await signedIn('supervisor', niamey());
    const id = (await session.post('/api/v1/complaints', hotlineCall())).json().id;
    await session.get('/api/v1/complaints');
    await session.get(`/api/v1/complaints/${id}`);
    await session.post(`/api/v1/complaints/${id}/status`, { version: 1, to: 'acknowledged' });
    await session.post(`/api/v1/complaints/${id}/status`, { version: 1, to: 'under_review' });
    const events = (
      await listAudit(t.db, { actorId: user.id, recordType: 'complaint', limit: 50, offset: 0 })
    ).items;
    expect(events.map((e) => `${e.action} ${e.outcome}`).reverse()).toEqual([
      'complaint.record success',
      'complaint.list success',
      'complaint.read success',
      'complaint.move success',
      'complaint.move failure',
    ]);
    expect(events.filter((e) => e.action !== 'complaint.list').every((e) => e.recordId === id)).toBe(true);
  });
});

describe('staff wellbeing survey', () => {
  const answers = (stress: string) => ({
    manage_stress: stress,
    workload: 'high',
    hard_to_sleep: 'partly',
    supervisor_support: 'yes',
    felt_unsafe: 'declined',
  });
  const summaryOf = async (session: Session, query = 'from=2026-01-01&to=2026-12-31') => {
    const res = await session.get(`/api/v1/wellbeing/summary?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('lets a caseworker answer once a year, and keeps the answer without their id', async () => {
    const { user, session } = await signedIn('caseworker', niamey());
    const survey = await session.get('/api/v1/wellbeing/survey');
    expect(survey.statusCode, survey.body).toBe(200);
    expect(survey.json()).toMatchObject({ surveyYear: 2026, answered: false });
    expect(survey.json().questions.map((q: { id: string }) => q.id)).toEqual([
      'manage_stress',
      'workload',
      'hard_to_sleep',
      'supervisor_support',
      'felt_unsafe',
    ]);

    const answered = await session.post('/api/v1/wellbeing/responses', { answers: answers('agree') });
    expect(answered.statusCode, answered.body).toBe(201);
    expect((await session.get('/api/v1/wellbeing/survey')).json().answered).toBe(true);
    const again = await session.post('/api/v1/wellbeing/responses', { answers: answers('disagree') });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).code).toBe('already_answered');

    // The answer table has no column for a person, and no row of it holds the user's id.
    const columns = (await t.db.execute(
      sql`select column_name from information_schema.columns where table_name = 'wellbeing_responses' order by ordinal_position`,
    )) as unknown as { rows: { column_name: string }[] };
    expect(columns.rows.map((c) => c.column_name)).toEqual([
      'id',
      'survey_year',
      'mission_id',
      'office_id',
      'answers',
    ]);
    const stored = await t.db.select().from(wellbeingResponses);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(user.id);
    expect(stored[0]?.answers.manage_stress).toBe('agree');
    // That they answered is kept apart, with nothing of what.
    expect(await t.db.select().from(wellbeingParticipation)).toEqual([{ userId: user.id, surveyYear: 2026 }]);
    // The audit log says who answered, and nothing of the answer.
    const events = (
      await listAudit(t.db, { actorId: user.id, action: 'wellbeing.answer', limit: 5, offset: 0 })
    ).items;
    expect(events.map((e) => `${e.outcome} ${e.recordId}`)).toEqual(['failure null', 'success null']);
    expect(JSON.stringify(events.map((e) => e.details))).not.toMatch(/agree|partly|manage_stress/);
  });

  it('turns away a referral partner, and an answer with a question left out', async () => {
    const { session: partner } = await signedIn('referral_partner', { missionId: t.org.origin.id });
    expect((await partner.get('/api/v1/wellbeing/survey')).statusCode).toBe(403);
    expect(
      (await partner.post('/api/v1/wellbeing/responses', { answers: answers('agree') })).statusCode,
    ).toBe(403);
    const { session } = await signedIn('caseworker', niamey());
    const { felt_unsafe: _, ...incomplete } = answers('agree');
    const res = await session.post('/api/v1/wellbeing/responses', { answers: incomplete });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields?.map((f) => f.field)).toContain('body.answers.felt_unsafe');
    expect((await session.get('/api/v1/wellbeing/survey')).json().answered).toBe(false);
  });

  it('shows managers counts only, within their scope, withheld when they rest on fewer than five answers', async () => {
    const { session: agadezSupervisor } = await signedIn('supervisor', {
      officeId: t.org.agadez.id,
      scope: 'office',
    });
    const { session: niameySupervisor } = await signedIn('supervisor', niamey());
    const { session: manager } = await signedIn('programme_manager', { missionId: t.org.host.id });
    expect((await summaryOf(agadezSupervisor)).respondents.withheld).toBe(true);

    for (const stress of [
      'agree',
      'disagree',
      'agree',
      'disagree',
      'agree',
      'disagree',
      'agree',
      'disagree',
      'agree',
      'disagree',
    ]) {
      const { session } = await signedIn('caseworker', { officeId: t.org.agadez.id });
      expect(
        (await session.post('/api/v1/wellbeing/responses', { answers: answers(stress) })).statusCode,
      ).toBe(201);
    }
    const agadez = await summaryOf(agadezSupervisor);
    expect(agadez.respondents).toEqual({ value: 10, numerator: 10, denominator: null, withheld: false });
    expect(agadez.ableToManageStress).toEqual({ value: 0.5, numerator: 5, denominator: 10, withheld: false });
    expect(agadez.byPlace).toEqual([
      { missionId: t.org.host.id, officeId: t.org.agadez.id, figure: agadez.ableToManageStress },
    ]);
    const stress = agadez.questions.find((q: { question: string }) => q.question === 'manage_stress');
    expect(stress.total).toBe(10);
    // The answers nobody gave are withheld, and one count of five with them: were it shown, the
    // total less the shown counts would say that nobody gave the others.
    const counts = Object.fromEntries(
      stress.answers.map((a: { answer: string; count: number | null }) => [a.answer, a.count]),
    );
    expect(counts).toEqual({
      strongly_agree: null,
      agree: null,
      neutral: null,
      disagree: 5,
      strongly_disagree: null,
      declined: null,
    });

    // Niamey's one answer (the first test's) is not shown to its supervisor, nor counted in Agadez.
    const niameySummary = await summaryOf(niameySupervisor);
    expect(niameySummary.respondents.withheld).toBe(true);
    expect(niameySummary.ableToManageStress.withheld).toBe(true);

    // The mission's manager sees both offices: Niamey's single answer is withheld, and Agadez with it,
    // or Agadez subtracted from the total would give it away; the total itself can be shown.
    const mission = await summaryOf(manager);
    expect(mission.respondents.value).toBe(11);
    expect(mission.ableToManageStress).toMatchObject({ numerator: 6, denominator: 11, withheld: false });
    expect(mission.byPlace.map((p: { figure: { withheld: boolean } }) => p.figure.withheld)).toEqual([
      true,
      true,
    ]);

    expect((await summaryOf(manager, 'from=2025-01-01&to=2025-12-31')).respondents.withheld).toBe(true);
    const backwards = await manager.get('/api/v1/wellbeing/summary?from=2026-12-31&to=2026-01-01');
    expect(backwards.statusCode).toBe(400);
    expect(errorOf(backwards).fields?.[0]?.field).toBe('querystring.to');

    const { session: caseworker } = await signedIn('caseworker', niamey());
    expect((await caseworker.get('/api/v1/wellbeing/summary?from=2026-01-01&to=2026-12-31')).statusCode).toBe(
      403,
    );
    const events = (await listAudit(t.db, { action: 'wellbeing.summary', limit: 50, offset: 0 })).items;
    expect(events.map((e) => e.outcome)).toContain('denied');
    expect(events.filter((e) => e.outcome === 'success').length).toBeGreaterThanOrEqual(5);
  });
});
