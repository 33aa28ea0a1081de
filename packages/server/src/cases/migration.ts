import { type MigrationField, migrationFields, type Stay } from '@reintegra/domain';
import { eq } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { invalidField, staleVersion } from '../platform/errors.ts';
import { scheduleSurveyRounds } from '../rss/schedule.ts';
import { recordCaseEvent } from './events.ts';
import type { MigrationInput } from './schemas.ts';
import { touchCase, workableCase } from './service.ts';
import { caseMigrations } from './tables.ts';

type Migration = typeof caseMigrations.$inferSelect;

function valuesOf(input: MigrationInput) {
  for (const [i, stay] of input.stays.entries()) {
    if (stay.from && stay.to && stay.to < stay.from) {
      throw invalidField(`body.stays.${i}.to`, 'before_from', 'A stay ends after it begins');
    }
  }
  return {
    hostCountry: input.hostCountry ?? null,
    stays: input.stays,
    reasonsForMigrating: input.reasonsForMigrating,
    motivations: [...new Set(input.motivations)],
    avrrCategory: input.avrrCategory ?? null,
    assistance: input.assistance ?? null,
    voluntariness: input.voluntariness ?? null,
    permanence: input.permanence ?? null,
    transport: input.transport ?? null,
    plannedReturnOn: input.plannedReturnOn ?? null,
    returnedOn: input.returnedOn ?? null,
  };
}

/** A field's value as text; stays are spelled out because jsonb does not keep key order. */
function comparable(field: MigrationField, value: Migration[typeof field] | null): string {
  if (field === 'stays') {
    return JSON.stringify((value as Stay[] | null)?.map((s) => [s.country, s.from, s.to]) ?? []);
  }
  return JSON.stringify(value);
}

/** Records the migration and return at registration (nothing to compare with yet). */
export async function recordMigration(db: Db, caseId: string, input: MigrationInput, now: Date) {
  const values = valuesOf(input);
  await db.insert(caseMigrations).values({ caseId, ...values });
  if (values.returnedOn) await scheduleSurveyRounds(db, caseId, values.returnedOn, now);
}

/**
 * Replaces what is known of the migration and the return. Send the version
 * read (0 when nothing was recorded); the history names the fields that changed.
 */
export async function changeMigration(
  db: Db,
  actor: Actor,
  caseId: string,
  input: MigrationInput & { version: number },
  now: Date,
) {
  await workableCase(db, actor, caseId);
  const [current] = await db.select().from(caseMigrations).where(eq(caseMigrations.caseId, caseId));
  if ((current?.version ?? 0) !== input.version) throw staleVersion();
  const values = valuesOf(input);
  if (current) {
    await db
      .update(caseMigrations)
      .set({ ...values, version: current.version + 1 })
      .where(eq(caseMigrations.caseId, caseId));
  } else {
    await db.insert(caseMigrations).values({ caseId, ...values });
  }
  const changed = migrationFields.filter(
    (f) => comparable(f, values[f]) !== comparable(f, current?.[f] ?? null),
  );
  // The survey rounds are counted from the return day (seed-002 L3638).
  if (changed.includes('returnedOn')) await scheduleSurveyRounds(db, caseId, values.returnedOn, now);
  await touchCase(db, caseId, now);
  await recordCaseEvent(db, caseId, actor.userId, 'migration_changed', { fields: changed }, now);
}
