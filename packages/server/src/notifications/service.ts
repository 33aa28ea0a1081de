import { and, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { caseAssignments } from '../cases/tables.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { providerServices, referrals } from '../referrals/tables.ts';
import { users } from '../users/tables.ts';
import { type NotificationKind, notifications } from './tables.ts';

/** Kinds read by the partner's users; the others by the case's caseworkers. */
export const partnerKinds: readonly NotificationKind[] = [
  'referral_received',
  'referral_cancelled',
  'referral_overdue',
  'message_from_caseworker',
];

/** The active accounts of a partner organisation. */
function partnerUsers(db: Db, providerId: string) {
  return db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.serviceProviderId, providerId), eq(users.active, true)));
}

/** The case's caseworkers now: every current assignment but the supervisor's. */
function caseworkers(db: Db, caseId: string) {
  return db
    .selectDistinct({ id: users.id, email: users.email })
    .from(caseAssignments)
    .innerJoin(users, eq(users.id, caseAssignments.userId))
    .where(
      and(
        eq(caseAssignments.caseId, caseId),
        isNull(caseAssignments.endedAt),
        ne(caseAssignments.function, 'supervisor'),
        eq(users.active, true),
      ),
    );
}

/**
 * Tells the people on the other side of a referral that something happened.
 * The author of the change is not told of their own act. A user with an
 * e-mail address also gets the notice by mail, when a mail server is set.
 */
export async function notifyOfReferral(
  db: Db,
  referral: { id: string; caseId: string; providerId: string },
  kind: NotificationKind,
  authorId: string | null,
  now: Date,
) {
  const readers = partnerKinds.includes(kind)
    ? await partnerUsers(db, referral.providerId)
    : await caseworkers(db, referral.caseId);
  const told = readers.filter((u) => u.id !== authorId);
  if (told.length === 0) return;
  await db.insert(notifications).values(
    told.map((u) => ({
      userId: u.id,
      kind,
      referralId: referral.id,
      createdAt: now,
      mail: u.email ? ('pending' as const) : ('none' as const),
    })),
  );
}

/** A user's latest notices and how many are unread. */
export async function notificationsOf(db: Db, actor: Actor) {
  const rows = await db
    .select({
      notification: notifications,
      caseId: referrals.caseId,
      service: providerServices.name,
      status: referrals.status,
    })
    .from(notifications)
    .innerJoin(referrals, eq(referrals.id, notifications.referralId))
    .innerJoin(providerServices, eq(providerServices.id, referrals.serviceId))
    .where(eq(notifications.userId, actor.userId))
    .orderBy(desc(notifications.createdAt))
    .limit(100);
  const [unread] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt)));
  return { rows, unread: unread?.count ?? 0 };
}

/** Marks the user's own notices read: the ones named, or all of them. */
export async function markRead(db: Db, actor: Actor, ids: string[] | 'all', now: Date) {
  await db
    .update(notifications)
    .set({ readAt: now })
    .where(
      and(
        eq(notifications.userId, actor.userId),
        isNull(notifications.readAt),
        ...(ids === 'all' ? [] : [inArray(notifications.id, ids)]),
      ),
    );
}
