import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FigureCache } from '../src/indicators/figure-cache.ts';
import { refreshFigures, startTestApp, type TestApp } from './support/app.ts';
import { openedCase } from './support/cases.ts';

const rebuilt = new Date('2026-11-30T02:00:00Z');
const rebuiltAgain = new Date('2026-11-30T03:00:00Z');

/** A computation that counts how often it ran. */
function counted(value: string) {
  const runs = { count: 0 };
  return { runs, compute: async () => `${value}#${++runs.count}` };
}

describe('FigureCache', () => {
  it('answers the same reach and filters from the first computation until the figures are rebuilt', async () => {
    const cache = new FigureCache<string>(10);
    const { runs, compute } = counted('office-a');
    expect(await cache.get(rebuilt, 'k', compute)).toBe('office-a#1');
    expect(await cache.get(rebuilt, 'k', compute)).toBe('office-a#1');
    expect(runs.count).toBe(1);
    // Another server rebuilt the tables: its time is newer, so the answer is read again.
    expect(await cache.get(rebuiltAgain, 'k', compute)).toBe('office-a#2');
  });

  it('shares one computation between readers who ask at the same moment', async () => {
    const cache = new FigureCache<string>(10);
    const { runs, compute } = counted('x');
    const answers = await Promise.all([1, 2, 3, 4].map(() => cache.get(rebuilt, 'k', compute)));
    expect(answers).toEqual(['x#1', 'x#1', 'x#1', 'x#1']);
    expect(runs.count).toBe(1);
  });

  it('keeps different keys apart', async () => {
    const cache = new FigureCache<string>(10);
    expect(await cache.get(rebuilt, 'office:a', async () => 'a')).toBe('a');
    expect(await cache.get(rebuilt, 'office:b', async () => 'b')).toBe('b');
  });

  it('does not keep a failed computation', async () => {
    const cache = new FigureCache<string>(10);
    await expect(
      cache.get(rebuilt, 'k', () => Promise.reject(new Error('lost connection'))),
    ).rejects.toThrow();
    expect(await cache.get(rebuilt, 'k', async () => 'fine')).toBe('fine');
  });

  it('drops the least recently read answer beyond its size', async () => {
    const cache = new FigureCache<string>(2);
    await cache.get(rebuilt, 'a', async () => 'a1');
    await cache.get(rebuilt, 'b', async () => 'b1');
    await cache.get(rebuilt, 'a', async () => 'a2'); // read: 'b' is now the oldest
    await cache.get(rebuilt, 'c', async () => 'c1');
    expect(cache.size).toBe(2);
    expect(await cache.get(rebuilt, 'a', async () => 'a3')).toBe('a1');
    expect(await cache.get(rebuilt, 'b', async () => 'b2')).toBe('b2');
  });

  it('forgets everything when this server rebuilds, even at the same time', async () => {
    const cache = new FigureCache<string>(10);
    await cache.get(rebuilt, 'k', async () => 'before');
    cache.clear();
    expect(await cache.get(rebuilt, 'k', async () => 'after')).toBe('after');
  });
});

describe('the dashboard read through the cache', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ minCellCount: 1 });
  });
  afterAll(() => t.close());

  it('shows a new case once the figures are rebuilt, though the test clock gives the rebuild the same time', async () => {
    const conakry = { officeId: t.org.conakry.id, scope: 'office' as const };
    const worker = await t.signIn((await t.addUser('caseworker', conakry)).username);
    const supervisor = await t.signIn((await t.addUser('supervisor', conakry)).username);
    const openedNow = async () =>
      (await supervisor.get('/api/v1/indicators/dashboard?from=2026-01-01&to=2026-11-30')).json().caseload
        .opened;
    await openedCase(worker);
    await refreshFigures(supervisor);
    expect((await openedNow()).value).toBe(1);
    await openedCase(worker);
    // Not rebuilt yet: the tables, and so the kept answer, still count one.
    expect((await openedNow()).value).toBe(1);
    await refreshFigures(supervisor);
    expect((await openedNow()).value).toBe(2);
  });

  it('keeps complaints out of the kept answers: a supervisor never gets counted one that concerns them', async () => {
    const agadez = { officeId: t.org.agadez.id, scope: 'office' as const };
    const named = await t.addUser('supervisor', agadez);
    const namedSession = await t.signIn(named.username);
    const colleague = await t.signIn((await t.addUser('supervisor', agadez)).username);
    const countedFor = async (s: typeof colleague) =>
      (await s.get('/api/v1/indicators/dashboard?from=2026-01-01&to=2026-11-30')).json().accountability
        .complaints.figures?.aboutAssistance.value ?? null;
    // The named supervisor reads first: the facts are kept under their office's reach.
    expect(await countedFor(namedSession)).toBeNull();
    const recorded = await colleague.post('/api/v1/complaints', {
      kind: 'complaint',
      channel: 'hotline',
      about: 'assistance',
      subject: 'The supervisor promised a kit that never came',
      receivedOn: '2026-11-20',
      anonymous: true,
      concernedUserId: named.id,
    });
    expect(recorded.statusCode, recorded.body).toBe(201);
    // At once, without a rebuild, for the colleague; never for the one it concerns.
    expect(await countedFor(colleague)).toBe(1);
    expect(await countedFor(namedSession)).toBeNull();
  });
});
