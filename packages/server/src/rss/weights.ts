import {
  currentInstrument,
  provisionalWeightSet,
  type WeightSet,
  weightSetProblems,
} from '@reintegra/domain';
import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { rssWeightSets } from './tables.ts';

/** The set shipped with the system; it is active until an administrator activates another. */
export const builtInWeights = provisionalWeightSet(currentInstrument);

type WeightRow = typeof rssWeightSets.$inferSelect;
export type StoredWeightSet = WeightSet & { active: boolean; importedAt: Date | null };

const fromRow = (row: WeightRow): StoredWeightSet => ({
  id: row.id,
  version: row.version,
  label: row.label,
  source: row.source,
  provisional: row.provisional,
  country: row.country,
  instrument: row.instrument,
  dimensions: row.dimensions,
  composite: row.composite,
  active: row.active,
  importedAt: row.importedAt,
});

/** The global set scores are made with now. */
export async function activeWeightSet(db: Db): Promise<WeightSet> {
  const [row] = await db
    .select()
    .from(rssWeightSets)
    .where(and(eq(rssWeightSets.active, true), isNull(rssWeightSets.country)));
  return row ? fromRow(row) : builtInWeights;
}

/** The countries' own active sets, by country code. */
export async function activeCountrySets(
  db: Db,
  countries: readonly string[],
): Promise<Map<string, WeightSet>> {
  if (countries.length === 0) return new Map();
  const rows = await db
    .select()
    .from(rssWeightSets)
    .where(and(eq(rssWeightSets.active, true), inArray(rssWeightSets.country, [...countries])));
  return new Map(rows.map((r) => [r.country as string, fromRow(r)]));
}

/** A set by id and version, built-in or imported: old scores can be made again with it. */
export async function weightSet(db: Db, id: string, version?: number): Promise<WeightSet> {
  if (id === builtInWeights.id && (version === undefined || version === builtInWeights.version))
    return builtInWeights;
  const rows = await db
    .select()
    .from(rssWeightSets)
    .where(
      version === undefined
        ? eq(rssWeightSets.id, id)
        : and(eq(rssWeightSets.id, id), eq(rssWeightSets.version, version)),
    )
    .orderBy(asc(rssWeightSets.version));
  const row = rows.at(-1);
  if (!row) throw notFound('Weight set');
  return fromRow(row);
}

export async function listWeightSets(db: Db): Promise<StoredWeightSet[]> {
  const rows = await db
    .select()
    .from(rssWeightSets)
    .orderBy(asc(rssWeightSets.id), asc(rssWeightSets.version));
  const stored = rows.map(fromRow);
  const anyGlobalActive = stored.some((s) => s.active && s.country === null);
  return [{ ...builtInWeights, active: !anyGlobalActive, importedAt: null }, ...stored];
}

/**
 * Stores an imported set after checking it against the instrument. A set is
 * never changed once stored: a correction is a new version, so scores made
 * with the old one stay reproducible.
 */
export async function importWeightSet(db: Db, actor: Actor, set: WeightSet, now: Date) {
  if (set.id === builtInWeights.id) {
    throw new AppError(
      409,
      'reserved_id',
      `"${set.id}" is the built-in set; give the imported one its own id`,
    );
  }
  if (set.instrument !== currentInstrument.id) {
    throw new AppError(400, 'invalid_input', `Unknown instrument ${set.instrument}`, [
      { field: 'body.instrument', code: 'unknown_instrument', message: `Known: ${currentInstrument.id}` },
    ]);
  }
  const problems = weightSetProblems(currentInstrument, set);
  if (problems.length) {
    throw new AppError(
      400,
      'invalid_input',
      `The weight set has ${problems.length} problem(s): ${problems[0]?.message}`,
      problems.map((p) => ({ field: `body.${p.path}`, code: 'invalid_weight', message: p.message })),
    );
  }
  const [clash] = await db
    .select({ id: rssWeightSets.id })
    .from(rssWeightSets)
    .where(and(eq(rssWeightSets.id, set.id), eq(rssWeightSets.version, set.version)));
  if (clash) throw new AppError(409, 'version_exists', `${set.id} version ${set.version} is already stored`);
  await db.insert(rssWeightSets).values({ ...set, active: false, importedBy: actor.userId, importedAt: now });
}

/**
 * Makes a set the one scores are made with from now on: the global one, or a
 * country's own, whose scores come "in addition to", never instead of, the
 * global ones (seed-003 B.5).
 */
export async function activateWeightSet(db: Db, id: string, version: number): Promise<WeightSet> {
  const set = await weightSet(db, id, version);
  const sameScope =
    set.country === null ? isNull(rssWeightSets.country) : eq(rssWeightSets.country, set.country);
  await db.update(rssWeightSets).set({ active: false }).where(sameScope);
  if (set !== builtInWeights) {
    await db
      .update(rssWeightSets)
      .set({ active: true })
      .where(and(eq(rssWeightSets.id, id), eq(rssWeightSets.version, version)));
  }
  return set;
}
