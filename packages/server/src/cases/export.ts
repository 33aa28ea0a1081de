import { and, asc, eq, gt, type SQL, sql } from 'drizzle-orm';
import type { ExportColumn, ExportRow, ListExport } from '../exports/table.ts';
import { persons } from '../people/tables.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import type { CaseListQuery } from './schemas.ts';
import { caseListCondition, summaryColumns } from './service.ts';
import { cases } from './tables.ts';
import { toCaseSummary } from './views.ts';

/** The filters of the case list an export takes: all of them; the order is the reference's. */
export type CaseExportFilters = Omit<CaseListQuery, 'sort' | 'limit' | 'offset'>;

/**
 * The columns of a case list export. De-identified, the name goes, the
 * reference becomes a pseudonym and the date of birth its year; office,
 * status, sex and nationality stay, as reports break figures down by them.
 */
export const caseColumns: readonly ExportColumn[] = [
  { key: 'reference', header: 'reference', hxl: '#affected+code', deidentify: 'pseudonymise' },
  { key: 'status', header: 'status', hxl: '#status+case', deidentify: 'keep' },
  { key: 'phase', header: 'phase', hxl: '#status+phase', deidentify: 'keep' },
  { key: 'officeId', header: 'office_id', hxl: '#org+office+code', deidentify: 'keep' },
  { key: 'name', header: 'name', hxl: '#affected+name', deidentify: 'drop' },
  { key: 'sex', header: 'sex', hxl: '#affected+sex', deidentify: 'keep' },
  { key: 'dateOfBirth', header: 'date_of_birth', hxl: '#date+birth', deidentify: 'year' },
  { key: 'birthYear', header: 'birth_year', hxl: '#date+birth+year', deidentify: 'keep' },
  { key: 'nationality', header: 'nationality', hxl: '#country+code+nationality', deidentify: 'keep' },
  { key: 'sensitive', header: 'sensitive', hxl: '#meta+sensitive', deidentify: 'keep' },
  { key: 'updatedAt', header: 'updated_at', hxl: '#date+updated', deidentify: 'keep' },
];

const pageSize = 2000;

/**
 * The case list as an export: the list's own condition (scope and every
 * filter), read in pages of 2,000 by reference, each page starting after the
 * last reference of the one before, so the millionth row costs what the first
 * does. Names come with each page's rows, as the list reads them.
 */
export function caseListExport(db: Db, actor: Actor, filters: CaseExportFilters, today: string): ListExport {
  // Worked out once, when first needed: the count and the pages read the same condition.
  let condition: Promise<SQL> | null = null;
  const where = () => {
    condition ??= caseListCondition(db, actor, filters, today);
    return condition;
  };
  async function* pages() {
    const scoped = await where();
    let after: string | null = null;
    for (;;) {
      const rows = await db
        .select(summaryColumns)
        .from(cases)
        .innerJoin(persons, eq(persons.id, cases.personId))
        .where(after === null ? scoped : and(scoped, gt(cases.reference, after)))
        .orderBy(asc(cases.reference))
        .limit(pageSize);
      if (rows.length === 0) return;
      yield rows.map((row): ExportRow => {
        const c = toCaseSummary(row);
        return {
          reference: c.reference,
          status: c.status,
          phase: c.phase,
          officeId: c.officeId,
          name: c.person.name,
          sex: c.person.sex,
          dateOfBirth: c.person.dateOfBirth,
          birthYear: c.person.birthYear,
          nationality: c.person.nationality,
          sensitive: c.sensitive,
          updatedAt: c.updatedAt,
        };
      });
      if (rows.length < pageSize) return;
      after = (rows[rows.length - 1] as (typeof rows)[number]).case.reference;
    }
  }
  return {
    table: { name: 'cases', columns: caseColumns, rows: pages() },
    async count() {
      const [row] = await db
        .select({ n: sql<number>`count(*)::int` })
        .from(cases)
        .where(await where());
      return row?.n ?? 0;
    },
  };
}
