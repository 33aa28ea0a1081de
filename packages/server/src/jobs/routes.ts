import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { actorOf } from '../platform/guard.ts';
import { type Api, idParams } from '../platform/http.ts';
import { jobOf } from './service.ts';

/** Work a request starts once its answer (and so its transaction) is out. */
const pending = new WeakMap<FastifyRequest, () => Promise<void>>();

/**
 * Runs `work` after the response is sent: the request's transaction has then
 * committed, so the job row the work updates is there to update.
 */
export function startAfterResponse(req: FastifyRequest, work: () => Promise<void>) {
  pending.set(req, work);
}

export const jobView = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    status: z.enum(['running', 'done', 'failed']),
    total: z.int().nullable(),
    done: z.int(),
    report: z.record(z.string(), z.unknown()),
    startedAt: z.iso.datetime(),
    finishedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Job' });

/** Progress of the long work a user started (imports, recomputes). */
export function jobRoutes(app: Api): void {
  app.addHook('onResponse', async (req, reply) => {
    const work = pending.get(req);
    if (!work) return;
    pending.delete(req);
    // On the next turn of the event loop: the client has its answer before the work takes the database.
    if (reply.statusCode < 400) setImmediate(() => void work());
  });

  app.get(
    '/api/v1/jobs/:id',
    {
      schema: {
        tags: ['jobs'],
        summary: 'How far a job you started has got, and its report once finished',
        params: idParams,
        response: { 200: jobView },
      },
      config: { access: { permission: null }, audit: { action: 'job.read', recordType: 'job' } },
    },
    async (req) => {
      const job = await jobOf(req.db, actorOf(req), req.params.id);
      return {
        id: job.id,
        kind: job.kind,
        status: job.status,
        total: job.total,
        done: job.done,
        report: job.report,
        startedAt: job.startedAt.toISOString(),
        finishedAt: job.finishedAt?.toISOString() ?? null,
      };
    },
  );
}
