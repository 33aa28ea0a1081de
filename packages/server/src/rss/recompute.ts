import { scoreAnswers, type WeightSet } from '@reintegra/domain';
import { and, asc, count, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { cases } from '../cases/tables.ts';
import type { JobContext } from '../jobs/service.ts';
import { missions } from '../organisation/tables.ts';
import { instrumentOfRound } from './rounds.ts';
import { rssRounds, rssScores } from './tables.ts';

const batchSize = 2000;

/**
 * Scores every completed round again with a newly activated set. Each batch
 * is one transaction: the new rows become current and the old ones stay,
 * marked not current, so earlier scores remain reproducible. Running it
 * twice changes nothing (one row per round and set).
 */
export async function recomputeScores(ctx: JobContext, set: WeightSet) {
  const { db } = ctx;
  // A country's set scores the rounds of that country's cases only.
  const completed = set.country
    ? and(
        eq(rssRounds.status, 'completed'),
        inArray(
          rssRounds.caseId,
          db
            .select({ id: cases.id })
            .from(cases)
            .innerJoin(missions, eq(missions.id, cases.missionId))
            .where(eq(missions.countryCode, set.country)),
        ),
      )
    : eq(rssRounds.status, 'completed');
  const sameScope = set.country ? eq(rssScores.country, set.country) : isNull(rssScores.country);
  const [all] = await db.select({ n: count() }).from(rssRounds).where(completed);
  await ctx.total(all?.n ?? 0);
  let after = '00000000-0000-0000-0000-000000000000';
  let rounds = 0;
  for (;;) {
    const batch = await db
      .select({
        id: rssRounds.id,
        answers: rssRounds.answers,
        instrument: rssRounds.instrument,
        instrumentVersion: rssRounds.instrumentVersion,
      })
      .from(rssRounds)
      .where(and(completed, gt(rssRounds.id, after)))
      .orderBy(asc(rssRounds.id))
      .limit(batchSize);
    if (batch.length === 0) break;
    const now = ctx.now();
    await db.transaction(async (tx) => {
      const ids = batch.map((r) => r.id);
      await tx
        .update(rssScores)
        .set({ current: false })
        .where(and(inArray(rssScores.roundId, ids), eq(rssScores.current, true), sameScope));
      await tx
        .insert(rssScores)
        .values(
          batch.map((r) => ({
            roundId: r.id,
            weightSetId: set.id,
            weightSetVersion: set.version,
            country: set.country,
            instrumentVersion: r.instrumentVersion,
            ...scoreAnswers(instrumentOfRound(r), set, r.answers),
            current: true,
            computedAt: now,
          })),
        )
        .onConflictDoUpdate({
          target: [rssScores.roundId, rssScores.weightSetId, rssScores.weightSetVersion],
          set: { current: sql`true` },
        });
    });
    rounds += batch.length;
    after = batch.at(-1)?.id as string;
    await ctx.advance(batch.length);
  }
  return { rounds, weightSet: set.id, weightSetVersion: set.version };
}
