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

/**
 * C3's plans (seed-000 L930): the day the first plan version with an individual
 * micro-business line was approved, or agreed where the programme of the case's
 * latest screening needs no approval, as the plan page says (plans/service.ts
 * approvalRequired: a programme without a setting requires it).
 */
const businessPlanApprovedOn = sql`(
  select min(coalesce(v.approved_at, case when not coalesce((
      select ps.approval_required from plan_settings ps
      where ps.programme = (select s.programme from case_screenings s
        where s.case_id = c.id order by s.screened_at desc limit 1)), true)
    then v.consented_at end))::date
  from reintegration_plans rp
  join plan_versions v on v.plan_id = rp.id
  where rp.case_id = c.id and v.content -> 'longTerm' @> '[{"kind": "individual_microbusiness"}]')`;

/** One row per case, then the monthly tables built from it. */
async function refreshCases(db: Db) {
  await db.execute(sql`delete from indicator_cases`);
  const returnedOrOpened = sql`coalesce(m.returned_on, c.created_at::date)`;
  await db.execute(sql`
    insert into indicator_cases (case_id, mission_id, office_id, caseworker_id, sex, age_band, vulnerable,
      sensitive, return_modality, country, cm_type, status, opened_on, closed_on, latest_round_on,
      latest_round_kind, latest_composite, referred, business_plan_approved_on, recommended_business_type,
      chosen_business_type, cm_type_changed)
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
      exists (select 1 from referrals rf where rf.case_id = c.id and rf.sent_at is not null),
      ${businessPlanApprovedOn},
      ba.recommended_type::text,
      ba.chosen_type::text,
      exists (select 1 from case_events e where e.case_id = c.id and e.kind = 'case_management_type_changed')
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
    left join business_applications ba on ba.case_id = c.id
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

/**
 * The stretches of each CM type of the cases whose type changed, from the case events: before the
 * first change the type it changed from, then each change's type from its day to the next change's.
 * The latest change of a day is the type of that day: a stretch ending the day it starts is dropped.
 */
async function refreshCmTypes(db: Db) {
  await db.execute(sql`delete from indicator_cm_types`);
  await db.execute(sql`
    insert into indicator_cm_types (case_id, cm_type, since, until, mission_id, office_id, caseworker_id, sex,
      age_band, vulnerable, opened_on, closed_on)
    with changes as (
      select e.case_id, e.at::date as day, e.details->>'from' as before, e.details->>'to' as after,
        row_number() over (partition by e.case_id order by e.seq) as n,
        lead(e.at::date) over (partition by e.case_id order by e.seq) as next_day
      from case_events e
      join indicator_cases ic on ic.case_id = e.case_id
      where e.kind = 'case_management_type_changed'
    ), stretches as (
      select case_id, before as cm_type, null::date as since, day as until from changes where n = 1
      union all
      select case_id, after, day, next_day from changes where next_day is null or next_day > day
    )
    select s.case_id, s.cm_type, s.since, s.until, ic.mission_id, ic.office_id, ic.caseworker_id, ic.sex,
      ic.age_band, ic.vulnerable, ic.opened_on, ic.closed_on
    from stretches s join indicator_cases ic on ic.case_id = s.case_id`);
}

// A session is a meeting: at the office or at home is in person, online and phone as they are. It is
// counted under the CM type of its day (B3, seed-000 L917): the stretch holding the day, or for a case
// whose type never changed, its type now. With the family (B5, L920): family counselling or mediation,
// or family members or a caregiver there.
async function refreshMeetings(db: Db) {
  await refreshCmTypes(db);
  await db.execute(sql`delete from indicator_meetings`);
  await db.execute(sql`
    insert into indicator_meetings (month, mission_id, office_id, sex, age_band, vulnerable, cm_type, format,
      meeting_type, meetings, with_family, home_visits, economic, social, psychosocial)
    select date_trunc('month', cs.held_on)::date, ic.mission_id, ic.office_id, ic.sex, ic.age_band, ic.vulnerable,
      case when t.case_id is null then ic.cm_type else t.cm_type end,
      case when cs.setting in ('office', 'home_visit') then 'in_person' else cs.setting::text end,
      cs.meeting_type::text,
      count(*)::int,
      (count(*) filter (where cs.type = 'family' or cs.meeting_type = 'family_mediation'
        or cs.attendees @> '[{"role": "family_member"}]' or cs.attendees @> '[{"role": "caregiver"}]'))::int,
      (count(*) filter (where cs.setting = 'home_visit'))::int,
      (count(*) filter (where 'economic' = any(cs.reasons)))::int,
      (count(*) filter (where 'social' = any(cs.reasons)))::int,
      (count(*) filter (where 'psychosocial' = any(cs.reasons)))::int
    from counselling_sessions cs
    join indicator_cases ic on ic.case_id = cs.case_id
    left join indicator_cm_types t on t.case_id = cs.case_id
      and (t.since is null or t.since <= cs.held_on) and (t.until is null or cs.held_on < t.until)
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9`);
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
