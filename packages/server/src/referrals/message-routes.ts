import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { caseRead, caseWrite } from '../cases/routing.ts';
import type { Clock } from '../platform/clock.ts';
import type { FileStore } from '../platform/files.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, acceptBytes, asDownload, uploadTypes } from '../platform/http.ts';
import {
  caseworkerFile,
  caseworkerMessages,
  partnerFile,
  partnerMessages,
  writeAsCaseworker,
  writeAsPartner,
} from './messages.ts';
import type { referralMessages } from './tables.ts';

const respond = { permission: 'referrals.respond' } as const;
const caseParams = z.strictObject({ id: z.uuid(), referralId: z.uuid() });
const partnerParams = z.strictObject({ referralId: z.uuid() });
const messageBody = z.strictObject({ body: z.string().trim().min(1).max(4000) });

const messageView = z
  .object({
    id: z.uuid(),
    side: z.enum(['caseworker', 'partner']),
    body: z.string(),
    file: z.object({ name: z.string(), contentType: z.string(), size: z.int() }).nullable(),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'ReferralMessage' });
const messagesView = z.array(messageView);

function toMessageView(m: typeof referralMessages.$inferSelect): z.infer<typeof messageView> {
  return {
    id: m.id,
    side: m.side,
    body: m.body,
    file:
      m.fileName && m.contentType && m.size !== null
        ? { name: m.fileName, contentType: m.contentType, size: m.size }
        : null,
    createdAt: m.createdAt.toISOString(),
  };
}

function download(reply: FastifyReply, row: typeof referralMessages.$inferSelect, bytes: Uint8Array) {
  return asDownload(reply, row.contentType ?? 'application/octet-stream', row.fileName ?? 'file').send(
    Buffer.from(bytes),
  );
}

/** Messages between the caseworker and the partner on a referral, and the partner's evidence files. */
export async function referralMessageRoutes(
  app: Api,
  deps: { clock: Clock; files: FileStore; maxBytes: number },
): Promise<void> {
  const { clock, files } = deps;

  app.get(
    '/api/v1/cases/:id/referrals/:referralId/messages',
    {
      schema: {
        tags: ['referrals'],
        summary: 'What the caseworker and the partner wrote on a referral',
        params: caseParams,
        response: { 200: messagesView },
      },
      config: { access: caseRead, audit: { action: 'referral.messages_read', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = { details: { referralId: req.params.referralId } };
      const rows = await caseworkerMessages(req.db, actorOf(req), req.params.id, req.params.referralId);
      return rows.map(toMessageView);
    },
  );

  app.post(
    '/api/v1/cases/:id/referrals/:referralId/messages',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Write to the partner about a referral',
        description: 'The partner reads it: write only what the service needs.',
        params: caseParams,
        body: messageBody,
        response: { 201: messageView },
      },
      config: { access: caseWrite, audit: { action: 'referral.message', recordType: 'case' } },
    },
    async (req, reply) => {
      req.auditRecord = { details: { referralId: req.params.referralId } };
      const message = await writeAsCaseworker(
        req.db,
        files,
        actorOf(req),
        req.params.id,
        req.params.referralId,
        req.body.body,
        clock.now(),
      );
      reply.code(201);
      return toMessageView(message);
    },
  );

  app.get(
    '/api/v1/cases/:id/referrals/:referralId/messages/:messageId/file',
    {
      schema: {
        tags: ['referrals'],
        summary: 'Download the partner’s evidence file',
        params: caseParams.extend({ messageId: z.uuid() }),
      },
      config: { access: caseRead, audit: { action: 'referral.evidence_read', recordType: 'case' } },
    },
    async (req, reply) => {
      const { row, bytes } = await caseworkerFile(
        req.db,
        files,
        actorOf(req),
        req.params.id,
        req.params.referralId,
        req.params.messageId,
      );
      req.auditRecord = { details: { referralId: req.params.referralId, messageId: row.id } };
      return download(reply, row, bytes);
    },
  );

  app.get(
    '/api/v1/partner/referrals/:referralId/messages',
    {
      schema: {
        tags: ['partner'],
        summary: 'What the caseworker and the partner wrote on a referral to the partner’s organisation',
        params: partnerParams,
        response: { 200: messagesView },
      },
      config: { access: respond, audit: { action: 'partner.messages_read', recordType: 'referral' } },
    },
    async (req) => {
      req.auditRecord = { id: req.params.referralId };
      return (await partnerMessages(req.db, actorOf(req), req.params.referralId)).map(toMessageView);
    },
  );

  app.post(
    '/api/v1/partner/referrals/:referralId/messages',
    {
      schema: {
        tags: ['partner'],
        summary: 'Write to the caseworker about a referral',
        params: partnerParams,
        body: messageBody,
        response: { 201: messageView },
      },
      config: { access: respond, audit: { action: 'partner.message', recordType: 'referral' } },
    },
    async (req, reply) => {
      req.auditRecord = { id: req.params.referralId };
      const message = await writeAsPartner(
        req.db,
        files,
        actorOf(req),
        req.params.referralId,
        { body: req.body.body, evidence: null },
        clock.now(),
      );
      reply.code(201);
      return toMessageView(message);
    },
  );

  // Raw bytes are accepted here only, as for a case's attachments.
  await app.register(async (scoped: Api) => {
    acceptBytes(scoped, uploadTypes, deps.maxBytes);
    scoped.post(
      '/api/v1/partner/referrals/:referralId/evidence',
      {
        schema: {
          tags: ['partner'],
          summary: 'Attach evidence that the service was given: an attendance sheet, a certificate',
          description:
            'The body is the file itself (PDF, PNG, JPEG or WebP); its name and a note travel in the query.',
          params: partnerParams,
          querystring: z.strictObject({
            fileName: z.string().trim().min(1).max(255),
            note: z.string().trim().max(4000).default(''),
          }),
          response: { 201: messageView },
        },
        config: { access: respond, audit: { action: 'partner.evidence', recordType: 'referral' } },
      },
      async (req, reply) => {
        const bytes = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
        req.auditRecord = { id: req.params.referralId, details: { size: bytes.length } };
        const message = await writeAsPartner(
          req.db,
          files,
          actorOf(req),
          req.params.referralId,
          {
            body: req.query.note,
            evidence: { fileName: req.query.fileName, bytes, maxBytes: deps.maxBytes },
          },
          clock.now(),
        );
        reply.code(201);
        return toMessageView(message);
      },
    );
  });

  app.get(
    '/api/v1/partner/referrals/:referralId/messages/:messageId/file',
    {
      schema: {
        tags: ['partner'],
        summary: 'Download an evidence file of a referral to the partner’s organisation',
        params: partnerParams.extend({ messageId: z.uuid() }),
      },
      config: { access: respond, audit: { action: 'partner.evidence_read', recordType: 'referral' } },
    },
    async (req, reply) => {
      const { row, bytes } = await partnerFile(
        req.db,
        files,
        actorOf(req),
        req.params.referralId,
        req.params.messageId,
      );
      req.auditRecord = { id: req.params.referralId, details: { messageId: row.id } };
      return download(reply, row, bytes);
    },
  );
}
