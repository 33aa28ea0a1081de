import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../src/audit/log.ts';
import { csvField } from '../src/platform/csv.ts';
import { startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const screening = {
  programme: 'AVRR',
  eligible: true,
  reasons: 'ok',
  needsMediumToLongTermServices: false,
  atMediumToHighRisk: false,
};

describe('CSV export of cases', () => {
  it('exports exactly the cases the user may list, and records the export with its row count', async () => {
    // Exporting takes exports.create, which supervisors hold and caseworkers do not.
    const worker = await t.addUser('supervisor', { officeId: t.org.niamey.id, scope: 'office' });
    const session = await t.signIn(worker.username);
    const colleague = await t.signIn(
      (await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })).username,
    );
    const elsewhere = await t.signIn(
      (await t.addUser('caseworker', { officeId: t.org.agadez.id, scope: 'office' })).username,
    );
    const open = (s: typeof session, given: string, extra: object = {}) =>
      s.post('/api/v1/cases', {
        phase: 'pre_return',
        person: { sex: 'male', names: [{ givenNames: given, familyName: 'Test' }] },
        screening,
        ...extra,
      });
    await open(session, 'Visible');
    await open(colleague, 'Colleague');
    await open(colleague, 'Hidden', { sensitive: true });
    await open(elsewhere, 'Agadez');
    await open(session, '=HYPERLINK("http://x")');

    const res = await session.get('/api/v1/cases/export.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(
      /attachment; filename\*=UTF-8''cases-\d{4}-\d\d-\d\d\.csv/,
    );
    const lines = res.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'reference,status,phase,office_id,name,sex,date_of_birth,birth_year,nationality,sensitive,updated_at',
    );
    const body = lines.slice(1).join('\n');
    expect(body).toContain('Visible Test');
    expect(body).toContain('Colleague Test');
    expect(body).not.toContain('Hidden');
    expect(body).not.toContain('Agadez');
    expect(body).toContain(`"'=HYPERLINK(""http://x"") Test"`);
    expect(lines).toHaveLength(1 + 3);

    const [event] = (
      await listAudit(t.db, { actorId: worker.id, action: 'case.export', limit: 1, offset: 0 })
    ).items;
    expect(event?.details).toMatchObject({ rows: 3 });

    // The caseworker who lists these cases may not take them away in a file.
    expect((await colleague.get('/api/v1/cases/export.csv')).statusCode).toBe(403);
  });

  it('quotes and defuses CSV fields', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('+224 622')).toBe("'+224 622");
    expect(csvField(null)).toBe('');
  });
});
