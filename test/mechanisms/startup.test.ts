import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
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
    [{ AUTH_JWT_SECRET: 'secret-of-31-bytes-0123456789ab', DATABASE_URL: 'sqlite::memory:' }, /AUTH_JWT_SECRET must be at least 32 bytes, got 31/],
    [{ LOG_FORMAT: 'xml', DATABASE_URL: 'sqlite::memory:' }, /LOG_FORMAT must be one of json, pretty/],
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

/**
 * Starts the real server (from source, or as `command` says) with HOST unset unless given, and returns what it
 * printed up to its ready line once the process it started has exited from a SIGTERM.
 */
async function startupOutput(env: Record<string, string>, command = [process.execPath, '--import', 'tsx', 'src/server.ts']): Promise<string> {
  const { HOST: _inheritedHost, ...inherited } = process.env;
  const child = spawn(command[0], command.slice(1), {
    env: { ...inherited, LOG_LEVEL: 'info', LOG_FORMAT: 'json', PORT: '0', DATABASE_URL: 'sqlite::memory:', WORKER: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  const exited = once(child, 'exit');
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('subscriptions inventory ready')) resolve();
      });
      void exited.then(([code]) => reject(new Error(`the server exited with ${code}: ${output}`)));
    });
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
  return output;
}

function listeningAddress(output: string): string {
  const ready = output.split('\n').find((line) => line.includes('subscriptions inventory ready'));
  return (JSON.parse(ready!) as { listening: string }).listening.replace(/:\d+$/, '');
}

test('without authentication the server listens on 127.0.0.1 only; with a key configured, or HOST set, on every interface', async () => {
  assert.equal(listeningAddress(await startupOutput({})), '127.0.0.1');
  assert.equal(listeningAddress(await startupOutput({ AUTH_JWT_SECRET: 'a-secret-of-exactly-32-bytes-0123' })), '0.0.0.0');
  assert.equal(listeningAddress(await startupOutput({ HOST: '0.0.0.0' })), '0.0.0.0');
});

test('LOG_FORMAT=pretty prints readable lines (level, message) instead of JSON objects', async () => {
  const output = await startupOutput({ LOG_FORMAT: 'pretty' });
  const ready = output.split('\n').find((line) => line.includes('subscriptions inventory ready'));
  assert.match(ready!, /^\[[\d:.]+\] INFO: subscriptions inventory ready$/);
  assert.match(output, /listening: "127\.0\.0\.1:\d+"/);
  assert.ok(output.split('\n').every((line) => !line.startsWith('{')), output);
});

test('npm start runs the built server in npm\'s place: a SIGTERM to the npm process stops the server, no orphan', async () => {
  assert.equal(spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'ignore' }).status, 0, 'npm run build');
  const output = await startupOutput({}, ['npm', 'start']);
  const ready = output.split('\n').find((line) => line.includes('subscriptions inventory ready'));
  const { pid } = JSON.parse(ready!) as { pid: number };
  const alive = () => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };
  for (let i = 0; i < 50 && alive(); i++) await new Promise((resolve) => setTimeout(resolve, 100));
  const orphan = alive();
  if (orphan) process.kill(pid, 'SIGKILL');
  assert.equal(orphan, false, `the server (pid ${pid}) outlived npm`);
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
