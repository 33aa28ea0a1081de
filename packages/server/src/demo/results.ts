import { isoDay } from '@reintegra/domain';
import { and, eq } from 'drizzle-orm';
import { actorFromUser } from '../auth/sessions.ts';
import type { Db } from '../platform/db.ts';
import { frameworkInput } from '../results/schemas.ts';
import { createFramework, recordActual } from '../results/service.ts';
import { resultsFrameworkRows } from '../results/tables.ts';
import type { users } from '../users/tables.ts';

/**
 * A mission's results framework as its programme manager would set it up:
 * the objective, the individual outcome of seed-002 Table 5.4 (L3554) measured
 * by the composite score, outputs from Table 5.2 and activities under them.
 * Rows whose indicator the dashboard counts get their actual values from it;
 * the referral completion rate is entered by hand for this quarter.
 */
export async function seedDemoResults(db: Db, manager: typeof users.$inferSelect, now: Date) {
  if (!manager.missionId) return;
  const actor = actorFromUser(manager, { kind: 'token', tokenId: 'demo' });
  const me = 'M&E officer';
  const frameworkId = await createFramework(
    db,
    actor,
    frameworkInput.parse({
      missionId: manager.missionId,
      programme: 'Sustainable reintegration of returnees',
      rows: [
        {
          level: 'objective',
          statement: 'Returnees reintegrate sustainably in their communities of return',
          indicatorText: 'Share of returnees still living in their community of return a year after arrival',
          baseline: null,
          target: 80,
          unit: 'percent',
          frequency: 'annual',
          responsible: me,
          dataSource: 'Follow-up survey a year after return',
        },
        {
          level: 'outcome',
          parent: 0,
          statement:
            'Returnees have sufficient levels of economic self-sufficiency, social stability and psychosocial well-being in their community of return',
          indicatorCode: 'O1',
          baseline: null,
          target: 50,
          unit: 'percent',
          frequency: 'six_monthly',
          responsible: me,
          dataSource: 'Reintegration Sustainability Survey, 4–6 months after assistance',
          dataAnalysis: 'Quantitative and qualitative',
          assumptions: 'The local economy and security allow returnees to stay',
        },
        {
          level: 'output',
          parent: 1,
          statement: 'Returnees are provided with tailored reintegration assistance',
          indicatorCode: 'B3',
          baseline: null,
          target: 2,
          unit: 'per_case',
          frequency: 'monthly',
          responsible: 'Case management supervisor',
          dataSource: 'Counselling sessions recorded in the case file',
        },
        {
          level: 'output',
          parent: 1,
          statement: 'Returnees access the services they need through referral',
          indicatorText: 'Share of referrals sent that were completed',
          baseline: null,
          target: 70,
          unit: 'percent',
          frequency: 'quarterly',
          responsible: me,
          dataSource: 'Referral follow-up list, checked with the partners each quarter',
        },
        {
          level: 'activity',
          parent: 2,
          statement: 'Caseworkers counsel each returnee and agree a reintegration plan',
          indicatorCode: 'C1',
          baseline: null,
          target: 30,
          unit: 'cases_per_caseworker',
          frequency: 'monthly',
          responsible: 'Case management supervisor',
          dataSource: 'Caseloads in the case file',
        },
        {
          level: 'activity',
          parent: 2,
          statement: 'Caseworkers recommend a type of business on the evidence of a market assessment',
          indicatorCode: 'C3',
          baseline: null,
          target: 80,
          unit: 'percent',
          frequency: 'quarterly',
          responsible: 'Case management supervisor',
          dataSource: 'Applications for business support',
        },
      ],
    }),
    now,
  );
  // The referral row, by its place in the rows above.
  const [referrals] = await db
    .select({ id: resultsFrameworkRows.id })
    .from(resultsFrameworkRows)
    .where(and(eq(resultsFrameworkRows.frameworkId, frameworkId), eq(resultsFrameworkRows.position, 3)));
  if (!referrals) throw new Error('the demo framework lost its referral row');
  const today = isoDay(now);
  const quarter = `${today.slice(0, 4)}-Q${Math.ceil(Number(today.slice(5, 7)) / 3)}`;
  await recordActual(
    db,
    actor,
    frameworkId,
    referrals.id,
    { period: quarter, value: 64, source: 'Partners’ quarterly meeting minutes', note: '', replaces: null },
    now,
  );
}
