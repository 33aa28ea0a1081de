import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseKind } from './support/database.ts';
import { signInOverHttp, startServerProcess } from './support/server-process.ts';

const main = new URL('../src/main.ts', import.meta.url).pathname;
const adminPassword = 'durability test passphrase';
const dataDir = mkdtempSync(join(tmpdir(), 'reintegra-durability-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const startServer = () =>
  startServerProcess(main, {
    DATABASE_URL: '',
    REINTEGRA_DATA_DIR: dataDir,
    REINTEGRA_ADMIN_PASSWORD: adminPassword,
    PORT: '0',
    LOG_LEVEL: 'warn',
  });
const signIn = (base: string) => signInOverHttp(base, 'admin', adminPassword);

// On PostgreSQL the server process holds no data of its own: durability is the database server's.
describe.skipIf(testDatabaseKind !== 'pglite')('a kill -9 on the embedded database', () => {
  it('loses no acknowledged write', async () => {
    const first = await startServer();
    const headers = await signIn(first.base);
    const mission = await fetch(`${first.base}/api/v1/missions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Niger', countryCode: 'NE', role: 'host' }),
    });
    const { id: missionId } = (await mission.json()) as { id: string };

    // Four writers in parallel until the process is killed in the middle of their stream.
    const acknowledged: string[] = [];
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i += 1) {
        const name = `office ${w}-${i}`;
        try {
          const res = await fetch(`${first.base}/api/v1/offices`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ missionId, name }),
          });
          if (res.status === 201) acknowledged.push(name);
        } catch {
          return; // the connection died with the process
        }
      }
    };
    const writers = [0, 1, 2, 3].map(writer);
    await new Promise((r) => setTimeout(r, 1500));
    killed = true;
    first.child.kill('SIGKILL');
    await Promise.all(writers);
    expect(acknowledged.length).toBeGreaterThan(20);

    const second = await startServer();
    try {
      const after = await signIn(second.base);
      const res = await fetch(`${second.base}/api/v1/offices?missionId=${missionId}`, { headers: after });
      const stored = new Set(((await res.json()) as { items: { name: string }[] }).items.map((o) => o.name));
      expect(acknowledged.filter((name) => !stored.has(name))).toEqual([]);
      const chain = await fetch(`${second.base}/api/v1/audit/verify`, { headers: after });
      expect(await chain.json()).toMatchObject({ ok: true });
    } finally {
      await second.stop();
    }
  });
});
