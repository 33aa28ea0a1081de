import { isoDay, roles } from '@reintegra/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyChain } from '../src/audit/log.ts';
import { actorFromUser } from '../src/auth/sessions.ts';
import { seedDemo } from '../src/demo/seed.ts';
import { dashboard } from '../src/indicators/dashboard.ts';
import { refreshIndicators } from '../src/indicators/refresh.ts';
import { withPeriod } from '../src/indicators/schemas.ts';
import type { Database } from '../src/platform/db.ts';
import { users } from '../src/users/tables.ts';
import { freshDatabase } from './support/database.ts';

let database: Database;
beforeAll(async () => {
  database = await freshDatabase();
});
afterAll(() => database.close());

const count = async (table: string) =>
  (
    (await database.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as {
      rows: { n: number }[];
    }
  ).rows[0]?.n;

describe('demo organisation', () => {
  it('fills an empty database with two missions, every role, and cases along their paths', async () => {
    const lines: string[] = [];
    const result = await seedDemo(database.db, (line) => lines.push(line));
    expect(result?.password).toEqual(expect.any(String));
    expect(await count('missions')).toBe(2);
    expect(await count('offices')).toBe(4);
    const rolesPresent = (
      (await database.db.execute(sql`select distinct role::text as role from users`)) as unknown as {
        rows: { role: string }[];
      }
    ).rows.map((r) => r.role);
    // The administrator comes from the first start, not from the demo.
    expect(rolesPresent.sort()).toEqual(roles.filter((r) => r !== 'administrator').sort());
    expect(await count('cases')).toBeGreaterThanOrEqual(200);
    const statuses = (
      (await database.db.execute(sql`select distinct status::text as status from cases`)) as unknown as {
        rows: { status: string }[];
      }
    ).rows;
    expect(statuses.length).toBeGreaterThanOrEqual(5);
    // Returned cases along their path carry scored survey rounds, for the case page and the scores page.
    expect(await count('rss_scores')).toBeGreaterThanOrEqual(10);
    // Cases past planning have their sessions, assessments and an agreed plan.
    expect(await count('reintegration_plans')).toBeGreaterThanOrEqual(5);
    // Each mission's results framework: six rows linked up to the objective, one value entered by hand.
    expect(await count('results_frameworks')).toBe(2);
    expect(await count('results_framework_rows where parent is not null')).toBe(2 * 5);
    expect(await count('results_actual_values')).toBe(2);
    const plans = (await count('reintegration_plans')) ?? 0;
    expect(await count(`counselling_sessions where meeting_type = 'intake'`)).toBe(plans);
    // One to three follow-up meetings after each plan, of several kinds.
    const followUps = (await count(`counselling_sessions where meeting_type <> 'intake'`)) ?? 0;
    expect(followUps).toBeGreaterThanOrEqual(plans);
    expect(followUps).toBeLessThanOrEqual(3 * plans);
    expect(await count(`(select distinct setting from counselling_sessions) s`)).toBe(4);
    // Each plan is approved by the office's supervisor, and its micro-business has an application for support
    // with the types recommended and chosen, for the dashboard's C3.
    expect(await count('plan_versions where approved_at is not null')).toBe(
      await count('reintegration_plans'),
    );
    expect(await count('business_applications where chosen_type is not null')).toBe(
      await count('reintegration_plans'),
    );
    expect(await count('business_applications where recommended_type is not null')).toBeGreaterThanOrEqual(1);
    // Each mission has its service map; returnees with a plan are referred, some referrals answered to the end.
    expect(await count('service_providers')).toBe(8);
    expect(await count('referrals')).toBe(2 * ((await count('reintegration_plans')) ?? 0));
    const answered = (
      (await database.db.execute(
        sql`select count(*)::int as n from referrals where status = 'completed' and received`,
      )) as unknown as { rows: { n: number }[] }
    ).rows[0]?.n;
    expect(answered).toBeGreaterThanOrEqual(1);
    expect(await count(`users where role = 'referral_partner' and service_provider_id is not null`)).toBe(2);
    expect(lines.at(-1)).toContain(result?.password ?? '');
    expect((await verifyChain(database.db)).ok).toBe(true);
    // Complaints and feedback by several channels and at every stage of handling, and every staff member's
    // answer to this year's survey: each mission's A2, C2 and C4 show at the minimum count of 5.
    expect(await count(`(select distinct channel from complaints) c`)).toBeGreaterThanOrEqual(4);
    expect(await count(`(select distinct status from complaints) s`)).toBe(5);
    expect(await count('wellbeing_responses')).toBe(
      await count(`users where role not in ('referral_partner', 'auditor')`),
    );
    await refreshIndicators(database.db, new Date());
    const period = withPeriod({}, isoDay(new Date()));
    for (const manager of await database.db.select().from(users).where(eq(users.role, 'programme_manager'))) {
      const { accountability: figures } = await dashboard(
        database.db,
        actorFromUser(manager, { kind: 'token', tokenId: 'test' }),
        period,
        5,
      );
      expect(figures.satisfaction.figures?.satisfied.withheld).toBe(false);
      expect(figures.complaints.figures?.aboutCaseworkers.withheld).toBe(false);
      expect(figures.complaints.figures?.perCaseworker.withheld).toBe(false);
      expect(figures.wellbeing.figures?.ableToManageStress.withheld).toBe(false);
    }
    // Some 260 cases registered, planned and referred through the services, as a caseworker would: far slower
    // than a unit test, and slower still on a busy machine.
  }, 180_000);

  it('refuses to add demo data to a database that has missions', async () => {
    const lines: string[] = [];
    expect(await seedDemo(database.db, (line) => lines.push(line))).toBeNull();
    expect(lines[0]).toMatch(/not added/);
  });
});
