import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.ts';
import { testDatabaseKind } from './support/database.ts';

// The embedded database lives inside the process: there is no connection to lose.
describe.skipIf(testDatabaseKind !== 'postgres')('a PostgreSQL connection ended by the server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('does not bring the process down; the next request gets a fresh connection', async () => {
    const admin = await t.signIn(t.admin.username);
    expect((await admin.get('/api/v1/offices')).statusCode).toBe(200);
    // What a restart or failover does to the pool's idle connections.
    const other = sql`select pg_terminate_backend(pid) from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid()`;
    await t.db.execute(other);
    await new Promise((r) => setTimeout(r, 200));
    let status = 0;
    for (let attempt = 0; attempt < 3 && status !== 200; attempt += 1) {
      status = (await admin.get('/api/v1/offices')).statusCode;
    }
    expect(status).toBe(200);
  });
});
