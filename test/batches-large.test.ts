import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { forEachDialect } from './helpers/app.js';
import { HEADER, line, operationsPath, upload } from './helpers/batches.js';
import { createBundle, createMobile, uniqueOrg } from './helpers/fixtures.js';

// Heap figures are compared after a full collection, so garbage not yet collected does not count as held.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

const LINES = 50_000;
const LIMIT_EVERY = 50;
const SUBSCRIPTIONS = 20;
const TOTAL = 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';
const MiB = 1024 * 1024;

forEachDialect('administration batches at scale', (t) => {
  test('a 50,000-line file is streamed, checked and run line by line in bounded memory, its progress visible on the operation while it runs', async (context) => {
    const org = uniqueOrg();
    const bundle = await createBundle(t, org);
    const subscriptions: string[] = [];
    for (let index = 0; index < SUBSCRIPTIONS; index++) subscriptions.push((await createMobile(t, org, bundle.id)).id);

    // Every 50th line changes a real line's credit limit; the others name unknown lines and fail (SUBSCRIPTION_NOT_FOUND).
    let fileBytes = 0;
    async function* file(): AsyncGenerator<string> {
      let block = `${HEADER.join(',')}\n`;
      for (let index = 0; index < LINES; index++) {
        const cells =
          index % LIMIT_EVERY === 0
            ? line('SET_CREDIT_LIMIT', subscriptions[(index / LIMIT_EVERY) % SUBSCRIPTIONS], { resource_id: TOTAL, reason: `campaign ${index}`, value: String(index / LIMIT_EVERY) })
            : line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'SUSPENDED', reason: 'bulk suspension of unpaid lines' });
        block += `${cells.join(',')}\n`;
        if (block.length > 64 * 1024) {
          fileBytes += block.length;
          yield block;
          block = '';
        }
      }
      fileBytes += block.length;
      yield block;
    }

    collectGarbage();
    const baseline = process.memoryUsage();
    const peak = { heapUsed: baseline.heapUsed, rss: baseline.rss };
    /** A few forced collections (each costs a full GC): once the file is in, then at each quarter of the run. */
    const measure = (collect: boolean) => {
      if (collect) collectGarbage();
      const now = process.memoryUsage();
      if (collect) peak.heapUsed = Math.max(peak.heapUsed, now.heapUsed);
      peak.rss = Math.max(peak.rss, now.rss);
    };

    const accepted = await upload(t, org, [{ content: file() }], { wait: 0 });
    assert.equal(accepted.status, 202, JSON.stringify(accepted.body));
    assert.deepEqual(accepted.body.progress, { total: LINES, processed: 0, succeeded: 0, failed: 0 });
    measure(true);
    const url = `${operationsPath(org)}/${accepted.body.id}`;
    const seen: number[] = [];
    let done: any;
    let nextQuarter = 1;
    for (const started = Date.now(); ; ) {
      const { body } = await t.request('GET', url);
      if (body.status === 'SUCCEEDED' || body.status === 'FAILED') {
        done = body;
        break;
      }
      if (body.status === 'RUNNING') seen.push(body.progress.processed);
      const quarter = body.progress.processed >= (nextQuarter * LINES) / 4;
      if (quarter) nextQuarter += 1;
      measure(quarter);
      assert.ok(Date.now() - started < 10 * 60_000, `the batch is still ${body.status} at ${JSON.stringify(body.progress)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    assert.equal(done.status, 'SUCCEEDED');
    const succeeded = LINES / LIMIT_EVERY;
    assert.deepEqual(done.progress, { total: LINES, processed: LINES, succeeded, failed: LINES - succeeded });
    const midway = seen.filter((processed) => processed > 0 && processed < LINES);
    assert.ok(midway.length >= 2, `progress was seen moving while the batch ran: ${seen.join(', ')}`);
    assert.deepEqual(seen, [...seen].sort((a, b) => a - b), 'progress never goes back');

    const failed = await t.request('GET', `${operationsPath(org)}/${done.id}/results?outcome=FAILED&offset=${LINES - succeeded - 2}&limit=5`);
    assert.equal(failed.body.total, LINES - succeeded);
    assert.deepEqual(failed.body.items.map((item: any) => [item.line, item.error.code]), [
      [LINES, 'SUBSCRIPTION_NOT_FOUND'],
      [LINES + 1, 'SUBSCRIPTION_NOT_FOUND'],
    ]);
    const limit = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscriptions[SUBSCRIPTIONS - 1]}/credit_limits/${TOTAL}`);
    assert.equal(limit.body.credit_limit_value, succeeded - 1);
    assert.equal(limit.body.historical_changes.length, succeeded / SUBSCRIPTIONS - 1);

    // Holding the file, or its lines, would show as heap growth of the file's size or more; a streamed upload and a
    // line-at-a-time run hold a chunk of lines. RSS also carries SQLite's in-memory database (lines, results, events).
    const heapGrowth = (peak.heapUsed - baseline.heapUsed) / MiB;
    const rssGrowth = (peak.rss - baseline.rss) / MiB;
    const fileSize = fileBytes / MiB;
    context.diagnostic(`${fileSize.toFixed(1)} MiB file: heap +${heapGrowth.toFixed(1)} MiB, RSS +${rssGrowth.toFixed(1)} MiB, progress seen at ${midway.length} polls`);
    assert.ok(heapGrowth < fileSize, `heap grew ${heapGrowth.toFixed(1)} MiB for a ${fileSize.toFixed(1)} MiB file`);
    assert.ok(rssGrowth < 512, `RSS grew ${rssGrowth.toFixed(1)} MiB`);
  });
});
