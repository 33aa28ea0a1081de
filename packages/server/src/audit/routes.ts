import { z } from 'zod';
import { type Api, listOf, page } from '../platform/http.ts';
import { listAudit, verifyChain } from './log.ts';
import { auditOutcomes } from './tables.ts';

const auditEventView = z
  .object({
    seq: z.int(),
    at: z.string(),
    actorId: z.uuid().nullable(),
    actorUsername: z.string().nullable(),
    action: z.string(),
    outcome: z.enum(auditOutcomes),
    recordType: z.string().nullable(),
    recordId: z.string().nullable(),
    ip: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
    hash: z.string(),
  })
  .meta({ id: 'AuditEvent' });

export function auditRoutes(app: Api): void {
  app.get(
    '/api/v1/audit/events',
    {
      schema: {
        tags: ['audit'],
        summary: 'Browse the audit log, newest first',
        querystring: z.strictObject({
          actorId: z.uuid().optional(),
          action: z.string().max(100).optional(),
          recordType: z.string().max(50).optional(),
          recordId: z.string().max(100).optional(),
          from: z.iso.datetime().optional(),
          to: z.iso.datetime().optional(),
          ...page,
        }),
        response: { 200: listOf(auditEventView) },
      },
      // Looking at the log is itself worth recording: it shows who looked at whom.
      config: { access: { permission: 'audit.read' }, audit: { action: 'audit.browse' } },
    },
    async (req) => listAudit(req.db, req.query),
  );

  app.get(
    '/api/v1/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Check the whole hash chain',
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.int(),
            firstBroken: z.object({ seq: z.int(), reason: z.string() }).nullable(),
          }),
        },
      },
      config: { access: { permission: 'audit.read' }, audit: { action: 'audit.verify' } },
    },
    async (req) => verifyChain(req.db),
  );
}
