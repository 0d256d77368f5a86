import { randomUUID } from 'node:crypto';
import { after, before, describe } from 'node:test';
import pg from 'pg';
import { parseDatabaseUrl } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';

export type TestDialect = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL when TEST_DATABASE_URL is set (scripts/test.ts sets it, starting one if needed). */
export function testDialects(): TestDialect[] {
  const only = process.env.TEST_DIALECT || undefined;
  // A misspelt dialect would quietly select none, and every dialect suite of the file would vanish.
  if (only !== undefined && only !== 'sqlite' && only !== 'postgres') throw new Error(`TEST_DIALECT=${only} is not a dialect: use sqlite or postgres, or leave it unset`);
  const all: TestDialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
  return only ? all.filter((dialect) => dialect === only) : all;
}

/** A fresh PostgreSQL database for one test file, dropped when it closes. */
export async function freshPostgres(): Promise<{ url: string; drop: () => Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `inventory_test_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export interface TestDatabase {
  database: Database;
  dialect: TestDialect;
}

/**
 * Runs a suite of the core's unit tests once per database, on a migrated database and no app: the core is tested
 * without loading the service (a mutation run starts such a file once per mutant).
 */
export function forEachDatabase(name: string, body: (t: TestDatabase) => void): void {
  for (const dialect of testDialects()) {
    describe(`${name} [${dialect}]`, () => {
      const holder = { dialect } as TestDatabase;
      let drop: (() => Promise<void>) | undefined;
      before(async () => {
        const postgres = dialect === 'postgres' ? await freshPostgres() : undefined;
        drop = postgres?.drop;
        holder.database = await openDatabase(parseDatabaseUrl(postgres ? postgres.url : 'sqlite::memory:'), { poolSize: 20 });
        await migrateToLatest(holder.database);
      });
      after(async () => {
        await holder.database?.close();
        await drop?.();
      });
      body(holder);
    });
  }
}
