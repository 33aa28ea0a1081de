import { casesBehind, countCasesBehind } from '../indicators/cases.ts';
import type { DrillDownFilters } from '../indicators/schemas.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import type { ExportColumn, ExportRow, ListExport } from './table.ts';

/** The columns of the cases behind a figure: no name or contact, so de-identifying pseudonymises the reference. */
export const casesBehindColumns: readonly ExportColumn[] = [
  { key: 'reference', header: 'case_reference', hxl: '#affected+code', deidentify: 'pseudonymise' },
  { key: 'status', header: 'status', hxl: '#status+case', deidentify: 'keep' },
  { key: 'cmType', header: 'case_management_type', hxl: '#indicator+cm_type', deidentify: 'keep' },
  { key: 'openedOn', header: 'opened_on', hxl: '#date+opened', deidentify: 'keep' },
  { key: 'closedOn', header: 'closed_on', hxl: '#date+closed', deidentify: 'keep' },
  { key: 'latestComposite', header: 'latest_composite', hxl: '#indicator+rss+composite', deidentify: 'keep' },
];

const pageSize = 2000;

/** The cases behind a dashboard figure as an export: the drill-down's own query, every page of it. */
export function casesBehindExport(db: Db, actor: Actor, filters: DrillDownFilters): ListExport {
  async function* pages() {
    for (let offset = 0; ; offset += pageSize) {
      const rows = await casesBehind(db, actor, filters, { limit: pageSize, offset });
      if (rows.length === 0) return;
      yield rows.map(
        (r): ExportRow => ({
          reference: r.reference,
          status: r.status,
          cmType: r.cmType,
          openedOn: r.openedOn,
          closedOn: r.closedOn,
          latestComposite: r.latestComposite,
        }),
      );
      if (rows.length < pageSize) return;
    }
  }
  return {
    table: { name: 'cases-behind-figure', columns: casesBehindColumns, rows: pages() },
    count: () => countCasesBehind(db, actor, filters),
  };
}
