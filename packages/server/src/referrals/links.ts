import { addDays, isoDay, type ReferralStatus } from '@reintegra/domain';
import { and, eq, isNull } from 'drizzle-orm';
import { newSecret, secretHash } from '../auth/secrets.ts';
import { recordCaseEvent } from '../cases/events.ts';
import { workableCase } from '../cases/service.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, notFound } from '../platform/errors.ts';
import { partnerMove } from './service.ts';
import { providerServices, referralLinks, referrals } from './tables.ts';

/** Makes a link for the referral's partner; the token is shown once, only its hash is kept. */
export async function createLink(
  db: Db,
  actor: Actor,
  caseId: string,
  referralId: string,
  days: number,
  now: Date,
) {
  await workableCase(db, actor, caseId);
  const [referral] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, referralId), eq(referrals.caseId, caseId)));
  if (!referral) throw notFound('Referral');
  if (!['sent', 'accepted', 'in_progress'].includes(referral.status)) {
    throw new AppError(409, 'nothing_to_answer', 'The partner has nothing to answer on this referral');
  }
  const token = newSecret(32);
  const expiresAt = new Date(`${addDays(isoDay(now), days)}T${now.toISOString().slice(11)}`);
  await db
    .insert(referralLinks)
    .values({ referralId, tokenHash: secretHash(token), createdBy: actor.userId, createdAt: now, expiresAt });
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'referral_link_made',
    { referralId, expiresAt: expiresAt.toISOString() },
    now,
  );
  return { token, expiresAt };
}

/** The link's referral, if the link is still good: unknown is 404, expired or used 410. */
async function liveLink(db: Db, token: string, now: Date) {
  const [row] = await db
    .select({ link: referralLinks, referral: referrals, service: providerServices.name })
    .from(referralLinks)
    .innerJoin(referrals, eq(referrals.id, referralLinks.referralId))
    .innerJoin(providerServices, eq(providerServices.id, referrals.serviceId))
    .where(eq(referralLinks.tokenHash, secretHash(token)));
  if (!row) throw notFound('Link');
  if (row.link.usedAt)
    throw new AppError(410, 'link_used', 'This link has already been used; ask the caseworker for a new one');
  if (row.link.expiresAt <= now)
    throw new AppError(410, 'link_expired', 'This link has expired; ask the caseworker for a new one');
  return row;
}

export async function openLink(db: Db, token: string, now: Date) {
  const row = await liveLink(db, token, now);
  if (!row.link.openedAt) {
    await db.update(referralLinks).set({ openedAt: now }).where(eq(referralLinks.id, row.link.id));
  }
  return row;
}

/** One answer through the link, then the link is spent. */
export async function answerByLink(
  db: Db,
  token: string,
  input: {
    version: number;
    to: ReferralStatus;
    reason: string;
  },
  now: Date,
) {
  const row = await liveLink(db, token, now);
  const [spent] = await db
    .update(referralLinks)
    .set({ usedAt: now })
    .where(and(eq(referralLinks.id, row.link.id), isNull(referralLinks.usedAt)))
    .returning();
  if (!spent) throw new AppError(410, 'link_used', 'This link has already been used');
  if (row.referral.version !== input.version)
    throw new AppError(409, 'stale_version', 'The referral changed; open the link again');
  await partnerMove(db, row.referral, input, null, now);
  return {
    ...row,
    referral: (await db.select().from(referrals).where(eq(referrals.id, row.referral.id)))[0] ?? row.referral,
  };
}
