import { readFileSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import pg from 'pg';
import { seed } from '../scripts/seed.js';
import { parseDatabaseUrl } from '../src/config.js';
import { BENCH_ORG, idOf, subscriptionStatusOf, subscriptionTypeOf } from './dataset.js';

/**
 * API.md 17.2–17.4 on a seeded org, one tier at a time (bench/README.md, "Cursors, exports and rehearsals"):
 * - `cursor-paging`: `GET /operations` (the org's largest list with no required filter: the seed schedules about two
 *   expirations per line) page 1, page 2 (the first by cursor) and page 2,000 (reached by walking `next_cursor`),
 *   each requested again and again one at a time; target: page 2,000 within 1.2× of page 1.
 * - `export`: `GET /exports/subscriptions` (NDJSON) read to its end, plain then gzip-encoded: lines/s, the server's
 *   CPU µs per line and its peak RSS meanwhile; with `--before`, the other checkout's server on the same data, the
 *   two alternating (three runs each: the fastest, and the lowest CPU per line, kept).
 * - `rehearsal`: the same SET_CREDIT_LIMIT file rehearsed (`dry_run=true`), then run: lines/s of each, and the
 *   longest wait of a write (`POST /bundles`, one every 100 ms) meanwhile, which on SQLite waits for the rehearsal.
 */

const PAGES = 2000;
const REPEATS = 30;
const REHEARSAL_LINES = 10_000;
const PROBE_EVERY_MS = 100;
/** Export runs per checkout with `--before`, alternating. */
const EXPORT_ROUNDS = 3;

export interface StreamsServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export interface PagingResult {
  limit: number;
  /** Median ms of the repeated requests. */
  page1: number;
  page2: number;
  page2000: number;
  /** The walk from page 1 to page 2,000, s. */
  walkSeconds: number;
}

export interface ExportResult {
  lines: number;
  seconds: number;
  linesPerSecond: number;
  megabytes: number;
  peakRssMb: number;
  baseRssMb: number;
  /** The server's CPU time (user + system) over the export ÷ lines. */
  cpuUsPerLine?: number;
  /** The same export gzip-encoded (Accept-Encoding: gzip), read and decoded by the client. */
  gzipLinesPerSecond?: number;
}

/** The export's floor in the same run: the lines' own rows read in its order and chunks straight on the driver. */
export interface ExportFloor {
  linesPerSecond: number;
  /** The runner's CPU time over the walk ÷ lines (on PostgreSQL the database's own work is not in it). */
  cpuUsPerLine: number;
}

export interface RehearsalResult {
  lines: number;
  rehearsalLinesPerSecond: number;
  batchLinesPerSecond: number;
  /** The longest POST /bundles while each ran, ms. */
  probeMaxMsRehearsal: number;
  probeMaxMsBatch: number;
}

export interface StreamsResult {
  dialect: string;
  subscriptions: number;
  paging?: PagingResult;
  export?: ExportResult;
  /** The export on `--before`'s checkout, the same data, in the same run. */
  exportBefore?: ExportResult;
  exportFloor?: ExportFloor;
  rehearsal?: RehearsalResult;
  note?: string;
}

async function json(response: Response): Promise<any> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${response.status} ${text.slice(0, 300)}`);
  return JSON.parse(text);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timed(url: string): Promise<number> {
  const started = performance.now();
  await json(await fetch(url));
  return performance.now() - started;
}

async function medianOf(url: string): Promise<number> {
  await timed(url);
  const times: number[] = [];
  for (let n = 0; n < REPEATS; n++) times.push(await timed(url));
  return median(times);
}

/** The page size that makes page 2,000 a full page of the list, 50 at most (the default page size). */
async function benchPaging(base: string): Promise<PagingResult> {
  const { total } = await json(await fetch(`${base}/operations?limit=1`));
  const limit = Math.max(1, Math.min(50, Math.floor(total / PAGES)));
  const first = `${base}/operations?limit=${limit}`;
  const started = performance.now();
  let cursor: string = (await json(await fetch(first))).next_cursor;
  const second = `${base}/operations?cursor=${encodeURIComponent(cursor)}`;
  for (let page = 2; page < PAGES; page++) cursor = (await json(await fetch(`${base}/operations?cursor=${encodeURIComponent(cursor)}`))).next_cursor;
  const walkSeconds = (performance.now() - started) / 1000;
  const deep = `${base}/operations?cursor=${encodeURIComponent(cursor)}`;
  return { limit, page1: await medianOf(first), page2: await medianOf(second), page2000: await medianOf(deep), walkSeconds };
}

function rss(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

async function readExport(server: StreamsServer, base: string, encoding: string, cpuMs: (pid: number) => number | undefined): Promise<ExportResult> {
  const baseRssMb = rss(server.pid);
  let peakRssMb = baseRssMb;
  const sampler = setInterval(() => (peakRssMb = Math.max(peakRssMb, rss(server.pid))), 100);
  try {
    const cpuBefore = cpuMs(server.pid);
    const started = performance.now();
    // fetch decodes gzip itself, and asks for it unless told otherwise.
    const response = await fetch(`${base}/exports/subscriptions`, { headers: { 'accept-encoding': encoding } });
    if (!response.ok || !response.body) throw new Error(`export answered ${response.status}`);
    let lines = 0;
    let bytes = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines += 1;
    }
    const seconds = (performance.now() - started) / 1000;
    const cpuAfter = cpuMs(server.pid);
    const cpuUsPerLine = cpuBefore !== undefined && cpuAfter !== undefined && lines > 0 ? ((cpuAfter - cpuBefore) * 1000) / lines : undefined;
    return { lines, seconds, linesPerSecond: lines / seconds, megabytes: bytes / 2 ** 20, peakRssMb: Math.max(peakRssMb, rss(server.pid)), baseRssMb, cpuUsPerLine };
  } finally {
    clearInterval(sampler);
  }
}

/** The export plain, then gzip-encoded, `rounds` times each (see `better`). */
async function benchExport(server: StreamsServer, base: string, cpuMs: (pid: number) => number | undefined, rounds: number, gzipped = true): Promise<ExportResult> {
  let kept: ExportResult | undefined;
  for (let round = 0; round < rounds; round++) {
    const plain = await readExport(server, base, 'identity', cpuMs);
    const gzip = gzipped ? await readExport(server, base, 'gzip', cpuMs) : undefined;
    kept = better(kept, { ...plain, gzipLinesPerSecond: gzip?.linesPerSecond, peakRssMb: Math.max(plain.peakRssMb, gzip?.peakRssMb ?? 0) });
  }
  return kept!;
}

const FLOOR_CHUNK = 500;
const FLOOR_WALK = 'select data, creation_date, id from subscriptions where org = $1 and (creation_date, id) > ($2, $3) order by creation_date, id limit $4';

/**
 * What no export can beat: each line's stored document read once, in the export's order and chunks (500 by keyset
 * on (creation_date, id)), straight on the driver, joined as NDJSON text and dropped. No children, no HTTP.
 */
async function exportFloor(databaseUrl: string, org: string): Promise<ExportFloor> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  let lines = 0;
  // Before every seeded date, and a timestamp on PostgreSQL too; then the last row's key, as the driver gave it.
  let after: [unknown, string] = ['0001-01-01T00:00:00Z', ''];
  let text = '';
  const take = (rows: Array<{ data: string; creation_date: unknown; id: string }>) => {
    text = '';
    for (const row of rows) text += `${row.data}\n`;
    lines += rows.length;
    const last = rows[rows.length - 1];
    if (last) after = [last.creation_date, last.id];
    return rows.length === FLOOR_CHUNK;
  };
  if (databaseUrl.startsWith('sqlite:')) {
    const db = new Sqlite(databaseUrl.slice('sqlite:'.length), { readonly: true });
    try {
      const walk = db.prepare(FLOOR_WALK.replace(/\$\d/g, '?'));
      db.exec('begin');
      while (take(walk.all(org, after[0], after[1], FLOOR_CHUNK) as never));
      db.exec('commit');
    } finally {
      db.close();
    }
  } else {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query('begin transaction isolation level repeatable read read only');
      while (take((await client.query({ name: 'floor-walk', text: FLOOR_WALK, values: [org, after[0], after[1], FLOOR_CHUNK] })).rows));
      await client.query('commit');
    } finally {
      await client.end();
    }
  }
  const used = process.cpuUsage(cpu);
  return { linesPerSecond: lines / ((performance.now() - started) / 1000), cpuUsPerLine: (used.user + used.system) / Math.max(1, lines) };
}

function creditLimitFile(subscriptions: number, lines: number): string {
  const targets: number[] = [];
  for (let index = 0; index < subscriptions && targets.length < 2000; index++) if (subscriptionStatusOf(index) === 'ACTIVE' && subscriptionTypeOf(index) === 'MOBILE') targets.push(index);
  const rows = ['operation,subscription_id,resource_id,reason,value'];
  for (let n = 0; n < lines; n++) rows.push(`SET_CREDIT_LIMIT,${idOf('subscription', targets[n % targets.length])},MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT,bench ${n},${(n % 500) + 1}.00`);
  return `${rows.join('\n')}\n`;
}

/** Runs the file (a rehearsal when `dryRun`) while a write is probed every 100 ms: lines/s, and the longest probe. */
async function runFile(base: string, file: string, lines: number, dryRun: boolean): Promise<{ linesPerSecond: number; probeMaxMs: number }> {
  const form = new FormData();
  form.append('file', new Blob([file], { type: 'text/csv' }), 'bench.csv');
  let batch = await json(await fetch(`${base}/operations?wait=0&dry_run=${dryRun}`, { method: 'POST', body: form }));
  const id = batch.id;
  let probeMaxMs = 0;
  let running = true;
  const probes = (async () => {
    while (running) {
      const started = performance.now();
      await json(await fetch(`${base}/bundles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ account_id: 'PROBE', catalogue_bundled_commercial_product_id: 'PROBE' }) }));
      probeMaxMs = Math.max(probeMaxMs, performance.now() - started);
      await sleep(PROBE_EVERY_MS);
    }
  })();
  while (batch.status !== 'SUCCEEDED' && batch.status !== 'FAILED') {
    await sleep(50);
    batch = await json(await fetch(`${base}/operations/${id}`));
  }
  running = false;
  await probes;
  if (batch.status !== 'SUCCEEDED' || batch.progress.processed !== lines) throw new Error(`the ${dryRun ? 'rehearsal' : 'batch'} ended ${batch.status} ${JSON.stringify(batch.progress)}`);
  return { linesPerSecond: lines / ((Date.parse(batch.end_date) - Date.parse(batch.start_date)) / 1000), probeMaxMs };
}

export async function benchStreams(options: {
  dialect: string;
  databaseUrl: string;
  tiers: number[];
  scenarios: { paging: boolean; export: boolean; rehearsal: boolean };
  /** Export runs (plain, then gzip-encoded unless `exportGzip` is false) without `--before`: 2 unless given. */
  exportRounds?: number;
  exportGzip?: boolean;
  startServer: (env: Record<string, string>) => Promise<StreamsServer>;
  /** `--before`'s checkout's server on the same database (the export only). */
  startBefore?: (env: Record<string, string>) => Promise<StreamsServer>;
  cpuMs: (pid: number) => number | undefined;
  log: (message: string) => void;
}): Promise<StreamsResult[]> {
  const results: StreamsResult[] = [];
  for (const subscriptions of options.tiers) {
    await seed({ database: parseDatabaseUrl(options.databaseUrl), subscriptions, org: BENCH_ORG });
    const result: StreamsResult = { dialect: options.dialect, subscriptions };
    const server = await options.startServer({ WORKER: 'on' });
    const base = `${server.url}/v2/orgs/${BENCH_ORG}`;
    const attempt = async (name: string, run: () => Promise<void>) => {
      try {
        await run();
      } catch (error) {
        result.note = `${result.note ? `${result.note}; ` : ''}${name} failed: ${(error as Error).message}`;
      }
    };
    try {
      if (options.scenarios.paging) {
        await attempt('cursor-paging', async () => void (result.paging = await benchPaging(base)));
        options.log(`cursor-paging ${options.dialect} ${subscriptions}: ${JSON.stringify(result.paging)}`);
      }
      if (options.scenarios.export) {
        if (options.startBefore) {
          // Alternating with the other checkout's server, one round each at a time, so both meet the same neighbours.
          const before = await options.startBefore({ WORKER: 'off' });
          const beforeBase = `${before.url}/v2/orgs/${BENCH_ORG}`;
          try {
            for (let round = 0; round < EXPORT_ROUNDS; round++) {
              await attempt('export', async () => void (result.export = better(result.export, await benchExport(server, base, options.cpuMs, 1))));
              await attempt('export before', async () => void (result.exportBefore = better(result.exportBefore, await benchExport(before, beforeBase, options.cpuMs, 1))));
            }
          } finally {
            await before.stop();
          }
          options.log(`export before ${options.dialect} ${subscriptions}: ${JSON.stringify(result.exportBefore)}`);
        } else await attempt('export', async () => void (result.export = await benchExport(server, base, options.cpuMs, options.exportRounds ?? 2, options.exportGzip ?? true)));
        await attempt('export floor', async () => void (result.exportFloor = await exportFloor(options.databaseUrl, BENCH_ORG)));
        options.log(`export ${options.dialect} ${subscriptions}: ${JSON.stringify(result.export)}; floor ${JSON.stringify(result.exportFloor)}`);
      }
      if (options.scenarios.rehearsal) {
        await attempt('rehearsal', async () => {
          const lines = Math.min(REHEARSAL_LINES, subscriptions);
          const file = creditLimitFile(subscriptions, lines);
          const rehearsal = await runFile(base, file, lines, true);
          const batch = await runFile(base, file, lines, false);
          result.rehearsal = { lines, rehearsalLinesPerSecond: rehearsal.linesPerSecond, batchLinesPerSecond: batch.linesPerSecond, probeMaxMsRehearsal: rehearsal.probeMaxMs, probeMaxMsBatch: batch.probeMaxMs };
        });
        options.log(`rehearsal ${options.dialect} ${subscriptions}: ${JSON.stringify(result.rehearsal)}`);
      }
    } finally {
      await server.stop();
    }
    results.push(result);
  }
  return results;
}

/**
 * The faster of two export runs, with the higher peak RSS and gzip figure of both, and the lower CPU per line (a
 * neighbour inflates a run's CPU time too, never deflates it).
 */
function better(kept: ExportResult | undefined, run: ExportResult): ExportResult {
  if (!kept) return run;
  const faster = run.linesPerSecond > kept.linesPerSecond ? run : kept;
  const cpu = [kept.cpuUsPerLine, run.cpuUsPerLine].filter((value): value is number => value !== undefined);
  return {
    ...faster,
    peakRssMb: Math.max(kept.peakRssMb, run.peakRssMb),
    gzipLinesPerSecond: kept.gzipLinesPerSecond === undefined && run.gzipLinesPerSecond === undefined ? undefined : Math.max(kept.gzipLinesPerSecond ?? 0, run.gzipLinesPerSecond ?? 0),
    cpuUsPerLine: cpu.length > 0 ? Math.min(...cpu) : undefined,
  };
}

const show = (value: number | undefined, digits = 0) => (value === undefined ? '—' : value.toFixed(digits));

export function streamsTable(results: StreamsResult[]): string {
  const rows = [
    '| dialect | lines | page size | page 1 ms | page 2 ms | page 2,000 ms | 2,000 ÷ 1 | 2,000 ÷ 2 | export lines/s | export MB | server RSS MB (before → peak) | rehearsal lines/s | batch lines/s | longest write during rehearsal / batch, ms |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---|',
  ];
  for (const r of results) {
    const p = r.paging;
    const e = r.export;
    const h = r.rehearsal;
    rows.push(
      `| ${r.dialect} | ${r.subscriptions} | ${show(p?.limit)} | ${show(p?.page1, 1)} | ${show(p?.page2, 1)} | ${show(p?.page2000, 1)} | ${p ? (p.page2000 / p.page1).toFixed(2) : '—'} | ${p ? (p.page2000 / p.page2).toFixed(2) : '—'} | ${show(e?.linesPerSecond)} | ${show(e?.megabytes)} | ${e ? `${e.baseRssMb.toFixed(0)} → ${e.peakRssMb.toFixed(0)}` : '—'} | ${show(h?.rehearsalLinesPerSecond)} | ${show(h?.batchLinesPerSecond)} | ${h ? `${h.probeMaxMsRehearsal.toFixed(0)} / ${h.probeMaxMsBatch.toFixed(0)}` : '—'}${r.note ? ` (${r.note})` : ''} |`,
    );
  }
  return rows.join('\n');
}

/** The export's figures, with `--before`'s beside them when measured. */
export function exportTable(results: StreamsResult[]): string {
  const rows = [
    '| dialect | lines | checkout | lines/s | gzip lines/s | server CPU µs/line | MB | server RSS MB (before → peak) | floor lines/s | floor CPU µs/line |',
    '|---|---:|---|---:|---:|---:|---:|---|---:|---:|',
  ];
  for (const r of results) {
    for (const [label, e] of [['before', r.exportBefore], ['now', r.export]] as const) {
      if (!e) continue;
      const f = r.exportFloor;
      rows.push(
        `| ${r.dialect} | ${r.subscriptions} | ${label} | ${show(e.linesPerSecond)} | ${show(e.gzipLinesPerSecond)} | ${show(e.cpuUsPerLine)} | ${show(e.megabytes)} | ${e.baseRssMb.toFixed(0)} → ${e.peakRssMb.toFixed(0)} | ${show(f?.linesPerSecond)} | ${show(f?.cpuUsPerLine, 1)} |`,
      );
    }
  }
  return rows.join('\n');
}
