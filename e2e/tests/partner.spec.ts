// The referral partner's side: a partner organisation's user answers the
// referrals sent to it and sees only what the caseworker chose to share; a
// partner without an account answers once through a one-time link.
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { openCase, recordReferralOutcome, referralLink, sendReferral } from '../support/cases.ts';
import { administrator, baseURL, unique } from '../support/constants.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

/** Someone in their own browser context, so that each keeps their own session. */
async function ownPage(browser: Browser): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  return { page: await context.newPage(), close: () => context.close() };
}

/**
 * An office with a caseworker, and a training centre its supervisor adds to
 * the directory with one course. The supervisor signs in on a request context
 * of their own: the administrator's stays signed in on `request`.
 */
async function trainingCentre(request: APIRequestContext, newRequest: () => Promise<APIRequestContext>) {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('SZ');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  const supervisor = await AdminApi.signIn(
    await newRequest(),
    await admin.user({ role: 'supervisor', officeId }),
  );
  const providerName = unique('Centre de formation ');
  const provider = await supervisor.post<{ id: string }>('/service-providers', {
    name: providerName,
    kind: 'State',
    contact: { person: 'Mme Dlamini', phone: '+268 7600 0000', address: 'Manzini' },
    agreement: 'mou',
  });
  const serviceName = unique('Tailoring course ');
  const service = await supervisor.post<{ id: string }>(`/service-providers/${provider.id}/services`, {
    name: serviceName,
    type: 'tvet',
    coverage: ['Manzini'],
    neededFields: ['educationLevel'],
  });
  return { caseworker, providerName, serviceName, serviceId: service.id };
}

const sharedFields = ['name', 'phone', 'educationLevel'];

test('a partner answers a referral from their portal, seeing only what was shared; the caseworker sees it completed', async ({
  page,
  browser,
  request,
  playwright,
}) => {
  const { caseworker, providerName, serviceName, serviceId } = await trainingCentre(request, () =>
    playwright.request.newContext({ baseURL }),
  );

  // The administrator creates the partner's account, tied to the training centre.
  await signIn(page, administrator.username, administrator.password);
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Users' }).click();
  await page.getByRole('button', { name: 'New user' }).click();
  let dialog = page.getByRole('dialog', { name: 'New user' });
  const username = unique('partner.');
  await dialog.getByLabel('Username').fill(username);
  await dialog.getByLabel('Full name').fill('Thandiwe Nkosi');
  await dialog.getByLabel('Role').selectOption('referral_partner');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  // A partner without an organisation would see nothing: the form asks for it.
  await expect(dialog.getByText('Required')).toBeVisible();
  await dialog.getByLabel('Organisation').selectOption({ label: providerName });
  await expectAccessible(page, 'new referral partner');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  dialog = page.getByRole('dialog', { name: 'Account created' });
  const temporaryPassword = await dialog.getByLabel('Temporary password').inputValue();
  await dialog.getByRole('button', { name: 'Done' }).click();

  // The caseworker registers a case and refers the person to the course, sharing three details.
  const worker = await ownPage(browser);
  await signIn(worker.page, caseworker.username, caseworker.password);
  const opened = await openCase(worker.page.request, { givenNames: 'Nomsa', familyName: 'Dube' });
  const referral = await sendReferral(worker.page.request, opened.id, serviceId, {
    reason: 'Wants to become a tailor; left school after grade 9.',
    fields: sharedFields,
  });

  // The partner signs in in their own browser and lands on the referrals sent to them.
  const partner = await ownPage(browser);
  const p = partner.page;
  await signIn(p, username, temporaryPassword);
  await p.getByLabel('Current password').fill(temporaryPassword);
  await p.getByLabel('New password', { exact: true }).fill('needle and thread for ever');
  await p.getByLabel('New password again').fill('needle and thread for ever');
  await p.getByRole('button', { name: 'Change password' }).click();
  await expect(p).toHaveURL(/\/partner$/);
  await expect(p.getByRole('heading', { level: 1, name: 'Referrals sent to you' })).toBeVisible();
  const menu = p.getByRole('navigation', { name: 'Main menu' });
  await expect(menu.getByRole('link')).toHaveText(['Referrals sent to you']);

  const rows = p.getByRole('region', { name: 'Referrals', exact: true }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(serviceName);
  await expect(rows.nth(1)).toContainText('Routine');
  await expect(rows.nth(1)).toContainText('Waiting for your answer');
  await expectAccessible(p, 'partner inbox');

  await rows.nth(1).getByRole('link', { name: serviceName }).click();
  await expect(p.getByRole('heading', { level: 1, name: serviceName })).toBeVisible();
  const shared = p.getByRole('region', { name: 'What the caseworker shared' });
  await expect(shared.getByRole('term')).toHaveText(['Name', 'Phone', 'Education']);
  await expect(shared).toContainText('Nomsa Dube');
  await expect(shared).toContainText('+224622001122');
  // Nothing else of the case: no reference, no identity document.
  await expect(p.getByRole('main')).not.toContainText(opened.reference);
  await expect(p.getByRole('main')).not.toContainText('GN0012345');
  await expect(p.getByRole('main')).toContainText('Wants to become a tailor');
  await expectAccessible(p, 'partner referral');

  const answer = p.getByRole('region', { name: 'Your answer' });
  await expect(answer.getByRole('button')).toHaveText(['Accept', 'Decline']);
  await answer.getByRole('button', { name: 'Accept' }).click();
  await p
    .getByRole('dialog', { name: 'Accept the referral' })
    .getByRole('button', { name: 'Accept' })
    .click();
  await expect(answer.getByRole('button')).toHaveText(['Service started', 'Not delivered']);
  await expect(p.getByRole('main')).toContainText('Accepted');

  await answer.getByRole('button', { name: 'Service started' }).click();
  await p
    .getByRole('dialog', { name: 'The service has started' })
    .getByRole('button', { name: 'Service started' })
    .click();
  await expect(answer.getByRole('button')).toHaveText(['Completed', 'Not delivered']);

  await answer.getByRole('button', { name: 'Completed' }).click();
  await p
    .getByRole('dialog', { name: 'The service is completed' })
    .getByRole('button', { name: 'Completed' })
    .click();
  await expect(answer).toHaveCount(0);
  await expect(p.getByRole('main')).toContainText('Completed');

  // The partner sends the attendance sheet as evidence, with a word for the caseworker.
  const thread = p.getByRole('region', { name: 'Messages and evidence' });
  await thread.getByLabel('Write to the caseworker').fill('Finished the course; attendance sheet attached.');
  await thread.locator('input[type="file"]').setInputFiles({
    name: 'attendance.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n'),
  });
  await thread.getByRole('button', { name: 'Send with the file' }).click();
  await expect(thread.getByRole('link', { name: /attendance\.pdf/ })).toBeVisible();
  await expect(thread).toContainText('Finished the course');
  await expectAccessible(p, 'partner referral with evidence');

  // Closed, it leaves the open list.
  await p.getByRole('link', { name: 'Back to the referrals' }).click();
  await expect(p.getByText('No referral here.')).toBeVisible();
  await p.getByLabel('Show', { exact: true }).selectOption('closed');
  await expect(rows.nth(1)).toContainText('Completed');

  // In Arabic on a phone, the inbox still fits the screen.
  await p.setViewportSize({ width: 360, height: 740 });
  await p.getByRole('button', { name: /Language/ }).click();
  await p.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(p.getByRole('heading', { level: 1, name: 'الإحالات الواردة إليكم' })).toBeVisible();
  await expect(p.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoSidewaysScroll(p);
  await expectAccessible(p, 'partner inbox in Arabic at 360 px');
  await partner.close();

  // The caseworker records the outcome with the person and sees the partner's answers on the case.
  await recordReferralOutcome(worker.page.request, opened.id, referral.id);
  await worker.page.goto(`/cases/${opened.id}`);
  const history = worker.page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('The partner moved the referral to: Completed');
  await expect(history).toContainText('Referral outcome: service received.');
  await expect(history).toContainText('The partner sent evidence for the referral');

  // The bell told the caseworker; the evidence is on the referral.
  await worker.page.getByRole('button', { name: /^Notifications, [1-9]\d* unread$/ }).click();
  await worker.page.getByRole('menuitem', { name: new RegExp(`The partner wrote: ${serviceName}`) }).click();
  await expect(worker.page).toHaveURL(new RegExp(`/cases/${opened.id}$`));
  await worker.page.getByRole('button', { name: 'Messages and evidence' }).click();
  const messages = worker.page.getByRole('region', { name: 'Messages and evidence' });
  await expect(messages).toContainText('Finished the course');
  await expect(messages.getByRole('link', { name: /attendance\.pdf/ })).toHaveAttribute('href', /\/file$/);
  await expectAccessible(worker.page, 'referral messages on the case');
  await worker.close();
});

test('a partner without an account answers once through a one-time link', async ({
  browser,
  request,
  playwright,
}) => {
  const { caseworker, serviceName, serviceId } = await trainingCentre(request, () =>
    playwright.request.newContext({ baseURL }),
  );
  const worker = await ownPage(browser);
  await signIn(worker.page, caseworker.username, caseworker.password);
  const opened = await openCase(worker.page.request, { givenNames: 'Sipho', familyName: 'Mamba' });
  const referral = await sendReferral(worker.page.request, opened.id, serviceId, {
    reason: 'Wants a trade after returning home.',
    fields: sharedFields,
  });
  const token = await referralLink(worker.page.request, opened.id, referral.id);

  // A third browser, signed in as nobody.
  const stranger = await ownPage(browser);
  const s = stranger.page;
  await s.goto(`/partner/link/${token}`);
  await expect(s.getByRole('heading', { level: 1, name: 'A referral to your organisation' })).toBeVisible();
  await expect(s.getByRole('main')).toContainText(serviceName);
  await expect(s.getByRole('region', { name: 'What the caseworker shared' })).toContainText('Sipho Mamba');
  await expectAccessible(s, 'referral opened through a link');

  const answer = s.getByRole('region', { name: 'Your answer' });
  await answer.getByRole('button', { name: 'Decline' }).click();
  const decline = s.getByRole('dialog', { name: 'Decline the referral' });
  await decline.getByRole('button', { name: 'Decline' }).click();
  await expect(decline.getByText('Required')).toBeVisible();
  await decline.getByLabel('Reason').fill('The course is full until next year.');
  await decline.getByRole('button', { name: 'Decline' }).click();
  await expect(s.getByRole('status')).toContainText('Your answer is recorded');
  await expect(s.getByRole('status')).toContainText('Declined');
  await expect(s.getByRole('status')).toContainText('This link is now used up');
  await expectAccessible(s, 'link answered');

  // Coming back to the link: it is spent.
  await s.reload();
  await expect(s.getByRole('alert')).toContainText('This link has already been used.');
  await expect(s.getByRole('main')).not.toContainText('Sipho Mamba');
  await expectAccessible(s, 'used link');
  await stranger.close();

  // The caseworker reads the answer and its reason on the case.
  await worker.page.goto(`/cases/${opened.id}`);
  await expect(worker.page.getByRole('region', { name: 'History' })).toContainText(
    'The partner answered through a one-time link: Declined',
  );
  await worker.close();
});
