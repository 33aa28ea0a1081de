import { type ExportOptions, type ExportTable, layoutOf, pagesOf } from './table.ts';
import { type ByteSink, csvWriter, type ExportFormat, type FileWriter, xlsxWriter } from './writers.ts';

export interface WriteOptions extends ExportOptions {
  format: ExportFormat;
  /** Told how many rows each page added, once they are in the file. */
  onPage?: (rows: number) => Promise<void>;
}

/**
 * Writes a table to a sink in the asked format: header rows, then the rows
 * page by page, each page handed on before the next is read. Returns how many
 * rows (not header rows) were written.
 */
export async function writeExport(table: ExportTable, options: WriteOptions, sink: ByteSink) {
  const layout = layoutOf(table.columns, options);
  const headerRows = options.hxl ? [layout.headers, layout.hxl] : [layout.headers];
  let writer: FileWriter;
  if (options.format === 'csv') {
    writer = csvWriter(sink);
    for (const header of headerRows) writer.row(header);
  } else {
    writer = xlsxWriter(sink, { headerRows, sheet: table.name });
  }
  let rows = 0;
  for await (const page of pagesOf(table, options)) {
    for (const row of page) writer.row(layout.cells(row));
    await writer.flush();
    rows += page.length;
    await options.onPage?.(page.length);
  }
  await writer.end();
  return { rows };
}

/** A sink that keeps the bytes: for small exports answered at once, and for tests. */
export function memorySink() {
  const chunks: Uint8Array[] = [];
  return {
    async write(chunk: Uint8Array) {
      chunks.push(chunk);
    },
    bytes: () => Buffer.concat(chunks),
  } satisfies ByteSink & { bytes(): Buffer };
}
