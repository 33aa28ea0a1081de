import { expect, type Page, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { administrator, unique } from '../support/constants.ts';
import { expectAccessible, signIn } from '../support/pages.ts';

async function visit(page: Page, link: string, heading: string) {
  await page.getByRole('navigation').getByRole('link', { name: link }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

test('every page passes axe (WCAG 2 A and AA) in English', async ({ page, request }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
  await expectAccessible(page, 'sign-in');

  await signIn(page, administrator.username, administrator.password);
  await expect(
    page.getByRole('heading', { level: 1, name: `Welcome, ${administrator.displayName}` }),
  ).toBeVisible();
  await expectAccessible(page, 'home');

  await visit(page, 'Users', 'Users');
  await expect(page.getByRole('table').getByText(administrator.username, { exact: true })).toBeVisible();
  await expectAccessible(page, 'users');
  await page.getByRole('button', { name: 'New user' }).click();
  const dialog = page.getByRole('dialog', { name: 'New user' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'new user dialog');
  await dialog.getByLabel('Username').fill(unique('auditor.'));
  await dialog.getByLabel('Full name').fill(unique('Auditor '));
  await dialog.getByLabel('Role').selectOption('auditor');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('dialog', { name: 'Account created' })).toBeVisible();
  await expectAccessible(page, 'temporary password dialog');
  await page.getByRole('button', { name: 'Done' }).click();

  await visit(page, 'Offices and missions', 'Offices and missions');
  await expectAccessible(page, 'offices and missions');

  await visit(page, 'Roles', 'Roles');
  await expect(page.getByRole('rowheader', { name: 'Caseworker' })).toBeVisible();
  await expectAccessible(page, 'roles');

  await visit(page, 'Audit log', 'Audit log');
  await expect(page.getByRole('cell', { name: 'auth.login' }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Verify chain' }).click();
  await expect(page.getByText('The log is intact')).toBeVisible();
  await expectAccessible(page, 'audit log');

  await visit(page, 'Staff directory', 'Staff directory');
  await expectAccessible(page, 'staff directory');

  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Your account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible();
  await expectAccessible(page, 'account');
  await page.getByRole('button', { name: 'Set up' }).click();
  await expect(page.getByText('Set-up link')).toBeVisible();
  await page.getByLabel('Name', { exact: true }).fill('monthly report');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByRole('cell', { name: 'monthly report' })).toBeVisible();
  await expectAccessible(page, 'account with two-step set-up and a new token');

  // The forced password change, as a new user with a temporary password sees it.
  const admin = await AdminApi.signIn(request);
  const newcomer = await admin.user({ role: 'auditor', temporary: true });
  await page.context().clearCookies();
  await signIn(page, newcomer.username, newcomer.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Choose your own password' })).toBeVisible();
  await expectAccessible(page, 'change password');
});

test('sign-in, home and users pass axe in Arabic', async ({ page, request }) => {
  const admin = await AdminApi.signIn(request);
  const arabicAdmin = await admin.user({ role: 'administrator', language: 'ar' });

  await page.goto('/login');
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'تسجيل الدخول' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectAccessible(page, 'sign-in (ar)');

  await page.getByLabel('اسم المستخدم').fill(arabicAdmin.username);
  await page.getByLabel('كلمة المرور', { exact: true }).fill(arabicAdmin.password);
  await page.getByRole('button', { name: 'دخول' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `مرحبًا ${arabicAdmin.displayName}` }),
  ).toBeVisible();
  await expectAccessible(page, 'home (ar)');

  await page.getByRole('navigation').getByRole('link', { name: 'المستخدمون' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'المستخدمون' })).toBeVisible();
  await expect(page.getByRole('table').getByText(arabicAdmin.username, { exact: true })).toBeVisible();
  await expectAccessible(page, 'users (ar)');
});
