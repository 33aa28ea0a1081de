import { scopeReaches } from '@reintegra/domain';
import { eq, sql } from 'drizzle-orm';
import { missions, offices } from '../organisation/tables.ts';
import { createPerson } from '../people/service.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { invalidField } from '../platform/errors.ts';
import { recordCaseEvent } from './events.ts';
import { recordMigration } from './migration.ts';
import type { NewCaseInput } from './schemas.ts';
import { caseAssignments, caseCounters, caseHolders, caseScreenings, cases, consents } from './tables.ts';

/** The next reference of a country for a year: GN-2026-000123. */
async function nextReference(db: Db, countryCode: string, year: number) {
  const [row] = await db
    .insert(caseCounters)
    .values({ countryCode, year, last: 1 })
    .onConflictDoUpdate({
      target: [caseCounters.countryCode, caseCounters.year],
      set: { last: sql`${caseCounters.last} + 1` },
    })
    .returning({ last: caseCounters.last });
  return `${countryCode}-${year}-${String(row?.last ?? 1).padStart(6, '0')}`;
}

/**
 * Opens a case at screening: the person, the screening answers and, when
 * given, consent to registration. Registration itself is the next transition,
 * which needs eligibility and consent (or a supervisor's override).
 */
export async function openCase(
  db: Db,
  actor: Actor,
  // A new person, or one already on file (a household member getting their own case).
  input: Omit<NewCaseInput, 'person'> & ({ person: NewCaseInput['person'] } | { personId: string }),
  now: Date,
) {
  const officeId = input.officeId ?? actor.officeId;
  if (!officeId)
    throw invalidField('body.officeId', 'office_required', 'Choose the office that holds the case');
  const [office] = await db
    .select({ id: offices.id, missionId: offices.missionId, countryCode: missions.countryCode })
    .from(offices)
    .innerJoin(missions, eq(missions.id, offices.missionId))
    .where(eq(offices.id, officeId));
  if (!office) throw invalidField('body.officeId', 'not_found', 'No such office');
  // A caseworker registers in their own office; wider scopes reach further.
  const reaches =
    office.id === actor.officeId ||
    scopeReaches(actor, { officeId: office.id, missionId: office.missionId, ownerIds: [] });
  if (!reaches) throw invalidField('body.officeId', 'out_of_scope', 'You cannot open cases in that office');

  const personId =
    'personId' in input
      ? input.personId
      : (await createPerson(db, input.person, office.countryCode, 'body.person')).id;
  const reference = await nextReference(db, office.countryCode, now.getUTCFullYear());
  const [created] = await db
    .insert(cases)
    .values({
      reference,
      personId,
      missionId: office.missionId,
      officeId: office.id,
      phase: input.phase,
      status: 'screening',
      sensitive: input.sensitive,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!created) throw new Error('insert returned no row');
  await recordCaseEvent(db, created.id, actor.userId, 'opened', { phase: input.phase }, now);
  await db
    .insert(caseHolders)
    .values({ caseId: created.id, missionId: office.missionId, officeId: office.id, heldFrom: now });
  await db
    .insert(caseScreenings)
    .values({ caseId: created.id, ...input.screening, screenedBy: actor.userId, screenedAt: now });
  if (input.consent) await recordConsent(db, actor, created.id, input.consent, now);
  if (input.migration) await recordMigration(db, created.id, input.migration, now);
  // Whoever opens the case works on it until it is assigned to someone else.
  await db.insert(caseAssignments).values({
    caseId: created.id,
    userId: actor.userId,
    function: input.phase === 'pre_return' ? 'protection' : 'reintegration',
    assignedAt: now,
  });
  return created;
}

export async function recordConsent(
  db: Db,
  actor: Actor,
  caseId: string,
  consent: NewCaseInput['consent'] & object,
  now: Date,
) {
  const [row] = await db
    .insert(consents)
    .values({
      caseId,
      purpose: consent.purpose,
      method: consent.method,
      givenBy: consent.givenBy,
      witnessedBy: consent.witnessedBy ?? null,
      recordedBy: actor.userId,
      givenAt: consent.givenAt ? new Date(consent.givenAt) : now,
    })
    .returning();
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'consent_recorded',
    { purpose: consent.purpose, method: consent.method },
    now,
  );
  return row;
}
