import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/app.ts';
import { configFromEnv } from '../src/platform/config.ts';
import { startTestApp, type TestApp, testPassword } from './support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('logs', () => {
  it('carry the method and path of each request, never query strings, bodies or passwords', async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = await buildApp({
      database: t.database,
      config: configFromEnv({}, null),
      clock: t.clock,
      log: { level: 'info', stream },
    });
    await app.ready();
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: t.admin.username, password: testPassword },
    });
    const cookie = `reintegra_session=${login.cookies[0]?.value}`;
    await app.inject({ url: '/api/v1/admin/users?q=Aissatou%20Diallo', headers: { cookie } });
    await app.close();

    const log = lines.join('');
    expect(log).toContain('/api/v1/admin/users');
    expect(log).not.toContain('Aissatou');
    expect(log).not.toContain(testPassword);
    expect(log).not.toContain('reintegra_session=');
  });
});
