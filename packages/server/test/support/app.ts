import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role, Scope } from '@reintegra/domain';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.ts';
import { createMission, createOffice } from '../../src/organisation/service.ts';
import type { Clock } from '../../src/platform/clock.ts';
import { type Config, configFromEnv } from '../../src/platform/config.ts';
import type { Database } from '../../src/platform/db.ts';
import { createUser } from '../../src/users/service.ts';
import { freshDatabase } from './database.ts';

export const testPassword = 'a long test passphrase';

/** A clock the test moves by hand. */
export class TestClock implements Clock {
  private current = new Date('2026-11-23T09:00:00.000Z');
  now() {
    return new Date(this.current);
  }
  advanceMinutes(minutes: number) {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export type TestApp = Awaited<ReturnType<typeof startTestApp>>;

/**
 * The whole application on a fresh database, with a small organisation:
 * one host mission with two offices, one origin mission with one office, and an administrator.
 */
export async function startTestApp(overrides: Partial<Config> = {}) {
  const database: Database = await freshDatabase();
  const clock = new TestClock();
  const config = {
    ...configFromEnv({}, null),
    loginRateLimitPerMinute: 10_000,
    files: { kind: 'disk' as const, dir: mkdtempSync(join(tmpdir(), 'reintegra-files-')) },
    ...overrides,
  };
  const app = await buildApp({ database, config, clock, log: false });
  await app.ready();
  const db = database.db;
  const host = await createMission(db, { name: 'Niger', countryCode: 'NE', role: 'host' });
  const origin = await createMission(db, { name: 'Guinea', countryCode: 'GN', role: 'origin' });
  const niamey = await createOffice(db, { missionId: host.id, name: 'Niamey', location: 'Niamey' });
  const agadez = await createOffice(db, { missionId: host.id, name: 'Agadez', location: 'Agadez' });
  const conakry = await createOffice(db, { missionId: origin.id, name: 'Conakry', location: 'Conakry' });

  let counter = 0;
  /** A user who can sign in with `testPassword`. */
  async function addUser(
    role: Role,
    where: {
      officeId?: string;
      missionId?: string;
      scope?: Scope;
      serviceProviderId?: string;
      email?: string;
    } = {},
  ) {
    counter += 1;
    const { user } = await createUser(db, {
      username: `${role.replace('_', '-')}-${counter}`,
      displayName: `Test ${role} ${counter}`,
      role,
      password: testPassword,
      ...where,
    });
    return user;
  }

  /** Signs in through the API and returns a client that carries the cookie and CSRF token. */
  async function signIn(username: string, password = testPassword) {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password },
    });
    if (res.statusCode !== 200)
      throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
    const cookie = res.cookies.find((c) => c.name === 'reintegra_session');
    if (!cookie) throw new Error('no session cookie');
    return client(`reintegra_session=${cookie.value}`, res.json().csrfToken as string);
  }

  function client(cookie: string, csrfToken: string) {
    const call = (method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
      app.inject({
        method,
        url,
        headers: { cookie, ...(method === 'GET' ? {} : { 'x-csrf-token': csrfToken }) },
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    return {
      cookie,
      csrfToken,
      get: (url: string) => call('GET', url),
      post: (url: string, payload?: unknown) => call('POST', url, payload ?? {}),
      put: (url: string, payload: unknown) => call('PUT', url, payload),
      patch: (url: string, payload: unknown) => call('PATCH', url, payload),
      delete: (url: string) => call('DELETE', url),
      request: call,
    };
  }

  const admin = await addUser('administrator');
  return {
    app,
    database,
    db,
    clock,
    org: { host, origin, niamey, agadez, conakry },
    admin,
    addUser,
    signIn,
    async close() {
      await app.close();
      await database.close();
    },
  };
}

export function errorOf(res: LightMyRequestResponse): {
  code: string;
  message: string;
  fields?: { field: string; code: string; message: string }[];
} {
  return res.json().error;
}

/** A job once it has stopped running, polled as the page that started it would. */
export async function finishedJob(
  session: { get(url: string): Promise<LightMyRequestResponse> },
  jobId: string,
) {
  let job = (await session.get(`/api/v1/jobs/${jobId}`)).json();
  for (let i = 0; i < 400 && job.status === 'running'; i++) {
    await new Promise((r) => setTimeout(r, 25));
    job = (await session.get(`/api/v1/jobs/${jobId}`)).json();
  }
  return job;
}

/** Rebuilds the dashboard's figures as a user asking for it would, and waits for the job. */
export async function refreshFigures(session: {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string): Promise<LightMyRequestResponse>;
}) {
  const started = await session.post('/api/v1/indicators/refresh');
  if (started.statusCode !== 202) throw new Error(`refresh refused: ${started.statusCode} ${started.body}`);
  return finishedJob(session, started.json().jobId);
}
