import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/platform/db.ts';

/** Which database the integration suite runs on: `REINTEGRA_TEST_DB=postgres` with DATABASE_URL, else PGlite. */
export const testDatabaseKind = process.env.REINTEGRA_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

/**
 * A fresh, migrated database for one test file: PGlite in memory, or a new
 * database on the PostgreSQL server that is dropped again on close.
 */
export async function freshDatabase(): Promise<Database> {
  if (testDatabaseKind === 'pglite') return openDatabase({ kind: 'pglite', dataDir: null });
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) throw new Error('REINTEGRA_TEST_DB=postgres needs DATABASE_URL');
  const scratch = await scratchPostgres(serverUrl, 'reintegra_test');
  const database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 5 });
  return {
    ...database,
    async close() {
      await database.close();
      await scratch.drop();
    },
  };
}

/** A new, empty database on the PostgreSQL server, and the way to drop it again (tests and benchmarks). */
export async function scratchPostgres(serverUrl: string, prefix: string) {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const run = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await run(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => run(`drop database if exists ${name} with (force)`) };
}
