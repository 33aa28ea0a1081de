import {
  addDays,
  answerProblems,
  bandsOf,
  consentModeFor,
  currentInstrument,
  dimensionsNeedingSupport,
  instrumentOf,
  isoDay,
  type RssAnswers,
  type RssDimension,
  type RssInstrument,
  scoreAnswers,
  unansweredQuestions,
  type WeightSet,
} from '@reintegra/domain';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { recordCaseEvent, recordCaseEvents } from '../cases/events.ts';
import { touchCase, visibleCase, workableCase } from '../cases/service.ts';
import { caseAssignments, cases, caseTasks } from '../cases/tables.ts';
import { keepNextDue, startTask } from '../cases/tasks.ts';
import { missions } from '../organisation/tables.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, invalidField, notFound, staleVersion } from '../platform/errors.ts';
import type { AnswersInput, StartRoundInput } from './schemas.ts';
import { type RssProgrammeSettings, settingsOfCase, settingsOfCases } from './settings.ts';
import { rssRounds, rssScores } from './tables.ts';
import { activeCountrySets, activeWeightSet, weightSet } from './weights.ts';

type Round = typeof rssRounds.$inferSelect;
type ScoreRow = typeof rssScores.$inferSelect;

/** The instrument a round was taken with (rounds keep theirs when a new version comes). */
export function instrumentOfRound(round: Pick<Round, 'instrument' | 'instrumentVersion'>): RssInstrument {
  const instrument = instrumentOf(round.instrument, round.instrumentVersion);
  if (!instrument) throw new Error(`Unknown instrument ${round.instrument} v${round.instrumentVersion}`);
  return instrument;
}

/** The answers as the instrument allows them, or a 400 naming each question at fault. */
export function checkAnswers(instrument: RssInstrument, answers: RssAnswers, field = 'body.answers') {
  const problems = answerProblems(instrument, answers);
  if (problems.length) {
    throw new AppError(
      400,
      'invalid_input',
      problems[0]?.message ?? 'Invalid answers',
      problems.map((p) => ({ field: `${field}.${p.question}`, code: p.code, message: p.message })),
    );
  }
}

/** Of these cases, those the user is assigned to now: an interviewer the seed would rather not see (L6580). */
export async function casesWorkedOnBy(
  db: Db,
  userId: string,
  caseIds: readonly string[],
): Promise<Set<string>> {
  if (caseIds.length === 0) return new Set();
  const rows = await db
    .select({ caseId: caseAssignments.caseId })
    .from(caseAssignments)
    .where(
      and(
        inArray(caseAssignments.caseId, [...caseIds]),
        eq(caseAssignments.userId, userId),
        isNull(caseAssignments.endedAt),
      ),
    );
  return new Set(rows.map((r) => r.caseId));
}

/**
 * Begins a round after the prompt was read. Consent comes first (L6591), in
 * the form the place calls for (footnote 98); a refusal is recorded and
 * nothing is asked. An interviewer who works on the case may go on, but the
 * round says so (L6580).
 */
export async function startRound(db: Db, actor: Actor, caseId: string, input: StartRoundInput, now: Date) {
  await workableCase(db, actor, caseId);
  const method = consentModeFor(input.location);
  if (input.consent.method !== method) {
    throw invalidField(
      'body.consent.method',
      'wrong_method',
      method === 'written'
        ? 'In person, consent to the survey is written'
        : 'By phone, the returnee gives explicit consent verbally',
    );
  }
  const onCase = await casesWorkedOnBy(db, actor.userId, [caseId]);
  const [round] = await db
    .insert(rssRounds)
    .values({
      caseId,
      kind: input.kind,
      status: input.consent.given ? 'in_progress' : 'no_consent',
      instrument: currentInstrument.id,
      instrumentVersion: currentInstrument.version,
      interviewerId: actor.userId,
      interviewerOnCase: onCase.has(caseId),
      location: input.location,
      interviewedOn: input.interviewedOn ?? isoDay(now),
      consentGiven: input.consent.given,
      consentMethod: input.consent.method,
      profile: input.profile,
      startedAt: now,
      finishedAt: input.consent.given ? null : now,
    })
    .returning();
  const started = round as Round;
  await touchCase(db, caseId, now);
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    input.consent.given ? 'rss_started' : 'rss_no_consent',
    { roundId: started.id, kind: input.kind },
    now,
  );
  return started;
}

async function openRound(db: Db, actor: Actor, caseId: string, roundId: string, version: number) {
  await workableCase(db, actor, caseId);
  const [round] = await db
    .select()
    .from(rssRounds)
    .where(and(eq(rssRounds.id, roundId), eq(rssRounds.caseId, caseId)));
  if (!round) throw notFound('Survey round');
  if (round.version !== version) throw staleVersion();
  if (round.status !== 'in_progress') {
    throw new AppError(
      409,
      'round_closed',
      `The round is ${round.status.replace('_', ' ')}; nothing more is recorded in it`,
    );
  }
  return round;
}

/** Records the answers so far (the whole set, replacing what was saved). */
export async function saveAnswers(
  db: Db,
  actor: Actor,
  caseId: string,
  roundId: string,
  input: AnswersInput & { version: number },
  now: Date,
) {
  const round = await openRound(db, actor, caseId, roundId, input.version);
  checkAnswers(instrumentOfRound(round), input.answers);
  const [saved] = await db
    .update(rssRounds)
    .set({
      answers: input.answers,
      explanations: input.explanations,
      notes: input.notes,
      followUps: input.followUps,
      version: round.version + 1,
    })
    .where(eq(rssRounds.id, roundId))
    .returning();
  await touchCase(db, caseId, now);
  return saved as Round;
}

/** Scores completed rounds with a set and stores the scores as the current ones, in the rounds' order. */
async function storeScores(
  db: Db,
  rounds: readonly Pick<Round, 'id' | 'answers' | 'instrument' | 'instrumentVersion'>[],
  set: WeightSet,
  now: Date,
): Promise<ScoreRow[]> {
  const rows = await db
    .insert(rssScores)
    .values(
      rounds.map((round) => ({
        roundId: round.id,
        weightSetId: set.id,
        weightSetVersion: set.version,
        country: set.country,
        instrumentVersion: round.instrumentVersion,
        ...scoreAnswers(instrumentOfRound(round), set, round.answers),
        current: true,
        computedAt: now,
      })),
    )
    .returning();
  const byRound = new Map(rows.map((r) => [r.roundId, r]));
  return rounds.map((r) => byRound.get(r.id) as ScoreRow);
}

/** Each case's country of return, as its mission's. */
async function countriesOf(db: Db, caseIds: readonly string[]) {
  const rows = await db
    .select({ id: cases.id, country: missions.countryCode })
    .from(cases)
    .innerJoin(missions, eq(missions.id, cases.missionId))
    .where(inArray(cases.id, [...caseIds]));
  return new Map(rows.map((r) => [r.id, r.country]));
}

/** Scores with a country's own active set too, for rounds of that country's cases (seed-003 R-SC-2). */
async function storeCountryScores(
  db: Db,
  rounds: readonly Pick<Round, 'id' | 'caseId' | 'answers' | 'instrument' | 'instrumentVersion'>[],
  caseIds: readonly string[],
  now: Date,
) {
  const countries = await countriesOf(db, caseIds);
  const sets = await activeCountrySets(db, [...new Set(countries.values())]);
  for (const [country, set] of sets) {
    const theirs = rounds.filter((r) => countries.get(r.caseId) === country);
    if (theirs.length) await storeScores(db, theirs, set, now);
  }
}

/** Closes the round once every question asked has an answer, and scores it. */
export async function completeRound(
  db: Db,
  actor: Actor,
  caseId: string,
  roundId: string,
  version: number,
  now: Date,
) {
  const round = await openRound(db, actor, caseId, roundId, version);
  const missing = unansweredQuestions(instrumentOfRound(round), round.answers);
  if (missing.length) {
    throw new AppError(
      409,
      'survey_incomplete',
      `${missing.length} question(s) still need an answer; a survey counts only when answered in full (L6646)`,
      missing.map((q) => ({
        field: `answers.${q.id}`,
        code: 'unanswered',
        message: `Question ${q.number} is not answered`,
      })),
    );
  }
  await db
    .update(rssRounds)
    .set({ status: 'completed', finishedAt: now, version: round.version + 1 })
    .where(eq(rssRounds.id, roundId));
  await afterCompletion(db, actor.userId, [round], now);
}

/**
 * What completed rounds bring: their scores with the active set, the due
 * survey task of each round's kind done, and a support task for each
 * dimension that calls for intensified support (seed-003 R-TH-2). Works on
 * many rounds at once, so that an import of thousands stays fast.
 */
export async function afterCompletion(
  db: Db,
  actorId: string,
  rounds: readonly Pick<Round, 'id' | 'caseId' | 'kind' | 'answers' | 'instrument' | 'instrumentVersion'>[],
  now: Date,
) {
  if (rounds.length === 0) return;
  const set = await activeWeightSet(db);
  const scores = await storeScores(db, rounds, set, now);
  const caseIds = [...new Set(rounds.map((r) => r.caseId))];
  await storeCountryScores(db, rounds, caseIds, now);
  const settings = await settingsOfCases(db, caseIds);
  const open = await db
    .select({ id: caseTasks.id, caseId: caseTasks.caseId, kind: caseTasks.kind, topic: caseTasks.topic })
    .from(caseTasks)
    .where(
      and(
        inArray(caseTasks.caseId, caseIds),
        inArray(caseTasks.kind, ['survey', 'support']),
        eq(caseTasks.status, 'open'),
      ),
    )
    .orderBy(asc(caseTasks.dueOn));
  const done = new Set<string>();
  const supportDue: { caseId: string; dimension: RssDimension }[] = [];
  rounds.forEach((round, i) => {
    const due = open.find(
      (t) => t.caseId === round.caseId && t.kind === 'survey' && t.topic === round.kind && !done.has(t.id),
    );
    if (due) done.add(due.id);
    const score = scores[i] as ScoreRow;
    const { thresholdScheme } = settings.get(round.caseId) as RssProgrammeSettings;
    for (const dimension of dimensionsNeedingSupport(bandsOf(score, thresholdScheme))) {
      const already =
        open.some((t) => t.caseId === round.caseId && t.kind === 'support' && t.topic === dimension) ||
        supportDue.some((s) => s.caseId === round.caseId && s.dimension === dimension);
      if (!already) supportDue.push({ caseId: round.caseId, dimension });
    }
  });
  if (done.size) {
    await db
      .update(caseTasks)
      .set({ status: 'done', closedBy: actorId, closedAt: now, version: sql`${caseTasks.version} + 1` })
      .where(inArray(caseTasks.id, [...done]));
  }
  // A week: the support is to be planned while the interview is fresh.
  for (const { caseId, dimension } of supportDue) {
    await startTask(db, caseId, { kind: 'support', topic: dimension, dueOn: addDays(isoDay(now), 7) }, now);
  }
  for (const caseId of caseIds) {
    await keepNextDue(db, caseId);
    await touchCase(db, caseId, now);
  }
  await recordCaseEvents(
    db,
    rounds.map((round, i) => ({
      caseId: round.caseId,
      actorId,
      kind: 'rss_completed',
      details: {
        roundId: round.id,
        kind: round.kind,
        composite: scores[i]?.composite ?? null,
        lowReliability: scores[i]?.lowReliability ?? false,
      },
    })),
    now,
  );
}

/** The returnee stopped: the answers are kept for the record, never scored (L6646). */
export async function interruptRound(
  db: Db,
  actor: Actor,
  caseId: string,
  roundId: string,
  input: { version: number; reason: string },
  now: Date,
) {
  const round = await openRound(db, actor, caseId, roundId, input.version);
  await db
    .update(rssRounds)
    .set({
      status: 'interrupted',
      interruptedReason: input.reason,
      finishedAt: now,
      version: round.version + 1,
    })
    .where(eq(rssRounds.id, roundId));
  await touchCase(db, caseId, now);
  await recordCaseEvent(db, caseId, actor.userId, 'rss_interrupted', { roundId, kind: round.kind }, now);
}

/** A case's rounds, oldest first, each with its current scores and their bands. */
export async function roundsOfCase(db: Db, actor: Actor, caseId: string) {
  await visibleCase(db, actor, caseId);
  const rounds = await db
    .select()
    .from(rssRounds)
    .where(eq(rssRounds.caseId, caseId))
    .orderBy(asc(rssRounds.interviewedOn), asc(rssRounds.startedAt));
  const scores = rounds.length
    ? await db
        .select()
        .from(rssScores)
        .where(
          and(
            inArray(
              rssScores.roundId,
              rounds.map((r) => r.id),
            ),
            eq(rssScores.current, true),
          ),
        )
    : [];
  const { thresholdScheme } = await settingsOfCase(db, caseId);
  const sets = new Map<string, WeightSet>();
  const withSet = async (score: ScoreRow | undefined) => {
    if (!score) return null;
    const key = `${score.weightSetId}@${score.weightSetVersion}`;
    if (!sets.has(key)) sets.set(key, await weightSet(db, score.weightSetId, score.weightSetVersion));
    return { score, set: sets.get(key) as WeightSet, bands: bandsOf(score, thresholdScheme) };
  };
  const result = [];
  for (const round of rounds) {
    const mine = scores.filter((s) => s.roundId === round.id);
    result.push({
      round,
      scored: await withSet(mine.find((s) => s.country === null)),
      countryScored: await withSet(mine.find((s) => s.country !== null)),
    });
  }
  return { rounds: result, thresholdScheme };
}
