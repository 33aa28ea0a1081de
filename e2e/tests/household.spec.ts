// A household: the people who return with the person and the relatives who
// stay behind, each their own person record. A child returning with the family
// is a rights holder with a case of their own (seed-002 Module 6).
import { expect, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { addHouseholdMember, openCase } from '../support/cases.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

test('a caseworker adds a child and a relative on file to the household, then opens the child’s own case', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('GH');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const mother = await openCase(page.request, { givenNames: 'Fatou', familyName: 'Diop', birthYear: 1988 });
  const husband = await openCase(page.request, {
    givenNames: 'Ousmane',
    familyName: 'Ndiaye',
    birthYear: 1982,
  });

  await page.goto(`/cases/${mother.id}`);
  const household = page.getByRole('region', { name: 'Household' });
  await expect(household).toContainText('No household recorded.');

  // A child not yet on file, returning with her mother.
  await household.getByRole('button', { name: 'Add a member' }).click();
  const add = page.getByRole('dialog', { name: 'Add a member to the household of Fatou Diop' });
  await expect(add).toContainText('This starts the household');
  await add.getByRole('button', { name: 'Add a member' }).click();
  await expect(add.getByText('Required')).toHaveCount(4);
  await expectAccessible(page, 'add household member dialog');
  await add.getByLabel('Relationship').selectOption('child');
  await add.getByRole('radio', { name: 'Returns together' }).check();
  await add.getByLabel('Given names').fill('Awa');
  await add.getByLabel('Family name').fill('Diop');
  await add.getByLabel('Sex').selectOption('female');
  await add.getByLabel('Date of birth').fill('2017-03-14');
  await add.getByRole('button', { name: 'Add a member' }).click();
  await expect(add).toBeHidden();

  const members = household.getByRole('listitem');
  const self = members.filter({ hasText: 'Fatou Diop' });
  await expect(self).toContainText('Reference person');
  await expect(self).toContainText('This case');
  const child = members.filter({ hasText: 'Awa Diop' });
  await expect(child).toContainText('Child');
  await expect(child).toContainText('Under 18');
  await expect(child).toContainText('Returns together');

  // The husband has a case of his own already, and stays behind.
  await household.getByRole('button', { name: 'Add a member' }).click();
  await add.getByLabel('Relationship').selectOption('spouse_or_partner');
  await add.getByRole('radio', { name: 'Stays behind' }).check();
  await add.getByRole('radio', { name: 'The person of another case' }).check();
  await add.getByLabel('Find the case').fill('Ousmane');
  const choice = `${husband.reference} · Ousmane Ndiaye`;
  await expect(add.getByRole('option', { name: choice })).toBeAttached();
  await add.getByRole('combobox', { name: 'Case' }).selectOption({ label: choice });
  await add.getByRole('button', { name: 'Add a member' }).click();
  await expect(add).toBeHidden();
  const spouse = members.filter({ hasText: 'Ousmane Ndiaye' });
  await expect(spouse).toContainText('Stays behind');
  await expect(spouse.getByRole('link', { name: husband.reference })).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toContainText(
    'Household member added: Spouse or partner, stays behind',
  );
  await expectAccessible(page, 'case page with a household');

  // He returns after all.
  await spouse.getByRole('button', { name: 'Change: Ousmane Ndiaye' }).click();
  const change = page.getByRole('dialog', { name: 'Change the membership of Ousmane Ndiaye' });
  await change.getByRole('radio', { name: 'Returns together' }).check();
  await expectAccessible(page, 'change household member dialog');
  await change.getByRole('button', { name: 'Save' }).click();
  await expect(change).toBeHidden();
  await expect(spouse).toContainText('Returns together');

  // The child's own case, opened from the household.
  await child.getByRole('button', { name: 'Open a case for this child: Awa Diop' }).click();
  const open = page.getByRole('dialog', { name: 'Open a case for Awa Diop' });
  await expect(open).toContainText('rights holder of their own');
  await expect(open.getByRole('radio', { name: 'Post-return' })).toBeChecked();
  await expectAccessible(page, 'open a child’s case dialog');
  await open.getByRole('textbox', { name: 'Programme', exact: true }).fill('AVRR');
  await open
    .getByRole('radiogroup', { name: 'Is the person eligible for the programme?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await open.getByRole('textbox', { name: 'Reasons', exact: true }).fill('Returns with her mother.');
  await open
    .getByRole('radiogroup', { name: 'Does the person need medium- to long-term services?' })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await open
    .getByRole('radiogroup', {
      name: 'Is the person at medium to high risk of violence, exploitation or abuse?',
    })
    .getByRole('radio', { name: 'No' })
    .check();
  await open.getByLabel('The person has consented to registration').check();
  await open.getByRole('radio', { name: 'Written' }).check();
  await open.getByLabel('Given by').fill('Fatou Diop, her mother');
  await open.getByRole('button', { name: 'Open the case' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Awa Diop' })).toBeVisible();
  await expect(page.getByText('Consent to registration: given (Written')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Household' }).getByRole('listitem').filter({ hasText: 'Awa Diop' }),
  ).toContainText('This case');
  const childCase = page.url();

  // Back on the mother's case, the child's case is linked from the household.
  await page.goto(`/cases/${mother.id}`);
  const link = child.getByRole('link', { name: /^GH-/ });
  const childReference = (await link.textContent()) ?? '';
  await link.click();
  await expect(page).toHaveURL(childCase);
  await page.goBack();
  await expect(child.getByRole('button', { name: /Open a case/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toContainText(
    `Own case ${childReference} opened for a household member (Child)`,
  );
});

test.describe('on a 360 px phone in Arabic', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the case page with a household and its dialogs fit and pass axe', async ({ page, request }) => {
    const admin = await AdminApi.signIn(request);
    const { officeId } = await admin.missionWithOffice('GW');
    const caseworker = await admin.user({ role: 'caseworker', officeId, language: 'ar' });
    await signIn(page, caseworker.username, caseworker.password);
    const opened = await openCase(page.request, { givenNames: 'مريم', familyName: 'جالو', birthYear: 1990 });
    await addHouseholdMember(page.request, opened.id, {
      relationship: 'child',
      returnsTogether: true,
      givenNames: 'آمنة',
      familyName: 'جالو',
      sex: 'female',
      dateOfBirth: '2018-06-01',
    });
    await addHouseholdMember(page.request, opened.id, {
      relationship: 'grandparent',
      returnsTogether: false,
      givenNames: 'عائشة',
      familyName: 'جالو',
      sex: 'female',
      dateOfBirth: '1950-01-01',
    });

    await page.goto(`/cases/${opened.id}`);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const household = page.getByRole('region', { name: 'الأسرة المعيشية' });
    const child = household.getByRole('listitem').filter({ hasText: 'آمنة جالو' });
    await expect(child).toContainText('دون 18 عامًا');
    await expect(household.getByRole('listitem').filter({ hasText: 'عائشة جالو' })).toContainText(
      'يبقى في مكانه',
    );
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'case page with a household (ar)');

    await household.getByRole('button', { name: 'إضافة فرد' }).click();
    const add = page.getByRole('dialog', { name: 'إضافة فرد إلى أسرة مريم جالو' });
    await expect(add.getByLabel('صلة القرابة')).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'add household member dialog (ar)');
    await add.getByRole('button', { name: 'إلغاء', exact: true }).click();

    await child.getByRole('button', { name: 'فتح ملف لهذا الطفل: آمنة جالو' }).click();
    const open = page.getByRole('dialog', { name: 'فتح ملف لـآمنة جالو' });
    await expect(open).toContainText('صاحب حقوق');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'open a child’s case dialog (ar)');
  });
});
