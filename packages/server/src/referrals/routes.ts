import { isoDay, serviceTypeCodes } from '@reintegra/domain';
import { z } from 'zod';
import { caseRead, caseWrite } from '../cases/routing.ts';
import type { Clock } from '../platform/clock.ts';
import { invalidField } from '../platform/errors.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, booleanQuery, idParams } from '../platform/http.ts';
import { answerByLink, createLink, openLink } from './links.ts';
import { referralReport } from './report.ts';
import {
  moveInput,
  outcomeInput,
  providerChange,
  providerInput,
  referralInput,
  sendInput,
  serviceChange,
  serviceInput,
  serviceSearch,
} from './schemas.ts';
import {
  addProvider,
  addService,
  changeProvider,
  changeService,
  draftReferral,
  moveAsCaseworker,
  moveAsPartner,
  partnerReferral,
  partnerReferrals,
  providersOf,
  recordOutcome,
  referralsInScope,
  referralsOfCase,
  searchServices,
  sendReferral,
  serviceGaps,
} from './service.ts';
import {
  partnerReferralView,
  providerView,
  referralView,
  serviceView,
  toPartnerView,
  toProviderView,
  toReferralView,
  toServiceView,
} from './views.ts';

const manage = { permission: 'directory.manage' } as const;
// The directory holds organisations, not returnees: staff who read the organisation read it; partners do not.
const directoryRead = { permission: 'organisation.read' } as const;
const respond = { permission: 'referrals.respond' } as const;
const referralParams = z.strictObject({ id: z.uuid(), referralId: z.uuid() });

/** The service directory, referrals on a case, the follow-up list and the partner's portal. */
export function referralRoutes(app: Api, deps: { clock: Clock; minCount: number }): void {
  app.post(
    '/api/v1/service-providers',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Add a provider to the service directory of the user’s mission',
        body: providerInput,
        response: { 201: providerView },
      },
      config: { access: manage, audit: { action: 'directory.provider_add', recordType: 'provider' } },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      if (!actor.missionId)
        throw invalidField('body', 'mission_required', 'Your account belongs to no mission');
      const provider = await addProvider(req.db, actor.missionId, req.body);
      req.auditRecord = { id: provider.id };
      reply.code(201);
      return toProviderView(provider);
    },
  );

  app.get(
    '/api/v1/service-providers',
    {
      schema: {
        tags: ['referrals'],
        summary:
          'The providers of the user’s mission (all missions for a wider scope) with all their services',
        response: {
          200: z.object({
            items: z.array(providerView.extend({ services: z.array(serviceView.omit({ provider: true })) })),
          }),
        },
      },
      config: { access: directoryRead },
    },
    async (req) => {
      const actor = actorOf(req);
      const rows = await providersOf(req.db, actor.scope === 'all' ? null : actor.missionId);
      return {
        items: rows.map(({ provider, services }) => ({
          ...toProviderView(provider),
          services: services.map((service) => {
            const { provider: _, ...view } = toServiceView({ service, provider });
            return view;
          }),
        })),
      };
    },
  );

  app.patch(
    '/api/v1/service-providers/:id',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Change a provider, or take it out of the directory (`active: false`)',
        description: 'Send the `version` you read; a stale one gets 409.',
        params: idParams,
        body: providerChange,
        response: { 200: providerView },
      },
      config: { access: manage, audit: { action: 'directory.provider_change', recordType: 'provider' } },
    },
    async (req) => {
      req.auditRecord = { id: req.params.id, details: { fields: Object.keys(req.body) } };
      return toProviderView(await changeProvider(req.db, req.params.id, req.body));
    },
  );

  app.patch(
    '/api/v1/services/:id',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Change a service: criteria, coverage, quality and access (Annex 7), or withdraw it',
        description: 'Send the `version` you read; a stale one gets 409.',
        params: idParams,
        body: serviceChange,
        response: { 200: z.object({ id: z.uuid(), version: z.int() }) },
      },
      config: { access: manage, audit: { action: 'directory.service_change', recordType: 'provider' } },
    },
    async (req) => {
      req.auditRecord = { id: req.params.id, details: { fields: Object.keys(req.body) } };
      const saved = await changeService(req.db, req.params.id, req.body);
      return { id: saved.id, version: saved.version };
    },
  );

  app.post(
    '/api/v1/service-providers/:id/services',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Add a service of a provider, with its criteria, coverage, cost and the data it needs',
        params: idParams,
        body: serviceInput,
        response: { 201: z.object({ id: z.uuid() }) },
      },
      config: { access: manage, audit: { action: 'directory.service_add', recordType: 'provider' } },
    },
    async (req, reply) => {
      const service = await addService(req.db, req.params.id, req.body);
      req.auditRecord = { id: req.params.id, details: { serviceId: service.id } };
      reply.code(201);
      return { id: service.id };
    },
  );

  app.get(
    '/api/v1/services',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Search the service directory by need, place served and words',
        querystring: serviceSearch,
        response: { 200: z.object({ items: z.array(serviceView) }) },
      },
      config: { access: directoryRead },
    },
    async (req) => {
      const actor = actorOf(req);
      const missionId = actor.scope === 'all' ? null : actor.missionId;
      return { items: (await searchServices(req.db, missionId, req.query)).map(toServiceView) };
    },
  );

  app.get(
    '/api/v1/services/gaps',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Needs without an available, adequate and accessible service (Annex 7)',
        response: {
          200: z.object({
            items: z.array(z.object({ type: z.enum(serviceTypeCodes), listed: z.int(), adequate: z.int() })),
          }),
        },
      },
      config: { access: directoryRead },
    },
    async (req) => {
      const actor = actorOf(req);
      const missionId = actor.scope === 'all' ? null : actor.missionId;
      const counted = new Map((await serviceGaps(req.db, missionId)).map((g) => [g.type, g]));
      // Every type of service appears: one with nothing listed is the plainest gap.
      return {
        items: serviceTypeCodes.map((type) => counted.get(type) ?? { type, listed: 0, adequate: 0 }),
      };
    },
  );

  app.get(
    '/api/v1/cases/:id/referrals',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Referrals of a case, oldest first',
        params: idParams,
        response: { 200: z.object({ items: z.array(referralView) }) },
      },
      config: { access: caseRead, audit: { action: 'referral.list', recordType: 'case' } },
    },
    async (req) => ({
      items: (await referralsOfCase(req.db, actorOf(req), req.params.id)).map(toReferralView),
    }),
  );

  app.post(
    '/api/v1/cases/:id/referrals',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Draft a referral to a service of the directory, with the data to share',
        description:
          'The name and a phone are always shared; more than the service needs, or health and vulnerability details, need a justification.',
        params: idParams,
        body: referralInput,
        response: { 201: referralView },
      },
      config: { access: caseWrite, audit: { action: 'referral.draft', recordType: 'case' } },
    },
    async (req, reply) => {
      const referral = await draftReferral(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      req.auditRecord = { details: { referralId: referral.id, fields: referral.sharedFields } };
      reply.code(201);
      return toReferralView(referral);
    },
  );

  app.post(
    '/api/v1/cases/:id/referrals/:referralId/send',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Send a drafted referral to the partner',
        description:
          'Refused (409 consent_required) without a consent to referral on the case, unless an exception (life at risk, unable to consent) and who determined it are given.',
        params: referralParams,
        body: sendInput,
        response: { 200: referralView },
      },
      config: { access: caseWrite, audit: { action: 'referral.send', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = {
        details: { referralId: req.params.referralId, exception: req.body.exception?.reason ?? null },
      };
      return toReferralView(
        await sendReferral(
          req.db,
          actorOf(req),
          req.params.id,
          req.params.referralId,
          req.body,
          deps.clock.now(),
        ),
      );
    },
  );

  app.post(
    '/api/v1/cases/:id/referrals/:referralId/status',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Move a referral on the caseworker’s side: cancel, mark completed or not delivered',
        params: referralParams,
        body: moveInput,
        response: { 200: referralView },
      },
      config: { access: caseWrite, audit: { action: 'referral.move', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = { details: { referralId: req.params.referralId, to: req.body.to } };
      return toReferralView(
        await moveAsCaseworker(
          req.db,
          actorOf(req),
          req.params.id,
          req.params.referralId,
          req.body,
          deps.clock.now(),
        ),
      );
    },
  );

  app.post(
    '/api/v1/cases/:id/referrals/:referralId/outcome',
    {
      schema: {
        tags: ['referrals'],
        summary:
          'Record whether the service was received and met the need, and the returnee’s satisfaction with it',
        params: referralParams,
        body: outcomeInput,
        response: { 200: referralView },
      },
      config: { access: caseWrite, audit: { action: 'referral.outcome', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = { details: { referralId: req.params.referralId } };
      return toReferralView(
        await recordOutcome(
          req.db,
          actorOf(req),
          req.params.id,
          req.params.referralId,
          req.body,
          deps.clock.now(),
        ),
      );
    },
  );

  app.get(
    '/api/v1/referrals',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Referrals on the cases in the user’s scope; `overdue=true` for those past their due day',
        querystring: z.strictObject({ overdue: booleanQuery.default(false) }),
        response: {
          200: z.object({
            items: z.array(
              referralView.extend({
                caseReference: z.string(),
                provider: z.string(),
                overdue: z.enum(['not_answered', 'not_started']).nullable(),
              }),
            ),
          }),
        },
      },
      config: { access: caseRead, audit: { action: 'referral.follow_up', recordType: 'referral' } },
    },
    async (req) => {
      const rows = await referralsInScope(req.db, actorOf(req), req.query, isoDay(deps.clock.now()));
      return {
        items: rows.map((r) => ({
          ...toReferralView(r.referral),
          caseReference: r.reference,
          provider: r.provider,
          overdue: r.overdue,
        })),
      };
    },
  );

  const count = z.int().nullable().describe('null: fewer than the smallest shown count');
  const counts = {
    sent: count,
    accepted: count,
    completed: count,
    declined: count,
    notDelivered: count,
    open: count,
  };
  const rate = z.number().nullable();
  const group = z.object({ returnees: count, meanComposite: rate });
  app.get(
    '/api/v1/referrals/report',
    {
      schema: {
        tags: ['referrals'],
        summary:
          'Referral figures in the user’s scope: by partner and service, times, outcomes, satisfaction, scores',
        description:
          'Only referrals that were sent count. Counts under the smallest shown count are withheld (null), and so are rates built on them.',
        response: {
          200: z.object({
            smallestShownCount: z.int(),
            byProvider: z.array(z.object({ provider: z.string(), ...counts })),
            byService: z.array(z.object({ type: z.enum(serviceTypeCodes), ...counts })),
            sent: count,
            completionRate: rate,
            medianDaysToAccept: rate,
            medianDaysToComplete: rate,
            receivedRate: rate,
            metNeedRate: rate,
            meanSatisfaction: rate.describe('1–5, the returnees’ satisfaction with the service'),
            scores: z.object({ referred: group, directOnly: group }),
          }),
        },
      },
      config: { access: caseRead, audit: { action: 'referral.report', recordType: 'referral' } },
    },
    async (req) => referralReport(req.db, actorOf(req), deps.minCount),
  );

  app.get(
    '/api/v1/partner/referrals',
    {
      schema: {
        tags: ['partner'],
        summary: 'The referrals sent to the partner’s organisation',
        response: { 200: z.object({ items: z.array(partnerReferralView) }) },
      },
      config: { access: respond, audit: { action: 'partner.referral_list', recordType: 'referral' } },
    },
    async (req) => ({ items: (await partnerReferrals(req.db, actorOf(req))).map(toPartnerView) }),
  );

  app.get(
    '/api/v1/partner/referrals/:id',
    {
      schema: {
        tags: ['partner'],
        summary: 'One referral sent to the partner’s organisation, with only the data shared',
        params: idParams,
        response: { 200: partnerReferralView },
      },
      config: { access: respond, audit: { action: 'partner.referral_read', recordType: 'referral' } },
    },
    async (req) => toPartnerView(await partnerReferral(req.db, actorOf(req), req.params.id)),
  );

  app.post(
    '/api/v1/partner/referrals/:id/status',
    {
      schema: {
        tags: ['partner'],
        summary: 'Accept or decline a referral, record the start of the service and its completion',
        params: idParams,
        body: moveInput,
        response: { 200: partnerReferralView },
      },
      config: { access: respond, audit: { action: 'partner.referral_move', recordType: 'referral' } },
    },
    async (req) => {
      req.auditRecord = { id: req.params.id, details: { to: req.body.to } };
      await moveAsPartner(req.db, actorOf(req), req.params.id, req.body, deps.clock.now());
      return toPartnerView(await partnerReferral(req.db, actorOf(req), req.params.id));
    },
  );

  app.post(
    '/api/v1/cases/:id/referrals/:referralId/links',
    {
      schema: {
        tags: ['referrals'],
        summary: 'A secure one-time link for a partner without an account',
        description:
          'Opens this referral only, with only the data shared; it expires after `days` and takes one answer. The token is shown once.',
        params: referralParams,
        body: z.strictObject({ days: z.int().min(1).max(14).default(7) }),
        response: { 201: z.object({ token: z.string(), expiresAt: z.iso.datetime() }) },
      },
      config: { access: caseWrite, audit: { action: 'referral.link_make', recordType: 'case' } },
    },
    async (req, reply) => {
      const link = await createLink(
        req.db,
        actorOf(req),
        req.params.id,
        req.params.referralId,
        req.body.days,
        deps.clock.now(),
      );
      req.auditRecord = {
        details: { referralId: req.params.referralId, expiresAt: link.expiresAt.toISOString() },
      };
      reply.code(201);
      return { token: link.token, expiresAt: link.expiresAt.toISOString() };
    },
  );

  const linkParams = z.strictObject({ token: z.string().min(20).max(100) });
  app.get(
    '/api/v1/referral-links/:token',
    {
      schema: {
        tags: ['partner'],
        summary: 'Open a referral through a one-time link (no account)',
        description: '404 for an unknown link, 410 for an expired or used one.',
        params: linkParams,
        response: { 200: partnerReferralView },
      },
      config: { access: { public: true }, audit: { action: 'partner.link_open', recordType: 'referral' } },
    },
    async (req) => {
      const row = await openLink(req.db, req.params.token, deps.clock.now());
      req.auditRecord = { id: row.referral.id };
      return toPartnerView(row);
    },
  );

  app.post(
    '/api/v1/referral-links/:token/status',
    {
      schema: {
        tags: ['partner'],
        summary: 'Answer a referral through a one-time link: the link is then spent',
        params: linkParams,
        body: moveInput,
        response: { 200: partnerReferralView },
      },
      config: { access: { public: true }, audit: { action: 'partner.link_answer', recordType: 'referral' } },
    },
    async (req) => {
      const row = await answerByLink(req.db, req.params.token, req.body, deps.clock.now());
      req.auditRecord = { id: row.referral.id, details: { to: req.body.to } };
      return toPartnerView(row);
    },
  );
}
