import { bandOf, type RssBand, type RssRoundKind, rssBands, type ThresholdScheme } from '@reintegra/domain';
import { and, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { cases } from '../cases/tables.ts';
import { caseReach } from '../cases/visibility.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { rssRounds, rssScores } from './tables.ts';

const measures = ['economic', 'social', 'psychosocial', 'composite'] as const;

interface MeasureSummary {
  count: number | null;
  mean: number | null;
  bands: Record<RssBand, number | null>;
}

/**
 * Scores of the returnees a manager may see, each by their latest completed
 * round (of a kind, if asked): mean per dimension, how many fall in each band,
 * and how many reach a composite of 0.5 or more (seed-002 L3554). Below
 * `smallestShownCount` returnees a figure is not shown, so that nobody can be
 * picked out of it.
 */
export async function scoreSummary(
  db: Db,
  actor: Actor,
  filter: { missionId?: string | undefined; officeId?: string | undefined; kind?: RssRoundKind | undefined },
  scheme: ThresholdScheme,
  smallestShownCount: number,
) {
  const reach = await caseReach(db, actor);
  const conditions: (SQL | undefined)[] = [
    eq(rssRounds.status, 'completed'),
    reach.visible,
    filter.missionId ? eq(cases.missionId, filter.missionId) : undefined,
    filter.officeId ? eq(cases.officeId, filter.officeId) : undefined,
    filter.kind ? eq(rssRounds.kind, filter.kind) : undefined,
  ];
  const latest = await db
    .selectDistinctOn([rssRounds.caseId], {
      economic: rssScores.economic,
      social: rssScores.social,
      psychosocial: rssScores.psychosocial,
      composite: rssScores.composite,
      weightSetId: rssScores.weightSetId,
      weightSetVersion: rssScores.weightSetVersion,
    })
    .from(rssRounds)
    // Global scores only: figures across countries compare on one set (seed-003 R-SC-2).
    .innerJoin(
      rssScores,
      and(eq(rssScores.roundId, rssRounds.id), eq(rssScores.current, true), isNull(rssScores.country)),
    )
    .innerJoin(cases, eq(cases.id, rssRounds.caseId))
    .where(and(...conditions))
    .orderBy(rssRounds.caseId, desc(rssRounds.interviewedOn), desc(rssRounds.finishedAt));

  const shown = (n: number) => (n < smallestShownCount ? null : n);
  const returnees = latest.length;
  const dimensions = Object.fromEntries(
    measures.map((m) => {
      const values = latest.map((r) => r[m]).filter((v): v is number => v !== null);
      const bands = Object.fromEntries(rssBands.map((b) => [b, 0])) as Record<RssBand, number>;
      for (const v of values) bands[bandOf(v, scheme)] += 1;
      const enough = values.length >= smallestShownCount;
      return [
        m,
        {
          count: shown(values.length),
          mean: enough ? values.reduce((a, b) => a + b, 0) / values.length : null,
          bands: Object.fromEntries(rssBands.map((b) => [b, enough ? shown(bands[b]) : null])),
        },
      ];
    }),
  ) as Record<(typeof measures)[number], MeasureSummary>;
  const atLeastHalf = latest.filter((r) => r.composite !== null && r.composite >= 0.5).length;
  return {
    returnees: shown(returnees),
    dimensions,
    compositeAtLeastHalf: returnees >= smallestShownCount ? shown(atLeastHalf) : null,
    /** The sets behind the figures, as `id@version`: a mix means they do not all compare. */
    weightSets: [...new Set(latest.map((r) => `${r.weightSetId}@${r.weightSetVersion}`))],
    smallestShownCount,
  };
}
