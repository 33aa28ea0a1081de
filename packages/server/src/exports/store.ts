import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { FileStore } from '../platform/files.ts';
import type { ByteSink } from './writers.ts';

// An export is kept in the file store as parts of a few megabytes, each
// encrypted (AES-256-GCM) with a key made for that export and kept only in
// the database. The store takes whole files, so parts keep memory flat while
// a file of hundreds of megabytes is written. An export is removed by
// erasing its key, after which its parts are noise, then by removing the
// parts to free the space (service.ts, forgetExpiredExports). At rest, in a
// bucket or on a disk, an export of people's names is never readable on its own.

const partBytes = 4 * 1024 * 1024;
const tagBytes = 16;

export const newExportKey = () => randomBytes(32);

const partKey = (exportId: string, n: number) => `exports/${exportId}/part-${n}`;

/** A nonce from the part's number: unique under a key that encrypts one export only. */
function nonceOf(n: number): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeUInt32BE(n, 8);
  return nonce;
}

/** A sink that cuts what it is given into encrypted parts in the store. */
export function storeSink(files: FileStore, exportId: string, key: Buffer) {
  let buffered: Uint8Array[] = [];
  let bufferedBytes = 0;
  let parts = 0;
  let bytes = 0;
  const putPart = async (plain: Buffer) => {
    const cipher = createCipheriv('aes-256-gcm', key, nonceOf(parts));
    const sealed = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
    await files.put(partKey(exportId, parts), sealed, 'application/octet-stream');
    parts += 1;
  };
  const sink = {
    async write(chunk: Uint8Array) {
      buffered.push(chunk);
      bufferedBytes += chunk.length;
      bytes += chunk.length;
      while (bufferedBytes >= partBytes) {
        const all = Buffer.concat(buffered);
        await putPart(all.subarray(0, partBytes));
        const rest = all.subarray(partBytes);
        buffered = rest.length ? [rest] : [];
        bufferedBytes = rest.length;
      }
    },
    /** Stores the last part; returns how many parts and bytes the file has. */
    async close() {
      if (bufferedBytes > 0 || parts === 0) await putPart(Buffer.concat(buffered));
      buffered = [];
      bufferedBytes = 0;
      return { parts, bytes };
    },
  };
  return sink satisfies ByteSink;
}

/** Removes an export's parts from the store. */
export async function removeStored(files: FileStore, exportId: string, parts: number) {
  for (let n = 0; n < parts; n += 1) await files.remove(partKey(exportId, n));
}

/** The export's bytes, part by part, decrypted as they are read; a tampered part stops the download. */
export async function* readStored(files: FileStore, exportId: string, key: Buffer, parts: number) {
  for (let n = 0; n < parts; n += 1) {
    const sealed = await files.get(partKey(exportId, n));
    if (!sealed) throw new Error(`export ${exportId} lost its part ${n}`);
    const decipher = createDecipheriv('aes-256-gcm', key, nonceOf(n));
    decipher.setAuthTag(sealed.subarray(sealed.length - tagBytes));
    yield Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - tagBytes)), decipher.final()]);
  }
}
