import {
  type BusinessStage,
  businessClosureReasons,
  businessPlanElements,
  businessStages,
  businessStatuses,
  businessTypes,
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
  recordRecommendation,
  recordTraining,
  recordVisit,
  writeBusinessPlan,
} from './business.ts';
import {
  businessPlanInput,
  businessStageInput,
  businessStartInput,
  recommendationInput,
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
        recommendedType: z.enum(businessTypes).nullable(),
        recommendationReason: z.string(),
        chosenType: z.enum(businessTypes).nullable(),
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
        recommendedType: a.recommendedType,
        recommendationReason: a.recommendationReason,
        chosenType: a.chosenType,
        visits: loaded.visits,
        version: a.version,
      },
    };
  }
  app.get(
    '/api/v1/cases/:id/business',
    {
      schema: {
        tags: ['business'],
        summary: 'Business development support of a case',
        params: idParams,
        response: { 200: businessView },
      },
      config: { access: caseRead, audit: { action: 'business.read', recordType: 'case' } },
    },
    async (req) => answer(req, req.params.id),
  );

  /** A change to the application: each answers with the application as it is now. */
  function command<Body extends z.ZodType>(
    method: 'POST' | 'PUT',
    path: string,
    summary: string,
    action: string,
    body: Body,
    run: (req: FastifyRequest, caseId: string, input: z.infer<Body>) => Promise<void>,
  ) {
    app.route({
      method,
      url: `/api/v1/cases/:id/business${path}`,
      schema: { tags: ['business'], summary, params: idParams, body, response: { 200: businessView } },
      config: { access: caseWrite, audit: { action, recordType: 'case' } },
      handler: async (req) => {
        // The schema above has validated the body; the route's generic type cannot carry it through.
        await run(req, req.params.id, req.body as z.infer<Body>);
        return answer(req, req.params.id);
      },
    });
  }

  command(
    'POST',
    '',
    'Apply for business development support',
    'business.apply',
    businessStartInput,
    (req, id, input) => applyForBusiness(req.db, actorOf(req), id, input.idea, deps.clock.now()),
  );
  command(
    'POST',
    '/stage',
    'Move the application to its next step (a "no" says why)',
    'business.stage',
    businessStageInput,
    (req, id, input) => {
      req.auditRecord = { details: { to: input.to } };
      return moveBusiness(req.db, actorOf(req), id, input, deps.clock.now());
    },
  );
  command(
    'PUT',
    '/plan',
    'Write the business plan’s nine elements',
    'business.plan',
    businessPlanInput,
    (req, id, input) => writeBusinessPlan(req.db, actorOf(req), id, input, deps.clock.now()),
  );
  command(
    'POST',
    '/trainings',
    'Record a training module attended',
    'business.training',
    trainingInput,
    (req, id, input) => recordTraining(req.db, actorOf(req), id, input, deps.clock.now()),
  );
  command(
    'PUT',
    '/recommendation',
    'Record the type of business the caseworker recommended and the type the returnee chose',
    'business.recommendation',
    recommendationInput,
    (req, id, input) => {
      req.auditRecord = { details: { recommendedType: input.recommendedType, chosenType: input.chosenType } };
      return recordRecommendation(req.db, actorOf(req), id, input, deps.clock.now());
    },
  );
  command(
    'POST',
    '/visits',
    'Record a monitoring visit to the business',
    'business.visit',
    visitInput,
    (req, id, input) => {
      req.auditRecord = { details: { status: input.status } };
      return recordVisit(req.db, actorOf(req), id, input, deps.clock.now());
    },
  );
}
