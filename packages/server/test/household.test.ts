import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let worker: Session;
let stranger: Session;

beforeAll(async () => {
  t = await startTestApp();
  worker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })).username,
  );
  stranger = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.agadez.id, scope: 'office' })).username,
  );
});
afterAll(() => t.close());

type Member = {
  id: string;
  name: string;
  child: boolean | null;
  relationship: string;
  returnsTogether: boolean;
  case: { id: string; reference: string } | null;
};
type CaseFile = {
  summary: { id: string; version: number; reference: string };
  household: { id: string; version: number; members: Member[] } | null;
  timeline: { kind: string }[];
};

const screening = {
  programme: 'AVRR Niger',
  eligible: true,
  reasons: 'Family wishes to return to Guinea',
  needsMediumToLongTermServices: true,
  atMediumToHighRisk: false,
};

async function register(session: Session, givenNames: string, extra: object = {}): Promise<CaseFile> {
  const res = await session.post('/api/v1/cases', {
    phase: 'pre_return',
    person: { sex: 'female', names: [{ givenNames, familyName: 'Condé' }], ...extra },
    screening,
    consent: { purpose: 'registration', method: 'written', givenBy: 'the person' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const addMember = (session: Session, caseId: string, body: object) =>
  session.post(`/api/v1/cases/${caseId}/household/members`, body);

describe('households', () => {
  it('starts a household around the case’s person, with children as their own records', async () => {
    const mother = await register(worker, 'Mariama', { dateOfBirth: '1990-04-12' });
    expect(mother.household).toBeNull();
    const withChild = await addMember(worker, mother.summary.id, {
      relationship: 'child',
      returnsTogether: true,
      person: {
        sex: 'male',
        names: [{ givenNames: 'Sekou', familyName: 'Condé' }],
        dateOfBirth: '2016-09-01',
      },
    });
    expect(withChild.statusCode, withChild.body).toBe(201);
    const husband = await addMember(worker, mother.summary.id, {
      relationship: 'spouse_or_partner',
      returnsTogether: false,
      person: { sex: 'male', names: [{ givenNames: 'Lansana', familyName: 'Condé' }], birthYear: 1985 },
    });
    const file = husband.json() as CaseFile;
    expect(file.household?.members).toEqual([
      expect.objectContaining({ name: 'Mariama Condé', relationship: 'reference_person', child: false }),
      expect.objectContaining({
        name: 'Sekou Condé',
        relationship: 'child',
        child: true,
        returnsTogether: true,
      }),
      expect.objectContaining({
        name: 'Lansana Condé',
        relationship: 'spouse_or_partner',
        returnsTogether: false,
      }),
    ]);
    expect(file.timeline.filter((e) => e.kind === 'household_member_added')).toHaveLength(2);
  });

  it('opens the child’s own case, linked to the household, which shows the same household', async () => {
    const mother = await register(worker, 'Fanta');
    const added = (
      await addMember(worker, mother.summary.id, {
        relationship: 'child',
        returnsTogether: true,
        person: {
          sex: 'female',
          names: [{ givenNames: 'Awa', familyName: 'Condé' }],
          dateOfBirth: '2014-02-10',
        },
      })
    ).json() as CaseFile;
    const child = added.household?.members.find((m) => m.relationship === 'child') as Member;
    const opened = await worker.post(
      `/api/v1/cases/${mother.summary.id}/household/members/${child.id}/case`,
      {
        phase: 'pre_return',
        screening,
        consent: { purpose: 'registration', method: 'written', givenBy: 'Fanta Condé, her mother' },
      },
    );
    expect(opened.statusCode, opened.body).toBe(201);
    const childCase = opened.json() as CaseFile;
    expect(childCase.household?.id).toBe(added.household?.id);
    expect(childCase.summary.reference).toMatch(/^NE-/);
    const again = (await worker.get(`/api/v1/cases/${mother.summary.id}`)).json() as CaseFile;
    expect(again.household?.members.find((m) => m.id === child.id)?.case?.id).toBe(childCase.summary.id);
    const twice = await worker.post(`/api/v1/cases/${mother.summary.id}/household/members/${child.id}/case`, {
      phase: 'pre_return',
      screening,
    });
    expect(errorOf(twice).code).toBe('has_case');
  });

  it('adds the person of another case, but never into a second household', async () => {
    const a = await register(worker, 'Kadiatou');
    const b = await register(worker, 'Hawa');
    const c = await register(worker, 'Nènè');
    const joined = await addMember(worker, a.summary.id, {
      relationship: 'sibling',
      returnsTogether: true,
      existingCaseId: b.summary.id,
    });
    expect(joined.statusCode).toBe(201);
    const hawa = (await worker.get(`/api/v1/cases/${b.summary.id}`)).json() as CaseFile;
    expect(hawa.household?.members.map((m) => m.relationship)).toEqual(['reference_person', 'sibling']);
    const second = await addMember(worker, c.summary.id, {
      relationship: 'sibling',
      returnsTogether: true,
      existingCaseId: b.summary.id,
    });
    expect(second.statusCode).toBe(409);
    expect(errorOf(second).code).toBe('in_other_household');
  });

  it('records a member leaving, refuses a stale household version, and keeps the reference person', async () => {
    const a = await register(worker, 'Djenab');
    const file = (
      await addMember(worker, a.summary.id, {
        relationship: 'parent',
        returnsTogether: false,
        person: { sex: 'female', names: [{ givenNames: 'Oumou', familyName: 'Condé' }] },
      })
    ).json() as CaseFile;
    const household = file.household as NonNullable<CaseFile['household']>;
    const parent = household.members[1] as Member;
    const reference = household.members[0] as Member;
    const url = (m: Member) => `/api/v1/cases/${a.summary.id}/household/members/${m.id}`;
    const stale = await worker.patch(url(parent), { version: household.version + 3, leaves: true });
    expect(stale.statusCode).toBe(409);
    const keep = await worker.patch(url(reference), { version: household.version, leaves: true });
    expect(errorOf(keep).code).toBe('reference_person');
    const left = await worker.patch(url(parent), { version: household.version, leaves: true });
    expect(left.statusCode, left.body).toBe(200);
    expect((left.json() as CaseFile).household?.members.map((m) => m.name)).toEqual(['Djenab Condé']);
  });

  it('names the field of bad input and keeps households out of reach of another office', async () => {
    const a = await register(worker, 'Saran');
    const bad = await addMember(worker, a.summary.id, {
      relationship: 'reference_person',
      returnsTogether: true,
      person: { sex: 'female', names: [{ givenNames: 'X' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).fields?.map((f) => f.field)).toEqual(['body.relationship']);
    const neither = await addMember(worker, a.summary.id, { relationship: 'child', returnsTogether: true });
    expect(errorOf(neither).fields?.[0]).toMatchObject({ field: 'body.person', code: 'person_or_case' });
    const theirs = await addMember(stranger, a.summary.id, {
      relationship: 'child',
      returnsTogether: true,
      person: { sex: 'male', names: [{ givenNames: 'Y' }] },
    });
    expect(theirs.statusCode).toBe(404);
    const outside = await register(stranger, 'Mabinty');
    const linked = await addMember(worker, a.summary.id, {
      relationship: 'sibling',
      returnsTogether: true,
      existingCaseId: outside.summary.id,
    });
    expect(errorOf(linked).fields?.[0]).toMatchObject({ field: 'body.existingCaseId', code: 'not_found' });
    const after = (await worker.get(`/api/v1/cases/${a.summary.id}`)).json() as CaseFile;
    // The refused additions left nothing behind, not even an empty household.
    expect(after.household).toBeNull();
  });
});
