// A weak dimension points the caseworker to the feasibility grid's approaches
// for it (issue 4 scope 6, Annex 5): a list to weigh with the returnee, never a decision.

import { expect, test } from '@playwright/test';
import { currentInstrument, isAsked, type RssQuestion } from '@reintegra/domain';
import { AdminApi } from '../support/api.ts';
import { completeSurvey, openCase } from '../support/cases.ts';
import { expectAccessible, expectNoSidewaysScroll, signIn } from '../support/pages.ts';

/** Every question asked, at its worst answer in the economic dimension and its best elsewhere. */
function weakEconomy(): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const q of currentInstrument.questions as readonly RssQuestion[]) {
    if (q.meanOf || !isAsked(q, answers)) continue;
    const valued = q.options.filter((o) => o.value !== undefined);
    const want = q.dimension === 'economic' ? 0 : 1;
    const option = valued.find((o) => o.value === want) ?? q.options.find((o) => !o.kind);
    if (option) answers[q.id] = q.select === 'one' ? option.code : [option.code];
  }
  return answers;
}

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('a weak economic score lists the grid’s economic approaches to consider, on a phone', async ({
  page,
  request,
}) => {
  const admin = await AdminApi.signIn(request);
  const { officeId } = await admin.missionWithOffice('CM');
  const caseworker = await admin.user({ role: 'caseworker', officeId });
  await signIn(page, caseworker.username, caseworker.password);
  const opened = await openCase(page.request, {
    givenNames: 'Ibrahim',
    familyName: 'Njoya',
    birthYear: 1990,
  });
  await completeSurvey(page.request, opened.id, weakEconomy());

  await page.goto(`/cases/${opened.id}`);
  const section = page.getByRole('region', { name: 'Reintegration survey' });
  await expect(section.getByRole('heading', { name: 'Approaches to consider' })).toBeVisible();
  const economic = section.getByRole('list', { name: 'Approaches for the Economic dimension' });
  await expect(economic.getByRole('listitem')).toHaveCount(14);
  await expect(economic.getByRole('listitem').first()).toContainText('Cash-based assistance.');
  await expect(section.getByRole('list', { name: /Approaches for the Social/ })).toHaveCount(0);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page, 'survey section with approaches to consider');
});
