import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Fills in the sign-in form and waits for the server's answer, so that a test
 * going on to another URL does not cut the sign-in short and lose the cookie.
 */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  const answered = page.waitForResponse((res) => res.url().endsWith('/api/v1/auth/login'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await answered;
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: /Account menu/ }).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
}

/** WCAG 2 A and AA rules from axe-core; the list of violations must be empty. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  // Mantine's notification close button has no name of its own: wait until the toast has gone.
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0);
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  const summary = violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** The page itself never scrolls sideways; only a wide table scrolls, inside its own box. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  // Compared with the screen, not window.innerWidth: a mobile browser zooms out to fit a page that is too wide.
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
}
