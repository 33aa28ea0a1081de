// A programme's results framework (issue 7, scope 3): a supervisor writes one
// for their mission with a catalogue indicator and one of their own, and
// reads it with the actual value the dashboard's figures give (withheld here:
// too few returnees); the page also fits a phone in Arabic.
import { type APIRequestContext, expect, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

async function supervisorOfNewMission(request: APIRequestContext, countryCode: string, language?: 'ar') {
  const admin = await AdminApi.signIn(request);
  const { officeId, missionId } = await admin.missionWithOffice(countryCode);
  const supervisor = await admin.user({ role: 'supervisor', officeId, ...(language ? { language } : {}) });
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
  await expect(rows).toContainText('Entered by hand');
  await expectAccessible(page, 'results framework');
});

test('the results page fits a 360 px phone in Arabic', async ({ page, request }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const { supervisor } = await supervisorOfNewMission(request, 'UG', 'ar');
  await signIn(page, supervisor.username, supervisor.password);
  await page.goto('/results');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'results frameworks (ar)');
});
