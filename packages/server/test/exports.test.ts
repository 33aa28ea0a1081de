import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit/log.ts';
import { actorFromUser } from '../src/auth/sessions.ts';
import { complaintsExport } from '../src/exports/complaints.ts';
import { exportAtOnce } from '../src/exports/service.ts';
import { type ExportColumn, type ExportRow, figuresTable, layoutOf } from '../src/exports/table.ts';
import { exportRecords } from '../src/exports/tables.ts';
import { memorySink, writeExport } from '../src/exports/write.ts';
import { xlsxWriter } from '../src/exports/writers.ts';
import { errorOf, finishedJob, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
const filesDir = mkdtempSync(join(tmpdir(), 'reintegra-exports-'));

beforeAll(async () => {
  t = await startTestApp({ files: { kind: 'disk', dir: filesDir } });
});
afterAll(() => t.close());

const screening = {
  programme: 'AVRR',
  eligible: true,
  reasons: 'ok',
  needsMediumToLongTermServices: false,
  atMediumToHighRisk: false,
};

async function openCase(session: Session, given: string, person: object = {}) {
  const res = await session.post('/api/v1/cases', {
    phase: 'post_return',
    person: { sex: 'female', names: [{ givenNames: given, familyName: 'Export' }], ...person },
    screening,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().summary as { id: string; reference: string };
}

/** Asks for an export, waits for its job and downloads its file. */
async function exported(session: Session, body: object) {
  const started = await session.post('/api/v1/exports', body);
  expect(started.statusCode, started.body).toBe(202);
  const job = await finishedJob(session, started.json().jobId);
  expect(job.status, JSON.stringify(job.report)).toBe('done');
  const file = await session.get(job.report.download);
  expect(file.statusCode, file.body).toBe(200);
  return { job, file, counted: started.json().rows as number };
}

const column = (key: string, deidentify: ExportColumn['deidentify']): ExportColumn => ({
  key,
  header: key,
  hxl: `#${key}`,
  deidentify,
});

describe('the export engine', () => {
  const dangerous = ['=HYPERLINK("http://x","y")', '+224 622', '-1+2', '@SUM(A1)', '\tTab', '\rCR'];

  it('defuses text a spreadsheet would run as a formula, in CSV with an apostrophe', async () => {
    const sink = memorySink();
    await writeExport(
      {
        name: 't',
        columns: [column('text', 'keep'), column('n', 'keep')],
        rows: dangerous.map((text) => ({ text, n: -5 })),
      },
      { format: 'csv', hxl: false, deidentified: false },
      sink,
    );
    const lines = sink
      .bytes()
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines.slice(1, 5)).toEqual([
      `"'=HYPERLINK(""http://x"",""y"")",-5`,
      "'+224 622,-5",
      "'-1+2,-5",
      "'@SUM(A1),-5",
    ]);
    expect(lines[5]).toBe("'\tTab,-5");
    expect(lines[6]).toBe(`"'\rCR",-5`);
  });

  it('writes the same text in XLSX as strings, never formulas, marked to stay text when edited', async () => {
    const sink = memorySink();
    await writeExport(
      { name: 't', columns: [column('text', 'keep')], rows: dangerous.map((text) => ({ text })) },
      { format: 'xlsx', hxl: false, deidentified: false },
      sink,
    );
    const [sheet] = await readXlsxFile(sink.bytes(), { trim: false });
    expect(sheet?.data.slice(1).map((r) => r[0])).toEqual(dangerous);
    const { unzipSync, strFromU8 } = await import('fflate');
    const xml = strFromU8(unzipSync(new Uint8Array(sink.bytes()))['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(xml).not.toContain('<f>');
    expect(xml.match(/<c r="A\d+" s="1" t="inlineStr">/g)).toHaveLength(dangerous.length);
  });

  it('keeps odd text, numbers and booleans as they were through XLSX', async () => {
    const rows = [
      { text: 'a & <b> "c"', n: 1.5, yes: true },
      { text: 'بيانات عربية _x0041_ \u0007bell\r\nline', n: null, yes: false },
    ];
    const sink = memorySink();
    await writeExport(
      { name: 'odd', columns: [column('text', 'keep'), column('n', 'keep'), column('yes', 'keep')], rows },
      { format: 'xlsx', hxl: true, deidentified: false },
      sink,
    );
    const [sheet] = await readXlsxFile(sink.bytes());
    expect(sheet?.data).toEqual([
      ['text', 'n', 'yes'],
      ['#text', '#n', '#yes'],
      ['a & <b> "c"', 1.5, true],
      ['بيانات عربية _x0041_ \u0007bell\r\nline', null, false],
    ]);
  });

  it('goes on to a next sheet past a sheet’s rows, with the headers again', async () => {
    const sink = memorySink();
    const writer = xlsxWriter(sink, { headerRows: [['n'], ['#n']], sheet: 'cases', rowsPerSheet: 4 });
    for (let n = 1; n <= 5; n += 1) writer.row([n]);
    await writer.end();
    const sheets = await readXlsxFile(sink.bytes());
    expect(sheets.map((s) => s.sheet)).toEqual(['cases', 'cases (2)', 'cases (3)']);
    expect(sheets.map((s) => s.data)).toEqual([
      [['n'], ['#n'], [1], [2]],
      [['n'], ['#n'], [3], [4]],
      [['n'], ['#n'], [5]],
    ]);
  });

  it('de-identifies: names dropped, references pseudonymised within one export only, dates of birth cut to the year', () => {
    const columns = [
      column('reference', 'pseudonymise'),
      column('name', 'drop'),
      column('born', 'year'),
      column('status', 'keep'),
    ];
    const row = { reference: 'GN-2026-0000001', name: 'Aissatou Diallo', born: '1990-05-17', status: 'open' };
    const plain = layoutOf(columns, { hxl: true, deidentified: false });
    expect(plain.headers).toEqual(['reference', 'name', 'born', 'status']);
    expect(plain.cells(row)).toEqual(['GN-2026-0000001', 'Aissatou Diallo', '1990-05-17', 'open']);

    const one = layoutOf(columns, { hxl: true, deidentified: true });
    expect(one.headers).toEqual(['reference', 'born_year', 'status']);
    expect(one.hxl).toEqual(['#reference', '#born+year', '#status']);
    const [pseudonym, born, status] = one.cells(row);
    expect(pseudonym).toMatch(/^[0-9a-f]{16}$/);
    expect([born, status]).toEqual([1990, 'open']);
    // The same person twice in one export is the same pseudonym; another person is another.
    expect(one.cells(row)[0]).toBe(pseudonym);
    expect(one.cells({ ...row, reference: 'GN-2026-0000002' })[0]).not.toBe(pseudonym);
    // Another export of the same list cannot be matched with this one.
    expect(layoutOf(columns, { hxl: false, deidentified: true }).cells(row)[0]).not.toBe(pseudonym);
    expect(one.cells({ reference: null, name: null, born: null, status: 'open' })).toEqual([
      null,
      null,
      'open',
    ]);
  });

  it('withholds small counts of a table of figures, and the cells that would give them away', async () => {
    const columns = [column('office', 'keep'), column('women', 'count'), column('men', 'count')];
    const rows: ExportRow[] = [
      { office: 'Conakry', women: 40, men: 35 },
      { office: 'Kindia', women: 3, men: 30 },
      { office: 'Labé', women: 22, men: 18 },
    ];
    const read = async (deidentified: boolean) => {
      const sink = memorySink();
      await writeExport(
        figuresTable('figures', columns, rows),
        { format: 'csv', hxl: false, deidentified },
        sink,
      );
      return sink
        .bytes()
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n');
    };
    expect(await read(false)).toEqual(['office,women,men', 'Conakry,40,35', 'Kindia,3,30', 'Labé,22,18']);
    // Kindia's 3 goes, and with it the smallest other women's figure (Labé's 22), so that
    // neither can be had by taking the others from the column's total; Kindia's men's
    // figure then goes too, or the row's total would give the 3 back.
    const withheld = await read(true);
    expect(withheld[2]).toBe('Kindia,,');
    expect(withheld[3]).toMatch(/^Labé,,/);
    expect(withheld[1]).toBe('Conakry,40,35');
  });

  it('answers at once only up to 5,000 rows', async () => {
    const table = figuresTable('t', [column('n', 'keep')], [{ n: 1 }]);
    const small = await exportAtOnce(
      { table, count: async () => 1 },
      { format: 'csv', hxl: false, deidentified: false },
    );
    expect(small.rows).toBe(1);
    await expect(
      exportAtOnce({ table, count: async () => 5001 }, { format: 'csv', hxl: false, deidentified: false }),
    ).rejects.toMatchObject({ status: 409, code: 'export_too_large' });
  });
});

describe('exports of the case list', () => {
  let supervisor: Session;
  let supervisorId: string;
  let supervisorName: string;
  let caseworker: Session;
  let colleague: Session;
  const references: Record<string, string> = {};

  beforeAll(async () => {
    const niamey = { officeId: t.org.niamey.id, scope: 'office' as const };
    const user = await t.addUser('supervisor', niamey);
    supervisorId = user.id;
    supervisorName = user.username;
    supervisor = await t.signIn(user.username);
    caseworker = await t.signIn((await t.addUser('caseworker', niamey)).username);
    colleague = await t.signIn((await t.addUser('supervisor', niamey)).username);
    const agadez = await t.signIn(
      (await t.addUser('caseworker', { officeId: t.org.agadez.id, scope: 'office' })).username,
    );
    references.aminata = (await openCase(caseworker, 'Aminata', { dateOfBirth: '1990-05-17' })).reference;
    references.hawa = (await openCase(caseworker, 'Hawa', { birthYear: 1985 })).reference;
    references.formula = (await openCase(caseworker, '=1+2')).reference;
    references.agadez = (await openCase(agadez, 'Agadez')).reference;
  });

  it('writes XLSX in the background, with HXL, holding only the cases the supervisor may list', async () => {
    const { job, file, counted } = await exported(supervisor, { list: 'cases', format: 'xlsx', hxl: true });
    expect(counted).toBe(3);
    expect(job).toMatchObject({ kind: 'export.cases', total: 3, done: 3 });
    expect(job.report).toMatchObject({ rows: 3, format: 'xlsx', fileName: 'cases-2026-11-23.xlsx' });
    expect(file.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(file.headers['content-disposition']).toBe("attachment; filename*=UTF-8''cases-2026-11-23.xlsx");

    const [sheet] = await readXlsxFile(file.rawPayload);
    const data = sheet?.data ?? [];
    expect(data[0]).toEqual([
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
    ]);
    expect(data[1]?.[0]).toBe('#affected+code');
    expect(data[1]?.[4]).toBe('#affected+name');
    const byReference = new Map(data.slice(2).map((row) => [row[0], row]));
    expect([...byReference.keys()].sort()).toEqual(
      [references.aminata, references.hawa, references.formula].sort(),
    );
    expect(byReference.get(references.aminata)?.[4]).toBe('Aminata Export');
    expect(byReference.get(references.aminata)?.[6]).toBe('1990-05-17');
    expect(byReference.get(references.formula)?.[4]).toBe('=1+2 Export');
    expect(byReference.get(references.hawa)?.[7]).toBe(1985);
    expect(byReference.get(references.hawa)?.[9]).toBe(false);

    // What lies in the file store is encrypted: not one name can be read from it.
    const partFiles = readdirSync(join(filesDir, 'exports', job.report.exportId));
    expect(partFiles.length).toBeGreaterThan(0);
    for (const part of partFiles) {
      expect(readFileSync(join(filesDir, 'exports', job.report.exportId, part)).includes('Aminata')).toBe(
        false,
      );
    }
  });

  it('applies the list’s filters, and audits the export with its filters, options and rows', async () => {
    const { file, job } = await exported(supervisor, {
      list: 'cases',
      format: 'csv',
      filters: { q: 'Aminata', status: 'screening' },
    });
    const lines = file.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(references.aminata);

    const [created] = (
      await listAudit(t.db, { actorId: supervisorId, action: 'export.create', limit: 1, offset: 0 })
    ).items;
    expect(created?.recordId).toBe(job.report.exportId);
    // The searched text can be a name: the log says a search was made, not what it was.
    expect(created?.details).toMatchObject({
      list: 'cases',
      format: 'csv',
      hxl: false,
      deidentified: false,
      filters: { q: 'searched', status: 'screening' },
      rows: 1,
    });
    expect(JSON.stringify(created?.details)).not.toContain('Aminata');
    const [written] = (
      await listAudit(t.db, { actorId: supervisorId, action: 'export.written', limit: 1, offset: 0 })
    ).items;
    expect(written?.details).toMatchObject({ rows: 1, format: 'csv' });
    const [downloaded] = (
      await listAudit(t.db, { actorId: supervisorId, action: 'export.download', limit: 1, offset: 0 })
    ).items;
    expect(downloaded).toMatchObject({ recordId: job.report.exportId, outcome: 'success' });
  });

  it('de-identifies: no names, pseudonyms for references, years for dates of birth', async () => {
    const { file, job } = await exported(supervisor, { list: 'cases', format: 'csv', deidentified: true });
    expect(job.report.fileName).toBe('cases-2026-11-23-deidentified.csv');
    const [header, ...rows] = file.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe(
      'reference,status,phase,office_id,sex,date_of_birth_year,birth_year,nationality,sensitive,updated_at',
    );
    expect(rows).toHaveLength(3);
    for (const name of ['Aminata', 'Hawa', 'Export', references.aminata, references.hawa, '1990-05-17']) {
      expect(file.body).not.toContain(name);
    }
    const pseudonyms = rows.map((r) => r.split(',')[0]);
    expect(new Set(pseudonyms).size).toBe(3);
    for (const p of pseudonyms) expect(p).toMatch(/^[0-9a-f]{16}$/);
    expect(rows.some((r) => r.split(',')[5] === '1990')).toBe(true);
  });

  it('refuses filters the list does not know, naming the field', async () => {
    const res = await supervisor.post('/api/v1/exports', {
      list: 'cases',
      format: 'csv',
      filters: { colour: 'red' },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).fields?.[0]?.field).toContain('colour');
    const format = await supervisor.post('/api/v1/exports', { list: 'cases', format: 'pdf' });
    expect(format.statusCode).toBe(400);
    expect(errorOf(format).fields?.[0]?.field).toBe('body.format');
  });

  it('is refused without exports.create, and downloaded by nobody but who asked for it, within a day', async () => {
    const refused = await caseworker.post('/api/v1/exports', { list: 'cases', format: 'csv' });
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).code).toBe('forbidden');

    const started = await supervisor.post('/api/v1/exports', { list: 'cases', format: 'csv' });
    const job = await finishedJob(supervisor, started.json().jobId);
    const download = job.report.download as string;
    // A colleague with the same rights gets nothing of it, nor does the caseworker.
    expect((await colleague.get(download)).statusCode).toBe(404);
    expect((await caseworker.get(download)).statusCode).toBe(403);
    expect((await supervisor.get(download)).statusCode).toBe(200);
    // It can be downloaded again (a cut download is started anew)…
    expect((await supervisor.get(download)).statusCode).toBe(200);

    // …until its day is over: then its key is erased and its stored parts are removed.
    const stored = join(filesDir, 'exports', job.report.exportId as string);
    expect(readdirSync(stored).length).toBeGreaterThan(0);
    t.clock.advanceMinutes(24 * 60 + 1);
    const later = await t.signIn(supervisorName);
    const gone = await later.get(download);
    expect(gone.statusCode).toBe(410);
    expect(errorOf(gone).code).toBe('export_expired');
    const [record] = await t.db
      .select()
      .from(exportRecords)
      .where(eq(exportRecords.id, started.json().jobId));
    expect(record?.fileKey).toBeNull();
    expect(existsSync(stored)).toBe(false);
  });
});

describe('export of the referral follow-up list', () => {
  it('holds the referrals on cases in scope only, de-identified when asked', async () => {
    const conakry = { officeId: t.org.conakry.id, scope: 'office' as const };
    const supervisorUser = await t.addUser('supervisor', conakry);
    const supervisor = await t.signIn(supervisorUser.username);
    const worker = await t.signIn((await t.addUser('caseworker', conakry)).username);
    const provider = await supervisor.post('/api/v1/service-providers', {
      name: 'Kindia TVET centre',
      contact: {},
    });
    expect(provider.statusCode, provider.body).toBe(201);
    const service = await supervisor.post(`/api/v1/service-providers/${provider.json().id}/services`, {
      name: 'Tailoring course',
      type: 'tvet',
    });
    expect(service.statusCode, service.body).toBe(201);
    const refer = async (session: Session, given: string) => {
      const c = await openCase(session, given, { phones: ['+224 622 12 34 56'] });
      const res = await session.post(`/api/v1/cases/${c.id}/referrals`, {
        serviceId: service.json().id,
        reason: `${given} wants to become a tailor`,
        urgency: 'routine',
        fields: ['name', 'phone'],
        returneeInformed: true,
      });
      expect(res.statusCode, res.body).toBe(201);
      return c.reference;
    };
    const mine = await refer(worker, 'Mariama');
    // A referral on a case of another office: the Conakry supervisor does not see it in the list.
    const niameyWorker = await t.signIn(
      (await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })).username,
    );
    const other = await refer(niameyWorker, 'Zeinab');

    const { file } = await exported(supervisor, { list: 'referrals', format: 'xlsx' });
    const [sheet] = await readXlsxFile(file.rawPayload);
    const data = sheet?.data ?? [];
    expect(data[0]?.slice(0, 5)).toEqual(['case_reference', 'provider', 'reason', 'urgency', 'status']);
    expect(data.slice(1).map((r) => r[0])).toEqual([mine]);
    expect(data[1]?.[1]).toBe('Kindia TVET centre');
    expect(JSON.stringify(data)).not.toContain(other);

    const { file: deidentified } = await exported(supervisor, {
      list: 'referrals',
      format: 'csv',
      deidentified: true,
      filters: { overdue: 'false' },
    });
    expect(deidentified.body).not.toContain('Mariama');
    expect(deidentified.body).not.toContain(mine);
    expect(deidentified.body).toContain('Kindia TVET centre');
  });
});

describe('export of complaints and feedback', () => {
  it('holds the complaints the reader may read, never one about them, de-identified when asked', async () => {
    const conakry = { officeId: t.org.conakry.id, scope: 'office' as const };
    const supervisorUser = await t.addUser('supervisor', conakry);
    const supervisor = await t.signIn(supervisorUser.username);
    const colleague = await t.signIn((await t.addUser('supervisor', conakry)).username);
    const niamey = await t.signIn(
      (await t.addUser('supervisor', { officeId: t.org.niamey.id, scope: 'office' })).username,
    );
    const record = async (by: Session, body: object) => {
      const res = await by.post('/api/v1/complaints', {
        kind: 'complaint',
        channel: 'hotline',
        about: 'assistance',
        receivedOn: '2026-11-20',
        anonymous: false,
        complainantName: 'Fatoumata Sow',
        complainantContact: '+224 622 00 00 00',
        ...body,
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    await record(supervisor, { subject: 'The kit promised in March has not come', channel: 'in_person' });
    // About the supervisor, recorded by a colleague: the supervisor reads it nowhere, the export included.
    await record(colleague, {
      subject: 'The supervisor did not call back',
      about: 'other',
      concernedUserId: supervisorUser.id,
    });
    await record(niamey, { subject: 'Another office heard this one' });

    const { file } = await exported(supervisor, { list: 'complaints', format: 'csv' });
    expect(file.body).toContain('The kit promised in March has not come');
    expect(file.body).toContain('in_person');
    expect(file.body).not.toContain('did not call back');
    expect(file.body).not.toContain('Another office');

    const { file: deidentified } = await exported(supervisor, {
      list: 'complaints',
      format: 'csv',
      deidentified: true,
    });
    expect(deidentified.body).toContain('in_person');
    for (const gone of ['The kit promised', 'Fatoumata', '+224', 'subject', 'complainant_name'])
      expect(deidentified.body).not.toContain(gone);

    const filtered = await supervisor.post('/api/v1/exports', {
      list: 'complaints',
      format: 'csv',
      filters: { status: 'lost' },
    });
    expect(filtered.statusCode).toBe(400);
    expect(errorOf(filtered).fields?.[0]?.field).toContain('status');
  });

  it('is refused to a role that may not handle complaints, even were it allowed to export', async () => {
    // Every role that may export handles complaints today: the list's own check is called directly.
    const caseworker = await t.addUser('caseworker', { officeId: t.org.conakry.id, scope: 'office' });
    const actor = actorFromUser(caseworker, { kind: 'token', tokenId: 'test' });
    expect(() => complaintsExport(t.db, actor, {})).toThrow(
      expect.objectContaining({ status: 403, code: 'forbidden' }),
    );
  });
});
