// Survey submissions collected elsewhere (KoboToolbox, ODK) as a table with
// one column per question, read into rounds. Each row is checked on its own
// and either stored whole or reported with its reasons.
import {
  answerProblems,
  currentInstrument,
  interviewLocations,
  type RssAnswers,
  type RssRoundKind,
  rssRoundKinds,
  unansweredQuestions,
} from '@reintegra/domain';
import { readSheet } from 'read-excel-file/node';

export interface SubmissionTable {
  header: string[];
  rows: string[][];
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
export function tableFromCsv(text: string): SubmissionTable {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  const [header = [], ...rows] = records.filter((r) => r.some((f) => f.trim() !== ''));
  return { header, rows };
}

export async function tableFromXlsx(bytes: Buffer): Promise<SubmissionTable> {
  const sheet = await readSheet(bytes);
  const text = (cell: unknown) =>
    cell === null || cell === undefined
      ? ''
      : cell instanceof Date
        ? cell.toISOString().slice(0, 10)
        : String(cell);
  const [header = [], ...rows] = sheet.map((row) => row.map(text));
  return { header, rows: rows.filter((r) => r.some((f) => f.trim() !== '')) };
}

/**
 * Kobo names columns after the form's groups (`economic/q1`); only the last
 * part counts, case and spaces aside.
 */
const columnName = (raw: string) =>
  raw
    .split('/')
    .at(-1)
    ?.trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_') ?? '';

export interface Submission {
  caseNumber: string;
  kind: RssRoundKind;
  interviewedOn: string;
  location: (typeof interviewLocations)[number];
  answers: RssAnswers;
  explanations: Record<string, string>;
  notes: Record<string, string>;
  /** The submission's own id when the export has one; else case, round and day. */
  externalId: string;
}

export interface RowProblem {
  column: string;
  message: string;
}

const questionIds = new Set(currentInstrument.questions.filter((q) => !q.meanOf).map((q) => q.id));

/**
 * One row as a submission, or what is wrong with it. Consent must be recorded
 * as "yes" (a survey without it cannot be kept, L6591), and the survey must be
 * complete: a partial one is never scored (L6646).
 */
export function readSubmission(
  header: readonly string[],
  row: readonly string[],
  defaults: { kind?: RssRoundKind | undefined },
): { submission: Submission } | { caseNumber: string; problems: RowProblem[] } {
  const cells = new Map<string, string>();
  header.forEach((h, i) => {
    const value = (row[i] ?? '').trim();
    if (value !== '') cells.set(columnName(h), value);
  });
  const problems: RowProblem[] = [];
  const caseNumber = cells.get('case_number') ?? '';
  if (!caseNumber) problems.push({ column: 'case_number', message: 'The case number is missing' });
  const kind = (cells.get('round') ?? defaults.kind ?? '') as RssRoundKind;
  if (!rssRoundKinds.includes(kind)) {
    problems.push({ column: 'round', message: `The round is one of ${rssRoundKinds.join(', ')}` });
  }
  const interviewedOn = cells.get('interviewed_on') ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(interviewedOn) || Number.isNaN(Date.parse(interviewedOn))) {
    problems.push({
      column: 'interviewed_on',
      message: 'The day of the interview is a date such as 2026-03-31',
    });
  }
  const location = cells.get('location') ?? '';
  if (!(interviewLocations as readonly string[]).includes(location)) {
    problems.push({ column: 'location', message: `The place is one of ${interviewLocations.join(', ')}` });
  }
  if ((cells.get('consent') ?? '').toLowerCase() !== 'yes') {
    problems.push({ column: 'consent', message: 'No recorded consent: the answers cannot be kept' });
  }

  const answers: Record<string, string | string[]> = {};
  const explanations: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const [column, value] of cells) {
    const extra = column.match(/^(q\d+)_(explain|note)$/);
    if (extra?.[1] && questionIds.has(extra[1])) {
      (extra[2] === 'explain' ? explanations : notes)[extra[1]] = value;
    } else if (questionIds.has(column)) {
      const question = currentInstrument.questions.find((q) => q.id === column);
      // Kobo writes a select-multiple answer as codes separated by spaces.
      answers[column] = question?.select === 'all' ? value.split(/\s+/) : value;
    }
  }
  for (const p of answerProblems(currentInstrument, answers))
    problems.push({ column: p.question, message: p.message });
  const missing = unansweredQuestions(currentInstrument, answers);
  if (missing.length) {
    problems.push({
      column: missing.map((q) => q.id).join(' '),
      message: `Not answered: ${missing.map((q) => `Q${q.number}`).join(', ')} (a partial survey is never scored)`,
    });
  }
  if (problems.length) return { caseNumber, problems };
  return {
    submission: {
      caseNumber,
      kind,
      interviewedOn,
      location: location as Submission['location'],
      answers,
      explanations,
      notes,
      externalId:
        cells.get('_uuid') ?? cells.get('submission_id') ?? `${caseNumber}|${kind}|${interviewedOn}`,
    },
  };
}
