// One minimum count for every page of figures: the one the server is started with.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ minCellCount: 8 });
});
afterAll(() => t.close());

it('withholds the scores, the referral report and the dashboard under the configured minimum, not the default', async () => {
  const manager = await t.signIn(
    (await t.addUser('programme_manager', { missionId: t.org.origin.id, scope: 'mission' })).username,
  );
  expect((await manager.get('/api/v1/rss/summary')).json().smallestShownCount).toBe(8);
  expect((await manager.get('/api/v1/referrals/report')).json().smallestShownCount).toBe(8);
  expect((await manager.get('/api/v1/indicators/dashboard')).json().minCount).toBe(8);
});
