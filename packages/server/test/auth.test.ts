import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../src/auth/totp.ts';
import { users } from '../src/users/tables.ts';
import { errorOf, startTestApp, type TestApp, testPassword } from './support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const login = (username: string, password: string, extra: object = {}) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password, ...extra } });

describe('sign-in', () => {
  it('sets an httpOnly SameSite session cookie and returns the user with a CSRF token', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const res = await login(worker.username.toUpperCase(), testPassword);
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'reintegra_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const body = res.json();
    expect(body.user).toMatchObject({
      id: worker.id,
      role: 'caseworker',
      scope: 'own',
      officeId: t.org.niamey.id,
    });
    expect(body.user).not.toHaveProperty('passwordHash');
    expect(body.csrfToken).toEqual(expect.any(String));

    const me = await t.app.inject({
      url: '/api/v1/auth/me',
      headers: { cookie: `reintegra_session=${cookie?.value}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe(worker.username);
    expect(me.json().user.missionId).toBe(t.org.host.id);
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const wrong = await login(worker.username, 'not the password at all');
    const unknown = await login('nobody-here', 'not the password at all');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(errorOf(wrong)).toEqual(errorOf(unknown));
  });

  it('locks the account after five failures in a row, even against the right password, until unlocked', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    for (let i = 0; i < 4; i += 1)
      expect((await login(worker.username, 'wrong password here')).statusCode).toBe(401);
    const fifth = await login(worker.username, 'wrong password here');
    expect(fifth.statusCode).toBe(423);
    expect(errorOf(fifth).code).toBe('account_locked');
    expect((await login(worker.username, testPassword)).statusCode).toBe(423);

    const admin = await t.signIn(t.admin.username);
    expect((await admin.post(`/api/v1/admin/users/${worker.id}/unlock`)).statusCode).toBe(200);
    expect((await login(worker.username, testPassword)).statusCode).toBe(200);
  });

  it('lifts a lockout on its own after the lockout time', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    for (let i = 0; i < 5; i += 1) await login(worker.username, 'wrong password here');
    expect((await login(worker.username, testPassword)).statusCode).toBe(423);
    t.clock.advanceMinutes(16);
    expect((await login(worker.username, testPassword)).statusCode).toBe(200);
  });

  it('refuses a deactivated user', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    await t.db.update(users).set({ active: false }).where(eq(users.id, worker.id));
    expect((await login(worker.username, testPassword)).statusCode).toBe(401);
  });
});

describe('preferences', () => {
  it('keeps the language a user chooses, for their next session too', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const session = await t.signIn(worker.username);
    const changed = await session.patch('/api/v1/auth/me', { language: 'ar' });
    expect(changed.json().user.language).toBe('ar');
    expect((await session.get('/api/v1/auth/me')).json().user.language).toBe('ar');
    const refused = await session.patch('/api/v1/auth/me', { language: 'xx' });
    expect(errorOf(refused).fields?.[0]?.field).toBe('body.language');
  });
});

describe('rate limiting', () => {
  it('answers 429 once a client address has tried too often in a minute', async () => {
    const limited = await startTestApp({ loginRateLimitPerMinute: 3 });
    try {
      const attempt = () =>
        limited.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'x', password: 'y' },
        });
      for (let i = 0; i < 3; i += 1) expect((await attempt()).statusCode).toBe(401);
      const blocked = await attempt();
      expect(blocked.statusCode).toBe(429);
      expect(errorOf(blocked).code).toBe('rate_limited');
    } finally {
      await limited.close();
    }
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing cookie request without the token, or with a wrong one', async () => {
    const admin = await t.signIn(t.admin.username);
    const payload = { missionId: t.org.host.id, name: 'Zinder', location: 'Zinder' };
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/v1/offices',
      headers: { cookie: admin.cookie },
      payload,
    });
    expect(without.statusCode).toBe(403);
    expect(errorOf(without).code).toBe('csrf_invalid');
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/offices',
      headers: { cookie: admin.cookie, 'x-csrf-token': 'forged' },
      payload,
    });
    expect(wrong.statusCode).toBe(403);
    expect((await admin.post('/api/v1/offices', payload)).statusCode).toBe(201);
  });

  it('exempts API tokens, which a browser does not send by itself', async () => {
    const admin = await t.signIn(t.admin.username);
    const created = await admin.post('/api/v1/auth/tokens', { name: 'reporting script', expiresInDays: 30 });
    expect(created.statusCode).toBe(201);
    const { token, apiToken } = created.json();
    const authorization = `Bearer ${token}`;
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/offices',
      headers: { authorization },
      payload: { missionId: t.org.host.id, name: 'Tahoua', location: 'Tahoua' },
    });
    expect(res.statusCode).toBe(201);
    expect((await admin.delete(`/api/v1/auth/tokens/${apiToken.id}`)).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { authorization } })).statusCode).toBe(401);
  });
});

describe('session expiry', () => {
  it('ends a session after 30 idle minutes', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const session = await t.signIn(worker.username);
    t.clock.advanceMinutes(29);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(29);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(200);
    t.clock.advanceMinutes(31);
    const expired = await session.get('/api/v1/auth/me');
    expect(expired.statusCode).toBe(401);
    expect(errorOf(expired).code).toBe('session_expired');
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('ends a session after 12 hours however busy it is', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const session = await t.signIn(worker.username);
    // A request every 20 minutes keeps it from idling out, up to the 12th hour.
    for (let minutes = 20; minutes <= 720; minutes += 20) {
      t.clock.advanceMinutes(20);
      expect((await session.get('/api/v1/auth/me')).statusCode).toBe(200);
    }
    t.clock.advanceMinutes(20);
    expect(errorOf(await session.get('/api/v1/auth/me')).code).toBe('session_expired');
  });

  it('ends the session on sign-out', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const session = await t.signIn(worker.username);
    expect((await session.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('passwords', () => {
  it('changes the password, keeps this session and ends the others', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const here = await t.signIn(worker.username);
    const elsewhere = await t.signIn(worker.username);
    const short = await here.post('/api/v1/auth/password', {
      currentPassword: testPassword,
      newPassword: 'short',
    });
    expect(short.statusCode).toBe(400);
    expect(errorOf(short).fields?.[0]?.field).toBe('body.newPassword');
    const res = await here.post('/api/v1/auth/password', {
      currentPassword: testPassword,
      newPassword: 'another long passphrase',
    });
    expect(res.statusCode).toBe(204);
    expect((await here.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await login(worker.username, 'another long passphrase')).statusCode).toBe(200);
  });

  it('makes a user with a reset password change it before anything else', async () => {
    const worker = await t.addUser('supervisor', { officeId: t.org.niamey.id });
    const admin = await t.signIn(t.admin.username);
    const reset = await admin.post(`/api/v1/admin/users/${worker.id}/reset-password`);
    const { temporaryPassword } = reset.json();
    expect((await login(worker.username, testPassword)).statusCode).toBe(401);
    const session = await t.signIn(worker.username, temporaryPassword);
    expect((await session.get('/api/v1/auth/me')).json().user.mustChangePassword).toBe(true);
    const blocked = await session.get('/api/v1/staff');
    expect(blocked.statusCode).toBe(403);
    expect(errorOf(blocked).code).toBe('password_change_required');
    const changed = await session.post('/api/v1/auth/password', {
      currentPassword: temporaryPassword,
      newPassword: 'my own long passphrase',
    });
    expect(changed.statusCode).toBe(204);
    expect((await session.get('/api/v1/staff')).statusCode).toBe(200);
  });
});

describe('second factor', () => {
  it('asks for a TOTP code once enabled and accepts only the right one', async () => {
    const worker = await t.addUser('caseworker', { officeId: t.org.niamey.id });
    const session = await t.signIn(worker.username);
    const { secret } = (await session.post('/api/v1/auth/totp/setup')).json();
    const wrongCode = await session.post('/api/v1/auth/totp/enable', {
      code: '000000' === totpCode(secret, worker.username, t.clock.now()) ? '111111' : '000000',
    });
    expect(wrongCode.statusCode).toBe(400);
    const enabled = await session.post('/api/v1/auth/totp/enable', {
      code: totpCode(secret, worker.username, t.clock.now()),
    });
    expect(enabled.statusCode).toBe(204);

    const withoutCode = await login(worker.username, testPassword);
    expect(withoutCode.statusCode).toBe(401);
    expect(errorOf(withoutCode).code).toBe('totp_required');
    const badCode = await login(worker.username, testPassword, {
      totp: '123456' === totpCode(secret, worker.username, t.clock.now()) ? '654321' : '123456',
    });
    expect(badCode.statusCode).toBe(401);
    expect(errorOf(badCode).code).toBe('bad_credentials');
    const good = await login(worker.username, testPassword, {
      totp: totpCode(secret, worker.username, t.clock.now()),
    });
    expect(good.statusCode).toBe(200);
  });
});
