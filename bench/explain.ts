import path from 'node:path';
import { pathToFileURL } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import type { BenchRequest } from './scenarios.js';

/**
 * Which SQL does a request really issue, and does each statement use an index? The service is loaded in this
 * process from src/ (dist/ bundles the same modules into its entry points) on the benchmark's database, the drivers are
 * instrumented to record every statement, one request of each scenario is injected, and every recorded
 * statement is explained on the same database: SQLite `EXPLAIN QUERY PLAN`, PostgreSQL `EXPLAIN`.
 */

interface Captured {
  sql: string;
  params: unknown[];
}

export interface StatementPlan {
  sql: string;
  plan: string[];
  /** A table or whole-index scan (SQLite `SCAN`, PostgreSQL `Seq Scan`). */
  fullScan: boolean;
}

export interface ScenarioPlans {
  scenario: string;
  request: string;
  status: number;
  /** Statements one request issues, transaction control included. */
  statementCount: number;
  plans: StatementPlan[];
}

const TRANSACTION_CONTROL = /^\s*(begin|commit|rollback|savepoint|release)\b/i;

let recording: Captured[] | null = null;
let instrumented = false;

/** Wraps the drivers' execution entry points once; they record only while `recording` is set. */
function instrumentDrivers(): void {
  if (instrumented) return;
  instrumented = true;
  const probe = new SqliteDatabase(':memory:');
  const statementPrototype = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, (...args: unknown[]) => unknown>;
  probe.close();
  for (const method of ['run', 'get', 'all', 'iterate']) {
    const original = statementPrototype[method];
    statementPrototype[method] = function (this: { source: string }, ...args: unknown[]) {
      recording?.push({ sql: this.source, params: args.length === 1 && Array.isArray(args[0]) ? (args[0] as unknown[]) : args });
      return original.apply(this, args);
    };
  }
  const clientPrototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const originalQuery = clientPrototype.query;
  clientPrototype.query = function (this: unknown, ...args: unknown[]) {
    const [config, values] = args as [string | { text: string; values?: unknown[] }, unknown[] | undefined];
    const sql = typeof config === 'string' ? config : config?.text;
    if (typeof sql === 'string') recording?.push({ sql, params: values ?? (typeof config === 'object' ? config.values ?? [] : []) });
    return originalQuery.apply(this, args);
  };
}

async function importSource<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(path.resolve('src', file)).href)) as T;
}

interface Explainer {
  explain(sql: string, params: unknown[]): Promise<StatementPlan>;
  close(): Promise<void>;
}

function sqliteExplainer(file: string): Explainer {
  const db = new SqliteDatabase(file, { readonly: true });
  return {
    async explain(sql, params) {
      const rows = db.prepare(`explain query plan ${sql}`).all(params) as Array<{ id: number; parent: number; detail: string }>;
      const depth = new Map<number, number>([[0, -1]]);
      const plan = rows.map((row) => {
        const level = (depth.get(row.parent) ?? -1) + 1;
        depth.set(row.id, level);
        return `${'  '.repeat(level)}${row.detail}`;
      });
      return { sql, plan, fullScan: rows.some((row) => /^SCAN (?!CONSTANT ROW)/.test(row.detail)) };
    },
    async close() {
      db.close();
    },
  };
}

async function postgresExplainer(url: string): Promise<Explainer> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async explain(sql, params) {
      const result = await client.query<{ 'QUERY PLAN': string }>(`explain ${sql}`, params);
      const plan = result.rows.map((row) => row['QUERY PLAN']);
      return { sql, plan, fullScan: plan.some((line) => /Seq Scan/.test(line)) };
    },
    async close() {
      await client.end();
    },
  };
}

/** Injects each request into the service and explains every statement it issued. */
export async function explainScenarios(databaseUrl: string, requests: Array<{ scenario: string; request: BenchRequest }>): Promise<ScenarioPlans[]> {
  const { loadConfig } = await importSource<{ loadConfig(env: NodeJS.ProcessEnv): { database: { dialect: string; file?: string; url?: string } } }>('config.ts');
  const { openDatabase } = await importSource<{ openDatabase(config: unknown): Promise<{ dialect: string; close(): Promise<void> }> }>('db/database.ts');
  const { buildApp } = await importSource<{
    buildApp(options: unknown): Promise<{
      inject(options: { method: string; url: string; payload?: string; headers?: Record<string, string> }): Promise<{ statusCode: number }>;
      close(): Promise<void>;
    }>;
  }>('app.ts');
  const { families } = await importSource<{ families: unknown[] }>('resources/index.ts');
  instrumentDrivers();
  const config = loadConfig({ ...process.env, DATABASE_URL: databaseUrl, WORKER: 'off', LOG_LEVEL: 'silent', PORT: '0' });
  const database = await openDatabase(config.database);
  const app = await buildApp({ config, database, families, logger: false });
  const explainer = config.database.dialect === 'sqlite' ? sqliteExplainer(config.database.file!) : await postgresExplainer(config.database.url!);
  const results: ScenarioPlans[] = [];
  try {
    for (const { scenario, request } of requests) {
      recording = [];
      const response = await app.inject({
        method: request.method,
        url: request.path,
        payload: request.body,
        headers: request.body ? { 'content-type': 'application/json' } : {},
      });
      const captured = recording;
      recording = null;
      const seen = new Set<string>();
      const plans: StatementPlan[] = [];
      for (const statement of captured) {
        if (TRANSACTION_CONTROL.test(statement.sql) || seen.has(statement.sql)) continue;
        seen.add(statement.sql);
        plans.push(await explainer.explain(statement.sql, statement.params));
      }
      results.push({ scenario, request: `${request.method} ${request.path}`, status: response.statusCode, statementCount: captured.length, plans });
    }
  } finally {
    recording = null;
    await explainer.close();
    await app.close();
    await database.close();
  }
  return results;
}
