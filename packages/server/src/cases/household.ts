import type { Relationship } from '@reintegra/domain';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { missions, offices } from '../organisation/tables.ts';
import { createPerson } from '../people/service.ts';
import { householdMembers, households, persons } from '../people/tables.ts';
import type { Actor } from '../platform/actor.ts';
import { type Db, inTurn } from '../platform/db.ts';
import { AppError, invalidField, notFound, staleVersion } from '../platform/errors.ts';
import { recordCaseEvent } from './events.ts';
import { openCase } from './registration.ts';
import type { NewCaseInput, PersonInput } from './schemas.ts';
import { primaryName, touchCase, visibleCase, workableCase } from './service.ts';
import { cases } from './tables.ts';
import { caseReach } from './visibility.ts';

/** The household a person belongs to now, if any. */
export async function currentMembership(db: Db, personId: string) {
  const [row] = await db
    .select()
    .from(householdMembers)
    .where(and(eq(householdMembers.personId, personId), isNull(householdMembers.leftAt)));
  return row ?? null;
}

/**
 * The household of the person on a case, as the case page shows it: each
 * member with what tells their age and, where the reader may see it, their own case.
 */
export async function householdOf(db: Db, actor: Actor, personId: string) {
  const membership = await currentMembership(db, personId);
  if (!membership) return null;
  const [[household], members] = await inTurn([
    db.select().from(households).where(eq(households.id, membership.householdId)),
    db
      .select({ member: householdMembers, person: persons, name: primaryName })
      .from(householdMembers)
      .innerJoin(persons, eq(persons.id, householdMembers.personId))
      .where(and(eq(householdMembers.householdId, membership.householdId), isNull(householdMembers.leftAt)))
      .orderBy(asc(householdMembers.joinedAt)),
  ]);
  const personIds = members.map((m) => m.person.id);
  // Members' own cases, only those the reader may see: a sensitive child case stays hidden.
  const memberCases = await db
    .select({ id: cases.id, reference: cases.reference, personId: cases.personId })
    .from(cases)
    .where(
      and(inArray(cases.personId, personIds), isNull(cases.mergedInto), (await caseReach(db, actor)).visible),
    );
  return {
    id: membership.householdId,
    version: household?.version ?? 1,
    members: members.map(({ member, person, name }) => {
      const own = memberCases.find((c) => c.personId === person.id);
      return {
        id: member.id,
        personId: person.id,
        name,
        sex: person.sex,
        dateOfBirth: person.dateOfBirth,
        birthYear: person.birthYear,
        relationship: member.relationship,
        returnsTogether: member.returnsTogether,
        joinedAt: member.joinedAt.toISOString(),
        case: own ? { id: own.id, reference: own.reference } : null,
      };
    }),
  };
}

/** A household with the person as its reference person. */
async function startHousehold(db: Db, actor: Actor, personId: string, now: Date) {
  const [household] = await db
    .insert(households)
    .values({ createdBy: actor.userId, createdAt: now })
    .returning();
  if (!household) throw new Error('insert returned no row');
  const [membership] = await db
    .insert(householdMembers)
    .values({
      householdId: household.id,
      personId,
      relationship: 'reference_person',
      returnsTogether: true,
      joinedAt: now,
    })
    .returning();
  if (!membership) throw new Error('insert returned no row');
  return membership;
}

export interface MemberInput {
  relationship: Exclude<Relationship, 'reference_person'>;
  returnsTogether: boolean;
  person?: PersonInput | undefined;
  existingCaseId?: string | undefined;
}

/**
 * Adds someone to the household of the person on a case, starting the
 * household (with that person as its reference) when there is none. The member
 * is a new person record, or the person of another case in reach.
 */
export async function addMember(db: Db, actor: Actor, caseId: string, input: MemberInput, now: Date) {
  if (!input.person === !input.existingCaseId) {
    throw invalidField('body.person', 'person_or_case', 'Send either a new person or existingCaseId');
  }
  const c = await workableCase(db, actor, caseId);
  const membership =
    (await currentMembership(db, c.personId)) ?? (await startHousehold(db, actor, c.personId, now));
  let personId: string;
  if (input.existingCaseId) {
    const other = await visibleCase(db, actor, input.existingCaseId).catch(() => {
      throw invalidField('body.existingCaseId', 'not_found', 'No such case in your scope');
    });
    if (await currentMembership(db, other.personId)) {
      throw new AppError(409, 'in_other_household', 'This person already belongs to a household');
    }
    personId = other.personId;
  } else {
    // Phone numbers without a prefix are read in the country of the office, as at registration.
    const [office] = await db
      .select({ countryCode: missions.countryCode })
      .from(offices)
      .innerJoin(missions, eq(missions.id, offices.missionId))
      .where(eq(offices.id, c.officeId));
    personId = (
      await createPerson(db, input.person as PersonInput, office?.countryCode ?? null, 'body.person')
    ).id;
  }
  const [member] = await db
    .insert(householdMembers)
    .values({
      householdId: membership.householdId,
      personId,
      relationship: input.relationship,
      returnsTogether: input.returnsTogether,
      joinedAt: now,
    })
    .returning();
  await bumpHousehold(db, membership.householdId);
  await touchCase(db, caseId, now);
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'household_member_added',
    { relationship: input.relationship, returnsTogether: input.returnsTogether },
    now,
  );
  return member;
}

/** A member of the household of the case's person, or 404. */
async function memberOf(db: Db, actor: Actor, caseId: string, memberId: string) {
  const c = await workableCase(db, actor, caseId);
  const membership = await currentMembership(db, c.personId);
  const [member] = membership
    ? await db
        .select()
        .from(householdMembers)
        .where(
          and(
            eq(householdMembers.id, memberId),
            eq(householdMembers.householdId, membership.householdId),
            isNull(householdMembers.leftAt),
          ),
        )
    : [];
  if (!member) throw notFound('Household member');
  return { c, member };
}

async function bumpHousehold(db: Db, id: string, version?: number) {
  const [row] = await db
    .update(households)
    .set({ version: sql`${households.version} + 1` })
    .where(
      version === undefined
        ? eq(households.id, id)
        : and(eq(households.id, id), eq(households.version, version)),
    )
    .returning();
  if (!row) throw staleVersion();
}

export async function changeMember(
  db: Db,
  actor: Actor,
  caseId: string,
  memberId: string,
  input: {
    version: number;
    relationship?: Exclude<Relationship, 'reference_person'> | undefined;
    returnsTogether?: boolean | undefined;
    leaves?: boolean | undefined;
  },
  now: Date,
) {
  const { member } = await memberOf(db, actor, caseId, memberId);
  if (member.relationship === 'reference_person' && (input.relationship || input.leaves)) {
    throw new AppError(409, 'reference_person', 'The reference person stays in the household as such');
  }
  await bumpHousehold(db, member.householdId, input.version);
  await db
    .update(householdMembers)
    .set({
      ...(input.relationship ? { relationship: input.relationship } : {}),
      ...(input.returnsTogether === undefined ? {} : { returnsTogether: input.returnsTogether }),
      ...(input.leaves ? { leftAt: now } : {}),
    })
    .where(eq(householdMembers.id, memberId));
  await touchCase(db, caseId, now);
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    input.leaves ? 'household_member_left' : 'household_member_changed',
    {
      relationship: input.relationship ?? member.relationship,
      ...(input.returnsTogether === undefined ? {} : { returnsTogether: input.returnsTogether }),
    },
    now,
  );
}

/**
 * Opens a case of their own for a household member (a child, as Module 6
 * asks, or any adult who needs one), in the office that holds this case.
 */
export async function openMemberCase(
  db: Db,
  actor: Actor,
  caseId: string,
  memberId: string,
  input: Omit<NewCaseInput, 'person' | 'officeId'>,
  now: Date,
) {
  const { c, member } = await memberOf(db, actor, caseId, memberId);
  const [existing] = await db
    .select({ id: cases.id })
    .from(cases)
    .where(and(eq(cases.personId, member.personId), isNull(cases.mergedInto)))
    .limit(1);
  if (existing) throw new AppError(409, 'has_case', 'This member already has a case');
  const created = await openCase(
    db,
    actor,
    { ...input, officeId: c.officeId, personId: member.personId },
    now,
  );
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'household_member_case_opened',
    { caseId: created.id, reference: created.reference, relationship: member.relationship },
    now,
  );
  return created;
}
