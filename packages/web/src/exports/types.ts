// What the export routes take and answer (server: packages/server/src/exports/schemas.ts).

export type ExportList = 'cases' | 'referrals' | 'indicator_cases' | 'dashboard' | 'complaints';
export type ExportFormat = 'csv' | 'xlsx';

/** `POST /exports`: the list with its filters as the list takes them in its address. */
export interface ExportRequest {
  list: ExportList;
  format: ExportFormat;
  hxl: boolean;
  deidentified: boolean;
  filters: Record<string, string>;
}

/** The answer: the job to follow, and how many rows were counted when asked. */
export interface ExportStarted {
  jobId: string;
  rows: number;
}

/** The finished job's report. */
export interface ExportReport {
  exportId: string;
  rows: number;
  bytes: number;
  format: ExportFormat;
  fileName: string;
  expiresAt: string;
  /** The file's address, for the user who asked only. */
  download: string;
}
