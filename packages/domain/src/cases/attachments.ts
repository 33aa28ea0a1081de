// What may be attached to a case file: documents, images and signatures, of a
// few types a caseworker's phone or scanner makes. The type is read from the
// file's first bytes, never taken from its name or from what the browser
// claims, so that nothing executable or unreadable is stored as a "photo".

export const attachmentKinds = ['document', 'image', 'signature'] as const;
export type AttachmentKind = (typeof attachmentKinds)[number];

export const attachmentTypes = ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'] as const;
export type AttachmentType = (typeof attachmentTypes)[number];

/** Which types each kind accepts: a signature is a picture of one, a document may be scanned as an image. */
export const typesByKind: Record<AttachmentKind, readonly AttachmentType[]> = {
  document: attachmentTypes,
  image: ['image/png', 'image/jpeg', 'image/webp'],
  signature: ['image/png', 'image/jpeg', 'image/webp'],
};

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((b, i) => bytes[at + i] === b);

/** The file's type from its first bytes, or null when it is none of the accepted ones. */
export function detectFileType(bytes: Uint8Array): AttachmentType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // RIFF....WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) {
    return 'image/webp';
  }
  return null;
}

export type AttachmentRefusal = 'empty' | 'too_large' | 'unsupported_type' | 'wrong_type_for_kind';

/** Whether a file may be attached as this kind, within the size limit. */
export function checkAttachment(
  kind: AttachmentKind,
  bytes: Uint8Array,
  maxBytes: number,
): { ok: true; type: AttachmentType } | { ok: false; refusal: AttachmentRefusal } {
  if (bytes.length === 0) return { ok: false, refusal: 'empty' };
  if (bytes.length > maxBytes) return { ok: false, refusal: 'too_large' };
  const type = detectFileType(bytes);
  if (!type) return { ok: false, refusal: 'unsupported_type' };
  if (!typesByKind[kind].includes(type)) return { ok: false, refusal: 'wrong_type_for_kind' };
  return { ok: true, type };
}

/** A file name safe to store and to send back in a download header: no folders, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\p{Cc}"]/gu, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'file';
}
