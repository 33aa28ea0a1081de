import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventHash } from '../src/audit/chain.ts';
import { appendAudit, listAudit, verifyChain } from '../src/audit/log.ts';
import { auditEvents } from '../src/audit/tables.ts';
import { startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** What a database administrator could do behind the application's back. */
async function tamper(statement: ReturnType<typeof sql>) {
  await t.db.execute(sql`alter table audit_events disable trigger audit_events_no_change`);
  try {
    await t.db.execute(statement);
  } finally {
    await t.db.execute(sql`alter table audit_events enable trigger audit_events_no_change`);
  }
}

describe('audit log', () => {
  it('records sign-in, failed sign-in, writes and reads of personal data with who, what, when and from where', async () => {
    const admin = await t.signIn(t.admin.username);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: t.admin.username, password: 'wrong wrong wrong' },
    });
    const created = await admin.post('/api/v1/admin/users', {
      username: 'fatoumata.bah',
      displayName: 'Fatoumata Bah',
      role: 'caseworker',
      officeId: t.org.conakry.id,
    });
    const userId = created.json().user.id;
    await admin.get(`/api/v1/admin/users/${userId}`);

    const { items } = await listAudit(t.db, { limit: 50, offset: 0 });
    const actions = items.map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.login:success',
        'auth.login:failure',
        'user.create:success',
        'user.read:success',
      ]),
    );
    const read = items.find((e) => e.action === 'user.read');
    expect(read).toMatchObject({
      actorId: t.admin.id,
      recordType: 'user',
      recordId: userId,
      ip: '127.0.0.1',
    });
    expect(read?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    // No personal data of the record in the log: the display name is not there.
    expect(JSON.stringify(items)).not.toContain('Fatoumata');
  });

  it('does not record a write that was rolled back as a success', async () => {
    const admin = await t.signIn(t.admin.username);
    const stale = await admin.patch(`/api/v1/offices/${t.org.niamey.id}`, { version: 99, name: 'Renamed' });
    expect(stale.statusCode).toBe(409);
    const { items } = await listAudit(t.db, { action: 'office.update', limit: 5, offset: 0 });
    expect(items[0]).toMatchObject({
      outcome: 'failure',
      recordId: t.org.niamey.id,
      details: expect.objectContaining({ error: 'stale_version' }),
    });
  });

  it('lets an auditor browse and filter it, and verify the chain through the API', async () => {
    const auditor = await t.signIn((await t.addUser('auditor')).username);
    const res = await auditor.get(`/api/v1/audit/events?action=user.create&limit=5`);
    expect(res.statusCode).toBe(200);
    expect(res.json().items.every((e: { action: string }) => e.action === 'user.create')).toBe(true);
    const verify = await auditor.get('/api/v1/audit/verify');
    expect(verify.json()).toMatchObject({ ok: true, firstBroken: null });
    expect(verify.json().checked).toBeGreaterThan(5);
  });

  it('is append-only: the database refuses to change or delete a row', async () => {
    await expect(t.db.execute(sql`update audit_events set action = 'x' where seq = 1`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_events where seq = 1`)).rejects.toThrow();
  });

  it('keeps a gapless chain under concurrent appends', async () => {
    const now = t.clock.now();
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        appendAudit(
          t.db,
          { actorId: null, actorUsername: null, action: `test.concurrent.${i}`, outcome: 'success' },
          now,
        ),
      ),
    );
    expect(await verifyChain(t.db)).toMatchObject({ ok: true });
  });

  it('finds an edited row, and names it', async () => {
    expect((await verifyChain(t.db)).ok).toBe(true);
    await tamper(sql`update audit_events set actor_username = 'someone-else' where seq = 3`);
    expect(await verifyChain(t.db)).toMatchObject({
      ok: false,
      firstBroken: { seq: 3, reason: 'content does not match its hash' },
    });
  });

  it('finds a deleted row', async () => {
    const fresh = await startTestApp();
    try {
      await fresh.signIn(fresh.admin.username);
      await fresh.signIn(fresh.admin.username);
      await fresh.signIn(fresh.admin.username);
      await fresh.db.execute(sql`alter table audit_events disable trigger audit_events_no_change`);
      await fresh.db.execute(sql`delete from audit_events where seq = 2`);
      expect(await verifyChain(fresh.db)).toMatchObject({
        ok: false,
        firstBroken: { seq: 3, reason: 'row 2 is missing' },
      });
    } finally {
      await fresh.close();
    }
  });

  it('finds a row rewritten with a fresh hash of its own, by the next link', async () => {
    const fresh = await startTestApp();
    try {
      for (let i = 0; i < 3; i += 1) await fresh.signIn(fresh.admin.username);
      // A careful tamperer edits row 2 and recomputes its hash; row 3 still points to the old one.
      const [row] = await fresh.db.select().from(auditEvents).where(eq(auditEvents.seq, 2));
      const { hash: _old, ...content } = row as typeof auditEvents.$inferSelect;
      const forged = { ...content, actorUsername: 'someone-else' };
      await fresh.db.execute(sql`alter table audit_events disable trigger audit_events_no_change`);
      await fresh.db
        .update(auditEvents)
        .set({ actorUsername: forged.actorUsername, hash: eventHash(forged) })
        .where(eq(auditEvents.seq, 2));
      expect(await verifyChain(fresh.db)).toMatchObject({
        ok: false,
        firstBroken: { seq: 3, reason: 'does not link to the previous row' },
      });
    } finally {
      await fresh.close();
    }
  });
});
