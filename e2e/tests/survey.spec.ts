// The Reintegration Sustainability Survey on the case page (issue 4): rounds
// started with consent read out, the 31 questions asked one by one with their
// skip logic, answers saved as the interviewer goes, scores with their bands
// and movement, a chart of the rounds, and interruptions never scored.
import {
  type APIRequestContext,
  expect,
  type Page,
  request as playwrightRequest,
  test,
} from '@playwright/test';
import { AdminApi } from '../support/api.ts';
import { openCase, recordMigration } from '../support/cases.ts';
import { baseURL, knownPassword, unique } from '../support/constants.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

type Score = 'economic' | 'social' | 'psychosocial' | 'composite';
interface ApiRound {
  id: string;
  kind: string;
  status: string;
  scores: (Record<Score, number | null> & { bands: Record<Score, string | null> }) | null;
}

/** A caseworker who sees every case of the office: an interviewer who is not the returnee's own caseworker. */
async function officeInterviewer(admin: AdminApi, officeId: string, language: 'en' | 'ar') {
  const username = unique('interviewer.');
  const displayName = unique('Interviewer ');
  await admin.post('/admin/users', {
    username,
    displayName,
    role: 'caseworker',
    officeId,
    scope: 'office',
    language,
    password: knownPassword,
  });
  return { username, displayName, password: knownPassword };
}

/** The case's own caseworker, signed in through the API only: they open the case and record the return. */
async function caseworkerApi(admin: AdminApi, officeId: string) {
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  const request = await playwrightRequest.newContext({ baseURL });
  const login = await request.post('/api/v1/auth/login', {
    data: { username: caseworker.username, password: caseworker.password },
  });
  expect(login.ok()).toBe(true);
  return { caseworker, request };
}

/** A calendar day some days ago, as the server takes it. */
function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

async function roundsOf(request: APIRequestContext, caseId: string): Promise<ApiRound[]> {
  const response = await request.get(`/api/v1/cases/${caseId}/rss-rounds`);
  expect(response.ok()).toBe(true);
  return (await response.json()).items;
}

const questionHeading = (page: Page) =>
  page.getByRole('heading', { level: 2, name: /^(Question|السؤال) \d+$/ });

/**
 * Answers every step up to the review. `answer` gets the question's number
 * and picks what to choose; by default the option at `index` (the radio, or
 * the checkbox of a select-all question).
 */
async function answerAll(
  page: Page,
  words: { next: string; review: string },
  answer: (number: number, pick: (index: number) => Promise<void>) => Promise<void>,
) {
  const review = page.getByRole('heading', { level: 2, name: words.review, exact: true });
  const pick = async (index: number) => {
    const radios = page.getByRole('radio');
    if ((await radios.count()) > 0) await radios.nth(index).check();
    else await page.getByRole('checkbox').nth(index).check();
  };
  for (let steps = 0; steps < 40; steps++) {
    await expect(questionHeading(page).or(review)).toBeVisible();
    if (await review.isVisible()) return;
    const title = (await questionHeading(page).textContent()) ?? '';
    await answer(Number(title.match(/\d+/)?.[0]), pick);
    await page.getByRole('button', { name: words.next, exact: true }).click();
    await expect(
      questionHeading(page)
        .filter({ hasNotText: new RegExp(`^${title}$`) })
        .or(review),
    ).toBeVisible();
  }
  throw new Error('The review never came');
}

const two = (value: number | null) => (value === null ? '—' : value.toFixed(2));

test('an interviewer takes a baseline on a phone in Arabic and an interim in English on a phone; the chart and the movement show both', async ({
  page,
  request,
}) => {
  test.setTimeout(240_000);
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('GA');
  const { request: own } = await caseworkerApi(admin, officeId);
  const opened = await openCase(own, { givenNames: 'Awa', familyName: 'Nzé', birthYear: 1994 });
  // A return ten days ago puts the baseline, interim and endline rounds on the case as tasks.
  await recordMigration(own, opened.id, { hostCountry: 'LY', returnedOn: daysAgo(10) });
  await own.dispose();
  const interviewer = await officeInterviewer(admin, officeId, 'ar');

  // --- Baseline: a 360 px phone, in Arabic. ---
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, interviewer.username, interviewer.password);
  await page.goto(`/cases/${opened.id}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('region', { name: 'المهام' })).toContainText(
    'جولة استبيان إعادة الإدماج: جولة خط الأساس',
  );
  await page
    .getByRole('navigation', { name: 'في هذه الصفحة' })
    .getByRole('link', { name: 'استبيان إعادة الإدماج' })
    .click();
  const section = page.getByRole('region', { name: 'استبيان إعادة الإدماج' });
  await expect(section).toContainText('لا توجد جولة استبيان بعد.');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'survey section without rounds (ar, phone)');

  await section.getByRole('button', { name: 'بدء جولة استبيان' }).click();
  const dialog = page.getByRole('dialog', { name: 'بدء جولة استبيان مع Awa Nzé' });
  // The due task says which round comes next.
  await expect(dialog.getByLabel('الجولة')).toHaveValue('baseline');
  // The instrument has no Arabic: the consent prompt is read in English, marked as such.
  const prompt = dialog.getByText('If you agree, I would like to ask for about 40 minutes');
  await expect(prompt).toBeVisible();
  await expect(dialog.locator('[lang="en"][dir="ltr"]', { hasText: 'If you agree' })).toHaveCount(1);
  await expect(dialog).toContainText('لا يتوفر الاستبيان بلغتك بعد');
  await dialog.getByRole('radio', { name: 'في المكتب' }).check();
  await expect(dialog).toContainText('عند المقابلة الحضورية تكون الموافقة كتابية');
  await dialog.getByLabel('العنوان في البلد').fill('حي السلام، شارع 12');
  await dialog.getByLabel('المحافظة أو الولاية').fill('Estuaire');
  await dialog.getByRole('radio', { name: 'لا' }).check();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'start dialog (ar, phone)');
  await dialog.getByRole('button', { name: 'العائد موافق' }).click();

  await expect(page).toHaveURL(/\/cases\/[0-9a-f-]+\/survey\/[0-9a-f-]+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('استبيان إعادة الإدماج: جولة خط الأساس');
  await expect(page.getByText('السؤال 1 من 31')).toBeVisible();
  await expect(questionHeading(page)).toHaveText('السؤال 1');
  const q1 = page.getByText('How satisfied are you with your current economic situation?');
  await expect(q1).toHaveAttribute('lang', 'en');
  await expect(q1).toHaveAttribute('dir', 'ltr');
  await expect(page.getByText('دون تلقين: لا تقرأ الخيارات.')).toBeVisible();
  await expect(page.getByRole('radiogroup', { name: 'اختر إجابة واحدة' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'معاينة الدرجات' })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'question step (ar, phone)');

  // The first option everywhere: Q9 "Yes" asks Q10; Q30 "Yes" leaves Q31 out.
  const seen: number[] = [];
  await answerAll(page, { next: 'التالي', review: 'المراجعة' }, async (number, pick) => {
    seen.push(number);
    if (number === 28) await expect(page.getByText('Feeling lonely')).toBeVisible();
    await pick(0);
  });
  expect(seen).toContain(10);
  expect(seen).not.toContain(21);
  expect(seen).not.toContain(31);
  await expect(page.getByText('أُجيب عن كل الأسئلة المطروحة.')).toBeVisible();
  // Q21 is never asked: it is worked out from five others.
  await expect(page.getByText(/لا يُطرح: يُحسب من الأسئلة 13, 15, 17, 18, 19/)).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'review (ar, phone)');
  await page.getByRole('button', { name: 'إكمال الجولة واحتساب الدرجات' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'نتيجة الجولة' })).toBeVisible();
  const [baseline] = await roundsOf(page.request, opened.id);
  expect(baseline?.status).toBe('completed');
  const bandsAr: Record<string, string> = {
    intensified: 'يُنصح بدعم مكثف',
    standard: 'دعم اعتيادي',
    hands_off: 'يمكن الاكتفاء بتدخل محدود',
  };
  const outcome = page.getByRole('list', { name: 'الدرجات: جولة خط الأساس' });
  const composite = outcome.getByRole('listitem').filter({ hasText: 'الدرجة المركّبة' });
  await expect(composite).toContainText(bandsAr[baseline?.scores?.bands.composite ?? ''] ?? 'missing');
  await expect(composite).toContainText('أوزان مؤقتة');
  await expect(page.getByText('«لا أعرف» أو «لا أرغب في الإجابة»')).toBeVisible();
  await page.getByRole('link', { name: 'العودة إلى الملف' }).first().click();

  await expect(section.getByRole('heading', { level: 3 })).toHaveCount(1);
  await expect(section).toContainText('مكتملة');
  await expect(section.getByRole('figure', { name: 'الدرجات عبر الجولات المكتملة' })).toBeVisible();
  await section.scrollIntoViewIfNeeded();
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'survey section with a round and the chart (ar, phone)');

  // --- Interim: in English, on the phone again (the language menu is in the wide header). ---
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByRole('button', { name: /^اللغة/ }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.setViewportSize({ width: 360, height: 740 });
  const english = page.getByRole('region', { name: 'Reintegration survey' });
  await english.getByRole('button', { name: 'Start a survey round' }).click();
  const start = page.getByRole('dialog', { name: 'Start a survey round with Awa Nzé' });
  // The baseline task is done: the interim one is next.
  await expect(start.getByLabel('Round', { exact: true })).toHaveValue('interim');
  await expect(start.getByLabel('Address in the country')).toHaveValue('حي السلام، شارع 12');
  await start.getByRole('radio', { name: 'By phone' }).check();
  await expect(start).toContainText('By phone, the returnee gives explicit consent out loud.');
  await start.getByRole('button', { name: 'The returnee agrees' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reintegration survey: interim round');
  await expect(page.getByText('Question 1 of 31')).toBeVisible();
  await expect(page.getByText('Do not prompt: do not read the options out.')).toBeVisible();
  // A chosen answer with "please explain" asks for the reason.
  await page.getByRole('radio', { name: 'Dissatisfied', exact: true }).check();
  await page.getByLabel('Please explain').fill('The shop closed in the rainy season.');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(questionHeading(page)).toHaveText('Question 2');
  await page.getByRole('radio', { name: 'Sometimes', exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('radio', { name: 'Yes', exact: true }).check();
  await page.getByLabel('Notes').fill('Borrows from an uncle.');
  const saved = page.waitForResponse((r) => r.url().endsWith('/answers') && r.request().method() === 'PUT');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await saved;
  await expect(page.getByText('All answers saved.')).toBeVisible();

  // A lost tab loses little: the round picks up at the first question not answered.
  await page.reload();
  await expect(questionHeading(page)).toHaveText('Question 4');
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await expect(page.getByRole('radio', { name: 'Yes', exact: true })).toBeChecked();
  await expect(page.getByLabel('Notes')).toHaveValue('Borrows from an uncle.');
  await page.getByRole('button', { name: 'Next', exact: true }).click();

  // The review lists what is still unanswered, with a way back.
  await page.getByRole('button', { name: 'Go to the review' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Review', exact: true })).toBeVisible();
  await expect(page.getByText('Questions still to answer: 26')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Complete and score' })).toBeDisabled();
  await page.getByRole('button', { name: 'Go to question 4' }).click();
  await expect(questionHeading(page)).toHaveText('Question 4');

  await answerAll(page, { next: 'Next', review: 'Review' }, async (number, pick) => {
    if (number === 8) {
      // "No" is chosen alone: it clears "Land".
      await page.getByRole('checkbox', { name: 'Land', exact: true }).check();
      await page.getByRole('checkbox', { name: 'No', exact: true }).check();
      await expect(page.getByRole('checkbox', { name: 'Land', exact: true })).not.toBeChecked();
      await expect(page.getByRole('group', { name: 'Select all that apply' })).toBeVisible();
    } else if (number === 9) {
      await page.getByRole('radio', { name: 'No', exact: true }).check();
      await expect(page.getByText('Question 9 of 30')).toBeVisible();
    } else if (number === 19) {
      await page.getByRole('radio', { name: 'Poor', exact: true }).check();
      const reasons = page.getByRole('group', {
        name: 'Please explain why health care is not easily accessible to you:',
      });
      await reasons.getByRole('checkbox', { name: 'It is too far' }).check();
    } else if (number === 30) {
      await page.getByRole('radio', { name: 'No', exact: true }).check();
    } else if (number === 31) {
      await pick(1);
    } else {
      await pick(2);
    }
  });
  expect(await page.getByText('Not asked, after the answer to question 9').count()).toBe(1);
  await expect(page.getByText('Every question asked has an answer.')).toBeVisible();
  await expectAccessible(page, 'review (en, laptop)');
  await page.getByRole('button', { name: 'Complete and score' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Outcome of the round' })).toBeVisible();

  const [first, interim] = await roundsOf(page.request, opened.id);
  expect(interim?.status).toBe('completed');
  const before = first?.scores as NonNullable<ApiRound['scores']>;
  const after = interim?.scores as NonNullable<ApiRound['scores']>;
  const moved = Math.round((after.composite ?? 0) * 100) - Math.round((before.composite ?? 0) * 100);
  const movement =
    moved === 0
      ? 'Unchanged since the baseline round'
      : `${moved > 0 ? '+' : '-'}${(Math.abs(moved) / 100).toFixed(2)} since the baseline round`;
  await expect(
    page
      .getByRole('list', { name: 'Scores: Interim' })
      .getByRole('listitem')
      .filter({ hasText: 'Composite' }),
  ).toContainText(movement);
  await page.getByRole('link', { name: 'Back to the case' }).first().click();

  // The chart shows both rounds; its figures are in the table for screen readers.
  const figure = english.getByRole('figure', { name: 'Scores across the completed rounds' });
  await expect(figure.getByRole('img', { name: /Line chart of the economic, social/ })).toBeVisible();
  const table = figure.getByRole('table', { name: 'Scores by round' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  for (const [index, round] of [
    [1, before],
    [2, after],
  ] as const) {
    await expect(rows.nth(index).getByRole('cell')).toHaveText([
      two(round.economic),
      two(round.social),
      two(round.psychosocial),
      two(round.composite),
    ]);
  }
  await expect(rows.nth(1).getByRole('rowheader')).toContainText('Baseline');
  await expect(rows.nth(2).getByRole('rowheader')).toContainText('Interim');
  await expect(figure.locator('.recharts-line')).toHaveCount(4);
  const interimItem = english.getByRole('listitem').filter({ hasText: 'Interim ·' }).first();
  await expect(interimItem).toContainText(movement);
  await expect(interimItem).toContainText('Provisional weights');
  await expect(interimItem).toContainText('By phone · verbal consent');
  // The interviewer does not work on the case: no warning.
  await expect(english).not.toContainText('The interviewer works on this case.');
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'survey section with two rounds (en, phone)');

  // Both due rounds are done; the endline is next, named as such.
  await expect(page.getByRole('region', { name: 'Tasks' })).toContainText(
    'Reintegration survey round: endline',
  );
});

test('the case’s own caseworker is warned; an interruption is kept without scores, and a refusal asks nothing', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('KM');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, { givenNames: 'Said', familyName: 'Ali', birthYear: 1990 });
  await recordMigration(page.request, opened.id, { hostCountry: 'FR', returnedOn: daysAgo(20) });

  // The survey round due shows on the caseworker's own list, named with its round.
  await page.goto('/tasks');
  await expect(page.getByRole('row').filter({ hasText: opened.reference }).first()).toContainText(
    'Reintegration survey round: baseline',
  );

  await page.goto(`/cases/${opened.id}`);
  const section = page.getByRole('region', { name: 'Reintegration survey' });
  await section.getByRole('button', { name: 'Start a survey round' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start a survey round with Said Ali' });
  await expect(dialog).toContainText('The interviewer works on this case.');
  // Where the interview takes place is asked first: it decides how consent is given.
  await dialog.getByLabel('Round', { exact: true }).selectOption('ad_hoc');
  await dialog.getByRole('button', { name: 'The returnee agrees' }).click();
  await expect(dialog.getByText('Choose where the interview takes place.')).toBeVisible();
  await dialog.getByRole('radio', { name: 'On site' }).check();
  await expectAccessible(page, 'start dialog (en)');
  await dialog.getByRole('button', { name: 'The returnee agrees' }).click();

  await expect(page.getByText('The interviewer works on this case.')).toBeVisible();
  await page.getByRole('radio', { name: 'OK', exact: true }).check();
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'The returnee wants to stop' }).click();
  const stop = page.getByRole('dialog', { name: 'The returnee wants to stop' });
  await stop.getByLabel('Reason').fill('Tired after the journey; asked to go on another day.');
  await stop.getByRole('button', { name: 'Record the interruption' }).click();

  await expect(page).toHaveURL(new RegExp(`/cases/${opened.id}`));
  const interrupted = section.getByRole('listitem').filter({ hasText: 'Ad hoc ·' });
  await expect(interrupted).toContainText('Interrupted');
  await expect(interrupted).toContainText(
    'Why it stopped: Tired after the journey; asked to go on another day.',
  );
  await expect(interrupted).toContainText('An interrupted survey is kept for the record and never scored.');
  await expect(interrupted).toContainText('The interviewer works on this case.');
  await expect(interrupted.getByRole('list', { name: /^Scores/ })).toHaveCount(0);
  await expect(section.getByRole('figure')).toHaveCount(0);
  const [round] = await roundsOf(page.request, opened.id);
  expect(round).toMatchObject({ status: 'interrupted', scores: null });

  // By phone the returnee says no: recorded, nothing asked.
  await section.getByRole('button', { name: 'Start a survey round' }).click();
  await dialog.getByRole('radio', { name: 'By phone' }).check();
  await dialog.getByRole('button', { name: 'The returnee does not agree' }).click();
  await expect(dialog).toBeHidden();
  const refused = section.getByRole('listitem').filter({ hasText: 'No consent' });
  await expect(refused).toContainText('The returnee did not agree to the survey: nothing was asked.');
  await expect(page.getByRole('region', { name: 'History' })).toContainText(
    'Survey round interrupted: ad hoc',
  );
  await expectAccessible(page, 'survey section with an interrupted and a refused round');
});
