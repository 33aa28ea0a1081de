import { z } from 'zod';
import { caseRead, caseWrite } from '../cases/routing.ts';
import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, idParams } from '../platform/http.ts';
import { assessmentInput, sessionInput } from './schemas.ts';
import {
  assessmentsOf,
  caseManagementSuggestion,
  recordAssessment,
  recordSession,
  sessionsOf,
} from './service.ts';
import { assessmentView, sessionView, toAssessmentView, toSessionView } from './views.ts';

const started = z.array(z.object({ kind: z.string(), topic: z.string() }));

/** Assessments and counselling sessions on a case. */
export function assessmentRoutes(app: Api, deps: { clock: Clock }): void {
  app.get(
    '/api/v1/cases/:id/assessments',
    {
      schema: {
        tags: ['assessments'],
        summary:
          'The vulnerability screenings, needs assessments and best-interests assessments of a case, oldest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(assessmentView) }) },
      },
      config: { access: caseRead, audit: { action: 'assessment.list', recordType: 'case' } },
    },
    async (req) => ({
      items: (await assessmentsOf(req.db, actorOf(req), req.params.id)).map(toAssessmentView),
    }),
  );

  app.post(
    '/api/v1/cases/:id/assessments',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Record an assessment',
        description:
          'A vulnerability screening adds its situations to the case’s flags and starts a referral task for each urgent Annex 1 disclosure, and a best-interests task for an unaccompanied or separated child. A needs assessment sets the type of case management decided. A best-interests assessment must be complete and is for a child only.',
        params: idParams,
        body: assessmentInput,
        response: { 201: z.object({ assessment: assessmentView, started }) },
      },
      config: { access: caseWrite, audit: { action: 'assessment.record', recordType: 'case' } },
    },
    async (req, reply) => {
      const result = await recordAssessment(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      req.auditRecord = {
        details: { assessmentId: result.assessment.id, kind: req.body.kind, started: result.started },
      };
      reply.code(201);
      return { assessment: toAssessmentView(result.assessment), started: result.started };
    },
  );

  app.get(
    '/api/v1/cases/:id/case-management-suggestion',
    {
      schema: {
        tags: ['assessments'],
        summary: 'The type of case management the latest screening suggests',
        description: 'Shown beside the caseworker’s choice in the needs assessment; it never decides.',
        params: idParams,
        querystring: z.strictObject({ deliverableInFewSessions: z.enum(['true', 'false']) }),
        response: {
          200: z.object({ type: z.enum(['generalist', 'intensive']), because: z.array(z.string()) }),
        },
      },
      config: { access: caseRead, audit: { action: 'assessment.suggest', recordType: 'case' } },
    },
    async (req) => {
      await assessmentsOf(req.db, actorOf(req), req.params.id);
      return caseManagementSuggestion(req.db, req.params.id, req.query.deliverableInFewSessions === 'true');
    },
  );

  app.get(
    '/api/v1/cases/:id/counselling-sessions',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Counselling sessions of a case, oldest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(sessionView) }) },
      },
      config: { access: caseRead, audit: { action: 'counselling.list', recordType: 'case' } },
    },
    async (req) => ({ items: (await sessionsOf(req.db, actorOf(req), req.params.id)).map(toSessionView) }),
  );

  app.post(
    '/api/v1/cases/:id/counselling-sessions',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Record a counselling session',
        description: 'A session that finds a referral is needed starts a referral task.',
        params: idParams,
        body: sessionInput,
        response: { 201: sessionView },
      },
      config: { access: caseWrite, audit: { action: 'counselling.record', recordType: 'case' } },
    },
    async (req, reply) => {
      const session = await recordSession(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      req.auditRecord = { details: { sessionId: session.id, type: session.type } };
      reply.code(201);
      return toSessionView(session);
    },
  );
}
