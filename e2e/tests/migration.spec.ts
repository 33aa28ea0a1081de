// The migration and the return a case is about: host country, the stays
// abroad in order, why the person left and why they come back, the AVRR
// category and the return modality, and the days of return (seed-002 §1.1.1).
import { expect, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { openCase, recordMigration } from '../support/cases.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

test('a caseworker records the migration and return, sees the time away, and corrects it', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('SN');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, { givenNames: 'Aminata', familyName: 'Sow', birthYear: 1995 });

  await page.goto(`/cases/${opened.id}`);
  await page
    .getByRole('navigation', { name: 'On this page' })
    .getByRole('link', { name: 'Migration and return' })
    .click();
  const section = page.getByRole('region', { name: 'Migration and return' });
  await expect(section).toContainText('Not recorded yet.');

  await section.getByRole('button', { name: 'Record' }).click();
  const dialog = page.getByRole('dialog', { name: 'Migration and return of Aminata Sow' });
  await dialog.getByRole('textbox', { name: 'Host country' }).fill('ly');
  await expect(dialog.getByRole('textbox', { name: 'Host country' })).toHaveValue('LY');
  await expect(dialog).toContainText('Libya');
  await dialog.getByLabel('AVRR category').selectOption('stranded_migrant');

  await dialog.getByRole('button', { name: 'Add a stay' }).click();
  const first = dialog.getByRole('group', { name: 'Stay 1' });
  await first.getByLabel('Country').fill('NE');
  await first.getByLabel('From').fill('2019-03-12');
  await first.getByLabel('Until').fill('2019-09-01');
  await dialog.getByRole('button', { name: 'Add a stay' }).click();
  const second = dialog.getByRole('group', { name: 'Stay 2' });
  await second.getByLabel('Country').fill('LY');
  await second.getByLabel('From').fill('2019-09-02');
  await second.getByLabel('Until').fill('2022-05-10');

  await dialog.getByLabel('Reasons for migrating').fill('Looked for work to support the family.');
  const motivations = dialog.getByRole('group', { name: 'Return motivations' });
  await motivations.getByLabel('Family or private reasons').check();
  await motivations.getByLabel('Lack of opportunities or of integration in the host country').check();
  await dialog.getByLabel('Assistance').selectOption('assisted');
  await dialog.getByLabel('Voluntariness').selectOption('voluntary');
  await dialog.getByLabel('Permanence').selectOption('permanent');
  await dialog.getByLabel('Means of transport').selectOption('air');
  await dialog.getByLabel('Planned return day').fill('2022-05-15');
  await dialog.getByLabel('Return day', { exact: true }).fill('2022-05-20');
  await expectAccessible(page, 'migration and return dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  // Three years and two months from leaving for Niger to coming home.
  await expect(section).toContainText('Libya');
  await expect(section).toContainText('3 years, 2 months');
  await expect(section).toContainText('Stranded migrant');
  await expect(section).toContainText('Assisted · Voluntary · Permanent · By air');
  await expect(section).toContainText('Looked for work to support the family.');
  await expect(section).toContainText('May 20, 2022');
  const stays = section.getByRole('listitem').filter({ hasText: /Niger|Libya/ });
  await expect(stays).toHaveCount(2);
  await expect(stays.first()).toContainText('Niger · Mar 12, 2019 to Sep 1, 2019');
  await expect(stays.last()).toContainText('Libya · Sep 2, 2019 to May 10, 2022');
  const reasons = section.getByRole('listitem').filter({ hasText: /reasons|opportunities/ });
  await expect(reasons).toHaveText([
    'Family or private reasons',
    'Lack of opportunities or of integration in the host country',
  ]);
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toContainText(
    'Migration and return updated: host country, stays abroad',
  );
  await expectAccessible(page, 'case page with the migration and return');

  // A year later than written down: the return day and the transport are corrected.
  await section.getByRole('button', { name: 'Change' }).click();
  await expect(dialog.getByRole('group', { name: 'Stay 2' }).getByLabel('Country')).toHaveValue('LY');
  await expect(dialog.getByLabel('Family or private reasons')).toBeChecked();
  await dialog.getByLabel('Return day', { exact: true }).fill('2023-05-20');
  await dialog.getByLabel('Means of transport').selectOption('land');

  // A stay that ends before it begins is refused, under its own field.
  await dialog.getByRole('button', { name: 'Add a stay' }).click();
  const third = dialog.getByRole('group', { name: 'Stay 3' });
  await third.getByLabel('Country').fill('DZ');
  await third.getByLabel('From').fill('2023-01-10');
  await third.getByLabel('Until').fill('2022-12-01');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(third.getByText('The stay ends before it begins: check the days.')).toBeVisible();
  await expect(third.getByLabel('Until')).toHaveAttribute('aria-invalid', 'true');
  await expect(third.getByLabel('Until')).toBeFocused();
  await expectAccessible(page, 'migration and return dialog with a field error');
  await third.getByRole('button', { name: 'Remove Stay 3' }).click();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await expect(section).toContainText('4 years, 2 months');
  await expect(section).toContainText('Assisted · Voluntary · Permanent · By land');
  await expect(section.getByRole('listitem').filter({ hasText: /Niger|Libya|Algeria/ })).toHaveCount(2);
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toContainText(
    'Migration and return updated: means of transport, return day',
  );
});

test.describe('on a 360 px phone in Arabic', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the migration and return section and its dialog fit and pass axe', async ({ page, request }) => {
    const admin = await AdminApi.signIn(request);
    const { officeId } = await admin.missionWithOffice('SN');
    const caseworker = await admin.user({ role: 'caseworker', officeId, language: 'ar' });
    await signIn(page, caseworker.username, caseworker.password);
    const opened = await openCase(page.request, { givenNames: 'مريم', familyName: 'سال', birthYear: 1992 });
    await recordMigration(page.request, opened.id, {
      hostCountry: 'LY',
      stays: [
        { country: 'ML', from: '2018-01-15', to: '2018-06-30' },
        { country: 'LY', from: '2018-07-01', to: '2021-02-01' },
      ],
      reasonsForMigrating: 'البحث عن عمل',
      motivations: ['familial_duties', 'other'],
      avrrCategory: 'migrant_worker_end_of_contract',
      assistance: 'assisted',
      voluntariness: 'voluntary',
      permanence: 'temporary',
      transport: 'sea',
      plannedReturnOn: '2021-02-10',
      returnedOn: '2021-02-15',
    });

    await page.goto(`/cases/${opened.id}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const section = page.getByRole('region', { name: 'الهجرة والعودة' });
    await expect(section).toContainText('ليبيا');
    await expect(section).toContainText('مدة الغياب');
    await expect(section).toContainText('واجبات عائلية');
    await expect(section).toContainText('بحرًا');
    await section.scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'case page with the migration and return (ar)');

    await section.getByRole('button', { name: 'تعديل' }).click();
    const dialog = page.getByRole('dialog', { name: 'الهجرة والعودة: مريم سال' });
    await expect(dialog.getByRole('group', { name: 'الإقامة 2' }).getByLabel('البلد')).toHaveValue('LY');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'migration and return dialog (ar)');
  });
});
