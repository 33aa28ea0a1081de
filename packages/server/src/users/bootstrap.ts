import { sql } from 'drizzle-orm';
import { appendAudit, systemActor } from '../audit/log.ts';
import type { Db } from '../platform/db.ts';
import { createUser } from './service.ts';
import { users } from './tables.ts';

/**
 * On first start with no user at all, creates the administrator `admin`.
 * With REINTEGRA_ADMIN_PASSWORD set it takes that password; otherwise it makes
 * a one-time password that must be changed at first sign-in, and returns it to print.
 */
export async function ensureAdministrator(db: Db, password: string | undefined) {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  if ((row?.n ?? 0) > 0) return null;
  return db.transaction(async (tx) => {
    const { user, temporaryPassword } = await createUser(tx, {
      username: 'admin',
      displayName: 'Administrator',
      role: 'administrator',
      scope: 'all',
      ...(password ? { password } : {}),
    });
    await appendAudit(
      tx,
      {
        ...systemActor,
        action: 'user.create',
        outcome: 'success',
        recordType: 'user',
        recordId: user.id,
        details: { bootstrap: true },
      },
      new Date(),
    );
    return { username: user.username, temporaryPassword };
  });
}
