import { sql } from 'drizzle-orm';
import { index, pgEnum, pgTable, smallint, timestamp, uuid } from 'drizzle-orm/pg-core';
import { referrals } from '../referrals/tables.ts';
import { users } from '../users/tables.ts';

/**
 * What a user is told of. The first four go to the partner's users, the
 * last two to the case's caseworkers: who reads a kind decides what its
 * notice may say (a partner's never names the case).
 */
export const notificationKinds = [
  'referral_received',
  'referral_cancelled',
  'referral_overdue',
  'message_from_caseworker',
  'referral_answered',
  'message_from_partner',
] as const;
export type NotificationKind = (typeof notificationKinds)[number];

export const notificationKind = pgEnum('notification_kind', notificationKinds);
/** none: not to be mailed; pending: waiting for the mailer; sent; failed after the last attempt; expired: too old once mail was set up. */
export const mailState = pgEnum('mail_state', ['none', 'pending', 'sent', 'failed', 'expired']);

export const notifications = pgTable(
  'notifications',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    kind: notificationKind().notNull(),
    referralId: uuid()
      .notNull()
      .references(() => referrals.id),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    readAt: timestamp({ withTimezone: true }),
    mail: mailState().notNull(),
    mailAttempts: smallint().notNull().default(0),
    mailedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('notifications_user_idx').on(t.userId, t.createdAt),
    // The mailer reads only what waits for it.
    index('notifications_mail_idx').on(t.createdAt).where(sql`${t.mail} = 'pending'`),
  ],
);
