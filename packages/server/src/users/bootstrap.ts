import { sql } from 'drizzle-orm';
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
  const { temporaryPassword } = await createUser(db, {
    username: 'admin',
    displayName: 'Administrator',
    role: 'administrator',
    scope: 'all',
    ...(password ? { password } : {}),
  });
  return { username: 'admin', temporaryPassword };
}
