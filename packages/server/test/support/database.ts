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
  const name = `reintegra_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  return {
    ...database,
    async close() {
      await database.close();
      const dropper = new pg.Client({ connectionString: serverUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}
