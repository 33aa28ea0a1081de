import { describe, expect, it } from 'vitest';
import { checkAttachment, detectFileType, safeFileName } from './attachments.ts';

const pdf = new TextEncoder().encode('%PDF-1.7\n...');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const exe = new TextEncoder().encode('MZ\x90\x00 this is not a picture');

describe('attachments', () => {
  it('reads the type from the first bytes', () => {
    expect(detectFileType(pdf)).toBe('application/pdf');
    expect(detectFileType(png)).toBe('image/png');
    expect(detectFileType(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(detectFileType(new TextEncoder().encode('RIFF\x00\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
    expect(detectFileType(exe)).toBeNull();
  });

  it('refuses empty, oversized, unknown and mismatched files, naming why', () => {
    expect(checkAttachment('document', pdf, 1000)).toEqual({ ok: true, type: 'application/pdf' });
    expect(checkAttachment('document', new Uint8Array(), 1000)).toEqual({ ok: false, refusal: 'empty' });
    expect(checkAttachment('document', pdf, 5)).toEqual({ ok: false, refusal: 'too_large' });
    expect(checkAttachment('image', exe, 1000)).toEqual({ ok: false, refusal: 'unsupported_type' });
    expect(checkAttachment('signature', pdf, 1000)).toEqual({ ok: false, refusal: 'wrong_type_for_kind' });
  });

  it('keeps only the base name, without control characters or quotes', () => {
    expect(safeFileName('C:\\Users\\x\\passport "scan".pdf')).toBe('passport scan.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('\u0000')).toBe('file');
    expect(safeFileName('جواز.pdf')).toBe('جواز.pdf');
  });
});
