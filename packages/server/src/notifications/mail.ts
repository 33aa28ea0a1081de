import { and, asc, eq, lt, sql } from 'drizzle-orm';
import { createTransport } from 'nodemailer';
import type { MailConfig } from '../platform/config.ts';
import type { Db } from '../platform/db.ts';
import { referrals } from '../referrals/tables.ts';
import { users } from '../users/tables.ts';
import { partnerKinds } from './service.ts';
import { type NotificationKind, notifications } from './tables.ts';

export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export function smtpMailer(config: MailConfig): Mailer {
  const transport = createTransport(config.url);
  return {
    async send(message) {
      await transport.sendMail({ from: config.from, ...message });
    },
  };
}

/** Tries before a notice is given up on; the in-app notice stays either way. */
export const mailAttempts = 5;
/** Notices older than this when the mailer first sees them are not mailed: news, not history. */
const freshForMs = 2 * 24 * 3_600_000;

// E-mail leaves our control, so it names no returnee and no case: only that
// there is something to open, and where.
const subjects: Record<NotificationKind, string> = {
  referral_received: 'A referral was sent to your organisation',
  referral_cancelled: 'A referral to your organisation was cancelled',
  referral_overdue: 'A referral to your organisation is waiting for your answer',
  message_from_caseworker: 'A caseworker wrote about a referral to your organisation',
  referral_answered: 'A partner answered a referral on your case',
  message_from_partner: 'A partner wrote about a referral on your case',
};

/**
 * Mails the notices waiting for it, oldest first, `batch` at a time. A
 * failure is counted and retried on the next run; the run goes on with the
 * rest. Returns how many were sent and failed.
 */
export async function deliverMail(db: Db, mailer: Mailer, publicUrl: string, now: Date, batch = 50) {
  await db
    .update(notifications)
    .set({ mail: 'expired' })
    .where(
      and(
        eq(notifications.mail, 'pending'),
        lt(notifications.createdAt, new Date(now.getTime() - freshForMs)),
      ),
    );
  const waiting = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      attempts: notifications.mailAttempts,
      referralId: notifications.referralId,
      caseId: referrals.caseId,
      email: users.email,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .innerJoin(referrals, eq(referrals.id, notifications.referralId))
    .where(eq(notifications.mail, 'pending'))
    .orderBy(asc(notifications.createdAt))
    .limit(batch);
  let sent = 0;
  let failed = 0;
  for (const n of waiting) {
    const path = partnerKinds.includes(n.kind) ? `/partner/referrals/${n.referralId}` : `/cases/${n.caseId}`;
    try {
      if (!n.email) throw new Error('no address');
      await mailer.send({
        to: n.email,
        subject: `Reintegra: ${subjects[n.kind]}`,
        text: `${subjects[n.kind]}.\n\nSign in to Reintegra to read it:\n${publicUrl}${path}\n`,
      });
      await db.update(notifications).set({ mail: 'sent', mailedAt: now }).where(eq(notifications.id, n.id));
      sent += 1;
    } catch {
      await db
        .update(notifications)
        .set({
          mailAttempts: sql`${notifications.mailAttempts} + 1`,
          ...(n.attempts + 1 >= mailAttempts ? { mail: 'failed' as const } : {}),
        })
        .where(eq(notifications.id, n.id));
      failed += 1;
    }
  }
  return { sent, failed };
}
