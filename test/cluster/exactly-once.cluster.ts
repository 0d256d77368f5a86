import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { scratchPostgres, startServer, type ServerProcess } from '../helpers/process.js';

/**
 * `npm run test:cluster`: exactly once on a cluster, as an operator runs it. Two API nodes (WORKER=off) and two
 * workers (dist/worker.js) on a fresh PostgreSQL database, all on loopback. A worker is killed with SIGKILL in the
 * middle of an administration batch, and an API node in the middle of a burst of keyed creates; every request
 * left unanswered is retried with its key on the other node. Then: one resource per key, every batch line applied
 * once, a contiguous event sequence with one event per change, and nothing answered 2xx lost.
 */

const ORG = 'cluster';
const SUBSCRIPTIONS = 40;
// 8,000 lines, 16 chunks of 500: the worker is still mid-batch when the test sees its first chunk committed.
const VALUES_PER_SUBSCRIPTION = 200;
const BURST = 300;
const TOTAL = 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';

interface Reply {
  status: number;
  body: any;
  headers: Headers;
}

async function send(base: string, method: string, path: string, options: { json?: string; form?: FormData; headers?: Record<string, string> } = {}): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, { method, headers, body: options.json ?? options.form, signal: AbortSignal.timeout(90_000) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined, headers: response.headers };
}

async function sleep(ms: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

async function createLines(base: string): Promise<string[]> {
  const bundle = await send(base, 'POST', `/v2/orgs/${ORG}/bundles`, { json: JSON.stringify({ account_id: 'CLUSTER-LINES', catalogue_bundled_commercial_product_id: 'P' }) });
  assert.equal(bundle.status, 201, JSON.stringify(bundle.body));
  const ids: string[] = [];
  await inParallel(
    Array.from({ length: SUBSCRIPTIONS }, (_, i) => i),
    10,
    async (i) => {
      const line = await send(base, 'POST', `/v2/orgs/${ORG}/bundles/${bundle.body.id}/subscriptions/mobile`, {
        json: JSON.stringify({
          catalogue_commercial_product_id: 'MOBILE_UNLIMITED',
          status: 'ACTIVE',
          specific_data: { msisdn: `6${String(10_000_000 + i)}`, imsi: `21403${String(i).padStart(10, '0')}` },
        }),
      });
      assert.equal(line.status, 201, JSON.stringify(line.body));
      ids.push(line.body.id);
    },
  );
  return ids;
}

/** SET_CREDIT_LIMIT lines: each line's total limit goes 1, 2, … VALUES_PER_SUBSCRIPTION, interleaved across the lines. */
function creditLimitFile(lines: string[]): string {
  const rows = ['operation,subscription_id,resource_id,reason,value'];
  for (let value = 1; value <= VALUES_PER_SUBSCRIPTION; value++) {
    for (const line of lines) rows.push(`SET_CREDIT_LIMIT,${line},${TOTAL},cluster,${value}.00`);
  }
  return rows.join('\n') + '\n';
}

async function until<T>(what: string, seconds: number, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await sleep(50);
  }
  throw new Error(`${what}: not within ${seconds} s`);
}

test('two API nodes and two workers on one PostgreSQL keep every answer and apply everything once through kill -9 of a worker and of a node', { timeout: 600_000 }, async () => {
  const db = await scratchPostgres();
  const processes: ServerProcess[] = [];
  const start = async (entry: 'server' | 'worker', env: Record<string, string> = {}) => {
    const started = await startServer({ DATABASE_URL: db.url, OPERATION_LEASE_SECONDS: '2', ...env }, entry, { built: true });
    processes.push(started);
    return started;
  };
  const began = Date.now();
  const phase = (name: string) => console.log(`cluster: ${name} at ${((Date.now() - began) / 1000).toFixed(1)} s`);
  try {
    const nodeA = await start('server', { WORKER: 'off' });
    const nodeB = await start('server', { WORKER: 'off' });
    phase('nodes up');
    const lines = await createLines(nodeB.url);
    phase('nodes up, lines created');

    // ── A worker dies in the middle of a batch ──
    const firstWorker = await start('worker');
    const form = new FormData();
    form.append('file', new Blob([creditLimitFile(lines)], { type: 'text/csv' }), 'limits.csv');
    const accepted = await send(nodeA.url, 'POST', `/v2/orgs/${ORG}/operations?wait=0`, { form, headers: { 'idempotency-key': randomUUID() } });
    assert.equal(accepted.status, 202, JSON.stringify(accepted.body));
    const batch = `/v2/orgs/${ORG}/operations/${accepted.body.id}`;
    const total = SUBSCRIPTIONS * VALUES_PER_SUBSCRIPTION;
    const midway = await until('the batch to start', 60, async () => {
      const current = (await send(nodeB.url, 'GET', batch)).body;
      return current.progress.processed > 0 ? current : undefined;
    });
    await firstWorker.kill('SIGKILL');
    phase('worker killed');
    assert.ok(midway.progress.processed < total, `the batch had finished before the kill (${midway.progress.processed} lines)`);
    await start('worker');
    await start('worker');

    // ── A node dies in the middle of a burst of keyed creates ──
    const keys = Array.from({ length: BURST }, () => randomUUID());
    const bodyOf = (key: string) => JSON.stringify({ account_id: key, catalogue_bundled_commercial_product_id: 'BURST' });
    const answered = new Map<string, string>();
    let killed: Promise<void> | undefined;
    await inParallel(keys, 16, async (key) => {
      try {
        const created = await send(nodeA.url, 'POST', `/v2/orgs/${ORG}/bundles`, { json: bodyOf(key), headers: { 'idempotency-key': key } });
        assert.equal(created.status, 201, JSON.stringify(created.body));
        answered.set(key, created.body.id);
      } catch (error) {
        if (!killed) throw error; // only the kill may leave a request unanswered
      }
      if (!killed && answered.size >= BURST / 3) killed = nodeA.kill('SIGKILL');
    });
    await killed;
    phase('node killed');
    const unanswered = keys.filter((key) => !answered.has(key));
    assert.ok(unanswered.length > 0, 'the kill left requests unanswered');
    let replayed = 0;
    await inParallel(unanswered, 16, async (key) => {
      const retried = await until(`the retry of key ${key}`, 30, async () => {
        const retry = await send(nodeB.url, 'POST', `/v2/orgs/${ORG}/bundles`, { json: bodyOf(key), headers: { 'idempotency-key': key } });
        if (retry.status === 409 && retry.body.error.code === 'IDEMPOTENCY_KEY_IN_USE') return undefined;
        assert.equal(retry.status, 201, JSON.stringify(retry.body));
        return retry;
      });
      if (retried.headers.get('idempotent-replayed') === 'true') replayed += 1;
      assert.match(String(retried.headers.get('location')), new RegExp(`^${nodeB.url.replace('127.0.0.1', '(127\\.0\\.0\\.1|localhost)')}/v2/orgs/${ORG}/bundles/`));
      answered.set(key, retried.body.id);
    });

    phase('unanswered requests retried');
    // ── Every key made one bundle, and every answered bundle is there ──
    await inParallel(keys, 16, async (key) => {
      const found = await send(nodeB.url, 'GET', `/v2/orgs/${ORG}/bundles?account_id=${key}`);
      assert.equal(found.body.total, 1, `key ${key}: ${found.body.total} bundles`);
      assert.equal(found.body.items[0].id, answered.get(key), `key ${key}: the answered bundle`);
    });

    // ── Every batch line applied once ──
    const finished = await until('the batch to finish', 240, async () => {
      const current = (await send(nodeB.url, 'GET', batch)).body;
      return current.status === 'SUCCEEDED' || current.status === 'FAILED' ? current : undefined;
    });
    phase('batch finished');
    assert.equal(finished.status, 'SUCCEEDED');
    assert.deepEqual(finished.progress, { total, processed: total, succeeded: total, failed: 0 });
    const expectedHistory = Array.from({ length: VALUES_PER_SUBSCRIPTION - 1 }, (_, i) => VALUES_PER_SUBSCRIPTION - 1 - i);
    await inParallel(lines, 10, async (line) => {
      const limit = (await send(nodeB.url, 'GET', `/v2/orgs/${ORG}/subscriptions/${line}/credit_limits/${TOTAL}`)).body;
      assert.equal(limit.credit_limit_value, VALUES_PER_SUBSCRIPTION, `line ${line}`);
      assert.deepEqual(limit.historical_changes.map((change: { credit_limit_value: number }) => change.credit_limit_value), expectedHistory, `line ${line}: each value once`);
    });

    // ── A contiguous event sequence, one event per change ──
    const events: Array<{ sequence: number; event_id: string; event_type: string; resource: { id: string } }> = [];
    for (let after = 0; ; ) {
      const page = (await send(nodeB.url, 'GET', `/v2/orgs/${ORG}/events?after=${after}&limit=1000`)).body;
      if (page.items.length === 0) break;
      events.push(...page.items);
      after = page.next_after;
    }
    assert.deepEqual(events.map((event) => event.sequence), Array.from({ length: events.length }, (_, i) => i + 1));
    assert.equal(new Set(events.map((event) => event.event_id)).size, events.length);
    const countOf = (type: string) => events.filter((event) => event.event_type === type).length;
    const bundleCreates = events.filter((event) => event.event_type === 'BundleCreateEvent').map((event) => event.resource.id);
    assert.equal(new Set(bundleCreates).size, bundleCreates.length, 'one create event per bundle');
    assert.deepEqual(new Set(bundleCreates), new Set([...answered.values(), ...bundleCreates.slice(0, 1)]));
    assert.equal(bundleCreates.length, BURST + 1);
    assert.equal(countOf('SubscriptionCreateEvent'), SUBSCRIPTIONS);
    assert.equal(countOf('CreditLimitCreateEvent'), SUBSCRIPTIONS);
    assert.equal(countOf('CreditLimitAttributeValueChangeEvent'), total - SUBSCRIPTIONS);
    assert.equal(events.length, BURST + 1 + SUBSCRIPTIONS + total, 'no other event');
    console.log(`cluster: ${total} batch lines through a worker kill at line ${midway.progress.processed}; ${BURST} keyed creates, ${unanswered.length} unanswered at the node kill, ${replayed} of them replayed on the other node; ${events.length} events`);
  } finally {
    for (const started of processes) await started.kill();
    await db.drop();
  }
});
