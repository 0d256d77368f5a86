import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import { openDatabase } from '../../src/db/database.js';
import { migrateToLatest, migrationsApplied } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations/index.js';
import { testDialects } from '../helpers/app.js';
import pg from 'pg';

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, LOG_LEVEL: 'silent', PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

test('the server refuses to start with one readable line on a bad configuration', () => {
  const cases: Array<[Record<string, string>, RegExp]> = [
    [{ DATABASE_URL: 'mysql://localhost/db' }, /unknown dialect "mysql"/],
    [{ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }, /cannot connect to PostgreSQL/],
    [{ NODE_ENV: 'production', DATABASE_URL: 'sqlite::memory:' }, /AUTH_JWT_SECRET or AUTH_JWKS_URL/],
    [{ PORT: 'eighty', DATABASE_URL: 'sqlite::memory:' }, /PORT must be an integer/],
  ];
  for (const [env, message] of cases) {
    const result = start(env);
    assert.equal(result.status, 1, JSON.stringify(env));
    const lines = result.stderr.trim().split('\n');
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0], message);
    assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
  }
});

for (const dialect of testDialects()) {
  test(`migrations bring a fresh ${dialect} database to head, and running them again changes nothing`, async () => {
    let url = 'sqlite::memory:';
    let drop = async () => undefined as void;
    if (dialect === 'postgres') {
      const name = `inventory_migrate_${Date.now()}`;
      const admin = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const target = new URL(process.env.TEST_DATABASE_URL!);
      target.pathname = `/${name}`;
      url = target.toString();
      drop = async () => {
        const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
        await client.connect();
        await client.query(`drop database ${name} with (force)`);
        await client.end();
      };
    }
    const database = await openDatabase(dialect === 'postgres' ? { dialect, url } : { dialect, file: ':memory:' });
    try {
      assert.equal(await migrationsApplied(database).catch(() => false), false);
      await migrateToLatest(database);
      await migrateToLatest(database);
      assert.equal(await migrationsApplied(database), true);
      const applied = await database.db.withTables<{ kysely_migration: { name: string } }>().selectFrom('kysely_migration').select('name').orderBy('name').execute();
      assert.deepEqual(applied.map((row) => row.name), Object.keys(migrations));
    } finally {
      await database.close();
      await drop();
    }
  });
}
