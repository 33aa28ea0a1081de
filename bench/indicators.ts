// `npm run bench:indicators`: the dashboard at scale on PostgreSQL. Generates
// BENCH_PEOPLE returnees (default 1,000,000) in 4 missions of 5 offices, each
// with a case, a caseworker, a return, two counselling sessions and
// BENCH_ROUNDS_PER_CASE scored survey rounds (default 3: 3,000,000 rounds),
// BENCH_EVENTS_PER_CASE events in its history (default 10), a change of
// case-management type for a tenth of them, and 300,000 referrals, straight in SQL. Then times the rebuild of the
// figures, and the whole dashboard over HTTP for one mission (a programme
// manager) and for all missions (an M&E officer with scope all): cold (the
// first request of a freshly started server), computed on a warm database
// (p50/p95 of requests each for a period not asked before, so the server's
// figure cache cannot answer them), the same request again (answered from
// that cache), and a page of the cases behind a figure.
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { refreshIndicators } from '../packages/server/src/indicators/refresh.ts';
import { createMission, createOffice } from '../packages/server/src/organisation/service.ts';
import { openDatabase, textArray } from '../packages/server/src/platform/db.ts';
import { createUser } from '../packages/server/src/users/service.ts';
import { scratchPostgres } from '../packages/server/test/support/database.ts';
import { signInOverHttp, startServerProcess } from '../packages/server/test/support/server-process.ts';
import { percentile, timed } from './measure.ts';
import { generatePeople } from './people.ts';

const root = new URL('..', import.meta.url).pathname;
const password = 'benchmark passphrase, long enough';
const say = (s: string) => process.stderr.write(`${s}\n`);
const people = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const roundsPerCase = Number(process.env.BENCH_ROUNDS_PER_CASE ?? 3);
const requests = Number(process.env.BENCH_REQUESTS ?? 20);
const eventsPerCase = Number(process.env.BENCH_EVENTS_PER_CASE ?? 10);
const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(0);
/** A number from 0 to 1, fixed for a row and a salt: generated data that looks random but repeats. */
const draw = (key: string, salt: string) =>
  sql.raw(`((('x' || substr(md5(${key}::text || '${salt}'), 1, 8))::bit(32)::bigint) / 4294967296.0)`);

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = await scratchPostgres(serverUrl, 'reintegra_bench_indicators');
try {
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 10 });
  const db = database.db;
  const officeIds: string[] = [];
  const missionIds: string[] = [];
  for (const [name, countryCode] of [
    ['Guinea', 'GN'],
    ['Niger', 'NE'],
    ['Mali', 'ML'],
    ['Senegal', 'SN'],
  ] as const) {
    const mission = await createMission(db, { name, countryCode, role: 'origin' });
    missionIds.push(mission.id);
    for (let i = 0; i < 5; i += 1) {
      officeIds.push(
        (await createOffice(db, { missionId: mission.id, name: `${name} ${i}`, location: '' })).id,
      );
    }
  }
  const caseworkerIds: string[] = [];
  for (const [i, officeId] of officeIds.entries()) {
    for (let k = 0; k < 5; k += 1) {
      const { user } = await createUser(db, {
        username: `bench.cw${i}.${k}`,
        displayName: `Caseworker ${i}.${k}`,
        role: 'caseworker',
        officeId,
        password,
      });
      caseworkerIds.push(user.id);
    }
  }
  await createUser(db, {
    username: 'bench.manager',
    displayName: 'Programme manager',
    role: 'programme_manager',
    scope: 'mission',
    missionId: missionIds[0],
    password,
  });
  await createUser(db, {
    username: 'bench.me',
    displayName: 'M&E officer',
    role: 'me_officer',
    scope: 'all',
    missionId: missionIds[0],
    password,
  });
  await generatePeople(
    database,
    { people, missionId: missionIds[0] as string, officeIds, createdBy: caseworkerIds[0] as string },
    say,
  );

  let start = performance.now();
  // Each case in its office's mission, with a type, some flagged vulnerable, a return, a caseworker of its office.
  await db.execute(sql`update cases c set mission_id = o.mission_id,
      case_management_type = (array['generalist', 'intensive', null])[1 + floor(${draw('c.id', 'cm')} * 3)::int]::case_management_type,
      vulnerabilities = case when ${draw('c.id', 'v')} < 0.15 then '{trafficking}'::text[] else '{}'::text[] end
    from offices o where o.id = c.office_id`);
  await db.execute(sql`
    insert into case_migrations (case_id, returned_on, assistance, voluntariness)
    select c.id, date '2024-06-01' + floor(${draw('c.id', 'r')} * 500)::int,
      (case when ${draw('c.id', 'a')} < 0.8 then 'assisted' else 'spontaneous' end)::return_assistance, 'voluntary'
    from cases c`);
  await db.execute(sql`
    insert into case_assignments (case_id, user_id, function, assigned_at)
    select c.id, (${textArray(caseworkerIds)})[1 + (array_position(${textArray(officeIds)}, c.office_id::text) - 1) * 5
      + floor(${draw('c.id', 'w')} * 5)::int]::uuid, 'reintegration', c.created_at
    from cases c`);
  say(`  cases placed, returned and assigned (${seconds(start)} s)`);

  start = performance.now();
  // A case's history holds many events; a tenth of the cases changed type once, a month after return.
  await db.execute(sql`
    insert into case_events (case_id, at, kind, details)
    select c.id, c.created_at + make_interval(days => g), 'note_added', '{}'::jsonb
    from cases c cross join generate_series(1, ${sql.raw(String(eventsPerCase))}) g`);
  await db.execute(sql`
    insert into case_events (case_id, at, kind, details)
    select c.id, m.returned_on + 30, 'case_management_type_changed', jsonb_build_object(
      'from', case when c.case_management_type = 'intensive' then 'generalist' else 'intensive' end,
      'to', c.case_management_type)
    from cases c join case_migrations m on m.case_id = c.id
    where c.case_management_type is not null and ${draw('c.id', 'tc')} < 0.1`);
  say(`  case events stored (${seconds(start)} s)`);

  start = performance.now();
  const weightSet = 'bench';
  for (let k = 0; k < roundsPerCase; k += 1) {
    await db.execute(sql`
      insert into rss_rounds (id, case_id, kind, status, instrument, instrument_version, interviewer_id,
        interviewer_on_case, location, interviewed_on, consent_given, consent_method, started_at, finished_at)
      select overlay(overlay(md5('r' || c.id || '${sql.raw(String(k))}') placing '4' from 13) placing '8' from 17)::uuid, c.id,
        (array['baseline', 'interim', 'endline', 'ad_hoc'])[${sql.raw(String(k + 1))}]::rss_round_kind, 'completed', 'RSS-2019', 1,
        ${caseworkerIds[0]}, false, 'office', m.returned_on + ${sql.raw(String(k * 120 + 10))}, true, 'written', now(), now()
      from cases c join case_migrations m on m.case_id = c.id`);
    // Scores climb a little from round to round, as reintegration goes on.
    await db.execute(sql`
      insert into rss_scores (round_id, weight_set_id, weight_set_version, instrument_version, economic, social,
        psychosocial, composite, dont_know_count, low_reliability, current, computed_at)
      select r.id, ${weightSet}, 1, 1, s.x, s.x, s.x, s.x, 0, false, true, now()
      from rss_rounds r
      cross join lateral (select least(1, ${draw('r.id', 's')} * 0.8 + ${sql.raw(String(k / 10))}) as x) s
      where r.kind = (array['baseline', 'interim', 'endline', 'ad_hoc'])[${sql.raw(String(k + 1))}]::rss_round_kind`);
    say(`  survey round ${k + 1} of ${roundsPerCase} stored and scored (${seconds(start)} s)`);
  }

  start = performance.now();
  for (let k = 0; k < 2; k += 1) {
    await db.execute(sql`
      insert into counselling_sessions (case_id, held_on, type, meeting_type, reasons, setting, attendees, topics,
        first_line_support_given, referral_needed, agreed_next_steps, continued, recorded_by, recorder_role, created_at)
      select c.id, m.returned_on + ${sql.raw(String(15 + k * 60))},
        (case when ${draw('c.id', `t${k}`)} < 0.2 then 'family' else 'follow_up' end)::counselling_type,
        (case when ${draw('c.id', `t${k}`)} < 0.2 then 'family_mediation' else 'follow_up' end)::meeting_type,
        (array['{economic}', '{social}', '{psychosocial}', '{economic,psychosocial}', '{}'])[1 + floor(${draw('c.id', `r${k}`)} * 5)::int]::meeting_reason[],
        (array['office', 'home_visit', 'phone', 'online'])[1 + floor(${draw('c.id', `s${k}`)} * 4)::int]::session_setting,
        '[{"name": "Returnee", "role": "returnee"}]'::jsonb, '{}'::text[], false, false, 'Meet again', false,
        a.user_id, 'caseworker', now()
      from cases c join case_migrations m on m.case_id = c.id join case_assignments a on a.case_id = c.id`);
  }
  say(`  counselling sessions stored (${seconds(start)} s)`);

  start = performance.now();
  await db.execute(sql`
    insert into service_providers (id, mission_id, name, contact)
    select overlay(overlay(md5('sp' || g) placing '4' from 13) placing '8' from 17)::uuid,
      (${textArray(missionIds)})[1 + g % 4]::uuid, 'Provider ' || g,
      '{"person":"","phone":"","email":"","address":"","hours":""}'::jsonb
    from generate_series(1, 40) g`);
  await db.execute(sql`
    insert into provider_services (id, provider_id, name, type, needed_fields)
    select overlay(overlay(md5('ps' || g) placing '4' from 13) placing '8' from 17)::uuid,
      overlay(overlay(md5('sp' || g) placing '4' from 13) placing '8' from 17)::uuid, 'Service ' || g, 'tvet', '{}'::text[]
    from generate_series(1, 40) g`);
  await db.execute(sql`
    insert into referrals (case_id, service_id, provider_id, reason, urgency, status, shared_fields,
      identified_at, sent_at, completed_at, received, created_by)
    select c.id, overlay(overlay(md5('ps' || p.g) placing '4' from 13) placing '8' from 17)::uuid,
      overlay(overlay(md5('sp' || p.g) placing '4' from 13) placing '8' from 17)::uuid, 'Bench referral', 'routine',
      (case when ${draw('c.id', 'rs')} < 0.6 then 'completed' else 'accepted' end)::referral_status, '{name,phone}'::text[],
      m.returned_on + 20, m.returned_on + 20,
      case when ${draw('c.id', 'rs')} < 0.6 then m.returned_on + 60 end,
      case when ${draw('c.id', 'rs')} < 0.6 then true end, ${caseworkerIds[0]}
    from cases c join case_migrations m on m.case_id = c.id
    cross join lateral (select 1 + (array_position(${textArray(missionIds)}, c.mission_id::text) - 1)
      + 4 * floor(${draw('c.id', 'p')} * 10)::int as g) p
    where ${draw('c.id', 'ref')} < 0.3`);
  say(`  referrals stored (${seconds(start)} s)`);
  await db.execute(sql`vacuum analyze`);

  const count = async (table: string) =>
    (
      (await db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]?.n ?? 0;
  const sizes = {
    cases: await count('cases'),
    rounds: await count('rss_rounds'),
    sessions: await count('counselling_sessions'),
    referrals: await count('referrals'),
    events: await count('case_events'),
  };
  say(`  ${JSON.stringify(sizes)}`);

  start = performance.now();
  await refreshIndicators(db, new Date());
  const rebuild = (performance.now() - start) / 1000;
  say(`  figures rebuilt in ${rebuild.toFixed(1)} s`);
  await db.execute(sql`vacuum analyze`);
  const facts = {
    cases: await count('indicator_cases'),
    rounds: await count('indicator_rounds'),
    meetings: await count('indicator_meetings'),
  };
  await database.close();

  const server = await startServerProcess(join(root, 'packages/server/src/main.ts'), {
    DATABASE_URL: scratch.url,
    PORT: '0',
    LOG_LEVEL: 'warn',
  });
  const lines: string[] = [];
  try {
    const probes = [
      { what: 'dashboard, one mission (programme manager)', user: 'bench.manager', path: '' },
      { what: 'dashboard, all missions (M&E officer)', user: 'bench.me', path: '' },
      { what: 'dashboard, all missions, women 18–24', user: 'bench.me', path: '&sex=female&ageBand=18-24' },
      { what: 'cases behind a figure, first page', user: 'bench.manager', path: 'cases' },
    ];
    const sessions = new Map<string, Record<string, string>>();
    for (const name of ['bench.manager', 'bench.me'])
      sessions.set(name, await signInOverHttp(server.base, name, password));
    for (const probe of probes) {
      const headers = sessions.get(probe.user) as Record<string, string>;
      // Each new call asks for a period ending a day earlier: a question the cache has not seen.
      let asked = 0;
      const urlFor = (daysEarlier: number) => {
        const to = new Date(Date.UTC(2026, 11, 31 - daysEarlier)).toISOString().slice(0, 10);
        return probe.path === 'cases'
          ? `${server.base}/api/v1/indicators/cases?cohort=reaching&from=2025-01-01&to=${to}`
          : `${server.base}/api/v1/indicators/dashboard?from=2025-01-01&to=${to}${probe.path}`;
      };
      const get = async (url: string) => {
        const res = await fetch(url, { headers });
        if (!res.ok) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
        return res.json();
      };
      const fresh = () => get(urlFor(asked++));
      const again = () => get(urlFor(0));
      const [cold = 0] = await timed(1, 1, fresh);
      const warm = await timed(requests, 1, fresh);
      const kept = await timed(requests, 1, again);
      const busy = await timed(requests, 4, fresh);
      const ms = (n: number) => `${n.toFixed(0)} ms`;
      lines.push(
        `| ${probe.what} | ${ms(cold)} | ${ms(percentile(warm, 50))} | ${ms(percentile(warm, 95))} | ${ms(percentile(kept, 95))} | ${ms(percentile(busy, 95))} |`,
      );
      say(
        `  ${probe.what}: cold ${ms(cold)}, computed warm p95 ${ms(percentile(warm, 95))}, asked again p95 ${ms(percentile(kept, 95))}`,
      );
    }
  } finally {
    await server.stop();
  }
  console.log(
    `\nIndicators on PostgreSQL: ${sizes.cases.toLocaleString('en')} returnees in 4 missions and 20 offices, ${sizes.rounds.toLocaleString('en')} scored survey rounds, ${sizes.sessions.toLocaleString('en')} sessions, ${sizes.referrals.toLocaleString('en')} referrals, ${sizes.events.toLocaleString('en')} case events. Rebuilding the figures: ${rebuild.toFixed(0)} s (${facts.cases.toLocaleString('en')} case rows, ${facts.rounds.toLocaleString('en')} round groups, ${facts.meetings.toLocaleString('en')} meeting groups). Period 2025-01-01 to 2026-12-31; ${requests} requests per point.\n`,
  );
  console.log(
    '| request | cold | computed, warm p50 | computed, warm p95 | asked again p95 | 4 users, computed p95 |\n|---|---:|---:|---:|---:|---:|',
  );
  for (const line of lines) console.log(line);
} finally {
  await scratch.drop();
}
