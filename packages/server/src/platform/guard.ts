import type { Permission } from '@reintegra/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteHandlerMethod } from 'fastify';
import { type AuditEntry, appendAudit } from '../audit/log.ts';
import { sameSecret } from '../auth/secrets.ts';
import {
  apiTokenPrefix,
  resolveApiToken,
  resolveSession,
  type SessionPolicy,
  sessionCookie,
} from '../auth/sessions.ts';
import type { Actor } from './actor.ts';
import type { Clock } from './clock.ts';
import type { Db } from './db.ts';
import { AppError } from './errors.ts';

/**
 * Who may call a route. Every route under /api/v1 must declare one; the app
 * refuses to start otherwise, and a test calls every route without a session.
 */
export type RouteAccess =
  | { public: true }
  | {
      /** null: any signed-in user. */
      permission: Permission | null;
      /** Reachable while the user must still replace a temporary password. */
      duringPasswordChange?: boolean;
    };

/** What a route writes to the audit log. The platform writes it in the route's own transaction. */
export interface RouteAudit {
  action: string;
  recordType?: string;
}

/** What each API route declared, for the tests that hold every route to the rules. */
export interface RouteRule {
  method: string;
  url: string;
  access: RouteAccess;
  audit: RouteAudit | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeRules: readonly RouteRule[];
  }
  interface FastifyContextConfig {
    access?: RouteAccess;
    audit?: RouteAudit;
  }
  interface FastifyRequest {
    actor: Actor | null;
    /** The database for this request: the route's transaction when it is audited. */
    db: Db;
    /** Filled by a handler to say which record it touched, when the URL does not. */
    auditRecord: { id?: string; details?: Record<string, unknown> } | null;
  }
}

export interface GuardDeps {
  db: Db;
  clock: Clock;
  sessions: SessionPolicy;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Installs authentication, CSRF, permission checks and audit on every API route. */
export function installGuard(app: FastifyInstance, deps: GuardDeps): void {
  app.decorateRequest('actor', null);
  app.decorateRequest('db', null as unknown as Db);
  app.decorateRequest('auditRecord', null);

  const rules: RouteRule[] = [];
  app.decorate('routeRules', rules);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1/')) return;
    if (!route.config?.access) throw new Error(`${route.method} ${route.url} declares no access rule`);
    for (const method of [route.method].flat()) {
      rules.push({ method, url: route.url, access: route.config.access, audit: route.config.audit ?? null });
    }
    route.handler = withAudit(deps, route.handler as RouteHandlerMethod);
  });

  app.addHook('onRequest', async (req, reply) => {
    const access = req.routeOptions.config.access;
    if (!access) return;
    req.actor = await authenticate(req, reply, deps);
    if ('public' in access) return;
    if (!req.actor) throw new AppError(401, 'unauthenticated', 'Sign in first');
    const actor = req.actor;
    if (actor.via.kind === 'session' && !safeMethods.has(req.method)) {
      const sent = req.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !sameSecret(sent, actor.via.csrfToken)) {
        throw new AppError(403, 'csrf_invalid', 'Missing or wrong x-csrf-token header');
      }
    }
    if (actor.mustChangePassword && !access.duringPasswordChange) {
      throw new AppError(403, 'password_change_required', 'Choose a new password before going on');
    }
    if (access.permission && !actor.permissions.includes(access.permission)) {
      await appendAudit(
        deps.db,
        auditEntry(req, { action: req.routeOptions.config.audit?.action ?? 'access' }, 'denied'),
        deps.clock.now(),
      );
      throw new AppError(403, 'forbidden', 'Your role does not allow this');
    }
  });
}

async function authenticate(
  req: FastifyRequest,
  reply: FastifyReply,
  deps: GuardDeps,
): Promise<Actor | null> {
  const now = deps.clock.now();
  const bearer = req.headers.authorization?.match(/^Bearer (\S+)$/)?.[1];
  if (bearer?.startsWith(apiTokenPrefix)) return resolveApiToken(deps.db, bearer, now);
  const token = req.cookies[sessionCookie];
  if (!token) return null;
  const found = await resolveSession(deps.db, token, deps.sessions, now);
  if (found && 'actor' in found) return found.actor;
  reply.clearCookie(sessionCookie, { path: '/' });
  if (found?.expired && !('public' in (req.routeOptions.config.access ?? {}))) {
    throw new AppError(401, 'session_expired', 'Your session has ended; sign in again');
  }
  return null;
}

function auditEntry(req: FastifyRequest, audit: RouteAudit, outcome: AuditEntry['outcome']): AuditEntry {
  const params = req.params as { id?: string } | undefined;
  return {
    actorId: req.actor?.userId ?? null,
    actorUsername: req.actor?.username ?? null,
    action: audit.action,
    outcome,
    recordType: audit.recordType ?? null,
    recordId: req.auditRecord?.id ?? params?.id ?? null,
    ip: req.ip,
    details: { method: req.method, route: req.routeOptions.url, ...req.auditRecord?.details },
  };
}

/**
 * Runs an audited route in one transaction with its audit event, so the change
 * and its record commit together. A failure is still recorded, outside the
 * rolled-back transaction.
 */
function withAudit(deps: GuardDeps, handler: RouteHandlerMethod): RouteHandlerMethod {
  return async function audited(this: FastifyInstance, req, reply) {
    const audit = req.routeOptions.config.audit;
    if (!audit) {
      req.db = deps.db;
      return handler.call(this, req, reply);
    }
    try {
      return await deps.db.transaction(async (tx) => {
        req.db = tx;
        const result = await handler.call(this, req, reply);
        const outcome = reply.statusCode < 400 ? 'success' : 'failure';
        await appendAudit(tx, auditEntry(req, audit, outcome), deps.clock.now());
        return result;
      });
    } catch (err) {
      const code = err instanceof AppError ? err.code : 'internal_error';
      const entry = auditEntry(req, audit, 'failure');
      await appendAudit(deps.db, { ...entry, details: { ...entry.details, error: code } }, deps.clock.now());
      throw err;
    }
  } as RouteHandlerMethod;
}

/** The signed-in actor of a guarded route (the guard has already refused anonymous calls). */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError(401, 'unauthenticated', 'Sign in first');
  return req.actor;
}
