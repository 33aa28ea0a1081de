import { createHash } from 'node:crypto';
import {
  type AttachmentKind,
  type AttachmentRefusal,
  checkAttachment,
  safeFileName,
} from '@reintegra/domain';
import { and, eq, isNull } from 'drizzle-orm';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { invalidField, notFound } from '../platform/errors.ts';
import type { FileStore } from '../platform/files.ts';
import { recordCaseEvent } from './events.ts';
import { touchCase, visibleCase, workableCase } from './service.ts';
import { caseAttachments } from './tables.ts';

const refusals: Record<AttachmentRefusal, string> = {
  empty: 'The file is empty',
  too_large: 'The file is larger than allowed',
  unsupported_type: 'Attach a PDF, PNG, JPEG or WebP file',
  wrong_type_for_kind: 'An image or a signature must be a picture (PNG, JPEG or WebP)',
};

/** The file's type, read from its bytes, or a 400 saying why it is refused. */
export function acceptedFileType(kind: AttachmentKind, bytes: Uint8Array, maxBytes: number) {
  const verdict = checkAttachment(kind, bytes, maxBytes);
  if (verdict.ok) return verdict.type;
  const limit = verdict.refusal === 'too_large' ? ` (${Math.floor(maxBytes / 1024 / 1024)} MB)` : '';
  throw invalidField('body', verdict.refusal, `${refusals[verdict.refusal]}${limit}`);
}

/**
 * Stores a file and attaches it to a case. The bytes go to the store first,
 * under a fresh key: if the database then fails, an unreferenced file is left,
 * never a record without its file.
 */
export async function attachFile(
  db: Db,
  files: FileStore,
  actor: Actor,
  caseId: string,
  input: { kind: AttachmentKind; fileName: string; description: string; bytes: Uint8Array; maxBytes: number },
  now: Date,
) {
  await workableCase(db, actor, caseId);
  const type = acceptedFileType(input.kind, input.bytes, input.maxBytes);
  const id = crypto.randomUUID();
  const storageKey = `cases/${caseId}/${id}`;
  await files.put(storageKey, input.bytes, type);
  const [row] = await db
    .insert(caseAttachments)
    .values({
      id,
      caseId,
      kind: input.kind,
      contentType: type,
      fileName: safeFileName(input.fileName),
      description: input.description,
      size: input.bytes.length,
      sha256: createHash('sha256').update(input.bytes).digest('hex'),
      storageKey,
      uploadedBy: actor.userId,
      uploadedAt: now,
    })
    .returning();
  await touchCase(db, caseId, now);
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'attachment_added',
    { kind: input.kind, attachmentId: id },
    now,
  );
  return row;
}

/** An attachment of a case the actor may read, with its bytes. */
export async function readAttachment(db: Db, files: FileStore, actor: Actor, caseId: string, id: string) {
  await visibleCase(db, actor, caseId);
  const [row] = await db
    .select()
    .from(caseAttachments)
    .where(
      and(eq(caseAttachments.id, id), eq(caseAttachments.caseId, caseId), isNull(caseAttachments.removedAt)),
    );
  if (!row) throw notFound('Attachment');
  const bytes = await files.get(row.storageKey);
  if (!bytes) throw new Error(`attachment ${id} is missing from the file store`);
  return { row, bytes };
}

/** Hides an attachment from the case file, with a reason; the file itself is kept. */
export async function removeAttachment(
  db: Db,
  actor: Actor,
  caseId: string,
  id: string,
  reason: string,
  now: Date,
) {
  await workableCase(db, actor, caseId);
  const [row] = await db
    .update(caseAttachments)
    .set({ removedBy: actor.userId, removedAt: now, removalReason: reason })
    .where(
      and(eq(caseAttachments.id, id), eq(caseAttachments.caseId, caseId), isNull(caseAttachments.removedAt)),
    )
    .returning();
  if (!row) throw notFound('Attachment');
  await touchCase(db, caseId, now);
  await recordCaseEvent(
    db,
    caseId,
    actor.userId,
    'attachment_removed',
    { kind: row.kind, attachmentId: id, reason },
    now,
  );
}
