import { after, before, describe } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { families } from '../../src/resources/index.js';
import type { ResourceFamily } from '../../src/resources/family.js';
import { loadConfig, type Config } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { freshPostgres, testDialects, type TestDialect } from './database.js';

export { testDialects, type TestDialect } from './database.js';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Record<string, string | string[] | undefined>;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  dialect: TestDialect;
  request<T = any>(method: string, url: string, body?: unknown, headers?: Record<string, string>): Promise<Answer<T>>;
  /** Polls an operation until it leaves PENDING/RUNNING. */
  waitForOperation(org: string, id: string): Promise<any>;
  close(): Promise<void>;
}

/** Polls an operation through `request` until it leaves PENDING/RUNNING (5 s at most). */
export function operationPoller(request: TestApp['request']): TestApp['waitForOperation'] {
  return async (org, id) => {
    for (let i = 0; i < 200; i++) {
      const { body } = await request('GET', `/v2/orgs/${org}/operations/${id}`);
      if (body.status === 'SUCCEEDED' || body.status === 'FAILED') return body;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`operation ${id} did not finish`);
  };
}

export interface TestAppOptions {
  env?: Record<string, string>;
  /** The resource families to serve; all of them by default. */
  families?: ResourceFamily[];
  /** Runs on the migrated database before the app starts (e.g. a bulk seed through connections of its own). */
  prepare?: (config: Config) => Promise<void>;
}

export async function startTestApp(dialect: TestDialect, options: TestAppOptions = {}): Promise<TestApp> {
  const postgres = dialect === 'postgres' ? await freshPostgres() : undefined;
  const config: Config = loadConfig({
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://localhost:8080',
    DATABASE_URL: postgres ? postgres.url : 'sqlite::memory:',
    ...options.env,
  });
  const database = await openDatabase(config.database, { poolSize: 20 });
  await migrateToLatest(database);
  await options.prepare?.(config);
  const app = await buildApp({ config, database, families: options.families ?? families, logger: false });
  await app.ready();
  const request = async (method: string, url: string, body?: unknown, headers: Record<string, string> = {}) => {
    const response = await app.inject({
      method: method as 'GET',
      url,
      headers: body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = response.body;
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      // not JSON (HTML docs, metrics): keep the text
    }
    return { status: response.statusCode, body: parsed as any, headers: response.headers as Answer["headers"] };
  };
  return {
    app,
    database,
    dialect,
    request,
    waitForOperation: operationPoller(request),
    async close() {
      await app.close();
      await database.close();
      await postgres?.drop();
    },
  };
}

/**
 * Runs a suite once per database: `body` receives a TestApp that is ready inside its tests (not while the
 * suite is being declared).
 */
export function forEachDialect(name: string, body: (t: TestApp) => void, options: TestAppOptions = {}): void {
  for (const dialect of testDialects()) {
    describe(`${name} [${dialect}]`, () => {
      const holder = {} as TestApp;
      before(async () => {
        Object.assign(holder, await startTestApp(dialect, options));
      });
      after(async () => {
        await holder.close?.();
      });
      body(holder);
    });
  }
}
