// `npm run bench`: HTTP throughput and latency of Reintegra on the embedded
// database and on PostgreSQL (when DATABASE_URL is set or a local server
// answers), against a bare Fastify route measured in the same run.
//
// Each server runs in its own process; autocannon drives it from this one.
// Options: BENCH_SECONDS (default 10), BENCH_CONNECTIONS (default 20), BENCH_STAFF (default 2000).
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { hashPassword } from '../packages/server/src/auth/secrets.ts';
import { createMission, createOffice } from '../packages/server/src/organisation/service.ts';
import { type DatabaseConfig, openDatabase } from '../packages/server/src/platform/db.ts';
import { createUser } from '../packages/server/src/users/service.ts';
import { users } from '../packages/server/src/users/tables.ts';
import { scratchPostgres } from '../packages/server/test/support/database.ts';
import { signInOverHttp, startServerProcess } from '../packages/server/test/support/server-process.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const staffCount = Number(process.env.BENCH_STAFF ?? 2000);
const adminPassword = 'benchmark passphrase, long enough';
const root = new URL('..', import.meta.url).pathname;

interface Figure {
  target: string;
  route: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(
  target: string,
  route: string,
  url: string,
  headers: Record<string, string> = {},
): Promise<Figure> {
  process.stderr.write(`  ${target} ${route} … `);
  const result = await autocannon({ url, connections, duration: seconds, headers });
  const errors = result.errors + result.non2xx;
  process.stderr.write(`${Math.round(result.requests.average)} req/s\n`);
  return {
    target,
    route,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors,
  };
}

/** An organisation at the scale of a large mission: 20 offices and `staffCount` staff. */
async function seed(config: DatabaseConfig) {
  const database = await openDatabase(config);
  await createUser(database.db, {
    username: 'admin',
    displayName: 'Admin',
    role: 'administrator',
    password: adminPassword,
  });
  const passwordHash = await hashPassword('benchmark staff passphrase');
  const mission = await createMission(database.db, { name: 'Guinea', countryCode: 'GN', role: 'origin' });
  const officeIds: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    officeIds.push(
      (await createOffice(database.db, { missionId: mission.id, name: `Office ${i}`, location: '' })).id,
    );
  }
  for (let start = 0; start < staffCount; start += 500) {
    const batch = Array.from({ length: Math.min(500, staffCount - start) }, (_, k) => {
      const i = start + k;
      return {
        username: `staff.${i}`,
        displayName: `Staff Member ${i}`,
        role: 'caseworker' as const,
        scope: 'own' as const,
        missionId: mission.id,
        officeId: officeIds[i % officeIds.length] as string,
        passwordHash,
      };
    });
    await database.db.insert(users).values(batch);
  }
  await database.close();
}

async function postgresUrl(): Promise<string | null> {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return null;
  }
}

async function benchReintegra(target: string, env: Record<string, string>): Promise<Figure[]> {
  const server = await startServerProcess(join(root, 'packages/server/src/main.ts'), {
    ...env,
    PORT: '0',
    LOG_LEVEL: 'warn',
  });
  try {
    const { cookie } = await signInOverHttp(server.base, 'admin', adminPassword);
    const headers = { cookie };
    return [
      await load(target, 'GET /api/v1/auth/me', `${server.base}/api/v1/auth/me`, headers),
      await load(target, 'GET /api/v1/offices (20 offices)', `${server.base}/api/v1/offices`, headers),
      await load(
        target,
        'GET /api/v1/staff?limit=20 (audited read)',
        `${server.base}/api/v1/staff?limit=20`,
        headers,
      ),
    ];
  } finally {
    await server.stop();
  }
}

const figures: Figure[] = [];
process.stderr.write(
  `${cpus().length} cores; ${connections} connections for ${seconds}s per route; ${staffCount} staff\n`,
);

const bare = await startServerProcess(join(root, 'bench/bare-server.ts'), {});
figures.push(await load('bare Fastify', 'GET /bare', `${bare.base}/bare`));
await bare.stop();

const dataDir = mkdtempSync(join(tmpdir(), 'reintegra-bench-'));
try {
  await seed({ kind: 'pglite', dataDir });
  figures.push(...(await benchReintegra('PGlite', { DATABASE_URL: '', REINTEGRA_DATA_DIR: dataDir })));
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

const serverUrl = await postgresUrl();
if (serverUrl) {
  const scratch = await scratchPostgres(serverUrl, 'reintegra_bench');
  try {
    await seed({ kind: 'postgres', url: scratch.url, poolSize: 10 });
    figures.push(...(await benchReintegra('PostgreSQL', { DATABASE_URL: scratch.url })));
  } finally {
    await scratch.drop();
  }
} else {
  process.stderr.write('PostgreSQL not reachable: skipped (set DATABASE_URL)\n');
}

const baseline = figures[0]?.rps ?? 1;
console.log('\n| database | route | requests/s | p50 ms | p99 ms | errors | share of bare Fastify |');
console.log('|---|---|---:|---:|---:|---:|---:|');
for (const f of figures) {
  console.log(
    `| ${f.target} | ${f.route} | ${Math.round(f.rps)} | ${f.p50} | ${f.p99} | ${f.errors} | ${(f.rps / baseline).toFixed(3)} |`,
  );
}
