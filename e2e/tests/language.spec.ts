import { expect, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { signIn } from '../support/pages.ts';

test('switching to Arabic turns the page right to left and stays after a reload', async ({
  page,
  request,
}) => {
  // A user of their own: the language is saved on the account, and the shared administrator must stay in English.
  const admin = await AdminApi.signIn(request);
  const user = await admin.user({ role: 'auditor' });
  await signIn(page, user.username, user.password);
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${user.displayName}` })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();

  const html = page.locator('html');
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(html).toHaveAttribute('lang', 'ar');
  await expect(page.getByRole('heading', { level: 1, name: `مرحبًا ${user.displayName}` })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'القائمة الرئيسية' }).getByRole('link', { name: 'سجل التدقيق' }),
  ).toBeVisible();

  await page.reload();
  await expect(html).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: `مرحبًا ${user.displayName}` })).toBeVisible();

  // Saved on the account, not only on this device: a new browser context gets Arabic after signing in.
  await page.context().clearCookies();
  await page.evaluate(() => localStorage.clear());
  await signIn(page, user.username, user.password);
  await expect(page.getByRole('heading', { level: 1, name: `مرحبًا ${user.displayName}` })).toBeVisible();
  await expect(html).toHaveAttribute('dir', 'rtl');
});

test('the sign-in page can be switched to French before signing in', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: 'Language: English' }).click();
  await page.getByRole('menuitem', { name: 'Français' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
});
