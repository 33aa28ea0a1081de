import { z } from 'zod';
import { caseListQuery } from '../cases/schemas.ts';
import { complaintListQuery } from '../complaints/schemas.ts';
import { dashboardQuery, drillDownFilters } from '../indicators/schemas.ts';
import { booleanQuery } from '../platform/http.ts';
import { exportFormats } from './writers.ts';

const options = {
  format: z.enum(exportFormats),
  hxl: z.boolean().default(false).describe('A second header row with HXL hashtags'),
  deidentified: z
    .boolean()
    .default(false)
    .describe(
      'Names, contacts and free text left out, references pseudonymised, dates of birth cut to the year',
    ),
};

/** The case list's filters, as the list takes them in its address (its sort and paging aside). */
export const caseExportFilters = caseListQuery.omit({ sort: true, limit: true, offset: true });
export const followUpExportFilters = z.strictObject({ overdue: booleanQuery.default(false) });
export const complaintExportFilters = complaintListQuery.omit({ limit: true, offset: true });

export const exportInput = z.discriminatedUnion('list', [
  z.strictObject({
    list: z.literal('cases'),
    ...options,
    filters: caseExportFilters.default({}).describe('The case list’s query parameters'),
  }),
  z.strictObject({
    list: z.literal('dashboard'),
    ...options,
    filters: dashboardQuery.default({}).describe('The dashboard’s filters: its figures, withheld as shown'),
  }),
  z.strictObject({
    list: z.literal('indicator_cases'),
    ...options,
    filters: drillDownFilters.describe('The figure (cohort) and the dashboard’s filters'),
  }),
  z.strictObject({
    list: z.literal('referrals'),
    ...options,
    filters: followUpExportFilters
      .default({ overdue: false })
      .describe('The follow-up list’s query parameters'),
  }),
  z.strictObject({
    list: z.literal('complaints'),
    ...options,
    filters: complaintExportFilters
      .default({})
      .describe('The complaint list’s query parameters; needs the right to handle complaints'),
  }),
]);
export type ExportInput = z.infer<typeof exportInput>;

/** What the job's report says once the file is written: never the key, which stays in the database. */
export const exportReport = z
  .object({
    exportId: z.uuid(),
    rows: z.int(),
    bytes: z.int(),
    format: z.enum(exportFormats),
    fileName: z.string(),
    expiresAt: z.iso.datetime(),
    download: z.string().describe('GET it with the session that asked for the export'),
  })
  .meta({ id: 'ExportReport' });
export type ExportReport = z.infer<typeof exportReport>;
