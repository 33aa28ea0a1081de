import { expect, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { openCase } from '../support/cases.ts';
import { administrator } from '../support/constants.ts';
import { expectNoSidewaysScroll, signIn } from '../support/pages.ts';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('on a 360 px phone the menu opens from the burger button', async ({ page }) => {
  await signIn(page, administrator.username, administrator.password);
  await expect(
    page.getByRole('heading', { level: 1, name: `Welcome, ${administrator.displayName}` }),
  ).toBeVisible();

  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await expect(menu.getByRole('link', { name: 'Users' })).not.toBeInViewport();
  await page.getByRole('button', { name: 'Open the menu' }).click();
  await expect(menu.getByRole('link', { name: 'Users' })).toBeInViewport();
  await menu.getByRole('link', { name: 'Users' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Users' })).toBeVisible();
  await expect(menu.getByRole('link', { name: 'Users' })).not.toBeInViewport();
  await expect(page.getByRole('table').getByText(administrator.username, { exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page);

  await page.getByRole('button', { name: 'Open the menu' }).click();
  await menu.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test('on a 360 px phone in Arabic the menu opens and the users page fits', async ({ page, request }) => {
  const admin = await AdminApi.signIn(request);
  const user = await admin.user({ role: 'administrator', language: 'ar' });
  await signIn(page, user.username, user.password);
  await expect(page.getByRole('heading', { level: 1, name: `مرحبًا ${user.displayName}` })).toBeVisible();
  await expectNoSidewaysScroll(page);

  const menu = page.getByRole('navigation', { name: 'القائمة الرئيسية' });
  await page.getByRole('button', { name: 'فتح القائمة' }).click();
  await expect(menu.getByRole('link', { name: 'المستخدمون' })).toBeInViewport();
  await menu.getByRole('link', { name: 'المستخدمون' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'المستخدمون' })).toBeVisible();
  // Found by name: the suite creates more users than fit on the first page.
  await page.getByLabel('البحث بالاسم أو اسم المستخدم').fill(user.username);
  await expect(page.getByRole('table').getByText(user.username, { exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page);
});

test('on a 360 px phone the case list and a case page fit, in English and in Arabic', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('SL');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(
    page.request,
    { givenNames: 'Aissatou', familyName: 'Konaté', birthYear: 1999 },
    { sensitive: true },
  );

  const menu = page.getByRole('navigation', { name: 'Main menu' });
  await page.getByRole('button', { name: 'Open the menu' }).click();
  await menu.getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('link', { name: opened.reference })).toBeInViewport();
  await expect(page.getByText('1–1 of 1')).toBeVisible();
  await expectNoSidewaysScroll(page);

  await page.getByRole('link', { name: opened.reference }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aissatou Konaté' })).toBeVisible();
  await expectNoSidewaysScroll(page);

  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'الشخص' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  // The hand-over dialog takes the whole screen and fits it.
  await page.getByRole('button', { name: 'إحالة إلى بعثة أخرى' }).click();
  const handOver = page.getByRole('dialog', { name: `إحالة ${opened.reference}` });
  await expect(handOver.getByLabel('البعثة المستقبِلة')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await handOver.getByRole('button', { name: 'إلغاء', exact: true }).click();
  await page.getByRole('button', { name: 'فتح القائمة' }).click();
  await page.getByRole('navigation').getByRole('link', { name: 'الإحالات الواردة' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'الإحالات الواردة' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await page.goBack();
  await page.getByRole('link', { name: 'العودة إلى الملفات' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'الملفات' })).toBeVisible();
  await expectNoSidewaysScroll(page);
});
