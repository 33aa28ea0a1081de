import { passwordProblem, placementProblem, type Role, roleDefinitions, type Scope } from '@reintegra/domain';
import { and, asc, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import { hashPassword, newSecret } from '../auth/secrets.ts';
import { endSessionsOf } from '../auth/sessions.ts';
import { offices, serviceProviders } from '../organisation/tables.ts';
import type { Actor } from '../platform/actor.ts';
import { type Db, inTurn } from '../platform/db.ts';
import { AppError, invalidField, notFound, staleVersion } from '../platform/errors.ts';
import { withinScope } from '../platform/scope.ts';
import { users } from './tables.ts';

export interface UserPlacementInput {
  role: Role;
  scope?: Scope | undefined;
  missionId?: string | null | undefined;
  officeId?: string | null | undefined;
}

const placementMessages = {
  scope_not_allowed: 'This role cannot have that scope',
  office_required: 'This role, or an office-wide scope, needs an office',
  mission_required: 'A mission-wide scope needs a mission',
} as const;

/** Settles a user's mission, office and scope, refusing combinations that make no sense. */
async function placement(db: Db, input: UserPlacementInput) {
  const scope = input.scope ?? roleDefinitions[input.role].defaultScope;
  let missionId = input.missionId ?? null;
  const officeId = input.officeId ?? null;
  if (officeId) {
    const [office] = await db.select().from(offices).where(eq(offices.id, officeId)).limit(1);
    if (!office) throw invalidField('body.officeId', 'not_found', 'No such office');
    if (missionId && missionId !== office.missionId) {
      throw invalidField('body.officeId', 'other_mission', 'The office belongs to another mission');
    }
    missionId = office.missionId;
  }
  const problem = placementProblem({ role: input.role, scope, officeId, missionId });
  if (problem) throw invalidField(`body.${problem.field}`, problem.code, placementMessages[problem.code]);
  return { scope, missionId, officeId };
}

export interface NewUser extends UserPlacementInput {
  username: string;
  displayName: string;
  email?: string | null | undefined;
  language?: 'en' | 'fr' | 'ar' | undefined;
  /** When absent, a temporary password is made and must be changed at first sign-in. */
  password?: string | undefined;
  serviceProviderId?: string | null | undefined;
}

/** A referral partner's organisation: only partners have one, and it must be in the directory. */
async function partnerOrganisation(db: Db, role: Role, providerId: string | null | undefined) {
  if (!providerId) return null;
  if (role !== 'referral_partner') {
    throw invalidField(
      'body.serviceProviderId',
      'not_a_partner',
      'Only referral partners belong to a provider',
    );
  }
  const [provider] = await db
    .select({ id: serviceProviders.id })
    .from(serviceProviders)
    .where(eq(serviceProviders.id, providerId));
  if (!provider) throw invalidField('body.serviceProviderId', 'not_found', 'No such provider');
  return providerId;
}

export async function createUser(db: Db, input: NewUser) {
  const username = input.username.toLowerCase();
  const [taken] = await db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
  if (taken) {
    throw new AppError(409, 'username_taken', 'That username is taken', [
      { field: 'body.username', code: 'taken', message: 'That username is taken' },
    ]);
  }
  if (input.password !== undefined) {
    const problem = passwordProblem(input.password, username);
    if (problem) throw invalidField('body.password', problem, `Password ${problem.replaceAll('_', ' ')}`);
  }
  const temporaryPassword = input.password === undefined ? temporaryPasswordNew() : null;
  const where = await placement(db, input);
  const serviceProviderId = await partnerOrganisation(db, input.role, input.serviceProviderId);
  const [user] = await db
    .insert(users)
    .values({
      serviceProviderId,
      username,
      displayName: input.displayName,
      email: input.email ?? null,
      role: input.role,
      ...where,
      language: input.language ?? 'en',
      passwordHash: await hashPassword(input.password ?? (temporaryPassword as string)),
      mustChangePassword: temporaryPassword !== null,
    })
    .returning();
  if (!user) throw new Error('insert returned no row');
  return { user, temporaryPassword };
}

function temporaryPasswordNew(): string {
  // 15 random bytes: 20 URL-safe characters, easy to read out over the phone.
  return newSecret(15);
}

export interface UserChanges {
  version: number;
  displayName?: string | undefined;
  email?: string | null | undefined;
  language?: 'en' | 'fr' | 'ar' | undefined;
  role?: Role | undefined;
  scope?: Scope | undefined;
  missionId?: string | null | undefined;
  officeId?: string | null | undefined;
  serviceProviderId?: string | null | undefined;
  active?: boolean | undefined;
}

export async function updateUser(db: Db, actor: Actor, id: string, changes: UserChanges) {
  const current = await getUser(db, id);
  if (current.version !== changes.version) throw staleVersion();
  if (id === actor.userId && (changes.active === false || (changes.role && changes.role !== current.role))) {
    // An administrator who demotes or disables themself could leave nobody able to administer.
    throw invalidField(
      changes.active === false ? 'body.active' : 'body.role',
      'own_account',
      'You cannot change your own role or disable yourself',
    );
  }
  const role = changes.role ?? current.role;
  const placementTouched = ['role', 'scope', 'missionId', 'officeId'].some((k) => k in changes);
  const where = placementTouched
    ? await placement(db, {
        role,
        // A new role without a new scope takes the role's default scope.
        scope: changes.scope ?? (changes.role ? undefined : current.scope),
        missionId:
          'missionId' in changes ? changes.missionId : 'officeId' in changes ? null : current.missionId,
        officeId: 'officeId' in changes ? changes.officeId : current.officeId,
      })
    : { scope: current.scope, missionId: current.missionId, officeId: current.officeId };
  const { version, ...rest } = changes;
  if ('serviceProviderId' in changes || changes.role) {
    rest.serviceProviderId = await partnerOrganisation(
      db,
      role,
      'serviceProviderId' in changes ? changes.serviceProviderId : current.serviceProviderId,
    );
  }
  const [updated] = await db
    .update(users)
    .set({ ...rest, ...where, role, version: version + 1, updatedAt: new Date() })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning();
  if (!updated) throw staleVersion();
  // A change of who someone is, or where, must not ride on a session opened before it.
  const moved =
    updated.role !== current.role ||
    updated.scope !== current.scope ||
    updated.officeId !== current.officeId ||
    updated.missionId !== current.missionId ||
    updated.serviceProviderId !== current.serviceProviderId;
  if (moved || !updated.active) await endSessionsOf(db, id);
  return updated;
}

export async function getUser(db: Db, id: string) {
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!user) throw notFound('User');
  return user;
}

export interface UserFilter {
  q?: string | undefined;
  role?: Role | undefined;
  officeId?: string | undefined;
  missionId?: string | undefined;
  active?: boolean | undefined;
  limit: number;
  offset: number;
}

export async function listUsers(db: Db, actor: Actor, filter: UserFilter) {
  const where: SQL[] = [withinScope(actor, users, eq(users.id, actor.userId))];
  if (filter.q) {
    const like = `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const match = or(ilike(users.displayName, like), ilike(users.username, like));
    if (match) where.push(match);
  }
  if (filter.role) where.push(eq(users.role, filter.role));
  if (filter.officeId) where.push(eq(users.officeId, filter.officeId));
  if (filter.missionId) where.push(eq(users.missionId, filter.missionId));
  if (filter.active !== undefined) where.push(eq(users.active, filter.active));
  const condition = and(...where);
  const [items, [count]] = await inTurn([
    db
      .select()
      .from(users)
      .where(condition)
      .orderBy(asc(users.displayName), asc(users.id))
      .limit(filter.limit)
      .offset(filter.offset),
    db.select({ n: sql<number>`count(*)::int` }).from(users).where(condition),
  ]);
  return { items, total: count?.n ?? 0 };
}

/** A user record as the actor may see it; out of scope reads as not found, so existence is not revealed. */
export async function getUserInScope(db: Db, actor: Actor, id: string) {
  const [user] = await db
    .select()
    .from(users)
    .where(and(eq(users.id, id), withinScope(actor, users, eq(users.id, actor.userId))))
    .limit(1);
  if (!user) throw notFound('User');
  return user;
}

/** Gives a user a new temporary password, unlocks them and ends their sessions. */
export async function resetPassword(db: Db, id: string) {
  await getUser(db, id);
  const temporaryPassword = temporaryPasswordNew();
  await db
    .update(users)
    .set({
      passwordHash: await hashPassword(temporaryPassword),
      mustChangePassword: true,
      failedLogins: 0,
      lockedUntil: null,
      updatedAt: new Date(),
      version: sql`${users.version} + 1`,
    })
    .where(eq(users.id, id));
  await endSessionsOf(db, id);
  return temporaryPassword;
}

export async function unlockUser(db: Db, id: string) {
  await getUser(db, id);
  const [user] = await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, updatedAt: new Date(), version: sql`${users.version} + 1` })
    .where(eq(users.id, id))
    .returning();
  if (!user) throw notFound('User');
  return user;
}
