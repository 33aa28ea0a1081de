import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';
import { apiRoutes, type DocumentedRoute, type PropertySchema } from './support/routes.ts';

let t: TestApp;
let admin: Awaited<ReturnType<TestApp['signIn']>>;
let supervisor: Awaited<ReturnType<TestApp['signIn']>>;
let partner: Awaited<ReturnType<TestApp['signIn']>>;
beforeAll(async () => {
  t = await startTestApp();
  admin = await t.signIn(t.admin.username);
  // Case routes are not the administrator's: a supervisor holds every case permission.
  supervisor = await t.signIn((await t.addUser('supervisor', { officeId: t.org.niamey.id })).username);
  // The partner portal is a referral partner's alone.
  partner = await t.signIn((await t.addUser('referral_partner', { missionId: t.org.origin.id })).username);
});
afterAll(() => t.close());

const withBody = () => apiRoutes(t.app).filter((r) => r.requestBody?.properties);

/** Sends as the administrator, else the supervisor, else a referral partner: whoever the route is for. */
async function send(route: DocumentedRoute, payload: unknown, contentType = 'application/json') {
  const as = (session: typeof admin) =>
    t.app.inject({
      method: route.method,
      url: route.url,
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': contentType },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
  for (const session of [admin, supervisor]) {
    const res = await as(session);
    if (!(res.statusCode === 403 && errorOf(res).code === 'forbidden')) return res;
  }
  return as(partner);
}

/** A value of the wrong JSON type for a property. */
function wrongValue(schema: PropertySchema): unknown {
  const typesOf = (p: PropertySchema): (string | undefined)[] => [
    ...(Array.isArray(p.type) ? p.type : [p.type]),
    ...(p.anyOf ?? []).flatMap(typesOf),
  ];
  const types = typesOf(schema);
  if (types.includes('string')) return 12345;
  if (types.includes('integer') || types.includes('number')) return 'not a number';
  if (types.includes('boolean')) return 'yes';
  // Objects, arrays and anything else: a number is never one of them.
  return 42;
}

function expectClientError(res: Awaited<ReturnType<typeof send>>, label: string) {
  expect(res.statusCode, `${label}: ${res.body}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, `${label}: ${res.body}`).toBeLessThan(500);
  expect(errorOf(res).code, label).toEqual(expect.any(String));
  for (const field of errorOf(res).fields ?? [])
    expect(field, label).toMatchObject({ code: expect.any(String) });
}

describe('bad input gets a 4xx naming the field', () => {
  it('has bodies to check', () => {
    expect(withBody().length).toBeGreaterThanOrEqual(10);
  });

  it('names each missing required field', async () => {
    for (const route of withBody()) {
      const required = route.requestBody?.required ?? [];
      if (required.length === 0) continue;
      const res = await send(route, {});
      expectClientError(res, `${route.method} ${route.template}`);
      expect(res.statusCode).toBe(400);
      const named = errorOf(res).fields?.map((f) => f.field) ?? [];
      for (const field of required) expect(named, route.template).toContain(`body.${field}`);
    }
  });

  it('names a field of the wrong type', async () => {
    for (const route of withBody()) {
      for (const [name, schema] of Object.entries(route.requestBody?.properties ?? {})) {
        const res = await send(route, { [name]: wrongValue(schema) });
        expectClientError(res, `${route.method} ${route.template} ${name}`);
        const named = errorOf(res).fields?.map((f) => f.field) ?? [];
        expect(named, `${route.template} ${name}`).toContain(`body.${name}`);
      }
    }
  });

  it('names an unknown field', async () => {
    for (const route of withBody()) {
      const res = await send(route, { colourOfTheSky: 'blue' });
      expect(res.statusCode, route.template).toBe(400);
      expect(errorOf(res).fields?.map((f) => f.field)).toContain('body.colourOfTheSky');
    }
  });

  it('refuses an oversized body with 413 and malformed JSON with 400', async () => {
    for (const route of withBody()) {
      const big = await send(route, { name: 'x'.repeat(300 * 1024) });
      expect(big.statusCode, route.template).toBe(413);
      expect(errorOf(big).code).toBe('body_too_large');
      const broken = await send(route, '{"name": ');
      expect(broken.statusCode, route.template).toBe(400);
      expect(errorOf(broken).fields?.[0]?.field).toBe('body');
    }
  });

  it('refuses a body that is not JSON', async () => {
    const [route] = withBody();
    const res = await send(route as DocumentedRoute, 'name=x', 'text/plain');
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields?.[0]?.field).toBe('body');
    const form = await send(route as DocumentedRoute, 'name=x', 'application/x-www-form-urlencoded');
    expect(form.statusCode).toBe(415);
  });

  it('names bad path and query parameters', async () => {
    const badId = await admin.get('/api/v1/admin/users/not-a-uuid');
    expect(badId.statusCode).toBe(400);
    expect(errorOf(badId).fields?.[0]?.field).toBe('params.id');
    const badLimit = await admin.get('/api/v1/admin/users?limit=many');
    expect(badLimit.statusCode).toBe(400);
    expect(errorOf(badLimit).fields?.[0]?.field).toBe('querystring.limit');
    const unknown = await admin.get('/api/v1/audit/events?colour=blue');
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).fields?.[0]?.field).toBe('querystring.colour');
  });

  it('writes nothing when a command fails half-way', async () => {
    const before = (await admin.get('/api/v1/admin/users?limit=1')).json().total;
    // The office check fails after the username check passed: no user may be left behind.
    const res = await admin.post('/api/v1/admin/users', {
      username: 'half-way',
      displayName: 'Half Way',
      role: 'caseworker',
      officeId: '5a0c2a71-1d6c-4a53-9f3e-6f1f9c2b7e11',
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields?.[0]?.field).toBe('body.officeId');
    expect((await admin.get('/api/v1/admin/users?limit=1')).json().total).toBe(before);
  });
});
