import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { seed } from '../scripts/seed.js';
import { parseDatabaseUrl } from '../src/config.js';
import type { CeilingMessage, RecordedResponse } from './ceiling-server.js';
import { activeLines } from './dataset.js';
import { explainScenarios, type ScenarioPlans } from './explain.js';
import { freePort } from './processes.js';
import { batchTable, benchBatch, type BatchResult } from './batch.js';
import { benchFairness, fairnessTable, type FairnessResult } from './fairness.js';
import { benchStreams, exportTable, streamsTable, type StreamsResult } from './streams.js';
import { SCENARIOS, defaultContext, type BenchRequest, type Scenario, type ScenarioContext } from './scenarios.js';
import { postgresCeiling, sqliteCeiling, type LoopResult, type StorageCeiling } from './storage.js';

/**
 * `npm run bench`: the built service (dist/server.js, in its own process) under autocannon, on SQLite and on
 * PostgreSQL, each on a fresh database this runner creates, seeds and drops. Every figure comes with its
 * ceilings measured in the same run: the HTTP ceiling (bench/ceiling-server.ts answering the recorded bytes)
 * and the storage ceiling (bench/storage.ts running the scenario's query on the driver). See bench/README.md.
 */

type Dialect = 'sqlite' | 'postgres';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    dialects: { type: 'string', default: 'sqlite,postgres' },
    tiers: { type: 'string' },
    'with-1m': { type: 'boolean', default: false },
    scenarios: { type: 'string' },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '50' },
    lines: { type: 'string' },
    'batch-lines': { type: 'string', default: '20000' },
    'idle-lines': { type: 'string', default: '100000' },
    'postgres-url': { type: 'string' },
    'log-level': { type: 'string', default: 'warn' },
    'no-explain': { type: 'boolean', default: false },
    'update-readme': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    'server-log': { type: 'string' },
    output: { type: 'string', default: 'latest' },
    from: { type: 'string' },
    before: { type: 'string' },
    'history-floor': { type: 'boolean', default: false },
    seeded: { type: 'string' },
    'export-rounds': { type: 'string', default: '2' },
    'no-export-gzip': { type: 'boolean', default: false },
  },
});

function count(text: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(text.trim());
  if (!match) throw new Error(`not a count: ${text} (use e.g. 10000, 10k, 1m)`);
  return Math.round(Number(match[1]) * ({ '': 1, k: 1_000, m: 1_000_000 } as Record<string, number>)[match[2].toLowerCase()]);
}

const quick = args.quick;
const settings = {
  dialects: args.dialects.split(',').map((d) => d.trim()) as Dialect[],
  tiers: (args.tiers ?? (quick ? '1k' : args['with-1m'] ? '10k,100k,1m' : '10k,100k')).split(',').map(count).sort((a, b) => a - b),
  duration: Number(args.duration ?? (quick ? 1 : 10)),
  /** A ceiling is steadier than the service: half the time suffices. */
  ceilingSeconds: Number(args.duration ?? (quick ? 1 : 10)) / 2,
  warmup: Number(args.warmup ?? (quick ? 0.5 : 2)),
  storageSeconds: quick ? 0.25 : 5,
  /** Extra short runs of each read scenario on every tier; the tier table keeps the best p50. */
  tierRuns: 3,
  tierSeconds: 3,
  connections: Number(args.connections),
  lines: Number(args.lines ?? (quick ? 100 : 2000)),
  postgresUrl: args['postgres-url'] ?? process.env.BENCH_POSTGRES_URL ?? process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  /** The service's pool size: the PostgreSQL storage ceiling runs as many clients. */
  postgresPool: 10,
  /** `--seeded sqlite:<file>,postgres://…/<db>`: databases seeded beforehand (`npm run seed`), used as they are and kept. */
  seeded: Object.fromEntries((args.seeded ?? '').split(',').filter(Boolean).map((url) => [url.startsWith('sqlite:') ? 'sqlite' : 'postgres', url.trim()])) as Partial<Record<Dialect, string>>,
};
for (const dialect of settings.dialects) if (dialect !== 'sqlite' && dialect !== 'postgres') throw new Error(`unknown dialect ${dialect}`);
const selected = args.scenarios ? SCENARIOS.filter((s) => args.scenarios!.split(',').includes(s.name)) : SCENARIOS;
/** The fairness scenario (bench/fairness.ts) runs its own service, with the worker on: part of a full run, or named. */
const fairnessSelected = args.scenarios ? args.scenarios.split(',').includes('fairness') : !quick;
/** The batch scenario (bench/batch.ts) also runs its own service, with the worker on. */
const batchSelected = args.scenarios ? args.scenarios.split(',').includes('batch') : !quick;
/** Cursor paging, the export and the rehearsal (bench/streams.ts): their own service and database, on every tier. */
const streamsSelected = {
  paging: args.scenarios ? args.scenarios.split(',').includes('cursor-paging') : !quick,
  export: args.scenarios ? args.scenarios.split(',').includes('export') : !quick,
  rehearsal: args.scenarios ? args.scenarios.split(',').includes('rehearsal') : !quick,
};

const RESULTS_DIR = path.resolve('bench/results');
const cleanups: Array<() => Promise<void> | void> = [];

// ── The built service ─────────────────────────────────────────────────────────────────────────────

function newestMtime(directory: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** `npm start` builds before it runs: so does the benchmark, when src/ is newer than dist/ (in each checkout). */
function ensureBuilt(checkout = '.'): void {
  const server = path.join(checkout, 'dist/server.js');
  const built = fs.existsSync(server) ? fs.statSync(server).mtimeMs : 0;
  if (built >= newestMtime(path.join(checkout, 'src'))) return;
  console.error(`bench: building ${checkout} (npm run build)…`);
  const result = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', cwd: checkout });
  // tsc still emits on type errors: a half-finished family elsewhere must not stop the measurement of the rest.
  if (result.status !== 0 && !fs.existsSync(server)) throw new Error('npm run build failed');
  if (result.status !== 0) console.error('bench: the build reported errors; benchmarking what it emitted');
}

interface RunningServer {
  url: string;
  pid: number;
  /** PostgreSQL: the queries (round trips) the server has sent so far (bench/count-queries.mjs). */
  queries?(): Promise<number | undefined>;
  /** PostgreSQL: the CPU ms the database's backends serving this database have used so far (where /proc shows them). */
  backendCpu?(): Promise<number | undefined>;
  /** The last lines the server printed (its log at LOG_LEVEL). */
  output(): string;
  stop(): Promise<void>;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function startServer(databaseUrl: string, label: string, env: Record<string, string> = {}, checkout = '.'): Promise<RunningServer> {
  const port = await freePort();
  const nodeArgs = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.join(RESULTS_DIR, 'profiles')}`, `--cpu-prof-name=${label}.cpuprofile`] : [];
  const counted = databaseUrl.startsWith('postgres');
  if (counted) nodeArgs.push('--import', pathToFileURL(path.resolve('bench/count-queries.mjs')).href);
  const child = spawn(process.execPath, [...nodeArgs, 'dist/server.js'], {
    cwd: checkout,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: databaseUrl, WORKER: 'off', LOG_LEVEL: args['log-level'], ...env },
    stdio: ['ignore', 'pipe', 'pipe', ...(counted ? (['ipc'] as const) : [])],
  });
  const queries = counted ? () => askQueries(child) : undefined;
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
    if (args['server-log']) fs.appendFileSync(args['server-log'], chunk);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const stop = () => stopChild(child);
  cleanups.push(stop);
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}): ${output}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return { url, pid: child.pid!, output: () => output, stop, queries, backendCpu: counted ? () => backendCpuMs(databaseUrl) : undefined };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`the server did not become ready in 60 s: ${output}`);
}

function askQueries(child: ChildProcess): Promise<number | undefined> {
  if (!child.connected) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), 2000);
    child.once('message', (message: { queries?: number }) => {
      clearTimeout(timer);
      resolve(message.queries);
    });
    child.send('queries');
  });
}

/**
 * The CPU time the PostgreSQL backends connected to a database have used so far (its server on this machine): where a
 * trigger's work is done. The service's pool keeps its connections, so the difference over a run is its backends' work.
 */
async function backendCpuMs(databaseUrl: string): Promise<number | undefined> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>('select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    let total = 0;
    for (const { pid } of rows) {
      const used = cpuMs(pid);
      if (used === undefined) return undefined;
      total += used;
    }
    return total;
  } finally {
    await client.end();
  }
}

/** CPU time (user + system) a process has used so far, in ms; undefined off Linux. */
function cpuMs(pid: number): number | undefined {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th, in clock ticks (100/s).
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** Peak resident memory of a process while `work` runs (Linux /proc; elsewhere `ps`). */
async function peakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; rssMb: number }> {
  let peak = 0;
  const sample = () => {
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
    } catch {
      const ps = spawnSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' });
      peak = Math.max(peak, Number(ps.stdout.trim() || 0) / 1024);
    }
  };
  sample();
  const timer = setInterval(sample, 200);
  try {
    const result = await work();
    sample();
    return { result, rssMb: peak };
  } finally {
    clearInterval(timer);
  }
}

// ── Databases: created fresh, dropped at the end ─────────────────────────────────────────────────────

interface BenchDatabase {
  url: string;
  storage(): StorageCeiling;
  /** Stops the history triggers (migrations/0016_history.ts) until the returned function restores them. */
  withoutHistory(): Promise<() => Promise<void>>;
  drop(): Promise<void>;
}

let createdDatabases = 0;

/** A fresh database, empty or a copy of another one (which nothing may be connected to). */
async function createDatabase(dialect: Dialect, copyOf?: BenchDatabase): Promise<BenchDatabase> {
  const seeded = copyOf ? undefined : settings.seeded[dialect];
  if (seeded) {
    // Seeding 1M lines takes longer than the runs: a database seeded once serves every run (grown to each tier if smaller).
    const file = seeded.slice('sqlite:'.length);
    const storage = () => (dialect === 'sqlite' ? sqliteCeiling(file) : postgresCeiling(seeded, settings.postgresPool));
    const withoutHistory = () => (dialect === 'sqlite' ? sqliteWithoutHistory(file) : postgresWithoutHistory(seeded));
    return { url: seeded, storage, withoutHistory, drop: async () => undefined };
  }
  if (dialect === 'sqlite') {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'inventory-bench-'));
    const file = path.join(directory, 'bench.sqlite');
    const source = copyOf?.url.slice('sqlite:'.length);
    if (source) for (const suffix of ['', '-wal']) if (fs.existsSync(source + suffix)) fs.copyFileSync(source + suffix, file + suffix);
    const drop = async () => fs.rmSync(directory, { recursive: true, force: true });
    cleanups.push(drop);
    return { url: `sqlite:${file}`, storage: () => sqliteCeiling(file), withoutHistory: () => sqliteWithoutHistory(file), drop };
  }
  const name = `inventory_bench_${process.pid}_${Date.now().toString(36)}_${createdDatabases++}`;
  const admin = new pg.Client({ connectionString: settings.postgresUrl });
  await admin.connect();
  await admin.query(`create database ${name}${copyOf ? ` template ${new URL(copyOf.url).pathname.slice(1)}` : ''}`);
  await admin.end();
  const url = new URL(settings.postgresUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const client = new pg.Client({ connectionString: settings.postgresUrl });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  };
  cleanups.push(drop);
  return { url: url.toString(), storage: () => postgresCeiling(url.toString(), settings.postgresPool), withoutHistory: () => postgresWithoutHistory(url.toString()), drop };
}

const HISTORY_TRIGGERS = '%_keep_past_state';

/** SQLite has no disabled triggers: they are dropped and created again from their own text. */
async function sqliteWithoutHistory(file: string): Promise<() => Promise<void>> {
  const { default: Sqlite } = await import('better-sqlite3');
  const db = new Sqlite(file);
  const triggers = db.prepare(`select name, sql from sqlite_master where type = 'trigger' and name like ?`).all(HISTORY_TRIGGERS) as Array<{ name: string; sql: string }>;
  for (const { name } of triggers) db.exec(`drop trigger ${name}`);
  db.close();
  return async () => {
    const again = new Sqlite(file);
    for (const { sql } of triggers) again.exec(sql);
    again.close();
  };
}

async function postgresWithoutHistory(url: string): Promise<() => Promise<void>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ name: string; table: string }>(`select tgname as name, tgrelid::regclass::text as "table" from pg_trigger where tgname like $1`, [HISTORY_TRIGGERS]);
  const alter = async (action: 'disable' | 'enable') => {
    for (const { name, table } of rows) await client.query(`alter table ${table} ${action} trigger ${name}`);
  };
  await alter('disable');
  return async () => {
    await alter('enable');
    await client.end();
  };
}

// ── Load ─────────────────────────────────────────────────────────────────────────────────────────

interface Load {
  requests: number;
  perSecond: number;
  p50: number;
  /** autocannon's nearest percentile at or above p95 (it reports p90, p97.5 and p99). */
  p97_5?: number;
  p99: number;
  failures: number;
}

/**
 * A run against the service: its load, peak RSS and the server's CPU time per request (steadier than req/s when
 * the machine is shared: a neighbour slows the run down but hardly changes what each request costs).
 */
type ServiceLoad = Load & { rssMb: number; cpuMsPerRequest?: number; queriesPerRequest?: number; backendCpuMsPerRequest?: number };

async function loadService(server: RunningServer, scenario: Scenario, context: ScenarioContext): Promise<ServiceLoad> {
  if (settings.warmup > 0) await load(server.url, scenario, context, settings.warmup);
  const cpuBefore = cpuMs(server.pid);
  const queriesBefore = await server.queries?.();
  const backendBefore = await server.backendCpu?.();
  const { result, rssMb } = await peakRss(server.pid, () => load(server.url, scenario, context, settings.duration));
  const backendAfter = await server.backendCpu?.();
  const queriesAfter = await server.queries?.();
  const cpuAfter = cpuMs(server.pid);
  const backendCpuMsPerRequest = backendBefore !== undefined && backendAfter !== undefined && result.requests > 0 ? (backendAfter - backendBefore) / result.requests : undefined;
  const cpuMsPerRequest = cpuBefore !== undefined && cpuAfter !== undefined && result.requests > 0 ? (cpuAfter - cpuBefore) / result.requests : undefined;
  // Autocannon counts the answers; the requests still in flight when it stops add at most one per connection.
  const queriesPerRequest = queriesBefore !== undefined && queriesAfter !== undefined && result.requests > 0 ? (queriesAfter - queriesBefore) / result.requests : undefined;
  return { ...result, rssMb, cpuMsPerRequest, queriesPerRequest, backendCpuMsPerRequest };
}

/** Two runs of the same load as one: their requests added, their rates and costs averaged. */
function meanLoad(a: ServiceLoad, b: ServiceLoad): ServiceLoad {
  const mean = (x: number | undefined, y: number | undefined) => (x === undefined || y === undefined ? undefined : (x + y) / 2);
  return {
    requests: a.requests + b.requests,
    perSecond: (a.perSecond + b.perSecond) / 2,
    p50: (a.p50 + b.p50) / 2,
    p99: Math.max(a.p99, b.p99),
    failures: a.failures + b.failures,
    rssMb: Math.max(a.rssMb, b.rssMb),
    cpuMsPerRequest: mean(a.cpuMsPerRequest, b.cpuMsPerRequest),
    queriesPerRequest: mean(a.queriesPerRequest, b.queriesPerRequest),
    backendCpuMsPerRequest: mean(a.backendCpuMsPerRequest, b.backendCpuMsPerRequest),
  };
}

/** A load on a floor or ceiling process, with its CPU time per request. */
async function loadMeasured(url: string, pid: number, scenario: Scenario, context: ScenarioContext, seconds: number): Promise<Load & { cpuMsPerRequest?: number }> {
  const before = cpuMs(pid);
  const result = await load(url, scenario, context, seconds);
  const after = cpuMs(pid);
  return { ...result, cpuMsPerRequest: before !== undefined && after !== undefined && result.requests > 0 ? (after - before) / result.requests : undefined };
}

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length']);
const keyOf = (request: BenchRequest) => `${request.method} ${request.path}`;

async function send(baseUrl: string, request: BenchRequest): Promise<Response> {
  return fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    body: request.body,
    headers: request.body ? { 'content-type': 'application/json' } : {},
  });
}

async function load(baseUrl: string, scenario: Scenario, context: ScenarioContext, seconds: number): Promise<Load> {
  let n = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: settings.connections,
    duration: seconds,
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const next = scenario.request(context, n++);
          const headers: Record<string, string> = next.body ? { 'content-type': 'application/json' } : {};
          return { ...request, method: next.method, path: next.path, body: next.body, headers };
        },
      },
    ],
  });
  return {
    requests: result.requests.total,
    perSecond: result.requests.total / result.duration,
    p50: result.latency.p50,
    p97_5: result.latency.p97_5,
    p99: result.latency.p99,
    failures: result.non2xx + result.errors + result.timeouts,
  };
}

/** The real answers to every distinct request of the scenario, for the HTTP ceiling to replay. */
async function record(baseUrl: string, scenario: Scenario, context: ScenarioContext): Promise<{ responses: RecordedResponse[]; failures: string[] }> {
  const distinct = new Map<string, BenchRequest>();
  for (let n = 0; n < context.lines.length * 10; n++) {
    const request = scenario.request(context, n);
    if (!distinct.has(keyOf(request))) distinct.set(keyOf(request), request);
  }
  const responses: RecordedResponse[] = [];
  const failures: string[] = [];
  const queue = [...distinct.values()];
  const worker = async () => {
    for (let request = queue.shift(); request; request = queue.shift()) {
      const response = await send(baseUrl, request);
      const body = Buffer.from(await response.arrayBuffer());
      if (!response.ok) failures.push(`${keyOf(request)} → ${response.status} ${body.toString().slice(0, 200)}`);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, name) => {
        if (!HOP_BY_HOP.has(name)) headers[name] = value;
      });
      responses.push({ key: keyOf(request), status: response.status, headers, body: body.toString('base64') });
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return { responses, failures };
}

interface CeilingServer {
  url: string;
  pid: number;
  replay(responses: RecordedResponse[]): Promise<void>;
  stop(): Promise<void>;
}

async function startCeilingServer(): Promise<CeilingServer> {
  const child = fork(path.resolve('bench/ceiling-server.ts'), [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const stop = () => stopChild(child);
  cleanups.push(stop);
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the ceiling server exited (${code})`)));
    child.on('message', (message: { type: string; port?: number }) => {
      if (message.type === 'listening') resolve(message.port!);
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    replay: (responses) =>
      new Promise((resolve) => {
        const onMessage = (message: { type: string }) => {
          if (message.type !== 'loaded') return;
          child.off('message', onMessage);
          resolve();
        };
        child.on('message', onMessage);
        child.send({ type: 'load', responses } satisfies CeilingMessage);
      }),
    stop,
  };
}

/** The minimal-route floor (bench/floor-server.ts) on the scenario's database. */
async function startFloorServer(databaseUrl: string): Promise<{ url: string; pid: number; stop(): Promise<void> }> {
  const child = fork(path.resolve('bench/floor-server.ts'), [databaseUrl], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const stop = () => stopChild(child);
  cleanups.push(stop);
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the floor server exited (${code})`)));
    child.on('message', (message: { type: string; port?: number }) => {
      if (message.type === 'listening') resolve(message.port!);
    });
  });
  return { url: `http://127.0.0.1:${port}`, pid: child.pid!, stop };
}

// ── Measurements ─────────────────────────────────────────────────────────────────────────────────

interface Measurement {
  scenario: string;
  title: string;
  dialect: Dialect;
  subscriptions: number;
  server?: ServiceLoad;
  /** The same scenario against `--before`'s checkout, on its own copy of the data, in the same run. */
  before?: ServiceLoad;
  /** `--history-floor`: a write scenario again on the same server and data with the history triggers stopped. */
  withoutHistory?: ServiceLoad;
  beforeNote?: string;
  /** The best (lowest) p50 of a few short runs: the tier comparison, robust to a neighbour's burst of CPU. */
  tierP50?: number;
  httpCeiling?: Load & { cpuMsPerRequest?: number };
  /** The minimal Fastify route with one prepared statement (scenarios with a `floor`). */
  floor?: Load & { cpuMsPerRequest?: number };
  storageCeiling?: LoopResult;
  /** Why the scenario was not measured, or what failed. */
  note?: string;
}

/** A scenario is measured only when the service answers its requests with 2xx (routes may still be in the works). */
async function unavailable(baseUrl: string, scenario: Scenario, context: ScenarioContext): Promise<string | undefined> {
  const probes = scenario.kind === 'mixed' ? SCENARIOS.filter((s) => s.kind !== 'mixed').map((s) => s.request(context, 0)) : [scenario.request(context, 0)];
  for (const probe of probes) {
    const response = await send(baseUrl, probe);
    if (!response.ok) {
      const body = (await response.text()).slice(0, 160);
      return `${probe.method} ${probe.path.replace(/\/v2\/orgs\/[^/]+/, '')} answers ${response.status}: ${body}`;
    }
  }
  return undefined;
}

async function measure(
  scenario: Scenario,
  dialect: Dialect,
  subscriptions: number,
  server: RunningServer,
  context: ScenarioContext,
  ceilings: { http: CeilingServer; storage: StorageCeiling; floor?: { url: string; pid: number } } | undefined,
  before?: RunningServer,
  database?: BenchDatabase,
): Promise<Measurement> {
  const base: Measurement = { scenario: scenario.name, title: scenario.title, dialect, subscriptions };
  const missing = await unavailable(server.url, scenario, context);
  // The server's log reaches its pipe a moment after the answer.
  if (missing) await new Promise((resolve) => setTimeout(resolve, 300));
  if (missing) return { ...base, note: `not measured: ${missing}${/answers 5\d\d/.test(missing) ? ` — server log: ${server.output().slice(-600)}` : ''}` };
  const recorded = ceilings ? await record(server.url, scenario, context) : undefined;
  if (recorded && recorded.failures.length > 0) return { ...base, note: `not measured: ${recorded.failures[0]}` };
  const result = await loadService(server, scenario, context);
  const measurement: Measurement = { ...base, server: result };
  if (before) {
    const beforeMissing = await unavailable(before.url, scenario, context);
    if (beforeMissing) measurement.beforeNote = `not measured: ${beforeMissing}`;
    else measurement.before = await loadService(before, scenario, context);
  }
  if (args['history-floor'] && database && scenario.kind === 'write') {
    const restore = await database.withoutHistory();
    try {
      measurement.withoutHistory = await loadService(server, scenario, context);
    } finally {
      await restore();
    }
    // Measured again after, so that neither side has the warmer process: the with-history figure is the mean of both.
    measurement.server = meanLoad(result, await loadService(server, scenario, context));
  }
  if (scenario.tiered && settings.tiers.length > 1) {
    const probes: number[] = [];
    for (let run = 0; run < settings.tierRuns; run++) probes.push((await load(server.url, scenario, context, settings.tierSeconds)).p50);
    measurement.tierP50 = Math.min(result.p50, ...probes);
  }
  if (ceilings && recorded) {
    await ceilings.http.replay(recorded.responses);
    // A bare server warms up in a fraction of a second: the quick profile spares it the separate warm-up.
    if (settings.warmup > 0 && !quick) await load(ceilings.http.url, scenario, context, settings.warmup);
    measurement.httpCeiling = await loadMeasured(ceilings.http.url, ceilings.http.pid, scenario, context, settings.ceilingSeconds);
    if (ceilings.floor && scenario.floor) {
      if (settings.warmup > 0) await load(ceilings.floor.url, scenario, context, settings.warmup);
      measurement.floor = await loadMeasured(ceilings.floor.url, ceilings.floor.pid, scenario, context, settings.ceilingSeconds);
    }
    measurement.storageCeiling = await ceilings.storage.run((n) => scenario.storage(context, n), settings.storageSeconds);
  }
  return measurement;
}

// ── Reports ──────────────────────────────────────────────────────────────────────────────────────

const fixed = (value: number, digits = 0) => value.toFixed(digits);
const ratio = (a: number | undefined, b: number | undefined) => (a !== undefined && b ? a / b : undefined);
const show = (value: number | undefined, digits = 2) => (value === undefined ? '—' : value.toFixed(digits));

function quickLine(m: Measurement): string {
  if (!m.server) return `${m.scenario} ${m.dialect} — — — (${m.note})`;
  const failures = m.server.failures > 0 ? ` (${m.server.failures} failed)` : '';
  const cpu = m.server.cpuMsPerRequest === undefined ? '' : ` ${show(m.server.cpuMsPerRequest)} ms CPU/request${floorsText(m)}`;
  const before = m.before ? ` (before: ${fixed(m.before.perSecond)} ${show(ratio(m.before.perSecond, m.httpCeiling?.perSecond))} ${fixed(m.before.p99, 1)} ${show(m.before.cpuMsPerRequest)} ms CPU/request)` : '';
  const backends = (load: ServiceLoad) => (load.backendCpuMsPerRequest === undefined ? '' : `, backends ${show(load.backendCpuMsPerRequest)} ms CPU/request`);
  const withoutHistory = m.withoutHistory
    ? ` (without history: ${show(m.withoutHistory.cpuMsPerRequest)} ms CPU/request, ${show(m.withoutHistory.queriesPerRequest)} round trips${backends(m.withoutHistory)}; with: backends ${show(m.server.backendCpuMsPerRequest)} ms)`
    : '';
  return `${m.scenario} ${m.dialect} ${fixed(m.server.perSecond)} ${show(ratio(m.server.perSecond, m.httpCeiling?.perSecond))} ${fixed(m.server.p99, 1)}${cpu}${failures}${before}${withoutHistory}`;
}

const micros = (ms: number | undefined) => (ms === undefined ? undefined : ms * 1000);

function floorsText(m: Measurement): string {
  const parts = [
    m.httpCeiling?.cpuMsPerRequest !== undefined ? `bare ${show(micros(m.httpCeiling.cpuMsPerRequest), 0)} µs` : '',
    m.floor?.cpuMsPerRequest !== undefined ? `minimal route ${show(micros(m.floor.cpuMsPerRequest), 0)} µs` : '',
    m.server?.queriesPerRequest !== undefined ? `${show(m.server.queriesPerRequest)} round trips/request` : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/**
 * Server CPU per request (from /proc/<pid>/stat) against the two floors measured in the same run: the bare HTTP
 * server answering the recorded bytes, and the minimal Fastify route with one prepared statement. CPU per request
 * moves much less than req/s when other jobs share the machine.
 */
function floorsTable(measurements: Measurement[]): string {
  const hasBefore = measurements.some((m) => m.before);
  const rows = [
    `| scenario | dialect | service µs | bare HTTP µs | minimal route µs | × bare | × minimal route | round trips/request (PostgreSQL) |${hasBefore ? ' before µs | before × bare | before round trips |' : ''}`,
    `|---|---|---:|---:|---:|---:|---:|---:|${hasBefore ? '---:|---:|---:|' : ''}`,
  ];
  for (const m of measurements) {
    if (!m.server) continue;
    const service = micros(m.server.cpuMsPerRequest);
    const bare = micros(m.httpCeiling?.cpuMsPerRequest);
    const floor = micros(m.floor?.cpuMsPerRequest);
    const before = micros(m.before?.cpuMsPerRequest);
    const beforeColumns = hasBefore ? ` ${show(before, 0)} | ${show(ratio(before, bare), 1)} | ${show(m.before?.queriesPerRequest)} |` : '';
    rows.push(
      `| ${m.scenario} | ${m.dialect} | ${show(service, 0)} | ${show(bare, 0)} | ${show(floor, 0)} | ${show(ratio(service, bare), 1)} | ${show(ratio(service, floor), 1)} | ${show(m.server.queriesPerRequest)} |${beforeColumns}`,
    );
  }
  return rows.join('\n');
}

/** Issue 23's targets on CPU per request, against the bare HTTP floor of the same run. */
function floorTargetsTable(measurements: Measurement[]): string {
  const top = Math.max(...measurements.map((m) => m.subscriptions));
  const at = (scenario: string, dialect: Dialect) => measurements.find((m) => m.scenario === scenario && m.dialect === dialect && m.subscriptions === top);
  const timesBare = (scenario: string, dialect: Dialect) => {
    const m = at(scenario, dialect);
    return ratio(m?.server?.cpuMsPerRequest, m?.httpCeiling?.cpuMsPerRequest);
  };
  const trips = (scenario: string) => at(scenario, 'postgres')?.server?.queriesPerRequest;
  const verdict = (ok: boolean | undefined) => (ok === undefined ? 'not measured' : ok ? 'met' : '**missed**');
  const within = (value: number | undefined, limit: number) => (value === undefined ? undefined : value <= limit);
  const both = (a: boolean | undefined, b: boolean | undefined) => (a === undefined || b === undefined ? undefined : a && b);
  const postCpu = micros(at('post-promotion', 'sqlite')?.server?.cpuMsPerRequest);
  const rows: Array<[string, string, string]> = [
    ['GET one promotion, SQLite ≤ 4× bare', `${show(timesBare('get-promotion', 'sqlite'), 1)}×`, verdict(within(timesBare('get-promotion', 'sqlite'), 4))],
    [
      'GET one promotion, PostgreSQL ≤ 4.5× bare, one round trip',
      `${show(timesBare('get-promotion', 'postgres'), 1)}×, ${show(trips('get-promotion'))} round trips`,
      verdict(both(within(timesBare('get-promotion', 'postgres'), 4.5), within(trips('get-promotion'), 1.05))),
    ],
    ['subscriptions by account, SQLite ≤ 12× bare', `${show(timesBare('subscriptions-by-account', 'sqlite'), 1)}×`, verdict(within(timesBare('subscriptions-by-account', 'sqlite'), 12))],
    [
      'subscriptions by account, PostgreSQL ≤ 18× bare, ≤ 2 round trips',
      `${show(timesBare('subscriptions-by-account', 'postgres'), 1)}×, ${show(trips('subscriptions-by-account'))} round trips`,
      verdict(both(within(timesBare('subscriptions-by-account', 'postgres'), 18), within(trips('subscriptions-by-account'), 2.05))),
    ],
    ['POST promotion, SQLite ≤ 300 µs CPU', `${show(postCpu, 0)} µs`, verdict(within(postCpu, 300))],
  ];
  return ['| target (CPU per request, same run) | measured | verdict |', '|---|---:|---|', ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

function resultsTable(measurements: Measurement[]): string {
  const rows = [
    '| scenario | dialect | lines | req/s | p50 ms | p99 ms | HTTP ceiling req/s | its p99 ms | ratio | storage ceiling /s | ratio | RSS MB | failures |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const m of measurements) {
    if (!m.server) {
      rows.push(`| ${m.scenario} | ${m.dialect} | ${m.subscriptions} | — | — | — | — | — | — | — | — | — | ${m.note} |`);
      continue;
    }
    rows.push(
      `| ${m.scenario} | ${m.dialect} | ${m.subscriptions} | ${fixed(m.server.perSecond)} | ${fixed(m.server.p50, 1)} | ${fixed(m.server.p99, 1)} | ${m.httpCeiling ? fixed(m.httpCeiling.perSecond) : '—'} | ${m.httpCeiling ? fixed(m.httpCeiling.p99, 1) : '—'} | ${show(ratio(m.server.perSecond, m.httpCeiling?.perSecond))} | ${m.storageCeiling ? fixed(m.storageCeiling.perSecond) : '—'} | ${show(ratio(m.server.perSecond, m.storageCeiling?.perSecond))} | ${fixed(m.server.rssMb)} | ${m.server.failures} |`,
    );
  }
  return rows.join('\n');
}

/** `--history-floor`: each write's CPU per request with its history and without it (triggers stopped), in one run. */
function historyFloorTable(measurements: Measurement[]): string {
  const rows = [
    '| scenario | dialect | with history µs | without history µs | with ÷ without | PostgreSQL backends µs with → without | service + backends with ÷ without | req/s with → without |',
    '|---|---|---:|---:|---:|---|---:|---|',
  ];
  for (const m of measurements) {
    if (!m.server || !m.withoutHistory) continue;
    const withHistory = micros(m.server.cpuMsPerRequest);
    const without = micros(m.withoutHistory.cpuMsPerRequest);
    const backendWith = micros(m.server.backendCpuMsPerRequest);
    const backendWithout = micros(m.withoutHistory.backendCpuMsPerRequest);
    const sum = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a + b);
    const backends = backendWith === undefined ? '—' : `${show(backendWith, 0)} → ${show(backendWithout, 0)}`;
    rows.push(
      `| ${m.scenario} | ${m.dialect} | ${show(withHistory, 0)} | ${show(without, 0)} | ${show(ratio(withHistory, without), 2)} | ${backends} | ${show(ratio(sum(withHistory, backendWith), sum(without, backendWithout)), 2)} | ${fixed(m.server.perSecond)} → ${fixed(m.withoutHistory.perSecond)} |`,
    );
  }
  return rows.join('\n');
}

/** `--before`: each scenario's ratio to the same HTTP ceiling, for the other checkout and this one, in one run. */
function beforeAfterTable(measurements: Measurement[]): string {
  const rows = [
    '| scenario | dialect | HTTP ceiling req/s | before req/s | before ratio | before p99 ms | now req/s | now ratio | now p99 ms | CPU ms/request before → now | RSS MB before → now |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const m of measurements) {
    const ceiling = m.httpCeiling?.perSecond;
    const side = (load: ServiceLoad | undefined, note?: string) =>
      load ? [fixed(load.perSecond), show(ratio(load.perSecond, ceiling)), fixed(load.p99, 1)] : [note ?? '—', '—', '—'];
    const cpu = `${show(m.before?.cpuMsPerRequest)} → ${show(m.server?.cpuMsPerRequest)}`;
    const rss = `${m.before ? fixed(m.before.rssMb) : '—'} → ${m.server ? fixed(m.server.rssMb) : '—'}`;
    rows.push(`| ${m.scenario} | ${m.dialect} | ${ceiling ? fixed(ceiling) : '—'} | ${side(m.before, m.beforeNote).join(' | ')} | ${side(m.server, m.note).join(' | ')} | ${cpu} | ${rss} |`);
  }
  return rows.join('\n');
}

function asOfTable(measurements: Measurement[]): string {
  const rows = ['| dialect | lines | plain p50 / p97.5 / p99 ms | as_of p50 / p97.5 / p99 ms | p97.5 as_of ÷ plain | req/s as_of ÷ plain |', '|---|---:|---|---|---:|---:|'];
  for (const asOf of measurements.filter((m) => m.scenario === 'get-promotion-as-of' && m.server)) {
    const plain = measurements.find((m) => m.scenario === 'get-promotion' && m.dialect === asOf.dialect && m.subscriptions === asOf.subscriptions)?.server;
    if (!plain) continue;
    const a = asOf.server!;
    const latencies = (l: Load) => `${fixed(l.p50, 1)} / ${l.p97_5 === undefined ? '—' : fixed(l.p97_5, 1)} / ${fixed(l.p99, 1)}`;
    rows.push(
      `| ${asOf.dialect} | ${asOf.subscriptions} | ${latencies(plain)} | ${latencies(a)} | ${a.p97_5 && plain.p97_5 ? (a.p97_5 / plain.p97_5).toFixed(2) : '—'} | ${(a.perSecond / plain.perSecond).toFixed(2)} |`,
    );
  }
  return rows.join('\n');
}

function tiersTable(measurements: Measurement[]): string {
  const tiers = [...new Set(measurements.map((m) => m.subscriptions))].sort((a, b) => a - b);
  const rows = [
    `| scenario | dialect | ${tiers.map((t) => `p50 ms @${t}`).join(' | ')} | p50 largest / smallest |`,
    `|---|---|${tiers.map(() => '---:').join('|')}|---:|`,
  ];
  for (const dialect of settings.dialects) {
    for (const scenario of selected.filter((s) => s.tiered)) {
      const byTier = tiers.map((t) => {
        const m = measurements.find((candidate) => candidate.scenario === scenario.name && candidate.dialect === dialect && candidate.subscriptions === t);
        return m?.tierP50 ?? m?.server?.p50;
      });
      const measured = byTier.filter((v): v is number => v !== undefined);
      const growth = measured.length >= 2 ? measured[measured.length - 1] / measured[0] : undefined;
      rows.push(`| ${scenario.name} | ${dialect} | ${byTier.map((v) => show(v, 1)).join(' | ')} | ${show(growth)} |`);
    }
  }
  return rows.join('\n');
}

/** The targets of issues 6 and 14, each with the figures measured for it. */
function targetsTable(measurements: Measurement[]): string {
  const tiers = [...new Set(measurements.map((m) => m.subscriptions))].sort((a, b) => a - b);
  const top = tiers[tiers.length - 1];
  const at = (scenario: string, dialect: Dialect, subscriptions = top) =>
    measurements.find((m) => m.scenario === scenario && m.dialect === dialect && m.subscriptions === subscriptions);
  const httpRatio = (scenario: string, dialect: Dialect) => {
    const m = at(scenario, dialect);
    return ratio(m?.server?.perSecond, m?.httpCeiling?.perSecond);
  };
  const growth = (dialect: Dialect) => {
    const values = selected
      .filter((s) => s.tiered)
      .map((s) => {
        const [largest, smallest] = [at(s.name, dialect, top), at(s.name, dialect, tiers[0])];
        return ratio(largest?.tierP50 ?? largest?.server?.p50, smallest?.tierP50 ?? smallest?.server?.p50);
      })
      .filter((v): v is number => v !== undefined);
    return values.length > 0 && tiers.length > 1 ? Math.max(...values) : undefined;
  };
  const rss = (dialect: Dialect) => {
    const values = measurements.filter((m) => m.dialect === dialect && m.server).map((m) => m.server!.rssMb);
    return values.length > 0 ? Math.max(...values) : undefined;
  };
  const verdict = (value: number | undefined, ok: (v: number) => boolean) => (value === undefined ? 'not measured' : ok(value) ? 'met' : '**missed**');
  const both = (f: (d: Dialect) => number | undefined, digits: number) => (['sqlite', 'postgres'] as Dialect[]).map((d) => show(f(d), digits));
  const perSecond = (scenario: string, dialect: Dialect) => at(scenario, dialect)?.server?.perSecond;
  const rows: Array<[string, string[], string]> = [
    ['GET one promotion ≥ 0.5 of the HTTP ceiling', both((d) => httpRatio('get-promotion', d), 2), verdict(httpRatio('get-promotion', 'sqlite'), (v) => v >= 0.5)],
    ['list with a filter ≥ 0.3 of the HTTP ceiling', both((d) => httpRatio('list-promotions', d), 2), verdict(httpRatio('list-promotions', 'sqlite'), (v) => v >= 0.3)],
    ['subscriptions by account ≥ 0.15 of the HTTP ceiling', both((d) => httpRatio('subscriptions-by-account', d), 2), verdict(httpRatio('subscriptions-by-account', 'sqlite'), (v) => v >= 0.15)],
    ['GET one promotion p99 < 8 ms at 50 connections', both((d) => at('get-promotion', d)?.server?.p99, 1), verdict(at('get-promotion', 'sqlite')?.server?.p99, (v) => v < 8)],
    ['POST promotion ≥ 3,000/s (req/s)', both((d) => perSecond('post-promotion', d), 0), verdict(perSecond('post-promotion', 'sqlite'), (v) => v >= 3000)],
    ['POST promotion ≥ 0.3 of the HTTP ceiling', both((d) => httpRatio('post-promotion', d), 2), verdict(httpRatio('post-promotion', 'sqlite'), (v) => v >= 0.3)],
    ['PATCH commitment ≥ 3,000/s (req/s)', both((d) => perSecond('patch-commitment', d), 0), verdict(perSecond('patch-commitment', 'sqlite'), (v) => v >= 3000)],
    ['PATCH commitment ≥ 0.3 of the HTTP ceiling', both((d) => httpRatio('patch-commitment', d), 2), verdict(httpRatio('patch-commitment', 'sqlite'), (v) => v >= 0.3)],
    [`p50 at ${top} lines ≤ 1.5× p50 at ${tiers[0]}, every read scenario (worst)`, both(growth, 2), verdict(tiers.length > 1 ? growth('sqlite') : undefined, (v) => v <= 1.5)],
    [`RSS under load < 250 MB at ${top} lines (peak, MB)`, both(rss, 0), verdict(rss('sqlite'), (v) => v < 250)],
  ];
  return [
    '| target | SQLite | PostgreSQL | on SQLite |',
    '|---|---:|---:|---|',
    ...rows.map(([target, [sqlite, postgres], met]) => `| ${target} | ${sqlite} | ${postgres} | ${met} |`),
  ].join('\n');
}

function explainMarkdown(plans: Array<{ dialect: Dialect; subscriptions: number; scenarios: ScenarioPlans[] }>): string {
  const out: string[] = [];
  for (const { dialect, subscriptions, scenarios } of plans) {
    out.push(`#### ${dialect === 'sqlite' ? 'SQLite — EXPLAIN QUERY PLAN' : 'PostgreSQL — EXPLAIN'} (${subscriptions} lines)`, '');
    for (const scenario of scenarios) {
      const scans = scenario.plans.filter((p) => p.fullScan).length;
      const request = scenario.request.replace(/\/v2\/orgs\/[^/?]+/, '/v2/orgs/{org}').replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '{id}');
      out.push(`**${scenario.scenario}** — \`${decodeURIComponent(request)}\` → ${scenario.status}: ${scenario.statementCount} statements, ${scenario.plans.length} distinct; ${scans === 0 ? 'every one uses an index' : `${scans} FULL SCAN(S)`}`, '');
      out.push('```');
      for (const plan of scenario.plans) {
        out.push(plan.sql.replace(/\s+/g, ' '));
        for (const line of plan.plan) out.push(`    ${line}`);
      }
      out.push('```', '');
    }
  }
  return out.join('\n');
}

function replaceSection(text: string, name: string, content: string): string {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < 0) return text;
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

// ── Main ─────────────────────────────────────────────────────────────────────────────────────────

async function benchDialect(dialect: Dialect, measurements: Measurement[], plans: Plans) {
  if (selected.length === 0) return;
  const database = await createDatabase(dialect);
  try {
    for (const [position, subscriptions] of settings.tiers.entries()) {
      const top = position === settings.tiers.length - 1;
      const seeded = await seed({ database: parseDatabaseUrl(database.url), subscriptions, progress: !quick });
      if (!quick) console.error(`bench: ${dialect}: ${subscriptions} lines (seeded ${seeded.to - seeded.from} in ${seeded.seconds.toFixed(1)} s)`);
      const context = defaultContext(activeLines(subscriptions, settings.lines, position));
      const beforeData = top && args.before ? await beforeDatabase(dialect, database, subscriptions) : undefined;
      const server = await startServer(database.url, `${dialect}-${subscriptions}`);
      const before = beforeData ? await startBefore(beforeData, `${dialect}-${subscriptions}-before`) : undefined;
      const storage = top ? database.storage() : undefined;
      const http = top ? await startCeilingServer() : undefined;
      const floor = top && selected.some((s) => s.floor) ? await startFloorServer(database.url) : undefined;
      try {
        for (const scenario of top ? selected : selected.filter((s) => s.tiered)) {
          const measurement = await measure(scenario, dialect, subscriptions, server, context, http && storage ? { http, storage, floor } : undefined, before, database);
          measurements.push(measurement);
          if (quick) console.log(quickLine(measurement));
          else console.error(`bench: ${quickLine(measurement)}`);
        }
      } finally {
        await floor?.stop();
        await http?.stop();
        await storage?.close();
        await before?.stop();
        await server.stop();
      }
      if (top && !args['no-explain'] && !quick) {
        const requests = selected.filter((s) => s.kind !== 'mixed').map((s) => ({ scenario: s.name, request: s.request(context, 0) }));
        plans.push({ dialect, subscriptions, scenarios: await explainScenarios(database.url, requests) });
      }
    }
  } finally {
    await database.drop();
  }
}

type Plans = Array<{ dialect: Dialect; subscriptions: number; scenarios: ScenarioPlans[] }>;

/** What makes a seeded database: when both checkouts have the same, the other one's data is a copy of this one's. */
function seedSources(checkout: string): string {
  const migrations = path.join(checkout, 'src/db/migrations');
  const files = [...fs.readdirSync(migrations).sort().map((name) => path.join(migrations, name)), path.join(checkout, 'scripts/seed.ts'), path.join(checkout, 'bench/dataset.ts')];
  return files.map((file) => `${path.basename(file)}\n${fs.readFileSync(file, 'utf8')}`).join('\n');
}

/** The other checkout's data: a copy of this one's when it would seed the same rows, else seeded by its own script. */
async function beforeDatabase(dialect: Dialect, seeded: BenchDatabase, subscriptions: number): Promise<BenchDatabase> {
  const checkout = path.resolve(args.before!);
  if (seedSources(checkout) === seedSources('.')) return createDatabase(dialect, seeded);
  const database = await createDatabase(dialect);
  console.error(`bench: ${dialect}: seeding ${subscriptions} lines for ${checkout}…`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--subscriptions', String(subscriptions), '--database-url', database.url], {
    cwd: checkout,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (result.status !== 0) throw new Error(`seeding for ${checkout} failed (${result.status})`);
  return database;
}

/**
 * `--before <checkout>`: another checkout of the service (e.g. `git worktree add /tmp/before <commit>` with this
 * node_modules linked into it), built there, on a database of its own (see `beforeDatabase`), measured right after
 * this checkout on every scenario of the top tier.
 */
async function startBefore(database: BenchDatabase, label: string): Promise<RunningServer> {
  const server = await startServer(database.url, label, {}, path.resolve(args.before!));
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await database.drop();
    },
  };
}

/** On a database of its own, so the read scenarios' data and the batch's effects never mix. */
async function fairnessDialect(dialect: Dialect, results: FairnessResult[]): Promise<void> {
  const database = await createDatabase(dialect);
  try {
    const batchLines = count(args['batch-lines']);
    const result = await benchFairness({
      dialect,
      databaseUrl: database.url,
      batchLines,
      startServer: (env) => startServer(database.url, `${dialect}-fairness`, env),
      log: (message) => console.error(`bench: ${message}`),
    }).catch((error: unknown): FairnessResult => ({ dialect, batchLines, uploadSeconds: 0, batchSeconds: 0, linesPerSecond: 0, probeMs: [], probesAfterBatch: 0, note: `failed: ${(error as Error).message}` }));
    results.push(result);
    console.error(`bench: fairness ${dialect}:\n${fairnessTable([result])}`);
  } finally {
    await database.drop();
  }
}

/** On a database of its own per checkout: this one, then `--before`'s when given. */
async function batchDialect(dialect: Dialect, results: BatchResult[]): Promise<void> {
  const checkouts = [{ label: 'now', checkout: '.' }, ...(args.before ? [{ label: 'before', checkout: path.resolve(args.before) }] : [])];
  for (const { label, checkout } of checkouts) {
    const database = await createDatabase(dialect);
    try {
      const result = await benchBatch({
        dialect,
        label,
        databaseUrl: database.url,
        batchLines: count(args['batch-lines']),
        idleLines: count(args['idle-lines']),
        startServer: (env) => startServer(database.url, `${dialect}-batch-${label}`, env, checkout),
        cpuMs,
        log: (message) => console.error(`bench: ${message}`),
      }).catch((error: unknown): BatchResult => ({ dialect, label, runs: [], idleLines: 0, note: `failed: ${(error as Error).message}` }));
      results.push(result);
      console.error(`bench: batch ${dialect} ${label}:\n${batchTable([result])}`);
    } finally {
      await database.drop();
    }
  }
}

/** On a database of its own, grown tier by tier. */
async function streamsDialect(dialect: Dialect, results: StreamsResult[]): Promise<void> {
  if (!streamsSelected.paging && !streamsSelected.export && !streamsSelected.rehearsal) return;
  const database = await createDatabase(dialect);
  try {
    const measured = await benchStreams({
      dialect,
      databaseUrl: database.url,
      tiers: settings.tiers,
      scenarios: streamsSelected,
      // At 1M lines one export takes minutes: `--export-rounds 1 --no-export-gzip` reads it once.
      exportRounds: Number(args['export-rounds']),
      exportGzip: !args['no-export-gzip'],
      startServer: (env) => startServer(database.url, `${dialect}-streams`, env),
      // Its migrations must be this checkout's (the export only reads the data this one seeded).
      startBefore: args.before ? (env) => startServer(database.url, `${dialect}-streams-before`, env, path.resolve(args.before!)) : undefined,
      cpuMs,
      log: (message) => console.error(`bench: ${message}`),
    }).catch((error: unknown): StreamsResult[] => [{ dialect, subscriptions: 0, note: `failed: ${(error as Error).message}` }]);
    results.push(...measured);
    console.error(`bench: streams ${dialect}:\n${streamsTable(measured)}`);
    if (streamsSelected.export) console.error(`bench: export ${dialect}:\n${exportTable(measured)}`);
  } finally {
    await database.drop();
  }
}

/** What a run leaves in bench/results/<output>.json; `--from` renders the reports again from it. */
interface RunRecord {
  header: string;
  settings: typeof settings;
  measurements: Measurement[];
  plans: Plans;
  fairness?: FairnessResult[];
  batches?: BatchResult[];
  streams?: StreamsResult[];
}

function report(run: RunRecord): void {
  Object.assign(settings, run.settings);
  const { measurements, plans, fairness = [], batches = [], streams = [] } = run;
  const top = settings.tiers[settings.tiers.length - 1];
  const results = [
    run.header,
    ...(measurements.length === 0
      ? []
      : [
          '',
          `At ${top} lines (ratio = the service's req/s ÷ the ceiling's, measured in the same run):`,
          '',
          resultsTable(measurements.filter((m) => m.subscriptions === top)),
          '',
          'Server CPU per request against the floors of the same run (bare HTTP server; minimal Fastify route with one prepared statement):',
          '',
          floorsTable(measurements.filter((m) => m.subscriptions === top)),
          '',
          floorTargetsTable(measurements),
          ...(measurements.some((m) => m.withoutHistory)
            ? ['', `Writes with their history and without it (\`--history-floor\`: the same server and data, the history triggers stopped), in this run:`, '', historyFloorTable(measurements.filter((m) => m.subscriptions === top))]
            : []),
          ...(measurements.some((m) => m.before)
            ? ['', `Before (\`--before\`, another checkout on its own copy of the data) and now, each to the same HTTP ceiling, in this run:`, '', beforeAfterTable(measurements.filter((m) => m.subscriptions === top))]
            : []),
          '',
          `Latency as the data grows (the same load on each tier; p50 is the best of the ${settings.duration} s run and ${settings.tierRuns} more of ${settings.tierSeconds} s):`,
          '',
          tiersTable(measurements),
          ...(measurements.some((m) => m.scenario === 'get-promotion-as-of') ? ['', 'A read `as_of` against the plain read (API.md 17.1: p95 within 2×), each tier, the same load:', '', asOfTable(measurements)] : []),
        ]),
    ...(fairness.length === 0
      ? []
      : ['', "Fairness (bench/fairness.ts): org A's SET_CREDIT_LIMIT batch and org B's promotion deactivations, one every 250 ms, on one service with its worker:", '', fairnessTable(fairness)]),
    ...(batches.length === 0
      ? []
      : ['', 'Batch (bench/batch.ts): SET_CREDIT_LIMIT lines run by the worker, beside the set-based floor on the same database in the same run (ratio = lines/s ÷ floor); then the idle service:', '', batchTable(batches)]),
    ...(streams.length === 0
      ? []
      : ['', 'Cursors, exports and rehearsals (bench/streams.ts): medians of 30 requests one at a time; the export read to its end (NDJSON, not encoded); a SET_CREDIT_LIMIT file rehearsed then run, a POST /bundles every 100 ms meanwhile:', '', streamsTable(streams)]),
    ...(streams.some((r) => r.export) ? ['', 'The export (the faster of two runs each; gzip read and decoded by the client; with `--before`, the two checkouts alternating on the same data):', '', exportTable(streams)] : []),
  ].join('\n');
  const targets = measurements.length === 0 ? 'No read or write scenario ran.' : targetsTable(measurements);
  const explain = explainMarkdown(plans);
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, `${args.output}.json`), JSON.stringify(run, null, 2));
  fs.writeFileSync(path.join(RESULTS_DIR, `${args.output}.md`), `${results}\n\nTargets:\n\n${targets}\n\n${explain}`);
  console.log(`${results}\n\n${targets}`);
  if (args['update-readme']) {
    const readme = path.resolve('bench/README.md');
    let text = fs.readFileSync(readme, 'utf8');
    text = replaceSection(text, 'results', results);
    text = replaceSection(text, 'targets', targets);
    if (plans.length > 0) text = replaceSection(text, 'explain', explain);
    fs.writeFileSync(readme, text);
  }
  console.error(`bench: results in ${path.relative(process.cwd(), RESULTS_DIR)}/${args.output}.md${args['update-readme'] ? ' and bench/README.md' : ''}`);
}

async function main(): Promise<void> {
  if (args.from) {
    const recorded = JSON.parse(fs.readFileSync(args.from, 'utf8')) as Partial<RunRecord>;
    report({
      header: recorded.header ?? `Run recorded in ${args.from}.`,
      settings: { ...settings, ...recorded.settings },
      measurements: recorded.measurements ?? [],
      plans: recorded.plans ?? [],
      fairness: recorded.fairness,
      batches: recorded.batches,
      streams: recorded.streams,
    });
    return;
  }
  const started = Date.now();
  ensureBuilt();
  if (args.before) ensureBuilt(args.before);
  const measurements: Measurement[] = [];
  const plans: Plans = [];
  const fairness: FairnessResult[] = [];
  const batches: BatchResult[] = [];
  const streams: StreamsResult[] = [];
  if (quick) console.log('scenario dialect req/s ratio p99');
  for (const dialect of settings.dialects) {
    await benchDialect(dialect, measurements, plans);
    if (fairnessSelected) await fairnessDialect(dialect, fairness);
    if (batchSelected) await batchDialect(dialect, batches);
    await streamsDialect(dialect, streams);
  }
  const seconds = (Date.now() - started) / 1000;
  if (quick) {
    console.log(`(${settings.tiers[0]} lines, ${settings.duration} s per run, ${settings.connections} connections; ratio = req/s ÷ HTTP ceiling; p99 in ms; ${seconds.toFixed(0)} s)`);
    return;
  }
  const header = [
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version};`,
    `${settings.connections} connections, ${settings.duration} s per run after ${settings.warmup} s of warm-up, ${settings.lines} lines targeted; LOG_LEVEL=${args['log-level']}, WORKER=off; ${seconds.toFixed(0)} s in all.`,
  ].join(' ');
  report({ header, settings, measurements, plans, fairness, batches, streams });
}

async function cleanUp(): Promise<void> {
  for (const cleanup of cleanups.reverse()) {
    try {
      await cleanup();
    } catch {
      // best effort: the rest must still run
    }
  }
}

process.on('SIGINT', () => {
  void cleanUp().then(() => process.exit(130));
});

main()
  .then(cleanUp)
  .catch(async (error: unknown) => {
    console.error(`bench: ${(error as Error).stack ?? error}`);
    await cleanUp();
    process.exit(1);
  });
