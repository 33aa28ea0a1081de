import { mkdir, readFile, rename, rmdir, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { AwsClient } from 'aws4fetch';

/**
 * Where attached files live: a folder on the server's disk, or a bucket of an
 * S3-compatible store. Files are written once under a key the server makes
 * (never a user's file name) and never overwritten. Attached files are never
 * removed; exports are, once past their day.
 */
export interface FileStore {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The file's bytes, or null when the store has no such key. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the file; a key the store does not hold is no error. */
  remove(key: string): Promise<void>;
}

export type FileStoreConfig =
  | { kind: 'disk'; dir: string }
  | {
      kind: 's3';
      /** e.g. https://s3.eu-west-1.amazonaws.com or http://127.0.0.1:9000; addressed path-style. */
      endpoint: string;
      bucket: string;
      region: string;
      accessKeyId: string;
      secretAccessKey: string;
    };

/** Keys are made by the server from ids; this refuses anything that could leave the folder. */
function checkedKey(key: string): string {
  if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(key)) throw new Error(`unsafe file key "${key}"`);
  return key;
}

export function diskStore(dir: string): FileStore {
  const root = resolve(dir);
  return {
    async put(key, bytes) {
      const path = join(root, checkedKey(key));
      await mkdir(dirname(path), { recursive: true });
      // Written beside, then renamed: a crash never leaves half a file under the real key.
      await writeFile(`${path}.partial`, bytes, { flag: 'wx' });
      await rename(`${path}.partial`, path);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(join(root, checkedKey(key))));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async remove(key) {
      const path = join(root, checkedKey(key));
      await unlink(path).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      // The folder a key made goes with its last file; one still holding files stays.
      await rmdir(dirname(path)).catch(() => undefined);
    },
  };
}

export function s3Store(config: Extract<FileStoreConfig, { kind: 's3' }>): FileStore {
  const client = new AwsClient({
    accessKeyId: config.accessKeyId,
    secretAccessKey: config.secretAccessKey,
    service: 's3',
    region: config.region,
  });
  const url = (key: string) =>
    `${config.endpoint.replace(/\/$/, '')}/${encodeURIComponent(config.bucket)}/${checkedKey(key)}`;
  return {
    async put(key, bytes, contentType) {
      const res = await client.fetch(url(key), {
        method: 'PUT',
        body: bytes,
        headers: { 'content-type': contentType },
      });
      if (!res.ok) throw new Error(`file store refused the upload: HTTP ${res.status}`);
    },
    async get(key) {
      const res = await client.fetch(url(key));
      if (res.status === 404) return null;
      if (!res.ok) throw new Error(`file store refused the download: HTTP ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    },
    async remove(key) {
      const res = await client.fetch(url(key), { method: 'DELETE' });
      if (!res.ok && res.status !== 404)
        throw new Error(`file store refused the removal: HTTP ${res.status}`);
    },
  };
}

export function openFileStore(config: FileStoreConfig): FileStore {
  return config.kind === 'disk' ? diskStore(config.dir) : s3Store(config);
}
