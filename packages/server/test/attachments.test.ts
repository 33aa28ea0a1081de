import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3Store } from '../src/platform/files.ts';
import { errorOf, startTestApp, type TestApp } from './support/app.ts';

let t: TestApp;
type Session = Awaited<ReturnType<TestApp['signIn']>>;
let worker: Session;
let stranger: Session;
const filesDir = mkdtempSync(join(tmpdir(), 'reintegra-attachments-'));

beforeAll(async () => {
  t = await startTestApp({ files: { kind: 'disk', dir: filesDir }, attachmentMaxBytes: 1024 });
  worker = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.niamey.id, scope: 'office' })).username,
  );
  stranger = await t.signIn(
    (await t.addUser('caseworker', { officeId: t.org.agadez.id, scope: 'office' })).username,
  );
});
afterAll(() => t.close());

const pdf = Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function openCase(session: Session) {
  const res = await session.post('/api/v1/cases', {
    phase: 'pre_return',
    person: { sex: 'male', names: [{ givenNames: 'Boubacar', familyName: 'Keita' }] },
    screening: {
      programme: 'AVRR Niger',
      eligible: true,
      reasons: 'Wishes to return',
      needsMediumToLongTermServices: false,
      atMediumToHighRisk: true,
    },
  });
  return res.json().summary.id as string;
}

function upload(
  session: Session,
  caseId: string,
  query: string,
  body: Buffer,
  type = 'application/octet-stream',
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/cases/${caseId}/attachments?${query}`,
    headers: { cookie: session.cookie, 'x-csrf-token': session.csrfToken, 'content-type': type },
    payload: body,
  });
}

describe('attachments', () => {
  it('stores a document, lists it on the case file and gives the same bytes back', async () => {
    const id = await openCase(worker);
    const res = await upload(
      worker,
      id,
      'kind=document&fileName=laissez-passer.pdf&description=Travel%20document',
      pdf,
    );
    expect(res.statusCode, res.body).toBe(201);
    const [attachment] = res.json().attachments;
    expect(attachment).toMatchObject({
      kind: 'document',
      contentType: 'application/pdf',
      fileName: 'laissez-passer.pdf',
      description: 'Travel document',
      size: pdf.length,
    });
    const download = await worker.get(`/api/v1/cases/${id}/attachments/${attachment.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''laissez-passer.pdf");
    expect(Buffer.from(download.rawPayload).equals(pdf)).toBe(true);
    // On disk under the server's own key, never the user's file name.
    expect(readdirSync(join(filesDir, 'cases', id))).toEqual([attachment.id]);
  });

  it('refuses what is not a document or picture, or too large, or a PDF as a signature, naming why', async () => {
    const id = await openCase(worker);
    const script = await upload(
      worker,
      id,
      'kind=image&fileName=photo.png',
      Buffer.from('<script>alert(1)</script>'),
    );
    expect(errorOf(script).fields?.[0]).toMatchObject({ field: 'body', code: 'unsupported_type' });
    const signature = await upload(worker, id, 'kind=signature&fileName=sig.pdf', pdf, 'application/pdf');
    expect(errorOf(signature).fields?.[0]?.code).toBe('wrong_type_for_kind');
    const huge = await upload(
      worker,
      id,
      'kind=document&fileName=big.pdf',
      Buffer.concat([pdf, Buffer.alloc(2000)]),
    );
    expect(huge.statusCode).toBe(413);
    const noKind = await upload(worker, id, 'fileName=x.pdf', pdf);
    expect(errorOf(noKind).fields?.[0]?.field).toBe('querystring.kind');
    const json = await worker.post(`/api/v1/cases/${id}/attachments?kind=document&fileName=x.pdf`, { a: 1 });
    expect(json.statusCode).toBe(400);
    const file = (await worker.get(`/api/v1/cases/${id}`)).json();
    expect(file.attachments).toEqual([]);
  });

  it('hides a removed attachment with its reason, and keeps it out of reach of another office', async () => {
    const id = await openCase(worker);
    const added = await upload(worker, id, 'kind=signature&fileName=signature.png', png, 'image/png');
    const attachment = added.json().attachments[0];
    expect((await stranger.get(`/api/v1/cases/${id}/attachments/${attachment.id}`)).statusCode).toBe(404);
    expect((await upload(stranger, id, 'kind=document&fileName=x.pdf', pdf)).statusCode).toBe(404);
    const removed = await worker.post(`/api/v1/cases/${id}/attachments/${attachment.id}/removal`, {
      reason: 'Signed on the wrong form',
    });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json().attachments).toEqual([]);
    expect(removed.json().timeline.at(-1)).toMatchObject({
      kind: 'attachment_removed',
      details: { reason: 'Signed on the wrong form' },
    });
    expect((await worker.get(`/api/v1/cases/${id}/attachments/${attachment.id}`)).statusCode).toBe(404);
  });
});

describe('the S3-compatible file store', () => {
  it('writes, reads back and removes a file, and answers null for a key it does not hold', async () => {
    const server = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: mkdtempSync(join(tmpdir(), 'reintegra-s3-')),
      configureBuckets: [{ name: 'attachments', configs: [] }],
    });
    const { port } = await server.run();
    try {
      const store = s3Store({
        kind: 's3',
        endpoint: `http://127.0.0.1:${port}`,
        bucket: 'attachments',
        region: 'us-east-1',
        accessKeyId: 'S3RVER',
        secretAccessKey: 'S3RVER',
      });
      await store.put('cases/abc/def', new Uint8Array(pdf), 'application/pdf');
      expect(Buffer.from((await store.get('cases/abc/def')) ?? []).equals(pdf)).toBe(true);
      expect(await store.get('cases/abc/none')).toBeNull();
      await store.remove('cases/abc/def');
      expect(await store.get('cases/abc/def')).toBeNull();
      // Removing what is not there is no error: a second sweep after a crash finds parts already gone.
      await store.remove('cases/abc/def');
      await expect(store.put('../escape', new Uint8Array(1), 'application/pdf')).rejects.toThrow(/unsafe/);
    } finally {
      await server.close();
    }
  });
});
