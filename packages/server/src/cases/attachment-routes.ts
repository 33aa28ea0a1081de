import { attachmentKinds } from '@reintegra/domain';
import { z } from 'zod';
import type { Clock } from '../platform/clock.ts';
import type { FileStore } from '../platform/files.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, acceptBytes, asDownload, uploadTypes } from '../platform/http.ts';
import { attachFile, readAttachment, removeAttachment } from './attachments.ts';
import { caseFileAnswer, caseRead, caseWrite } from './routing.ts';
import { caseFileView } from './views.ts';

const attachmentParams = z.strictObject({ id: z.uuid(), attachmentId: z.uuid() });

/** Files attached to a case: documents, images, signatures. */
export async function attachmentRoutes(
  app: Api,
  deps: { clock: Clock; files: FileStore; maxBytes: number },
): Promise<void> {
  const caseFileOf = caseFileAnswer(deps.clock);
  await app.register(async (scoped: Api) => {
    acceptBytes(scoped, uploadTypes, deps.maxBytes);

    scoped.post(
      '/api/v1/cases/:id/attachments',
      {
        schema: {
          tags: ['cases'],
          summary: 'Attach a file to a case',
          description:
            'The body is the file itself (PDF, PNG, JPEG or WebP), sent as application/octet-stream or its own type; its type is read from its bytes. The name and kind travel in the query.',
          params: z.strictObject({ id: z.uuid() }),
          querystring: z.strictObject({
            kind: z.enum(attachmentKinds),
            fileName: z.string().trim().min(1).max(255),
            description: z.string().trim().max(1000).default(''),
          }),
          response: { 201: caseFileView },
        },
        config: { access: caseWrite, audit: { action: 'case.attach', recordType: 'case' } },
      },
      async (req, reply) => {
        const bytes = Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : new Uint8Array();
        req.auditRecord = { details: { kind: req.query.kind, size: bytes.length } };
        await attachFile(
          req.db,
          deps.files,
          actorOf(req),
          req.params.id,
          { ...req.query, bytes, maxBytes: deps.maxBytes },
          deps.clock.now(),
        );
        reply.code(201);
        return caseFileOf(req, req.params.id);
      },
    );
  });

  app.get(
    '/api/v1/cases/:id/attachments/:attachmentId',
    {
      schema: {
        tags: ['cases'],
        summary: 'Download an attached file',
        description: 'Every download is audited.',
        params: attachmentParams,
      },
      config: { access: caseRead, audit: { action: 'case.attachment_read', recordType: 'case' } },
    },
    async (req, reply) => {
      const { row, bytes } = await readAttachment(
        req.db,
        deps.files,
        actorOf(req),
        req.params.id,
        req.params.attachmentId,
      );
      req.auditRecord = { details: { attachmentId: row.id, kind: row.kind } };
      return asDownload(reply, row.contentType, row.fileName).send(Buffer.from(bytes));
    },
  );

  app.post(
    '/api/v1/cases/:id/attachments/:attachmentId/removal',
    {
      schema: {
        tags: ['cases'],
        summary: 'Remove an attachment from the case file',
        description: 'It is hidden, with the reason, and kept: nothing attached is destroyed.',
        params: attachmentParams,
        body: z.strictObject({ reason: z.string().trim().min(1).max(1000) }),
        response: { 200: caseFileView },
      },
      config: { access: caseWrite, audit: { action: 'case.attachment_remove', recordType: 'case' } },
    },
    async (req) => {
      req.auditRecord = { details: { attachmentId: req.params.attachmentId } };
      await removeAttachment(
        req.db,
        actorOf(req),
        req.params.id,
        req.params.attachmentId,
        req.body.reason,
        deps.clock.now(),
      );
      return caseFileOf(req, req.params.id);
    },
  );
}
