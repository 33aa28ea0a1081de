import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let worker: Session;
let stranger: Session;

beforeAll(async () => {
  t = await startTestApp();
  worker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.conakry.id, scope: 'office' })).username,
  );
  stranger = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })).username,
  );
});
afterAll(() => t.close());

const screening = {
  programme: 'Reintegration Guinea',
  eligible: true,
  reasons: 'Returned from Libya',
  needsMediumToLongTermServices: true,
  atMediumToHighRisk: false,
};

describe('the migration and the return', () => {
  it('is recorded at registration, with the time away worked out', async () => {
    const res = await worker.post('/api/v1/cases', {
      phase: 'post_return',
      person: { sex: 'male', names: [{ givenNames: 'Alseny', familyName: 'Camara' }] },
      screening,
      migration: {
        hostCountry: 'LY',
        stays: [
          { country: 'ML', from: '2021-03-15', to: '2021-09-01' },
          { country: 'LY', from: '2021-09-02' },
        ],
        reasonsForMigrating: 'Looking for work',
        motivations: ['lack_of_opportunities_or_integration', 'familial_duties'],
        avrrCategory: 'stranded_migrant',
        assistance: 'assisted',
        voluntariness: 'voluntary',
        permanence: 'permanent',
        transport: 'air',
        returnedOn: '2024-03-20',
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().migration).toMatchObject({
      hostCountry: 'LY',
      monthsAway: 36,
      version: 1,
      transport: 'air',
    });
  });

  it('is recorded later, replaced with the version read, and the history names what changed', async () => {
    const opened = await worker.post('/api/v1/cases', {
      phase: 'post_return',
      person: { sex: 'female', names: [{ givenNames: 'Hawa', familyName: 'Sylla' }] },
      screening,
    });
    const id = opened.json().summary.id;
    expect(opened.json().migration).toBeNull();
    const first = await worker.put(`/api/v1/cases/${id}/migration`, {
      version: 0,
      hostCountry: 'NE',
      stays: [{ country: 'NE', from: '2023-01-01' }],
    });
    expect(first.statusCode, first.body).toBe(200);
    const stale = await worker.put(`/api/v1/cases/${id}/migration`, { version: 0, hostCountry: 'DZ' });
    expect(stale.statusCode).toBe(409);
    const second = await worker.put(`/api/v1/cases/${id}/migration`, {
      version: 1,
      hostCountry: 'NE',
      stays: [{ country: 'NE', from: '2023-01-01' }],
      returnedOn: '2026-10-02',
      assistance: 'spontaneous',
    });
    expect(second.json().migration).toMatchObject({
      hostCountry: 'NE',
      assistance: 'spontaneous',
      version: 2,
    });
    expect(second.json().timeline.at(-1)).toMatchObject({
      kind: 'migration_changed',
      details: { fields: ['assistance', 'returnedOn'] },
    });
  });

  it('refuses a stay that ends before it begins and an unknown modality, naming the field, and other offices', async () => {
    const opened = await worker.post('/api/v1/cases', {
      phase: 'post_return',
      person: { sex: 'female', names: [{ givenNames: 'Kadiatou', familyName: 'Bah' }] },
      screening,
    });
    const id = opened.json().summary.id;
    const backwards = await worker.put(`/api/v1/cases/${id}/migration`, {
      version: 0,
      stays: [{ country: 'MA', from: '2022-05-01', to: '2022-01-01' }],
    });
    expect(errorOf(backwards).fields?.[0]).toMatchObject({ field: 'body.stays.0.to', code: 'before_from' });
    const unknown = await worker.put(`/api/v1/cases/${id}/migration`, { version: 0, transport: 'bus' });
    expect(errorOf(unknown).fields?.[0]?.field).toBe('body.transport');
    expect((await stranger.put(`/api/v1/cases/${id}/migration`, { version: 0 })).statusCode).toBe(404);
    expect((await worker.get(`/api/v1/cases/${id}`)).json().migration).toBeNull();
  });
});
