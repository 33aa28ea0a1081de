import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let worker: Session;
let colleague: Session;
let manager: Session;
let stranger: Session;
let supervisor: Session;

beforeAll(async () => {
  t = await startTestApp();
  const office = { officeId: t.org.conakry.id, scope: 'office' as const };
  worker = await t.signIn((await t.addUser('caseworker', office)).username);
  colleague = await t.signIn((await t.addUser('caseworker', office)).username);
  manager = await t.signIn(
    (await t.addUser('me_officer', { missionId: t.org.origin.id, scope: 'mission' })).username,
  );
  supervisor = await t.signIn((await t.addUser('supervisor', office)).username);
  stranger = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })).username,
  );
});
afterAll(() => t.close());

async function openCase(dateOfBirth = '1994-02-01') {
  const res = await worker.post('/api/v1/cases', {
    phase: 'post_return',
    person: { sex: 'female', dateOfBirth, names: [{ givenNames: 'Aissatou', familyName: 'Barry' }] },
    screening: {
      programme: 'Reintegration Guinea',
      eligible: true,
      reasons: 'Returned from Libya',
      needsMediumToLongTermServices: true,
      atMediumToHighRisk: true,
    },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().summary.id as string;
}

const screening = {
  kind: 'vulnerability',
  phase: 'arrival',
  conductedOn: '2026-11-20',
  findings: {
    factors: [
      { level: 'individual', kind: 'risk', description: 'Debt to the smuggler' },
      { level: 'household', kind: 'protective', description: 'Mother supportive' },
    ],
    situations: ['trafficking', 'health_needs'],
    triggers: ['T4', 'T11'],
    immediateNeeds: 'Medical check',
    longTermNeeds: 'Income',
    consentToShareWithOrigin: true,
  },
};

const needs = {
  kind: 'needs',
  conductedOn: '2026-11-21',
  findings: {
    educationLevel: 'isced_2',
    workHistory: [{ occupation: 'Tailor', where: 'Tripoli', years: 3 }],
    skills: ['Sewing'],
    interests: ['Own workshop'],
    fitToWork: true,
    health: '',
    housing: 'With her mother',
    familySituation: 'Two children',
    needs: { economic: 'Income', social: '', psychosocial: 'Sleep problems' },
    deliverableInFewSessions: true,
    caseManagementType: 'intensive',
  },
};

describe('assessments', () => {
  it('records a screening, flags the case and starts a referral task for each urgent disclosure only', async () => {
    const caseId = await openCase();
    const res = await worker.post(`/api/v1/cases/${caseId}/assessments`, screening);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().started).toEqual([{ kind: 'referral', topic: 'T4' }]);
    const file = (await worker.get(`/api/v1/cases/${caseId}`)).json();
    expect(file.summary.vulnerabilities).toEqual(['health_needs', 'trafficking']);
    const referral = file.tasks.find((x: { kind: string }) => x.kind === 'referral');
    expect(referral).toMatchObject({ topic: 'T4', status: 'open' });
    // A second screening with the same disclosure does not start the task again.
    expect((await worker.post(`/api/v1/cases/${caseId}/assessments`, screening)).json().started).toEqual([]);
    expect(file.timeline.some((e: { kind: string }) => e.kind === 'assessment_recorded')).toBe(true);
  });

  it('keeps the caseworker’s decision on the type of case management beside the suggestion', async () => {
    const caseId = await openCase();
    await worker.post(`/api/v1/cases/${caseId}/assessments`, screening);
    const suggestion = await worker.get(
      `/api/v1/cases/${caseId}/case-management-suggestion?deliverableInFewSessions=true`,
    );
    expect(suggestion.json()).toEqual({ type: 'intensive', because: ['trafficking', 'T4'] });
    const res = await worker.post(`/api/v1/cases/${caseId}/assessments`, needs);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().assessment.findings.suggestion.type).toBe('intensive');
    const file = (await worker.get(`/api/v1/cases/${caseId}`)).json();
    expect(file.summary.caseManagementType).toBe('intensive');
    const list = (await manager.get(`/api/v1/cases/${caseId}/assessments`)).json();
    expect(list.items.map((a: { kind: string }) => a.kind)).toEqual(['vulnerability', 'needs']);
  });

  it('names the field of bad input and writes nothing', async () => {
    const caseId = await openCase();
    const bad = await worker.post(`/api/v1/cases/${caseId}/assessments`, {
      ...screening,
      findings: { ...screening.findings, triggers: ['T99'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).fields?.[0]?.field).toContain('triggers');
    const noChildViews = await worker.post(`/api/v1/cases/${caseId}/assessments`, {
      kind: 'best_interests',
      conductedOn: '2026-11-20',
      findings: {
        trigger: 'other',
        participants: [],
        childViews: '',
        informationGiven: 'x',
        maturityAssessment: 'x',
        riskFactors: '',
        protectiveFactors: '',
        decision: 'x',
        reviewOn: '2027-01-01',
      },
    });
    expect(noChildViews.statusCode).toBe(400);
    expect(errorOf(noChildViews).fields?.map((f) => f.field)).toEqual([
      'body.findings.childViews',
      'body.findings.participants',
    ]);
    expect((await worker.get(`/api/v1/cases/${caseId}/assessments`)).json().items).toEqual([]);
  });

  it('takes a best-interests assessment for a child only', async () => {
    const adult = await openCase();
    const child = await openCase('2014-05-05');
    const bia = {
      kind: 'best_interests',
      conductedOn: '2026-11-20',
      findings: {
        trigger: 'unaccompanied_or_separated',
        participants: [{ name: 'Fanta', role: 'child' }],
        childViews: 'Wants to live with her aunt',
        informationGiven: 'Options explained',
        maturityAssessment: 'Understands well',
        riskFactors: '',
        protectiveFactors: 'Aunt',
        decision: 'Placement with the aunt',
        reviewOn: '2027-02-20',
      },
    };
    expect((await worker.post(`/api/v1/cases/${adult}/assessments`, bia)).statusCode).toBe(409);
    // Found alone, the child gets a best-interests task; the assessment closes it.
    await worker.post(`/api/v1/cases/${child}/assessments`, {
      ...screening,
      findings: { ...screening.findings, situations: ['unaccompanied_child'], triggers: [] },
    });
    const openBia = (file: { tasks: { kind: string; topic: string | null; status: string }[] }) =>
      file.tasks.filter(
        (x) => x.kind === 'assessment' && x.topic === 'best_interests' && x.status === 'open',
      );
    expect(openBia((await worker.get(`/api/v1/cases/${child}`)).json())).toHaveLength(1);
    expect((await worker.post(`/api/v1/cases/${child}/assessments`, bia)).statusCode).toBe(201);
    expect(openBia((await worker.get(`/api/v1/cases/${child}`)).json())).toEqual([]);
  });

  it('is out of reach outside the user’s scope', async () => {
    const caseId = await openCase();
    expect((await stranger.get(`/api/v1/cases/${caseId}/assessments`)).statusCode).toBe(404);
    expect((await stranger.post(`/api/v1/cases/${caseId}/assessments`, screening)).statusCode).toBe(404);
    expect((await manager.post(`/api/v1/cases/${caseId}/assessments`, screening)).statusCode).toBe(403);
    expect((await stranger.get(`/api/v1/cases/${caseId}/counselling-sessions`)).statusCode).toBe(404);
  });
});

describe('counselling sessions', () => {
  const session = {
    heldOn: '2026-11-22',
    type: 'first_arrival',
    meetingType: 'intake',
    reasons: ['psychosocial'],
    setting: 'office',
    attendees: [
      { name: 'Aissatou Barry', role: 'returnee' },
      { name: 'Awa', role: 'interpreter' },
    ],
    topics: ['expectations', 'priorities'],
    interpreterBriefed: true,
    firstLineSupportGiven: true,
    referralNeeded: true,
    agreedNextSteps: 'Skills assessment next week',
    notes: 'Spoke about her time in detention',
  };

  it('records a session, starts a referral task when one is needed, and keeps the notes from those below the recorder’s role', async () => {
    const caseId = await openCase();
    const res = await worker.post(`/api/v1/cases/${caseId}/counselling-sessions`, session);
    expect(res.statusCode, res.body).toBe(201);
    const file = (await worker.get(`/api/v1/cases/${caseId}`)).json();
    expect(file.tasks.find((x: { kind: string }) => x.kind === 'referral')).toMatchObject({
      topic: 'counselling',
    });
    expect((await colleague.get(`/api/v1/cases/${caseId}/counselling-sessions`)).json().items[0].notes).toBe(
      session.notes,
    );
    // A supervisor's session notes stay the supervisor's and above, as confidential case notes do.
    await supervisor.post(`/api/v1/cases/${caseId}/counselling-sessions`, { ...session, type: 'follow_up' });
    const [, bySupervisor] = (await colleague.get(`/api/v1/cases/${caseId}/counselling-sessions`)).json()
      .items;
    expect(bySupervisor.notes).toBeNull();
    expect(bySupervisor.agreedNextSteps).toBe(session.agreedNextSteps);
  });

  it('refuses a session without the returnee, or an interpreter not said to be briefed, naming the field', async () => {
    const caseId = await openCase();
    const absent = await worker.post(`/api/v1/cases/${caseId}/counselling-sessions`, {
      ...session,
      attendees: [{ name: 'Awa', role: 'interpreter' }],
      interpreterBriefed: null,
    });
    expect(absent.statusCode).toBe(400);
    expect(errorOf(absent).fields?.map((f) => f.field)).toEqual([
      'body.attendees',
      'body.interpreterBriefed',
    ]);
    expect((await worker.get(`/api/v1/cases/${caseId}/counselling-sessions`)).json().items).toEqual([]);
  });

  it('asks every session for its type of meeting and its reasons, naming the field, and gives them back', async () => {
    const caseId = await openCase();
    const { meetingType: _, ...untyped } = session;
    const missing = await worker.post(`/api/v1/cases/${caseId}/counselling-sessions`, untyped);
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).fields?.map((f) => f.field)).toEqual(['body.meetingType']);
    const unknown = await worker.post(`/api/v1/cases/${caseId}/counselling-sessions`, {
      ...session,
      meetingType: 'chat',
    });
    expect(errorOf(unknown).fields?.map((f) => f.field)).toEqual(['body.meetingType']);
    // Reasons must be given, each once; none at all is an answer (a session about the process itself).
    const { reasons: __, ...unreasoned } = session;
    const noReasons = await worker.post(`/api/v1/cases/${caseId}/counselling-sessions`, unreasoned);
    expect(errorOf(noReasons).fields?.map((f) => f.field)).toEqual(['body.reasons']);
    const twice = await worker.post(`/api/v1/cases/${caseId}/counselling-sessions`, {
      ...session,
      reasons: ['social', 'social'],
    });
    expect(errorOf(twice).fields?.map((f) => f.field)).toEqual(['body.reasons']);
    expect((await worker.get(`/api/v1/cases/${caseId}/counselling-sessions`)).json().items).toEqual([]);
    const held = await worker.post(`/api/v1/cases/${caseId}/counselling-sessions`, {
      ...session,
      meetingType: 'beneficiary_request',
      reasons: [],
    });
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json()).toMatchObject({ meetingType: 'beneficiary_request', reasons: [] });
    const [listed] = (await worker.get(`/api/v1/cases/${caseId}/counselling-sessions`)).json().items;
    expect(listed).toMatchObject({ meetingType: 'beneficiary_request', reasons: [] });
  });
});
