import { hasPermission } from '@reintegra/domain';
import type { z } from 'zod';
import { complaintsInScope } from '../complaints/service.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError } from '../platform/errors.ts';
import type { complaintExportFilters } from './schemas.ts';
import type { ExportColumn, ExportRow, ListExport } from './table.ts';

/**
 * The columns of the complaints export, for those who handle complaints and
 * report on them (C2, seed-000 L929). De-identified, the complainant, what
 * they said and the staff member concerned go (a complaint names its author
 * and its subject, either of whom it could harm); channel, subject, dates and
 * handling stay, as C2 and the follow-up of complaints read them.
 */
export const complaintColumns: readonly ExportColumn[] = [
  { key: 'receivedOn', header: 'received_on', hxl: '#date+received', deidentify: 'keep' },
  { key: 'kind', header: 'kind', hxl: '#meta+kind', deidentify: 'keep' },
  { key: 'channel', header: 'channel', hxl: '#meta+channel', deidentify: 'keep' },
  { key: 'about', header: 'about', hxl: '#meta+about', deidentify: 'keep' },
  { key: 'subject', header: 'subject', hxl: '#description', deidentify: 'drop' },
  { key: 'caseReference', header: 'case_reference', hxl: '#affected+code', deidentify: 'pseudonymise' },
  { key: 'concerned', header: 'concerned_staff', hxl: '#contact+name+staff', deidentify: 'drop' },
  { key: 'anonymous', header: 'anonymous', hxl: '#indicator+anonymous', deidentify: 'keep' },
  { key: 'complainantName', header: 'complainant_name', hxl: '#contact+name', deidentify: 'drop' },
  { key: 'complainantContact', header: 'complainant_contact', hxl: '#contact+phone', deidentify: 'drop' },
  { key: 'satisfaction', header: 'satisfaction', hxl: '#indicator+satisfaction', deidentify: 'keep' },
  { key: 'status', header: 'status', hxl: '#status', deidentify: 'keep' },
  { key: 'closedOn', header: 'closed_on', hxl: '#date+closed', deidentify: 'keep' },
  { key: 'handler', header: 'handler', hxl: '#contact+name+handler', deidentify: 'keep' },
];

const pageSize = 2000;

/**
 * The complaint list as an export: the list's own query and readability rule
 * (never a complaint that concerns the reader), every page of it. Exporting
 * needs the right to handle complaints as well as to export.
 */
export function complaintsExport(
  db: Db,
  actor: Actor,
  filters: z.infer<typeof complaintExportFilters>,
): ListExport {
  if (!hasPermission(actor.role, 'complaints.handle'))
    throw new AppError(403, 'forbidden', 'Your role does not allow reading complaints');
  async function* pages() {
    for (let offset = 0; ; offset += pageSize) {
      const { items } = await complaintsInScope(db, actor, { ...filters, limit: pageSize, offset });
      if (items.length === 0) return;
      yield items.map(
        ({ complaint: c, caseReference, concernedName, handlerName }): ExportRow => ({
          receivedOn: c.receivedOn,
          kind: c.kind,
          channel: c.channel,
          about: c.about,
          subject: c.subject,
          caseReference,
          concerned: concernedName,
          anonymous: c.anonymous,
          complainantName: c.complainantName,
          complainantContact: c.complainantContact,
          satisfaction: c.satisfaction,
          status: c.status,
          closedOn: c.closedOn,
          handler: handlerName,
        }),
      );
      if (items.length < pageSize) return;
    }
  }
  return {
    table: { name: 'complaints', columns: complaintColumns, rows: pages() },
    count: async () => (await complaintsInScope(db, actor, { ...filters, limit: 1, offset: 0 })).total,
  };
}
