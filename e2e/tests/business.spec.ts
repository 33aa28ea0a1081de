// Business development support on the case page (Annex 2 of the IOM
// Reintegration Handbook): an application with the type of business the
// caseworker recommended and the one the returnee chose, preselected, a
// business plan refused at the board's door until its nine elements are
// written, a "no" from the board with its reason, a second chance, training,
// in-depth support, and monitoring visits that tell whether the business
// survives; then the section in Arabic on a phone.
import { expect, type Locator, test } from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { moveCase, openCase } from '../support/cases.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

const name = 'Fatoumata Ouédraogo';

/** A calendar day some days ago, as a date field takes it. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

/** The value beside a label in the section's facts (idea, stage, survival). */
const fact = (section: Locator, label: string) =>
  section.locator('dl > div').filter({ hasText: label }).locator('dd');

/** Clicks a move and waits until the application stands at the stage it leads to. */
async function move(section: Locator, button: string, stage: string) {
  await section.getByRole('button', { name: button, exact: true }).click();
  await expect(fact(section, 'Where it stands')).toHaveText(stage);
}

test('a caseworker takes an application through both selections, training and visits; the section fits a phone in Arabic', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('UG');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, {
    givenNames: 'Fatoumata',
    familyName: 'Ouédraogo',
    birthYear: 1990,
  });
  await moveCase(page.request, opened, 'registered');
  await page.goto(`/cases/${opened.id}`);

  const section = page.getByRole('region', { name: 'Business development support' });
  await expect(section).toContainText('No application for business development support.');

  // --- Step 1: the application, with the idea in the returnee's words. ---
  await section.getByRole('button', { name: 'Apply for support' }).click();
  const apply = page.getByRole('dialog', { name: `Business development support for ${name}` });
  await apply.getByRole('button', { name: 'Apply for support' }).click();
  await expect(apply.getByText('Required')).toBeVisible();
  await apply.getByLabel('Business idea').fill('A tailoring shop on the market street');
  await expectAccessible(page, 'application dialog');
  await apply.getByRole('button', { name: 'Apply for support' }).click();
  await expect(apply).toBeHidden();
  await expect(fact(section, 'Business idea')).toHaveText('A tailoring shop on the market street');
  await expect(fact(section, 'Where it stands')).toHaveText('Applied');
  // Nothing to visit before in-depth support.
  await expect(section.getByRole('button', { name: 'Record a visit' })).toHaveCount(0);

  // --- The type of business the caseworker recommended, and the one she chose (C3). ---
  const businessType = section.getByRole('region', { name: 'Type of business' });
  await expect(businessType).toContainText('Not recorded yet');
  await businessType.getByRole('button', { name: 'Record the type of business' }).click();
  const typeDialog = page.getByRole('dialog', { name: `Type of business for ${name}` });
  await typeDialog.getByRole('button', { name: 'Save the type of business' }).click();
  await expect(typeDialog.getByText('Required')).toHaveCount(2);
  await typeDialog.getByLabel('Type recommended by the caseworker').selectOption('trade');
  await typeDialog.getByLabel('Why this type').fill('Shops by the bus station sell every day');
  await typeDialog.getByLabel('Type the returnee chose').selectOption('crafts_and_manufacturing');
  await expectAccessible(page, 'business type dialog');
  await typeDialog.getByRole('button', { name: 'Save the type of business' }).click();
  await expect(typeDialog).toBeHidden();
  await expect(fact(businessType, 'Type recommended by the caseworker')).toHaveText(
    'Trade (shop, market stall)',
  );
  await expect(fact(businessType, 'Type the returnee chose')).toHaveText(
    'Crafts and manufacturing (tailoring, carpentry…)',
  );
  await expect(fact(businessType, 'Why this type')).toHaveText('Shops by the bus station sell every day');

  // --- Step 2: preselected on commitment and capacity. ---
  await expect(section.getByRole('button', { name: 'Redirect to other support' })).toBeVisible();
  await move(section, 'Preselect', 'Preselected');
  await expect(section.getByRole('button', { name: 'Start business-planning training' })).toBeVisible();

  // --- The plan, written in part: the board does not take it yet. ---
  const plan = section.getByRole('region', { name: 'Business plan' });
  await expect(plan).toContainText('Elements missing: 9 of 9.');
  await plan.getByRole('button', { name: 'Write the business plan' }).click();
  const planDialog = page.getByRole('dialog', { name: `Business plan of ${name}` });
  await planDialog
    .getByLabel('Description and targets')
    .fill('Tailoring shop; 20 clients a month in year one');
  await planDialog.getByLabel('Premises, labour and equipment').fill('Rented room; two sewing machines');
  await planDialog.getByLabel('Skills required').fill('Sewing and pattern cutting');
  await planDialog.getByLabel('Customers and market').fill('Families before festivals');
  await planDialog.getByLabel('Marketing plan').fill('Word of mouth; prices below the capital');
  await planDialog.getByLabel('Sales forecast').fill('UGX 600,000 a month in year one');
  await planDialog.getByLabel('Capital and running costs').fill('UGX 2M to start; UGX 150,000 a month');
  await planDialog.getByRole('button', { name: 'Save the plan' }).click();
  await expect(planDialog).toBeHidden();
  await expect(plan).toContainText('Elements missing: 2 of 9.');

  await section.getByRole('button', { name: 'Submit the plan to the board' }).click();
  const refusal = section.getByRole('alert');
  await expect(refusal).toContainText('The plan cannot go to the board yet. Write these elements first:');
  await expect(refusal.getByRole('listitem')).toHaveText(['Sources of capital', 'Risks and mitigation']);
  await expect(fact(section, 'Where it stands')).toHaveText('Preselected');

  await plan.getByRole('button', { name: 'Edit the business plan' }).click();
  await expect(planDialog.getByLabel('Skills required')).toHaveValue('Sewing and pattern cutting');
  await planDialog.getByLabel('Sources of capital').fill('The grant and her savings');
  await planDialog.getByLabel('Risks and mitigation').fill('Power cuts: a treadle machine');
  await expectAccessible(page, 'business plan dialog');
  await planDialog.getByRole('button', { name: 'Save the plan' }).click();
  await expect(planDialog).toBeHidden();
  await expect(plan).toContainText('All nine elements are written.');
  // The refusal spoke of the plan as it was.
  await expect(refusal).toBeHidden();

  // --- Step 4: with the board. The plan is not edited while it is there. ---
  await move(section, 'Submit the plan to the board', 'Plan with the evaluation board');
  await expect(plan.getByRole('button', { name: 'Edit the business plan' })).toHaveCount(0);

  // --- Step 5b: not selected, and why. ---
  await section.getByRole('button', { name: 'Board did not select the plan' }).click();
  const no = page.getByRole('dialog', { name: 'Board did not select the plan' });
  await no.getByRole('button', { name: 'Board did not select the plan' }).click();
  await expect(no.getByText('Required')).toBeVisible();
  await no.getByLabel('Reason').fill('Three tailors already on the street: show what sets the shop apart.');
  await expectAccessible(page, 'reason dialog');
  await no.getByRole('button', { name: 'Board did not select the plan' }).click();
  await expect(no).toBeHidden();
  await expect(fact(section, 'Where it stands')).toHaveText('Not selected by the board');
  const steps = section.getByRole('list', { name: 'Steps taken' });
  await expect(steps.getByRole('listitem').last()).toContainText(
    'Why: Three tailors already on the street: show what sets the shop apart.',
  );
  await expect(plan.getByRole('button', { name: 'Edit the business plan' })).toBeVisible();

  // --- Resubmitted and selected. ---
  await move(section, 'Resubmit the plan to the board', 'Plan with the evaluation board');
  await move(section, 'Board selected the plan', 'Selected by the board');
  await expect(steps.getByRole('listitem')).toHaveCount(6);

  // --- Training (Table A.3), then in-depth support (Step 5a). ---
  const trainings = section.getByRole('region', { name: 'Training attended' });
  await expect(trainings).toContainText('No training recorded yet.');
  await trainings.getByRole('button', { name: 'Record a training' }).click();
  const training = page.getByRole('dialog', { name: `Training attended by ${name}` });
  const module = training.getByRole('combobox', { name: 'Module' });
  await module.fill('Entre');
  await page.getByRole('option', { name: 'Entrepreneurship education' }).click();
  await expect(module).toHaveValue('Entrepreneurship education');
  await expect(training.getByLabel('Completed the module')).toBeChecked();
  await expectAccessible(page, 'training dialog');
  await training.getByRole('button', { name: 'Save the training' }).click();
  await expect(training).toBeHidden();
  await expect(trainings.getByRole('listitem')).toContainText('Entrepreneurship education');
  await expect(trainings.getByRole('listitem')).toContainText('Completed');

  await move(section, 'Start in-depth support', 'In-depth support');
  await expect(fact(section, 'Business survives today')).toHaveText('Not known: no visit yet');

  // --- Monitoring visits: open a month ago, closed today. ---
  const visits = section.getByRole('region', { name: 'Monitoring visits' });
  await visits.getByRole('button', { name: 'Record a visit' }).click();
  const visit = page.getByRole('dialog', { name: `Monitoring visit to the business of ${name}` });
  await visit.getByLabel('Visited on').fill(daysAgo(30));
  await visit.getByRole('radio', { name: 'Operating' }).check();
  await expect(visit.getByLabel('Why it closed')).toHaveCount(0);
  await visit.getByLabel('Employees').fill('1');
  await visit.getByLabel('Note').fill('Shop open; first orders for the festival.');
  await expectAccessible(page, 'visit dialog');
  await visit.getByRole('button', { name: 'Save the visit' }).click();
  await expect(visit).toBeHidden();
  await expect(fact(section, 'Business survives today')).toHaveText('Yes, by the last visit');
  await expect(visits.getByRole('listitem')).toContainText('Employees: 1');

  await visits.getByRole('button', { name: 'Record a visit' }).click();
  await visit.getByRole('radio', { name: 'Closed', exact: true }).check();
  await visit.getByRole('button', { name: 'Save the visit' }).click();
  await expect(visit.getByText('Required')).toBeVisible();
  await visit.getByLabel('Why it closed').selectOption('not_profitable');
  await expectAccessible(page, 'visit dialog, closed');
  await visit.getByRole('button', { name: 'Save the visit' }).click();
  await expect(visit).toBeHidden();
  await expect(fact(section, 'Business survives today')).toHaveText('No: closed at the last visit');
  await expect(visits.getByRole('listitem').first()).toContainText('Closed because: Not profitable');

  // The history of the case tells the same story.
  const timeline = page.getByRole('region', { name: 'History' });
  await expect(timeline).toContainText('Applied for business development support');
  await expect(timeline).toContainText(
    'Type of business recommended: Trade (shop, market stall); chosen: Crafts and manufacturing (tailoring, carpentry…)',
  );
  await expect(timeline).toContainText('Business development support now at: Not selected by the board');
  await expect(timeline).toContainText('Business plan written');
  await expect(timeline).toContainText('Business training attended: Entrepreneurship education');
  await expect(timeline).toContainText('Business visited: Closed');
  await expectAccessible(page, 'case page with business development support');

  // --- In Arabic on a 360 px phone: right to left, nothing wider than the screen. ---
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page
    .getByRole('navigation', { name: 'في هذه الصفحة' })
    .getByRole('link', { name: 'دعم تطوير الأعمال' })
    .click();
  const sectionAr = page.getByRole('region', { name: 'دعم تطوير الأعمال' });
  await expect(sectionAr).toHaveCSS('direction', 'rtl');
  await expect(fact(sectionAr, 'المرحلة الحالية')).toHaveText('دعم معمّق');
  await expect(fact(sectionAr, 'المشروع قائم اليوم')).toHaveText('لا: كان مغلقًا في آخر زيارة');
  await expect(fact(sectionAr, 'النوع الذي اختاره العائد')).toHaveText('الحِرف والتصنيع (الخياطة، النجارة…)');
  // A module picked from the list reads in the reader's language.
  await expect(sectionAr.getByRole('region', { name: 'التدريبات التي حضرها' })).toContainText(
    'التثقيف في ريادة الأعمال',
  );
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'business development support (ar, phone)');

  await sectionAr.getByRole('button', { name: 'تسجيل زيارة' }).click();
  const visitAr = page.getByRole('dialog', { name: `زيارة متابعة لمشروع ${name}` });
  await visitAr.getByRole('radio', { name: 'مغلق', exact: true }).check();
  await expect(visitAr.getByLabel('سبب الإغلاق')).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'visit dialog (ar, phone)');
  await visitAr.getByRole('button', { name: 'إلغاء' }).click();
  await expect(visitAr).toBeHidden();
});
