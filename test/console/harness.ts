import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before } from 'node:test';
import { SignJWT } from 'jose';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { families } from '../../src/resources/index.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';

/** The console's end-to-end harness: the real app on a loopback port (SQLite in memory) and headless Chromium. */

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/**
 * Where the browser tests write their screenshots: a folder outside the tree, so `npm test` leaves it clean;
 * `UPDATE_SCREENSHOTS=1` writes the README's tracked docs/screenshots/ instead.
 */
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1'
  ? path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../docs/screenshots')
  : path.join(os.tmpdir(), 'inventory-console-screenshots');

export interface RunningService {
  baseUrl: string;
  app: FastifyInstance;
  database: Database;
  /** Calls the public API as any client would; throws on an unexpected status. */
  api<T = any>(method: string, url: string, body?: unknown, options?: { token?: string; expect?: number }): Promise<{ status: number; body: T; headers: Headers }>;
  close(): Promise<void>;
}

export async function startService(env: Record<string, string> = {}): Promise<RunningService> {
  const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: 'sqlite::memory:', ...env });
  const database = await openDatabase(config.database);
  await migrateToLatest(database);
  const app = await buildApp({ config, database, families, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    app,
    database,
    async api(method, url, body, options = {}) {
      const headers: Record<string, string> = {};
      if (body !== undefined) headers['content-type'] = 'application/json';
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      const response = await fetch(`${baseUrl}${url}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await response.text();
      const parsed = text ? JSON.parse(text) : undefined;
      const expected = options.expect;
      if (expected !== undefined ? response.status !== expected : !response.ok) {
        throw new Error(`${method} ${url} answered ${response.status}: ${text}`);
      }
      return { status: response.status, body: parsed, headers: response.headers };
    },
    async close() {
      await app.close();
      await database.close();
    },
  };
}

/**
 * A script error in the browser fails the test it happened in (or, when it comes after the last test, the file):
 * the console must not throw, even when what the test looks at still shows.
 */
const pageErrors: string[] = [];
function failOnPageErrors(): void {
  if (pageErrors.length > 0) throw new Error(`console page error(s): ${pageErrors.splice(0).join(' | ')}`);
}
afterEach(failOnPageErrors);
after(failOnPageErrors);

export interface Browser {
  context: BrowserContext;
  page(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Debian's Chromium with a fresh profile, headless, nothing reaching out to the network but the app. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: run scripts/ensure-chromium.sh (apt-get install chromium), or set CHROMIUM_PATH`);
  }
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'console-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1280, height: 800 },
    locale: 'en-GB',
    timezoneId: 'Europe/Madrid',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(15_000);
  return {
    context,
    async page(viewport) {
      const page = await context.newPage();
      if (viewport) await page.setViewportSize(viewport);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      return page;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export interface ConsoleSession {
  service: RunningService;
  browser: Browser;
}

/**
 * The real service and a browser for one suite: started before its tests, once `ready` (the console's build)
 * resolves, and closed after them.
 */
export function consoleSession(ready: Promise<unknown> = Promise.resolve(), env: Record<string, string> = {}): ConsoleSession {
  const session = {} as ConsoleSession;
  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await ready;
    session.service = await startService(env);
    session.browser = await launchBrowser();
  });
  after(async () => {
    await session.browser?.close();
    await session.service?.close();
  });
  return session;
}

export interface AuthenticatedConsole extends ConsoleSession {
  /** A bearer token for the org, signed with the service's secret, with these scopes. */
  token(scope: string): Promise<string>;
}

/** A console session with authentication on. */
export function authenticatedConsole(org: string, subject: string, ready: Promise<unknown>): AuthenticatedConsole {
  const secret = 'console-e2e-secret-console-e2e-secret';
  return Object.assign(consoleSession(ready, { AUTH_JWT_SECRET: secret }), {
    token: (scope: string) =>
      new SignJWT({ orgs: [org], scope }).setProtectedHeader({ alg: 'HS256' }).setSubject(subject).setIssuedAt().setExpirationTime('1h').sign(new TextEncoder().encode(secret)),
  });
}

/** A CSV file for an upload input, lines joined with CRLF. */
export function csvFile(name: string, lines: string[]) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`) };
}
