// A programme's results framework (issue 7, scope 3): a supervisor writes one
// for their mission with a catalogue indicator and one of their own, and
// reads it with the actual value the dashboard's figures give (withheld here:
// too few returnees); an M&E officer enters the value of their own indicator
// by hand and corrects it, the rows shown under the row they contribute to;
// the page and the dialog also fit a phone in Arabic.
import { type APIRequestContext, expect, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

async function supervisorOfNewMission(request: APIRequestContext, countryCode: string) {
  const admin = await AdminApi.signIn(request);
  const { officeId, missionId } = await admin.missionWithOffice(countryCode);
  const supervisor = await admin.user({ role: 'supervisor', officeId });
  return { supervisor, missionId };
}

test('a supervisor writes a results framework and reads it with its actual values', async ({
  page,
  request,
}) => {
  const { supervisor, missionId } = await supervisorOfNewMission(request, 'TZ');
  await signIn(page, supervisor.username, supervisor.password);
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Results frameworks' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Results frameworks' })).toBeVisible();
  await expect(page.getByText('No results framework yet.')).toBeVisible();
  await expectAccessible(page, 'results frameworks, none yet');

  await page.getByRole('button', { name: 'New results framework' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'new results framework');
  await page.keyboard.press('Escape');

  // Written through the API, as the dialog would send it: one row the dashboard fills, one by hand.
  const csrf = (await (await page.request.get('/api/v1/auth/me')).json()).csrfToken as string;
  const created = await page.request.post('/api/v1/results-frameworks', {
    headers: { 'x-csrf-token': csrf },
    data: {
      missionId,
      programme: 'Reintegration Tanzania',
      rows: [
        {
          level: 'outcome',
          statement: 'Returnees are in case management',
          indicatorCode: 'B1',
          baseline: 0,
          target: 200,
          unit: 'count',
          frequency: 'monthly',
          responsible: 'M&E officer',
        },
        {
          level: 'output',
          statement: 'Caseworkers are trained',
          indicatorText: 'Caseworkers trained in case management',
          baseline: 0,
          target: 12,
          unit: 'count',
          frequency: 'annual',
          responsible: 'Programme manager',
        },
      ],
    },
  });
  expect(created.status(), await created.text()).toBe(201);

  await page.reload();
  await page.getByRole('button', { name: 'Reintegration Tanzania' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Reintegration Tanzania' })).toBeVisible();
  const rows = page.getByRole('region', { name: 'Results, indicators and targets' });
  await expect(rows).toContainText('Returnees are in case management');
  // No returnee yet in this mission: the count is withheld, never shown as 0.
  await expect(rows).toContainText('Withheld (too few to show)');
  await expect(rows).toContainText('None entered for this period');
  await expectAccessible(page, 'results framework');
});

/** An objective, an outcome measured by hand under it, and an output under the outcome that the dashboard fills. */
const linkedRows = [
  {
    level: 'objective',
    statement: 'Returnees reintegrate sustainably',
    indicatorText: 'Share of returnees reaching a composite score of 0.5',
    target: 60,
    unit: 'percent',
    frequency: 'annual',
    responsible: 'M&E officer',
  },
  {
    level: 'outcome',
    statement: 'Communities benefit from community-based reintegration',
    parent: 0,
    indicatorText: 'Share of community members satisfied with the activities',
    baseline: 0,
    target: 50,
    unit: 'percent',
    frequency: 'quarterly',
    responsible: 'M&E officer',
    dataSource: 'Focus group discussions, community interviews',
  },
  {
    level: 'output',
    statement: 'Returnees are in case management',
    parent: 1,
    indicatorCode: 'B1',
    target: 200,
    unit: 'count',
    frequency: 'monthly',
    responsible: 'Case manager',
  },
];

async function frameworkOfNewMission(
  request: APIRequestContext,
  countryCode: string,
  programme: string,
  language?: 'ar',
) {
  const admin = await AdminApi.signIn(request);
  const { officeId, missionId } = await admin.missionWithOffice(countryCode);
  const officer = await admin.user({ role: 'me_officer', officeId, ...(language ? { language } : {}) });
  const supervisor = await admin.user({ role: 'supervisor', officeId });
  await (await AdminApi.signIn(request, supervisor)).post('/results-frameworks', {
    missionId,
    programme,
    rows: linkedRows,
  });
  return officer;
}

test('an M&E officer enters an actual value by hand and corrects it, the earlier one kept', async ({
  page,
  request,
}) => {
  const officer = await frameworkOfNewMission(request, 'KE', 'Reintegration Kenya');
  await signIn(page, officer.username, officer.password);
  await page.goto('/results');
  // An M&E officer enters values but does not set up frameworks.
  await expect(page.getByRole('heading', { level: 1, name: 'Results frameworks' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'New results framework' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Reintegration Kenya' }).click();
  const rows = page.getByRole('region', { name: 'Results, indicators and targets' });
  await expect(rows).toContainText('Contributes to row 1');
  await expect(rows).toContainText('Contributes to row 2');
  await expect(rows).toContainText('Focus group discussions, community interviews');
  // The dashboard fills the output's value: no hand entry there.
  await expect(rows.getByRole('button', { name: 'Enter a value for row 3' })).toHaveCount(0);

  await rows.getByRole('button', { name: 'Enter a value for row 2' }).click();
  const dialog = page.getByRole('dialog', { name: 'Actual value of row 2' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('No value entered yet.')).toBeVisible();
  await expectAccessible(page, 'actual value dialog');
  await dialog.getByRole('textbox', { name: 'Value' }).fill('40');
  await dialog.getByRole('textbox', { name: 'Means of verification' }).fill('Focus group report, district A');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toContainText('40 %');
  await expect(rows).toContainText(`entered by ${officer.displayName}`);

  // The same period again: the dialog says it corrects the value, which stays in the history.
  await rows.getByRole('button', { name: 'Enter a value for row 2' }).click();
  await expect(dialog.getByText(/This period already has the value 40 %/)).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Value' }).fill('45');
  await dialog.getByRole('textbox', { name: 'Means of verification' }).fill('Focus group report, recounted');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(rows).toContainText('45 %');
  await rows.getByRole('button', { name: 'Enter a value for row 2' }).click();
  const history = dialog.getByRole('region', { name: 'Values entered for this row' });
  await expect(history).toContainText('Focus group report, recounted');
  await expect(history).toContainText('Corrected');
  await expectAccessible(page, 'actual value dialog with its history');
});

test('the results page and the value dialog fit a 360 px phone in Arabic', async ({ page, request }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const officer = await frameworkOfNewMission(request, 'UG', 'Reintegration Uganda', 'ar');
  await signIn(page, officer.username, officer.password);
  await page.goto('/results');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'results frameworks (ar)');
  await page.getByRole('button', { name: 'Reintegration Uganda' }).click();
  const rows = page.getByRole('region', { name: 'النتائج والمؤشرات والأهداف' });
  await expect(rows).toContainText('يسهم في الصف');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'results framework (ar)');
  await rows.getByRole('button', { name: 'إدخال قيمة للصف 2' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'actual value dialog (ar)');
});
