import { passwordProblem, roleDefinitions, roles } from '@reintegra/domain';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Actor } from '../platform/actor.ts';
import type { Clock } from '../platform/clock.ts';
import { AppError, errorBody, invalidField, notFound } from '../platform/errors.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, errorResponse, idParams, listOf } from '../platform/http.ts';
import { getUser } from '../users/service.ts';
import { users } from '../users/tables.ts';
import { toUserView, userView } from '../users/views.ts';
import { checkCredentials, type LockoutRule } from './login.ts';
import { hashPassword, newSecret, secretHash, verifyPassword } from './secrets.ts';
import {
  actorFromUser,
  apiTokenPrefix,
  endSession,
  endSessionsOf,
  sessionCookie,
  startSession,
} from './sessions.ts';
import { apiTokens } from './tables.ts';
import { newTotpSecret, totpUri, totpValid } from './totp.ts';

export interface AuthDeps {
  clock: Clock;
  lockout: LockoutRule;
  secureCookies: boolean;
  loginRateLimitPerMinute: number;
}

const meView = z
  .object({
    user: userView,
    permissions: z.array(z.string()),
    /** Send back as `x-csrf-token` on every state-changing request; null for API tokens. */
    csrfToken: z.string().nullable(),
  })
  .meta({ id: 'Me' });

const failureMessages = {
  bad_credentials: 'Wrong username or password',
  account_locked:
    'Too many failed attempts: the account is locked for a while, or until an administrator unlocks it',
  totp_required: 'Enter the six-digit code from your authenticator app',
} as const;

const roleView = z.object({
  role: z.enum(roles),
  permissions: z.array(z.string()),
  defaultScope: z.string(),
  maxScope: z.string(),
});

export function authRoutes(app: Api, deps: AuthDeps): void {
  const signedIn = { permission: null, duringPasswordChange: true };
  const me = (actor: Actor) => ({
    user: actor.account,
    permissions: [...actor.permissions],
    csrfToken: actor.via.kind === 'session' ? actor.via.csrfToken : null,
  });

  app.post(
    '/api/v1/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in',
        description: 'Sets the httpOnly session cookie. Repeated failures lock the account.',
        body: z.strictObject({
          username: z.string().trim().min(1).max(64),
          password: z.string().min(1).max(256),
          totp: z
            .string()
            .regex(/^\d{6}$/, 'Six digits')
            .optional(),
        }),
        response: { 200: meView, 401: errorResponse, 423: errorResponse },
      },
      config: {
        access: { public: true },
        audit: { action: 'auth.login', recordType: 'user' },
        rateLimit: { max: deps.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
    },
    async (req, reply) => {
      const now = deps.clock.now();
      const result = await checkCredentials(req.db, req.body, deps.lockout, now);
      if (!result.ok) {
        // Answered, not thrown, so that the failure count commits with the audit event.
        req.auditRecord = {
          id: result.userId ?? undefined,
          details: { reason: result.reason, username: req.body.username },
        };
        reply.code(result.reason === 'account_locked' ? 423 : 401);
        return errorBody(result.reason, failureMessages[result.reason]);
      }
      const actorWithoutSession = actorFromUser(result.user, { kind: 'token', tokenId: '' });
      req.actor = actorWithoutSession;
      req.auditRecord = { id: result.user.id };
      const { token, csrfToken } = await startSession(req.db, result.user.id, req.ip, now);
      reply.setCookie(sessionCookie, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: deps.secureCookies,
      });
      return me({
        ...actorWithoutSession,
        via: { kind: 'session', tokenHash: secretHash(token), csrfToken },
      });
    },
  );

  app.post(
    '/api/v1/auth/logout',
    {
      schema: { tags: ['auth'], summary: 'Sign out', response: { 204: z.null() } },
      config: { access: signedIn, audit: { action: 'auth.logout', recordType: 'user' } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (actor.via.kind === 'session') await endSession(req.db, actor.via.tokenHash);
      req.auditRecord = { id: actor.userId };
      reply.clearCookie(sessionCookie, { path: '/' }).code(204);
      return null;
    },
  );

  app.get(
    '/api/v1/auth/me',
    {
      schema: { tags: ['auth'], summary: 'Who is signed in', response: { 200: meView } },
      // One's own account is not someone else's personal data: not audited.
      config: { access: signedIn },
    },
    async (req) => me(actorOf(req)),
  );

  app.patch(
    '/api/v1/auth/me',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your own preferences',
        body: z.strictObject({ language: z.enum(['en', 'fr', 'ar']) }),
        response: { 200: meView },
      },
      config: { access: signedIn },
    },
    async (req) => {
      const actor = actorOf(req);
      const [user] = await req.db
        .update(users)
        .set({ language: req.body.language })
        .where(eq(users.id, actor.userId))
        .returning();
      if (!user) throw notFound('User');
      return me({ ...actor, account: toUserView(user) });
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Change your password',
        description: 'Ends your other sessions.',
        body: z.strictObject({
          currentPassword: z.string().min(1).max(256),
          newPassword: z.string().max(256),
        }),
        response: { 204: z.null() },
      },
      config: { access: signedIn, audit: { action: 'auth.password_change', recordType: 'user' } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const user = await getUser(req.db, actor.userId);
      if (!(await verifyPassword(user.passwordHash, req.body.currentPassword))) {
        throw invalidField('body.currentPassword', 'wrong_password', 'The current password is wrong');
      }
      const problem = passwordProblem(req.body.newPassword, user.username);
      if (problem)
        throw invalidField('body.newPassword', problem, `Password ${problem.replaceAll('_', ' ')}`);
      if (req.body.newPassword === req.body.currentPassword) {
        throw invalidField(
          'body.newPassword',
          'unchanged',
          'The new password must differ from the current one',
        );
      }
      await req.db
        .update(users)
        .set({
          passwordHash: await hashPassword(req.body.newPassword),
          mustChangePassword: false,
          updatedAt: new Date(),
        })
        .where(eq(users.id, user.id));
      await endSessionsOf(req.db, user.id, actor.via.kind === 'session' ? actor.via.tokenHash : undefined);
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/api/v1/auth/totp/setup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Start setting up a second factor',
        description:
          'Returns a new secret to enter in an authenticator app; it takes effect once confirmed with a code.',
        response: { 200: z.object({ secret: z.string(), uri: z.string() }) },
      },
      config: { access: { permission: null }, audit: { action: 'auth.totp_setup', recordType: 'user' } },
    },
    async (req) => {
      const user = await getUser(req.db, actorOf(req).userId);
      if (user.totpEnabled)
        throw new AppError(409, 'totp_already_enabled', 'A second factor is already set up');
      const secret = newTotpSecret();
      await req.db.update(users).set({ totpSecret: secret }).where(eq(users.id, user.id));
      return { secret, uri: totpUri(secret, user.username) };
    },
  );

  app.post(
    '/api/v1/auth/totp/enable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Confirm the second factor with a code',
        body: z.strictObject({ code: z.string().regex(/^\d{6}$/, 'Six digits') }),
        response: { 204: z.null() },
      },
      config: { access: { permission: null }, audit: { action: 'auth.totp_enable', recordType: 'user' } },
    },
    async (req, reply) => {
      const user = await getUser(req.db, actorOf(req).userId);
      if (!user.totpSecret || user.totpEnabled)
        throw new AppError(409, 'totp_not_pending', 'Start the set-up first');
      if (!totpValid(user.totpSecret, user.username, req.body.code, deps.clock.now())) {
        throw invalidField(
          'body.code',
          'wrong_code',
          'The code does not match; check the time on your phone',
        );
      }
      await req.db.update(users).set({ totpEnabled: true }).where(eq(users.id, user.id));
      reply.code(204);
      return null;
    },
  );

  app.post(
    '/api/v1/auth/totp/disable',
    {
      schema: {
        tags: ['auth'],
        summary: 'Turn the second factor off',
        body: z.strictObject({ password: z.string().min(1).max(256) }),
        response: { 204: z.null() },
      },
      config: { access: { permission: null }, audit: { action: 'auth.totp_disable', recordType: 'user' } },
    },
    async (req, reply) => {
      const user = await getUser(req.db, actorOf(req).userId);
      if (!(await verifyPassword(user.passwordHash, req.body.password))) {
        throw invalidField('body.password', 'wrong_password', 'The password is wrong');
      }
      await req.db.update(users).set({ totpEnabled: false, totpSecret: null }).where(eq(users.id, user.id));
      reply.code(204);
      return null;
    },
  );

  const tokenView = z
    .object({
      id: z.uuid(),
      name: z.string(),
      createdAt: z.iso.datetime(),
      expiresAt: z.iso.datetime(),
      lastUsedAt: z.iso.datetime().nullable(),
    })
    .meta({ id: 'ApiToken' });
  const toTokenView = (t: typeof apiTokens.$inferSelect) => ({
    id: t.id,
    name: t.name,
    createdAt: t.createdAt.toISOString(),
    expiresAt: t.expiresAt.toISOString(),
    lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
  });

  app.get(
    '/api/v1/auth/tokens',
    {
      schema: { tags: ['auth'], summary: 'Your API tokens', response: { 200: listOf(tokenView) } },
      config: { access: { permission: null } },
    },
    async (req) => {
      const rows = await req.db
        .select()
        .from(apiTokens)
        .where(and(eq(apiTokens.userId, actorOf(req).userId), isNull(apiTokens.revokedAt)))
        .orderBy(desc(apiTokens.createdAt));
      return { items: rows.map(toTokenView), total: rows.length };
    },
  );

  app.post(
    '/api/v1/auth/tokens',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create an API token',
        description:
          'The token is shown once. Send it as `Authorization: Bearer <token>`; it acts with your role and scope.',
        body: z.strictObject({
          name: z.string().trim().min(1).max(100),
          expiresInDays: z.int().min(1).max(365),
        }),
        response: { 201: z.object({ token: z.string(), apiToken: tokenView }) },
      },
      config: {
        access: { permission: null },
        audit: { action: 'auth.token_create', recordType: 'api_token' },
      },
    },
    async (req, reply) => {
      const now = deps.clock.now();
      const token = `${apiTokenPrefix}${newSecret()}`;
      const [row] = await req.db
        .insert(apiTokens)
        .values({
          userId: actorOf(req).userId,
          name: req.body.name,
          tokenHash: secretHash(token),
          createdAt: now,
          expiresAt: new Date(now.getTime() + req.body.expiresInDays * 86_400_000),
        })
        .returning();
      if (!row) throw new Error('insert returned no row');
      req.auditRecord = { id: row.id };
      reply.code(201);
      return { token, apiToken: toTokenView(row) };
    },
  );

  app.delete(
    '/api/v1/auth/tokens/:id',
    {
      schema: {
        tags: ['auth'],
        summary: 'Revoke one of your API tokens',
        params: idParams,
        response: { 204: z.null() },
      },
      config: {
        access: { permission: null },
        audit: { action: 'auth.token_revoke', recordType: 'api_token' },
      },
    },
    async (req, reply) => {
      const [row] = await req.db
        .update(apiTokens)
        .set({ revokedAt: deps.clock.now() })
        .where(
          and(
            eq(apiTokens.id, req.params.id),
            eq(apiTokens.userId, actorOf(req).userId),
            isNull(apiTokens.revokedAt),
          ),
        )
        .returning({ id: apiTokens.id });
      if (!row) throw notFound('API token');
      reply.code(204);
      return null;
    },
  );

  app.get(
    '/api/v1/roles',
    {
      schema: { tags: ['auth'], summary: 'Roles and what each may do', response: { 200: listOf(roleView) } },
      config: { access: { permission: null } },
    },
    async () => {
      const items = roles.map((role) => ({
        role,
        ...roleDefinitions[role],
        permissions: [...roleDefinitions[role].permissions],
      }));
      return { items, total: items.length };
    },
  );
}
