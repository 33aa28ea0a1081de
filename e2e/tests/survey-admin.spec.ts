// The administration and management side of the Reintegration Sustainability
// Survey (issue 4): surveys collected elsewhere imported with a report of the
// rejected rows, the scores managers see, and the weight sets and programme
// settings administrators keep. Every page is checked with axe, and in Arabic
// on a 360 px phone.
import { readFile } from 'node:fs/promises';
import {
  type APIRequestContext,
  expect,
  type Page,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import {
  bandOf,
  provisionalWeightSet,
  rss2019,
  scoreAnswers,
  type ThresholdScheme,
  thresholdScheme,
} from '@reintegra/domain';
import { AdminApi } from '../support/api.ts';
import { openCase } from '../support/cases.ts';
import { baseURL, unique } from '../support/constants.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

type Answers = Record<string, string | string[]>;

/** Every question asked answered with its first substantive option; Q10 and Q31 only where the answer before leads to them. */
function completeAnswers(): Answers {
  const answers: Answers = {};
  for (const q of rss2019.questions) {
    if (q.meanOf) continue;
    const option = q.options.find((o) => !o.kind);
    if (option) answers[q.id] = q.select === 'one' ? option.code : [option.code];
  }
  return Object.fromEntries(
    Object.entries(answers).filter(([id]) => {
      const asked = rss2019.questions.find((q) => q.id === id)?.askedWhen;
      if (!asked) return true;
      const given = answers[asked.question];
      return typeof given === 'string' && asked.anyOf.includes(given);
    }),
  );
}

const questionColumns = rss2019.questions.filter((q) => !q.meanOf).map((q) => q.id);
const today = () => new Date().toISOString().slice(0, 10);

/** A KoboToolbox-like export: one row a survey, one column a question (group prefixes as Kobo writes them). */
function exportCsv(rows: { caseNumber: string; round: string; answers: Answers; uuid: string }[]): string {
  const header = [
    'case_number',
    'round',
    'interviewed_on',
    'location',
    'consent',
    ...questionColumns.map((c) => `survey/${c}`),
    '_uuid',
  ];
  const cell = (value: string) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  const lines = rows.map((r) => [
    r.caseNumber,
    r.round,
    today(),
    'phone',
    'yes',
    ...questionColumns.map((c) => {
      const a = r.answers[c];
      return a === undefined ? '' : typeof a === 'string' ? a : a.join(' ');
    }),
    r.uuid,
  ]);
  return [header, ...lines].map((l) => l.map(cell).join(',')).join('\r\n');
}

/** A user's own API session beside the page's, for data the test sets up as them. */
async function apiAs(username: string, password: string) {
  const request = await playwrightRequest.newContext({ baseURL });
  const login = await request.post('/api/v1/auth/login', { data: { username, password } });
  expect(login.ok()).toBe(true);
  const csrfToken: string = (await login.json()).csrfToken;
  return { request, csrfToken };
}

/** Imports an export through the API and waits for the job to finish. */
async function importThroughApi(session: { request: APIRequestContext; csrfToken: string }, csv: string) {
  const started = await session.request.post('/api/v1/rss/imports', {
    data: csv,
    headers: { 'content-type': 'text/csv', 'x-csrf-token': session.csrfToken },
  });
  expect(started.status(), await started.text()).toBe(202);
  const { jobId } = await started.json();
  for (let i = 0; i < 240; i++) {
    const job = await (await session.request.get(`/api/v1/jobs/${jobId}`)).json();
    if (job.status !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('the import never finished');
}

async function toArabic(page: Page) {
  await page.getByRole('button', { name: 'English' }).click();
  await page.getByRole('menuitem', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

test('a caseworker imports a CSV export: one row stored and scored, one rejected with its reason', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('ET');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, { givenNames: 'Hanna', familyName: 'Tesfaye' });
  const complete = completeAnswers();
  const { q3: _left, ...incomplete } = complete;
  const csv = exportCsv([
    { caseNumber: opened.reference, round: 'baseline', answers: complete, uuid: unique('kobo-') },
    { caseNumber: opened.reference, round: 'interim', answers: incomplete, uuid: unique('kobo-') },
  ]);

  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Import surveys' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import surveys' })).toBeVisible();
  const columns = page.getByRole('region', { name: 'Columns the file needs' });
  await expect(columns.getByRole('rowheader', { name: 'case_number' })).toBeVisible();
  await expectAccessible(page, 'import surveys page');

  // A file that is no export is refused before anything is sent.
  const chooser = page.locator('input[type="file"]');
  await chooser.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Choose a .csv or .xlsx file.')).toBeVisible();

  await chooser.setInputFiles({ name: 'kobo-export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByLabel('Round of rows that do not name theirs').selectOption({ label: 'Baseline' });
  await page.getByRole('button', { name: 'Import', exact: true }).click();

  await expect(page.getByRole('progressbar', { name: 'Rows read' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Finished.' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Rows read' })).toHaveAttribute(
    'aria-valuetext',
    '2 of 2 (100%)',
  );
  const report = page.getByRole('region', { name: 'What was imported' });
  await expect(report.getByRole('group', { name: 'Imported', exact: true })).toContainText('1');
  await expect(report.getByRole('group', { name: 'Already imported', exact: true })).toContainText('0');
  await expect(report.getByRole('group', { name: 'Rejected', exact: true })).toContainText('1');
  const rejected = report.getByRole('region', { name: 'Rejected rows' });
  await expect(rejected.getByRole('row')).toHaveCount(2);
  await expect(rejected.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    '3',
    opened.reference,
    'q3',
    'Not answered: Q3 (a partial survey is never scored)',
  ]);
  await expectAccessible(page, 'import report');

  const download = page.waitForEvent('download');
  await report.getByRole('button', { name: 'Download as CSV' }).click();
  const saved = await readFile(await (await download).path(), 'utf8');
  expect(saved).toContain(`3,${opened.reference},q3,Not answered: Q3`);

  // The good row is on the case, completed and scored; the rejected one left nothing.
  const rounds = await (await page.request.get(`/api/v1/cases/${opened.id}/rss-rounds`)).json();
  expect(rounds.items).toHaveLength(1);
  expect(rounds.items[0]).toMatchObject({ kind: 'baseline', status: 'completed' });
  expect(rounds.items[0].scores).not.toBeNull();

  // The report stays at its address: in Arabic, on a phone.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.reload();
  await toArabic(page);
  await expect(page.getByRole('heading', { level: 1, name: 'استيراد الاستبيانات' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'الصفوف المرفوضة' })).toContainText('q3');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'import report in Arabic on a phone');
});

test('a supervisor sees the scores of the office’s returnees, with small counts withheld and the provisional weights named', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const admin = await AdminApi.signIn(request);
  const { missionName, officeId, officeName } = await admin.missionWithOffice('SO');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  const own = await apiAs(caseworker.username, caseworker.password);
  const answers = completeAnswers();
  const rows = [];
  for (const name of ['Amina', 'Faadumo', 'Hodan', 'Sahra', 'Ubah']) {
    const opened = await openCase(own.request, { givenNames: name, familyName: 'Warsame' });
    rows.push({ caseNumber: opened.reference, round: 'baseline', answers, uuid: unique('kobo-') });
  }
  const job = await importThroughApi(own, exportCsv(rows));
  expect(job.report).toMatchObject({ imported: 5, rejected: 0 });
  await own.request.dispose();

  // What the figures must be: five returnees, all with the same answers, scored with the provisional set.
  const scores = scoreAnswers(rss2019, provisionalWeightSet(rss2019), answers);
  const scheme = thresholdScheme('handbook') as ThresholdScheme;
  const hidden = 'Fewer than 5: not shown';

  const supervisor = await admin.user({ role: 'supervisor', officeId });
  await signIn(page, supervisor.username, supervisor.password);
  await page
    .getByRole('navigation', { name: 'Main menu' })
    .getByRole('link', { name: 'Reintegration scores' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reintegration scores' })).toBeVisible();
  const filters = page.getByRole('search', { name: 'Filter the scores' });
  await filters.getByLabel('Mission').selectOption({ label: missionName });
  await filters.getByLabel('Office').selectOption({ label: officeName });
  await expect(page).toHaveURL(new RegExp(`officeId=${officeId}`));

  const figures = page.getByRole('region', { name: 'Scores' });
  await expect(figures.getByRole('group', { name: 'Returnees with a completed survey' })).toContainText('5');
  await expect(figures.getByRole('group', { name: 'Composite score of 0.50 or more' })).toContainText(
    (scores.composite ?? 0) >= 0.5 ? '5 (100%)' : hidden,
  );
  await expect(figures.getByRole('group', { name: 'Threshold scheme' })).toContainText('Handbook');
  await expect(figures.getByText('Provisional weights', { exact: true })).toBeVisible();
  for (const part of ['economic', 'social', 'psychosocial', 'composite'] as const) {
    const label = {
      economic: 'Economic',
      social: 'Social',
      psychosocial: 'Psychosocial',
      composite: 'Composite',
    }[part];
    const score = scores[part] as number;
    const band = bandOf(score, scheme);
    const row = figures
      .getByRole('region', { name: 'Scores by dimension' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
    await expect(row.getByRole('cell')).toHaveText([
      '5',
      score.toFixed(2),
      band === 'intensified' ? '5' : hidden,
      band === 'standard' ? '5' : hidden,
      band === 'hands_off' ? '5' : hidden,
    ]);
  }
  // The chart is named for screen readers; its figures are the table's.
  await expect(
    figures.getByRole('img', { name: /Bar chart of how many returnees fall in each band/ }),
  ).toBeVisible();
  await expectAccessible(page, 'scores page');

  // No interim round yet: every figure is withheld.
  await filters.getByLabel('Round').selectOption({ label: 'Interim' });
  await expect(figures.getByText('Fewer than 5 returnees have a completed survey here.')).toBeVisible();
  await expect(figures.getByRole('group', { name: 'Returnees with a completed survey' })).toContainText(
    hidden,
  );
  await expect(figures.getByRole('img')).toHaveCount(0);

  await page.setViewportSize({ width: 360, height: 740 });
  await filters.getByLabel('Round').selectOption({ label: 'Any round' });
  await toArabic(page);
  await expect(page.getByRole('heading', { level: 1, name: 'درجات إعادة الإدماج' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'الدرجات حسب البعد' })).toBeVisible();
  await expect(page.getByText('أوزان مؤقتة', { exact: true })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'scores page in Arabic on a phone');
});

test('an administrator imports weight sets, is told what is wrong with a bad CSV, activates a global set and watches the recompute', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const admin = await AdminApi.signIn(request);
  // A throwaway administrator: the language switch at the end is kept on the account.
  const operator = await admin.user({ role: 'administrator' });
  const setId = unique('e2e-global-').toLowerCase();
  const label = unique('E2E global weights ');
  try {
    await signIn(page, operator.username, operator.password);
    await page
      .getByRole('navigation', { name: 'Main menu' })
      .getByRole('link', { name: 'Survey settings' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Survey settings' })).toBeVisible();
    const sets = page.getByRole('region', { name: 'Stored weight sets' });
    const builtIn = sets.getByRole('row').filter({ hasText: 'provisional-equal' });
    await expect(builtIn).toContainText('Active');
    await expect(builtIn).toContainText('Provisional weights');
    await expectAccessible(page, 'survey settings');

    // The built-in set's weights, part by part.
    await builtIn.getByRole('button', { name: /View weights/ }).click();
    const weights = page.getByRole('dialog', { name: /Weights of/ });
    await expect(
      weights.getByRole('region', { name: 'Economic' }).getByRole('rowheader').first(),
    ).toContainText('Q1');
    await expectAccessible(page, 'weights dialog');
    await weights.getByRole('button', { name: 'Close' }).click();

    // A JSON file with the whole set.
    await page.getByRole('button', { name: 'Import a weight set' }).click();
    let dialog = page.getByRole('dialog', { name: 'Import a weight set' });
    await expectAccessible(page, 'import a weight set');
    const json = {
      id: setId,
      version: 1,
      label,
      source: 'End-to-end fixture, not IOM weights',
      provisional: false,
      country: null,
      dimensions: { economic: { q1: 1, q2: 2 }, social: { q11: 1 }, psychosocial: { q22: 1 } },
      composite: { q1: 1, q11: 1, q22: 1 },
    };
    await dialog.locator('input[type="file"]').setInputFiles({
      name: 'weights.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(json)),
    });
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
    const imported = sets.getByRole('row').filter({ hasText: setId });
    await expect(imported).toContainText(label);
    await expect(imported).toContainText('Global');

    // A CSV file: the server names what is wrong, field by field and line by line.
    await page.getByRole('button', { name: 'Import a weight set' }).click();
    dialog = page.getByRole('dialog', { name: 'Import a weight set' });
    await dialog.getByText('CSV', { exact: true }).click();
    const chooser = dialog.locator('input[type="file"]');
    const csv = (body: string) => ({ name: 'weights.csv', mimeType: 'text/csv', buffer: Buffer.from(body) });
    await chooser.setInputFiles(csv('part,question,weight\neconomic,q1,1\nfinance,q2,1\n'));
    await dialog.getByLabel('Set id').fill('Not An Id');
    await dialog.getByLabel('Name').fill('Guinea weights');
    await dialog.getByLabel('Source').fill('End-to-end fixture');
    await dialog.getByLabel('Country (optional)').fill('GN');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const problems = dialog.getByRole('alert');
    await expect(problems).toContainText('The set was not imported:');
    await expect(problems).toContainText('Set id: Lower-case letters, digits and dashes');
    await expect(dialog.getByLabel('Set id')).toHaveAttribute('aria-invalid', 'true');

    const countrySet = unique('e2e-gn-').toLowerCase();
    await dialog.getByLabel('Set id').fill(countrySet);
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(problems).toContainText('Line 3: Expected e.g. "social,q12,1"');

    await chooser.setInputFiles(
      csv('part,question,weight\neconomic,q1,1\nsocial,q1,1\npsychosocial,q22,1\ncomposite,q1,1\n'),
    );
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(problems).toContainText('Social, Q1: q1 belongs to the economic dimension');
    await expectAccessible(page, 'weight set problems');

    await chooser.setInputFiles(
      csv('part,question,weight\neconomic,q1,1\nsocial,q11,1\npsychosocial,q22,1\ncomposite,q1,1\n'),
    );
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
    // A country's set scores its cases beside the global set; it is not activated here, so other tests see global scores only.
    const country = sets.getByRole('row').filter({ hasText: countrySet });
    await expect(country).toContainText('Country scores beside the global ones');
    await expect(country.getByRole('button', { name: /Activate/ })).toHaveCount(1);

    // Activating the global set recomputes the stored scores (the two tests above stored six).
    await imported.getByRole('button', { name: /Activate/ }).click();
    const confirm = page.getByRole('dialog', { name: `Activate ${label} (version 1)?` });
    await expect(confirm).toContainText('every stored score is recomputed');
    await confirm.getByRole('button', { name: 'Activate and recompute' }).click();
    const recompute = page.getByRole('region', { name: 'Recomputing stored scores' });
    await expect(recompute.getByRole('progressbar', { name: 'Surveys scored again' })).toBeVisible();
    await expect(recompute.getByRole('status')).toHaveText('Finished.', { timeout: 60_000 });
    await expect(recompute).toContainText(
      new RegExp(`Done: \\d+ stored surveys scored again with ${setId} version 1\\.`),
    );
    await expect(recompute.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    await expect(imported).toContainText('Active');
    await expect(builtIn.getByRole('button', { name: /Activate/ })).toBeVisible();
    await expectAccessible(page, 'recompute finished');

    // A programme with its own schedule and scheme; the default is left as it is.
    const programme = unique('E2E programme ');
    await page.getByRole('button', { name: 'Add a programme' }).click();
    const adding = page.getByRole('form', { name: 'Add a programme' });
    await adding.getByLabel('Programme').fill(programme);
    await adding.getByLabel('Round schedule').selectOption('quarterly');
    await adding.getByLabel('Threshold scheme').selectOption('measure');
    await adding.getByRole('button', { name: 'Add the programme' }).click();
    await expect(page.getByText(`Settings of ${programme} saved.`)).toBeVisible();
    const saved = page.getByRole('form', { name: programme });
    await expect(saved.getByLabel('Round schedule')).toHaveValue('quarterly');
    await expect(saved.getByLabel('Threshold scheme')).toHaveValue('measure');

    await page.setViewportSize({ width: 360, height: 740 });
    await toArabic(page);
    await expect(page.getByRole('heading', { level: 1, name: 'إعدادات الاستبيان' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'survey settings in Arabic on a phone');
    await page.getByRole('button', { name: 'استيراد مجموعة أوزان' }).click();
    await expect(page.getByRole('dialog', { name: 'استيراد مجموعة أوزان' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectAccessible(page, 'import a weight set in Arabic on a phone');
  } finally {
    // Other tests score with the built-in set: put it back, and wait for its recompute.
    const { jobId } = await admin.post<{ jobId: string }>(
      '/rss/weight-sets/provisional-equal/1/activate',
      {},
    );
    const back = await admin.finishedJob(jobId);
    expect(back.status).toBe('done');
  }
});
