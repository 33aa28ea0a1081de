// What is due on a case and who it is for: the tasks the lifecycle starts and
// those the team adds, the list of one's own tasks across cases, and the
// vulnerability flags that the header shows and the case list filters by.
import { expect, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { flagVulnerabilities, moveCase, openCase } from '../support/cases.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

/** A calendar day counted from today, as a date field takes it (the browser runs in UTC). */
function day(fromToday: number): string {
  return new Date(Date.now() + fromToday * 86_400_000).toISOString().slice(0, 10);
}

test('registering starts the assessment; a caseworker adds a task, marks one done, moves one and finds them in My tasks', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('TG');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, { givenNames: 'Kossi', familyName: 'Agbeko' });
  await moveCase(page.request, opened, 'registered');

  await page.goto(`/cases/${opened.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Kossi Agbeko' })).toBeVisible();
  await expect(page.getByText('Next due: Needs assessment, on')).toBeVisible();
  const tasks = page.getByRole('region', { name: 'Tasks' });
  const assessment = tasks.getByRole('listitem').filter({ hasText: 'Needs assessment' });
  await expect(assessment).toContainText('For: The whole team');
  await expect(assessment).not.toContainText('Overdue');
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Task added: Needs assessment, due on');

  // A task of one's own, due yesterday: overdue at once, and the next due in the header.
  await tasks.getByRole('button', { name: 'Add task' }).click();
  const add = page.getByRole('dialog', { name: `Add a task to ${opened.reference}` });
  await add.getByLabel('Kind of task').selectOption('other');
  await add.getByRole('button', { name: 'Add task' }).click();
  await expect(add.getByText('Required')).toHaveCount(2);
  await expectAccessible(page, 'add task dialog');
  await add.getByLabel('What is to be done').fill('Call the health centre about the appointment');
  await add.getByLabel('Due on').fill(day(-1));
  await add
    .getByRole('combobox', { name: 'Who does it' })
    .selectOption({ label: `${caseworker.displayName} · Reintegration` });
  await add.getByRole('button', { name: 'Add task' }).click();
  await expect(add).toBeHidden();
  const call = tasks.getByRole('listitem').filter({ hasText: 'Call the health centre' });
  await expect(call).toContainText('Overdue');
  await expect(call).toContainText(`For: ${caseworker.displayName}`);
  await expect(page.getByText('Next due: Call the health centre about the appointment, on')).toBeVisible();
  await expect(history.getByRole('listitem').first()).toContainText('Task added: Other task');
  await expectAccessible(page, 'case page with tasks');

  // Done: it leaves the open tasks and stays on record.
  await tasks.getByRole('button', { name: 'Mark done: Needs assessment' }).click();
  await expect(assessment).toHaveCount(0);
  await expect(history.getByRole('listitem').first()).toContainText('Task done: Needs assessment');
  await tasks.getByLabel('Show done and cancelled tasks').check();
  await expect(assessment).toContainText('Done on');
  await expect(assessment.getByRole('button', { name: 'Reopen: Needs assessment' })).toBeVisible();

  // My tasks lists the overdue one, and leads back to its case.
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My tasks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My tasks' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  const row = rows.filter({ hasText: 'Call the health centre' });
  await expect(row).toContainText('Overdue');
  await expect(row).toContainText('Kossi Agbeko');
  await expect(page.getByText('1–1 of 1')).toBeVisible();
  await page.getByLabel('Overdue only').check();
  await expect(row).toBeVisible();
  await page.getByLabel('Mine only').uncheck();
  await expect(row).toBeVisible();
  await expectAccessible(page, 'my tasks');
  await row.getByRole('link', { name: opened.reference }).click();

  // Moved to next week: no longer overdue.
  await expect(page.getByRole('heading', { level: 1, name: 'Kossi Agbeko' })).toBeVisible();
  await call.getByRole('button', { name: 'Change: Call the health centre about the appointment' }).click();
  const change = page.getByRole('dialog', { name: 'Change the task' });
  await change.getByLabel('Due on').fill(day(7));
  await expectAccessible(page, 'change task dialog');
  await change.getByRole('button', { name: 'Save' }).click();
  await expect(change).toBeHidden();
  await expect(call).not.toContainText('Overdue');
  await expect(history.getByRole('listitem').first()).toContainText('Task moved to');

  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'My tasks' }).click();
  await page.getByLabel('Overdue only').check();
  await expect(page.getByText('No open tasks match these filters.')).toBeVisible();
});

test('a vulnerability flag set in the decisions shows in the header and filters the case list', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('BJ');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const flagged = await openCase(page.request, { givenNames: 'Afi', familyName: 'Houngbo', birthYear: 2010 });
  await openCase(page.request, { givenNames: 'Komlan', familyName: 'Dossou', birthYear: 1980 });

  await page.goto(`/cases/${flagged.id}`);
  const decisions = page.getByRole('region', { name: 'Decisions' });
  await decisions.getByRole('checkbox', { name: 'Victim of trafficking' }).check();
  await decisions.getByRole('checkbox', { name: 'Unaccompanied child' }).check();
  await decisions.getByRole('button', { name: 'Save decisions' }).click();
  const flags = page.getByRole('list', { name: 'Vulnerabilities' }).first();
  await expect(flags).toContainText('Victim of trafficking');
  await expect(flags).toContainText('Unaccompanied child');
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toContainText(
    'Vulnerabilities flagged: Victim of trafficking, Unaccompanied child',
  );
  await expect(decisions.getByRole('button', { name: 'Save decisions' })).toBeDisabled();
  await expectAccessible(page, 'case page with vulnerability flags');

  await page.getByRole('link', { name: 'Back to the cases' }).click();
  await expect(page.getByText('1–2 of 2')).toBeVisible();
  await page.getByRole('button', { name: 'More filters' }).click();
  await page.getByRole('combobox', { name: 'Vulnerabilities' }).selectOption('trafficking');
  await expect(page.getByText('1–1 of 1')).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: 'Afi Houngbo' })).toContainText('Victim of trafficking');
  await expect(rows.filter({ hasText: 'Komlan Dossou' })).toHaveCount(0);
  await expect(page).toHaveURL(/vulnerability=trafficking/);
  await expectAccessible(page, 'case list with more filters');

  // The filters live in the address: a reload keeps them, and shows them.
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Vulnerabilities' })).toHaveValue('trafficking');
  await expect(page.getByText('1–1 of 1')).toBeVisible();
  await page.getByRole('combobox', { name: 'Vulnerabilities' }).selectOption('');
  await page.getByLabel('Age', { exact: true }).selectOption('12-17');
  await expect(page.getByText('1–1 of 1')).toBeVisible();
  await expect(rows.filter({ hasText: 'Afi Houngbo' })).toBeVisible();
  await page.getByLabel('Age', { exact: true }).selectOption('');
  await page.getByLabel('Only cases with an overdue task').check();
  await expect(page.getByText('No cases match these filters.')).toBeVisible();
  await page.getByLabel('Only cases with an overdue task').uncheck();

  // Typed quickly, key by key: no keystroke is lost on its way through the address.
  const search = page.getByLabel('Search', { exact: true });
  await search.pressSequentially('Komlan Dos');
  await expect(search).toHaveValue('Komlan Dos');
  await expect(page.getByText('1–1 of 1')).toBeVisible();
  await expect(rows.filter({ hasText: 'Komlan Dossou' })).toBeVisible();
});

test.describe('on a 360 px phone in Arabic', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the tasks, the flags, the filters and My tasks fit and pass axe', async ({ page, request }) => {
    const admin = await AdminApi.signIn(request);
    const { officeId } = await admin.missionWithOffice('LR');
    const caseworker = await admin.user({ role: 'caseworker', officeId, language: 'ar' });
    await signIn(page, caseworker.username, caseworker.password);
    const opened = await openCase(page.request, { givenNames: 'فاطمة', familyName: 'كمارا' });
    await moveCase(page.request, opened, 'registered');
    await flagVulnerabilities(page.request, opened.id, ['violence_exploitation_abuse', 'health_needs']);

    await page.goto(`/cases/${opened.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'فاطمة كمارا' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByText('المهمة التالية: تقييم الاحتياجات')).toBeVisible();
    await expect(page.getByRole('list', { name: 'أوجه الهشاشة' }).first()).toContainText(
      'عنف أو استغلال أو إساءة',
    );
    await expect(page.getByRole('region', { name: 'المهام' })).toContainText('الفريق كله');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'case page with tasks (ar)');

    await page.getByRole('button', { name: 'إضافة مهمة' }).click();
    const add = page.getByRole('dialog', { name: `إضافة مهمة إلى ${opened.reference}` });
    await expect(add.getByLabel('نوع المهمة')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'add task dialog (ar)');
    await add.getByRole('button', { name: 'إلغاء', exact: true }).click();

    await page.getByRole('button', { name: 'فتح القائمة' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'مهامي' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'مهامي' })).toBeVisible();
    await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'فاطمة كمارا' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'my tasks (ar)');

    await page.goto('/cases?vulnerability=health_needs');
    await expect(page.getByRole('heading', { level: 1, name: 'الملفات' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'أوجه الهشاشة' })).toHaveValue('health_needs');
    await expect(page.getByRole('link', { name: opened.reference })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'case list with more filters (ar)');
  });
});
