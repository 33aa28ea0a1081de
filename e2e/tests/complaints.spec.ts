// Complaints and the staff wellbeing survey (seed-000 Annex 2 C2 and C4,
// Recommendations 4 and 7): a supervisor records an anonymous hotline call
// about the assistance and takes it from received to resolved; a caseworker
// answers the year's survey, once, told plainly what is kept; the supervisor
// sees the results only as counts, withheld while there are too few answers.
// Both pages are checked with axe, and in Arabic on a 360 px phone.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn, signOut } from '../support/pages.ts';

test('a supervisor records a hotline complaint and resolves it; a caseworker answers the wellbeing survey; both pages fit a phone in Arabic', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('NE', 'host');
  const supervisor = await admin.user({ role: 'supervisor', officeId });
  const caseworker = await admin.user({ role: 'caseworker', officeId });

  // --- The supervisor records the call. ---
  await signIn(page, supervisor.username, supervisor.password);
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Complaints and feedback' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Complaints and feedback' })).toBeVisible();
  await expect(page.getByText('No complaints or feedback to show.')).toBeVisible();
  await page.getByRole('button', { name: 'Record a complaint or feedback' }).click();
  const record = page.getByRole('dialog', { name: 'Record a complaint or feedback' });
  await record.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(record.getByText('Required')).toBeVisible();
  await record.getByLabel('How it came in').selectOption({ label: 'Hotline' });
  await record.getByRole('radio', { name: 'The assistance' }).check();
  await record
    .getByLabel('What the person said')
    .fill('The business kit promised in March has still not come');
  // Anonymous unless the caller agrees to give a name.
  await expect(record.getByRole('checkbox', { name: 'The person does not want to be named' })).toBeChecked();
  await expect(record.getByLabel('Name of the person')).toHaveCount(0);
  await expectAccessible(page, 'record complaint dialog');
  await record.getByRole('button', { name: 'Record', exact: true }).click();
  await expect(record).toBeHidden();

  // --- It opens at once, and goes from received to resolved. ---
  const detail = page.getByRole('dialog', { name: /^Complaint received on / });
  await expect(detail).toContainText('The business kit promised in March has still not come');
  await expect(detail).toContainText('Someone who asked not to be named');
  await expect(detail).toContainText('Received');
  await detail.getByRole('radio', { name: 'Acknowledge it: the person has been told' }).check();
  await detail.getByRole('button', { name: 'Save the step' }).click();
  await expect(detail.getByRole('radio', { name: 'Resolve it' })).toBeVisible();
  await expect(detail).toContainText('Acknowledged');
  await detail.getByRole('radio', { name: 'Resolve it' }).check();
  await detail.getByRole('button', { name: 'Save the step' }).click();
  await expect(detail.getByText('Required')).toBeVisible();
  await detail.getByLabel('What was done').fill('Kit delivered on the 22nd; the caller was told');
  await detail.getByRole('button', { name: 'Save the step' }).click();
  await expect(detail).toContainText('Handling has ended.');
  await expect(detail).toContainText('Kit delivered on the 22nd; the caller was told');
  await expectAccessible(page, 'complaint detail');
  await page.keyboard.press('Escape');
  await expect(detail).toBeHidden();

  const list = page.getByRole('region', { name: 'Complaints and feedback' });
  const row = list.getByRole('row', { name: /The business kit promised/ });
  await expect(row).toContainText('Resolved');
  await expect(row).toContainText('Hotline');
  await expect(row).toContainText('The assistance');
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Under review' });
  await expect(page.getByText('No complaints or feedback to show.')).toBeVisible();
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Resolved' });
  await expect(row).toBeVisible();
  await expectAccessible(page, 'complaints page');

  // --- The resolved complaints go out de-identified, for a report: what was said stays behind. ---
  await page.getByRole('button', { name: 'Export' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export the complaints and feedback' });
  await exporting.getByRole('radio', { name: 'CSV' }).check();
  await exporting.getByRole('checkbox', { name: 'De-identified' }).check();
  await exporting.getByRole('button', { name: 'Start the export' }).click();
  const downloading = page.waitForEvent('download');
  await exporting.getByRole('link', { name: /^Download complaints-.*\.csv$/ }).click();
  const file = await readFile(await (await downloading).path(), 'utf8');
  expect(file).toContain('hotline');
  expect(file).toContain('resolved');
  expect(file).not.toContain('business kit');
  await page.keyboard.press('Escape');
  await signOut(page);

  // --- The caseworker answers the year's survey. ---
  await signIn(page, caseworker.username, caseworker.password);
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Staff wellbeing' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Staff wellbeing' })).toBeVisible();
  await expect(page.getByText('Your answers are anonymous')).toBeVisible();
  // A caseworker handles no complaints and reads no indicators: neither is offered.
  await expect(
    page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Complaints and feedback' }),
  ).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Results in your area' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByText('Choose an answer, or “Prefer not to say”.')).toHaveCount(5);
  const question = (name: string) => page.getByRole('radiogroup', { name });
  await question('I am able to manage my work-related stress.')
    .getByRole('radio', { name: 'Agree', exact: true })
    .check();
  await question('How is your workload?').getByRole('radio', { name: 'High, but I manage' }).check();
  await question('Do you find it hard to sleep because your mind is occupied with work?')
    .getByRole('radio', { name: 'Partly' })
    .check();
  await question(
    'If you have a challenge with a returnee’s case, do you feel comfortable discussing it with your supervisor?',
  )
    .getByRole('radio', { name: 'Yes' })
    .check();
  await question('In the past year, have you been threatened or felt unsafe because of your work?')
    .getByRole('radio', { name: 'Prefer not to say' })
    .check();
  await expectAccessible(page, 'wellbeing survey');
  await page.getByRole('button', { name: 'Send my answers' }).click();
  await expect(page.getByText(/You have answered the \d{4} survey/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send my answers' })).toHaveCount(0);
  await expectAccessible(page, 'wellbeing survey answered');

  // --- In Arabic on a 360 px phone: right to left, nothing too wide. ---
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'رفاه الموظفين' })).toBeVisible();
  await expect(page.getByText('إجاباتك مجهولة الهوية')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'wellbeing page (ar, phone)');
});

test('the supervisor’s complaints page and survey results, in Arabic on a 360 px phone', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('NE', 'host');
  const supervisor = await admin.user({ role: 'supervisor', officeId, language: 'ar' });
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, supervisor.username, supervisor.password);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  await page.goto('/complaints');
  await expect(page.getByRole('heading', { level: 1, name: 'الشكاوى والملاحظات' })).toBeVisible();
  await expect(page.getByText('لا توجد شكاوى أو ملاحظات لعرضها.')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'complaints page (ar, phone)');
  await page.getByRole('button', { name: 'تسجيل شكوى أو ملاحظة' }).click();
  await expect(page.getByRole('dialog', { name: 'تسجيل شكوى أو ملاحظة' })).toBeVisible();
  await expectAccessible(page, 'record complaint dialog (ar, phone)');
  await page.keyboard.press('Escape');

  // Results read as counts; with too few answers in the office, nothing is shown.
  await page.goto('/wellbeing');
  const results = page.getByRole('region', { name: 'النتائج في نطاقك' });
  await expect(results).toContainText('الإجابات أقل من أن تُعرض');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'wellbeing results (ar, phone)');
});
