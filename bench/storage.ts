import { performance } from 'node:perf_hooks';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { StorageUnit } from './scenarios.js';

/**
 * The storage ceiling: a scenario's query run straight on the driver in a loop, with the connection settings
 * the service uses (SQLite: WAL, synchronous NORMAL, cached prepared statements, one thread; PostgreSQL: as
 * many concurrent clients as the service's pool). No HTTP, no validation, no JSON beyond the driver's.
 */

export interface LoopResult {
  units: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export interface StorageCeiling {
  run(unitOf: (n: number) => StorageUnit, seconds: number): Promise<LoopResult>;
  close(): Promise<void>;
}

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))];
}

function summarize(latencies: number[], elapsedMs: number): LoopResult {
  const sorted = Float64Array.from(latencies).sort();
  return { units: latencies.length, perSecond: (latencies.length * 1000) / elapsedMs, p50: percentile(sorted, 0.5), p99: percentile(sorted, 0.99) };
}

export function sqliteCeiling(file: string): StorageCeiling {
  const db = new SqliteDatabase(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  const statements = new Map<string, SqliteDatabase.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const begin = db.prepare('begin immediate');
  const commit = db.prepare('commit');
  return {
    async run(unitOf, seconds) {
      const latencies: number[] = [];
      const started = performance.now();
      const deadline = started + seconds * 1000;
      for (let n = 0; ; n++) {
        const before = performance.now();
        if (before >= deadline) break;
        const unit = unitOf(n);
        if (unit.transaction) begin.run();
        for (const { sql, params } of unit.statements) {
          const statement = prepared(sql);
          if (statement.reader) statement.all(params);
          else statement.run(params);
        }
        if (unit.transaction) commit.run();
        latencies.push(performance.now() - before);
      }
      return summarize(latencies, performance.now() - started);
    },
    async close() {
      db.close();
    },
  };
}

/** `?` placeholders as PostgreSQL's `$1, $2, …`. */
export function numbered(sql: string): string {
  let position = 0;
  return sql.replace(/\?/g, () => `$${++position}`);
}

export function postgresCeiling(url: string, concurrency: number): StorageCeiling {
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  const texts = new Map<string, string>();
  const text = (sql: string) => {
    let converted = texts.get(sql);
    if (!converted) {
      converted = numbered(sql);
      texts.set(sql, converted);
    }
    return converted;
  };
  return {
    async run(unitOf, seconds) {
      const latencies: number[] = [];
      const started = performance.now();
      const deadline = started + seconds * 1000;
      let next = 0;
      const worker = async () => {
        const client = await pool.connect();
        try {
          while (performance.now() < deadline) {
            const unit = unitOf(next++);
            const before = performance.now();
            if (unit.transaction) await client.query('begin');
            for (const { sql, params } of unit.statements) await client.query(text(sql), params);
            if (unit.transaction) await client.query('commit');
            latencies.push(performance.now() - before);
          }
        } finally {
          client.release();
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      return summarize(latencies, performance.now() - started);
    },
    async close() {
      await pool.end();
    },
  };
}
