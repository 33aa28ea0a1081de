import { eq } from 'drizzle-orm';
import type { Db } from '../platform/db.ts';
import { users } from '../users/tables.ts';
import { verifyPassword } from './secrets.ts';
import { totpValid } from './totp.ts';

export interface LockoutRule {
  threshold: number;
  lockoutMs: number;
}

export type LoginResult =
  | { ok: true; user: typeof users.$inferSelect }
  | { ok: false; reason: 'bad_credentials' | 'account_locked' | 'totp_required'; userId: string | null };

/**
 * Checks a sign-in attempt and keeps the failure count. The caller commits the
 * count even when the attempt fails, so lockout holds.
 */
export async function checkCredentials(
  db: Db,
  attempt: { username: string; password: string; totp?: string | undefined },
  rule: LockoutRule,
  now: Date,
): Promise<LoginResult> {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.username, attempt.username.toLowerCase()))
    .limit(1);
  if (!user) {
    await verifyPassword(null, attempt.password);
    return { ok: false, reason: 'bad_credentials', userId: null };
  }
  if (user.lockedUntil && user.lockedUntil > now)
    return { ok: false, reason: 'account_locked', userId: user.id };

  const passwordRight = await verifyPassword(user.passwordHash, attempt.password);
  if (passwordRight && user.active && user.totpEnabled && user.totpSecret && !attempt.totp) {
    return { ok: false, reason: 'totp_required', userId: user.id };
  }
  const totpRight =
    !user.totpEnabled ||
    (!!user.totpSecret && !!attempt.totp && totpValid(user.totpSecret, user.username, attempt.totp, now));
  if (!passwordRight || !totpRight || !user.active) {
    const failures = user.failedLogins + 1;
    const locks = failures >= rule.threshold;
    await db
      .update(users)
      .set(
        locks
          ? { failedLogins: 0, lockedUntil: new Date(now.getTime() + rule.lockoutMs) }
          : { failedLogins: failures },
      )
      .where(eq(users.id, user.id));
    return { ok: false, reason: locks ? 'account_locked' : 'bad_credentials', userId: user.id };
  }
  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
    .where(eq(users.id, user.id));
  return { ok: true, user };
}
