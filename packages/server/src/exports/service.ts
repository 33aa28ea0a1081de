import { Readable } from 'node:stream';
import { defaultMinCount } from '@reintegra/domain';
import { and, eq, isNotNull, lte } from 'drizzle-orm';
import { appendAudit } from '../audit/log.ts';
import { caseListExport } from '../cases/export.ts';
import { withPeriod } from '../indicators/schemas.ts';
import { createJob, type JobContext } from '../jobs/service.ts';
import { jobs } from '../jobs/tables.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, notFound } from '../platform/errors.ts';
import type { FileStore } from '../platform/files.ts';
import { complaintsExport } from './complaints.ts';
import { dashboardExport } from './dashboard.ts';
import { followUpExport } from './follow-up.ts';
import { casesBehindExport } from './indicator-cases.ts';
import type { ExportInput, ExportReport } from './schemas.ts';
import { newExportKey, readStored, removeStored, storeSink } from './store.ts';
import type { ListExport } from './table.ts';
import { exportRecords } from './tables.ts';
import { memorySink, type WriteOptions, writeExport } from './write.ts';

/**
 * How long a finished export can be downloaded: a day, by the user who asked
 * for it. Not once only: on a poor line a download cut halfway must be
 * possible to start again. After the day its key is erased (forgetExpiredExports).
 */
export const exportLifetimeMs = 24 * 60 * 60 * 1000;

/** The list an export reads, through the list's own query and the actor's scope. */
export function listExportOf(
  db: Db,
  actor: Actor,
  input: ExportInput,
  today: string,
  minCount = defaultMinCount,
): ListExport {
  switch (input.list) {
    case 'cases':
      return caseListExport(db, actor, input.filters, today);
    case 'referrals':
      return followUpExport(db, actor, input.filters, today);
    case 'indicator_cases':
      return casesBehindExport(db, actor, withPeriod(input.filters, today));
    case 'dashboard':
      return dashboardExport(db, actor, withPeriod(input.filters, today), minCount);
    case 'complaints':
      return complaintsExport(db, actor, input.filters);
  }
}

/**
 * The filters as the audit log keeps them. Free text searched for can be a
 * person's name, which the log never holds (audit/log.ts): it says only that
 * the list was searched.
 */
export function auditedFilters(filters: Record<string, unknown>): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(filters)) {
    if (value === undefined) continue;
    kept[name] = name === 'q' ? 'searched' : value;
  }
  return kept;
}

/** Up to this many rows, a CSV export may be answered at once instead of written in the background. */
export const atOnceRowLimit = 5000;

/**
 * A small export written straight into the answer. Refused above the limit,
 * before any row is read: a large one holds the request's transaction, and
 * the memory, for as long as it takes; the background export streams instead.
 */
export async function exportAtOnce(source: ListExport, options: WriteOptions) {
  const counted = await source.count();
  if (counted > atOnceRowLimit) {
    throw new AppError(
      409,
      'export_too_large',
      `${counted} rows: more than ${atOnceRowLimit} are exported in the background (POST /api/v1/exports)`,
    );
  }
  const sink = memorySink();
  const { rows } = await writeExport(source.table, options, sink);
  return { bytes: sink.bytes(), rows };
}

/**
 * Records an export to be written in the background: its job (for progress),
 * and its row with the key its file will be encrypted with. Counts the rows
 * it will hold, which the audit records with the request.
 */
export async function startExport(
  db: Db,
  actor: Actor,
  input: ExportInput,
  now: Date,
  today: string,
  minCount = defaultMinCount,
) {
  const rows = await listExportOf(db, actor, input, today, minCount).count();
  const job = await createJob(db, actor, `export.${input.list}`, now);
  const key = newExportKey();
  const filters = auditedFilters(input.filters);
  await db.insert(exportRecords).values({
    id: job.id,
    requestedBy: actor.userId,
    list: input.list,
    format: input.format,
    hxl: input.hxl,
    deidentified: input.deidentified,
    filters,
    fileName: `${input.list}-${today}${input.deidentified ? '-deidentified' : ''}.${input.format}`,
    fileKey: key.toString('base64'),
    createdAt: now,
    expiresAt: new Date(now.getTime() + exportLifetimeMs),
  });
  return { exportId: job.id, rows, key, filters };
}

/**
 * The job's work: reads the list page by page, writes the file into the store
 * as it goes, and reports rows done against the count. The audit log gets the
 * number of rows actually written, which may differ from the count made when
 * the export was asked for if cases changed meanwhile.
 */
export async function writeExportFile(
  ctx: JobContext,
  files: FileStore,
  actor: Actor,
  input: ExportInput,
  started: { exportId: string; key: Buffer },
  today: string,
  minCount = defaultMinCount,
): Promise<ExportReport> {
  const source = listExportOf(ctx.db, actor, input, today, minCount);
  await ctx.total(await source.count());
  const sink = storeSink(files, started.exportId, started.key);
  const { rows } = await writeExport(
    source.table,
    { format: input.format, hxl: input.hxl, deidentified: input.deidentified, onPage: ctx.advance },
    sink,
  );
  const { parts, bytes } = await sink.close();
  const [record] = await ctx.db
    .update(exportRecords)
    .set({ rows, bytes, parts })
    .where(eq(exportRecords.id, started.exportId))
    .returning();
  if (!record) throw new Error(`export ${started.exportId} is not recorded`);
  await appendAudit(
    ctx.db,
    {
      actorId: actor.userId,
      actorUsername: actor.username,
      action: 'export.written',
      outcome: 'success',
      recordType: 'export',
      recordId: started.exportId,
      details: { list: input.list, format: input.format, deidentified: input.deidentified, rows, bytes },
    },
    ctx.now(),
  );
  return {
    exportId: record.id,
    rows,
    bytes,
    format: input.format,
    fileName: record.fileName,
    expiresAt: record.expiresAt.toISOString(),
    download: `/api/v1/exports/${record.id}/file`,
  };
}

/**
 * An export's file for the user who asked for it, decrypted as it is sent.
 * Anyone else gets 404; before it is written, 409; after its day, 410.
 */
export async function exportFile(db: Db, files: FileStore, actor: Actor, id: string, now: Date) {
  const [found] = await db
    .select({ record: exportRecords, status: jobs.status })
    .from(exportRecords)
    .innerJoin(jobs, eq(jobs.id, exportRecords.id))
    .where(and(eq(exportRecords.id, id), eq(exportRecords.requestedBy, actor.userId)));
  if (!found) throw notFound('Export');
  const { record, status } = found;
  if (!record.fileKey || record.expiresAt <= now)
    throw new AppError(410, 'export_expired', 'This export has been removed; export again');
  if (status !== 'done' || record.parts === null) {
    throw new AppError(409, 'export_not_ready', 'This export is not written yet');
  }
  const key = Buffer.from(record.fileKey, 'base64');
  return { record, stream: Readable.from(readStored(files, record.id, key, record.parts)) };
}

/**
 * Removes the exports past their day: first their keys are erased, so that
 * from then on nobody can read the parts, then the parts are removed to free
 * the store. Returns how many were removed. Run on the database itself, not
 * in a request's transaction: a refused download (410) rolls its transaction
 * back, and the erasure must stay. Parts whose removal fails stay as noise.
 */
export async function forgetExpiredExports(db: Db, files: FileStore, now: Date) {
  const removed = await db
    .update(exportRecords)
    .set({ fileKey: null })
    .where(and(isNotNull(exportRecords.fileKey), lte(exportRecords.expiresAt, now)))
    .returning({ id: exportRecords.id, parts: exportRecords.parts });
  for (const { id, parts } of removed) await removeStored(files, id, parts ?? 0);
  return removed.length;
}
