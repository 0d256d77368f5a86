import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

/**
 * `npx tsx bench/docs.ts [--runs 5]`: how long `/docs` (swagger-ui over /openapi.json) takes to draw in headless
 * Chromium, on the built server (dist/server.js, SQLite in a temporary folder), each run in a fresh browser context
 * (nothing cached): until the operation list is drawn (every tag's header on the page), until the first tag opens
 * on a click, and until its first operation opens (its parameters, body and answers drawn). Also prints the
 * document's size and its number of `$ref`s. `CHROMIUM_PATH` as for the console's tests (default /usr/bin/chromium).
 */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(args.runs);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'inventory-docs-'));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const server = spawn(process.execPath, ['dist/server.js'], {
  cwd: root,
  env: { ...process.env, DATABASE_URL: `sqlite:${path.join(folder, 'docs.sqlite')}`, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', WORKER: 'off', NODE_ENV: '' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  for (let tries = 0; !(await fetch(`${base}/health/live`).then((r) => r.ok, () => false)); tries++) {
    if (tries > 400) throw new Error('the server did not start');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const documentText = await (await fetch(`${base}/openapi.json`)).text();
  const gzipped = await fetch(`${base}/openapi.json`, { headers: { 'accept-encoding': 'gzip' } }).then((r) => r.headers.get('content-encoding'));
  const refs = documentText.match(/"\$ref"/g)?.length ?? 0;
  console.log(`/openapi.json: ${Math.round(documentText.length / 1024)} KB, ${refs} $refs, served ${gzipped ?? 'uncompressed'}; load ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}`);

  const figures = { list: [] as number[], tag: [] as number[], operation: [] as number[] };
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const started = performance.now();
    await page.goto(`${base}/docs/`);
    await page.locator('.opblock-tag').first().waitFor();
    const list = performance.now() - started;
    let mark = performance.now();
    await page.locator('.opblock-tag').first().click();
    await page.locator('.opblock').first().waitFor();
    const tag = performance.now() - mark;
    mark = performance.now();
    await page.locator('.opblock-summary').first().click();
    await page.locator('.opblock-body .responses-wrapper').first().waitFor();
    const operation = performance.now() - mark;
    const tags = await page.locator('.opblock-tag').count();
    if (errors.length > 0) throw new Error(`script errors on /docs: ${errors.join(' | ')}`);
    figures.list.push(list);
    figures.tag.push(tag);
    figures.operation.push(operation);
    console.log(`run ${run + 1}: list drawn ${Math.round(list)} ms (${tags} tags), a tag opens ${Math.round(tag)} ms, an operation opens ${Math.round(operation)} ms; load ${os.loadavg().map((v) => v.toFixed(2)).join(' ')}`);
    await context.close();
  }
  console.log(`/docs median over ${runs} runs: list drawn ${Math.round(median(figures.list))} ms, a tag opens ${Math.round(median(figures.tag))} ms, an operation opens ${Math.round(median(figures.operation))} ms`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  await new Promise((resolve) => server.on('exit', resolve));
  fs.rmSync(folder, { recursive: true, force: true });
}
