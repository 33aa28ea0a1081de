import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { type DestinationStream, pino } from 'pino';
import { assessmentRoutes } from './assessments/routes.ts';
import { auditRoutes } from './audit/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { attachmentRoutes } from './cases/attachment-routes.ts';
import { handOverRoutes } from './cases/hand-over-routes.ts';
import { householdRoutes } from './cases/household-routes.ts';
import { mergeRoutes } from './cases/merge-routes.ts';
import { caseRoutes } from './cases/routes.ts';
import { savedFilterRoutes } from './cases/saved-filter-routes.ts';
import { taskRoutes } from './cases/task-routes.ts';
import { transferRoutes } from './cases/transfer-routes.ts';
import { complaintRoutes } from './complaints/routes.ts';
import { wellbeingRoutes } from './complaints/wellbeing-routes.ts';
import { exportRoutes } from './exports/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { FigureCache } from './indicators/figure-cache.ts';
import { indicatorRoutes } from './indicators/routes.ts';
import { jobRoutes } from './jobs/routes.ts';
import { failInterruptedJobs } from './jobs/service.ts';
import { notificationRoutes } from './notifications/routes.ts';
import { organisationRoutes } from './organisation/routes.ts';
import { planningRoutes } from './planning/routes.ts';
import { businessRoutes } from './plans/business-routes.ts';
import { planRoutes } from './plans/routes.ts';
import type { Clock } from './platform/clock.ts';
import type { Config } from './platform/config.ts';
import type { Database } from './platform/db.ts';
import { errorBody, installErrorHandler } from './platform/errors.ts';
import { openFileStore } from './platform/files.ts';
import { installGuard } from './platform/guard.ts';
import { referralMessageRoutes } from './referrals/message-routes.ts';
import { referralRoutes } from './referrals/routes.ts';
import { resultsRoutes } from './results/routes.ts';
import { rssRoutes } from './rss/routes.ts';
import { userRoutes } from './users/routes.ts';

export const version: string = JSON.parse(
  readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
).version;

export interface AppDeps {
  database: Database;
  config: Config;
  clock: Clock;
  /** Where logs go: false in tests; a stream to capture them. */
  log: { level: string; stream?: DestinationStream } | false;
}

/** Builds the whole HTTP application on the database and clock it is given. */
export async function buildApp(deps: AppDeps) {
  const { config, database, clock } = deps;
  const app = Fastify({
    ...(deps.log
      ? {
          loggerInstance: pino(
            {
              level: deps.log.level,
              // Query strings can carry names and phone numbers: log the path only, and no bodies.
              serializers: { req: (req) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }) },
            },
            deps.log.stream ?? pino.destination(1),
          ) as FastifyBaseLogger,
        }
      : { logger: false }),
    // Small JSON bodies only; attachments have their own upload route and limit.
    bodyLimit: 256 * 1024,
    trustProxy: process.env.REINTEGRA_TRUST_PROXY === 'true',
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      ...errorBody('rate_limited', `Too many attempts; wait ${Math.ceil(ctx.ttl / 1000)} seconds`),
    }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Reintegra API', version, description: 'Case management for return and reintegration.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'reintegra_session' },
          token: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { token: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  app.addHook('onSend', async (_req, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'no-referrer');
  });

  installGuard(app, {
    db: database.db,
    clock,
    sessions: {
      idleMs: config.sessionIdleMinutes * 60_000,
      absoluteMs: config.sessionAbsoluteHours * 3_600_000,
    },
  });

  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  healthRoutes(app, database, version);
  authRoutes(app, {
    clock,
    lockout: { threshold: config.lockoutThreshold, lockoutMs: config.lockoutMinutes * 60_000 },
    secureCookies: config.secureCookies,
    loginRateLimitPerMinute: config.loginRateLimitPerMinute,
  });
  userRoutes(app);
  organisationRoutes(app);
  auditRoutes(app);
  caseRoutes(app, { clock });
  handOverRoutes(app, { clock });
  taskRoutes(app, { clock });
  householdRoutes(app, { clock });
  mergeRoutes(app, { clock });
  transferRoutes(app, { clock });
  savedFilterRoutes(app, { clock });
  jobRoutes(app);
  assessmentRoutes(app, { clock });
  planRoutes(app, { clock });
  planningRoutes(app, { clock });
  businessRoutes(app, { clock });
  referralRoutes(app, { clock, minCount: config.minCellCount });
  notificationRoutes(app, { clock });
  indicatorRoutes(app, {
    clock,
    db: database.db,
    minCount: config.minCellCount,
    // A few hundred answers: every office and mission of a large programme, each with a few filters.
    figures: new FigureCache(300),
  });
  resultsRoutes(app, { clock, minCount: config.minCellCount });
  complaintRoutes(app, { clock });
  wellbeingRoutes(app, { clock });
  await rssRoutes(app, { clock, db: database.db, minCount: config.minCellCount });
  await failInterruptedJobs(database.db, clock.now());
  const files = { clock, files: openFileStore(config.files), maxBytes: config.attachmentMaxBytes };
  await attachmentRoutes(app, files);
  await referralMessageRoutes(app, files);
  await exportRoutes(app, { clock, db: database.db, files: files.files, minCount: config.minCellCount });

  const webRoot = config.webRoot;
  if (webRoot) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    // The web app routes on the client: any other non-API page gets its index.
    if (webRoot && req.method === 'GET' && !req.url.startsWith('/api/')) {
      return reply.type('text/html').sendFile('index.html', webRoot);
    }
    return reply
      .code(404)
      .send(errorBody('route_not_found', `No route ${req.method} ${req.url.split('?')[0]}`));
  });
  return app;
}

export const defaultWebRoot = join(import.meta.dirname, '../../web/dist');
