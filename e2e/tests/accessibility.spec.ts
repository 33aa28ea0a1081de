import { expect, type Page, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { openCase } from '../support/cases.ts';
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

test('case list, registration and case page pass axe in English', async ({ page, request }) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('NE');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(
    page.request,
    { givenNames: 'Mariama', familyName: 'Barry', birthYear: 1990 },
    { sensitive: true },
  );

  await visit(page, 'Cases', 'Cases');
  await expect(page.getByRole('link', { name: opened.reference })).toBeVisible();
  await expectAccessible(page, 'case list');

  await page.getByRole('link', { name: 'New case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeVisible();
  await expectAccessible(page, 'new case: search');
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Mariama Bari');
  await page.getByRole('button', { name: 'Add another spelling' }).click();
  await page.getByRole('textbox', { name: 'Other spelling or script 2' }).fill('M');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('At least two letters')).toBeVisible();
  await page.getByRole('button', { name: 'Remove spelling 2' }).click();
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByRole('listitem').filter({ hasText: 'Mariama Barry' })).toBeVisible();
  await expectAccessible(page, 'new case: likely duplicates');

  await page.getByRole('button', { name: 'Register a new person' }).click();
  await page.getByLabel('The person has consented to registration').check();
  await page.getByRole('button', { name: 'Add a phone' }).click();
  await page.getByRole('button', { name: 'Add a document' }).click();
  await page.getByRole('button', { name: 'Open the case' }).click();
  await expect(page.getByText('Some fields need attention.')).toBeVisible();
  await expectAccessible(page, 'new case: registration form with problems');

  await page.goto(`/cases/${opened.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mariama Barry' })).toBeVisible();
  await expectAccessible(page, 'case page');
  await page.getByRole('button', { name: 'Move case' }).click();
  const move = page.getByRole('dialog', { name: `Move case ${opened.reference}` });
  await move.getByRole('radio', { name: 'Closed' }).check();
  await expect(move.getByLabel('Reason')).toBeVisible();
  await expectAccessible(page, 'move case dialog');
  await move.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Record consent' }).click();
  await expect(page.getByRole('dialog', { name: 'Record consent' })).toBeVisible();
  await expectAccessible(page, 'record consent dialog');
});

test('the case page passes axe in Arabic', async ({ page, request }) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('MA');
  const caseworker = await admin.user({ role: 'caseworker', officeId, language: 'ar' });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, { givenNames: 'مريم', familyName: 'باري', birthYear: 1990 });

  await page.goto(`/cases/${opened.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'مريم باري' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByText('مُعطاة (كتابية')).toBeVisible();
  await expectAccessible(page, 'case page (ar)');
  await page.getByRole('button', { name: 'نقل الملف' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'move case dialog (ar)');
});
