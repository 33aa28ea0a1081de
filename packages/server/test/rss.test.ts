import { rss2019 } from '@reintegra/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf, finishedJob, startTestApp, type TestApp } from './support/app.ts';
import { bestAnswers, worstAnswers } from './support/rss.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let worker: Session;
let interviewer: Session;
let stranger: Session;
let admin: Session;

beforeAll(async () => {
  t = await startTestApp();
  worker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.conakry.id, scope: 'office' })).username,
  );
  interviewer = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.conakry.id, scope: 'office' })).username,
  );
  stranger = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })).username,
  );
  admin = await t.signIn(t.admin.username);
});
afterAll(() => t.close());

const screening = {
  programme: 'Reintegration Guinea',
  eligible: true,
  reasons: 'Returned from Libya',
  needsMediumToLongTermServices: true,
  atMediumToHighRisk: false,
};

async function openCase(returnedOn?: string) {
  const res = await worker.post('/api/v1/cases', {
    phase: 'post_return',
    person: { sex: 'female', names: [{ givenNames: 'Mariama', familyName: 'Diallo' }] },
    screening,
    ...(returnedOn ? { migration: { hostCountry: 'LY', returnedOn } } : {}),
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().summary.id as string;
}

const best = bestAnswers;
const worst = worstAnswers;

async function start(session: Session, caseId: string, body: Record<string, unknown> = {}) {
  return session.post(`/api/v1/cases/${caseId}/rss-rounds`, {
    kind: 'baseline',
    location: 'office',
    consent: { given: true, method: 'written' },
    ...body,
  });
}

/** A round taken, answered and completed by the interviewer. */
async function completedRound(caseId: string, answers: Record<string, string | string[]>) {
  const roundId = (await start(interviewer, caseId)).json().started as string;
  await interviewer.put(`/api/v1/cases/${caseId}/rss-rounds/${roundId}/answers`, { version: 1, answers });
  const done = await interviewer.post(`/api/v1/cases/${caseId}/rss-rounds/${roundId}/complete`, {
    version: 2,
  });
  expect(done.statusCode, done.body).toBe(200);
  return roundId;
}

describe('survey rounds on a case', () => {
  it('are put on the case as tasks from the return day, on the Handbook schedule', async () => {
    const id = await openCase('2026-11-01');
    const file = (await worker.get(`/api/v1/cases/${id}`)).json();
    const surveys = file.tasks.filter((task: { kind: string }) => task.kind === 'survey');
    expect(surveys.map((s: { topic: string; dueOn: string }) => [s.topic, s.dueOn])).toEqual([
      ['baseline', '2026-12-01'],
      ['interim', '2027-08-01'],
      ['endline', '2028-05-01'],
    ]);
  });

  it('are started with consent, answered, completed and scored; the baseline task is done and a weak dimension raises a support task', async () => {
    const id = await openCase('2026-11-01');
    const started = await start(interviewer, id);
    expect(started.statusCode, started.body).toBe(201);
    const roundId = started.json().started;
    const round = started.json().items[0];
    expect(round).toMatchObject({
      status: 'in_progress',
      interviewerOnCase: false,
      consentMethod: 'written',
    });

    // The economic answers at their worst, everything else at its best.
    const answers = { ...best };
    for (const q of rss2019.questions.filter((x) => x.dimension === 'economic')) {
      if (worst[q.id] !== undefined) answers[q.id] = worst[q.id] as string | string[];
    }
    delete answers.q10;
    if (worst.q9 === 'yes') answers.q10 = worst.q10 ?? ['unemployed'];
    const saved = await interviewer.put(`/api/v1/cases/${id}/rss-rounds/${roundId}/answers`, {
      version: 1,
      answers,
      explanations: { q1: 'No income since the return' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const done = await interviewer.post(`/api/v1/cases/${id}/rss-rounds/${roundId}/complete`, { version: 2 });
    expect(done.statusCode, done.body).toBe(200);
    const scores = done.json().items[0].scores;
    expect(scores).toMatchObject({
      economic: 0,
      social: 1,
      psychosocial: 1,
      bands: { economic: 'intensified', social: 'hands_off', psychosocial: 'hands_off' },
      weightSet: 'provisional-equal',
      provisional: true,
      thresholdScheme: 'handbook',
      lowReliability: false,
    });
    expect(scores.composite).toBeGreaterThan(0.5);
    expect(scores.composite).toBeLessThan(1);

    const file = (await worker.get(`/api/v1/cases/${id}`)).json();
    const baseline = file.tasks.find((task: { topic: string }) => task.topic === 'baseline');
    expect(baseline.status).toBe('done');
    const support = file.tasks.filter((task: { kind: string }) => task.kind === 'support');
    expect(support.map((s: { topic: string; status: string }) => [s.topic, s.status])).toEqual([
      ['economic', 'open'],
    ]);
    expect(file.timeline.at(-1)).toMatchObject({ kind: 'rss_completed' });
  });

  it('warns when the interviewer is the returnee’s own caseworker', async () => {
    const id = await openCase();
    const started = await start(worker, id);
    expect(started.json().items[0].interviewerOnCase).toBe(true);
  });

  it('records a refusal of consent and asks nothing; by phone consent is verbal', async () => {
    const id = await openCase();
    const wrong = await start(interviewer, id, {
      location: 'phone',
      consent: { given: true, method: 'written' },
    });
    expect(errorOf(wrong).fields?.[0]).toMatchObject({ field: 'body.consent.method', code: 'wrong_method' });
    const refused = await start(interviewer, id, {
      location: 'phone',
      consent: { given: false, method: 'verbal' },
    });
    const round = refused.json().items[0];
    expect(round.status).toBe('no_consent');
    const answer = await interviewer.put(`/api/v1/cases/${id}/rss-rounds/${round.id}/answers`, {
      version: 1,
      answers: { q1: 'ok' },
    });
    expect(answer.statusCode).toBe(409);
    expect(errorOf(answer).code).toBe('round_closed');
    const rounds = (await worker.get(`/api/v1/cases/${id}/rss-rounds`)).json().items;
    expect(rounds[0].answers).toEqual({});
  });

  it('keeps an interrupted survey as interrupted and never scores it', async () => {
    const id = await openCase();
    const roundId = (await start(interviewer, id)).json().started;
    await interviewer.put(`/api/v1/cases/${id}/rss-rounds/${roundId}/answers`, {
      version: 1,
      answers: { q1: 'ok', q2: 'never' },
    });
    const early = await interviewer.post(`/api/v1/cases/${id}/rss-rounds/${roundId}/complete`, {
      version: 2,
    });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).code).toBe('survey_incomplete');
    expect(errorOf(early).fields?.[0]).toMatchObject({ field: 'answers.q3', code: 'unanswered' });
    const stopped = await interviewer.post(`/api/v1/cases/${id}/rss-rounds/${roundId}/interrupt`, {
      version: 2,
      reason: 'Asked to stop after question 2',
    });
    expect(stopped.statusCode, stopped.body).toBe(200);
    const round = stopped.json().items[0];
    expect(round).toMatchObject({ status: 'interrupted', scores: null, answers: { q1: 'ok', q2: 'never' } });
    const again = await interviewer.post(`/api/v1/cases/${id}/rss-rounds/${roundId}/complete`, {
      version: 3,
    });
    expect(errorOf(again).code).toBe('round_closed');
  });

  it('flags more than seven don’t-knows as lower reliability, with the count', async () => {
    const id = await openCase();
    const roundId = (await start(interviewer, id)).json().started;
    const answers = { ...best };
    const unsure = rss2019.questions.filter(
      (q) => !q.askedWhen && q.options.some((o) => o.kind === 'dont_know'),
    );
    for (const q of unsure.slice(0, 8)) answers[q.id] = q.select === 'one' ? 'dont_know' : ['dont_know'];
    await interviewer.put(`/api/v1/cases/${id}/rss-rounds/${roundId}/answers`, { version: 1, answers });
    const done = await interviewer.post(`/api/v1/cases/${id}/rss-rounds/${roundId}/complete`, { version: 2 });
    expect(done.json().items[0].scores).toMatchObject({
      dontKnowCount: 8,
      lowReliability: true,
      economic: 1,
    });
  });

  it('names each wrong answer, refuses a stale version, and keeps other offices out', async () => {
    const id = await openCase();
    const roundId = (await start(interviewer, id)).json().started;
    const bad = await interviewer.put(`/api/v1/cases/${id}/rss-rounds/${roundId}/answers`, {
      version: 1,
      answers: { q1: 'superb', q9: 'no', q10: ['unemployed'], q21: 'good' },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).fields?.map((f) => [f.field, f.code])).toEqual([
      ['body.answers.q1', 'unknown_option'],
      ['body.answers.q10', 'not_asked'],
      ['body.answers.q21', 'derived'],
    ]);
    const stale = await interviewer.put(`/api/v1/cases/${id}/rss-rounds/${roundId}/answers`, {
      version: 7,
      answers: {},
    });
    expect(stale.statusCode).toBe(409);
    expect((await stranger.get(`/api/v1/cases/${id}/rss-rounds`)).statusCode).toBe(404);
    expect((await start(stranger, id)).statusCode).toBe(404);
    const theirs = await stranger.put(`/api/v1/cases/${id}/rss-rounds/${roundId}/answers`, {
      version: 1,
      answers: {},
    });
    expect(theirs.statusCode).toBe(404);
    const rounds = (await worker.get(`/api/v1/cases/${id}/rss-rounds`)).json().items;
    expect(rounds[0]).toMatchObject({ answers: {}, version: 1 });
  });
});

describe('the calculator and the instrument', () => {
  it('gives the instrument with option codes and values', async () => {
    const res = await worker.get('/api/v1/rss/instrument');
    expect(res.statusCode).toBe(200);
    const q2 = res.json().questions.find((q: { id: string }) => q.id === 'q2');
    expect(q2).toMatchObject({ number: 2, dimension: 'economic', weighsMore: true });
    expect(q2.options.find((o: { code: string }) => o.code === 'never').value).toBe(1);
  });

  it('scores without storing, in the shape the issue names', async () => {
    const res = await worker.post('/api/v1/rss/score', { answers: best });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      economic: 1,
      social: 1,
      psychosocial: 1,
      composite: 1,
      dontKnowCount: 0,
      lowReliability: false,
      bands: {
        economic: 'hands_off',
        social: 'hands_off',
        psychosocial: 'hands_off',
        composite: 'hands_off',
      },
      thresholdScheme: 'handbook',
      instrumentVersion: 1,
      weightSet: 'provisional-equal',
      weightSetVersion: 1,
      provisional: true,
    });
    const measure = await worker.post('/api/v1/rss/score', {
      answers: { q1: 'ok' },
      thresholdScheme: 'measure',
    });
    expect(measure.json()).toMatchObject({ economic: 0.5, social: null, bands: { economic: 'hands_off' } });
    const bad = await worker.post('/api/v1/rss/score', { answers: { q8: ['no', 'land'] } });
    expect(errorOf(bad).fields?.[0]).toMatchObject({ field: 'body.answers.q8', code: 'exclusive' });
  });
});

describe('weight sets', () => {
  const official = {
    id: 'test-global',
    version: 1,
    label: 'Economic only in the composite',
    source: 'Test fixture, not IOM weights',
    provisional: true,
    dimensions: {
      economic: { q1: 1 },
      social: { q11: 1 },
      psychosocial: { q22: 1 },
    },
    composite: { q1: 1 },
  };

  it('are imported and activated by an administrator only, and activation recomputes stored scores with progress', async () => {
    const id = await openCase();
    await completedRound(id, { ...best, q1: 'ok' });

    expect((await worker.post('/api/v1/rss/weight-sets', official)).statusCode).toBe(403);
    const wrong = await admin.post('/api/v1/rss/weight-sets', {
      ...official,
      dimensions: { ...official.dimensions, social: { q1: 1 } },
    });
    expect(errorOf(wrong).fields?.[0]).toMatchObject({
      field: 'body.dimensions.social.q1',
      code: 'invalid_weight',
    });
    const imported = await admin.post('/api/v1/rss/weight-sets', official);
    expect(imported.statusCode, imported.body).toBe(201);
    expect((await admin.post('/api/v1/rss/weight-sets', official)).statusCode).toBe(409);

    expect((await worker.post('/api/v1/rss/weight-sets/test-global/1/activate')).statusCode).toBe(403);
    const activated = await admin.post('/api/v1/rss/weight-sets/test-global/1/activate');
    expect(activated.statusCode, activated.body).toBe(202);
    const jobId = activated.json().jobId;
    const job = await finishedJob(admin, jobId);
    expect(job).toMatchObject({ status: 'done', report: { weightSet: 'test-global' } });
    expect(job.done).toBe(job.total);
    expect(job.total).toBeGreaterThanOrEqual(1);
    expect((await worker.get(`/api/v1/jobs/${jobId}`)).statusCode).toBe(404);

    const round = (await worker.get(`/api/v1/cases/${id}/rss-rounds`)).json().items[0];
    expect(round.scores).toMatchObject({
      weightSet: 'test-global',
      composite: 0.5,
      economic: 0.5,
      social: 1,
    });
    // The old score can still be made again with the set that made it.
    const old = await worker.post('/api/v1/rss/score', {
      answers: round.answers,
      weightSet: 'provisional-equal',
    });
    expect(old.json().composite).toBeGreaterThan(0.9);

    const back = await admin.post('/api/v1/rss/weight-sets/provisional-equal/1/activate');
    expect(back.statusCode).toBe(202);
    const sets = (await worker.get('/api/v1/rss/weight-sets')).json().items;
    expect(sets.filter((s: { active: boolean }) => s.active).map((s: { id: string }) => s.id)).toEqual([
      'provisional-equal',
    ]);
  });
});

describe('weight sets from CSV and for a country', () => {
  const post = (query: string, body: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/rss/weight-sets/csv?${query}`,
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken, 'content-type': 'text/csv' },
      payload: body,
    });

  it('reads part,question,weight lines, names a bad line, and scores a country beside the global set', async () => {
    const id = await openCase();
    await completedRound(id, { ...best, q1: 'ok' });

    const about = 'id=gn-test&version=1&label=Guinea%20test&source=Fixture&provisional=true&country=GN';
    const bad = await post(about, 'part,question,weight\neconomic,q1,1\nfinance,q2,1\n');
    expect(errorOf(bad).fields?.[0]).toMatchObject({ field: 'body.line3', code: 'invalid_line' });
    const good = await post(
      about,
      'part,question,weight\neconomic,q1,1\neconomic,q2,3\nsocial,q11,1\npsychosocial,q22,1\ncomposite,q1,1\n',
    );
    expect(good.statusCode, good.body).toBe(201);
    expect(good.json()).toMatchObject({
      country: 'GN',
      dimensions: { economic: { q2: 3 } },
      composite: { q1: 1 },
    });
    const score = await worker.post('/api/v1/rss/score', {
      answers: { q1: 'ok', q2: 'never' },
      weightSet: 'gn-test',
    });
    expect(score.json()).toMatchObject({ economic: 0.875, weightSet: 'gn-test' });

    const before = (await worker.get(`/api/v1/cases/${id}/rss-rounds`)).json().items[0];
    expect(before.countryScores).toBeNull();
    const activated = await admin.post('/api/v1/rss/weight-sets/gn-test/1/activate');
    expect(activated.statusCode).toBe(202);
    const job = await finishedJob(admin, activated.json().jobId);
    expect(job.status).toBe('done');
    const after = (await worker.get(`/api/v1/cases/${id}/rss-rounds`)).json().items[0];
    expect(after.countryScores).toMatchObject({ weightSet: 'gn-test', composite: 0.5 });
    expect(after.scores).toEqual(before.scores);
    const sets = (await worker.get('/api/v1/rss/weight-sets')).json().items;
    expect(sets.filter((x: { active: boolean }) => x.active).map((x: { id: string }) => x.id)).toEqual([
      'provisional-equal',
      'gn-test',
    ]);

    // A round completed now is scored both ways at once.
    const next = (await start(interviewer, id, { kind: 'interim' })).json().started;
    await interviewer.put(`/api/v1/cases/${id}/rss-rounds/${next}/answers`, { version: 1, answers: best });
    const done = await interviewer.post(`/api/v1/cases/${id}/rss-rounds/${next}/complete`, { version: 2 });
    const interim = done.json().items.find((r: { id: string }) => r.id === next);
    expect(interim.scores.weightSet).toBe('provisional-equal');
    expect(interim.countryScores).toMatchObject({ weightSet: 'gn-test', composite: 1 });
  });
});

describe('importing surveys collected elsewhere', () => {
  const columns = rss2019.questions.filter((q) => !q.meanOf).map((q) => q.id);
  const header = [
    'case_number',
    'round',
    'interviewed_on',
    'location',
    'consent',
    ...columns.map((c) => `economic/${c}`),
    '_uuid',
  ];
  const line = (
    caseNumber: string,
    answers: Record<string, string | string[]>,
    extra: Partial<Record<string, string>> = {},
  ) => [
    caseNumber,
    extra.round ?? 'baseline',
    '2026-11-20',
    'phone',
    extra.consent ?? 'yes',
    ...columns.map((c) => {
      const a = answers[c];
      return a === undefined ? '' : typeof a === 'string' ? a : a.join(' ');
    }),
    extra.uuid ?? `${caseNumber}-${extra.round ?? 'baseline'}`,
  ];
  const csv = (rows: string[][]) =>
    [header, ...rows]
      .map((r) => r.map((f) => (/[",\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(','))
      .join('\r\n');

  async function upload(session: Session, body: string | Buffer, type: string) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rss/imports',
      headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': type },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(202);
    return finishedJob(session, res.json().jobId);
  }
  const referenceOf = async (id: string) =>
    (await worker.get(`/api/v1/cases/${id}`)).json().summary.reference as string;

  it('stores each complete row whole, reports the others by row with the reasons, and skips what was imported before', async () => {
    const [a, b, c] = [await openCase('2026-11-01'), await openCase(), await openCase()];
    const [refA, refB, refC] = [await referenceOf(a), await referenceOf(b), await referenceOf(c)];
    const incomplete = { ...best };
    delete incomplete.q3;
    const rows = [
      line(refA, best),
      line('GN-1999-999999', best),
      line(refB, incomplete),
      line(refC, best, { consent: 'no' }),
      line(refA, { ...best, q1: 'superb' }, { round: 'interim' }),
    ];
    const job = await upload(worker, csv(rows), 'text/csv');
    expect(job).toMatchObject({ status: 'done', total: 5, done: 5 });
    expect(job.report).toMatchObject({ rows: 5, imported: 1, alreadyImported: 0, rejected: 4 });
    const reasons = job.report.rejections.map(
      (r: { row: number; caseNumber: string; problems: { column: string }[] }) => [
        r.row,
        r.caseNumber,
        r.problems.map((p) => p.column).join(','),
      ],
    );
    expect(reasons).toEqual([
      [3, 'GN-1999-999999', 'case_number'],
      [4, refB, 'q3'],
      [5, refC, 'consent'],
      [6, refA, 'q1'],
    ]);
    const roundsA = (await worker.get(`/api/v1/cases/${a}/rss-rounds`)).json().items;
    expect(roundsA).toHaveLength(1);
    expect(roundsA[0]).toMatchObject({
      status: 'completed',
      consentMethod: 'verbal',
      scores: { composite: 1 },
    });
    expect((await worker.get(`/api/v1/cases/${b}/rss-rounds`)).json().items).toEqual([]);
    const tasks = (await worker.get(`/api/v1/cases/${a}`)).json().tasks;
    expect(tasks.find((x: { topic: string }) => x.topic === 'baseline').status).toBe('done');

    const again = await upload(worker, csv([line(refA, best)]), 'text/csv');
    expect(again.report).toMatchObject({ imported: 0, alreadyImported: 1 });
    expect((await worker.get(`/api/v1/cases/${a}/rss-rounds`)).json().items).toHaveLength(1);
  });

  it('reads an XLSX export too, and a case out of reach reads as unknown', async () => {
    const { default: writeExcelFile } = await import('write-excel-file/node');
    const id = await openCase();
    const ref = await referenceOf(id);
    const sheet = [header, line(ref, best, { round: 'endline' })].map((r) => r.map((value) => ({ value })));
    const bytes = await writeExcelFile(sheet).toBuffer();
    const job = await upload(
      interviewer,
      bytes,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(job.report).toMatchObject({ imported: 1, rejected: 0 });
    expect((await worker.get(`/api/v1/cases/${id}/rss-rounds`)).json().items[0]).toMatchObject({
      kind: 'endline',
    });

    const theirs = await upload(
      stranger,
      csv([line(ref, best, { round: 'interim', uuid: 'x' })]),
      'text/csv',
    );
    expect(theirs.report).toMatchObject({ imported: 0, rejected: 1 });
    expect(theirs.report.rejections[0].problems[0].message).toMatch(/No case with this number/);
  });

  it('imports a 10,000-row export with progress, rejecting the malformed rows whole', async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, () => openCase()));
    const refs = await Promise.all(ids.map(referenceOf));
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const ref = refs[i % refs.length] as string;
      // Every 100th row lacks Q5: it must be reported, and nothing of it stored.
      const answers = i % 100 === 0 ? { ...best, q5: [] as string[] } : best;
      return line(ref, answers, { round: 'ad_hoc', uuid: `bulk-${i}` });
    });
    const seen: number[] = [];
    const body = csv(rows);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rss/imports',
      headers: { cookie: worker.cookie, 'x-csrf-token': worker.csrfToken, 'content-type': 'text/csv' },
      payload: body,
    });
    const jobId = res.json().jobId;
    let job = (await worker.get(`/api/v1/jobs/${jobId}`)).json();
    while (job.status === 'running') {
      seen.push(job.done);
      await new Promise((r) => setTimeout(r, 200));
      job = (await worker.get(`/api/v1/jobs/${jobId}`)).json();
    }
    expect(job).toMatchObject({ status: 'done', total: 10_000, done: 10_000 });
    expect(job.report).toMatchObject({ imported: 9_900, rejected: 100 });
    expect(new Set(seen.filter((n) => n > 0 && n < 10_000)).size).toBeGreaterThan(1);
    const stored = await Promise.all(
      ids.map(async (id) => (await worker.get(`/api/v1/cases/${id}/rss-rounds`)).json().items),
    );
    expect(stored.flat()).toHaveLength(9_900);
    expect(stored.flat().every((r: { scores: unknown }) => r.scores !== null)).toBe(true);
  }, 600_000);

  it('refuses a file without a case_number column, naming it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/rss/imports',
      headers: { cookie: worker.cookie, 'x-csrf-token': worker.csrfToken, 'content-type': 'text/csv' },
      payload: 'name,q1\nAwa,ok\n',
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields?.[0]).toMatchObject({ field: 'body', code: 'no_case_number' });
  });
});

describe('the scores managers see', () => {
  it('aggregates the latest completed round per returnee in scope, hiding small counts', async () => {
    const supervisor = await t.signIn(
      (await t.addUser('supervisor', { officeId: t.org.conakry.id, scope: 'office' })).username,
    );
    const summary = (await supervisor.get('/api/v1/rss/summary')).json();
    expect(summary.returnees).toBeGreaterThanOrEqual(5);
    expect(summary.dimensions.composite.mean).toBeGreaterThan(0);
    expect(summary.smallestShownCount).toBe(5);
    const elsewhere = await t.signIn((await t.addUser('supervisor', { officeId: t.org.niamey.id })).username);
    const none = (await elsewhere.get('/api/v1/rss/summary')).json();
    expect(none).toMatchObject({
      returnees: null,
      compositeAtLeastHalf: null,
      dimensions: { economic: { mean: null } },
    });
  });
});
