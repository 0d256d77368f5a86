import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import pino from 'pino';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { families } from '../../src/resources/index.js';
import { openDatabase } from '../../src/db/database.js';
import { migrateToLatest, migrationsApplied } from '../../src/db/migrate.js';
import { migrations } from '../../src/db/migrations/index.js';
import { startTestApp, testDialects } from '../helpers/app.js';
import pg from 'pg';

function start(env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: { ...process.env, LOG_LEVEL: 'silent', PORT: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
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

test('start-up logs one line per phase with its time: configuration, database, migrations, listening', async () => {
  const lines = (await startupOutput({})).split('\n').filter((line) => line.startsWith('{')).map((line) => JSON.parse(line) as { msg: string; ms?: number });
  const phases = lines.filter((line) => typeof line.ms === 'number').map((line) => line.msg);
  assert.deepEqual(phases, ['configuration read', 'database opened', 'migrations applied', 'subscriptions inventory ready']);
});

test('GET / redirects to the console, and health probes are logged at debug, other requests at info', async () => {
  const t = await startTestApp('sqlite');
  try {
    const root = await t.request('GET', '/');
    assert.equal(root.status, 302);
    assert.equal(root.headers.location, '/console');
  } finally {
    await t.close();
  }
  const lines: Array<{ level: number; msg: string; req?: { url: string }; res?: unknown }> = [];
  const config = loadConfig({ LOG_LEVEL: 'debug', DATABASE_URL: 'sqlite::memory:', WORKER: 'off' });
  const database = await openDatabase(config.database);
  await migrateToLatest(database);
  const log = pino({ level: 'debug' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  const app = await buildApp({ config, database, families, log });
  try {
    await app.inject({ method: 'GET', url: '/health/live' });
    await app.inject({ method: 'GET', url: '/health/ready' });
    await app.inject({ method: 'GET', url: '/errors' });
  } finally {
    await app.close();
    await database.close();
  }
  const requestLines = lines.filter((line) => line.msg === 'incoming request' || line.msg === 'request completed');
  const levelsOf = (url: string) => {
    const ids = new Set(requestLines.filter((line) => line.req?.url === url).map((line) => (line as { reqId?: string }).reqId));
    return requestLines.filter((line) => ids.has((line as { reqId?: string }).reqId)).map((line) => line.level);
  };
  assert.deepEqual(levelsOf('/health/live'), [20, 20], 'debug');
  assert.deepEqual(levelsOf('/health/ready'), [20, 20], 'debug');
  assert.deepEqual(levelsOf('/errors'), [30, 30], 'info');
});

test('an SQLite data folder the process cannot write stops the start with one line naming the folder and the uid', () => {
  const parent = mkdtempSync(path.join(os.tmpdir(), 'unwritable-'));
  const folder = path.join(parent, 'data');
  mkdirSync(folder);
  chmodSync(parent, 0o755);
  chmodSync(folder, 0o555);
  // root writes anywhere: run the server as nobody then, like the image's node user on a volume it does not own.
  const asRoot = process.getuid?.() === 0;
  const nobody = asRoot ? { uid: Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout), gid: Number(spawnSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).stdout) } : {};
  try {
    const result = spawnSync(process.execPath, ['dist/server.js'], {
      env: { ...process.env, LOG_LEVEL: 'silent', PORT: '0', DATABASE_URL: `sqlite:${folder}/inventory.sqlite` },
      encoding: 'utf8',
      timeout: 30_000,
      ...nobody,
    });
    assert.equal(result.status, 1, result.stderr);
    const uid = asRoot ? nobody.uid : process.getuid?.();
    assert.equal(result.stderr.trim(), `inventory: the SQLite data folder ${folder} is not writable by uid ${uid} (gid ${asRoot ? nobody.gid : process.getgid?.()}) (EACCES): give that user write access to it (e.g. chown ${uid} ${folder}), or set DATABASE_URL elsewhere`);
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
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
