// The Annex 3 caseload planner: a supervisor plans staffing from the study's
// example, changes a line and sees the plan follow, asks the server, then
// starts again from the real figures of the mission and sets the plan beside
// the caseloads carried.
import { type APIRequestContext, expect, type Locator, type Page, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

/** Today, as the server counts the last four weeks (UTC). */
const today = () => new Date().toISOString().slice(0, 10);

/**
 * A mission with a supervisor and a caseworker carrying two generalist cases
 * with one call each and an intensive case with two calls, all today.
 */
async function missionWithCaseload(request: APIRequestContext, countryCode: string, language?: 'ar') {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice(countryCode);
  const supervisor = await admin.user({ role: 'supervisor', officeId, ...(language ? { language } : {}) });
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  // The same request context, now as the caseworker: administrators open no cases.
  const worker = await AdminApi.signIn(request, caseworker);
  for (const [cmType, calls] of [
    ['generalist', 1],
    ['generalist', 1],
    ['intensive', 2],
  ] as const) {
    const { summary } = await worker.post<{ summary: { id: string } }>('/cases', {
      phase: 'post_return',
      person: { sex: 'female', names: [{ givenNames: 'Mariama', familyName: 'Phiri' }] },
      screening: {
        programme: 'Reintegration',
        eligible: true,
        reasons: 'Returned and eligible',
        needsMediumToLongTermServices: true,
        atMediumToHighRisk: cmType === 'intensive',
      },
      consent: { purpose: 'registration', method: 'written', givenBy: 'Mariama Phiri' },
    });
    await worker.post(`/cases/${summary.id}/transitions`, { version: 1, to: 'registered' });
    await worker.patch(`/cases/${summary.id}`, { version: 2, caseManagementType: cmType });
    for (let i = 0; i < calls; i++) {
      await worker.post(`/cases/${summary.id}/counselling-sessions`, {
        heldOn: today(),
        type: 'follow_up',
        meetingType: 'follow_up',
        reasons: [],
        setting: 'phone',
        attendees: [{ name: 'Mariama Phiri', role: 'returnee' }],
        topics: ['priorities'],
        firstLineSupportGiven: false,
        referralNeeded: false,
        agreedNextSteps: 'Call again next week',
      });
    }
  }
  return { supervisor };
}

/** The value shown under a figure's name. */
function figure(region: Locator, name: string): Locator {
  return region.getByText(name, { exact: true }).locator('xpath=following-sibling::*[1]');
}

async function expectPlan(page: Page, plan: { hours: string; cases: string; ratio: string; needed: string }) {
  const region = page.getByRole('region', { name: 'Plan', exact: true });
  await expect(figure(region, 'Hours needed a week')).toHaveText(plan.hours);
  await expect(figure(region, 'Cases')).toHaveText(plan.cases);
  await expect(figure(region, 'Caseworker to cases')).toHaveText(plan.ratio);
  await expect(figure(region, 'Caseworkers needed')).toHaveText(plan.needed);
}

test('a supervisor plans from the study’s example, changes a line, then starts from the real figures', async ({
  page,
  request,
}) => {
  const { supervisor } = await missionWithCaseload(request, 'ZM');
  await signIn(page, supervisor.username, supervisor.password);
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Caseload planner' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Caseload planner' })).toBeVisible();

  // The study's Step 4 (seed-000 L1050–L1059): 30 hours for 27 cases, 1:27, one caseworker.
  await expect(page.getByLabel('Hours a caseworker has for beneficiaries each week')).toHaveValue('30');
  await expectPlan(page, { hours: '30', cases: '27', ratio: '1:27', needed: '1' });
  await expectAccessible(page, 'caseload planner');

  // The prose's "20 follow-up" (L1057): 31 hours for 29 cases no longer fit one caseworker.
  await page.getByLabel('Cases, line 2').fill('20');
  await expectPlan(page, { hours: '31', cases: '29', ratio: '1:28', needed: '2' });
  await page.getByRole('button', { name: 'Check with the server' }).click();
  await expect(page.getByRole('status')).toContainText(
    'The server’s answer: 31 hours, 29 cases, 1:28, caseworkers needed: 2.',
  );

  // The working week less the other tasks leaves 31.08 hours: 29 cases fit again, and one caseworker.
  await expect(page.getByText('Left for beneficiaries: 31.08 hours a week')).toBeVisible();
  await page.getByRole('button', { name: 'Use 31.08 hours' }).click();
  await expect(page.getByLabel('Hours a caseworker has for beneficiaries each week')).toHaveValue('31.08');
  await expectPlan(page, { hours: '31', cases: '29', ratio: '1:29', needed: '1' });
  // Any change leaves the server's answer behind.
  await expect(page.getByText('The server’s answer')).toHaveCount(0);

  // A line without a task is named as such, and there is no plan until it is fixed.
  await page.getByRole('button', { name: 'Add a line' }).click();
  await expect(page.getByText('Name the task')).toBeVisible();
  await expect(page.getByText('Correct the marked fields to see the plan.')).toBeVisible();
  await page.getByRole('button', { name: 'Remove line 5' }).click();
  await expectPlan(page, { hours: '31', cases: '29', ratio: '1:29', needed: '1' });

  // The real figures: 2 generalist cases with 2 calls in four weeks (¼ a case a week × 0.5 h)
  // and an intensive one with 2 calls (½ a week × 3 h): 0.25 + 1.5 = 1.75 h for 3 cases.
  await page.getByRole('button', { name: 'Start from this mission’s real figures' }).click();
  await expect(page.getByText('These lines start from the real figures')).toBeVisible();
  const lines = page.getByRole('region', { name: 'Work per week' }).getByRole('row');
  await expect(lines.filter({ hasText: 'Meetings held' })).toHaveCount(2);
  // 3 × 31.08 ÷ 1.75 = 53.3 cases fit one caseworker's hours.
  await expectPlan(page, { hours: '1.75', cases: '3', ratio: '1:53', needed: '1' });
  const real = page.getByRole('region', { name: 'Real figures' });
  await expect(real.getByRole('row').filter({ hasText: 'Generalist' })).toContainText(
    'Phone: 0.25 (0.5 h each)',
  );
  await expect(real.getByRole('row').filter({ hasText: 'Intensive' })).toContainText('Phone: 0.5 (3 h each)');

  // One caseworker carries the three cases: 1:3 against the 1:53 planned.
  const comparison = page.getByRole('region', { name: 'Planned against actual ratio' });
  await expect(figure(comparison, 'Planned')).toHaveText('1:53');
  await expect(figure(comparison, 'Actual')).toHaveText('1:3');
  await expect(figure(comparison, 'Caseworkers on these cases')).toHaveText('1');
  await expect(figure(comparison, 'Caseworkers carrying more than planned')).toHaveText('0');
  await expectAccessible(page, 'caseload planner with the real figures');

  // The comparison follows the plan: in 3 hours a week only 5 such cases fit a caseworker.
  await page.getByLabel('Hours a caseworker has for beneficiaries each week').fill('3');
  await expect(figure(comparison, 'Planned')).toHaveText('1:5');
});

test.describe('on a 360 px phone in Arabic', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the planner and the real figures fit and pass axe', async ({ page, request }) => {
    const { supervisor } = await missionWithCaseload(request, 'MW', 'ar');
    await signIn(page, supervisor.username, supervisor.password);
    await page.getByRole('button', { name: 'فتح القائمة' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'تخطيط عبء العمل' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'تخطيط عبء العمل' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('region', { name: 'الخطة', exact: true })).toContainText('1:27');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'caseload planner (ar)');

    await page.getByRole('button', { name: 'البدء من الأرقام الفعلية لهذه البعثة' }).click();
    await expect(page.getByRole('region', { name: 'النسبة المخططة مقابل النسبة الفعلية' })).toContainText(
      '1:3',
    );
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'caseload planner with the real figures (ar)');
  });
});
