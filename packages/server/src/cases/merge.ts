import { type MergeChoices, mergePeople, type PersonFields } from '@reintegra/domain';
import { and, eq, inArray, ne, or, sql } from 'drizzle-orm';
import { addNameKeys } from '../people/service.ts';
import {
  householdMembers,
  personDistinctions,
  personIdentifiers,
  personMerges,
  personNames,
  personPhones,
  persons,
} from '../people/tables.ts';
import type { Actor } from '../platform/actor.ts';
import { type Db, inTurn } from '../platform/db.ts';
import { AppError, invalidField, staleVersion } from '../platform/errors.ts';
import { findLikelyDuplicates } from './duplicates.ts';
import { currentMembership } from './household.ts';
import { visibleCase, workableCase } from './service.ts';
import { caseEvents, caseHandOvers, cases, caseTasks } from './tables.ts';
import { keepNextDue } from './tasks.ts';

type Person = typeof persons.$inferSelect;

function fieldsOf(p: Person): PersonFields {
  return {
    sex: p.sex,
    gender: p.gender,
    dateOfBirth: p.dateOfBirth,
    birthYear: p.birthYear,
    birthDateEstimated: p.birthDateEstimated,
    nationality: p.nationality,
    placeOfOrigin: p.placeOfOrigin,
    placeOfIntendedReturn: p.placeOfIntendedReturn,
    languages: p.languages,
  };
}

/** Likely duplicates of the person on a case, leaving out the case itself and people already marked distinct. */
export async function duplicatesOfCase(db: Db, actor: Actor, caseId: string) {
  const c = await visibleCase(db, actor, caseId);
  const [[person], names, phones, identifiers] = await inTurn([
    db.select().from(persons).where(eq(persons.id, c.personId)),
    db.select().from(personNames).where(eq(personNames.personId, c.personId)),
    db
      .select()
      .from(personPhones)
      .where(and(eq(personPhones.personId, c.personId), eq(personPhones.active, true))),
    db.select().from(personIdentifiers).where(eq(personIdentifiers.personId, c.personId)),
  ]);
  const query = {
    names: names.slice(0, 5).map((n) => `${n.givenNames} ${n.familyName}`.trim()),
    dateOfBirth: person?.dateOfBirth ?? undefined,
    birthYear: person?.birthYear ?? undefined,
    phone: phones[0]?.e164,
    identifiers: identifiers.slice(0, 5).map((i) => i.value),
  };
  return findLikelyDuplicates(db, actor, query, c.personId);
}

/**
 * Records that the people of two cases are different people, so that neither
 * is offered as the other's duplicate again. Both cases must be readable.
 */
export async function markDistinct(
  db: Db,
  actor: Actor,
  caseId: string,
  input: { otherCaseId: string; reason: string },
  now: Date,
) {
  const a = await visibleCase(db, actor, caseId);
  const b = await visibleCase(db, actor, input.otherCaseId).catch(() => {
    throw invalidField('body.otherCaseId', 'not_found', 'No such case in your scope');
  });
  if (a.personId === b.personId) {
    throw invalidField('body.otherCaseId', 'same_person', 'Both cases are already of the same person');
  }
  const [firstId, secondId] = [a.personId, b.personId].sort() as [string, string];
  await db
    .insert(personDistinctions)
    .values({ firstId, secondId, reason: input.reason, decidedBy: actor.userId, decidedAt: now })
    .onConflictDoNothing();
  await db.insert(caseEvents).values(
    [a, b].map((c, i) => ({
      caseId: c.id,
      at: now,
      actorId: actor.userId,
      kind: 'marked_distinct',
      details: { otherCaseId: (i === 0 ? b : a).id, otherReference: (i === 0 ? b : a).reference },
    })),
  );
}

export interface MergeInput {
  version: number;
  mergedCaseId: string;
  mergedVersion: number;
  choices: MergeChoices;
}

/**
 * Merges a duplicate registration into this case. The person's fields are
 * taken field by field as chosen; the merged record's names, phones and
 * documents join this one; the merged person and case stay on file unchanged,
 * marked as merged (the case closed), and the merge records every field's
 * value on both sides. Nothing is deleted.
 */
export async function mergeCases(db: Db, actor: Actor, caseId: string, input: MergeInput, now: Date) {
  if (input.mergedCaseId === caseId) {
    throw invalidField('body.mergedCaseId', 'same_case', 'Choose another case to merge into this one');
  }
  const survivorCase = await workableCase(db, actor, caseId);
  const mergedCase = await workableCase(db, actor, input.mergedCaseId).catch(() => {
    throw invalidField('body.mergedCaseId', 'not_found', 'No such case that you may change');
  });
  if (survivorCase.version !== input.version || mergedCase.version !== input.mergedVersion) {
    throw staleVersion();
  }
  if (survivorCase.personId === mergedCase.personId) {
    throw invalidField('body.mergedCaseId', 'same_person', 'Both cases are already of the same person');
  }
  const [pending] = await db
    .select({ id: caseHandOvers.id })
    .from(caseHandOvers)
    .where(and(inArray(caseHandOvers.caseId, [caseId, mergedCase.id]), eq(caseHandOvers.status, 'pending')))
    .limit(1);
  if (pending) {
    throw new AppError(409, 'hand_over_pending', 'Settle the pending hand-over before merging these cases');
  }

  const [[survivor], [merged]] = await inTurn([
    db.select().from(persons).where(eq(persons.id, survivorCase.personId)),
    db.select().from(persons).where(eq(persons.id, mergedCase.personId)),
  ]);
  if (!survivor || !merged) throw new Error('case without a person');
  const { fields, history } = mergePeople(fieldsOf(survivor), fieldsOf(merged), input.choices);
  await db
    .update(persons)
    .set({ ...(fields as Partial<Person>), version: survivor.version + 1, updatedAt: now })
    .where(eq(persons.id, survivor.id));
  await db.update(persons).set({ mergedInto: survivor.id, updatedAt: now }).where(eq(persons.id, merged.id));
  const added = await bringOver(db, merged.id, survivor.id);
  await joinHousehold(db, merged.id, survivor.id, now);
  await db.insert(personMerges).values({
    survivorId: survivor.id,
    mergedId: merged.id,
    fields: history,
    added,
    decidedBy: actor.userId,
    decidedAt: now,
  });

  // The duplicate case is closed as merged; its history stays readable through the link.
  await db
    .update(cases)
    .set({
      mergedInto: caseId,
      status: 'closed',
      resumeStatus: null,
      version: mergedCase.version + 1,
      updatedAt: now,
    })
    .where(eq(cases.id, mergedCase.id));
  await db
    .update(caseTasks)
    .set({
      status: 'cancelled',
      closedBy: actor.userId,
      closedAt: now,
      version: sql`${caseTasks.version} + 1`,
    })
    .where(and(eq(caseTasks.caseId, mergedCase.id), eq(caseTasks.status, 'open')));
  await keepNextDue(db, mergedCase.id);
  // Other cases of the merged person now belong to the surviving record.
  await db
    .update(cases)
    .set({ personId: survivor.id })
    .where(and(eq(cases.personId, merged.id), ne(cases.id, mergedCase.id)));
  await db
    .update(cases)
    .set({ version: survivorCase.version + 1, updatedAt: now })
    .where(eq(cases.id, caseId));
  await db.insert(caseEvents).values([
    {
      caseId,
      at: now,
      actorId: actor.userId,
      kind: 'merged_from',
      details: { caseId: mergedCase.id, reference: mergedCase.reference },
    },
    {
      caseId: mergedCase.id,
      at: now,
      actorId: actor.userId,
      kind: 'merged_into',
      details: { caseId, reference: survivorCase.reference, from: mergedCase.status },
    },
  ]);
}

/**
 * Copies to the survivor the names, phones and documents of the merged record
 * that it does not hold yet (the merged record keeps its own, as they were).
 * Returns what was added, for the merge's history.
 */
async function bringOver(db: Db, fromId: string, toId: string) {
  const [names, phones, identifiers] = await inTurn([
    db
      .select()
      .from(personNames)
      .where(or(eq(personNames.personId, fromId), eq(personNames.personId, toId))),
    db
      .select()
      .from(personPhones)
      .where(or(eq(personPhones.personId, fromId), eq(personPhones.personId, toId))),
    db
      .select()
      .from(personIdentifiers)
      .where(or(eq(personIdentifiers.personId, fromId), eq(personIdentifiers.personId, toId))),
  ]);
  const heldNames = new Set(names.filter((n) => n.personId === toId).map((n) => n.searchable));
  const newNames = names.filter((n) => n.personId === fromId && !heldNames.has(n.searchable));
  const heldPhones = new Set(phones.filter((p) => p.personId === toId).map((p) => p.e164));
  const newPhones = phones.filter((p) => p.personId === fromId && !heldPhones.has(p.e164));
  const documentKey = (i: { kind: string; normalised: string }) => `${i.kind} ${i.normalised}`;
  const heldIds = new Set(identifiers.filter((i) => i.personId === toId).map(documentKey));
  const newIds = identifiers.filter((i) => i.personId === fromId && !heldIds.has(documentKey(i)));
  if (newNames.length) {
    await db
      .insert(personNames)
      .values(newNames.map(({ id, personId, ...n }) => ({ ...n, personId: toId, primary: false })));
    await addNameKeys(
      db,
      toId,
      newNames.map((n) => `${n.givenNames} ${n.familyName}`),
    );
  }
  if (newPhones.length) {
    await db
      .insert(personPhones)
      .values(newPhones.map(({ id, personId, ...p }) => ({ ...p, personId: toId })));
  }
  if (newIds.length) {
    await db
      .insert(personIdentifiers)
      .values(newIds.map(({ id, personId, ...i }) => ({ ...i, personId: toId })));
  }
  return {
    names: newNames.map((n) => `${n.givenNames} ${n.familyName}`.trim()),
    phones: newPhones.map((p) => p.e164),
    identifiers: newIds.map((i) => `${i.kind}: ${i.value}`),
  };
}

/**
 * The survivor takes the merged record's place in its household when it has
 * none of its own; otherwise the merged record's membership ends (kept as history).
 */
async function joinHousehold(db: Db, fromId: string, toId: string, now: Date) {
  const from = await currentMembership(db, fromId);
  const to = await currentMembership(db, toId);
  if (!from) return;
  await db
    .update(householdMembers)
    .set(to ? { leftAt: now } : { personId: toId })
    .where(eq(householdMembers.id, from.id));
}
