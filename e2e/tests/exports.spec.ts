// Exports of a list: asked for from the list, written in the background with
// its progress shown, then downloaded and opened as the spreadsheet it is.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import readXlsxFile from 'read-excel-file/node';
import { AdminApi } from '../support/api.ts';
import { openCase } from '../support/cases.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

test('a supervisor exports the case list as XLSX with HXL hashtags, downloads it and finds the cases', async ({
  page,
  request,
  browser,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('ER');
  const supervisor = await admin.user({ role: 'supervisor', officeId });
  // A case in another mission's office: the supervisor's list does not show it, nor may the file.
  const elsewhere = await admin.missionWithOffice('DJ');
  const stranger = await admin.user({ role: 'caseworker', officeId: elsewhere.officeId });
  const strangerContext = await browser.newContext();
  const strangerPage = await strangerContext.newPage();
  await signIn(strangerPage, stranger.username, stranger.password);
  await openCase(strangerPage.request, { givenNames: 'Hidden', familyName: 'Elsewhere' });
  await strangerContext.close();

  await signIn(page, supervisor.username, supervisor.password);
  const opened = [
    await openCase(page.request, { givenNames: 'Senait', familyName: 'Tesfay', birthYear: 1991 }),
    await openCase(page.request, { givenNames: 'Yonas', familyName: 'Haile' }),
    await openCase(page.request, { givenNames: '=cmd|calc', familyName: 'Formula' }),
  ];

  await page.goto('/cases');
  await expect(page.getByText('1–3 of 3')).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export the case list' });
  await expect(dialog.getByRole('radio', { name: 'Excel (XLSX)' })).toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Add HXL hashtags' }).check();
  await expectAccessible(page, 'export dialog');
  await dialog.getByRole('button', { name: 'Start the export' }).click();

  // The progress bar, then the link to the file once it is written.
  await expect(dialog.getByRole('progressbar', { name: 'Writing the file' })).toBeVisible();
  const link = dialog.getByRole('link', { name: /^Download cases-\d{4}-\d\d-\d\d\.xlsx$/ });
  await expect(link).toBeVisible();
  await expect(dialog.getByText('3 rows. Only you can download the file')).toBeVisible();
  await expect(dialog.getByRole('progressbar', { name: 'Writing the file' })).toHaveAttribute(
    'aria-valuenow',
    '100',
  );
  await expectAccessible(page, 'export dialog with its download');

  const downloading = page.waitForEvent('download');
  await link.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^cases-\d{4}-\d\d-\d\d\.xlsx$/);
  const bytes = await readFile(await download.path());

  const [sheet] = await readXlsxFile(bytes);
  const [header, hxl, ...rows] = sheet?.data ?? [];
  expect(header?.slice(0, 5)).toEqual(['reference', 'status', 'phase', 'office_id', 'name']);
  expect(hxl?.slice(0, 5)).toEqual([
    '#affected+code',
    '#status+case',
    '#status+phase',
    '#org+office+code',
    '#affected+name',
  ]);
  expect(rows.map((r) => r[0]).sort()).toEqual(opened.map((c) => c.reference).sort());
  expect(rows.map((r) => r[4]).sort()).toEqual(['=cmd|calc Formula', 'Senait Tesfay', 'Yonas Haile']);
  expect(rows.every((r) => r[3] === officeId)).toBe(true);
  expect(rows.find((r) => r[4] === 'Senait Tesfay')?.[7]).toBe(1991);
  expect(JSON.stringify(sheet?.data)).not.toContain('Hidden');
});

test('a caseworker is not offered exports', async ({ page, request }) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('KE');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  await page.goto('/cases');
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Saved filters' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Export' })).toHaveCount(0);
});

test('on a phone in Arabic, both lists offer the export, and the dialog fits and reads right to left', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('SD');
  const supervisor = await admin.user({ role: 'supervisor', officeId, language: 'ar' });
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, supervisor.username, supervisor.password);
  await openCase(page.request, { givenNames: 'مريم', familyName: 'باري' });

  await page.goto('/cases');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.getByRole('button', { name: 'تصدير' }).click();
  const dialog = page.getByRole('dialog', { name: 'تصدير قائمة الملفات' });
  await expect(dialog.getByRole('checkbox', { name: 'دون بيانات تعريفية' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'export dialog (ar, 360 px)');
  await dialog.getByRole('button', { name: 'إلغاء' }).click();
  await expect(dialog).toBeHidden();
  await expectNoSidewaysScroll(page);

  await page.goto('/referrals');
  await page.getByRole('button', { name: 'تصدير' }).click();
  await expect(page.getByRole('dialog', { name: 'تصدير الإحالات قيد المتابعة' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'follow-up export dialog (ar, 360 px)');
});
