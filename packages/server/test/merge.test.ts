import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let worker: Session;
let supervisor: Session;
let stranger: Session;

beforeAll(async () => {
  t = await startTestApp();
  worker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.conakry.id, scope: 'office' })).username,
  );
  supervisor = await t.signIn((await t.addUser('supervisor', { officeId: t.org.conakry.id })).username);
  stranger = await t.signIn(
    (await t.addUser('supervisor', { officeId: t.org.niamey.id, scope: 'office' })).username,
  );
});
afterAll(() => t.close());

type CaseFile = {
  summary: { id: string; version: number; status: string; reference: string };
  person: { nationality: string | null; placeOfOrigin: string | null; names: { givenNames: string }[] };
  merges: { fields: { field: string; kept: unknown; survivor: unknown; merged: unknown }[]; added: object }[];
  mergedInto: { id: string } | null;
  timeline: { kind: string }[];
};

async function register(session: Session, person: object): Promise<CaseFile> {
  const res = await session.post('/api/v1/cases', {
    phase: 'post_return',
    person: { sex: 'male', ...person },
    screening: {
      programme: 'Reintegration Guinea',
      eligible: true,
      reasons: 'Returned from Niger',
      needsMediumToLongTermServices: true,
      atMediumToHighRisk: false,
    },
    consent: { purpose: 'registration', method: 'verbal', givenBy: 'the person', witnessedBy: 'a colleague' },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const duplicatesOf = async (session: Session, id: string) =>
  (await session.get(`/api/v1/cases/${id}/duplicates`))
    .json()
    .items.map((d: { case: { id: string } }) => d.case.id) as string[];

describe('merging two registrations of one person', () => {
  it('offers the other registration as a duplicate, merges it field by field, and keeps every value', async () => {
    const kept = await register(worker, {
      names: [{ givenNames: 'Mamadou', familyName: 'Diallo' }],
      dateOfBirth: '1994-03-02',
      nationality: 'GN',
      placeOfOrigin: 'Kindia',
      phones: ['+224 622 12 34 56'],
    });
    const twin = await register(worker, {
      names: [{ givenNames: 'Mamadu', familyName: 'Dialo' }],
      birthYear: 1994,
      nationality: 'SN',
      placeOfOrigin: 'Labé',
      placeOfIntendedReturn: 'Conakry',
      phones: ['+224 655 99 88 77'],
      identifiers: [{ kind: 'passport', value: 'R1234567' }],
    });
    expect(await duplicatesOf(worker, kept.summary.id)).toContain(twin.summary.id);

    const body = {
      version: kept.summary.version,
      mergedCaseId: twin.summary.id,
      mergedVersion: twin.summary.version,
      choices: { placeOfOrigin: 'merged' },
    };
    const byCaseworker = await worker.post(`/api/v1/cases/${kept.summary.id}/merge`, body);
    expect(byCaseworker.statusCode).toBe(403);

    const merged = await supervisor.post(`/api/v1/cases/${kept.summary.id}/merge`, body);
    expect(merged.statusCode, merged.body).toBe(200);
    const file = merged.json() as CaseFile;
    expect(file.person).toMatchObject({ nationality: 'GN', placeOfOrigin: 'Labé' });
    expect(file.person.names.map((n) => n.givenNames)).toEqual(['Mamadou', 'Mamadu']);
    const history = file.merges[0]?.fields ?? [];
    expect(history.find((h) => h.field === 'nationality')).toMatchObject({
      survivor: 'GN',
      merged: 'SN',
      kept: 'GN',
    });
    expect(history.find((h) => h.field === 'placeOfOrigin')).toMatchObject({
      survivor: 'Kindia',
      merged: 'Labé',
      kept: 'Labé',
    });
    expect(history.find((h) => h.field === 'placeOfIntendedReturn')).toMatchObject({
      survivor: null,
      merged: 'Conakry',
      kept: 'Conakry',
    });
    expect(file.merges[0]?.added).toEqual({
      names: ['Mamadu Dialo'],
      phones: ['+224655998877'],
      identifiers: ['passport: R1234567'],
    });
    expect(file.timeline.at(-1)?.kind).toBe('merged_from');

    // The duplicate is closed and kept, pointing at the record it joined.
    const closed = (await worker.get(`/api/v1/cases/${twin.summary.id}`)).json() as CaseFile;
    expect(closed.summary.status).toBe('closed');
    expect(closed.mergedInto?.id).toBe(kept.summary.id);
    expect(closed.person.nationality).toBe('SN');

    // Search before create now finds one person, by either record's number or document.
    const search = await worker.post('/api/v1/cases/duplicates', {
      names: ['Mamadou Diallo'],
      phone: '998877',
      identifiers: ['R 123 4567'],
    });
    const found = search.json().items.map((d: { case: { id: string } }) => d.case.id);
    expect(found).toContain(kept.summary.id);
    expect(found).not.toContain(twin.summary.id);
  });

  it('refuses a stale version, the same case, and a case out of reach, naming the field', async () => {
    const a = await register(worker, { names: [{ givenNames: 'Ousmane', familyName: 'Barry' }] });
    const b = await register(worker, { names: [{ givenNames: 'Ousman', familyName: 'Bari' }] });
    const stale = await supervisor.post(`/api/v1/cases/${a.summary.id}/merge`, {
      version: a.summary.version + 5,
      mergedCaseId: b.summary.id,
      mergedVersion: b.summary.version,
    });
    expect(stale.statusCode).toBe(409);
    const same = await supervisor.post(`/api/v1/cases/${a.summary.id}/merge`, {
      version: a.summary.version,
      mergedCaseId: a.summary.id,
      mergedVersion: a.summary.version,
    });
    expect(errorOf(same).fields?.[0]).toMatchObject({ field: 'body.mergedCaseId', code: 'same_case' });
    const elsewhere = await register(stranger, { names: [{ givenNames: 'Ousmane', familyName: 'Barry' }] });
    const outOfReach = await supervisor.post(`/api/v1/cases/${a.summary.id}/merge`, {
      version: a.summary.version,
      mergedCaseId: elsewhere.summary.id,
      mergedVersion: elsewhere.summary.version,
    });
    expect(errorOf(outOfReach).fields?.[0]).toMatchObject({ field: 'body.mergedCaseId', code: 'not_found' });
    expect((await stranger.get(`/api/v1/cases/${a.summary.id}/duplicates`)).statusCode).toBe(404);
    // Nothing was half-done: both are still open and unmerged.
    const still = (await worker.get(`/api/v1/cases/${b.summary.id}`)).json() as CaseFile;
    expect(still).toMatchObject({ mergedInto: null, summary: { status: 'screening' } });
  });

  it('marks two look-alike people distinct, so neither is offered as the other’s duplicate again', async () => {
    const a = await register(worker, {
      names: [{ givenNames: 'Aissatou', familyName: 'Sow' }],
      dateOfBirth: '2001-01-01',
    });
    const b = await register(worker, {
      names: [{ givenNames: 'Aissatou', familyName: 'Sow' }],
      dateOfBirth: '2001-01-01',
    });
    expect(await duplicatesOf(worker, a.summary.id)).toContain(b.summary.id);
    const marked = await worker.post(`/api/v1/cases/${a.summary.id}/distinct`, {
      otherCaseId: b.summary.id,
      reason: 'Cousins of the same name; different mothers',
    });
    expect(marked.statusCode, marked.body).toBe(200);
    expect(await duplicatesOf(worker, a.summary.id)).not.toContain(b.summary.id);
    expect(await duplicatesOf(worker, b.summary.id)).not.toContain(a.summary.id);
    const events = (await worker.get(`/api/v1/cases/${b.summary.id}`)).json().timeline;
    expect(events.at(-1)).toMatchObject({ kind: 'marked_distinct', details: { otherCaseId: a.summary.id } });
  });
});
