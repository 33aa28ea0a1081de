import { roleDefinitions } from '@reintegra/domain';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { users } from '../users/tables.ts';
import { toUserView } from '../users/views.ts';
import { newSecret, secretHash } from './secrets.ts';
import { apiTokens, sessions } from './tables.ts';

export const sessionCookie = 'reintegra_session';
export const apiTokenPrefix = 'rtk_';

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

// Writing last-seen on every request would turn each read into a write; a
// minute's precision is plenty for a 30-minute idle timeout.
const touchEveryMs = 60_000;

type UserRow = typeof users.$inferSelect;

export function actorFromUser(user: UserRow, via: Actor['via']): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    scope: user.scope,
    officeId: user.officeId,
    missionId: user.missionId,
    permissions: roleDefinitions[user.role].permissions,
    mustChangePassword: user.mustChangePassword,
    account: toUserView(user),
    via,
  };
}

export async function startSession(db: Db, userId: string, ip: string, now: Date) {
  const token = newSecret();
  const csrfToken = newSecret();
  await db
    .insert(sessions)
    .values({ tokenHash: secretHash(token), userId, csrfToken, createdAt: now, lastSeenAt: now, ip });
  return { token, csrfToken };
}

// Every request reads its session: build that query once per database, not per request.
const sessionLookups = new WeakMap<Db, ReturnType<typeof prepareSessionLookup>>();
function prepareSessionLookup(db: Db) {
  return db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('tokenHash')))
    .limit(1)
    .prepare('session_lookup');
}
function sessionLookup(db: Db) {
  let prepared = sessionLookups.get(db);
  if (!prepared) {
    prepared = prepareSessionLookup(db);
    sessionLookups.set(db, prepared);
  }
  return prepared;
}

export type SessionLookup = { actor: Actor } | { expired: true } | null;

/** Finds the live session for a cookie token; ends it when it has timed out. */
export async function resolveSession(
  db: Db,
  token: string,
  policy: SessionPolicy,
  now: Date,
): Promise<SessionLookup> {
  const tokenHash = secretHash(token);
  const [row] = await sessionLookup(db).execute({ tokenHash });
  if (!row) return null;
  const { session, user } = row;
  const idle = now.getTime() - session.lastSeenAt.getTime();
  const age = now.getTime() - session.createdAt.getTime();
  if (idle > policy.idleMs || age > policy.absoluteMs || !user.active) {
    await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
    return { expired: true };
  }
  if (idle > touchEveryMs) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
  }
  return { actor: actorFromUser(user, { kind: 'session', tokenHash, csrfToken: session.csrfToken }) };
}

export async function endSession(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user (on deactivation or reset), or every one but the caller's own. */
export async function endSessionsOf(db: Db, userId: string, keepTokenHash?: string): Promise<void> {
  const mine = eq(sessions.userId, userId);
  await db.delete(sessions).where(keepTokenHash ? and(mine, ne(sessions.tokenHash, keepTokenHash)) : mine);
}

export async function resolveApiToken(db: Db, token: string, now: Date): Promise<Actor | null> {
  if (!token.startsWith(apiTokenPrefix)) return null;
  const [row] = await db
    .select({ token: apiTokens, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.tokenHash, secretHash(token)))
    .limit(1);
  if (!row || row.token.revokedAt || row.token.expiresAt <= now || !row.user.active) return null;
  const lastUsed = row.token.lastUsedAt?.getTime() ?? 0;
  if (now.getTime() - lastUsed > touchEveryMs) {
    await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, row.token.id));
  }
  return actorFromUser(row.user, { kind: 'token', tokenId: row.token.id });
}
