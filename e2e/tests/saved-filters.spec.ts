// Case-list filters a user names and keeps: saved from what the list shows,
// applied from a menu (into the address, like any filter), and deleted.
import { expect, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { moveCase, openCase } from '../support/cases.ts';
import { expectAccessible, signIn } from '../support/pages.ts';

test('a caseworker saves a list filter, applies it later, and deletes it', async ({ page, request }) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('GQ');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const registered = await openCase(page.request, { givenNames: 'Esperanza', familyName: 'Obiang' });
  await moveCase(page.request, registered, 'registered');
  await openCase(page.request, { givenNames: 'Teodoro', familyName: 'Nsue' });

  await page.goto('/cases');
  await expect(page.getByText('1–2 of 2')).toBeVisible();
  // Behind a button, so that on a phone the list stays on the first screen.
  const toggle = page.getByRole('button', { name: 'Saved filters' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const saved = page.getByRole('combobox', { name: 'Saved filters' });
  await expect(saved.getByRole('option', { name: 'None saved yet' })).toBeAttached();

  await page.getByLabel('Status').selectOption('registered');
  await expect(page.getByText('1–1 of 1')).toBeVisible();
  await page.getByRole('button', { name: 'Save this filter' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save this filter' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Required')).toBeVisible();
  await dialog.getByLabel('Name').fill('Registered, to assess');
  await expectAccessible(page, 'save filter dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  // The list on screen is the saved filter: it shows as chosen.
  await expect(saved.locator('option:checked')).toHaveText('Registered, to assess');

  // A name is used once.
  await page.getByRole('button', { name: 'Save this filter' }).click();
  await dialog.getByLabel('Name').fill('Registered, to assess');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('You already have a saved filter with this name.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Back to everything, then the saved filter applied from the list of saved ones.
  await page.getByLabel('Status').selectOption('');
  await expect(page.getByText('1–2 of 2')).toBeVisible();
  await expect(saved).toHaveValue('');
  await saved.selectOption({ label: 'Registered, to assess' });
  await expect(page).toHaveURL(/status=registered/);
  await expect(page.getByLabel('Status')).toHaveValue('registered');
  await expect(page.getByText('1–1 of 1')).toBeVisible();
  await expect(
    page.getByRole('table').getByRole('row').filter({ hasText: 'Esperanza Obiang' }),
  ).toBeVisible();
  await expectAccessible(page, 'case list with saved filters');

  await page.getByRole('button', { name: 'Delete: Registered, to assess' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete the saved filter' });
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(confirm).toBeHidden();
  await expect(saved.getByRole('option', { name: 'None saved yet' })).toBeAttached();
  // The list itself keeps its filter.
  await expect(page.getByText('1–1 of 1')).toBeVisible();
});
