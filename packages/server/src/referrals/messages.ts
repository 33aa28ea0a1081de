import { createHash } from 'node:crypto';
import { safeFileName } from '@reintegra/domain';
import { and, asc, eq } from 'drizzle-orm';
import { acceptedFileType } from '../cases/attachments.ts';
import { recordCaseEvent } from '../cases/events.ts';
import { visibleCase, workableCase } from '../cases/service.ts';
import { notifyOfReferral } from '../notifications/service.ts';
import type { Actor } from '../platform/actor.ts';
import type { Db } from '../platform/db.ts';
import { AppError, notFound } from '../platform/errors.ts';
import type { FileStore } from '../platform/files.ts';
import { caseReferral, partnerReferral, type Referral } from './service.ts';
import { referralMessages } from './tables.ts';

type Side = 'caseworker' | 'partner';
export interface Evidence {
  fileName: string;
  bytes: Uint8Array;
  maxBytes: number;
}

/**
 * Adds a message to a referral, with the partner's evidence file if any, and
 * tells the other side. A draft has no other side yet. The file goes to the
 * store first, as a case's attachment does: a failure leaves an unreferenced
 * file, never a message without its file.
 */
async function write(
  db: Db,
  files: FileStore,
  referral: Referral,
  side: Side,
  authorId: string | null,
  input: { body: string; evidence: Evidence | null },
  now: Date,
) {
  if (referral.status === 'draft') throw new AppError(409, 'not_sent', 'The referral has not been sent yet');
  const id = crypto.randomUUID();
  let file = {};
  if (input.evidence) {
    const { bytes, maxBytes, fileName } = input.evidence;
    const contentType = acceptedFileType('document', bytes, maxBytes);
    const storageKey = `referrals/${referral.id}/${id}`;
    await files.put(storageKey, bytes, contentType);
    file = {
      fileName: safeFileName(fileName),
      contentType,
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      storageKey,
    };
  }
  const [message] = await db
    .insert(referralMessages)
    .values({ id, referralId: referral.id, side, authorId, body: input.body, createdAt: now, ...file })
    .returning();
  await recordCaseEvent(
    db,
    referral.caseId,
    authorId,
    'referral_message',
    { referralId: referral.id, by: side, evidence: input.evidence !== null },
    now,
  );
  await notifyOfReferral(
    db,
    referral,
    side === 'partner' ? 'message_from_partner' : 'message_from_caseworker',
    authorId,
    now,
  );
  return message as typeof referralMessages.$inferSelect;
}

function messagesOf(db: Db, referralId: string) {
  return db
    .select()
    .from(referralMessages)
    .where(eq(referralMessages.referralId, referralId))
    .orderBy(asc(referralMessages.createdAt));
}

async function fileOf(db: Db, files: FileStore, referralId: string, messageId: string) {
  const [row] = await db
    .select()
    .from(referralMessages)
    .where(and(eq(referralMessages.id, messageId), eq(referralMessages.referralId, referralId)));
  if (!row?.storageKey) throw notFound('File');
  const bytes = await files.get(row.storageKey);
  if (!bytes) throw new Error(`referral file ${messageId} is missing from the file store`);
  return { row, bytes };
}

// ---- The caseworker's side -------------------------------------------------

export async function caseworkerMessages(db: Db, actor: Actor, caseId: string, referralId: string) {
  await visibleCase(db, actor, caseId);
  await caseReferral(db, caseId, referralId);
  return messagesOf(db, referralId);
}

export async function writeAsCaseworker(
  db: Db,
  files: FileStore,
  actor: Actor,
  caseId: string,
  referralId: string,
  body: string,
  now: Date,
) {
  await workableCase(db, actor, caseId);
  const referral = await caseReferral(db, caseId, referralId);
  return write(db, files, referral, 'caseworker', actor.userId, { body, evidence: null }, now);
}

export async function caseworkerFile(
  db: Db,
  files: FileStore,
  actor: Actor,
  caseId: string,
  referralId: string,
  messageId: string,
) {
  await visibleCase(db, actor, caseId);
  await caseReferral(db, caseId, referralId);
  return fileOf(db, files, referralId, messageId);
}

// ---- The partner's side ----------------------------------------------------

export async function partnerMessages(db: Db, actor: Actor, referralId: string) {
  await partnerReferral(db, actor, referralId);
  return messagesOf(db, referralId);
}

export async function writeAsPartner(
  db: Db,
  files: FileStore,
  actor: Actor,
  referralId: string,
  input: { body: string; evidence: Evidence | null },
  now: Date,
) {
  const { referral } = await partnerReferral(db, actor, referralId);
  return write(db, files, referral, 'partner', actor.userId, input, now);
}

export async function partnerFile(
  db: Db,
  files: FileStore,
  actor: Actor,
  referralId: string,
  messageId: string,
) {
  await partnerReferral(db, actor, referralId);
  return fileOf(db, files, referralId, messageId);
}
