import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['signIn']>>;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn(t.admin.username);
});
afterAll(() => t.close());

describe('user administration', () => {
  it('creates a caseworker with a temporary password that works once and must be changed', async () => {
    const res = await admin.post('/api/v1/admin/users', {
      username: 'Mariama.Camara',
      displayName: 'Mariama Camara',
      email: 'mariama@example.org',
      role: 'caseworker',
      officeId: t.org.conakry.id,
    });
    expect(res.statusCode).toBe(201);
    const { user, temporaryPassword } = res.json();
    expect(user).toMatchObject({
      username: 'mariama.camara',
      role: 'caseworker',
      scope: 'own',
      officeId: t.org.conakry.id,
      missionId: t.org.origin.id,
      mustChangePassword: true,
      version: 1,
    });
    expect(temporaryPassword).toMatch(/^[\w-]{20}$/);
    const session = await t.signIn('mariama.camara', temporaryPassword);
    expect((await session.get('/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);
  });

  it('refuses a taken username, with 409 naming the field', async () => {
    const body = { username: 'unique.name', displayName: 'A', role: 'auditor' };
    expect((await admin.post('/api/v1/admin/users', body)).statusCode).toBe(201);
    const again = await admin.post('/api/v1/admin/users', { ...body, username: 'UNIQUE.name' });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again)).toMatchObject({
      code: 'username_taken',
      fields: [{ field: 'body.username', code: 'taken' }],
    });
  });

  it('refuses placements that make no sense', async () => {
    const noOffice = await admin.post('/api/v1/admin/users', {
      username: 'no.office',
      displayName: 'A',
      role: 'caseworker',
    });
    expect(errorOf(noOffice).fields?.[0]?.field).toBe('body.officeId');
    const tooWide = await admin.post('/api/v1/admin/users', {
      username: 'too.wide',
      displayName: 'A',
      role: 'caseworker',
      officeId: t.org.niamey.id,
      scope: 'all',
    });
    expect(tooWide.statusCode).toBe(400);
    expect(errorOf(tooWide).fields?.[0]).toMatchObject({ field: 'body.scope', code: 'scope_not_allowed' });
    const wrongMission = await admin.post('/api/v1/admin/users', {
      username: 'wrong.mission',
      displayName: 'A',
      role: 'supervisor',
      officeId: t.org.niamey.id,
      missionId: t.org.origin.id,
    });
    expect(errorOf(wrongMission).fields?.[0]?.field).toBe('body.officeId');
  });

  it('changes a user with optimistic concurrency: a stale version gets 409 and changes nothing', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const first = await admin.patch(`/api/v1/admin/users/${worker.id}`, {
      version: 1,
      displayName: 'New Name',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ displayName: 'New Name', version: 2 });
    const stale = await admin.patch(`/api/v1/admin/users/${worker.id}`, {
      version: 1,
      displayName: 'Other Name',
    });
    expect(stale.statusCode).toBe(409);
    expect(errorOf(stale).code).toBe('stale_version');
    expect((await admin.get(`/api/v1/admin/users/${worker.id}`)).json().displayName).toBe('New Name');
  });

  it('moves a caseworker to another office and mission, and ends their sessions', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const session = await t.signIn(worker.username);
    const moved = await admin.patch(`/api/v1/admin/users/${worker.id}`, {
      version: 1,
      officeId: t.org.conakry.id,
    });
    expect(moved.json()).toMatchObject({ officeId: t.org.conakry.id, missionId: t.org.origin.id });
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('keeps a user signed in when an edit leaves their role and place as they were', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const session = await t.signIn(worker.username);
    const same = await admin.patch(`/api/v1/admin/users/${worker.id}`, {
      version: 1,
      officeId: t.org.niamey.id,
      displayName: 'Same Place',
    });
    expect(same.statusCode).toBe(200);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(200);
  });

  it('deactivates a user, which ends their sessions, and refuses to let an administrator disable themself', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const session = await t.signIn(worker.username);
    expect(
      (await admin.patch(`/api/v1/admin/users/${worker.id}`, { version: 1, active: false })).statusCode,
    ).toBe(200);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(401);
    const self = await admin.patch(`/api/v1/admin/users/${t.admin.id}`, { version: 1, active: false });
    expect(self.statusCode).toBe(400);
    expect(errorOf(self).fields?.[0]?.field).toBe('body.active');
  });

  it('lists and filters users, with paging', async () => {
    const all = (await admin.get('/api/v1/admin/users?limit=200')).json();
    expect(all.total).toBe(all.items.length);
    const caseworkers = (await admin.get('/api/v1/admin/users?role=caseworker&limit=2')).json();
    expect(caseworkers.items.length).toBeLessThanOrEqual(2);
    expect(caseworkers.items.every((u: { role: string }) => u.role === 'caseworker')).toBe(true);
    const found = (await admin.get('/api/v1/admin/users?q=Mariama')).json();
    expect(found.items.map((u: { username: string }) => u.username)).toContain('mariama.camara');
    // A search term with LIKE wildcards matches them literally.
    expect((await admin.get('/api/v1/admin/users?q=%25')).json().total).toBe(0);
  });

  it('returns 404 for a user that does not exist', async () => {
    const res = await admin.get('/api/v1/admin/users/5a0c2a71-1d6c-4a53-9f3e-6f1f9c2b7e11');
    expect(res.statusCode).toBe(404);
  });
});

describe('missions and offices', () => {
  it('adds a mission and an office, edits them with versions, and lists offices by mission', async () => {
    const mission = await admin.post('/api/v1/missions', { name: 'Sudan', countryCode: 'SD', role: 'both' });
    expect(mission.statusCode).toBe(201);
    const missionId = mission.json().id;
    const office = await admin.post('/api/v1/offices', { missionId, name: 'Khartoum', location: 'Khartoum' });
    expect(office.statusCode).toBe(201);
    const listed = (await admin.get(`/api/v1/offices?missionId=${missionId}`)).json();
    expect(listed.items.map((o: { name: string }) => o.name)).toEqual(['Khartoum']);
    const renamed = await admin.patch(`/api/v1/offices/${office.json().id}`, {
      version: 1,
      name: 'Khartoum head office',
    });
    expect(renamed.json()).toMatchObject({ name: 'Khartoum head office', version: 2 });
    expect(
      (await admin.patch(`/api/v1/offices/${office.json().id}`, { version: 1, active: false })).statusCode,
    ).toBe(409);
    expect(
      (await admin.patch(`/api/v1/missions/${missionId}`, { version: 1, role: 'origin' })).json().role,
    ).toBe('origin');
  });

  it('refuses a lower-case country code and an office of an unknown mission', async () => {
    const lower = await admin.post('/api/v1/missions', { name: 'Mali', countryCode: 'ml', role: 'origin' });
    expect(errorOf(lower).fields?.[0]?.field).toBe('body.countryCode');
    const orphan = await admin.post('/api/v1/offices', {
      missionId: '5a0c2a71-1d6c-4a53-9f3e-6f1f9c2b7e11',
      name: 'Nowhere',
    });
    expect(orphan.statusCode).toBe(400);
    expect(errorOf(orphan).fields?.[0]?.field).toBe('body.missionId');
  });

  it('lets a caseworker read offices but not change them', async () => {
    const worker = await t.signIn((await t.addUser('caseworker', { officeId: t.org.niamey.id })).username);
    expect((await worker.get('/api/v1/offices')).statusCode).toBe(200);
    expect(
      (await worker.patch(`/api/v1/offices/${t.org.niamey.id}`, { version: 1, name: 'x' })).statusCode,
    ).toBe(403);
  });
});

describe('service endpoints', () => {
  it('reports health with the database kind and version', async () => {
    const res = await t.app.inject({ url: '/api/health' });
    expect(res.json()).toEqual({ status: 'ok', database: t.database.kind, version: expect.any(String) });
  });

  it('serves an OpenAPI 3.1 document and the browsable reference', async () => {
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/v1/admin/users');
    const docs = await t.app.inject({ url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
  });

  it('answers an unknown API path with the error shape', async () => {
    const res = await t.app.inject({ url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(errorOf(res).code).toBe('route_not_found');
  });
});
