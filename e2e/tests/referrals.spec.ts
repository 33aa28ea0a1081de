// Referrals from the caseworker's side (seed-003 part A): a supervisor lists
// a training provider and its tailoring course in the service directory; a
// caseworker refers a returnee to it, choosing and seeing exactly what data
// goes, records the consent to referral on the way to sending it, follows it
// on the follow-up list, makes a one-time link for a partner without an
// account, and cancels another referral with a reason. The gaps view shows
// needs no service meets. The partner's side is partner.spec.ts.
import { expect, type Page, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { moveCase, openCase } from '../support/cases.ts';
import { unique } from '../support/constants.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn, signOut } from '../support/pages.ts';

const name = 'Mariama Camara';

/** The referral card named by its service and provider, newest first. */
const referralCards = (page: Page, service: string) =>
  page.getByRole('region', { name: 'Referrals' }).getByRole('article', { name: service });

test('a supervisor lists a service; a caseworker refers, sends, follows up, makes a link and cancels; the pages fit a phone in Arabic', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('ML');
  const supervisor = await admin.user({ role: 'supervisor', officeId });
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  const providerName = unique('Centre de formation ');

  // --- The supervisor lists the provider and its course in the directory. ---
  await signIn(page, supervisor.username, supervisor.password);
  await page.goto('/directory');
  await expect(page.getByRole('heading', { level: 1, name: 'Service directory' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a provider' }).click();
  const providerDialog = page.getByRole('dialog', { name: 'Add a provider' });
  await providerDialog.getByRole('button', { name: 'Save' }).click();
  await expect(providerDialog.getByText('Required')).toBeVisible();
  await providerDialog.getByRole('textbox', { name: 'Name', exact: true }).fill(providerName);
  await providerDialog.getByLabel('Kind of organisation').fill('Training centre');
  await providerDialog.getByLabel('Contact person').fill('Aïssata Traoré');
  await providerDialog
    .getByLabel('Agreement', { exact: true })
    .selectOption({ label: 'Memorandum of understanding' });
  await expectAccessible(page, 'provider dialog');
  await providerDialog.getByRole('button', { name: 'Save' }).click();
  await expect(providerDialog).toBeHidden();

  const provider = page.getByRole('region', { name: providerName });
  await expect(provider).toContainText('No services listed.');
  await provider.getByRole('button', { name: 'Add a service' }).click();
  const serviceDialog = page.getByRole('dialog', { name: `Add a service of ${providerName}` });
  await serviceDialog.getByLabel('Name of the service').fill('Tailoring course');
  await serviceDialog
    .getByLabel('Type of service')
    .selectOption({ label: 'Technical and vocational training' });
  await serviceDialog.getByLabel('Criteria').fill('Returnees with no diploma');
  await serviceDialog.getByLabel('Minimum age').fill('18');
  await serviceDialog.getByLabel('Maximum age').fill('35');
  await serviceDialog.getByLabel('Highest school year').fill('10');
  await serviceDialog.getByLabel('Places served').fill('Bamako\nKati');
  await serviceDialog.getByLabel('Cost to the returnee').fill('Free');
  await serviceDialog.getByRole('textbox', { name: 'Languages' }).fill('French, Bambara');
  await serviceDialog.getByLabel('Waiting time in days').fill('14');
  await serviceDialog.getByRole('checkbox', { name: 'Education level' }).check();
  await expectAccessible(page, 'service dialog');
  await serviceDialog.getByRole('button', { name: 'Save' }).click();
  await expect(serviceDialog).toBeHidden();
  const course = provider.getByRole('article', { name: 'Tailoring course' });
  await expect(course).toContainText('Available, adequate, accessible');
  await expect(course).toContainText('from age 18 · up to age 35 · schooling up to year 10');
  await expect(course).toContainText('Bamako, Kati');
  await expectAccessible(page, 'directory');

  // --- Gaps (Annex 7): the course covers its type; types with nothing adequate stand out. ---
  await page.getByRole('tab', { name: 'Gaps' }).click();
  const gaps = page.getByRole('region', { name: 'Gaps' });
  await expect(gaps.getByRole('row', { name: /Technical and vocational training/ })).not.toContainText('Gap');
  await expect(gaps.getByRole('row', { name: /Documentation/ })).toContainText('Gap');
  await expectAccessible(page, 'gaps view');
  await signOut(page);

  // --- The caseworker refers the returnee from the case page. ---
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, {
    givenNames: 'Mariama',
    familyName: 'Camara',
    birthYear: 1998,
  });
  await moveCase(page.request, opened, 'registered');
  await page.goto(`/cases/${opened.id}`);
  const section = page.getByRole('region', { name: 'Referrals' });
  await expect(section).toContainText('No referrals yet.');
  await section.getByRole('button', { name: 'Refer', exact: true }).click();
  const refer = page.getByRole('dialog', { name: `Refer ${name} to a service` });
  await refer
    .getByLabel('Need', { exact: true })
    .selectOption({ label: 'Technical and vocational training' });
  await refer.getByRole('radio', { name: `Tailoring course — ${providerName}` }).check();
  // What the caseworker checks before referring, and what would go.
  await expect(refer).toContainText('Returnees with no diploma');
  await expect(refer.getByRole('checkbox', { name: 'Name' })).toBeChecked();
  await expect(refer.getByRole('checkbox', { name: 'Phone' })).toBeChecked();
  await expect(refer.getByRole('checkbox', { name: 'Education level' })).toBeChecked();
  await expect(refer.getByRole('row', { name: /Name/ }).first()).toContainText(name);
  await expect(refer.getByRole('row', { name: /Phone/ })).toContainText('+224622001122');
  await expect(refer.getByLabel('Why this data is shared')).toHaveCount(0);
  // The course's criteria: her age is on the case, her schooling is asked for.
  const criteria = refer.getByRole('group', { name: 'The partner’s criteria' });
  await expect(criteria).toContainText('Not known: schooling.');
  await criteria.getByLabel('Last school year completed').fill('9');
  await expect(criteria).toContainText('The person meets the partner’s criteria.');
  // Health is sensitive: it goes only with a reason.
  await refer.getByRole('checkbox', { name: 'Health (sensitive)' }).check();
  await refer
    .getByLabel('Why the returnee is referred')
    .fill('Wants to train as a tailor before opening a shop');
  await refer.getByRole('radio', { name: 'Urgent' }).check();
  await refer.getByLabel('The returnee has been told about this service').check();
  await refer.getByRole('button', { name: 'Save the referral' }).click();
  await expect(refer.getByLabel('Why this data is shared')).toHaveAccessibleDescription(
    /health or vulnerability/,
  );
  await expect(refer.getByText('Required')).toBeVisible();
  await refer
    .getByLabel('Why this data is shared')
    .fill('The course adapts its hours to a chronic condition');
  await expectAccessible(page, 'refer dialog');
  await refer.getByRole('button', { name: 'Save the referral' }).click();
  await expect(refer).toBeHidden();

  const service = `Tailoring course — ${providerName}`;
  const card = referralCards(page, service).first();
  await expect(card).toContainText('Draft');
  await expect(card).toContainText('Urgent');
  await expect(card).toContainText('Shared with the partner: Name, Phone, Education level, Health');
  await expect(card).toContainText('Returnee informed');

  // --- Sending: no consent to referral yet, so it is recorded on the way. ---
  await card.getByRole('button', { name: 'Send' }).click();
  let send = page.getByRole('dialog', { name: 'Send the referral' });
  await expect(send).toContainText('No consent to referral on this case');
  await expectAccessible(page, 'send dialog without consent');
  await send.getByRole('button', { name: 'Record the consent' }).click();
  const consent = page.getByRole('dialog', { name: 'Record consent' });
  await expect(consent.getByLabel('What the consent is for')).toHaveValue('referral');
  await consent.getByRole('radio', { name: 'Written' }).check();
  await consent.getByRole('button', { name: 'Record consent' }).click();
  send = page.getByRole('dialog', { name: 'Send the referral' });
  await expect(send).not.toContainText('No consent to referral on this case');
  await send.getByRole('button', { name: 'Send' }).click();
  await expect(send).toBeHidden();
  await expect(card).toContainText('Sent');
  await expect(card).toContainText('Due');

  // --- The follow-up list shows it, with its case and provider. ---
  await page.goto('/referrals');
  const row = page.getByRole('row', { name: new RegExp(opened.reference) });
  await expect(row).toContainText(providerName);
  await expect(row).toContainText('Sent');
  await page.getByRole('switch', { name: 'Overdue only' }).check();
  await expect(page.getByRole('row', { name: new RegExp(opened.reference) })).toHaveCount(0);
  await expectAccessible(page, 'follow-up list');
  await page.getByRole('switch', { name: 'Overdue only' }).uncheck();
  await row.getByRole('link', { name: opened.reference }).click();

  // --- A one-time link for a partner without an account, shown once. ---
  await card.getByRole('button', { name: 'Make a one-time link' }).click();
  let linkDialog = page.getByRole('dialog', { name: 'One-time link for the partner' });
  await linkDialog.getByLabel('Valid for').selectOption({ label: '3 days' });
  await linkDialog.getByRole('button', { name: 'Make the link' }).click();
  const link = linkDialog.getByLabel('Link for the partner');
  await expect(link).toHaveValue(/\/partner\/link\/[\w-]{20,}$/);
  await expect(linkDialog).toContainText('it is shown only once');
  await expectAccessible(page, 'link dialog');
  await linkDialog.getByRole('button', { name: 'Close' }).last().click();
  await card.getByRole('button', { name: 'Make a one-time link' }).click();
  linkDialog = page.getByRole('dialog', { name: 'One-time link for the partner' });
  await expect(linkDialog.getByLabel('Link for the partner')).toHaveCount(0);
  await linkDialog.getByRole('button', { name: 'Cancel' }).click();

  // --- Another referral, cancelled with its reason. ---
  await section.getByRole('button', { name: 'Refer', exact: true }).click();
  const again = page.getByRole('dialog', { name: `Refer ${name} to a service` });
  await again.getByRole('textbox', { name: 'Words' }).fill('Tailoring');
  await again.getByRole('radio', { name: service }).check();
  await again.getByLabel('Why the returnee is referred').fill('A second intake in Kati');
  // Beyond the course's schooling limit: only with a reason the partner will read.
  await again.getByLabel('Last school year completed').fill('12');
  await expect(again.getByRole('group', { name: 'The partner’s criteria' })).toContainText(
    'Not met: schooling.',
  );
  await again.getByRole('button', { name: 'Save the referral' }).click();
  await expect(again.getByLabel('Why refer all the same')).toHaveAccessibleDescription(/partner reads this/);
  await expect(again.getByText('Required')).toBeVisible();
  await again.getByLabel('Why refer all the same').fill('The Kati centre takes her with her diploma');
  await expectAccessible(page, 'refer dialog outside the criteria');
  await again.getByRole('button', { name: 'Save the referral' }).click();
  await expect(again).toBeHidden();
  const second = referralCards(page, service).first();
  await expect(second).toContainText('Draft');
  await expect(second).toContainText(
    'Referred outside the partner’s criteria: The Kati centre takes her with her diploma',
  );
  await second.getByRole('button', { name: 'Cancel the referral' }).click();
  const cancel = page.getByRole('dialog', { name: 'Cancel the referral' });
  await cancel.getByRole('button', { name: 'Cancel the referral' }).click();
  await expect(cancel.getByText('Required')).toBeVisible();
  await cancel.getByRole('textbox').fill('She chose the Bamako intake instead');
  await cancel.getByRole('button', { name: 'Cancel the referral' }).click();
  await expect(cancel).toBeHidden();
  await expect(second).toContainText('Cancelled');
  await expect(second).toContainText('Why: She chose the Bamako intake instead');
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Referral now: Cancelled');
  await expectAccessible(page, 'case page with referrals');

  // --- In Arabic on a 360 px phone: the section and the directory, right to left, nothing too wide. ---
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  const sectionAr = page.getByRole('region', { name: 'الإحالات' });
  await sectionAr.scrollIntoViewIfNeeded();
  await expect(sectionAr).toContainText('ملغاة');
  await expect(sectionAr).toContainText('مُرسلة');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'referrals section (ar, phone)');
  await sectionAr.getByRole('button', { name: 'إحالة', exact: true }).click();
  await expect(page.getByRole('dialog', { name: `إحالة ${name} إلى خدمة` })).toBeVisible();
  await expectAccessible(page, 'refer dialog (ar, phone)');
  await page.keyboard.press('Escape');

  await page.goto('/directory');
  await expect(page.getByRole('heading', { level: 1, name: 'دليل الخدمات' })).toBeVisible();
  await expect(page.getByRole('region', { name: providerName })).toContainText('Tailoring course');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'directory (ar, phone)');
  await page.getByRole('tab', { name: 'الثغرات' }).click();
  await expect(page.getByRole('region', { name: 'الثغرات' })).toContainText('ثغرة');
  await expectNoSidewaysScroll(page);
});
