// Two records of one person: a supervisor merges the duplicate registration
// into the case that is worked, choosing field by field, and the history keeps
// both values; or anyone on the case records that the two are different people.
import { expect, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { openCase } from '../support/cases.ts';
import { expectAccessible, signIn } from '../support/pages.ts';

test('a supervisor merges a duplicate registration: the merged case points to the survivor, which keeps both values', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('CM');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  const supervisor = await admin.user({ role: 'supervisor', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  // The same passport and phone, registered twice with a different year of birth.
  const survivor = await openCase(page.request, {
    givenNames: 'Mariama',
    familyName: 'Sow',
    birthYear: 1990,
  });
  const duplicate = await openCase(page.request, {
    givenNames: 'Mariama',
    familyName: 'Sowe',
    birthYear: 1991,
  });

  // A caseworker sees the duplicate, and may say it is someone else, but not merge.
  await page.goto(`/cases/${survivor.id}`);
  const duplicates = page.getByRole('region', { name: 'Possible duplicates' });
  const card = duplicates.getByRole('listitem').filter({ hasText: duplicate.reference });
  await expect(card).toContainText('Same document number');
  await expect(
    card.getByRole('button', { name: `Not the same person: ${duplicate.reference}` }),
  ).toBeVisible();
  await expect(card.getByRole('button', { name: /Merge into this case/ })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, supervisor.username, supervisor.password);
  await page.goto(`/cases/${survivor.id}`);
  await card.getByRole('button', { name: `Merge into this case: ${duplicate.reference}` }).click();
  const dialog = page.getByRole('dialog', {
    name: `Merge ${duplicate.reference} into ${survivor.reference}`,
  });
  const year = dialog.getByRole('radiogroup', { name: 'Year of birth' });
  // As the server would without a choice: this case's value.
  await expect(year.getByRole('radio', { name: `This case (${survivor.reference}): 1990` })).toBeChecked();
  await expectAccessible(page, 'merge dialog');
  await year.getByRole('radio', { name: `Duplicate (${duplicate.reference}): 1991` }).check();
  await dialog.getByRole('button', { name: 'Merge into this case' }).click();
  await expect(dialog).toBeHidden();

  await expect(duplicates).toContainText('No other record within your reach looks like this person.');
  const person = page.getByRole('region', { name: 'Person', exact: true });
  await expect(person).toContainText('1991 (year only)');
  const merged = person.getByRole('region', { name: 'Merged records' });
  const row = merged.getByRole('row').filter({ hasText: 'Year of birth' });
  await expect(row.getByRole('cell').nth(0)).toHaveText('1990');
  await expect(row.getByRole('cell').nth(1)).toHaveText('1991');
  await expect(row.getByRole('cell').nth(2)).toHaveText('The duplicate’s');
  await expect(merged).toContainText(`Merged on`);
  await expect(merged).toContainText('Mariama Sowe');
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toContainText(
    `Duplicate record ${duplicate.reference} merged into this case`,
  );
  await expectAccessible(page, 'case page with a merge history');

  // The duplicate is closed and sends whoever opens it on to the survivor.
  await page.goto(`/cases/${duplicate.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Mariama Sowe' })).toBeVisible();
  await expect(
    page.getByText(`This record was a duplicate and has been merged into ${survivor.reference}`),
  ).toBeVisible();
  await expect(page.getByText('Closed', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Possible duplicates' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toContainText(
    `Merged into ${survivor.reference} as a duplicate and closed`,
  );
  await expectAccessible(page, 'merged case with its banner');
  await page.getByRole('link', { name: `Open ${survivor.reference}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mariama Sow' })).toBeVisible();
});

test('a caseworker records that a likely duplicate is someone else, and it leaves the list', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('CD');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const one = await openCase(page.request, { givenNames: 'Kadiatou', familyName: 'Barry', birthYear: 1985 });
  const other = await openCase(page.request, { givenNames: 'Kadiatou', familyName: 'Bari', birthYear: 1985 });

  await page.goto(`/cases/${one.id}`);
  const duplicates = page.getByRole('region', { name: 'Possible duplicates' });
  await expect(duplicates.getByRole('listitem').filter({ hasText: other.reference })).toBeVisible();
  await expectAccessible(page, 'case page with a likely duplicate');
  await duplicates.getByRole('button', { name: `Not the same person: ${other.reference}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Not the same person' });
  await expect(dialog).toContainText(`Kadiatou Bari (${other.reference}) is someone else`);
  await dialog.getByLabel('Why (optional)').fill('Met both: sisters-in-law, different fathers.');
  await expectAccessible(page, 'not the same person dialog');
  await dialog.getByRole('button', { name: 'Record as different people' }).click();
  await expect(dialog).toBeHidden();
  await expect(duplicates).toContainText('No other record within your reach looks like this person.');
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toContainText(
    `Recorded as a different person from ${other.reference}`,
  );

  // Nor is the first offered as the second's duplicate.
  await page.goto(`/cases/${other.id}`);
  await expect(page.getByRole('region', { name: 'Possible duplicates' })).toContainText(
    'No other record within your reach looks like this person.',
  );
});
