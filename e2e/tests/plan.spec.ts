// The reintegration plan (issue 5): written with the returnee as the
// Handbook's Annex 3 lays it out, agreed by the returnee, approved by a
// supervisor, its grant paid tranche by tranche on two people's word,
// revised with a reason, compared with the version before, and printed.
import { expect, type Page, test } from '@playwright/test';
import { currentInstrument, isAsked, type RssQuestion } from '@reintegra/domain';
import { extractText, getDocumentProxy } from 'unpdf';
import { AdminApi } from '../support/api.ts';
import { completeSurvey, moveCase, openCase } from '../support/cases.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

/** Every question asked, at its middle answer where it has one: a scored baseline round. */
function surveyAnswers(): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const q of currentInstrument.questions as readonly RssQuestion[]) {
    if (q.meanOf || !isAsked(q, answers)) continue;
    const valued = q.options.filter((o) => o.value !== undefined);
    const option = valued[Math.floor(valued.length / 2)] ?? q.options.find((o) => !o.kind);
    if (option) answers[q.id] = q.select === 'one' ? option.code : [option.code];
  }
  return answers;
}

/** A second person signed in beside the first, in their own browser context. */
async function colleaguePage(page: Page, user: { username: string; password: string }) {
  const context = await page.context().browser()?.newContext();
  if (!context) throw new Error('no browser');
  const other = await context.newPage();
  await signIn(other, user.username, user.password);
  return { other, close: () => context.close() };
}

/** The text of a PDF, its runs of spaces (and the no-break ones Intl puts in amounts) made plain. */
async function pdfText(pdf: Buffer): Promise<string> {
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text.replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** Adds a longer-term line that needs a referral, in the plan editor. */
async function addReferredLine(page: Page, line: { kind: string; detail: string; agency: string }) {
  await page.getByRole('button', { name: 'Add longer-term assistance' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add longer-term assistance' });
  await dialog.getByLabel('Assistance').selectOption(line.kind);
  await dialog.getByLabel('Details').fill(line.detail);
  await dialog.getByLabel('Responsible person or partner').fill(line.agency);
  await dialog.getByRole('checkbox', { name: 'It needs a referral' }).check();
  await dialog.getByLabel('Agency referred to').fill(line.agency);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

/** Adds goods, equipment or a service at its estimated cost in Guinean francs, in the plan editor. */
async function addGoods(page: Page, description: string, cost: string) {
  await page.getByRole('button', { name: 'Add goods, equipment or a service' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add goods, equipment or a service' });
  await dialog.getByLabel('Goods, equipment or service').fill(description);
  await dialog.getByLabel('Estimated cost').fill(cost);
  await dialog.getByLabel('Currency').fill('GNF');
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
}

test('a plan is written with the returnee, agreed, approved by a supervisor, paid tranche by tranche, revised and printed', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('GN');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  const supervisor = await admin.user({ role: 'supervisor', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, {
    givenNames: 'Fatoumata',
    familyName: 'Camara',
    birthYear: 1994,
  });
  await moveCase(page.request, opened, 'registered');
  await completeSurvey(page.request, opened.id, surveyAnswers());
  await page.goto(`/cases/${opened.id}`);

  // --- Before the plan: a counselling session to develop it, and the needs and skills assessment. ---
  const counselling = page.getByRole('region', { name: 'Counselling sessions' });
  await counselling.getByRole('button', { name: 'Record a session' }).click();
  const session = page.getByRole('dialog', { name: 'Counselling session with Fatoumata Camara' });
  await session.getByLabel('Kind of session').selectOption('plan_development');
  await session.getByLabel('Type of meeting').selectOption('follow_up');
  await session.getByLabel('Where').selectOption('office');
  await session
    .getByLabel('Agreed next steps')
    .fill('Write the plan together: tailoring, with a course first.');
  await session.getByRole('button', { name: 'Save the session' }).click();
  await expect(session).toBeHidden();
  await expect(counselling.getByRole('listitem')).toContainText('Developing the reintegration plan');

  const assessments = page.getByRole('region', { name: 'Assessments' });
  await assessments.getByRole('button', { name: 'Assess needs and skills' }).click();
  const needs = page.getByRole('dialog', { name: 'Needs and skills assessment of Fatoumata Camara' });
  await needs.getByLabel('Highest level of education').selectOption('isced_2');
  await needs
    .getByRole('radiogroup', { name: /Is the person fit to work/ })
    .getByRole('radio', { name: 'Yes' })
    .check();
  await needs.getByLabel('Economic needs').fill('Capital for a tailoring workshop');
  await needs
    .getByRole('radiogroup', { name: /two or three sessions, and the case/ })
    .getByRole('radio', { name: 'No' })
    .check();
  await needs.getByRole('radio', { name: 'Generalist' }).check();
  await needs.getByRole('button', { name: 'Save the assessment' }).click();
  await expect(needs).toBeHidden();
  await expect(assessments.getByRole('listitem')).toContainText('Needs and skills assessment');

  // --- Version 1, written part by part as Annex 3 lays it out. ---
  const section = page.getByRole('region', { name: 'Reintegration plan' });
  await expect(section).toContainText('No plan yet.');
  await section.getByRole('link', { name: 'Start the plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reintegration plan' })).toBeVisible();
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write the reintegration plan' })).toBeVisible();
  await page.getByLabel('Place of return').fill('Kindia');
  const summary = page.getByRole('group', { name: '1. Summary of the returnee’s plan' });
  await summary.getByLabel('Economic').fill('A tailoring workshop at Kindia market');
  await summary.getByLabel('Social', { exact: true }).fill('Back with her mother and sisters');
  await summary.getByLabel('Psychosocial').fill('Sessions at the listening centre');

  await page.getByRole('button', { name: 'Add longer-term assistance' }).click();
  const business = page.getByRole('dialog', { name: 'Add longer-term assistance' });
  await business.getByLabel('Assistance').selectOption('individual_microbusiness');
  await business.getByLabel('Details').fill('Tailoring workshop');
  await business.getByLabel('Responsible person or partner').fill('Caseworker');
  await business.getByRole('button', { name: 'Done' }).click();
  await expect(business).toBeHidden();
  await addReferredLine(page, {
    kind: 'vocational_training',
    detail: 'Pattern cutting course',
    agency: 'Kindia vocational training centre',
  });
  await addReferredLine(page, {
    kind: 'psychosocial_individual_family',
    detail: 'Individual sessions',
    agency: 'Kindia listening centre',
  });
  await addGoods(page, 'Sewing machine', '2 500 000');

  await page.getByRole('button', { name: 'Add a cash grant' }).click();
  const grant = page.getByRole('dialog', { name: 'Add a cash grant' });
  await grant.getByLabel('What the grant is for').fill('Business grant');
  await grant
    .getByLabel('Longer-term line it pays for')
    .selectOption({ label: 'Individual microbusiness: Tailoring workshop' });
  const first = grant.getByRole('group', { name: 'Tranche 1' });
  await first.getByLabel('Amount').fill('1000000');
  await expect(first.getByLabel('Currency')).toHaveValue('GNF');
  await expect(first.getByLabel('Paid')).toHaveValue('none');
  await grant.getByRole('button', { name: 'Add a tranche' }).click();
  const second = grant.getByRole('group', { name: 'Tranche 2' });
  await second.getByLabel('Amount').fill('1500000');
  await expect(second.getByLabel('Paid')).toHaveValue('assets_purchased');
  await second.getByLabel('What must be shown').fill('Receipts for the sewing machine');
  await expectAccessible(page, 'grant dialog');
  await grant.getByRole('button', { name: 'Done' }).click();
  await expect(grant).toBeHidden();

  // The baseline is taken from the survey round, never typed.
  const baseline = page.getByRole('group', { name: '5. Baseline reintegration scores' });
  await expect(baseline).toContainText('No baseline scores yet.');
  await baseline.getByRole('button', { name: /Take the scores of the latest survey round/ }).click();
  await expect(baseline).toContainText('Survey round of');
  await page.getByLabel('Exit strategy').fill('Close once the workshop has run for a year.');
  await expectAccessible(page, 'plan editor');
  await page.getByRole('button', { name: 'Save the plan' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Reintegration plan' })).toBeVisible();
  await expect(page.getByText('The returnee has not agreed to this version yet.')).toBeVisible();
  const referrals = page.getByRole('table', { name: '4. Referrals to be made' });
  await expect(referrals.getByRole('row')).toHaveCount(3);
  await expect(referrals).toContainText('Kindia vocational training centre');
  await expect(referrals).toContainText('Kindia listening centre');
  const goods = page.getByRole('table', { name: /^3\. Goods/ });
  await expect(goods.getByRole('row', { name: /Total/ })).toContainText('GNF 2,500,000');
  await expectAccessible(page, 'plan page with a draft');

  // --- The returnee agrees, and signs on the screen. ---
  const agreement = page.getByRole('region', { name: 'Agreement and approval of version 1' });
  await agreement.getByRole('button', { name: 'Record the returnee’s agreement' }).click();
  const consent = page.getByRole('dialog', { name: 'Agreement to version 1' });
  await expect(consent.getByLabel(/Given by/)).toHaveValue('Fatoumata Camara');
  await consent.getByRole('radio', { name: 'Written' }).check();
  const pad = await consent.getByRole('img', { name: 'Sign here' }).boundingBox();
  if (!pad) throw new Error('no signature pad');
  await page.mouse.move(pad.x + 30, pad.y + pad.height / 2);
  await page.mouse.down();
  await page.mouse.move(pad.x + pad.width / 2, pad.y + 20, { steps: 5 });
  await page.mouse.move(pad.x + pad.width - 30, pad.y + pad.height - 20, { steps: 5 });
  await page.mouse.up();
  await consent.getByRole('button', { name: 'Record the agreement' }).click();
  await expect(consent).toBeHidden();
  await expect(agreement).toContainText('Agreed by Fatoumata Camara (Written)');
  await expect(agreement).toContainText('Signed.');
  await expect(page.getByText('it waits for a supervisor’s approval')).toBeVisible();
  // The caseworker cannot approve.
  await expect(page.getByRole('button', { name: /^Approve version/ })).toHaveCount(0);

  // --- The supervisor approves. ---
  const { other, close } = await colleaguePage(page, supervisor);
  await other.goto(`/cases/${opened.id}/plan`);
  await other.getByRole('button', { name: 'Approve version 1' }).click();
  await expect(other.getByText('Agreed and approved: the assistance can be delivered')).toBeVisible();

  // --- The first tranche: asked for by the caseworker, released by the supervisor. ---
  await page.reload();
  const tranches = page.getByRole('list', { name: 'Tranches of Business grant' }).getByRole('listitem');
  await expect(tranches.nth(1)).toContainText('The earlier tranche is not released yet.');
  await page.getByRole('button', { name: 'Ask for release: Business grant, tranche 1' }).click();
  await expect(tranches.first()).toContainText('Asked for');
  await expect(tranches.first()).toContainText('Waiting for a supervisor to release it.');
  await expect(page.getByRole('button', { name: /^Release:/ })).toHaveCount(0);

  await other.reload();
  await other.getByRole('button', { name: 'Release: Business grant, tranche 1' }).click();
  const release = other.getByRole('dialog', { name: 'Release Business grant, tranche 1' });
  await expect(release).toContainText('Money leaves on two people’s word');
  await release.getByLabel('Payment method').selectOption('mobile_money');
  await release.getByRole('button', { name: 'Release' }).click();
  await expect(release).toBeHidden();
  const released = other.getByRole('list', { name: 'Tranches of Business grant' }).getByRole('listitem');
  await expect(released.first()).toContainText('Released on');
  await expect(released.first()).toContainText('Mobile money');
  const budget = other.getByRole('region', { name: 'Budget' }).getByRole('row', { name: /GNF/ });
  await expect(budget).toContainText('GNF 5,000,000');
  await expect(budget.getByRole('cell').nth(2)).toHaveText('GNF 1,000,000');
  await close();

  // --- Delivery: the training on referral, the sewing machine ordered and paid. ---
  await page.reload();
  const course = 'Vocational training: Pattern cutting course';
  await page.getByRole('button', { name: `Record delivery: ${course}` }).click();
  const delivery = page.getByRole('dialog', { name: `Delivery: ${course}` });
  await delivery.getByRole('radio', { name: 'Referral' }).check();
  await delivery.getByRole('textbox', { name: 'Partner' }).fill('Kindia vocational training centre');
  await delivery.getByLabel('Status').selectOption('in_progress');
  await delivery.getByLabel('Started on').fill('2026-12-01');
  await expectAccessible(page, 'delivery dialog');
  await delivery.getByRole('button', { name: 'Save' }).click();
  await expect(delivery).toBeHidden();
  await expect(
    page
      .getByRole('list', { name: 'Assistance', exact: true })
      .getByRole('listitem')
      .filter({ hasText: course }),
  ).toContainText('In progress · Referral: Kindia vocational training centre');
  await page.getByRole('button', { name: 'Order: Sewing machine' }).click();
  const order = page.getByRole('dialog', { name: 'Order: Sewing machine' });
  await expect(order.getByLabel('Amount')).toHaveValue('2500000');
  await order.getByLabel('Supplier').fill('Quincaillerie du marché');
  await order.getByRole('button', { name: 'Order' }).click();
  await expect(order).toBeHidden();
  await page.getByRole('button', { name: /^Mark paid: Quincaillerie du marché/ }).click();
  await expect(page.getByRole('list', { name: 'Goods and purchases' })).toContainText('Paid');
  const spent = page.getByRole('region', { name: 'Budget' }).getByRole('row', { name: /GNF/ });
  await expect(spent.getByRole('cell').nth(2)).toHaveText('GNF 3,500,000');

  // --- Version 2: one more goods line, with the reason; the returnee agrees again. ---
  await page.getByRole('button', { name: 'Change the plan' }).click();
  await addGoods(page, 'Fabric and thread', '750000');
  await page.getByRole('button', { name: 'Save the plan' }).click();
  const why = page.getByRole('dialog', { name: 'Why does the plan change?' });
  await why.getByLabel('Reason').fill('The fabric was left out of the first list.');
  await why.getByRole('button', { name: 'Save the plan' }).click();
  await expect(why).toBeHidden();
  await expect(page.getByText('The returnee has not agreed to this version yet.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Agreement and approval of version 2' })).toBeVisible();
  const version = (name: string) =>
    page
      .getByRole('list', { name: 'Versions' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name }) });
  const latest = version('Version 2 (current)');
  await expect(latest).toContainText('Not agreed.');
  await expect(latest).toContainText('Why: The fabric was left out of the first list.');
  await expect(latest).toContainText('Goods, equipment and services: Added, Fabric and thread');
  await expect(version('Version 1')).toContainText('Agreed by Fatoumata Camara');

  await page.getByRole('button', { name: 'Compare two versions' }).click();
  const comparison = page.getByRole('region', { name: 'Two versions side by side' });
  await expect(comparison.getByRole('status')).toHaveText('Differences: 1. They are marked on both.');
  await expect(comparison.getByRole('row', { name: /Fabric and thread/ })).toContainText('Added');
  await expectAccessible(page, 'plan page with two versions compared');

  // --- The feasibility grid suggests; it does not change the plan. ---
  const feasibility = page.getByRole('region', { name: 'Feasibility of approaches' });
  await feasibility.getByRole('button', { name: /^Vocational training\./ }).click();
  const training = feasibility.getByRole('region', { name: /^Vocational training\./ });
  for (const criterion of await training.getByRole('combobox').all()) await criterion.selectOption('yes');
  await feasibility.getByRole('button', { name: /^Job placement\./ }).click();
  await feasibility
    .getByRole('region', { name: /^Job placement\./ })
    .getByRole('combobox')
    .first()
    .selectOption('no');
  await expect(feasibility.getByRole('list', { name: 'Suggested approaches' })).toHaveText(
    'Vocational training.',
  );
  const notSuggested = feasibility.getByRole('listitem').filter({ hasText: /^Job placement\./ });
  await expect(notSuggested).toContainText('Not met:');
  await expect(notSuggested).toContainText('Still open:');
  await expectAccessible(page, 'feasibility grid answered');
  // The answers are kept on the case: after a reload the suggestion is the same.
  await expect(feasibility.getByText('Answers changed: not saved yet')).toBeVisible();
  await feasibility.getByRole('button', { name: 'Save the answers' }).click();
  await expect(feasibility.getByText('Answers changed: not saved yet')).toBeHidden();
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Feasibility of approaches' })
      .getByRole('list', { name: 'Suggested approaches' }),
  ).toHaveText('Vocational training.');
  await expect(
    page
      .getByRole('region', { name: 'The plan, version 2' })
      .getByRole('list', { name: 'Longer-term assistance: Economic' })
      .getByRole('listitem'),
  ).toHaveCount(2);

  // --- The printed plan: the returnee's copy, in A4. ---
  await page.getByRole('link', { name: 'Print' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reintegration plan' })).toBeVisible();
  await expect(page.getByText('Total')).toBeVisible();
  await expectAccessible(page, 'printable plan');
  // The print dialog itself is the browser's: the test only sees that printing is recorded.
  await page.evaluate(() => {
    window.print = () => {};
  });
  const recorded = page.waitForResponse((r) => r.url().endsWith('/plan/prints') && r.status() === 204);
  await page.getByRole('button', { name: 'Print' }).click();
  await recorded;
  const text = await pdfText(await page.pdf({ format: 'A4' }));
  expect(text).toContain('Fatoumata Camara');
  expect(text).toContain(opened.reference);
  expect(text).toContain('Kindia');
  expect(text).toContain('Total GNF 3,250,000');
  expect(text).toContain('Kindia vocational training centre');
  expect(text).toContain('Approved by the returnee (name and signature)');
  // The app's menu and the buttons above the plan are not printed.
  expect(text).not.toContain('Back to the plan');
  expect(text).not.toContain('Or save as PDF');

  // --- The case page sums the plan up. ---
  await page.goto(`/cases/${opened.id}`);
  const summed = page.getByRole('region', { name: 'Reintegration plan' });
  await expect(summed).toContainText('Version 2');
  await expect(summed).toContainText('Budget GNF 5,750,000 · committed GNF 0 · spent GNF 3,500,000');
  await expect(summed.getByRole('link', { name: 'Open the plan' })).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('Grant tranche released: GNF 1,000,000');
  await expect(history).toContainText('Version 2 of the plan printed');

  // --- In Arabic, on a phone. ---
  const csrf = (await (await page.request.get('/api/v1/auth/me')).json()).csrfToken;
  await page.request.patch('/api/v1/auth/me', {
    data: { language: 'ar' },
    headers: { 'x-csrf-token': csrf },
  });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto(`/cases/${opened.id}/plan`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'خطة إعادة الإدماج' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^3\. السلع/ })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'plan page in Arabic on a phone');
  await page.getByRole('button', { name: 'تعديل الخطة' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'تعديل خطة إعادة الإدماج' })).toBeVisible();
  await page.getByRole('button', { name: 'إضافة منحة نقدية' }).click();
  const grantAr = page.getByRole('dialog', { name: 'إضافة منحة نقدية' });
  await expect(grantAr.getByRole('group', { name: 'الدفعة 1' })).toBeVisible();
  await expectAccessible(page, 'grant dialog in Arabic on a phone');
  await grantAr.getByRole('button', { name: 'إلغاء' }).click();
  await expect(grantAr).toBeHidden();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'plan editor in Arabic on a phone');
  await page.goto(`/cases/${opened.id}/plan/print`);
  await expect(page.getByRole('heading', { level: 1, name: 'خطة إعادة الإدماج' })).toBeVisible();
  await expectNoSidewaysScroll(page);
});
