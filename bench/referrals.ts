// `npm run bench:referrals`: referrals at scale on PostgreSQL. Generates
// people and cases (BENCH_PEOPLE, default 250,000) and BENCH_REFERRALS
// referrals (default 1,000,000) straight in SQL across 200 providers, then
// measures over HTTP against the real server, at 1 and 16 concurrent users:
// a partner's inbox, the overdue list of a caseworker (office) and of a
// supervisor (the whole mission), and the referrals of one case; each beside
// the same service call made in process. Prints p50/p95.
import { join } from 'node:path';
import { isoDay } from '@reintegra/domain';
import { sql } from 'drizzle-orm';
import { actorFromUser } from '../packages/server/src/auth/sessions.ts';
import { createMission, createOffice } from '../packages/server/src/organisation/service.ts';
import { openDatabase } from '../packages/server/src/platform/db.ts';
import {
  partnerReferrals,
  referralsInScope,
  referralsOfCase,
} from '../packages/server/src/referrals/service.ts';
import { createUser } from '../packages/server/src/users/service.ts';
import { scratchPostgres } from '../packages/server/test/support/database.ts';
import { signInOverHttp, startServerProcess } from '../packages/server/test/support/server-process.ts';
import { percentile, timed } from './measure.ts';
import { generatePeople } from './people.ts';

const root = new URL('..', import.meta.url).pathname;
const password = 'benchmark passphrase, long enough';
const say = (s: string) => process.stderr.write(`${s}\n`);
const people = Number(process.env.BENCH_PEOPLE ?? 250_000);
const wanted = Number(process.env.BENCH_REFERRALS ?? 1_000_000);
const requests = Number(process.env.BENCH_REQUESTS ?? 200);
const providers = 200;

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const scratch = await scratchPostgres(serverUrl, 'reintegra_bench_referrals');
try {
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 10 });
  const db = database.db;
  const mission = await createMission(db, { name: 'Guinea', countryCode: 'GN', role: 'origin' });
  const officeIds: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    officeIds.push((await createOffice(db, { missionId: mission.id, name: `Office ${i}`, location: '' })).id);
  }
  const staff = async (username: string, role: 'caseworker' | 'supervisor', scope: 'office' | 'mission') =>
    (
      await createUser(db, {
        username,
        displayName: username,
        role,
        scope,
        officeId: officeIds[0],
        password,
      })
    ).user;
  const caseworker = await staff('bench.caseworker', 'caseworker', 'office');
  const supervisor = await staff('bench.supervisor', 'supervisor', 'mission');
  await generatePeople(database, { people, missionId: mission.id, officeIds, createdBy: caseworker.id }, say);

  const start = performance.now();
  await db.execute(sql`
    insert into service_providers (id, mission_id, name, contact)
    select overlay(overlay(md5('sp' || g) placing '4' from 13) placing '8' from 17)::uuid, ${mission.id},
      'Provider ' || g, '{"person":"","phone":"","email":"","address":"","hours":""}'::jsonb
    from generate_series(1, ${providers}) g`);
  await db.execute(sql`
    insert into provider_services (id, provider_id, name, type, needed_fields)
    select overlay(overlay(md5('ps' || g) placing '4' from 13) placing '8' from 17)::uuid,
      overlay(overlay(md5('sp' || g) placing '4' from 13) placing '8' from 17)::uuid,
      'Service ' || g, (array['tvet','health','housing','psychosocial_support','job_placement'])[1 + g % 5]::service_type,
      '{}'::text[]
    from generate_series(1, ${providers}) g`);
  // Referrals spread over the cases and providers, sent over the last two years; a fifth still open,
  // half of those past their due day.
  await db.execute(sql`
    insert into referrals (case_id, service_id, provider_id, reason, urgency, status, shared_fields, shared_data,
      identified_at, sent_at, accepted_at, completed_at, closed_at, due_on, created_by)
    select c.id,
      overlay(overlay(md5('ps' || p) placing '4' from 13) placing '8' from 17)::uuid,
      overlay(overlay(md5('sp' || p) placing '4' from 13) placing '8' from 17)::uuid,
      'Bench referral', (case when g % 10 = 0 then 'urgent' else 'routine' end)::referral_urgency,
      (array['completed','completed','completed','declined','sent','accepted','not_delivered','completed','in_progress','completed'])[1 + g % 10]::referral_status,
      '{name,phone}'::text[], '{"name":"Bench","phone":"+224620000000"}'::jsonb,
      now() - (g % 730) * interval '1 day', now() - (g % 730) * interval '1 day',
      case when g % 10 in (0,1,2,5,7,8,9) then now() - (g % 730) * interval '1 day' + interval '2 days' end,
      case when g % 10 in (0,1,2,7,9) then now() - (g % 730) * interval '1 day' + interval '40 days' end,
      case when g % 10 in (0,1,2,3,6,7,9) then now() - (g % 730) * interval '1 day' + interval '40 days' end,
      case when g % 10 in (4,5) then current_date - (g % 60) + 15 end,
      ${caseworker.id}
    from generate_series(1, ${wanted}) g
    cross join lateral (select 1 + (g * 7) % ${providers} as p) pick
    join (select id, row_number() over (order by id) as rn from cases) c on c.rn = 1 + (g % ${people})`);
  await db.execute(sql`analyze`);
  const counted = (
    (await db.execute(
      sql`select count(*)::int as n, count(*) filter (where due_on < current_date)::int as overdue from referrals`,
    )) as unknown as { rows: { n: number; overdue: number }[] }
  ).rows[0];
  say(
    `  ${counted?.n.toLocaleString('en')} referrals (${counted?.overdue.toLocaleString('en')} overdue) stored in ${((performance.now() - start) / 1000).toFixed(0)} s`,
  );
  const { user: partner } = await createUser(db, {
    username: 'bench.partner',
    displayName: 'Bench Partner',
    role: 'referral_partner',
    missionId: mission.id,
    serviceProviderId: (
      (await db.execute(sql`select id from service_providers where name = 'Provider 1'`)) as unknown as {
        rows: { id: string }[];
      }
    ).rows[0]?.id,
    password,
  });
  const oneCase = (
    (await db.execute(
      sql`select c.id from cases c join referrals r on r.case_id = c.id where c.office_id = ${officeIds[0]} limit 1`,
    )) as unknown as { rows: { id: string }[] }
  ).rows[0]?.id as string;

  const today = isoDay(new Date());
  const actor = (u: typeof caseworker) => actorFromUser(u, { kind: 'token', tokenId: 'bench' });
  const probes = [
    {
      what: 'partner inbox (one provider)',
      user: 'bench.partner',
      direct: () => partnerReferrals(db, actor(partner)),
      path: '/api/v1/partner/referrals',
    },
    {
      what: 'overdue list, caseworker (office)',
      user: 'bench.caseworker',
      direct: () => referralsInScope(db, actor(caseworker), { overdue: true }, today),
      path: '/api/v1/referrals?overdue=true',
    },
    {
      what: 'overdue list, supervisor (mission)',
      user: 'bench.supervisor',
      direct: () => referralsInScope(db, actor(supervisor), { overdue: true }, today),
      path: '/api/v1/referrals?overdue=true',
    },
    {
      what: 'referrals of a case',
      user: 'bench.caseworker',
      direct: () => referralsOfCase(db, actor(caseworker), oneCase),
      path: `/api/v1/cases/${oneCase}/referrals`,
    },
  ];
  const inProcess = new Map<string, number[]>();
  for (const probe of probes) {
    for (const users of [1, 16])
      inProcess.set(`${probe.what}/${users}`, await timed(requests, users, probe.direct));
  }
  await database.close();

  const server = await startServerProcess(join(root, 'packages/server/src/main.ts'), {
    DATABASE_URL: scratch.url,
    PORT: '0',
    LOG_LEVEL: 'warn',
  });
  const lines: string[] = [];
  try {
    const sessions = new Map<string, Record<string, string>>();
    for (const name of ['bench.partner', 'bench.caseworker', 'bench.supervisor']) {
      sessions.set(name, await signInOverHttp(server.base, name, password));
    }
    for (const probe of probes) {
      const headers = sessions.get(probe.user) as Record<string, string>;
      for (const users of [1, 16]) {
        const http = await timed(requests, users, async () => {
          const res = await fetch(`${server.base}${probe.path}`, { headers });
          if (!res.ok) throw new Error(`${probe.path} answered ${res.status}`);
          return res.json();
        });
        const direct = inProcess.get(`${probe.what}/${users}`) ?? [];
        lines.push(
          `| ${probe.what} | ${users} | ${percentile(http, 50).toFixed(1)} ms | ${percentile(http, 95).toFixed(1)} ms | ${percentile(direct, 95).toFixed(1)} ms |`,
        );
        say(`  ${probe.what}, ${users} user(s): p95 ${percentile(http, 95).toFixed(1)} ms`);
      }
    }
  } finally {
    await server.stop();
  }
  console.log(
    `\nReferrals on PostgreSQL: ${counted?.n.toLocaleString('en')} referrals over ${people.toLocaleString('en')} cases in 20 offices, ${providers} providers; ${requests} requests per point.\n`,
  );
  console.log('| query | users | HTTP p50 | HTTP p95 | in process p95 |\n|---|---|---|---|---|');
  for (const line of lines) console.log(line);
} finally {
  await scratch.drop();
}
