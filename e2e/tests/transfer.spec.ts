// Transferring a case to a government caseworker: only with the person's
// consent, proposed by one supervisor, approved by another from the approvals
// queue, and received by the recipient.
import { expect, type Page, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { moveCase, openCase, proposeTransfer, recordConsent } from '../support/cases.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

/** A second person signed in beside the first, in their own browser context. */
async function colleaguePage(page: Page, user: { username: string; password: string }) {
  const context = await page.context().browser()?.newContext();
  if (!context) throw new Error('no browser');
  const other = await context.newPage();
  await signIn(other, user.username, user.password);
  return { other, close: () => context.close() };
}

test('a supervisor proposes a transfer once consent is recorded; another approves it from the approvals queue; receipt is confirmed', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('TD');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  const proposer = await admin.user({ role: 'supervisor', officeId });
  const approver = await admin.user({ role: 'supervisor', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, { givenNames: 'Hawa', familyName: 'Mahamat' });
  await moveCase(page.request, opened, 'registered');
  // A caseworker has no approvals queue.
  await expect(
    page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Approvals' }),
  ).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, proposer.username, proposer.password);
  await page.goto(`/cases/${opened.id}`);
  await page.getByRole('button', { name: 'Transfer to a partner or government' }).click();
  const dialog = page.getByRole('dialog', { name: `Transfer ${opened.reference}` });
  await expect(dialog).toContainText('The person’s consent to the transfer is not on file.');
  await expect(dialog.getByRole('button', { name: 'Propose the transfer' })).toBeDisabled();
  await expectAccessible(page, 'transfer dialog without consent');

  await dialog.getByRole('button', { name: 'Record consent to the transfer' }).click();
  const consent = page.getByRole('dialog', { name: 'Record consent' });
  await expect(consent.getByLabel('What the consent is for')).toHaveValue('transfer');
  await consent.getByRole('radio', { name: 'Verbal' }).check();
  await consent.getByRole('button', { name: 'Record consent' }).click();
  await expect(consent).toBeHidden();

  await expect(dialog).not.toContainText('not on file');
  await dialog.getByRole('button', { name: 'Propose the transfer' }).click();
  await expect(dialog.getByText('Required')).toHaveCount(5);
  await dialog.getByRole('radio', { name: 'Government caseworker' }).check();
  await dialog.getByLabel('Organisation or service').fill('Direction de l’action sociale, Abéché');
  await dialog.getByLabel('Contact person').fill('Achta Idriss');
  await dialog.getByLabel('Contact details (optional)').fill('+235 66 00 00 00');
  await dialog.getByLabel('Why the case is transferred').fill('The social services take the follow-up on.');
  await dialog
    .getByLabel('What the recipient needs to know')
    .fill('Medical follow-up for her son; rent paid until March.');
  await expectAccessible(page, 'transfer dialog');
  await dialog.getByRole('button', { name: 'Propose the transfer' }).click();
  await expect(dialog).toBeHidden();

  const transfer = page.getByRole('region', { name: 'Transfer', exact: true });
  await expect(transfer).toContainText('Waiting for a supervisor’s approval');
  await expect(transfer).toContainText('Direction de l’action sociale, Abéché');
  // Four eyes: the proposer cannot approve their own proposal.
  await expect(transfer).toContainText(
    'You proposed this transfer: another supervisor approves or refuses it.',
  );
  await expect(transfer.getByRole('button', { name: 'Approve the transfer' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Transfer to a partner or government' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'History' }).getByRole('listitem').first()).toContainText(
    'Transfer proposed to Direction de l’action sociale, Abéché (Government caseworker)',
  );
  await expectAccessible(page, 'case page with a transfer awaiting approval');

  const { other, close } = await colleaguePage(page, approver);
  await other.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Approvals' }).click();
  await expect(other.getByRole('heading', { level: 1, name: 'Approvals' })).toBeVisible();
  const card = other.getByRole('article', { name: new RegExp(opened.reference) });
  await expect(card).toContainText('Transfer');
  await expect(card).toContainText('The social services take the follow-up on.');
  await expect(card).toContainText(proposer.displayName);
  await expectAccessible(other, 'approvals');
  await card.getByRole('link', { name: /Open the case to decide/ }).click();

  await expect(other.getByRole('heading', { level: 1, name: 'Hawa Mahamat' })).toBeVisible();
  const decision = other.getByRole('region', { name: 'Transfer', exact: true });
  await decision.getByRole('button', { name: 'Approve the transfer' }).click();
  await expect(decision).toContainText('Approved: to be handed to the recipient');
  await expect(decision).toContainText(approver.displayName);
  await decision.getByRole('button', { name: 'Confirm receipt' }).click();
  await expect(decision).toContainText('Received by the recipient');
  const history = other.getByRole('region', { name: 'History' }).getByRole('listitem');
  await expect(history.first()).toContainText('Transfer received by the recipient');
  await expect(history.nth(1)).toContainText('Transfer approved');

  await other.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Approvals' }).click();
  await expect(other.getByText('Nothing is waiting for your approval.')).toBeVisible();
  await close();
});

test('a supervisor refuses a transfer with a reason', async ({ page, request }) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('CV');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  const supervisor = await admin.user({ role: 'supervisor', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, { givenNames: 'Djamila', familyName: 'Fortes' });
  await recordConsent(page.request, opened.id, 'transfer');
  await proposeTransfer(page.request, opened.id);

  await page.goto(`/cases/${opened.id}`);
  const transfer = page.getByRole('region', { name: 'Transfer', exact: true });
  await expect(transfer).toContainText('Waiting for a supervisor to approve or refuse the transfer.');

  const { other, close } = await colleaguePage(page, supervisor);
  await other.goto(`/cases/${opened.id}`);
  const decision = other.getByRole('region', { name: 'Transfer', exact: true });
  await decision.getByRole('button', { name: 'Refuse' }).click();
  const refuse = other.getByRole('dialog', { name: 'Refuse the transfer' });
  await refuse.getByLabel('Reason').fill('The regional services have no caseworker until June.');
  await expectAccessible(other, 'refuse transfer dialog');
  await refuse.getByRole('button', { name: 'Refuse' }).click();
  await expect(refuse).toBeHidden();
  await expect(decision).toContainText('Refused');
  await expect(decision).toContainText('The regional services have no caseworker until June.');
  const latest = other.getByRole('region', { name: 'History' }).getByRole('listitem').first();
  await expect(latest).toContainText('Transfer refused');
  await expect(latest).toContainText('Reason: The regional services have no caseworker until June.');
  // Refused, it no longer stands in the way of another proposal.
  await expect(other.getByRole('button', { name: 'Transfer to a partner or government' })).toBeVisible();
  await close();
});

test.describe('on a 360 px phone in Arabic', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the approvals queue and a transfer on the case page fit and pass axe', async ({ page, request }) => {
    const admin = await AdminApi.signIn(request);
    const { officeId } = await admin.missionWithOffice('MR');
    const caseworker = await admin.user({ role: 'caseworker', officeId });
    const supervisor = await admin.user({ role: 'supervisor', officeId, language: 'ar' });
    await signIn(page, caseworker.username, caseworker.password);
    const opened = await openCase(page.request, { givenNames: 'مريم', familyName: 'ولد أحمد' });
    await recordConsent(page.request, opened.id, 'transfer');
    await proposeTransfer(page.request, opened.id);

    await page.context().clearCookies();
    await signIn(page, supervisor.username, supervisor.password);
    await page.getByRole('button', { name: 'فتح القائمة' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'الموافقات' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'الموافقات' })).toBeVisible();
    const card = page.getByRole('article', { name: new RegExp(opened.reference) });
    await expect(card).toContainText('نقل');
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'approvals (ar)');

    await card.getByRole('link', { name: /فتح الملف لاتخاذ القرار/ }).click();
    const transfer = page.getByRole('region', { name: 'النقل', exact: true });
    await expect(transfer).toContainText('بانتظار موافقة مشرف');
    await expect(transfer.getByRole('button', { name: 'الموافقة على النقل' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'case page with a transfer (ar)');
  });
});
