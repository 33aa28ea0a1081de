// `npm run bench:rss`: the Reintegration Sustainability Survey at scale.
// 1. Scoring in the domain package: surveys scored per second, against a bare
//    weighted mean of the same number of items (the floor of any scoring).
// 2. POST /api/v1/rss/score on the real server (embedded database) at 1 and
//    16 concurrent users, against the same scoring in process.
// 3. Recomputing every stored round on PostgreSQL after a new weight set is
//    activated (BENCH_ROUNDS, default 1,000,000), with progress, against
//    copying the same number of score rows in plain SQL.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  provisionalWeightSet,
  type RssAnswers,
  rss2019,
  scoreAnswers,
  type WeightSet,
} from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import { pickedSurvey } from '../packages/server/src/demo/surveys.ts';
import type { JobContext } from '../packages/server/src/jobs/service.ts';
import { createMission, createOffice } from '../packages/server/src/organisation/service.ts';
import { type Database, openDatabase } from '../packages/server/src/platform/db.ts';
import { recomputeScores } from '../packages/server/src/rss/recompute.ts';
import { rssRounds, rssScores } from '../packages/server/src/rss/tables.ts';
import { createUser } from '../packages/server/src/users/service.ts';
import { scratchPostgres } from '../packages/server/test/support/database.ts';
import { signInOverHttp, startServerProcess } from '../packages/server/test/support/server-process.ts';
import { percentile, timed } from './measure.ts';
import { generatePeople } from './people.ts';

const root = new URL('..', import.meta.url).pathname;
const password = 'benchmark passphrase, long enough';
const say = (s: string) => process.stderr.write(`${s}\n`);

/** A small, seeded generator: the same surveys on every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const lines: string[] = [];
const next = random(42);
const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
const surveys = Array.from({ length: 5000 }, () => pickedSurvey(pick));
const weights = provisionalWeightSet(rss2019);

// 1. Scoring in process.
{
  const runs = Number(process.env.BENCH_SCORINGS ?? 200_000);
  for (let i = 0; i < 5000; i++) scoreAnswers(rss2019, weights, surveys[i % surveys.length] as RssAnswers);
  let start = performance.now();
  let sink = 0;
  for (let i = 0; i < runs; i++) {
    sink += scoreAnswers(rss2019, weights, surveys[i % surveys.length] as RssAnswers).composite ?? 0;
  }
  const scoring = performance.now() - start;
  // The floor: a weighted mean over the same number of numbers, already looked up.
  const items = Object.keys(weights.composite).length;
  const values = Float64Array.from({ length: items * 64 }, () => next());
  start = performance.now();
  for (let i = 0; i < runs; i++) {
    const base = (i % 64) * items;
    // Four means, as the scoring makes: three dimensions and the composite.
    for (let part = 0; part < 4; part++) {
      let sum = 0;
      let total = 0;
      for (let k = 0; k < items; k++) {
        sum += values[base + k] as number;
        total += 1;
      }
      sink += sum / total;
    }
  }
  const floor = performance.now() - start;
  lines.push(
    `| scoring in the domain package | ${runs.toLocaleString('en')} surveys | ${Math.round((runs / scoring) * 1000).toLocaleString('en')} surveys/s | ${((scoring / runs) * 1000).toFixed(1)} µs per survey | ${(scoring / floor).toFixed(0)}× four bare means over ${items} looked-up values |`,
  );
  if (sink === Number.POSITIVE_INFINITY) say('');
}

// 2. The calculator over HTTP, on the embedded database.
{
  const dataDir = mkdtempSync(join(tmpdir(), 'reintegra-bench-rss-'));
  const requests = Number(process.env.BENCH_REQUESTS ?? 2000);
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    await createUser(database.db, {
      username: 'bench.me',
      displayName: 'Bench M&E',
      role: 'me_officer',
      scope: 'all',
      password,
    });
    await database.close();
    const server = await startServerProcess(join(root, 'packages/server/src/main.ts'), {
      DATABASE_URL: '',
      REINTEGRA_DATA_DIR: dataDir,
      PORT: '0',
      LOG_LEVEL: 'warn',
    });
    try {
      const headers = await signInOverHttp(server.base, 'bench.me', password);
      for (const users of [1, 16]) {
        const http = await timed(requests, users, async (i) => {
          const res = await fetch(`${server.base}/api/v1/rss/score`, {
            method: 'POST',
            headers,
            body: JSON.stringify({ answers: surveys[i % surveys.length] }),
          });
          if (!res.ok) throw new Error(`score answered ${res.status}: ${await res.text()}`);
          return res.json();
        });
        const direct = await timed(requests, users, async (i) =>
          scoreAnswers(rss2019, weights, surveys[i % surveys.length] as RssAnswers),
        );
        const seconds = http.reduce((a, b) => a + b, 0) / 1000 / users;
        lines.push(
          `| POST /api/v1/rss/score, ${users} user(s) | ${requests.toLocaleString('en')} requests | ${Math.round(requests / seconds).toLocaleString('en')} requests/s | p50 ${percentile(http, 50).toFixed(1)} ms, p95 ${percentile(http, 95).toFixed(1)} ms | in process p95 ${(percentile(direct, 95) * 1000).toFixed(0)} µs |`,
        );
        say(`  score over HTTP, ${users} user(s): p95 ${percentile(http, 95).toFixed(1)} ms`);
      }
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Stored rounds: four per case, answers cycling through the generated surveys. */
async function storeRounds(database: Database, userId: string, rounds: number) {
  const db = database.db;
  const templates = surveys.slice(0, 256);
  await db.execute(sql`create temporary table bench_answers (n int primary key, answers jsonb not null)`);
  await db.execute(
    sql`insert into bench_answers select * from jsonb_to_recordset(${JSON.stringify(
      templates.map((answers, n) => ({ n, answers })),
    )}::jsonb) as t(n int, answers jsonb)`,
  );
  await db.execute(sql`
    insert into ${rssRounds} (case_id, kind, status, instrument, instrument_version, interviewer_id,
      interviewer_on_case, location, interviewed_on, consent_given, consent_method, answers, started_at, finished_at)
    select c.id, (array['baseline','interim','endline','ad_hoc'])[k]::rss_round_kind, 'completed', 'RSS-2019', 1,
      ${userId}, false, 'office', date '2026-01-01' + k * 90, true, 'written', a.answers, now(), now()
    from (select id, row_number() over () as rn from cases limit ${Math.ceil(rounds / 4)}) c
    cross join generate_series(1, 4) k
    join bench_answers a on a.n = ((c.rn * 4 + k) % ${templates.length})`);
}

// 3. Recompute after a weight change, on PostgreSQL.
const roundsWanted = Number(process.env.BENCH_ROUNDS ?? 1_000_000);
if (roundsWanted > 0) {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const scratch = await scratchPostgres(serverUrl, 'reintegra_bench_rss');
  try {
    const database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 4 });
    const mission = await createMission(database.db, { name: 'Guinea', countryCode: 'GN', role: 'origin' });
    const office = await createOffice(database.db, { missionId: mission.id, name: 'Conakry', location: '' });
    const { user } = await createUser(database.db, {
      username: 'bench.interviewer',
      displayName: 'Bench Interviewer',
      role: 'caseworker',
      officeId: office.id,
      password,
    });
    const people = Math.ceil(roundsWanted / 4);
    await generatePeople(
      database,
      { people, missionId: mission.id, officeIds: [office.id], createdBy: user.id },
      say,
    );
    let start = performance.now();
    await storeRounds(database, user.id, roundsWanted);
    const [{ n: stored } = { n: 0 }] = (
      (await database.db.execute(sql`select count(*)::int as n from ${rssRounds}`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows;
    say(
      `  ${stored.toLocaleString('en')} rounds stored in ${((performance.now() - start) / 1000).toFixed(0)} s`,
    );

    let last = 0;
    const context = (label: string): JobContext => {
      let done = 0;
      let total = 0;
      return {
        db: database.db,
        now: () => new Date(),
        total: async (n) => {
          total = n;
        },
        advance: async (n) => {
          done += n;
          if (performance.now() - last > 5000 || done === total) {
            last = performance.now();
            say(`  ${label}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`);
          }
        },
      };
    };
    const recompute = async (label: string, set: WeightSet) => {
      const began = performance.now();
      await recomputeScores(context(label), set);
      return (performance.now() - began) / 1000;
    };
    const first = await recompute('first scoring', weights);
    const changed: WeightSet = {
      ...weights,
      id: 'bench-changed',
      label: 'Bench: composite on the heavier items only',
      composite: { q2: 1, q25: 1, q30: 1 },
    };
    const again = await recompute('recompute after a weight change', changed);

    // The floor: writing as many score rows in one SQL statement, no scoring at all.
    start = performance.now();
    await database.db.execute(sql`create table bench_copy (like ${rssScores} including defaults)`);
    await database.db.execute(sql`insert into bench_copy select * from ${rssScores} where current`);
    const copy = (performance.now() - start) / 1000;
    await database.close();
    lines.push(
      `| first scoring of stored rounds, PostgreSQL | ${stored.toLocaleString('en')} rounds | ${Math.round(stored / first).toLocaleString('en')} rounds/s | ${(first / 60).toFixed(1)} min | ${(first / copy).toFixed(1)}× a plain SQL copy of as many score rows (${copy.toFixed(0)} s) |`,
      `| recompute after a weight change, PostgreSQL | ${stored.toLocaleString('en')} rounds | ${Math.round(stored / again).toLocaleString('en')} rounds/s | ${(again / 60).toFixed(1)} min | ${(again / copy).toFixed(1)}× the same copy |`,
    );
  } finally {
    await scratch.drop();
  }
}

console.log('\n| what | size | throughput | time | compared with |');
console.log('|---|---:|---:|---:|---|');
for (const line of lines) console.log(line);
