import { expect, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { signIn, signOut } from '../support/pages.ts';
import { totpCode } from '../support/totp.ts';

test('a user turns on two-step sign-in and is then asked for the code when signing in', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const user = await admin.user({ role: 'auditor' });
  await signIn(page, user.username, user.password);
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Your account' }).click();

  await page.getByRole('button', { name: 'Set up' }).click();
  const section = page.getByRole('region', { name: 'Two-step sign-in' });
  const secret = ((await section.locator('pre').first().textContent()) ?? '').replace(/\s/g, '');
  await expect(section.getByText(`otpauth://totp/`)).toBeVisible();
  await section.getByLabel('Code from the app').fill('000000' === totpCode(secret) ? '111111' : '000000');
  await section.getByRole('button', { name: 'Turn on' }).click();
  await expect(section.getByText('That code does not match')).toBeVisible();
  await section.getByLabel('Code from the app').fill(totpCode(secret));
  await section.getByRole('button', { name: 'Turn on' }).click();
  await expect(section.getByText(/^On\./)).toBeVisible();

  await signOut(page);
  await signIn(page, user.username, user.password);
  await expect(page.getByLabel('Six-digit code')).toBeVisible();
  await page.getByLabel('Six-digit code').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${user.displayName}` })).toBeVisible();
});

test('an API token is shown once, listed, and revoked', async ({ page, request }) => {
  const admin = await AdminApi.signIn(request);
  const user = await admin.user({ role: 'auditor' });
  await signIn(page, user.username, user.password);
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${user.displayName}` })).toBeVisible();
  await page.goto('/account');

  const section = page.getByRole('region', { name: 'API tokens' });
  await section.getByLabel('Name', { exact: true }).fill('monthly report');
  await section.getByLabel('Valid for (days)').fill('30');
  await section.getByRole('button', { name: 'Create token' }).click();
  const token = await section.getByLabel('Token "monthly report"').inputValue();
  expect(token).toMatch(/^rtk_/);

  // The token works as a bearer credential, with this user's permissions.
  const me = await request.get('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } });
  expect((await me.json()).user.username).toBe(user.username);

  const row = section.getByRole('row').filter({ hasText: 'monthly report' });
  await row.getByRole('button', { name: 'Revoke' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
  await expect(row).toHaveCount(0);
  const after = await request.get('/api/v1/auth/me', { headers: { authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
});
