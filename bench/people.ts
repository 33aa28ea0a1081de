// Generated people, households, cases and tasks for the case-file benchmark,
// written straight in SQL so that a million rows take minutes, not hours. Names are built from
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

const memberRelationships = ['spouse_or_partner', 'child', 'child', 'parent', 'sibling', 'other_relative'];

/** Ids are md5 hashes of the row number, shaped as version-4 UUIDs: the API answers only with valid ones. */
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
        select overlay(overlay(md5('p' || g) placing '4' from 13) placing '8' from 17)::uuid, (case when g % 2 = 0 then 'female' else 'male' end)::sex,
          date '1960-01-01' + ((g * 7919) % 17000)::int, extract(year from date '1960-01-01' + ((g * 7919) % 17000)::int)::smallint, 'GN'
        from generate_series(${from}::bigint, ${to}::bigint) g`);
      await tx.execute(sql`
        insert into person_names (person_id, script, given_names, family_name, searchable, "primary")
        select overlay(overlay(md5('p' || g) placing '4' from 13) placing '8' from 17)::uuid, 'latin', n.given, n.family, lower(n.given || ' ' || n.family), true
        from generate_series(${from}::bigint, ${to}::bigint) g,
        lateral (select
          (${textArray(givenStarts)})[1 + r.given / ${givenEnds.length}] || (${textArray(givenEnds)})[1 + r.given % ${givenEnds.length}] as given,
          (${textArray(familyStarts)})[1 + r.family / ${familyEnds.length}] || (${textArray(familyEnds)})[1 + r.family % ${familyEnds.length}] as family
        from (select
          -- Two independent draws per person, skewed (u squared) so that a few names are very common, as
          -- Mamadou and Diallo are in Guinea, and most are rare.
          floor(${namePools.given} * power((('x' || substr(md5('g' || g), 1, 8))::bit(32)::bigint) / 4294967296.0, 2))::int as given,
          floor(${namePools.family} * power((('x' || substr(md5('f' || g), 1, 8))::bit(32)::bigint) / 4294967296.0, 2))::int as family
        ) r) n`);
      await tx.execute(sql`
        insert into person_name_sounds (person_id, sound)
        select distinct pn.person_id, s.sound
        from person_names pn
        cross join lateral (values (dmetaphone(lower(pn.given_names))), (dmetaphone_alt(lower(pn.given_names))),
          (dmetaphone(lower(pn.family_name))), (dmetaphone_alt(lower(pn.family_name)))) as s(sound)
        where pn.person_id in (select overlay(overlay(md5('p' || g) placing '4' from 13) placing '8' from 17)::uuid from generate_series(${from}::bigint, ${to}::bigint) g) and s.sound <> ''`);
      // Whole-name sound keys as soundKeys() makes them: sorted byte-wise (collate "C"), as JavaScript sorts.
      await tx.execute(sql`
        insert into person_name_keys (person_id, key)
        select distinct pn.person_id, least(a.s collate "C", b.s collate "C") || ' ' || greatest(a.s collate "C", b.s collate "C")
        from person_names pn
        cross join lateral (values (dmetaphone(lower(pn.given_names))), (dmetaphone_alt(lower(pn.given_names)))) as a(s)
        cross join lateral (values (dmetaphone(lower(pn.family_name))), (dmetaphone_alt(lower(pn.family_name)))) as b(s)
        where pn.person_id in (select overlay(overlay(md5('p' || g) placing '4' from 13) placing '8' from 17)::uuid from generate_series(${from}::bigint, ${to}::bigint) g)
          and a.s <> '' and b.s <> ''`);
      // The vocabulary and the word pairs, as wordPairs() makes them (and migration 0017 for names on file).
      await tx.execute(sql`
        insert into name_words (word)
        select distinct w from person_names pn, unnest(string_to_array(pn.searchable, ' ')) as w
        where pn.person_id in (select overlay(overlay(md5('p' || g) placing '4' from 13) placing '8' from 17)::uuid from generate_series(${from}::bigint, ${to}::bigint) g)
        on conflict do nothing`);
      await tx.execute(sql`
        insert into person_name_pairs (pair, person_id)
        select distinct case when b.w is null then a.w
            else least(a.w collate "C", b.w collate "C") || ' ' || greatest(a.w collate "C", b.w collate "C") end,
          n.person_id
        from (select person_id, array_agg(distinct w) as words
              from person_names, unnest(string_to_array(searchable, ' ')) as w
              where person_id in (select overlay(overlay(md5('p' || g) placing '4' from 13) placing '8' from 17)::uuid from generate_series(${from}::bigint, ${to}::bigint) g)
              group by id, person_id) n
        cross join lateral unnest(n.words) with ordinality as a(w, i)
        left join lateral unnest(n.words) with ordinality as b(w, j) on b.j > a.i
        where b.w is not null or cardinality(n.words) = 1`);
      await tx.execute(sql`
        insert into person_phones (person_id, raw, e164, reversed_digits)
        select overlay(overlay(md5('p' || g) placing '4' from 13) placing '8' from 17)::uuid, '62' || lpad(g::text, 7, '0'), '+22462' || lpad(g::text, 7, '0'), reverse('22462' || lpad(g::text, 7, '0'))
        from generate_series(${from}::bigint, ${to}::bigint) g`);
      await tx.execute(sql`
        insert into cases (id, reference, person_id, mission_id, office_id, phase, status, created_by, created_at, updated_at, next_due_on)
        select overlay(overlay(md5('c' || g) placing '4' from 13) placing '8' from 17)::uuid, 'GN-2026-' || lpad(g::text, 7, '0'), overlay(overlay(md5('p' || g) placing '4' from 13) placing '8' from 17)::uuid, ${spec.missionId}::uuid,
          (${textArray(spec.officeIds)})[1 + g % ${spec.officeIds.length}]::uuid, 'post_return',
          (${textArray(statuses)})[1 + (g * 7) % ${statuses.length}]::case_status, ${spec.createdBy}::uuid,
          now() - (g % 500000) * interval '1 minute', now() - (g % 500000) * interval '1 minute',
          -- The day of the task written below for every case not closed.
          case when (${textArray(statuses)})[1 + (g * 7) % ${statuses.length}] <> 'closed'
            then current_date + ((g * 37) % 90 - 30)::int end
        from generate_series(${from}::bigint, ${to}::bigint) g`);
      // Households of 2.5 people on average (1,000,000 people in 400,000 households): person g
      // belongs to household floor((g - 1) * 2 / 5); its first member is the reference person.
      await tx.execute(sql`
        insert into households (id, created_by, created_at)
        select distinct overlay(overlay(md5('h' || ((g - 1) * 2 / 5)) placing '4' from 13) placing '8' from 17)::uuid, ${spec.createdBy}::uuid, now()
        from generate_series(${from}::bigint, ${to}::bigint) g
        on conflict do nothing`);
      await tx.execute(sql`
        insert into household_members (household_id, person_id, relationship, returns_together, joined_at)
        select overlay(overlay(md5('h' || ((g - 1) * 2 / 5)) placing '4' from 13) placing '8' from 17)::uuid, overlay(overlay(md5('p' || g) placing '4' from 13) placing '8' from 17)::uuid,
          (case when g = 1 or (g - 2) * 2 / 5 <> (g - 1) * 2 / 5 then 'reference_person'
            else (${textArray(memberRelationships)})[1 + g % ${memberRelationships.length}] end)::relationship,
          g % 3 <> 0, now()
        from generate_series(${from}::bigint, ${to}::bigint) g`);
      // Every case still open has one task, due from 30 days ago to 60 days ahead: some overdue.
      await tx.execute(sql`
        insert into case_tasks (case_id, kind, due_on, created_at)
        select overlay(overlay(md5('c' || g) placing '4' from 13) placing '8' from 17)::uuid, 'follow_up', current_date + ((g * 37) % 90 - 30)::int, now()
        from generate_series(${from}::bigint, ${to}::bigint) g
        where (${textArray(statuses)})[1 + (g * 7) % ${statuses.length}] <> 'closed'`);
    });
    const seconds = (performance.now() - started) / 1000;
    say(
      `  generated ${to.toLocaleString('en')} of ${spec.people.toLocaleString('en')} people (${seconds.toFixed(0)} s)`,
    );
  }
  // A steady state, as autovacuum would leave it: statistics and the visibility map that index-only scans need.
  await db.execute(sql`vacuum analyze`);
}
