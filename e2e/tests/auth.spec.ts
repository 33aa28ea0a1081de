import { expect, test } from '@playwright/test';
import { administrator } from '../support/constants.ts';
import { signIn, signOut } from '../support/pages.ts';

test('the administrator signs in, sees the home page and signs out', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);

  await signIn(page, administrator.username, administrator.password);
  await expect(
    page.getByRole('heading', { level: 1, name: `Welcome, ${administrator.displayName}` }),
  ).toBeVisible();
  await expect(page.getByText('You are signed in as Administrator')).toBeVisible();
  await expect(page.getByText('Sees the records of every mission.')).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Users' }),
  ).toBeVisible();

  await signOut(page);
  // The session is gone on the server too: a fresh load goes back to sign-in.
  await page.goto('/admin/users');
  await expect(page).toHaveURL(/\/login$/);
});

test('a wrong password is refused with a message', async ({ page }) => {
  await signIn(page, administrator.username, 'not the right passphrase');
  await expect(page.getByRole('alert')).toHaveText('Wrong username or password.');
  await expect(page).toHaveURL(/\/login$/);
});
