import {
  addDays,
  ageOn,
  type ConsentException,
  checkEligibility,
  defaultReferralTimings,
  type EligibilityRules,
  eligibilityProblem,
  isoDay,
  momentOf,
  overdueReason,
  type ReferralEligibility,
  type ReferralSide,
  type ReferralStatus,
  referralDueOn,
  referralMoveProblem,
  type ShareableField,
  sharingProblems,
} from '@reintegra/domain';
import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { assessments } from '../assessments/tables.ts';
import { recordCaseEvent } from '../cases/events.ts';
import { primaryName, visibleCase, workableCase } from '../cases/service.ts';
import { cases, consents } from '../cases/tables.ts';
import { finishTasks, keepNextDue, startTask } from '../cases/tasks.ts';
import { caseReach } from '../cases/visibility.ts';
import { notifyOfReferral } from '../notifications/service.ts';
import { serviceProviders } from '../organisation/tables.ts';
import { personPhones, persons } from '../people/tables.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, invalidField, notFound, staleVersion } from '../platform/errors.ts';
import type {
  moveInput,
  outcomeInput,
  providerChange,
  providerInput,
  referralInput,
  serviceChange,
  serviceInput,
  serviceSearch,
} from './schemas.ts';
import { providerServices, referrals } from './tables.ts';

export type Referral = typeof referrals.$inferSelect;

// ---- The service directory -------------------------------------------------

export async function addProvider(db: Db, missionId: string, input: z.infer<typeof providerInput>) {
  const [provider] = await db
    .insert(serviceProviders)
    .values({ missionId, ...input })
    .returning();
  if (!provider) throw new Error('provider not stored');
  return provider;
}

export async function addService(db: Db, providerId: string, input: z.infer<typeof serviceInput>) {
  const [provider] = await db.select().from(serviceProviders).where(eq(serviceProviders.id, providerId));
  if (!provider) throw notFound('Provider');
  const [service] = await db
    .insert(providerServices)
    .values({ providerId, ...input })
    .returning();
  if (!service) throw new Error('service not stored');
  return service;
}

/** The mission's providers with all their services, active or not: the directory as its keepers see it. */
export async function providersOf(db: Db, missionId: string | null) {
  const providers = await db
    .select()
    .from(serviceProviders)
    .where(missionId ? eq(serviceProviders.missionId, missionId) : undefined)
    .orderBy(asc(serviceProviders.name));
  const services = providers.length
    ? await db
        .select()
        .from(providerServices)
        .where(
          inArray(
            providerServices.providerId,
            providers.map((p) => p.id),
          ),
        )
        .orderBy(asc(providerServices.name))
    : [];
  return providers.map((provider) => ({
    provider,
    services: services.filter((s) => s.providerId === provider.id),
  }));
}

/** Changes a provider, or a service, if nobody changed it since it was read. */
export async function changeProvider(db: Db, id: string, changes: z.infer<typeof providerChange>) {
  const { version, ...rest } = changes;
  const [saved] = await db
    .update(serviceProviders)
    .set({ ...rest, version: version + 1 })
    .where(and(eq(serviceProviders.id, id), eq(serviceProviders.version, version)))
    .returning();
  if (!saved) {
    const [exists] = await db
      .select({ id: serviceProviders.id })
      .from(serviceProviders)
      .where(eq(serviceProviders.id, id));
    throw exists ? staleVersion() : notFound('Provider');
  }
  return saved;
}

export async function changeService(db: Db, id: string, changes: z.infer<typeof serviceChange>) {
  const { version, ...rest } = changes;
  const [saved] = await db
    .update(providerServices)
    .set({ ...rest, version: version + 1 })
    .where(and(eq(providerServices.id, id), eq(providerServices.version, version)))
    .returning();
  if (!saved) {
    const [exists] = await db
      .select({ id: providerServices.id })
      .from(providerServices)
      .where(eq(providerServices.id, id));
    throw exists ? staleVersion() : notFound('Service');
  }
  return saved;
}

/** Services by need (type), place served and words, with their provider: the directory a caseworker searches. */
export async function searchServices(db: Db, missionId: string | null, query: z.infer<typeof serviceSearch>) {
  const where: SQL[] = [eq(providerServices.active, true), eq(serviceProviders.active, true)];
  // A mission's directory is its own; an organisation-wide reader sees every mission's.
  if (missionId) where.push(eq(serviceProviders.missionId, missionId));
  if (query.type) where.push(eq(providerServices.type, query.type));
  if (query.place) {
    // A service with no coverage listed serves everywhere its provider works.
    where.push(
      or(
        sql`cardinality(${providerServices.coverage}) = 0`,
        sql`exists (select 1 from unnest(${providerServices.coverage}) as p where lower(p) = lower(${query.place}))`,
      ) as SQL,
    );
  }
  if (query.q) {
    const words = `%${query.q}%`;
    where.push(
      or(
        ilike(providerServices.name, words),
        ilike(serviceProviders.name, words),
        ilike(providerServices.description, words),
      ) as SQL,
    );
  }
  return db
    .select({ service: providerServices, provider: serviceProviders })
    .from(providerServices)
    .innerJoin(serviceProviders, eq(serviceProviders.id, providerServices.providerId))
    .where(and(...where))
    .orderBy(asc(providerServices.type), asc(serviceProviders.name), asc(providerServices.name))
    .limit(200);
}

/**
 * Annex 7's gap view: for each type of service, how many are listed and how
 * many are available, of adequate quality and accessible to returnees. A type
 * with none of the latter is a gap.
 */
export async function serviceGaps(db: Db, missionId: string | null) {
  const rows = await db
    .select({
      type: providerServices.type,
      listed: sql<number>`count(*)::int`,
      adequate: sql<number>`count(*) filter (where ${providerServices.available} and ${providerServices.adequateQuality} and ${providerServices.accessible})::int`,
    })
    .from(providerServices)
    .innerJoin(serviceProviders, eq(serviceProviders.id, providerServices.providerId))
    .where(
      and(
        eq(providerServices.active, true),
        eq(serviceProviders.active, true),
        missionId ? eq(serviceProviders.missionId, missionId) : undefined,
      ),
    )
    .groupBy(providerServices.type);
  return rows;
}

// ---- Referrals on a case ---------------------------------------------------

async function serviceOf(db: Db, serviceId: string) {
  const [row] = await db
    .select({ service: providerServices, provider: serviceProviders })
    .from(providerServices)
    .innerJoin(serviceProviders, eq(serviceProviders.id, providerServices.providerId))
    .where(eq(providerServices.id, serviceId));
  return row ?? null;
}

function checkSharing(
  fields: readonly ShareableField[],
  justification: string,
  needed: readonly ShareableField[],
) {
  const problems = sharingProblems({ fields, justification }, needed);
  if (problems.includes('identity_missing')) {
    throw invalidField(
      'body.fields',
      'identity_missing',
      'The partner needs at least the name and a phone number',
    );
  }
  if (problems.includes('justification_required')) {
    throw invalidField(
      'body.justification',
      'justification_required',
      'Say why more than the service needs, or health or vulnerability details, are shared',
    );
  }
}

/**
 * The partner's criteria checked on the case's age and the facts the
 * caseworker gives (school year, where the person lives): a referral that
 * does not meet them, or cannot be checked, goes ahead only with a reason
 * (seed-003 L472: referrals should respect partners' criteria). Null when the
 * service has no rules.
 */
async function checkedEligibility(
  db: Db,
  caseId: string,
  rules: EligibilityRules | null,
  given: z.infer<typeof referralInput>['eligibility'],
  now: Date,
): Promise<ReferralEligibility | null> {
  if (!rules) return null;
  const [person] = await db
    .select({ dateOfBirth: persons.dateOfBirth, birthYear: persons.birthYear })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(eq(cases.id, caseId));
  const facts = {
    age: person ? ageOn(person, isoDay(now)) : null,
    schoolYear: given.schoolYear,
    setting: given.setting,
    distanceKm: given.distanceKm,
  };
  const result = checkEligibility(rules, facts);
  const problem = eligibilityProblem(result, given.exception);
  if (problem) {
    const which = [...result.unmet, ...result.unknown].join(', ');
    throw invalidField(
      'body.eligibility.exception',
      problem,
      problem === 'not_eligible'
        ? `The person does not meet the partner's criteria (${which}): refer elsewhere, or say why the partner will take them`
        : `The partner's criteria cannot be checked (${which}): give the missing facts, or say how the partner will check them`,
    );
  }
  return { ...result, facts };
}

/** A referral drafted from the case or a plan line: what, to whom, why, how urgent, which data. */
export async function draftReferral(
  db: Db,
  actor: Actor,
  caseId: string,
  input: z.infer<typeof referralInput>,
  now: Date,
) {
  await workableCase(db, actor, caseId);
  const found = await serviceOf(db, input.serviceId);
  if (!found?.service.active)
    throw invalidField('body.serviceId', 'not_found', 'No such service in the directory');
  checkSharing(input.fields, input.justification, found.service.neededFields);
  const eligibility = await checkedEligibility(db, caseId, found.service.rules, input.eligibility, now);
  const [referral] = await db
    .insert(referrals)
    .values({
      caseId,
      serviceId: found.service.id,
      providerId: found.provider.id,
      planLineId: input.planLineId,
      reason: input.reason,
      urgency: input.urgency,
      status: 'draft',
      sharedFields: [...new Set(input.fields)],
      sharingJustification: input.justification,
      eligibility,
      // A reason is kept only where a criterion was not met or not known: it is what the partner reads.
      eligibilityException:
        eligibility && eligibility.unmet.length + eligibility.unknown.length > 0
          ? input.eligibility.exception
          : '',
      identifiedAt: now,
      returneeInformedAt: input.returneeInformed ? now : null,
      createdBy: actor.userId,
    })
    .returning();
  if (!referral) throw new Error('referral not stored');
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'referral_drafted',
    { referralId: referral.id, service: found.service.name },
    now,
  );
  return referral;
}

/** The values of the chosen fields as they are now: what the partner will see. */
async function sharedDataOf(db: Db, caseId: string, fields: readonly ShareableField[]) {
  const [row] = await db
    .select({ person: persons, name: primaryName, vulnerabilities: cases.vulnerabilities })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(eq(cases.id, caseId));
  if (!row) throw notFound('Case');
  const [phone] = await db
    .select({ e164: personPhones.e164 })
    .from(personPhones)
    .where(eq(personPhones.personId, row.person.id))
    .limit(1);
  const [needs] = await db
    .select({ findings: assessments.findings })
    .from(assessments)
    .where(and(eq(assessments.caseId, caseId), eq(assessments.kind, 'needs')))
    .orderBy(desc(assessments.conductedOn), desc(assessments.createdAt))
    .limit(1);
  const n = (needs?.findings ?? {}) as Record<string, unknown>;
  const all: Record<ShareableField, unknown> = {
    name: row.name,
    sex: row.person.sex,
    dateOfBirth: row.person.dateOfBirth ?? row.person.birthYear,
    phone: phone?.e164 ?? null,
    languages: row.person.languages,
    placeOfReturn: row.person.placeOfIntendedReturn,
    educationLevel: n.educationLevel ?? null,
    skills: n.skills ?? [],
    needs: n.needs ?? null,
    vulnerabilities: row.vulnerabilities,
    health: n.health ?? null,
  };
  return Object.fromEntries(fields.map((f) => [f, all[f]]));
}

/** A referral of the case, once the case itself has been checked for the actor. */
export async function caseReferral(db: Db, caseId: string, referralId: string) {
  const [referral] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, referralId), eq(referrals.caseId, caseId)));
  if (!referral) throw notFound('Referral');
  return referral;
}

async function workableReferral(db: Db, actor: Actor, caseId: string, referralId: string, version: number) {
  await workableCase(db, actor, caseId);
  const referral = await caseReferral(db, caseId, referralId);
  if (referral.version !== version) throw staleVersion();
  return referral;
}

async function saveReferral(db: Db, referral: Referral, changes: Partial<typeof referrals.$inferInsert>) {
  const [saved] = await db
    .update(referrals)
    .set({ ...changes, version: referral.version + 1 })
    .where(and(eq(referrals.id, referral.id), eq(referrals.version, referral.version)))
    .returning();
  if (!saved) throw staleVersion();
  return saved;
}

/**
 * Sends a draft: only with the returnee's consent to referral on the case, or
 * a recorded exception with who determined it; the data chosen is copied as
 * it is now, and the partner sees that copy only.
 */
export async function sendReferral(
  db: Db,
  actor: Actor,
  caseId: string,
  referralId: string,
  input: { version: number; exception: { reason: ConsentException; determinedBy: string } | null },
  now: Date,
) {
  const referral = await workableReferral(db, actor, caseId, referralId, input.version);
  const problem = referralMoveProblem(referral.status, 'sent', 'caseworker', '');
  if (problem) throw new AppError(409, problem, `A ${referral.status} referral cannot be sent`);
  const [consent] = await db
    .select({ id: consents.id })
    .from(consents)
    .where(and(eq(consents.caseId, caseId), eq(consents.purpose, 'referral'), isNull(consents.withdrawnAt)))
    .orderBy(desc(consents.givenAt))
    .limit(1);
  if (!consent && !input.exception) {
    throw new AppError(
      409,
      'consent_required',
      'The returnee has not consented to referral: record consent first',
      [{ field: 'body.exception', code: 'consent_required', message: 'No consent to referral on the case' }],
    );
  }
  const sharedData = await sharedDataOf(db, caseId, referral.sharedFields);
  const sentOn = isoDay(now);
  const saved = await saveReferral(db, referral, {
    status: 'sent',
    sentAt: now,
    returneeInformedAt: referral.returneeInformedAt ?? now,
    sharedData,
    consentId: consent?.id ?? null,
    consentException: consent ? null : (input.exception?.reason ?? null),
    exceptionDeterminedBy: consent ? null : (input.exception?.determinedBy ?? null),
    dueOn: referralDueOn({ status: 'sent', urgency: referral.urgency, sentOn }),
  });
  // The follow-up that catches those referred who did not follow through (seed-003 L476).
  await startTask(
    db,
    caseId,
    { kind: 'referral', topic: referralId, dueOn: addDays(sentOn, defaultReferralTimings.followUpAfter) },
    now,
  );
  await keepNextDue(db, caseId);
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'referral_sent',
    { referralId, fields: referral.sharedFields, consentException: saved.consentException },
    now,
  );
  await notifyOfReferral(db, saved, 'referral_received', actor.userId, now);
  return saved;
}

/** A move by either side, with the domain's rules; each move stamps its own moment. */
async function move(
  db: Db,
  referral: Referral,
  side: ReferralSide,
  input: { to: ReferralStatus; reason: string },
  actorId: string | null,
  now: Date,
) {
  const problem = referralMoveProblem(referral.status, input.to, side, input.reason);
  if (problem === 'reason_required') throw invalidField('body.reason', problem, 'Say why');
  if (problem)
    throw new AppError(
      409,
      problem,
      `A ${referral.status} referral cannot become ${input.to} by the ${side}`,
    );
  const moment = momentOf(input.to);
  const sentOn = referral.sentAt ? isoDay(referral.sentAt) : null;
  const saved = await saveReferral(db, referral, {
    status: input.to,
    ...(moment ? { [moment]: now } : {}),
    ...(input.reason ? { closeReason: input.reason } : {}),
    dueOn: referralDueOn({ status: input.to, urgency: referral.urgency, sentOn }),
  });
  await recordCaseEvent(
    db,
    referral.caseId,
    actorId,
    'referral_moved',
    // With no user, the partner answered through a one-time link.
    { referralId: referral.id, to: input.to, by: side, ...(actorId ? {} : { via: 'link' }) },
    now,
  );
  // The partner hears of a cancellation only if the referral had reached them.
  const cancelledSent = input.to === 'cancelled' && referral.sentAt !== null;
  const told = side === 'partner' ? 'referral_answered' : cancelledSent ? 'referral_cancelled' : null;
  if (told) await notifyOfReferral(db, saved, told, actorId, now);
  return saved;
}

export async function moveAsCaseworker(
  db: Db,
  actor: Actor,
  caseId: string,
  referralId: string,
  input: z.infer<typeof moveInput>,
  now: Date,
) {
  const referral = await workableReferral(db, actor, caseId, referralId, input.version);
  return move(db, referral, 'caseworker', input, actor.userId, now);
}

/** Whether it was received and met the need, and the returnee's satisfaction with the service. */
export async function recordOutcome(
  db: Db,
  actor: Actor,
  caseId: string,
  referralId: string,
  input: z.infer<typeof outcomeInput>,
  now: Date,
) {
  const referral = await workableReferral(db, actor, caseId, referralId, input.version);
  if (referral.status === 'draft' || referral.status === 'cancelled') {
    throw new AppError(409, 'not_sent', 'Only a referral that was sent has an outcome');
  }
  const saved = await saveReferral(db, referral, {
    received: input.received,
    metNeed: input.metNeed,
    returneeSatisfaction: input.returneeSatisfaction,
    outcomeNote: input.note,
  });
  await finishTasks(db, caseId, 'referral', referralId, actor.userId, now);
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'referral_outcome',
    { referralId, received: input.received, metNeed: input.metNeed },
    now,
  );
  return saved;
}

export async function referralsOfCase(db: Db, actor: Actor, caseId: string) {
  await visibleCase(db, actor, caseId);
  return db.select().from(referrals).where(eq(referrals.caseId, caseId)).orderBy(asc(referrals.identifiedAt));
}

/**
 * Referrals on the cases the actor can see, optionally only the overdue ones:
 * the caseworker's follow-up list and, for a supervisor's wider scope, the
 * escalation list.
 */
/** The follow-up list's rows: referrals on the cases the actor may see, overdue ones only when asked. */
async function followUpCondition(db: Db, actor: Actor, query: { overdue: boolean }, today: string) {
  const reach = await caseReach(db, actor);
  return and(
    reach.visible,
    ...(query.overdue ? [isNotNull(referrals.dueOn), lt(referrals.dueOn, today)] : []),
  );
}

/**
 * The follow-up list, first due first; the page shows the first 500, an
 * export reads them all in pages (the id settles ties, so pages never overlap).
 */
export async function referralsInScope(
  db: Db,
  actor: Actor,
  query: { overdue: boolean },
  today: string,
  page: { limit: number; offset: number } = { limit: 500, offset: 0 },
) {
  const rows = await db
    .select({ referral: referrals, reference: cases.reference, provider: serviceProviders.name })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .innerJoin(serviceProviders, eq(serviceProviders.id, referrals.providerId))
    .where(await followUpCondition(db, actor, query, today))
    .orderBy(asc(referrals.dueOn), asc(referrals.identifiedAt), asc(referrals.id))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map((r) => ({
    ...r,
    overdue: overdueReason(
      {
        status: r.referral.status,
        urgency: r.referral.urgency,
        sentOn: r.referral.sentAt ? isoDay(r.referral.sentAt) : null,
      },
      today,
    ),
  }));
}

/** How many referrals the follow-up list holds, all pages together. */
export async function countReferralsInScope(
  db: Db,
  actor: Actor,
  query: { overdue: boolean },
  today: string,
) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .where(await followUpCondition(db, actor, query, today));
  return row?.n ?? 0;
}

// ---- The partner's side ----------------------------------------------------

/** The partner's organisation, read with their session. */
const providerOfPartner = (actor: Actor) => actor.account.serviceProviderId;

/** What a partner sees of a referral: what was sent, the service, the dates; nothing else of the case. */
export async function partnerReferrals(db: Db, actor: Actor) {
  const providerId = providerOfPartner(actor);
  if (!providerId) return [];
  return db
    .select({ referral: referrals, service: providerServices.name })
    .from(referrals)
    .innerJoin(providerServices, eq(providerServices.id, referrals.serviceId))
    .where(
      and(
        eq(referrals.providerId, providerId),
        inArray(referrals.status, [
          'sent',
          'accepted',
          'declined',
          'in_progress',
          'completed',
          'not_delivered',
          'cancelled',
        ]),
      ),
    )
    .orderBy(asc(referrals.dueOn), desc(referrals.sentAt))
    .limit(500);
}

export async function partnerReferral(db: Db, actor: Actor, referralId: string) {
  const providerId = providerOfPartner(actor);
  const [row] = providerId
    ? await db
        .select({ referral: referrals, service: providerServices.name })
        .from(referrals)
        .innerJoin(providerServices, eq(providerServices.id, referrals.serviceId))
        .where(and(eq(referrals.id, referralId), eq(referrals.providerId, providerId)))
    : [];
  // A referral of another organisation, or one not yet sent, does not exist for this partner.
  if (!row || row.referral.status === 'draft') throw notFound('Referral');
  return row;
}

export async function moveAsPartner(
  db: Db,
  actor: Actor,
  referralId: string,
  input: z.infer<typeof moveInput>,
  now: Date,
) {
  const { referral } = await partnerReferral(db, actor, referralId);
  if (referral.version !== input.version) throw staleVersion();
  return partnerMove(db, referral, input, actor.userId, now);
}

/** A move on the partner's word, by a partner user or, with no user, through a one-time link. */
export function partnerMove(
  db: Db,
  referral: Referral,
  input: { to: ReferralStatus; reason: string },
  actorId: string | null,
  now: Date,
) {
  return move(db, referral, 'partner', input, actorId, now);
}
