// Generated people and cases for the case-file benchmark, written straight in
// SQL so that a million rows take minutes, not hours. Names are built from
// syllables of names common in Guinea and Niger: plausible, and nobody's.
import { sql } from 'drizzle-orm';
import { type Database, textArray } from '../packages/server/src/platform/db.ts';

const givenStarts = [
  'Ma',
  'Ai',
  'Fa',
  'Ibra',
  'Ou',
  'Abdou',
  'Al',
  'Ha',
  'Mou',
  'Ami',
  'Sou',
  'Dje',
  'Se',
  'Rama',
  'Is',
  'Hadi',
  'Bou',
  'Zei',
  'Sala',
  'Ra',
  'Ka',
  'Sa',
  'Mo',
  'Ta',
];
const givenEnds = [
  'madou',
  'ssatou',
  'toumata',
  'hima',
  'mar',
  'laye',
  'pha',
  'wa',
  'ssa',
  'nata',
  'leymane',
  'nabou',
  'kou',
  'toulaye',
  'soufou',
  'za',
  'bacar',
  'matou',
  'kiatou',
  'rouna',
  'diatou',
  'lif',
  'ussa',
  'riama',
];
const familyStarts = [
  'Dia',
  'Ba',
  'Ca',
  'Kei',
  'Syl',
  'Tou',
  'Sou',
  'Kou',
  'Ma',
  'Sa',
  'Ga',
  'Oum',
  'Is',
  'Ab',
  'Ha',
  'Yac',
  'Bou',
  'Kan',
  'Fo',
  'Dem',
];
const familyEnds = [
  'llo',
  'rry',
  'mara',
  'ta',
  'la',
  're',
  'mah',
  'yate',
  'iga',
  'ni',
  'rba',
  'arou',
  'saka',
  'dou',
  'ma',
  'te',
  'le',
  'ssa',
  'kou',
  'ra',
];

export const namePools = {
  given: givenStarts.length * givenEnds.length,
  family: familyStarts.length * familyEnds.length,
};

const statuses = [
  'registered',
  'assessment',
  'planning',
  'implementation',
  'follow_up',
  'follow_up',
  'implementation',
  'closed',
];

export async function generatePeople(
  database: Database,
  spec: { people: number; missionId: string; officeIds: string[]; createdBy: string },
  say: (line: string) => void,
) {
  const db = database.db;
  const batch = 100_000;
  const started = performance.now();
  for (let from = 1; from <= spec.people; from += batch) {
    const to = Math.min(spec.people, from + batch - 1);
    await db.transaction(async (tx) => {
      await tx.execute(sql`
        insert into persons (id, sex, date_of_birth, birth_year, nationality)
        select md5('p' || g)::uuid, (case when g % 2 = 0 then 'female' else 'male' end)::sex,
          date '1960-01-01' + ((g * 7919) % 17000)::int, extract(year from date '1960-01-01' + ((g * 7919) % 17000)::int)::smallint, 'GN'
        from generate_series(${from}::bigint, ${to}::bigint) g`);
      await tx.execute(sql`
        insert into person_names (person_id, script, given_names, family_name, searchable, "primary")
        select md5('p' || g)::uuid, 'latin', n.given, n.family, lower(n.given || ' ' || n.family), true
        from generate_series(${from}::bigint, ${to}::bigint) g,
        lateral (select
          (${textArray(givenStarts)})[1 + (g * 31) % ${givenStarts.length}] || (${textArray(givenEnds)})[1 + (g * 17) % ${givenEnds.length}] as given,
          (${textArray(familyStarts)})[1 + (g * 13) % ${familyStarts.length}] || (${textArray(familyEnds)})[1 + (g * 29 + g / 7) % ${familyEnds.length}] as family
        ) n`);
      await tx.execute(sql`
        insert into person_name_sounds (person_id, sound)
        select distinct pn.person_id, s.sound
        from person_names pn
        cross join lateral (values (dmetaphone(lower(pn.given_names))), (dmetaphone_alt(lower(pn.given_names))),
          (dmetaphone(lower(pn.family_name))), (dmetaphone_alt(lower(pn.family_name)))) as s(sound)
        where pn.person_id in (select md5('p' || g)::uuid from generate_series(${from}::bigint, ${to}::bigint) g) and s.sound <> ''`);
      // Whole-name sound keys as soundKeys() makes them: sorted byte-wise (collate "C"), as JavaScript sorts.
      await tx.execute(sql`
        insert into person_name_keys (person_id, key)
        select distinct pn.person_id, least(a.s collate "C", b.s collate "C") || ' ' || greatest(a.s collate "C", b.s collate "C")
        from person_names pn
        cross join lateral (values (dmetaphone(lower(pn.given_names))), (dmetaphone_alt(lower(pn.given_names)))) as a(s)
        cross join lateral (values (dmetaphone(lower(pn.family_name))), (dmetaphone_alt(lower(pn.family_name)))) as b(s)
        where pn.person_id in (select md5('p' || g)::uuid from generate_series(${from}::bigint, ${to}::bigint) g)
          and a.s <> '' and b.s <> ''`);
      await tx.execute(sql`
        insert into person_phones (person_id, raw, e164, reversed_digits)
        select md5('p' || g)::uuid, '62' || lpad(g::text, 7, '0'), '+22462' || lpad(g::text, 7, '0'), reverse('22462' || lpad(g::text, 7, '0'))
        from generate_series(${from}::bigint, ${to}::bigint) g`);
      await tx.execute(sql`
        insert into cases (id, reference, person_id, mission_id, office_id, phase, status, created_by, created_at, updated_at)
        select md5('c' || g)::uuid, 'GN-2026-' || lpad(g::text, 7, '0'), md5('p' || g)::uuid, ${spec.missionId}::uuid,
          (${textArray(spec.officeIds)})[1 + g % ${spec.officeIds.length}]::uuid, 'post_return',
          (${textArray(statuses)})[1 + (g * 7) % ${statuses.length}]::case_status, ${spec.createdBy}::uuid,
          now() - (g % 500000) * interval '1 minute', now() - (g % 500000) * interval '1 minute'
        from generate_series(${from}::bigint, ${to}::bigint) g`);
    });
    const seconds = (performance.now() - started) / 1000;
    say(
      `  generated ${to.toLocaleString('en')} of ${spec.people.toLocaleString('en')} people (${seconds.toFixed(0)} s)`,
    );
  }
  // A steady state, as autovacuum would leave it: statistics and the visibility map that index-only scans need.
  await db.execute(sql`vacuum analyze`);
}
