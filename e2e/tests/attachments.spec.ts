// Files on a case: a scanned document, a signature drawn on the screen, a
// download, a file of a kind the server does not keep, and a removal that
// leaves its reason in the history.
import { readFile } from 'node:fs/promises';
import { expect, type Page, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { openCase } from '../support/cases.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

/** Just enough of a PDF for the server, which reads the type from the first bytes. */
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** A few strokes across the signature box, as a finger would draw them. */
async function sign(page: Page) {
  const pad = page.getByRole('img', { name: 'Sign here' });
  const box = await pad.boundingBox();
  if (!box) throw new Error('no signature box');
  await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.6);
  await page.mouse.down();
  for (const [x, y] of [
    [0.25, 0.3],
    [0.4, 0.7],
    [0.55, 0.3],
    [0.7, 0.7],
    [0.9, 0.4],
  ] as const) {
    await page.mouse.move(box.x + box.width * x, box.y + box.height * y, { steps: 4 });
  }
  await page.mouse.up();
}

test('a caseworker attaches a PDF and a drawn signature, downloads one, removes one with a reason; other files are refused', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('NG');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, { givenNames: 'Blessing', familyName: 'Okafor' });

  await page.goto(`/cases/${opened.id}`);
  const files = page.getByRole('region', { name: 'Files' });
  await expect(files).toContainText('No files attached.');

  await files.getByRole('button', { name: 'Attach a file' }).click();
  const dialog = page.getByRole('dialog', { name: `Attach a file to ${opened.reference}` });
  const chooser = dialog.locator('input[type="file"]');
  await expectAccessible(page, 'attach a file dialog');

  // Refused before sending: a text file is none of the accepted types.
  await chooser.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await dialog.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(dialog).toContainText('Only PDF, PNG, JPEG or WebP files can be attached.');
  // Refused by the server, which reads the bytes: a "PDF" that is not one.
  await chooser.setInputFiles({
    name: 'scan.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('hello'),
  });
  await expect(dialog).not.toContainText('Only PDF, PNG, JPEG or WebP files can be attached.');
  await dialog.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(dialog).toContainText('Only PDF, PNG, JPEG or WebP files can be attached.');

  await chooser.setInputFiles({ name: 'passport.pdf', mimeType: 'application/pdf', buffer: pdf });
  await dialog.getByLabel('Description (optional)').fill('Passport, first page');
  await dialog.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(dialog).toBeHidden();
  const passport = files.getByRole('listitem').filter({ hasText: 'passport.pdf' });
  await expect(passport).toContainText('Document');
  await expect(passport).toContainText('Passport, first page');

  // A signature drawn on the screen.
  await files.getByRole('button', { name: 'Attach a file' }).click();
  await dialog.getByLabel('What it is').selectOption('signature');
  await dialog.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(dialog).toContainText('Sign in the box, or choose a picture of the signature.');
  await sign(page);
  await expectAccessible(page, 'signature pad');
  await dialog.getByRole('button', { name: 'Attach', exact: true }).click();
  await expect(dialog).toBeHidden();
  const signature = files.getByRole('listitem').filter({ hasText: 'signature.png' });
  await expect(signature).toContainText('Signature');
  await expect(files.getByRole('listitem').first()).toContainText('signature.png');
  await signature.getByRole('button', { name: 'View: signature.png' }).click();
  const view = page.getByRole('dialog', { name: 'signature.png' });
  await expect(view.getByRole('img', { name: 'Signature' })).toBeVisible();
  await expect
    .poll(() =>
      view.getByRole('img', { name: 'Signature' }).evaluate((img: HTMLImageElement) => img.naturalWidth),
    )
    .toBe(600);
  await view.getByRole('button', { name: 'Close' }).click();
  await expectAccessible(page, 'case page with files');

  // The download is the file as attached.
  const downloading = page.waitForEvent('download');
  await passport.getByRole('link', { name: 'passport.pdf' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('passport.pdf');
  const path = await download.path();
  expect((await readFile(path)).subarray(0, 5).toString()).toBe('%PDF-');

  // Removed with a reason: hidden from the case, kept in the history.
  await passport.getByRole('button', { name: 'Remove: passport.pdf' }).click();
  const remove = page.getByRole('dialog', { name: 'Remove the file' });
  await remove.getByRole('button', { name: 'Remove' }).click();
  await expect(remove.getByText('Required')).toBeVisible();
  await remove.getByLabel('Reason').fill('Uploaded to the wrong case.');
  await remove.getByRole('button', { name: 'Remove' }).click();
  await expect(remove).toBeHidden();
  await expect(passport).toHaveCount(0);
  const latest = page.getByRole('region', { name: 'History' }).getByRole('listitem').first();
  await expect(latest).toContainText('File removed: Document');
  await expect(latest).toContainText('Reason: Uploaded to the wrong case.');
});

test.describe('on a 360 px phone in Arabic', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the attach dialog with its signature box fits and passes axe', async ({ page, request }) => {
    const admin = await AdminApi.signIn(request);
    const { officeId } = await admin.missionWithOffice('ST');
    const caseworker = await admin.user({ role: 'caseworker', officeId, language: 'ar' });
    await signIn(page, caseworker.username, caseworker.password);
    const opened = await openCase(page.request, { givenNames: 'زينب', familyName: 'باه' });

    await page.goto(`/cases/${opened.id}`);
    await page.getByRole('button', { name: 'إرفاق ملف' }).click();
    const dialog = page.getByRole('dialog', { name: `إرفاق ملف بـ${opened.reference}` });
    await dialog.getByLabel('نوع الملف').selectOption('signature');
    await expect(dialog.getByRole('img', { name: 'وقّع هنا' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'attach a signature (ar)');
  });
});
