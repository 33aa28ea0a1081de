import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildApp } from '../src/app.ts';
import { listAudit } from '../src/audit/log.ts';
import { configFromEnv } from '../src/platform/config.ts';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';
import { apiRoutes } from './support/routes.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('every route is guarded', () => {
  it('finds the routes to check', () => {
    // Guards against the enumeration itself silently finding nothing.
    expect(apiRoutes(t.app).length).toBeGreaterThanOrEqual(25);
  });

  it('answers 401 to a call without a session on every route but sign-in and the partner’s one-time link', async () => {
    // The link's token is its credential: an unknown one is refused as not found.
    const byToken = (template: string) => template.startsWith('/api/v1/referral-links/');
    const open: string[] = [];
    for (const route of apiRoutes(t.app)) {
      const res = await t.app.inject({
        method: route.method,
        url: route.url,
        payload: route.method === 'GET' ? undefined : {},
      });
      if (byToken(route.template)) {
        expect(res.statusCode, route.template).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, route.template).toBeLessThan(500);
        continue;
      }
      if (route.template === '/api/v1/auth/login') {
        expect(res.statusCode).not.toBe(401);
        continue;
      }
      if (res.statusCode !== 401 || errorOf(res).code !== 'unauthenticated')
        open.push(`${route.method} ${route.template}: ${res.statusCode}`);
    }
    expect(open).toEqual([]);
  });

  it('answers 401 to a forged or expired cookie and a forged token', async () => {
    for (const headers of [{ cookie: 'reintegra_session=forged' }, { authorization: 'Bearer rtk_forged' }]) {
      expect((await t.app.inject({ url: '/api/v1/staff', headers })).statusCode).toBe(401);
    }
  });

  it('refuses to start with a route that declares no access rule', async () => {
    const app = await buildApp({
      database: t.database,
      config: configFromEnv({}, null),
      clock: t.clock,
      log: false,
    });
    expect(() => app.get('/api/v1/forgotten', async () => ({}))).toThrow(/declares no access rule/);
    await app.close();
  });
});

describe('every route is audited', () => {
  // Routes that touch nobody else's personal data and change nothing of consequence.
  const unaudited = new Set([
    'GET /api/v1/auth/me',
    'PATCH /api/v1/auth/me',
    'GET /api/v1/auth/tokens',
    'GET /api/v1/roles',
    'GET /api/v1/missions',
    'GET /api/v1/missions/:id',
    'GET /api/v1/offices',
    'GET /api/v1/offices/:id',
    // The survey's questions, weights and settings: configuration, no one's data.
    'GET /api/v1/rss/instrument',
    'GET /api/v1/rss/weight-sets',
    'GET /api/v1/rss/settings',
    'GET /api/v1/plan-settings',
    // The service directory: organisations and their services, no returnee's data.
    'GET /api/v1/service-providers',
    'GET /api/v1/services',
    'GET /api/v1/services/gaps',
    // The user's own notices, polled every minute: a service's name and a status, no returnee's data.
    'GET /api/v1/notifications',
  ]);

  it('declares an audit action on every route but a short, named list', () => {
    const rules = t.app.routeRules.filter((r) => r.method !== 'HEAD');
    expect(rules.length).toBeGreaterThanOrEqual(30);
    const missing = rules
      .filter((r) => !r.audit && !unaudited.has(`${r.method} ${r.url}`))
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    // The exemptions are real routes, so the list cannot silently go stale.
    for (const route of unaudited) expect(rules.map((r) => `${r.method} ${r.url}`)).toContain(route);
  });
});

describe('role permissions', () => {
  it('gives a caseworker 403 on every administration route, and records the refusal', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' });
    const session = await t.signIn(worker.username);
    const adminRoutes = apiRoutes(t.app).filter(
      (r) =>
        r.template.startsWith('/api/v1/admin/') ||
        r.template.startsWith('/api/v1/audit/') ||
        (r.method !== 'GET' &&
          (r.template.startsWith('/api/v1/missions') || r.template.startsWith('/api/v1/offices'))),
    );
    expect(adminRoutes.length).toBeGreaterThanOrEqual(12);
    for (const route of adminRoutes) {
      const res = await t.app.inject({
        method: route.method,
        url: route.url,
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken },
        ...(route.method === 'GET' ? {} : { payload: {} }),
      });
      expect(`${route.method} ${route.template} ${res.statusCode}`).toBe(
        `${route.method} ${route.template} 403`,
      );
    }
    const denied = await listAudit(t.db, { actorId: worker.id, limit: 100, offset: 0 });
    expect(denied.items.filter((e) => e.outcome === 'denied').length).toBe(adminRoutes.length);
  });

  it('lets an auditor read the audit log but not manage users', async () => {
    const auditor = await t.addUser('auditor');
    const session = await t.signIn(auditor.username);
    expect((await session.get('/api/v1/audit/events')).statusCode).toBe(200);
    expect((await session.get('/api/v1/admin/users')).statusCode).toBe(403);
  });

  it('shows a referral partner no staff', async () => {
    const partner = await t.addUser('referral_partner', { missionId: t.org.origin.id });
    const session = await t.signIn(partner.username);
    expect((await session.get('/api/v1/staff')).statusCode).toBe(403);
  });
});

describe('record scope', () => {
  const staffList = z.object({
    items: z.array(z.object({ id: z.string(), officeId: z.string().nullable() })),
  });

  it('shows an office-scoped caseworker their own office and 404 for another office', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' });
    const colleague = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const stranger = await t.addUser('caseworker', { officeId: t.org.agadez.id });
    const session = await t.signIn(worker.username);

    expect((await session.get(`/api/v1/staff/${colleague.id}`)).statusCode).toBe(200);
    const other = await session.get(`/api/v1/staff/${stranger.id}`);
    expect(other.statusCode).toBe(404);
    expect(errorOf(other).code).toBe('not_found');

    const listed = staffList.parse((await session.get('/api/v1/staff?limit=200')).json()).items;
    expect(listed.map((s) => s.id)).toContain(colleague.id);
    expect(listed.every((s) => s.officeId === t.org.niamey.id)).toBe(true);
    // Asking for the other office by filter does not widen the scope.
    const filtered = staffList.parse((await session.get(`/api/v1/staff?officeId=${t.org.agadez.id}`)).json());
    expect(filtered.items).toEqual([]);
  });

  it('shows a caseworker with scope own nobody but themself', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'own' });
    await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const session = await t.signIn(worker.username);
    const listed = staffList.parse((await session.get('/api/v1/staff')).json()).items;
    expect(listed.map((s) => s.id)).toEqual([worker.id]);
  });

  it('shows a mission-scoped programme manager both offices of the mission and not the other mission', async () => {
    const manager = await t.addUser('programme_manager', { missionId: t.org.host.id });
    const inAgadez = await t.addUser('caseworker', { officeId: t.org.agadez.id });
    const inConakry = await t.addUser('caseworker', { officeId: t.org.conakry.id });
    const session = await t.signIn(manager.username);
    expect((await session.get(`/api/v1/staff/${inAgadez.id}`)).statusCode).toBe(200);
    expect((await session.get(`/api/v1/staff/${inConakry.id}`)).statusCode).toBe(404);
  });
});
