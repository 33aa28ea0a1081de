import { ageBands, ageRange } from '@reintegra/domain';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../platform/db.ts';
import { indicatorRefreshes } from './tables.ts';

/**
 * The age band of an age in years, in SQL, from the domain's bands (one
 * definition for filters, lists and figures); 'unknown' without an age.
 */
function bandOf(age: SQL): SQL {
  const whens = ageBands.map((band) => {
    const { min, max } = ageRange(band);
    return max === null
      ? sql`when ${age} >= ${sql.raw(String(min))} then ${band}`
      : sql`when ${age} between ${sql.raw(String(min))} and ${sql.raw(String(max))} then ${band}`;
  });
  return sql`case ${sql.join(whens, sql` `)} else 'unknown' end`;
}

/** Whole years on a day, from a date of birth or, failing that, a birth year (as the domain's ageOn). */
const ageAt = (day: SQL) =>
  sql`coalesce(extract(year from age(${day}, p.date_of_birth))::int, extract(year from ${day})::int - p.birth_year)`;

/** One row per case, then the monthly tables built from it. */
async function refreshCases(db: Db) {
  await db.execute(sql`delete from indicator_cases`);
  const returnedOrOpened = sql`coalesce(m.returned_on, c.created_at::date)`;
  await db.execute(sql`
    insert into indicator_cases (case_id, mission_id, office_id, caseworker_id, sex, age_band, vulnerable,
      sensitive, return_modality, country, cm_type, status, opened_on, closed_on, latest_round_on,
      latest_round_kind, latest_composite, referred)
    select c.id, c.mission_id, c.office_id,
      (select a.user_id from case_assignments a
        where a.case_id = c.id and a.ended_at is null and a.function <> 'supervisor'
        order by a.assigned_at limit 1),
      p.sex::text,
      ${bandOf(ageAt(returnedOrOpened))},
      cardinality(c.vulnerabilities) > 0,
      c.sensitive,
      coalesce(m.assistance::text, 'unknown'),
      mi.country_code,
      c.case_management_type::text,
      c.status::text,
      c.created_at::date,
      case when c.status = 'closed' then coalesce(
        (select max(cl.decided_at)::date from case_closures cl where cl.case_id = c.id and cl.outcome = 'approved'),
        c.updated_at::date) end,
      latest.interviewed_on,
      latest.kind::text,
      latest.composite,
      exists (select 1 from referrals rf where rf.case_id = c.id and rf.sent_at is not null)
    from cases c
    join persons p on p.id = c.person_id
    join missions mi on mi.id = c.mission_id
    left join case_migrations m on m.case_id = c.id
    left join lateral (
      select r.interviewed_on, r.kind, s.composite from rss_rounds r
      join rss_scores s on s.round_id = r.id and s.current and s.country is null
      where r.case_id = c.id and r.status = 'completed'
      order by r.interviewed_on desc limit 1
    ) latest on true
    where c.merged_into is null`);
}

async function refreshRounds(db: Db) {
  await db.execute(sql`delete from indicator_rounds`);
  await db.execute(sql`
    insert into indicator_rounds (month, mission_id, office_id, sex, age_band, vulnerable, kind, tenth, rounds)
    select date_trunc('month', r.interviewed_on)::date, ic.mission_id, ic.office_id, ic.sex, ic.age_band,
      ic.vulnerable, r.kind::text, least(floor(s.composite * 10), 9)::smallint, count(*)::int
    from rss_rounds r
    join rss_scores s on s.round_id = r.id and s.current and s.country is null
    join indicator_cases ic on ic.case_id = r.case_id
    where r.status = 'completed' and s.composite is not null
    group by 1, 2, 3, 4, 5, 6, 7, 8`);
}

// A session is a meeting: at the office or at home is in person, online and phone as they are.
async function refreshMeetings(db: Db) {
  await db.execute(sql`delete from indicator_meetings`);
  await db.execute(sql`
    insert into indicator_meetings (month, mission_id, office_id, sex, age_band, vulnerable, cm_type, format,
      meetings, with_family, home_visits)
    select date_trunc('month', cs.held_on)::date, ic.mission_id, ic.office_id, ic.sex, ic.age_band, ic.vulnerable,
      ic.cm_type, case when cs.setting in ('office', 'home_visit') then 'in_person' else cs.setting::text end,
      count(*)::int,
      (count(*) filter (where cs.type = 'family' or cs.attendees @> '[{"role": "family_member"}]'
        or cs.attendees @> '[{"role": "caregiver"}]'))::int,
      (count(*) filter (where cs.setting = 'home_visit'))::int
    from counselling_sessions cs
    join indicator_cases ic on ic.case_id = cs.case_id
    group by 1, 2, 3, 4, 5, 6, 7, 8`);
}

async function refreshReferrals(db: Db) {
  await db.execute(sql`delete from indicator_referrals`);
  await db.execute(sql`
    insert into indicator_referrals (month, mission_id, office_id, sex, age_band, vulnerable, provider_id, sent,
      completed, received)
    select date_trunc('month', r.sent_at)::date, ic.mission_id, ic.office_id, ic.sex, ic.age_band, ic.vulnerable,
      r.provider_id, count(*)::int, (count(*) filter (where r.status = 'completed'))::int,
      (count(*) filter (where r.received))::int
    from referrals r
    join indicator_cases ic on ic.case_id = r.case_id
    where r.sent_at is not null
    group by 1, 2, 3, 4, 5, 6, 7`);
}

/**
 * Rebuilds the tables the figures are read from, a table per transaction:
 * readers see a table's old rows until its rebuild commits. `step` runs each
 * rebuild (in a transaction) and says how far it got.
 */
export async function refreshIndicators(
  db: Db,
  now: Date,
  step: (rebuild: (tx: Db) => Promise<void>) => Promise<void> = (rebuild) => db.transaction(rebuild),
) {
  await step(refreshCases);
  await step(refreshRounds);
  await step(refreshMeetings);
  await step(refreshReferrals);
  await db
    .insert(indicatorRefreshes)
    .values({ id: 1, refreshedAt: now })
    .onConflictDoUpdate({ target: indicatorRefreshes.id, set: { refreshedAt: now } });
}

/** How many steps refreshIndicators takes, for its progress. */
export const refreshSteps = 4;

/** When the figures were last rebuilt; null before the first time. */
export async function refreshedAt(db: Db): Promise<Date | null> {
  const [row] = await db.select().from(indicatorRefreshes).where(eq(indicatorRefreshes.id, 1));
  return row?.refreshedAt ?? null;
}
