import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { spawnServer } from './processes.js';

/**
 * `npx tsx bench/docs.ts [--runs 5]`: how long `/docs` (swagger-ui over /openapi.json) takes to draw in headless
 * Chromium, on the built server (dist/server.js, SQLite in a temporary folder), each run in a fresh browser context
 * (nothing cached): until the operation list is drawn (every tag's header on the page), until the first tag opens
 * on a click, and until its first operation opens (its parameters, body and answers drawn). Also prints the
 * document's size and its number of `$ref`s. `CHROMIUM_PATH` as for the console's tests (default /usr/bin/chromium).
 */

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' } } });
const runs = Number(args.runs);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'inventory-docs-'));
const server = await spawnServer('dist/server.js', { DATABASE_URL: `sqlite:${path.join(folder, 'docs.sqlite')}`, LOG_LEVEL: 'warn', WORKER: 'off' }, ['ignore', 'inherit', 'inherit']);
const { base } = server;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  await server.answering();
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
  await server.stop();
  fs.rmSync(folder, { recursive: true, force: true });
}
