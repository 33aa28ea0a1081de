import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { type ExtractTablesWithRelations, type SQL, sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

type Schema = typeof schema;
/** A database handle or an open transaction: services accept either. */
export type Db =
  | PgDatabase<PgQueryResultHKT, Schema>
  | PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: PgDatabase<PgQueryResultHKT, Schema>;
  kind: DatabaseKind;
  close(): Promise<void>;
}

export type DatabaseConfig =
  | { kind: 'pglite'; dataDir: string | null /* null: in memory */ }
  | { kind: 'postgres'; url: string; poolSize: number };

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Opens the embedded or the server database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'pglite') {
    const client = await PGlite.create({
      ...(config.dataDir ? { dataDir: config.dataDir } : {}),
      extensions: { pg_trgm, fuzzystrmatch, unaccent },
    });
    const db = drizzlePglite({ client, schema, casing: 'snake_case' });
    await migratePglite(db, { migrationsFolder });
    return { db, kind: 'pglite', close: () => client.close() };
  }
  const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize });
  // An idle connection that the server ends (a restart, a failover) must not bring the process down:
  // the pool drops it and opens another on the next query.
  pool.on('error', (err) => process.emitWarning(`PostgreSQL connection lost: ${err.message}`));
  const db = drizzlePg({ client: pool, schema, casing: 'snake_case' });
  await migratePg(db, { migrationsFolder });
  return { db, kind: 'postgres', close: () => pool.end() };
}

/**
 * A text[] parameter. Drizzle spreads a JS array into a row of parameters,
 * which PostgreSQL cannot cast to an array; this builds `array[$1, $2]::text[]`.
 */
export function textArray(values: readonly string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/**
 * Runs queries one after the other and gives their results as Promise.all
 * would. A request's queries share one transaction, so one connection: pg
 * queues overlapping queries on a connection with a deprecation warning, and
 * its next major version refuses them. Drizzle's queries start when awaited,
 * so they are passed unstarted.
 */
export async function inTurn<T extends readonly unknown[] | []>(
  queries: T,
): Promise<{ -readonly [K in keyof T]: Awaited<T[K]> }> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as { -readonly [K in keyof T]: Awaited<T[K]> };
}
