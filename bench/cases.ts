// `npm run bench:cases`: the case file at scale. Generates people and cases
// straight in SQL (PostgreSQL: BENCH_PEOPLE_PG, default 1,000,000; PGlite:
// BENCH_PEOPLE_PGLITE, default 100,000), starts the real server on each
// database, and measures duplicate search, the first and a deep page of the
// case list, and the case page, at 1 and 16 concurrent users, over HTTP and
// with the same service call made in process (the SQL without HTTP, session
// and audit). Prints p50/p95 and the ratio.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isoDay } from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import { actorFromUser } from '../packages/server/src/auth/sessions.ts';
import { findLikelyDuplicates } from '../packages/server/src/cases/duplicates.ts';
import { caseFile, listCases } from '../packages/server/src/cases/service.ts';
import { createMission, createOffice } from '../packages/server/src/organisation/service.ts';
import { type DatabaseConfig, openDatabase } from '../packages/server/src/platform/db.ts';
import { createUser } from '../packages/server/src/users/service.ts';
import { scratchPostgres } from '../packages/server/test/support/database.ts';
import { signInOverHttp, startServerProcess } from '../packages/server/test/support/server-process.ts';
import { percentile, timed } from './measure.ts';
import { generatePeople, namePools } from './people.ts';

const root = new URL('..', import.meta.url).pathname;
const password = 'benchmark passphrase, long enough';
const requestsPerPoint = Number(process.env.BENCH_REQUESTS ?? 200);

interface Point {
  database: string;
  what: string;
  users: number;
  p50: number;
  p95: number;
  directP50: number;
  directP95: number;
}

async function prepare(config: DatabaseConfig, people: number, say: (s: string) => void) {
  const database = await openDatabase(config);
  const mission = await createMission(database.db, { name: 'Guinea', countryCode: 'GN', role: 'origin' });
  const officeIds: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    officeIds.push(
      (await createOffice(database.db, { missionId: mission.id, name: `Office ${i}`, location: '' })).id,
    );
  }
  const { user } = await createUser(database.db, {
    username: 'bench.caseworker',
    displayName: 'Bench Caseworker',
    role: 'caseworker',
    scope: 'office',
    officeId: officeIds[0],
    password,
  });
  await generatePeople(database, { people, missionId: mission.id, officeIds, createdBy: user.id }, say);
  return { database, user, officeIds };
}

type Bench = Awaited<ReturnType<typeof prepare>>;

/** A benchmark of failures measures nothing: any answer but a success stops the run. */
async function answered(res: Response) {
  if (!res.ok) throw new Error(`${res.url} answered ${res.status}: ${(await res.text()).slice(0, 200)}`);
  return res.json();
}

interface Probe {
  what: string;
  direct: (i: number) => Promise<unknown>;
  http: (i: number, base: string, headers: Record<string, string>) => Promise<unknown>;
}

/** The four things measured, each as an HTTP request and as the service call behind it. */
async function probes({ database, user }: Bench) {
  const actor = actorFromUser(user, { kind: 'token', tokenId: 'bench' });
  const db = database.db;
  const { rows } = (await db.execute(
    sql`select c.id, pn.given_names, pn.family_name, p.birth_year from cases c join persons p on p.id = c.person_id
        join person_names pn on pn.person_id = p.id and pn.primary where c.office_id = ${user.officeId} limit 500`,
  )) as unknown as { rows: { id: string; given_names: string; family_name: string; birth_year: number }[] };
  const total = (await listCases(db, actor, { sort: 'updated', limit: 1, offset: 0 }, isoDay(new Date())))
    .total;
  const pick = (i: number) => rows[i % rows.length] as (typeof rows)[number];
  // A misspelt search: one letter dropped from each name, as a caseworker in a hurry might type it.
  const search = (i: number) => ({
    names: [`${pick(i).given_names.slice(0, -1)} ${pick(i).family_name.slice(1)}`],
    birthYear: pick(i).birth_year,
  });
  const deepOffset = Math.max(0, total - 100);
  const list: Probe[] = [
    {
      what: 'duplicate search',
      direct: (i) => findLikelyDuplicates(db, actor, { ...search(i), identifiers: [] }),
      http: (i, base, headers) =>
        fetch(`${base}/api/v1/cases/duplicates`, {
          method: 'POST',
          headers,
          body: JSON.stringify(search(i)),
        }).then(answered),
    },
    {
      what: 'case list, first page',
      direct: () => listCases(db, actor, { sort: 'updated', limit: 50, offset: 0 }, isoDay(new Date())),
      http: (_i, base, headers) => fetch(`${base}/api/v1/cases?limit=50`, { headers }).then(answered),
    },
    {
      what: 'case list, filtered (status follow-up), first page',
      direct: () =>
        listCases(
          db,
          actor,
          { sort: 'updated', status: 'follow_up', limit: 50, offset: 0 },
          isoDay(new Date()),
        ),
      http: (_i, base, headers) =>
        fetch(`${base}/api/v1/cases?limit=50&status=follow_up`, { headers }).then(answered),
    },
    {
      what: `case list, deep page (offset ${deepOffset})`,
      direct: () =>
        listCases(db, actor, { sort: 'updated', limit: 50, offset: deepOffset }, isoDay(new Date())),
      http: (_i, base, headers) =>
        fetch(`${base}/api/v1/cases?limit=50&offset=${deepOffset}`, { headers }).then(answered),
    },
    {
      what: 'case page',
      direct: (i) => caseFile(db, actor, pick(i).id),
      http: (i, base, headers) => fetch(`${base}/api/v1/cases/${pick(i).id}`, { headers }).then(answered),
    },
  ];
  // Recall: a fast search is worth nothing if it misses; count how often the misspelt search finds its record.
  let found = 0;
  for (let i = 0; i < 100; i += 1) {
    const results = await findLikelyDuplicates(db, actor, { ...search(i), identifiers: [] });
    if (results.some((r) => r.case.id === pick(i).id)) found += 1;
  }
  return { list, total, recall: found };
}

/**
 * Measures every probe in process, then over HTTP against the real server. The
 * embedded database admits one process, so it is closed before the server starts.
 */
async function measure(label: string, bench: Bench, env: Record<string, string>) {
  const { list, total, recall } = await probes(bench);
  const direct = new Map<string, number[]>();
  for (const probe of list) {
    for (const users of [1, 16])
      direct.set(`${probe.what}/${users}`, await timed(requestsPerPoint, users, probe.direct));
  }
  await bench.database.close();
  const server = await startServerProcess(join(root, 'packages/server/src/main.ts'), {
    ...env,
    PORT: '0',
    LOG_LEVEL: 'warn',
  });
  const points: Point[] = [];
  try {
    const headers = await signInOverHttp(server.base, 'bench.caseworker', password);
    for (const probe of list) {
      for (const users of [1, 16]) {
        process.stderr.write(`  ${label}: ${probe.what}, ${users} user(s) … `);
        const http = await timed(requestsPerPoint, users, (i) => probe.http(i, server.base, headers));
        const inProcess = direct.get(`${probe.what}/${users}`) ?? [];
        process.stderr.write(`p95 ${percentile(http, 95).toFixed(1)} ms\n`);
        points.push({
          database: label,
          what: probe.what,
          users,
          p50: percentile(http, 50),
          p95: percentile(http, 95),
          directP50: percentile(inProcess, 50),
          directP95: percentile(inProcess, 95),
        });
      }
    }
  } finally {
    await server.stop();
  }
  return { points, total, recall };
}

const results: Point[] = [];
const notes: string[] = [];
const say = (s: string) => process.stderr.write(`${s}\n`);
say(
  `name pools: ${namePools.given} given names, ${namePools.family} family names; ${requestsPerPoint} requests per point`,
);

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const pgPeople = Number(process.env.BENCH_PEOPLE_PG ?? 1_000_000);
if (pgPeople > 0) {
  const scratch = await scratchPostgres(serverUrl, 'reintegra_bench');
  try {
    const bench = await prepare({ kind: 'postgres', url: scratch.url, poolSize: 10 }, pgPeople, say);
    const { points, total, recall } = await measure('PostgreSQL', bench, { DATABASE_URL: scratch.url });
    results.push(...points);
    notes.push(
      `PostgreSQL: ${pgPeople.toLocaleString('en')} people and cases, ${total.toLocaleString('en')} in the caseworker's office; the misspelt search found its record ${recall} times in 100`,
    );
  } finally {
    await scratch.drop();
  }
}

const pglitePeople = Number(process.env.BENCH_PEOPLE_PGLITE ?? 100_000);
if (pglitePeople > 0) {
  const dataDir = mkdtempSync(join(tmpdir(), 'reintegra-bench-cases-'));
  try {
    const bench = await prepare({ kind: 'pglite', dataDir }, pglitePeople, say);
    const { points, total, recall } = await measure('PGlite', bench, {
      DATABASE_URL: '',
      REINTEGRA_DATA_DIR: dataDir,
    });
    results.push(...points);
    notes.push(
      `PGlite: ${pglitePeople.toLocaleString('en')} people and cases, ${total.toLocaleString('en')} in the caseworker's office; the misspelt search found its record ${recall} times in 100`,
    );
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(`\n${notes.join('\n')}\n`);
console.log(
  '| database | what | users | p50 ms | p95 ms | in-process p50 ms | in-process p95 ms | p95 ratio HTTP / in-process |',
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const r of results) {
  console.log(
    `| ${r.database} | ${r.what} | ${r.users} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.directP50.toFixed(1)} | ${r.directP95.toFixed(1)} | ${(r.p95 / Math.max(r.directP95, 0.01)).toFixed(2)} |`,
  );
}
