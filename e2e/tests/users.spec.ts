import { expect, type Page, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { administrator } from '../support/constants.ts';
import { signIn } from '../support/pages.ts';

async function openActions(page: Page, username: string) {
  await page.getByLabel('Search by name or username').fill(username);
  const row = page.getByRole('row').filter({ has: page.getByText(username, { exact: true }) });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: /Actions/ }).click();
  return row;
}

test('an edit that crosses someone else’s is refused and can be redone after a reload', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const user = await admin.user({ role: 'auditor' });
  await signIn(page, administrator.username, administrator.password);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Users' }).click();

  await openActions(page, user.username);
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  await expect(page.getByRole('dialog', { name: `Edit ${user.displayName}` })).toBeVisible();
  // Its title follows the record, which is about to be renamed.
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Full name').fill('Name typed here');

  // Meanwhile another administrator saves the same account.
  await admin.patch(`/admin/users/${user.id}`, { version: 1, displayName: 'Name saved elsewhere' });

  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Changed by someone else');
  await dialog.getByRole('button', { name: 'Reload' }).click();
  await expect(dialog.getByLabel('Full name')).toHaveValue('Name saved elsewhere');

  await dialog.getByLabel('Full name').fill('Name agreed on');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: user.username })).toContainText('Name agreed on');
});

test('an administrator resets a password, then deactivates and reactivates the account', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const user = await admin.user({ role: 'auditor' });
  await signIn(page, administrator.username, administrator.password);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Users' }).click();

  let row = await openActions(page, user.username);
  await page.getByRole('menuitem', { name: 'Reset password' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Reset password' }).click();
  const done = page.getByRole('dialog', { name: `New temporary password for ${user.displayName}` });
  expect((await done.getByLabel('Temporary password').inputValue()).length).toBeGreaterThanOrEqual(12);
  await done.getByRole('button', { name: 'Done' }).click();
  await expect(row).toContainText('Temporary password');

  row = await openActions(page, user.username);
  await page.getByRole('menuitem', { name: 'Deactivate' }).click();
  await page
    .getByRole('dialog', { name: `Deactivate ${user.displayName}?` })
    .getByRole('button', { name: 'Deactivate' })
    .click();
  await expect(row).toContainText('Inactive');

  row = await openActions(page, user.username);
  await page.getByRole('menuitem', { name: 'Reactivate' }).click();
  await page
    .getByRole('dialog', { name: `Reactivate ${user.displayName}?` })
    .getByRole('button', { name: 'Reactivate' })
    .click();
  await expect(row).not.toContainText('Inactive');
});
