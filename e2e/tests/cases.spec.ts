import { expect, type Page, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { moveCase, openCase } from '../support/cases.ts';
import { signIn } from '../support/pages.ts';

async function goToCases(page: Page) {
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Cases' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cases' })).toBeVisible();
}

async function answer(page: Page, question: string, choice: 'Yes' | 'No') {
  await page.getByRole('radiogroup', { name: question }).getByRole('radio', { name: choice }).check();
}

/** Step 2 of a registration, after the search: what every case needs. */
async function fillRegistration(page: Page, options: { consent: boolean }) {
  await page.getByLabel('Sex').selectOption('male');
  await page.getByRole('textbox', { name: 'Programme', exact: true }).fill('AVRR');
  await answer(page, 'Is the person eligible for the programme?', 'Yes');
  await page
    .getByRole('textbox', { name: 'Reasons', exact: true })
    .fill('Stranded in Agadez; asked to go home.');
  await answer(page, 'Does the person need medium- to long-term services?', 'No');
  await answer(page, 'Is the person at medium to high risk of violence, exploitation or abuse?', 'Yes');
  if (options.consent) {
    await page.getByLabel('The person has consented to registration').check();
    await page.getByRole('radio', { name: 'Verbal' }).check();
  }
}

test('a caseworker searches before registering, is shown a likely duplicate, registers someone else and moves a case', async ({
  page,
  request,
  browser,
}) => {
  const admin = await AdminApi.signIn(request);
  const here = await admin.missionWithOffice('GN');
  const elsewhere = await admin.missionWithOffice('GM');
  const caseworker = await admin.user({ role: 'caseworker', officeId: here.officeId });
  const stranger = await admin.user({ role: 'caseworker', officeId: elsewhere.officeId });

  await signIn(page, caseworker.username, caseworker.password);
  await goToCases(page);
  await expect(page.getByText('No cases match these filters.')).toBeVisible();

  // The first registration: searching finds nobody, so the form opens pre-filled from the search.
  await page.getByRole('link', { name: 'New case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New case' })).toBeVisible();
  const register = page.getByRole('button', { name: 'Register a new person' });
  await expect(register).toBeDisabled();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Mamadou Diallo');
  await page.getByLabel('Year of birth').fill('1994');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('Nobody on file within your reach looks like this person.')).toBeVisible();
  await register.click();
  await expect(page.getByRole('heading', { level: 2, name: 'Step 2: register a new person' })).toBeFocused();
  await expect(page.getByLabel('Given names')).toHaveValue('Mamadou');
  await expect(page.getByLabel('Family name')).toHaveValue('Diallo');
  await expect(page.getByLabel('Year of birth')).toHaveValue('1994');
  // Nothing answered yet: the form says what is missing instead of sending.
  await page.getByRole('button', { name: 'Open the case' }).click();
  await expect(page.getByText('Some fields need attention.')).toBeVisible();
  await fillRegistration(page, { consent: true });
  await page.getByRole('button', { name: 'Open the case' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Mamadou Diallo' })).toBeVisible();
  await expect(page.getByText('Consent to registration: given (Verbal')).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Case opened (Post-return)');

  // Screening → registered: allowed because the person is eligible and consented.
  await page.getByRole('button', { name: 'Move case' }).click();
  const dialog = page.getByRole('dialog', { name: /^Move case / });
  await dialog.getByRole('radio', { name: 'Registered' }).check();
  await dialog.getByRole('button', { name: 'Move case' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Registered', { exact: true }).first()).toBeVisible();
  // Registering also starts the needs assessment, which the history lists after the move.
  await expect(history.getByRole('listitem').nth(1)).toContainText('Moved from Screening to Registered');
  await expect(history.getByRole('listitem').first()).toContainText('Task added: Needs assessment');

  // The second registration: a differently spelt search finds the first person.
  await goToCases(page);
  await page.getByRole('link', { name: 'New case' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Mamadu Dialo');
  await page.getByLabel('Year of birth').fill('1994');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const match = page.getByRole('listitem').filter({ hasText: 'Mamadou Diallo' });
  await expect(match).toBeVisible();
  await expect(match).toContainText('The name is written in a similar way');
  await expect(match).toContainText('The name sounds alike');
  await expect(match).toContainText('Same year of birth');
  await expect(match.getByRole('progressbar', { name: 'Likeness' })).toBeVisible();
  await expect(match.getByRole('link', { name: /Open this case/ })).toBeVisible();

  // Someone else after all: changed details must be searched again before registering.
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Awa Camara');
  await page.getByLabel('Year of birth').fill('2001');
  await expect(register).toBeDisabled();
  await expect(page.getByText('The details have changed since the last search')).toBeVisible();
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('Nobody on file within your reach looks like this person.')).toBeVisible();
  await register.click();
  await expect(page.getByLabel('Given names')).toHaveValue('Awa');
  await fillRegistration(page, { consent: false });
  await page.getByLabel('Mark this case as sensitive').check();
  await page.getByRole('button', { name: 'Open the case' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Awa Camara' })).toBeVisible();
  await expect(page.getByText('Consent to registration: not recorded yet')).toBeVisible();
  await expect(page.getByText('Sensitive case: only staff named on it can see it.')).toBeVisible();

  // Without consent, registering is refused before anything is sent.
  await page.getByRole('button', { name: 'Move case' }).click();
  await dialog.getByRole('radio', { name: 'Registered' }).check();
  await expect(dialog).toContainText('Registration needs a screening that found the person eligible');
  await expect(dialog.getByRole('button', { name: 'Move case' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await goToCases(page);
  await expect(page.getByText('1–2 of 2')).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: 'Mamadou Diallo' })).toContainText('Registered');
  await expect(rows.filter({ hasText: 'Awa Camara' })).toContainText('Sensitive');
  await page.getByLabel('Status').selectOption('registered');
  await expect(page.getByText('1–1 of 1')).toBeVisible();
  await expect(rows.filter({ hasText: 'Awa Camara' })).toHaveCount(0);

  // A caseworker of another office sees none of it.
  const otherContext = await browser.newContext();
  const otherPage = await otherContext.newPage();
  await signIn(otherPage, stranger.username, stranger.password);
  await goToCases(otherPage);
  await expect(otherPage.getByText('No cases match these filters.')).toBeVisible();
  await expect(otherPage.getByText('Mamadou Diallo')).toHaveCount(0);
  await otherContext.close();
});

test('a move crossing someone else’s is refused, then made after a reload; consent is recorded on the case', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('ML');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, {
    givenNames: 'Fatoumata',
    familyName: 'Bah',
    birthYear: 1988,
  });
  const unconsented = await openCase(
    page.request,
    { givenNames: 'Ibrahima', familyName: 'Sow' },
    { consent: false },
  );

  await page.goto(`/cases/${opened.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Fatoumata Bah' })).toBeVisible();
  await page.getByRole('button', { name: 'Move case' }).click();
  const dialog = page.getByRole('dialog', { name: `Move case ${opened.reference}` });
  await dialog.getByRole('radio', { name: 'Registered' }).check();

  // Meanwhile a colleague registers the same case.
  await moveCase(page.request, opened, 'registered');
  await dialog.getByRole('button', { name: 'Move case' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Changed by someone else');
  await dialog.getByRole('button', { name: 'Reload' }).click();
  await expect(dialog.getByRole('radio', { name: 'Registered' })).toHaveCount(0);

  // Suspending needs a reason, which the history keeps.
  await dialog.getByRole('radio', { name: 'Suspended' }).check();
  await dialog.getByRole('button', { name: 'Move case' }).click();
  await expect(dialog.getByText('Required')).toBeVisible();
  await dialog.getByLabel('Reason').fill('Security: the road to the village is closed.');
  await dialog.getByRole('button', { name: 'Move case' }).click();
  await expect(dialog).toBeHidden();
  const latest = page.getByRole('region', { name: 'History' }).getByRole('listitem').first();
  await expect(latest).toContainText('Moved from Registered to Suspended');
  await expect(latest).toContainText('Reason: Security: the road to the village is closed.');

  await page.goto(`/cases/${unconsented.id}`);
  await expect(page.getByText('Consent to registration: not recorded yet')).toBeVisible();
  await page.getByRole('button', { name: 'Record consent' }).click();
  const consent = page.getByRole('dialog', { name: 'Record consent' });
  await expect(consent.getByLabel('What the consent is for')).toHaveValue('registration');
  await expect(consent.getByLabel('Given by')).toHaveValue('Ibrahima Sow');
  await consent.getByRole('radio', { name: 'Written' }).check();
  await consent.getByRole('button', { name: 'Record consent' }).click();
  await expect(consent).toBeHidden();
  await expect(page.getByText('Consent to registration: given (Written')).toBeVisible();
  // The header row and the consent just recorded.
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2);
});
