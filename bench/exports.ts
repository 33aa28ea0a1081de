// `npm run bench:exports`: exports of the case list at scale on PostgreSQL.
// Generates people and cases straight in SQL (BENCH_EXPORT_CASES, default
// 1,000,000) in ten offices of one mission, then exports the case list as CSV
// and as XLSX, for one office (a tenth: 100,000 rows by default) and for the
// whole mission (all rows), the way the background job does it: the list's
// query page by page, the file written into an encrypted file store on disk,
// the job's progress recorded. Each export runs in a process of its own, so
// that its peak resident memory is its own; a process that only opens the
// database gives the floor. Prints time, rows per second, file size, peak
// RSS, the peak in each half of the run, and the heap still held after a full
// garbage collection; the ratios of the whole mission to the one office; and
// runs the largest export once more with the heap capped at 64 MiB, which it
// survives only if it keeps no rows.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isoDay } from '@reintegra/domain';
import { eq } from 'drizzle-orm';
import { pino } from 'pino';
import { actorFromUser } from '../packages/server/src/auth/sessions.ts';
import type { ExportInput } from '../packages/server/src/exports/schemas.ts';
import { startExport, writeExportFile } from '../packages/server/src/exports/service.ts';
import { runJob } from '../packages/server/src/jobs/service.ts';
import { jobs } from '../packages/server/src/jobs/tables.ts';
import { createMission, createOffice } from '../packages/server/src/organisation/service.ts';
import { systemClock } from '../packages/server/src/platform/clock.ts';
import { openDatabase } from '../packages/server/src/platform/db.ts';
import { diskStore } from '../packages/server/src/platform/files.ts';
import { createUser } from '../packages/server/src/users/service.ts';
import { users } from '../packages/server/src/users/tables.ts';
import { scratchPostgres } from '../packages/server/test/support/database.ts';
import { generatePeople } from './people.ts';

interface Run {
  url: string;
  userId: string;
  filesDir: string;
  /** Open the database and stop: the floor every export stands on. */
  floor?: boolean;
  format: 'csv' | 'xlsx';
  filters: { officeId?: string };
  /** Extra Node flags for the run, e.g. a cap on the heap. */
  flags?: string[];
}

interface Measured {
  rows: number;
  seconds: number;
  bytes: number;
  maxRssMiB: number;
  /** The highest resident memory seen in the first and in the second half of the run. */
  firstHalfRssMiB: number;
  secondHalfRssMiB: number;
  heapAfterGcMiB: number;
  status: string;
}

const mib = (bytes: number) => bytes / 1024 / 1024;

/**
 * This process's peak resident memory, in MiB. On Linux it is VmHWM, the
 * high-water mark of this address space: resourceUsage().maxRSS there carries
 * over the parent's peak into a spawned child (it survives fork and exec), and
 * the parent has just generated a million rows. Elsewhere, maxRSS.
 */
function peakRssMiB(): number {
  try {
    const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (kib) return Number(kib) / 1024;
  } catch {
    // Not Linux.
  }
  return process.resourceUsage().maxRSS / 1024;
}

/** One export, measured in this process (started by the parent below with --expose-gc). */
async function runOne(run: Run): Promise<Measured> {
  const database = await openDatabase({ kind: 'postgres', url: run.url, poolSize: 2 });
  try {
    const [user] = await database.db.select().from(users).where(eq(users.id, run.userId));
    if (!user) throw new Error('bench user missing');
    const actor = actorFromUser(user, { kind: 'token', tokenId: 'bench' });
    const gc = (globalThis as { gc?: () => void }).gc;
    if (run.floor) {
      gc?.();
      return {
        rows: 0,
        seconds: 0,
        bytes: 0,
        maxRssMiB: peakRssMiB(),
        firstHalfRssMiB: 0,
        secondHalfRssMiB: 0,
        heapAfterGcMiB: mib(process.memoryUsage().heapUsed),
        status: 'done',
      };
    }
    const input: ExportInput = {
      list: 'cases',
      format: run.format,
      hxl: true,
      deidentified: false,
      filters: run.filters,
    };
    const started = performance.now();
    // Resident memory sampled as the export runs: flat means the second half peaks no higher than the first.
    const samples: { at: number; rss: number }[] = [];
    const sampler = setInterval(
      () => samples.push({ at: performance.now(), rss: process.memoryUsage.rss() }),
      100,
    );
    const now = new Date();
    const today = isoDay(now);
    const request = await database.db.transaction((tx) => startExport(tx, actor, input, now, today));
    const log = pino({ level: 'silent' });
    await runJob(database.db, systemClock, log, request.exportId, (ctx) =>
      writeExportFile(ctx, diskStore(run.filesDir), actor, input, request, today),
    );
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    const middle = started + (seconds * 1000) / 2;
    const peakOf = (half: typeof samples) => mib(Math.max(0, ...half.map((s) => s.rss)));
    const [job] = await database.db.select().from(jobs).where(eq(jobs.id, request.exportId));
    const report = (job?.report ?? {}) as { rows?: number; bytes?: number; error?: string };
    gc?.();
    return {
      rows: report.rows ?? 0,
      seconds,
      bytes: report.bytes ?? 0,
      maxRssMiB: peakRssMiB(),
      firstHalfRssMiB: peakOf(samples.filter((s) => s.at < middle)),
      secondHalfRssMiB: peakOf(samples.filter((s) => s.at >= middle)),
      heapAfterGcMiB: mib(process.memoryUsage().heapUsed),
      status: job?.status === 'done' ? 'done' : `failed: ${report.error}`,
    };
  } finally {
    await database.close();
  }
}

/** Runs one export in a fresh process and reads back what it measured. */
function inChild(run: Run): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', ...(run.flags ?? []), new URL(import.meta.url).pathname],
      {
        env: { ...process.env, BENCH_EXPORT_RUN: JSON.stringify(run) },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`export run exited with ${code}`));
      else resolve(JSON.parse(out) as Measured);
    });
  });
}

const child = process.env.BENCH_EXPORT_RUN;
if (child) {
  process.stdout.write(JSON.stringify(await runOne(JSON.parse(child) as Run)));
} else {
  const say = (s: string) => process.stderr.write(`${s}\n`);
  const cases = Number(process.env.BENCH_EXPORT_CASES ?? 1_000_000);
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const scratch = await scratchPostgres(serverUrl, 'reintegra_bench_exports');
  const filesDir = mkdtempSync(join(tmpdir(), 'reintegra-bench-exports-'));
  try {
    const database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 10 });
    const db = database.db;
    const mission = await createMission(db, { name: 'Guinea', countryCode: 'GN', role: 'origin' });
    const officeIds: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      officeIds.push(
        (await createOffice(db, { missionId: mission.id, name: `Office ${i}`, location: '' })).id,
      );
    }
    const { user } = await createUser(db, {
      username: 'bench.me',
      displayName: 'Bench M&E officer',
      role: 'me_officer',
      scope: 'mission',
      missionId: mission.id,
      officeId: officeIds[0],
      password: 'benchmark passphrase, long enough',
    });
    await generatePeople(
      database,
      { people: cases, missionId: mission.id, officeIds, createdBy: user.id },
      say,
    );
    await database.close();

    const base = { url: scratch.url, userId: user.id, filesDir };
    const floor = await inChild({ ...base, floor: true, format: 'csv', filters: {} });
    say(`  floor: peak RSS ${floor.maxRssMiB.toFixed(0)} MiB`);
    const results: { format: string; scope: string; m: Measured }[] = [];
    const measure = async (format: 'csv' | 'xlsx', scope: string, run: Partial<Run>) => {
      say(`  ${format}, ${scope} …`);
      const m = await inChild({ ...base, format, filters: {}, ...run });
      if (m.status !== 'done') throw new Error(`${format} ${scope}: ${m.status}`);
      say(
        `    ${m.rows.toLocaleString('en')} rows in ${m.seconds.toFixed(1)} s, peak RSS ${m.maxRssMiB.toFixed(0)} MiB`,
      );
      results.push({ format, scope, m });
      return m;
    };
    const pairs: { format: string; small: Measured; large: Measured }[] = [];
    for (const format of ['csv', 'xlsx'] as const) {
      const small = await measure(format, 'one office', { filters: { officeId: officeIds[0] } });
      const large = await measure(format, 'whole mission', {});
      pairs.push({ format, small, large });
    }
    // Nothing of the rows is kept: with the heap capped far below what the rows take, the export still finishes.
    await measure('xlsx', 'whole mission, heap capped at 64 MiB', { flags: ['--max-old-space-size=64'] });

    console.log(
      `\n${cases.toLocaleString('en')} cases in 10 offices; floor (database opened, nothing exported): peak RSS ${floor.maxRssMiB.toFixed(0)} MiB, heap ${floor.heapAfterGcMiB.toFixed(1)} MiB\n`,
    );
    console.log(
      '| format | rows | seconds | rows/s | file MiB | peak RSS MiB | RSS peak, 1st / 2nd half MiB | heap after GC MiB |',
    );
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
    for (const { format, scope, m } of results) {
      console.log(
        `| ${format} (${scope}) | ${m.rows.toLocaleString('en')} | ${m.seconds.toFixed(1)} | ${Math.round(m.rows / m.seconds).toLocaleString('en')} | ${mib(m.bytes).toFixed(1)} | ${m.maxRssMiB.toFixed(0)} | ${m.firstHalfRssMiB.toFixed(0)} / ${m.secondHalfRssMiB.toFixed(0)} | ${m.heapAfterGcMiB.toFixed(1)} |`,
      );
    }
    console.log('\n| format | rows × | time × | peak RSS × | peak RSS above the floor, MiB |');
    console.log('|---|---:|---:|---:|---:|');
    for (const { format, small, large } of pairs) {
      console.log(
        `| ${format} | ${(large.rows / small.rows).toFixed(1)} | ${(large.seconds / small.seconds).toFixed(1)} | ${(large.maxRssMiB / small.maxRssMiB).toFixed(2)} | ${(small.maxRssMiB - floor.maxRssMiB).toFixed(0)} → ${(large.maxRssMiB - floor.maxRssMiB).toFixed(0)} |`,
      );
    }
  } finally {
    rmSync(filesDir, { recursive: true, force: true });
    await scratch.drop();
  }
}
