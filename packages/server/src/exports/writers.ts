import { constants, crc32, deflateRawSync } from 'node:zlib';
import { type AsyncFlateStreamHandler, Zip, type ZipInputFile } from 'fflate';
import { csvLine } from '../platform/csv.ts';
import type { Cell } from './table.ts';

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Where a file's bytes go as they are made: a file in the store, a response, a file on disk. */
export interface ByteSink {
  write(chunk: Uint8Array): Promise<void>;
}

/**
 * Writes a file row by row. Rows gather in memory until `flush`, which the
 * caller calls after each page of rows: memory holds one page at a time
 * however long the file.
 */
export interface FileWriter {
  row(cells: readonly Cell[]): void;
  flush(): Promise<void>;
  /** Writes what closes the file; nothing may be written after. */
  end(): Promise<void>;
}

const encoder = new TextEncoder();

/**
 * CSV in UTF-8 with a byte-order mark, so that spreadsheet programs read
 * accents and Arabic right. Text that a spreadsheet would run as a formula is
 * defused by csvField (platform/csv.ts).
 */
export function csvWriter(sink: ByteSink): FileWriter {
  let pending: string[] = ['\uFEFF'];
  const flush = async () => {
    if (pending.length === 0) return;
    const bytes = encoder.encode(pending.join(''));
    pending = [];
    await sink.write(bytes);
  };
  return {
    row: (cells) => {
      pending.push(csvLine(cells as Cell[]));
    },
    flush,
    end: flush,
  };
}

// ---- XLSX ----------------------------------------------------------------
//
// An XLSX file is a zip of XML parts. The worksheet is written as a stream of
// rows into a deflated zip entry, with every text as an inline string: no
// shared-strings table to keep in memory, and no cell is ever a formula, since
// no <f> element is written. The other parts are small and follow the sheets,
// once the number of sheets is known. fflate lays out the zip (headers, data
// descriptors, central directory); Node's zlib deflates, several times faster
// than deflate in JavaScript on the hundreds of megabytes of XML of a large list.

/**
 * A zip entry whose data is deflated piece by piece as it is pushed. Each
 * piece ends on a sync flush, byte-aligned and not final, so the pieces join
 * into one deflate stream; the last push adds the final empty block.
 */
function deflatedEntry(filename: string, level: number) {
  const finalBlock = deflateRawSync(new Uint8Array(0));
  const entry = {
    filename,
    size: 0,
    crc: 0,
    compression: 8,
    ondata: undefined as AsyncFlateStreamHandler | undefined,
    push(bytes: Uint8Array, final = false) {
      entry.crc = crc32(bytes, entry.crc);
      entry.size += bytes.length;
      const body =
        bytes.length > 0 ? deflateRawSync(bytes, { level, finishFlush: constants.Z_SYNC_FLUSH }) : null;
      const out = final ? (body ? Buffer.concat([body, finalBlock]) : finalBlock) : body;
      if (out) entry.ondata?.(null, out, final);
    },
  };
  return entry satisfies ZipInputFile;
}
type DeflatedEntry = ReturnType<typeof deflatedEntry>;

/** Excel's limit of rows on one sheet; past it the rows go on to a next sheet, headers repeated. */
export const xlsxMaxRows = 1_048_576;
/** Excel refuses longer text in a cell. */
const maxCellText = 32_767;
/** The zip fflate writes has no ZIP64 records: no part, and no file, may reach 4 GiB. */
const zipLimit = 0xffff_ffff - 64 * 1024 * 1024;

const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const pkgRelNs = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** A1-style letters of a 0-based column: 0 → A, 25 → Z, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * Text as XML character data of a spreadsheet cell. Characters XML cannot
 * carry as they are (control characters but tab and line feed) are written as
 * OOXML `_xHHHH_` escapes, and
 * a literal `_xHHHH_` in the text is escaped in turn, so what a reader shows
 * is what was exported.
 */
export function xlsxText(text: string): string {
  if (!needsEscape.test(text)) return text;
  return text
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(
      // A carriage return is escaped too: XML readers turn a literal one into a line feed.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters XML cannot hold as they are
      /[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    )
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the characters xlsxText writes otherwise
const needsEscape = /[&<>\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF\uD800-\uDFFF]|_x[0-9A-Fa-f]{4}_/;

/** Text a spreadsheet would take for a formula if someone typed it in (CSV's rule, csvField). */
const formulaLike = /^[=+\-@\t\r]/;

/**
 * One cell. Text is always an inline string, never a formula; text that looks
 * like one also gets the quote-prefix style, so that editing the cell in
 * Excel keeps it text.
 */
function xlsxCell(ref: string, value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"><v>${value}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
  const text = value.length > maxCellText ? value.slice(0, maxCellText) : value;
  const style = formulaLike.test(text) ? ' s="1"' : '';
  // Spaces at either end are kept only where the text says so.
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${style} t="inlineStr"><is><t${space}>${xlsxText(text)}</t></is></c>`;
}

/** A sheet's name as Excel allows it: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(name: string, n: number): string {
  const clean = name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 25) || 'Sheet';
  return n === 1 ? clean : `${clean} (${n})`;
}

export interface XlsxOptions {
  /** The header rows, repeated at the top of every sheet. */
  headerRows: readonly (readonly Cell[])[];
  sheet: string;
  /** zlib's deflate level, 1 (fast) to 9 (small). */
  level?: number;
  /** Rows on a sheet before the next one starts (tests make it small). */
  rowsPerSheet?: number;
}

export function xlsxWriter(sink: ByteSink, options: XlsxOptions): FileWriter {
  const level = options.level ?? 3;
  const rowsPerSheet = Math.min(options.rowsPerSheet ?? xlsxMaxRows, xlsxMaxRows);
  const width = Math.max(1, ...options.headerRows.map((r) => r.length));
  const refs: string[] = Array.from({ length: width }, (_, i) => columnLetters(i));
  const compressed: Uint8Array[] = [];
  let failure: Error | null = null;
  let written = 0;
  const zip = new Zip((err, data) => {
    if (err) failure = err;
    else compressed.push(data);
  });

  let sheets = 0;
  let entry: DeflatedEntry | null = null;
  let rowInSheet = 0;
  let sheetBytes = 0;
  let pending: string[] = [];
  let pendingLength = 0;

  const push = (file: DeflatedEntry, text: string, final = false) => {
    const bytes = encoder.encode(text);
    sheetBytes += bytes.length;
    if (sheetBytes > zipLimit) throw new Error('a sheet of this export would pass 4 GiB; export it as CSV');
    file.push(bytes, final);
  };
  const add = (name: string, text: string) => {
    const file = deflatedEntry(name, level);
    zip.add(file);
    file.push(encoder.encode(text), true);
  };
  const takePending = () => {
    const text = pending.join('');
    pending = [];
    pendingLength = 0;
    return text;
  };
  const closeSheet = () => {
    if (!entry) return;
    push(entry, `${takePending()}</sheetData></worksheet>`, true);
    entry = null;
  };
  const openSheet = () => {
    sheets += 1;
    const sheet = deflatedEntry(`xl/worksheets/sheet${sheets}.xml`, level);
    zip.add(sheet);
    entry = sheet;
    sheetBytes = 0;
    rowInSheet = 0;
    // The header rows stay in view while scrolling: the pane is frozen under them.
    const frozen = options.headerRows.length;
    const pane = frozen
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`
      : '';
    push(entry, `${xmlHead}<worksheet xmlns="${mainNs}">${pane}<sheetData>`);
    for (const header of options.headerRows) addRow(header);
  };
  const addRow = (cells: readonly Cell[]) => {
    rowInSheet += 1;
    let xml = `<row r="${rowInSheet}">`;
    for (let i = 0; i < cells.length; i += 1) {
      xml += xlsxCell(`${refs[i] ?? columnLetters(i)}${rowInSheet}`, cells[i] ?? null);
    }
    xml += '</row>';
    pending.push(xml);
    pendingLength += xml.length;
    // A very wide page is handed to the compressor before it grows large.
    if (pendingLength > 4 * 1024 * 1024 && entry) push(entry, takePending());
  };
  const drain = async () => {
    if (failure) throw failure;
    while (compressed.length > 0) {
      const chunk = compressed.shift() as Uint8Array;
      written += chunk.length;
      if (written > zipLimit) throw new Error('this export would pass 4 GiB as XLSX; export it as CSV');
      await sink.write(chunk);
    }
  };

  openSheet();
  return {
    row(cells) {
      if (rowInSheet >= rowsPerSheet) {
        closeSheet();
        openSheet();
      }
      addRow(cells);
    },
    async flush() {
      if (entry && pending.length > 0) push(entry, takePending());
      await drain();
    },
    async end() {
      closeSheet();
      const names = Array.from({ length: sheets }, (_, i) => sheetName(options.sheet, i + 1));
      add(
        '[Content_Types].xml',
        `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${names
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('')}</Types>`,
      );
      add(
        '_rels/.rels',
        `${xmlHead}<Relationships xmlns="${pkgRelNs}"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      );
      add(
        'xl/workbook.xml',
        `${xmlHead}<workbook xmlns="${mainNs}" xmlns:r="${relNs}"><sheets>${names
          .map(
            (name, i) =>
              `<sheet name="${xlsxText(name).replaceAll('"', '&quot;')}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
          )
          .join('')}</sheets></workbook>`,
      );
      add(
        'xl/_rels/workbook.xml.rels',
        `${xmlHead}<Relationships xmlns="${pkgRelNs}">${names
          .map(
            (_, i) =>
              `<Relationship Id="rId${i + 1}" Type="${relNs}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join(
            '',
          )}<Relationship Id="rId${sheets + 1}" Type="${relNs}/styles" Target="styles.xml"/></Relationships>`,
      );
      // Style 0 is the default; style 1 marks text that starts like a formula as quoted text.
      add(
        'xl/styles.xml',
        `${xmlHead}<styleSheet xmlns="${mainNs}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
      );
      zip.end();
      await drain();
    },
  };
}
