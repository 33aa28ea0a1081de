import {
  type BusinessStage,
  businessClosureReasons,
  businessPlanElements,
  businessStages,
  businessStatuses,
} from '@reintegra/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { caseRead, caseWrite } from '../cases/routing.ts';
import type { Clock } from '../platform/clock.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, idParams } from '../platform/http.ts';
import {
  applyForBusiness,
  businessOf,
  moveBusiness,
  recordTraining,
  recordVisit,
  writeBusinessPlan,
} from './business.ts';
import {
  businessPlanInput,
  businessStageInput,
  businessStartInput,
  trainingInput,
  visitInput,
} from './schemas.ts';

const businessView = z
  .object({
    application: z
      .object({
        id: z.uuid(),
        idea: z.string(),
        stage: z.enum(businessStages),
        businessPlan: z.object(Object.fromEntries(businessPlanElements.map((e) => [e, z.string()]))),
        missingElements: z.array(z.enum(businessPlanElements)),
        history: z.array(
          z.object({ stage: z.enum(businessStages), at: z.iso.datetime(), by: z.uuid(), reason: z.string() }),
        ),
        trainings: z.array(
          z.object({ module: z.string(), attendedOn: z.iso.date(), completed: z.boolean() }),
        ),
        visits: z.array(
          z.object({
            id: z.uuid(),
            visitedOn: z.iso.date(),
            status: z.enum(businessStatuses),
            closureReason: z.enum(businessClosureReasons).nullable(),
            employees: z.int().nullable(),
            note: z.string(),
            visitedBy: z.uuid(),
          }),
        ),
        version: z.int(),
      })
      .nullable(),
  })
  .meta({ id: 'BusinessSupport' });

/** Business development support on a case (Annex 2): application, selections, plan, training, visits. */
export function businessRoutes(app: Api, deps: { clock: Clock }): void {
  async function answer(req: FastifyRequest, caseId: string): Promise<z.infer<typeof businessView>> {
    const loaded = await businessOf(req.db, actorOf(req), caseId);
    if (!loaded) return { application: null };
    const a = loaded.application;
    const plan = Object.fromEntries(businessPlanElements.map((e) => [e, a.businessPlan[e] ?? '']));
    return {
      application: {
        id: a.id,
        idea: a.idea,
        stage: a.stage,
        businessPlan: plan,
        missingElements: businessPlanElements.filter((e) => (plan[e] ?? '').trim() === ''),
        history: a.history as { stage: BusinessStage; at: string; by: string; reason: string }[],
        trainings: a.trainings,
        visits: loaded.visits,
        version: a.version,
      },
    };
  }
  const route = (summary: string, action: string, body?: z.ZodType) => ({
    schema: {
      tags: ['business'],
      summary,
      params: idParams,
      ...(body ? { body } : {}),
      response: { 200: businessView },
    },
    config: { access: body ? caseWrite : caseRead, audit: { action, recordType: 'case' } },
  });

  app.get(
    '/api/v1/cases/:id/business',
    route('Business development support of a case', 'business.read'),
    async (req) => answer(req, req.params.id),
  );
  app.post(
    '/api/v1/cases/:id/business',
    route('Apply for business development support', 'business.apply', businessStartInput),
    async (req) => {
      await applyForBusiness(
        req.db,
        actorOf(req),
        req.params.id,
        (req.body as z.infer<typeof businessStartInput>).idea,
        deps.clock.now(),
      );
      return answer(req, req.params.id);
    },
  );
  app.post(
    '/api/v1/cases/:id/business/stage',
    route('Move the application to its next step (a "no" says why)', 'business.stage', businessStageInput),
    async (req) => {
      const body = req.body as z.infer<typeof businessStageInput>;
      req.auditRecord = { details: { to: body.to } };
      await moveBusiness(req.db, actorOf(req), req.params.id, body, deps.clock.now());
      return answer(req, req.params.id);
    },
  );
  app.put(
    '/api/v1/cases/:id/business/plan',
    route('Write the business plan’s nine elements', 'business.plan', businessPlanInput),
    async (req) => {
      await writeBusinessPlan(
        req.db,
        actorOf(req),
        req.params.id,
        req.body as z.infer<typeof businessPlanInput>,
        deps.clock.now(),
      );
      return answer(req, req.params.id);
    },
  );
  app.post(
    '/api/v1/cases/:id/business/trainings',
    route('Record a training module attended', 'business.training', trainingInput),
    async (req) => {
      await recordTraining(
        req.db,
        actorOf(req),
        req.params.id,
        req.body as z.infer<typeof trainingInput>,
        deps.clock.now(),
      );
      return answer(req, req.params.id);
    },
  );
  app.post(
    '/api/v1/cases/:id/business/visits',
    route('Record a monitoring visit to the business', 'business.visit', visitInput),
    async (req) => {
      const body = req.body as z.infer<typeof visitInput>;
      req.auditRecord = { details: { status: body.status } };
      await recordVisit(req.db, actorOf(req), req.params.id, body, deps.clock.now());
      return answer(req, req.params.id);
    },
  );
}
