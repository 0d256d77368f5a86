import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { seed } from '../scripts/seed.js';
import { parseDatabaseUrl } from '../src/config.js';
import { inValues, lockRows, rowsSource } from '../src/db/bulk.js';
import { openDatabase, type Database } from '../src/db/database.js';
import { idOf, subscriptionStatusOf, subscriptionTypeOf } from './dataset.js';

/**
 * The `batch` scenario (issue 23): a 20,000-line SET_CREDIT_LIMIT batch spread over 1,000 lines ("distinct"),
 * then one concentrated on 5 lines, run by the service's worker; beside each, the set-based floor measured in the
 * same run on the same database: the same lines staged, then run 500 per transaction straight on the driver with
 * the fewest statements that do the work (read the lines, the subscriptions and the limits, write the limits,
 * their change rows, the events and the outcomes; arrays with `unnest` on PostgreSQL, one JSON parameter with `json_each` on
 * SQLite). Then the idle service's CPU, with an org of `idleLines` seeded lines (and their scheduled operations).
 */

const ORG = 'batch-bench';
const IDLE_ORG = 'batch-idle';
const DISTINCT_LINES = 1_000;
const CONCENTRATED_LINES = 5;
const FLOOR_CHUNK = 500;
/** The idle server's CPU is read over this long (/proc ticks are 10 ms: 30 s resolve 0.33 ms/s)… */
const IDLE_SECONDS = 30;
/**
 * …on a server started for it, once this long has passed: start-up's compilation and the collector's first passes
 * (up to ~130 ms in one 10 s window about 20 s after start) are not what idling costs. A server that has just run a
 * batch also goes on collecting its large heap for a while (readings 5 s after a batch spread over 1.5–14 ms/s).
 */
const IDLE_SETTLE_SECONDS = 40;
/** Each run changes a kind of its own, so each starts with no history: the service's and the floor's, distinct and concentrated. */
const KINDS = {
  distinct: { service: 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT', floor: 'MOBILE_SUBSCRIPTION_PREMIUM_CREDIT_LIMIT' },
  concentrated: { service: 'MOBILE_SUBSCRIPTION_ROAMING_VOICE_CREDIT_LIMIT', floor: 'MOBILE_SUBSCRIPTION_INTERNATIONAL_VOICE_CREDIT_LIMIT' },
};

export interface BatchServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface BatchRun {
  shape: 'distinct' | 'concentrated';
  lines: number;
  /** The operation's start_date to end_date. */
  seconds: number;
  linesPerSecond: number;
  /** Server CPU from acceptance to the end, per line. */
  cpuUsPerLine?: number;
  floorLinesPerSecond: number;
  note?: string;
}

export interface BatchResult {
  dialect: string;
  label: string;
  runs: BatchRun[];
  idleLines: number;
  /** The idle server's CPU, ms per second (worker on, nothing due). */
  idleCpuMsPerSecond?: number;
  note?: string;
}

const mobileLines = (count: number) => {
  const found: number[] = [];
  for (let index = 0; found.length < count; index++) if (subscriptionStatusOf(index) === 'ACTIVE' && subscriptionTypeOf(index) === 'MOBILE') found.push(index);
  return found;
};

/** The n-th line of the file: a value that changes each time, on a line taken round the targets. */
const changeOf = (targets: number[], n: number) => ({ subscriptionId: idOf('subscription', targets[n % targets.length]), reason: `bench ${n}`, value: `${(n % 5000) + 1}.00` });

function batchFile(targets: number[], lines: number, kind: string): string {
  const rows = ['operation,subscription_id,resource_id,reason,value'];
  for (let n = 0; n < lines; n++) {
    const { subscriptionId, reason, value } = changeOf(targets, n);
    rows.push(`SET_CREDIT_LIMIT,${subscriptionId},${kind},${reason},${value}`);
  }
  return `${rows.join('\n')}\n`;
}

async function json(response: Response): Promise<any> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function serviceRun(server: BatchServer, targets: number[], lines: number, kind: string, cpuMs: (pid: number) => number | undefined) {
  const form = new FormData();
  form.append('file', new Blob([batchFile(targets, lines, kind)], { type: 'text/csv' }), 'batch.csv');
  const accepted = await json(await fetch(`${server.url}/v2/orgs/${ORG}/operations?wait=0`, { method: 'POST', body: form }));
  const cpuBefore = cpuMs(server.pid);
  let batch = accepted;
  while (batch.status !== 'SUCCEEDED' && batch.status !== 'FAILED') {
    await sleep(50);
    batch = await json(await fetch(`${server.url}/v2/orgs/${ORG}/operations/${accepted.id}`));
  }
  const cpuAfter = cpuMs(server.pid);
  if (batch.status !== 'SUCCEEDED' || batch.progress.succeeded !== lines) throw new Error(`the batch ended ${batch.status} ${JSON.stringify(batch.progress)} ${JSON.stringify(batch.error)}`);
  const seconds = (Date.parse(batch.end_date) - Date.parse(batch.start_date)) / 1000;
  const cpuUsPerLine = cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1000) / lines;
  return { seconds, linesPerSecond: lines / seconds, cpuUsPerLine };
}

/** Stages the file's lines as an accepted upload would (not timed). */
async function stage(database: Database, batchId: string, targets: number[], lines: number, kind: string): Promise<void> {
  for (let start = 0; start < lines; start += FLOOR_CHUNK) {
    const rows = [];
    for (let n = start; n < Math.min(lines, start + FLOOR_CHUNK); n++) {
      const { subscriptionId, reason, value } = changeOf(targets, n);
      rows.push({ org: ORG, batch_id: batchId, seq: n + 1, line: n + 2, operation: 'SET_CREDIT_LIMIT', subscription_id: subscriptionId, resource_id: kind, reason, value, date: null });
    }
    await database.db.insertInto('batch_lines').values(rows).execute();
  }
}

/**
 * The set-based floor: the batch's work, 500 lines per transaction, with the fewest statements per chunk and nothing
 * else, on the service's append-only layout (the limit's row holds its current value, one change row per change).
 */
async function floorRun(database: Database, targets: number[], lines: number, kind: string): Promise<number> {
  const batchId = randomUUID();
  await stage(database, batchId, targets, lines, kind);
  const { dialect } = database;
  const started = performance.now();
  for (let last = 0; last < lines; ) {
    await database.transaction(async (db) => {
      const { rows: chunk } = await sql<{ seq: number; subscription_id: string; reason: string; value: string }>`
        select seq, subscription_id, reason, value from batch_lines where org = ${ORG} and batch_id = ${batchId} and seq > ${last} order by seq limit ${FLOOR_CHUNK}`.execute(db);
      const ids = [...new Set(chunk.map((row) => row.subscription_id))];
      const { rows: lines } = await sql<{ id: string; status: string }>`
        select id, status from subscriptions where org = ${ORG} and ${inValues(dialect, 'id', ids)} ${lockRows(dialect)}`.execute(db);
      if (lines.length !== ids.length) throw new Error('a target line is missing');
      const { rows: found } = await sql<{ id: string; data: string; version: number }>`
        select id, data, version from credit_limits where org = ${ORG} and ${inValues(dialect, 'id', ids.map((id) => `${id}:${kind}`))} ${lockRows(dialect)}`.execute(db);
      const limits = new Map(found.map((row) => [row.id, { limit: JSON.parse(row.data), version: Number(row.version), created: false }]));
      const at = new Date().toISOString();
      const events: unknown[][] = [];
      const changes: unknown[][] = [];
      for (const row of chunk) {
        const id = `${row.subscription_id}:${kind}`;
        const change = { credit_limit_value: Number(row.value), reason: row.reason, effective_date: at, update_system: 'bench', update_user: 'bench' };
        let entry = limits.get(id);
        if (entry) {
          entry.limit = { ...entry.limit, ...change };
          entry.version += 1;
        } else {
          entry = { limit: { id, subscription_id: row.subscription_id, creation_date: at, credit_limit_id: kind, ...change }, version: 1, created: true };
          limits.set(id, entry);
        }
        // Append-only, as the service keeps it: the row holds the current value, each change is a row of its own,
        // and the event holds the limit's row at its version (its history is read with the event).
        changes.push([id, entry.version, JSON.stringify(change)]);
        events.push([`CreditLimitAttributeValueChangeEvent`, kind, at, JSON.stringify({ event_id: randomUUID(), resource_version: entry.version, payload: entry.limit })]);
      }
      const saved = [...limits.values()];
      const updated = saved.filter((entry) => !entry.created).map((entry) => [entry.limit.id, JSON.stringify(entry.limit), entry.version]);
      if (updated.length > 0) {
        await sql`update credit_limits set data = v.data, version = v.version from ${rowsSource(dialect, 'v', [['id', 'text'], ['data', 'text'], ['version', 'integer']], updated)}
          where credit_limits.org = ${ORG} and credit_limits.id = v.id`.execute(db);
      }
      const created = saved.filter((entry) => entry.created).map((entry) => [entry.limit.id, entry.version, at, JSON.stringify(entry.limit), entry.limit.subscription_id]);
      if (created.length > 0) {
        await sql`insert into credit_limits (org, id, version, creation_date, data, subscription_id)
          select ${ORG}, v.id, v.version, v.creation_date, v.data, v.subscription_id
          from ${rowsSource(dialect, 'v', [['id', 'text'], ['version', 'integer'], ['creation_date', 'timestamp'], ['data', 'text'], ['subscription_id', 'text']], created)}`.execute(db);
      }
      await sql`insert into credit_limit_changes (org, credit_limit_id, seq, data) select ${ORG}, v.id, v.seq, v.data
        from ${rowsSource(dialect, 'v', [['id', 'text'], ['seq', 'integer'], ['data', 'text']], changes)}`.execute(db);
      const { rows: counter } = await sql<{ last: number }>`
        insert into event_sequences (org, last) values (${ORG}, ${events.length}) on conflict (org) do update set last = event_sequences.last + ${events.length} returning last`.execute(db);
      const first = Number(counter[0].last) - events.length + 1;
      await sql`insert into events (org, sequence, event_type, resource_kind, resource_id, event_time, data)
        select ${ORG}, v.sequence, v.event_type, 'CreditLimit', v.resource_id, v.event_time, v.data
        from ${rowsSource(dialect, 'v', [['sequence', 'integer'], ['event_type', 'text'], ['resource_id', 'text'], ['event_time', 'timestamp'], ['data', 'text']], events.map((event, index) => [first + index, ...event]))}`.execute(db);
      await sql`update batch_lines set outcome = 'SUCCEEDED' where org = ${ORG} and batch_id = ${batchId} and seq > ${last} and seq <= ${last + chunk.length}`.execute(db);
      last += chunk.length;
    });
  }
  return lines / ((performance.now() - started) / 1000);
}

export async function benchBatch(options: {
  dialect: string;
  label: string;
  databaseUrl: string;
  batchLines: number;
  idleLines: number;
  startServer: (env: Record<string, string>) => Promise<BatchServer>;
  cpuMs: (pid: number) => number | undefined;
  log: (message: string) => void;
}): Promise<BatchResult> {
  const { dialect, label, batchLines, idleLines, log } = options;
  const config = parseDatabaseUrl(options.databaseUrl);
  const targets = mobileLines(DISTINCT_LINES);
  await seed({ database: config, subscriptions: targets[targets.length - 1] + 1, org: ORG });
  if (idleLines > 0) await seed({ database: config, subscriptions: idleLines, org: IDLE_ORG });
  const result: BatchResult = { dialect, label, runs: [], idleLines };
  const shapes = [
    { shape: 'distinct' as const, targets },
    { shape: 'concentrated' as const, targets: targets.slice(0, CONCENTRATED_LINES) },
  ];
  for (const { shape, targets: lines } of shapes) {
    const server = await options.startServer({ WORKER: 'on' });
    let service;
    try {
      service = await serviceRun(server, lines, batchLines, KINDS[shape].service, options.cpuMs);
      log(`batch ${label} ${dialect} ${shape}: ${service.linesPerSecond.toFixed(0)} lines/s`);
    } finally {
      await server.stop();
    }
    const database = await openDatabase(config);
    try {
      const floorLinesPerSecond = await floorRun(database, lines, batchLines, KINDS[shape].floor);
      log(`batch ${label} ${dialect} ${shape}: floor ${floorLinesPerSecond.toFixed(0)} lines/s`);
      result.runs.push({ shape, lines: batchLines, ...service, floorLinesPerSecond });
    } finally {
      await database.close();
    }
  }
  if (idleLines > 0) result.idleCpuMsPerSecond = await idleCpuMsPerSecond(options);
  return result;
}

/** The CPU of a server with the worker on and nothing due (the idle org's scheduled operations are all in the future). */
async function idleCpuMsPerSecond(options: { startServer: (env: Record<string, string>) => Promise<BatchServer>; cpuMs: (pid: number) => number | undefined }): Promise<number | undefined> {
  const server = await options.startServer({ WORKER: 'on' });
  try {
    await sleep(IDLE_SETTLE_SECONDS * 1000);
    const before = options.cpuMs(server.pid);
    await sleep(IDLE_SECONDS * 1000);
    const after = options.cpuMs(server.pid);
    return before !== undefined && after !== undefined ? (after - before) / IDLE_SECONDS : undefined;
  } finally {
    await server.stop();
  }
}

export function batchTable(results: BatchResult[]): string {
  const rows = [
    '| checkout | dialect | shape | lines | batch s | lines/s | set-based floor lines/s | ratio | server CPU µs/line | idle CPU ms/s (a server started for it, org of n lines) |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of results) {
    if (r.note) {
      rows.push(`| ${r.label} | ${r.dialect} | — | — | — | — | — | — | — | ${r.note} |`);
      continue;
    }
    for (const run of r.runs) {
      const idle = run.shape === 'concentrated' && r.idleCpuMsPerSecond !== undefined ? `${r.idleCpuMsPerSecond.toFixed(1)} (${r.idleLines})` : '';
      rows.push(
        `| ${r.label} | ${r.dialect} | ${run.shape} | ${run.lines} | ${run.seconds.toFixed(1)} | ${run.linesPerSecond.toFixed(0)} | ${run.floorLinesPerSecond.toFixed(0)} | ${(run.linesPerSecond / run.floorLinesPerSecond).toFixed(2)} | ${run.cpuUsPerLine?.toFixed(0) ?? '—'} | ${idle} |`,
      );
    }
  }
  return rows.join('\n');
}
