import { expect, test } from '@playwright/test';
import { administrator, unique } from '../support/constants.ts';
import { signIn, signOut } from '../support/pages.ts';

test('an administrator opens an office and a caseworker account; the caseworker replaces the temporary password', async ({
  page,
}) => {
  const missionName = unique('Mission ');
  const officeName = unique('Office ');
  const username = unique('caseworker.');
  const displayName = unique('Aminata ');

  await signIn(page, administrator.username, administrator.password);
  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await menu.getByRole('link', { name: 'Offices and missions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offices and missions' })).toBeVisible();

  await page.getByRole('button', { name: 'Add mission' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add mission' });
  await dialog.getByLabel('Name').fill(missionName);
  await dialog.getByLabel('Country code').fill('gn');
  await dialog.getByLabel('Part in returns').selectOption('origin');
  await dialog.getByRole('button', { name: 'Add mission' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: missionName, exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Add office' }).click();
  dialog = page.getByRole('dialog', { name: 'Add office' });
  await dialog.getByLabel('Mission').selectOption({ label: missionName });
  await dialog.getByLabel('Office name').fill(officeName);
  await dialog.getByLabel('Location').fill('Conakry');
  await dialog.getByRole('button', { name: 'Add office' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('cell', { name: officeName, exact: true })).toBeVisible();

  await menu.getByRole('link', { name: 'Users' }).click();
  await page.getByRole('button', { name: 'New user' }).click();
  dialog = page.getByRole('dialog', { name: 'New user' });
  await dialog.getByLabel('Username').fill(username);
  await dialog.getByLabel('Full name').fill(displayName);
  await dialog.getByLabel('Role').selectOption('caseworker');
  // A caseworker needs an office: sending without one is stopped on the form.
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(dialog.getByText('Required')).toBeVisible();
  await dialog.getByRole('combobox', { name: 'Office', exact: true }).selectOption({ label: officeName });
  await dialog.getByRole('button', { name: 'Create account' }).click();

  dialog = page.getByRole('dialog', { name: 'Account created' });
  const temporaryPassword = await dialog.getByLabel('Temporary password').inputValue();
  expect(temporaryPassword.length).toBeGreaterThanOrEqual(12);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await page.getByLabel('Search by name or username').fill(username);
  const row = page.getByRole('row').filter({ has: page.getByText(username, { exact: true }) });
  await expect(row).toContainText(displayName);
  await expect(row).toContainText('Temporary password');
  await signOut(page);

  await signIn(page, username, temporaryPassword);
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose your own password' })).toBeVisible();
  // Nothing else opens until the password is changed.
  await page.goto('/account');
  await expect(page).toHaveURL(/\/change-password$/);

  await page.getByLabel('Current password').fill(temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill('short');
  await page.getByLabel('New password again').fill('short');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('Use at least 12 characters')).toBeVisible();

  const ownPassword = 'mango trees by the river';
  await page.getByLabel('New password', { exact: true }).fill(ownPassword);
  await page.getByLabel('New password again').fill(ownPassword);
  await page.getByRole('button', { name: 'Change password' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${displayName}` })).toBeVisible();
  await expect(page.getByText(`You are signed in as Caseworker · ${officeName}`)).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(menu.getByText('Administration')).toHaveCount(0);
  await expect(menu.getByRole('link', { name: 'Users' })).toHaveCount(0);
  await expect(menu.getByRole('link', { name: 'Audit log' })).toHaveCount(0);

  // A typed address does not open an administrator's page either.
  await page.goto('/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Not available to your role' })).toBeVisible();

  // The new password works for the next sign-in.
  await signOut(page);
  await signIn(page, username, ownPassword);
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${displayName}` })).toBeVisible();
});
