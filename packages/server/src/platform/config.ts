import { defaultMinCount } from '@reintegra/domain';
import type { DatabaseConfig } from './db.ts';
import type { FileStoreConfig } from './files.ts';

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Cookies marked Secure: on whenever Reintegra is served over HTTPS. */
  secureCookies: boolean;
  /** A session ends after this long without a request… */
  sessionIdleMinutes: number;
  /** …and after this long in any case. */
  sessionAbsoluteHours: number;
  /** Failed sign-ins in a row before an account is locked, and for how long. */
  lockoutThreshold: number;
  lockoutMinutes: number;
  /** Sign-in attempts allowed per client address per minute. */
  loginRateLimitPerMinute: number;
  /** Where the built web app is; null when the API runs alone. */
  webRoot: string | null;
  logLevel: string;
  /** Where attachments are kept. */
  files: FileStoreConfig;
  /** The largest attachment accepted, in bytes. */
  attachmentMaxBytes: number;
  /** No figure resting on fewer returnees than this is shown (small-cell suppression). */
  minCellCount: number;
  /** The address users reach Reintegra at, for links in e-mails. */
  publicUrl: string;
  /** The SMTP server notifications are e-mailed through; null sends none. */
  mail: MailConfig | null;
}

export interface MailConfig {
  /** smtp://user:password@host:port, or smtps:// for TLS from the start. */
  url: string;
  from: string;
}

function required(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} must be set when REINTEGRA_FILES=s3`);
  return value;
}

function filesFromEnv(env: NodeJS.ProcessEnv): FileStoreConfig {
  const kind = env.REINTEGRA_FILES ?? 'disk';
  if (kind === 'disk') return { kind, dir: env.REINTEGRA_FILES_DIR ?? './files' };
  if (kind !== 's3') throw new Error(`REINTEGRA_FILES must be disk or s3, got "${kind}"`);
  return {
    kind,
    endpoint: required(env, 'REINTEGRA_S3_ENDPOINT'),
    bucket: required(env, 'REINTEGRA_S3_BUCKET'),
    region: env.REINTEGRA_S3_REGION ?? 'us-east-1',
    accessKeyId: required(env, 'REINTEGRA_S3_ACCESS_KEY_ID'),
    secretAccessKey: required(env, 'REINTEGRA_S3_SECRET_ACCESS_KEY'),
  };
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

function mailFromEnv(env: NodeJS.ProcessEnv): MailConfig | null {
  const url = env.REINTEGRA_SMTP_URL;
  if (!url) return null;
  if (!/^smtps?:\/\//.test(url)) throw new Error('REINTEGRA_SMTP_URL must start with smtp:// or smtps://');
  return { url, from: env.REINTEGRA_MAIL_FROM ?? 'Reintegra <reintegra@localhost>' };
}

export function configFromEnv(env: NodeJS.ProcessEnv, webRoot: string | null): Config {
  const url = env.DATABASE_URL;
  const port = int(env, 'PORT', 3000);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    database: url
      ? { kind: 'postgres', url, poolSize: int(env, 'DATABASE_POOL_SIZE', 10) }
      : { kind: 'pglite', dataDir: env.REINTEGRA_DATA_DIR ?? './data' },
    secureCookies: env.REINTEGRA_SECURE_COOKIES === 'true',
    sessionIdleMinutes: int(env, 'REINTEGRA_SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: int(env, 'REINTEGRA_SESSION_ABSOLUTE_HOURS', 12),
    lockoutThreshold: int(env, 'REINTEGRA_LOCKOUT_THRESHOLD', 5),
    lockoutMinutes: int(env, 'REINTEGRA_LOCKOUT_MINUTES', 15),
    loginRateLimitPerMinute: int(env, 'REINTEGRA_LOGIN_RATE_LIMIT', 20),
    webRoot,
    logLevel: env.LOG_LEVEL ?? 'info',
    files: filesFromEnv(env),
    attachmentMaxBytes: int(env, 'REINTEGRA_ATTACHMENT_MAX_BYTES', 10 * 1024 * 1024),
    minCellCount: int(env, 'REINTEGRA_MIN_CELL_COUNT', defaultMinCount),
    publicUrl: (env.REINTEGRA_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    mail: mailFromEnv(env),
  };
}
