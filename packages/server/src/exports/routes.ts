import { isoDay } from '@reintegra/domain';
import { z } from 'zod';
import { startAfterResponse } from '../jobs/routes.ts';
import { runJob } from '../jobs/service.ts';
import type { Clock } from '../platform/clock.ts';
import type { Db } from '../platform/db.ts';
import type { FileStore } from '../platform/files.ts';
import { actorOf } from '../platform/guard.ts';
import { type Api, asDownload, idParams } from '../platform/http.ts';
import { exportInput } from './schemas.ts';
import {
  exportFile,
  exportLifetimeMs,
  forgetExpiredExports,
  startExport,
  writeExportFile,
} from './service.ts';
import { contentTypes } from './writers.ts';

export const exportAccess = { permission: 'exports.create' } as const;

/** Exports of lists to CSV and XLSX, written in the background and downloaded by whoever asked. */
export async function exportRoutes(
  app: Api,
  deps: { clock: Clock; db: Db; files: FileStore; minCount: number },
) {
  // Exports past their day are removed at start, every hour, and before each export
  // route runs: in a pre-handler, outside the route's transaction, which a refused
  // download rolls back, and which the embedded database would wait on.
  const forget = async () => {
    try {
      await forgetExpiredExports(deps.db, deps.files, deps.clock.now());
    } catch (err) {
      app.log.error({ err }, 'removing expired exports failed');
    }
  };
  await forget();
  const timer = setInterval(forget, 60 * 60 * 1000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));

  app.post(
    '/api/v1/exports',
    {
      schema: {
        tags: ['exports'],
        summary: 'Export a list to CSV or XLSX, in the background',
        description: `Reads the list with its filters and your scope, exactly as the list does. Answers 202 with a job to follow at GET /api/v1/jobs/{id}; once done, its report names the file to GET. The file can be downloaded by you only, for ${exportLifetimeMs / 3_600_000} hours. Every export is audited with its filters, options and row count.`,
        body: exportInput,
        response: { 202: z.object({ jobId: z.uuid(), rows: z.int().describe('Rows counted when asked') }) },
      },
      config: { access: exportAccess, audit: { action: 'export.create', recordType: 'export' } },
      preHandler: forget,
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const input = req.body;
      const now = deps.clock.now();
      const today = isoDay(now);
      const started = await startExport(req.db, actor, input, now, today, deps.minCount);
      req.auditRecord = {
        id: started.exportId,
        details: {
          list: input.list,
          format: input.format,
          hxl: input.hxl,
          deidentified: input.deidentified,
          filters: started.filters,
          rows: started.rows,
        },
      };
      startAfterResponse(req, () =>
        runJob(deps.db, deps.clock, req.log, started.exportId, (ctx) =>
          writeExportFile(ctx, deps.files, actor, input, started, today, deps.minCount),
        ),
      );
      reply.code(202);
      return { jobId: started.exportId, rows: started.rows };
    },
  );

  app.get(
    '/api/v1/exports/:id/file',
    {
      schema: {
        tags: ['exports'],
        summary: 'Download a finished export',
        description:
          'Only by the user who asked for it, within its day; 409 while it is being written, 410 once removed. Every download is audited.',
        params: idParams,
      },
      config: { access: exportAccess, audit: { action: 'export.download', recordType: 'export' } },
      preHandler: forget,
    },
    async (req, reply) => {
      const { record, stream } = await exportFile(
        req.db,
        deps.files,
        actorOf(req),
        req.params.id,
        deps.clock.now(),
      );
      req.auditRecord = { details: { list: record.list, format: record.format, rows: record.rows } };
      asDownload(reply, contentTypes[record.format], record.fileName).header(
        'content-length',
        String(record.bytes),
      );
      // Returned, not sent: the file leaves once the audit record of its download has committed.
      return stream;
    },
  );
}
