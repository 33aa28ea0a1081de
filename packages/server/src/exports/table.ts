import { createHmac, randomBytes } from 'node:crypto';
import { defaultMinCount, suppressTable } from '@reintegra/domain';

/** What one cell of an export holds. Dates travel as ISO text, so every format writes them the same way. */
export type Cell = string | number | boolean | null;
export type ExportRow = Readonly<Record<string, Cell>>;

/**
 * What a column becomes in a de-identified export:
 * - keep: as it is (codes, statuses, offices);
 * - drop: left out, header and all (names, phone numbers, free text);
 * - pseudonymise: replaced by a keyed hash, the same for the same value within
 *   one export and unlinkable across exports (references, identifiers);
 * - year: a date cut to its year (date of birth);
 * - count: a count of people in an aggregate table, withheld below the minimum
 *   count together with the cells that would give it away (values.ts).
 */
export type DeidentifyRule = 'keep' | 'drop' | 'pseudonymise' | 'year' | 'count';

export interface ExportColumn {
  /** The field of the row the column shows. */
  key: string;
  /** The first header row: stable, machine-readable, the same in every language. */
  header: string;
  /** The HXL hashtag and attributes for the optional second header row, e.g. `#affected+name`. */
  hxl: string;
  deidentify: DeidentifyRule;
}

/**
 * A table to export: its columns and its rows. Rows come page by page from
 * the same query as the list they belong to, so that a million of them never
 * sit in memory at once; an aggregate table (figures) gives its rows in memory.
 */
export interface ExportTable {
  /** The file's name stem and the sheet's name, e.g. `cases`. */
  name: string;
  columns: readonly ExportColumn[];
  rows: AsyncIterable<readonly ExportRow[]> | readonly ExportRow[];
}

/** A list's export: its table, and how many rows it will have (for progress, and to choose how to answer). */
export interface ListExport {
  table: ExportTable;
  count(): Promise<number>;
}

export interface ExportOptions {
  /** A second header row with the columns' HXL hashtags. */
  hxl: boolean;
  deidentified: boolean;
  /** Below this, counts are withheld in a de-identified export (values.ts: five unless a programme says otherwise). */
  minCount?: number;
}

/** A table of figures held in memory, for indicator tables: the same writers, the same options. */
export function figuresTable(name: string, columns: readonly ExportColumn[], rows: readonly ExportRow[]) {
  return { name, columns, rows } satisfies ExportTable;
}

/** How a table's rows are written under the options: the columns kept, and each row's cells in their order. */
export interface Layout {
  headers: string[];
  hxl: string[];
  cells(row: ExportRow): Cell[];
}

/**
 * The columns and cell values an export writes. De-identification happens
 * here, before any writer sees a row, so no format can leak what it removes.
 * The pseudonym key is random for each export and never stored: the same
 * reference gets the same pseudonym throughout one file, and nobody, the
 * server included, can turn it back or match it with another export.
 */
export function layoutOf(columns: readonly ExportColumn[], options: ExportOptions): Layout {
  if (!options.deidentified) {
    return {
      headers: columns.map((c) => c.header),
      hxl: columns.map((c) => c.hxl),
      cells: (row) => columns.map((c) => row[c.key] ?? null),
    };
  }
  const key = randomBytes(32);
  const kept = columns.filter((c) => c.deidentify !== 'drop');
  const transforms = kept.map((c): ((value: Cell) => Cell) => {
    switch (c.deidentify) {
      case 'pseudonymise':
        return (v) => (v === null || v === '' ? v : pseudonym(key, String(v)));
      case 'year':
        return yearOf;
      default:
        return (v) => v;
    }
  });
  return {
    headers: kept.map((c) => (c.deidentify === 'year' ? `${c.header}_year` : c.header)),
    hxl: kept.map((c) => (c.deidentify === 'year' ? `${c.hxl}+year` : c.hxl)),
    cells: (row) => kept.map((c, i) => (transforms[i] as (value: Cell) => Cell)(row[c.key] ?? null)),
  };
}

/** 16 hexadecimal digits of an HMAC-SHA-256: 64 bits, no collision to fear within one export. */
function pseudonym(key: Buffer, value: string): string {
  return createHmac('sha256', key).update(value).digest('hex').slice(0, 16);
}

/** The year of an ISO date or date-time (`1990-05-17` → 1990); anything else is withheld rather than guessed. */
function yearOf(value: Cell): Cell {
  if (value === null) return null;
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  const match = typeof value === 'string' ? /^(\d{4})-\d\d-\d\d/.exec(value) : null;
  return match ? Number(match[1]) : null;
}

/**
 * The rows of an aggregate table with its counts withheld as values.ts
 * withholds a table's cells: below the minimum, and enough others with them
 * that no withheld cell can be worked out from the row and column totals.
 * Rows passed here are the table's cells only; totals are the caller's to add
 * from what is shown.
 */
export function withholdSmallCounts(
  columns: readonly ExportColumn[],
  rows: readonly ExportRow[],
  minCount = defaultMinCount,
): ExportRow[] {
  const counted = columns.filter((c) => c.deidentify === 'count');
  if (counted.length === 0 || rows.length === 0) return [...rows];
  for (const row of rows) {
    for (const c of counted) {
      const v = row[c.key];
      if (v !== null && (typeof v !== 'number' || !Number.isInteger(v) || v < 0)) {
        throw new Error(`column ${c.key} holds ${String(v)}, not a count`);
      }
    }
  }
  // A missing count is an empty cell, never a zero: it stands for nobody counted, and is not withheld.
  const grid = rows.map((row) => counted.map((c) => (row[c.key] as number | null) ?? 0));
  const shown = suppressTable(grid, minCount);
  return rows.map((row, i) => {
    const out: Record<string, Cell> = { ...row };
    counted.forEach((c, j) => {
      if (row[c.key] !== null && row[c.key] !== undefined) out[c.key] = shown[i]?.[j] ?? null;
    });
    return out;
  });
}

/** The rows page by page, whichever way the table holds them; figures are withheld first when asked. */
export async function* pagesOf(
  table: ExportTable,
  options: ExportOptions,
): AsyncIterable<readonly ExportRow[]> {
  if (Array.isArray(table.rows)) {
    const rows = table.rows as readonly ExportRow[];
    yield options.deidentified ? withholdSmallCounts(table.columns, rows, options.minCount) : rows;
    return;
  }
  if (options.deidentified && table.columns.some((c) => c.deidentify === 'count')) {
    // Withholding looks at the whole table at once: a paged source cannot be de-identified cell by cell.
    throw new Error(`table ${table.name} has count columns; give its rows in memory`);
  }
  yield* table.rows as AsyncIterable<readonly ExportRow[]>;
}
