// The decisions taken on a case after it is opened: closing it (proposed by a
// caseworker, approved by a supervisor), the team on it, and handing it over
// to another mission. Each new dialog and page is checked with axe on the way.
import { expect, type Page, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { moveCase, openCase } from '../support/cases.ts';
import { expectAccessible, signIn } from '../support/pages.ts';

/** A second person signed in beside the first, in their own browser context. */
async function colleaguePage(page: Page, user: { username: string; password: string }) {
  const context = await page.context().browser()?.newContext();
  if (!context) throw new Error('no browser');
  const other = await context.newPage();
  await signIn(other, user.username, user.password);
  return { other, close: () => context.close() };
}

test('a caseworker proposes a closure; a supervisor sends it back, then approves it once complete', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('CI');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  const supervisor = await admin.user({ role: 'supervisor', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, { givenNames: 'Aminata', familyName: 'Koné' });
  await moveCase(page.request, opened, 'registered');

  await page.goto(`/cases/${opened.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Aminata Koné' })).toBeVisible();
  // Closure review is reached only through a proposal, not as a plain move.
  await page.getByRole('button', { name: 'Move case' }).click();
  const move = page.getByRole('dialog', { name: /^Move case / });
  await expect(move.getByRole('radio', { name: 'Suspended' })).toBeVisible();
  await expect(move.getByRole('radio', { name: 'Closure review' })).toHaveCount(0);
  await move.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Propose closure' }).click();
  const propose = page.getByRole('dialog', { name: `Propose closing ${opened.reference}` });
  await propose.getByLabel('Reason for closing').selectOption('plan_completed');
  await expect(propose.getByText('Needed for this reason')).toHaveCount(3);
  await expect(propose).toContainText('A supervisor cannot approve the closure while these are open');
  await expectAccessible(page, 'propose closure dialog');
  await propose.getByRole('checkbox', { name: 'The plan was reviewed with the person' }).check();
  await propose.getByRole('checkbox', { name: 'Unmet needs recorded' }).check();
  await propose
    .getByRole('textbox', { name: 'Unmet needs' })
    .fill('Still looking for a vocational training place.');
  await propose.getByRole('button', { name: 'Propose closure' }).click();
  await expect(propose).toBeHidden();
  const pending = page.getByRole('region', { name: 'Closure proposed' });
  await expect(pending).toContainText('Plan completed');
  await expect(pending).toContainText('Waiting for a supervisor');
  await expect(page.getByText('Closure review', { exact: true }).first()).toBeVisible();

  // The supervisor cannot approve while the exit interview is open, and sends it back.
  const { other, close } = await colleaguePage(page, supervisor);
  await other.goto(`/cases/${opened.id}`);
  const review = other.getByRole('region', { name: 'Closure proposed' });
  await expect(review).toContainText('Exit interview done');
  await expect(review.getByRole('button', { name: 'Approve closure' })).toBeDisabled();
  await expectAccessible(other, 'closure awaiting approval');
  await review.getByRole('button', { name: 'Send back' }).click();
  const sendBack = other.getByRole('dialog', { name: 'Send the closure back' });
  await expect(sendBack).toContainText('The case goes back to: Registered.');
  await sendBack.getByRole('button', { name: 'Send back' }).click();
  await expect(sendBack.getByText('Required')).toBeVisible();
  await sendBack.getByLabel('Reason').fill('Do the exit interview first.');
  await sendBack.getByRole('button', { name: 'Send back' }).click();
  await expect(sendBack).toBeHidden();
  const latest = other.getByRole('region', { name: 'History' }).getByRole('listitem').first();
  await expect(latest).toContainText('Moved from Closure review to Registered');
  await expect(latest).toContainText('Reason: Do the exit interview first.');

  // Proposed again, complete this time, and approved.
  await page.reload();
  await page.getByRole('button', { name: 'Propose closure' }).click();
  await propose.getByLabel('Reason for closing').selectOption('plan_completed');
  await propose.getByRole('checkbox', { name: 'The plan was reviewed with the person' }).check();
  await propose.getByRole('checkbox', { name: 'Exit interview done' }).check();
  await propose.getByRole('checkbox', { name: 'Unmet needs recorded' }).check();
  await expect(propose).not.toContainText('A supervisor cannot approve');
  await propose.getByRole('button', { name: 'Propose closure' }).click();
  await expect(propose).toBeHidden();

  await other.reload();
  await review.getByRole('button', { name: 'Approve closure' }).click();
  await expect(review).toBeHidden();
  // Closing also closes the tasks still open, which the history lists after the move.
  await expect(latest).toContainText('Done by the move to Closed: Needs assessment');
  const history = other.getByRole('region', { name: 'History' }).getByRole('listitem');
  await expect(history.nth(1)).toContainText('Moved from Closure review to Closed');
  await expect(other.getByRole('button', { name: 'Propose closure' })).toHaveCount(0);
  await close();
});

test('a supervisor assigns a colleague, cannot remove the last one, and decides the case management type', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('BF');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  const mentor = await admin.user({ role: 'caseworker', officeId });
  const supervisor = await admin.user({ role: 'supervisor', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, { givenNames: 'Seydou', familyName: 'Traoré' });

  await page.context().clearCookies();
  await signIn(page, supervisor.username, supervisor.password);
  // The list finds the case by part of the name.
  await page.goto('/cases');
  await page.getByLabel('Search', { exact: true }).fill('Seyd');
  await expect(page.getByText('1–1 of 1')).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Seydou Traoré' })).toBeVisible();
  await page.getByRole('link', { name: opened.reference }).click();
  const team = page.getByRole('region', { name: 'Assigned staff' });
  await expect(team).toContainText(caseworker.displayName);

  await team.getByRole('button', { name: 'Assign a colleague' }).click();
  const assign = page.getByRole('dialog', { name: `Assign a colleague to ${opened.reference}` });
  await assign.getByLabel('Find a colleague').fill(mentor.displayName);
  const choice = `${mentor.displayName} · Caseworker`;
  await expect(assign.getByRole('option', { name: choice })).toBeAttached();
  await expectAccessible(page, 'assign a colleague dialog');
  await assign.getByRole('combobox', { name: 'Colleague' }).selectOption({ label: choice });
  await assign.getByLabel('Function').selectOption('mentor');
  await assign.getByRole('button', { name: 'Assign' }).click();
  await expect(assign).toBeHidden();
  await expect(team).toContainText(`${mentor.displayName} · Mentor`);

  const confirm = page.getByRole('dialog', { name: 'Remove from the case' });
  await team.getByRole('button', { name: `Remove ${caseworker.displayName} (Reintegration)` }).click();
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm).toBeHidden();
  await expect(team).not.toContainText(caseworker.displayName);
  // The last one stays: the server refuses, and the dialog says why.
  await team.getByRole('button', { name: `Remove ${mentor.displayName} (Mentor)` }).click();
  await confirm.getByRole('button', { name: 'Remove' }).click();
  await expect(confirm.getByRole('alert')).toContainText('Someone must stay on the case');
  await confirm.getByRole('button', { name: 'Cancel' }).click();

  const decisions = page.getByRole('region', { name: 'Decisions' });
  await decisions.getByLabel('Case management type').selectOption('intensive');
  await decisions.getByRole('button', { name: 'Save decisions' }).click();
  const latest = page.getByRole('region', { name: 'History' }).getByRole('listitem').first();
  await expect(latest).toContainText('Case management set to: Intensive');
  await expect(decisions.getByRole('button', { name: 'Save decisions' })).toBeDisabled();
});

test('a host-mission caseworker hands a case over after recording consent; the origin mission accepts it', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const host = await admin.missionWithOffice('MA', 'host');
  const origin = await admin.missionWithOffice('NE', 'origin');
  const sender = await admin.user({ role: 'caseworker', officeId: host.officeId });
  const receiver = await admin.user({ role: 'caseworker', officeId: origin.officeId });
  await signIn(page, sender.username, sender.password);
  const opened = await openCase(page.request, { givenNames: 'Moussa', familyName: 'Issoufou' });

  await page.goto(`/cases/${opened.id}`);
  await page.getByRole('button', { name: 'Hand over to another mission' }).click();
  const handOver = page.getByRole('dialog', { name: `Hand over ${opened.reference}` });
  await expect(handOver).toContainText('consent to the transfer is not on file');
  await expect(handOver.getByRole('button', { name: 'Send the hand-over' })).toBeDisabled();
  await expectAccessible(page, 'hand-over dialog');
  await handOver.getByRole('button', { name: 'Record consent to the transfer' }).click();
  const consent = page.getByRole('dialog', { name: 'Record consent' });
  await expect(consent.getByLabel('What the consent is for')).toHaveValue('transfer');
  await consent.getByRole('radio', { name: 'Written' }).check();
  await consent.getByRole('button', { name: 'Record consent' }).click();
  await expect(consent).toBeHidden();

  // Back to the hand-over, which the consent now allows.
  await expect(handOver).not.toContainText('not on file');
  await expect(
    handOver.getByLabel('Receiving mission').locator('option', { hasText: host.missionName }),
  ).toHaveCount(0);
  await handOver.getByLabel('Receiving mission').selectOption(origin.missionId);
  await handOver.getByLabel('Needs').fill('Medical follow-up for diabetes; wants to farm.');
  await handOver.getByLabel('Vulnerabilities (optional)').fill('Travels alone.');
  await handOver.getByLabel('Expected arrival (optional)').fill('2026-12-15');
  await handOver.getByRole('button', { name: 'Send the hand-over' }).click();
  await expect(handOver).toBeHidden();
  const status = page.getByRole('region', { name: 'Hand-over' });
  await expect(status).toContainText('Waiting for the receiving mission');
  await expect(status).toContainText(origin.missionName);
  await expectAccessible(page, 'case with a pending hand-over');

  const { other, close } = await colleaguePage(page, receiver);
  await other
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Incoming hand-overs' })
    .click();
  await expect(other.getByRole('heading', { level: 1, name: 'Incoming hand-overs' })).toBeVisible();
  const card = other.getByRole('article', { name: new RegExp(opened.reference) });
  await expect(card).toContainText('Medical follow-up for diabetes');
  await expect(card).toContainText('Travels alone.');
  await expect(card).toContainText(host.missionName);
  await expectAccessible(other, 'incoming hand-overs');
  await card.getByRole('button', { name: 'Accept' }).click();

  await expect(other.getByRole('heading', { level: 1, name: 'Moussa Issoufou' })).toBeVisible();
  await expect(other.getByRole('region', { name: 'Hand-over' })).toContainText('Accepted');
  await expect(other.getByRole('region', { name: 'Assigned staff' })).toContainText(receiver.displayName);
  await expect(other.getByRole('region', { name: 'History' })).toContainText(
    'Hand-over accepted by the receiving mission',
  );
  await close();
});

test('a caseworker writes a confidential note; the supervisor reads it, the history says only that it was written', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('BF');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  const supervisor = await admin.user({ role: 'supervisor', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, { givenNames: 'Salamatou', familyName: 'Sani' });

  await page.goto(`/cases/${opened.id}`);
  const notes = page.getByRole('region', { name: 'Notes' });
  await notes.getByLabel('New note').fill('Disclosed debts to a smuggler');
  await notes.getByLabel('Confidential').check();
  await notes.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.getByText('Disclosed debts to a smuggler')).toBeVisible();
  await expectAccessible(page, 'case page with a note');

  const { other, close } = await colleaguePage(page, supervisor);
  await other.goto(`/cases/${opened.id}`);
  await expect(
    other.getByRole('region', { name: 'Notes' }).getByText('Disclosed debts to a smuggler'),
  ).toBeVisible();
  await expect(other.getByText('Confidential note written')).toBeVisible();
  await close();
});
