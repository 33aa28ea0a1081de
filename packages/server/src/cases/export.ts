import type { Actor } from '../platform/actor.ts';
import { csvLine } from '../platform/csv.ts';
import type { Db } from '../platform/db.ts';
import type { CaseListQuery } from './schemas.ts';
import { listCases } from './service.ts';

const header = [
  'reference',
  'status',
  'phase',
  'office_id',
  'name',
  'sex',
  'date_of_birth',
  'birth_year',
  'nationality',
  'sensitive',
  'updated_at',
];

/**
 * The cases of a list, as CSV, within the actor's scope exactly as the list
 * shows them. Read page by page so that a large office does not load at once.
 */
export async function casesCsv(
  db: Db,
  actor: Actor,
  filters: Omit<CaseListQuery, 'limit' | 'offset'>,
  today: string,
) {
  const pageSize = 2000;
  const lines = [csvLine(header)];
  let rows = 0;
  for (let offset = 0; ; offset += pageSize) {
    const { items } = await listCases(
      db,
      actor,
      { ...filters, sort: 'reference', limit: pageSize, offset },
      today,
    );
    for (const c of items) {
      lines.push(
        csvLine([
          c.reference,
          c.status,
          c.phase,
          c.officeId,
          c.person.name,
          c.person.sex,
          c.person.dateOfBirth,
          c.person.birthYear,
          c.person.nationality,
          c.sensitive,
          c.updatedAt,
        ]),
      );
    }
    rows += items.length;
    if (items.length < pageSize) break;
  }
  return { csv: lines.join(''), rows };
}
