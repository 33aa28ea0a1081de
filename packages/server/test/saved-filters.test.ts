import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let worker: Session;
let colleague: Session;

beforeAll(async () => {
  t = await startTestApp();
  worker = await t.signIn((await t.addUser('caseworker', { officeId: t.org.niamey.id })).username);
  colleague = await t.signIn((await t.addUser('caseworker', { officeId: t.org.niamey.id })).username);
});
afterAll(() => t.close());

describe('saved filters', () => {
  it('keeps a named filter for its user only, and deletes it', async () => {
    const saved = await worker.post('/api/v1/saved-filters', {
      name: 'My overdue children',
      filters: { assignedToMe: 'true', overdue: 'true', ageBand: '12-17' },
    });
    expect(saved.statusCode, saved.body).toBe(201);
    const id = saved.json().id;
    expect((await worker.get('/api/v1/saved-filters')).json().items).toEqual([
      expect.objectContaining({ id, filters: { assignedToMe: 'true', overdue: 'true', ageBand: '12-17' } }),
    ]);
    expect((await colleague.get('/api/v1/saved-filters')).json().items).toEqual([]);
    expect((await colleague.delete(`/api/v1/saved-filters/${id}`)).statusCode).toBe(404);
    const twice = await worker.post('/api/v1/saved-filters', { name: 'My overdue children', filters: {} });
    expect(errorOf(twice).code).toBe('name_taken');
    expect((await worker.delete(`/api/v1/saved-filters/${id}`)).statusCode).toBe(204);
    expect((await worker.get('/api/v1/saved-filters')).json().items).toEqual([]);
  });

  it('refuses a filter the list would refuse, naming it', async () => {
    const bad = await worker.post('/api/v1/saved-filters', { name: 'Teens', filters: { ageBand: 'teen' } });
    expect(errorOf(bad).fields?.[0]).toMatchObject({ field: 'body.filters.ageBand' });
    const paging = await worker.post('/api/v1/saved-filters', { name: 'Page 3', filters: { offset: '100' } });
    expect(errorOf(paging).fields?.[0]?.field).toBe('body.filters.offset');
  });
});
