import { criterionAnswers, isoDay, planStatuses } from '@reintegra/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { hasBestInterestsAssessment, isChildOn } from '../assessments/service.ts';
import { caseRead, caseWrite } from '../cases/routing.ts';
import { visibleCase } from '../cases/service.ts';
import type { Clock } from '../platform/clock.ts';
import { notFound } from '../platform/errors.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, idParams } from '../platform/http.ts';
import {
  orderPurchase,
  recordCondition,
  recordDelivery,
  releaseTranche,
  requestTranche,
  settlePurchase,
} from './delivery.ts';
import { feasibilityOf, saveFeasibility } from './feasibility.ts';
import {
  approvalInput,
  conditionInput,
  consentInput,
  createPlanInput,
  deliveryInput,
  purchaseInput,
  releaseInput,
  revisePlanInput,
  settlePurchaseInput,
} from './schemas.ts';
import {
  approvalRequired,
  approvePlan,
  consentToPlan,
  createPlan,
  householdChildren,
  latestBaseline,
  planOf,
  recordPrint,
  revisePlan,
  versionsOf,
} from './service.ts';
import { listPlanSettings, savePlanSetting } from './settings.ts';
import { planVersionDetailView, planView, toPlanView, toVersionView } from './views.ts';

const approve = { permission: 'cases.approve' } as const;
const manage = { permission: 'organisation.manage' } as const;
const planSettingsView = z
  .object({ items: z.array(z.object({ programme: z.string(), approvalRequired: z.boolean() })) })
  .meta({ id: 'PlanSettings' });
const baselineView = z
  .object({
    roundId: z.uuid(),
    measuredOn: z.iso.date(),
    economic: z.number().nullable(),
    social: z.number().nullable(),
    psychosocial: z.number().nullable(),
    composite: z.number().nullable(),
  })
  .nullable();
const planPage = z
  .object({
    plan: planView.nullable(),
    latestBaseline: baselineView.describe('The latest scored survey round, to fill or refresh the baseline'),
    isChild: z.boolean().describe('Under 18 or age unknown: approval needs a best-interests assessment'),
    hasBestInterestsAssessment: z.boolean(),
    approvalRequired: z.boolean(),
    children: z
      .array(
        z.object({
          name: z.string(),
          case: z.object({ id: z.uuid(), reference: z.string() }).nullable(),
          planStatus: z.enum(planStatuses).nullable(),
          hasBestInterestsAssessment: z.boolean(),
        }),
      )
      .describe('Children returning in the household, each with their own case and plan'),
  })
  .meta({ id: 'PlanPage' });
const feasibilityView = z
  .object({
    answers: z.record(z.string(), z.enum(criterionAnswers)),
    updatedBy: z.uuid().nullable(),
    updatedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: 'FeasibilityAnswers' });
const lineParams = z.strictObject({ id: z.uuid(), lineId: z.string().min(1).max(64) });
const trancheParams = z.strictObject({ id: z.uuid(), trancheId: z.string().min(1).max(64) });
const purchaseParams = z.strictObject({ id: z.uuid(), purchaseId: z.uuid() });

/** The reintegration plan of a case: versions, consent, approval, delivery, money. */
export function planRoutes(app: Api, deps: { clock: Clock }): void {
  /** What every plan command answers: the plan page as the reader sees it now. */
  async function page(req: FastifyRequest, caseId: string): Promise<z.infer<typeof planPage>> {
    const actor = actorOf(req);
    const found = await visibleCase(req.db, actor, caseId);
    const loaded = await planOf(req.db, actor, caseId);
    const isChild = await isChildOn(req.db, found.personId, isoDay(deps.clock.now()));
    return {
      plan: loaded ? toPlanView(loaded) : null,
      latestBaseline: await latestBaseline(req.db, caseId),
      isChild,
      hasBestInterestsAssessment: await hasBestInterestsAssessment(req.db, caseId),
      approvalRequired: loaded?.approvalRequired ?? (await approvalRequired(req.db, caseId)),
      children: await householdChildren(req.db, actor, found.personId, isoDay(deps.clock.now())),
    };
  }

  app.get(
    '/api/v1/cases/:id/plan',
    {
      schema: {
        tags: ['plans'],
        summary: 'The reintegration plan of a case, its current version, delivery and money',
        params: idParams,
        response: { 200: planPage },
      },
      config: { access: caseRead, audit: { action: 'plan.read', recordType: 'case' } },
    },
    async (req) => page(req, req.params.id),
  );

  app.post(
    '/api/v1/cases/:id/plan',
    {
      schema: {
        tags: ['plans'],
        summary: 'Start the plan of a case (version 1)',
        params: idParams,
        body: createPlanInput,
        response: { 201: planPage },
      },
      config: { access: caseWrite, audit: { action: 'plan.create', recordType: 'case' } },
    },
    async (req, reply) => {
      await createPlan(req.db, actorOf(req), req.params.id, req.body.content, deps.clock.now());
      reply.code(201);
      return page(req, req.params.id);
    },
  );

  app.put(
    '/api/v1/cases/:id/plan',
    {
      schema: {
        tags: ['plans'],
        summary: 'Change the plan: a new version with what changed and why',
        description:
          'The new version has neither consent nor approval: the returnee agrees again. Once any version was agreed a reason is required. A stale `basedOnVersion` gets 409.',
        params: idParams,
        body: revisePlanInput,
        response: { 200: planPage },
      },
      config: { access: caseWrite, audit: { action: 'plan.revise', recordType: 'case' } },
    },
    async (req) => {
      await revisePlan(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      req.auditRecord = { details: { basedOnVersion: req.body.basedOnVersion } };
      return page(req, req.params.id);
    },
  );

  app.get(
    '/api/v1/cases/:id/plan/versions/:number',
    {
      schema: {
        tags: ['plans'],
        summary: 'One version of the plan in full, to compare side by side',
        params: z.strictObject({ id: z.uuid(), number: z.coerce.number().int().min(1) }),
        response: { 200: planVersionDetailView },
      },
      config: { access: caseRead, audit: { action: 'plan.version_read', recordType: 'case' } },
    },
    async (req) => {
      const loaded = await planOf(req.db, actorOf(req), req.params.id);
      if (!loaded) throw notFound('Plan');
      const version = (await versionsOf(req.db, loaded.plan.id)).find((v) => v.number === req.params.number);
      if (!version) throw notFound('Plan version');
      return { ...toVersionView(version), content: version.content };
    },
  );

  app.post(
    '/api/v1/cases/:id/plan/consent',
    {
      schema: {
        tags: ['plans'],
        summary: 'Record the returnee’s agreement to the current version',
        params: idParams,
        body: consentInput,
        response: { 200: planPage },
      },
      config: { access: caseWrite, audit: { action: 'plan.consent', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = { details: { version: req.body.version, method: req.body.method } };
      await consentToPlan(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      return page(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/plan/approval',
    {
      schema: {
        tags: ['plans'],
        summary: 'Approve the current version (supervisor)',
        description:
          'Refused (409) without the returnee’s agreement to this version, by its author, or for a child without a best-interests assessment.',
        params: idParams,
        body: approvalInput,
        response: { 200: planPage },
      },
      config: { access: approve, audit: { action: 'plan.approve', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = { details: { version: req.body.version } };
      await approvePlan(req.db, actorOf(req), req.params.id, req.body.version, deps.clock.now());
      return page(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/plan/prints',
    {
      schema: {
        tags: ['plans'],
        summary: 'Record that a version was printed, e.g. as the returnee’s copy',
        params: idParams,
        body: approvalInput,
        response: { 204: z.null() },
      },
      config: { access: caseRead, audit: { action: 'plan.print', recordType: 'case' } },
    },
    async (req, reply) => {
      req.auditRecord = { details: { version: req.body.version } };
      await recordPrint(req.db, actorOf(req), req.params.id, req.body.version, deps.clock.now());
      reply.code(204);
      return null;
    },
  );

  app.put(
    '/api/v1/cases/:id/plan/deliveries/:lineId',
    {
      schema: {
        tags: ['plans'],
        summary: 'Record how a line of the plan is delivered: channel, status, dates, cost',
        params: lineParams,
        body: deliveryInput,
        response: { 200: planPage },
      },
      config: { access: caseWrite, audit: { action: 'plan.delivery', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = { details: { lineId: req.params.lineId, status: req.body.status } };
      await recordDelivery(
        req.db,
        actorOf(req),
        req.params.id,
        req.params.lineId,
        req.body,
        deps.clock.now(),
      );
      return page(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/plan/purchases',
    {
      schema: {
        tags: ['plans'],
        summary: 'Order goods of the plan’s list from a supplier (committed until paid)',
        params: idParams,
        body: purchaseInput,
        response: { 201: planPage },
      },
      config: { access: caseWrite, audit: { action: 'plan.purchase', recordType: 'case' } },
    },
    async (req, reply) => {
      req.auditRecord = { details: { goodsLineId: req.body.goodsLineId, amount: req.body.amount } };
      await orderPurchase(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      reply.code(201);
      return page(req, req.params.id);
    },
  );

  app.patch(
    '/api/v1/cases/:id/plan/purchases/:purchaseId',
    {
      schema: {
        tags: ['plans'],
        summary: 'Mark a purchase paid or cancelled',
        params: purchaseParams,
        body: settlePurchaseInput,
        response: { 200: planPage },
      },
      config: { access: caseWrite, audit: { action: 'plan.purchase_settle', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = { details: { purchaseId: req.params.purchaseId, status: req.body.status } };
      await settlePurchase(
        req.db,
        actorOf(req),
        req.params.id,
        req.params.purchaseId,
        req.body.status,
        deps.clock.now(),
      );
      return page(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/plan/tranches/:trancheId/request',
    {
      schema: {
        tags: ['plans'],
        summary: 'Ask for a grant tranche to be released',
        description:
          'Only on an approved plan, after the earlier tranches. Starts a task for the person who releases it.',
        params: trancheParams,
        response: { 200: planPage },
      },
      config: { access: caseWrite, audit: { action: 'plan.tranche_request', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = { details: { trancheId: req.params.trancheId } };
      await requestTranche(req.db, actorOf(req), req.params.id, req.params.trancheId, deps.clock.now());
      return page(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/plan/tranches/:trancheId/condition',
    {
      schema: {
        tags: ['plans'],
        summary: 'Record what shows a tranche’s condition is met',
        params: trancheParams,
        body: conditionInput,
        response: { 200: planPage },
      },
      config: { access: caseWrite, audit: { action: 'plan.tranche_condition', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = { details: { trancheId: req.params.trancheId } };
      await recordCondition(
        req.db,
        actorOf(req),
        req.params.id,
        req.params.trancheId,
        req.body.evidence,
        deps.clock.now(),
      );
      return page(req, req.params.id);
    },
  );

  app.post(
    '/api/v1/cases/:id/plan/tranches/:trancheId/release',
    {
      schema: {
        tags: ['plans'],
        summary: 'Release a requested tranche (a second person: supervisor)',
        description: 'Refused (409) before the condition is recorded, or by the person who asked for it.',
        params: trancheParams,
        body: releaseInput,
        response: { 200: planPage },
      },
      config: { access: approve, audit: { action: 'plan.tranche_release', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = {
        details: { trancheId: req.params.trancheId, paymentMethod: req.body.paymentMethod },
      };
      await releaseTranche(
        req.db,
        actorOf(req),
        req.params.id,
        req.params.trancheId,
        req.body.paymentMethod,
        deps.clock.now(),
      );
      return page(req, req.params.id);
    },
  );

  async function feasibilityAnswer(
    req: FastifyRequest,
    caseId: string,
  ): Promise<z.infer<typeof feasibilityView>> {
    const row = await feasibilityOf(req.db, actorOf(req), caseId);
    return {
      answers: row?.answers ?? {},
      updatedBy: row?.updatedBy ?? null,
      updatedAt: row?.updatedAt.toISOString() ?? null,
    };
  }

  app.get(
    '/api/v1/cases/:id/feasibility',
    {
      schema: {
        tags: ['plans'],
        summary: 'The answers to the feasibility grid’s criteria for this returnee and place of return',
        params: idParams,
        response: { 200: feasibilityView },
      },
      config: { access: caseRead, audit: { action: 'plan.feasibility_read', recordType: 'case' } },
    },
    async (req) => feasibilityAnswer(req, req.params.id),
  );

  app.put(
    '/api/v1/cases/:id/feasibility',
    {
      schema: {
        tags: ['plans'],
        summary: 'Keep the answers to the feasibility grid’s criteria',
        description:
          'The whole set: a criterion not sent is unanswered. The grid suggests; it never changes the plan.',
        params: idParams,
        body: z.strictObject({ answers: z.record(z.string().max(20), z.enum(criterionAnswers)) }),
        response: { 200: feasibilityView },
      },
      config: { access: caseWrite, audit: { action: 'plan.feasibility', recordType: 'case' } },
    },
    async (req) => {
      await saveFeasibility(req.db, actorOf(req), req.params.id, req.body.answers, deps.clock.now());
      return feasibilityAnswer(req, req.params.id);
    },
  );

  app.get(
    '/api/v1/plan-settings',
    {
      schema: {
        tags: ['plans'],
        summary: 'Programmes that decided whether plans need a supervisor’s approval',
        description: 'A programme without a row requires approval.',
        response: { 200: planSettingsView },
      },
      config: { access: manage },
    },
    async (req) => ({ items: await listPlanSettings(req.db) }),
  );

  app.put(
    '/api/v1/plan-settings/:programme',
    {
      schema: {
        tags: ['plans'],
        summary: 'Set whether a programme’s plans need a supervisor’s approval',
        params: z.strictObject({ programme: z.string().trim().min(1).max(200) }),
        body: z.strictObject({ approvalRequired: z.boolean() }),
        response: { 200: planSettingsView },
      },
      config: { access: manage, audit: { action: 'plan.settings', recordType: 'programme' } },
    },
    async (req) => {
      req.auditRecord = {
        details: { programme: req.params.programme, approvalRequired: req.body.approvalRequired },
      };
      await savePlanSetting(req.db, req.params.programme, req.body.approvalRequired);
      return { items: await listPlanSettings(req.db) };
    },
  );
}
