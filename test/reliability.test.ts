import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { testDialects } from './helpers/app.js';
import { call, scratchPostgres, startServer, type ServerProcess } from './helpers/process.js';

/**
 * Durability and exactly-once, with real processes: the server is killed with SIGKILL while it acknowledges
 * writes, and a worker while operations are RUNNING (the test asserts some were, and reports how many); after a
 * restart every acknowledged write is there and every accepted operation has been applied exactly once. Then several processes share one PostgreSQL queue.
 */

async function database(dialect: 'sqlite' | 'postgres'): Promise<{ url: string; drop(): Promise<void> }> {
  if (dialect === 'postgres') return scratchPostgres();
  const directory = mkdtempSync(path.join(os.tmpdir(), 'inventory-crash-'));
  return { url: `sqlite:${path.join(directory, 'inventory.sqlite')}`, drop: async () => rmSync(directory, { recursive: true, force: true }) };
}

async function createLines(base: string, org: string, count: number): Promise<string[]> {
  const bundle = await call(base, 'POST', `/v2/orgs/${org}/bundles`, { account_id: 'CRASH', catalogue_bundled_commercial_product_id: 'P' });
  const ids: string[] = [];
  for (let i = 0; i < count; i += 25) {
    const batch = await Promise.all(
      Array.from({ length: Math.min(25, count - i) }, () =>
        call(base, 'POST', `/v2/orgs/${org}/bundles/${bundle.body.id}/subscriptions/netflix`, {
          catalogue_commercial_product_id: 'NETFLIX_STD',
          status: 'ACTIVE',
          specific_data: { partner_account_id: `nf-${Math.random()}` },
        }),
      ),
    );
    for (const response of batch) {
      assert.equal(response.status, 201, JSON.stringify(response.body));
      ids.push(response.body.id);
    }
  }
  return ids;
}

/** Waits until the org has no PENDING or RUNNING operation, then answers the given ones. */
async function waitForOperations(base: string, org: string, ids: string[], timeoutMs = 120_000): Promise<any[]> {
  const deadline = Date.now() + timeoutMs;
  const live = encodeURIComponent(JSON.stringify({ in: ['PENDING', 'RUNNING'] }));
  for (;;) {
    const pending = await call(base, 'GET', `/v2/orgs/${org}/operations?status=${live}&limit=1`);
    if (pending.body.total === 0) break;
    if (Date.now() > deadline) throw new Error(`${pending.body.total} operations still pending`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return Promise.all(ids.map((id) => call(base, 'GET', `/v2/orgs/${org}/operations/${id}`).then((response) => response.body)));
}

/**
 * Reads the operations table straight from the database, beside the server processes: it sees a RUNNING
 * operation while its worker holds it, and what a killed worker left RUNNING.
 */
async function operationsObserver(dialect: 'sqlite' | 'postgres', url: string) {
  const countQuery = `select count(*) as n from operations where org = 'crash' and status = $1`;
  let count: (status: string) => Promise<number>;
  let close: () => Promise<void>;
  if (dialect === 'postgres') {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    count = async (status) => Number((await client.query(countQuery, [status])).rows[0].n);
    close = () => client.end();
  } else {
    const sqlite = new SqliteDatabase(url.replace(/^sqlite:/, ''));
    sqlite.pragma('busy_timeout = 5000');
    const statement = sqlite.prepare(countQuery.replace('$1', '?'));
    count = async (status) => Number((statement.get(status) as { n: number }).n);
    close = async () => {
      sqlite.close();
    };
  }
  return {
    count,
    close,
    /** Polls until an operation is RUNNING (true) or none is left to run (false). */
    async untilRunning(timeoutMs = 60_000): Promise<boolean> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        if ((await count('RUNNING')) > 0) return true;
        if ((await count('PENDING')) === 0) return false;
        if (Date.now() > deadline) throw new Error('no operation started running');
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}

/** Each line was deactivated once: one DEACTIVATED entry in its history, made by the operation that asked for it. */
async function assertAppliedOnce(base: string, org: string, lines: Map<string, string>): Promise<void> {
  for (const [line, operation] of lines) {
    const history = await call(base, 'GET', `/v2/orgs/${org}/subscriptions/${line}/status_history`);
    const deactivations = history.body.filter((entry: { to: string }) => entry.to === 'DEACTIVATED');
    assert.equal(deactivations.length, 1, `line ${line} was deactivated ${deactivations.length} times`);
    assert.equal(deactivations[0].operation_id, operation);
  }
}

for (const dialect of testDialects()) {
  describe(`crash safety [${dialect}]`, () => {
    test('kill -9 while writes are acknowledged: every 2xx write is there after the restart', async () => {
      const db = await database(dialect);
      let server: ServerProcess | undefined = await startServer({ DATABASE_URL: db.url, WORKER: 'off' });
      try {
        const acknowledged: string[] = [];
        const victim = server;
        // Killed in the middle of the load: once 200 writes are acknowledged, with 8 more in flight.
        const writers = Array.from({ length: 8 }, async () => {
          for (;;) {
            try {
              const response = await call(victim.url, 'POST', '/v2/orgs/crash/bundles', { account_id: 'ACK', catalogue_bundled_commercial_product_id: 'P' });
              if (response.status === 201) acknowledged.push(response.body.id);
              if (acknowledged.length === 200) void victim.kill();
            } catch {
              return; // the server is gone
            }
          }
        });
        await Promise.all(writers);
        assert.ok(acknowledged.length >= 200, `only ${acknowledged.length} writes before the kill`);
        server = await startServer({ DATABASE_URL: db.url, WORKER: 'off' });
        for (const id of acknowledged) {
          const response = await call(server.url, 'GET', `/v2/orgs/crash/bundles/${id}`);
          assert.equal(response.status, 200, `acknowledged bundle ${id} is missing`);
        }
      } finally {
        await server?.kill();
        await db.drop();
      }
    });

    test('kill -9 of the worker while operations are RUNNING: the interrupted ones complete after the restart, each applied exactly once', async (context) => {
      const db = await database(dialect);
      let server: ServerProcess | undefined = await startServer({ DATABASE_URL: db.url, WORKER: 'off', OPERATION_LEASE_SECONDS: '1' });
      const observer = await operationsObserver(dialect, db.url);
      try {
        const lines = await createLines(server.url, 'crash', 60);
        const operations = new Map<string, string>();
        for (const line of lines) {
          const accepted = await call(server.url, 'POST', `/v2/orgs/crash/subscriptions/${line}/deactivation`, { reason: 'TECHNICAL' });
          assert.equal(accepted.status, 202);
          operations.set(line, accepted.body.id);
        }
        await server.kill('SIGTERM');
        server = undefined;
        // A worker alone runs the queue; it is killed the moment the database shows an operation RUNNING. What is
        // still RUNNING once it is dead was interrupted mid-run (its effect not committed): count it, and go again
        // until some run was interrupted.
        let interrupted = 0;
        let kills = 0;
        while (interrupted === 0 && kills < 10) {
          const worker = await startServer({ DATABASE_URL: db.url, OPERATION_LEASE_SECONDS: '1' }, 'worker');
          const sawRunning = await observer.untilRunning();
          await worker.kill();
          if (!sawRunning) break;
          kills += 1;
          interrupted += await observer.count('RUNNING');
        }
        const report = `${interrupted} of ${operations.size} operations interrupted: RUNNING when the worker was killed (${kills} kill(s))`;
        context.diagnostic(report);
        assert.ok(interrupted > 0, `the crash interrupted nothing: ${report}`);

        server = await startServer({ DATABASE_URL: db.url, OPERATION_LEASE_SECONDS: '1' });
        const finished = await waitForOperations(server.url, 'crash', [...operations.values()]);
        assert.ok(finished.every((operation) => operation.status === 'SUCCEEDED'), JSON.stringify(finished.find((operation) => operation.status !== 'SUCCEEDED')));
        const retried = finished.filter((operation) => operation.attempts > 1).length;
        assert.ok(retried >= interrupted, `${interrupted} interrupted operations, only ${retried} were run again`);
        await assertAppliedOnce(server.url, 'crash', operations);
      } finally {
        await server?.kill();
        await observer.close();
        await db.drop();
      }
    });

    test('kill -9 of the worker in the middle of a set-wise credit-limit batch: after the restart every line is applied once, one event per change', async () => {
      const db = await database(dialect);
      const server = await startServer({ DATABASE_URL: db.url, WORKER: 'off', OPERATION_LEASE_SECONDS: '1' });
      let worker: ServerProcess | undefined;
      const org = 'crash-limits';
      const kind = 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';
      try {
        const bundle = await call(server.url, 'POST', `/v2/orgs/${org}/bundles`, { account_id: 'CRASH', catalogue_bundled_commercial_product_id: 'P' });
        assert.equal(bundle.status, 201, JSON.stringify(bundle.body));
        const lines: string[] = [];
        for (let i = 0; i < 20; i++) {
          const created = await call(server.url, 'POST', `/v2/orgs/${org}/bundles/${bundle.body.id}/subscriptions/mobile`, {
            catalogue_commercial_product_id: 'MOBILE_UNLIMITED',
            status: 'ACTIVE',
            specific_data: { msisdn: `6${String(20_000_000 + i)}`, imsi: `21407${String(i).padStart(10, '0')}` },
          });
          assert.equal(created.status, 201, JSON.stringify(created.body));
          lines.push(created.body.id);
        }
        const values = 300;
        const rows = ['operation,subscription_id,resource_id,reason,value'];
        for (let value = 1; value <= values; value++) for (const line of lines) rows.push(`SET_CREDIT_LIMIT,${line},${kind},crash,${value}`);
        const total = rows.length - 1;
        const form = new FormData();
        form.append('file', new Blob([rows.join('\n') + '\n'], { type: 'text/csv' }), 'limits.csv');
        const accepted = await fetch(`${server.url}/v2/orgs/${org}/operations?wait=0`, { method: 'POST', body: form });
        const operation = await accepted.json();
        assert.equal(accepted.status, 202, JSON.stringify(operation));
        const progress = async () => (await call(server.url, 'GET', `/v2/orgs/${org}/operations/${operation.id}`)).body;

        worker = await startServer({ DATABASE_URL: db.url, OPERATION_LEASE_SECONDS: '1' }, 'worker');
        let midway = await progress();
        for (const deadline = Date.now() + 120_000; midway.progress.processed === 0 && Date.now() < deadline; midway = await progress()) await new Promise((resolve) => setTimeout(resolve, 5));
        await worker.kill();
        worker = undefined;
        const atKill = (await progress()).progress.processed;
        assert.ok(atKill > 0 && atKill < total, `the kill came at line ${atKill} of ${total}: not in the middle`);

        worker = await startServer({ DATABASE_URL: db.url, OPERATION_LEASE_SECONDS: '1' }, 'worker');
        const [finished] = await waitForOperations(server.url, org, [operation.id]);
        assert.equal(finished.status, 'SUCCEEDED', JSON.stringify(finished));
        assert.deepEqual(finished.progress, { total, processed: total, succeeded: total, failed: 0 });
        const expectedHistory = Array.from({ length: values - 1 }, (_, i) => values - 1 - i);
        for (const line of lines) {
          const limit = await call(server.url, 'GET', `/v2/orgs/${org}/subscriptions/${line}/credit_limits/${kind}`);
          assert.equal(limit.status, 200, JSON.stringify(limit.body));
          assert.equal(limit.body.credit_limit_value, values);
          assert.deepEqual(limit.body.historical_changes.map((change: { credit_limit_value: number }) => change.credit_limit_value), expectedHistory, `line ${line}: each value once`);
        }
        const events: Array<{ event_type: string; payload: { credit_limit_value?: number } }> = [];
        for (let after = 0; ; ) {
          const page = await call(server.url, 'GET', `/v2/orgs/${org}/events?after=${after}&limit=1000`);
          assert.equal(page.status, 200, JSON.stringify(page.body));
          if (page.body.items.length === 0) break;
          events.push(...page.body.items);
          after = page.body.next_after;
        }
        const limitEvents = events.filter((event) => event.event_type.startsWith('CreditLimit'));
        assert.equal(limitEvents.length, total, 'one event per change, none twice');
        assert.equal(limitEvents.filter((event) => event.event_type === 'CreditLimitCreateEvent').length, lines.length);
      } finally {
        await worker?.kill();
        await server.kill();
        await db.drop();
      }
    });

    test('kill -9 of a node while a keyed POST /operations?wait=60 waits after its commit: the retry on the restarted node answers that batch, accepted once', async () => {
      const db = await database(dialect);
      let server = await startServer({ DATABASE_URL: db.url, WORKER: 'off' });
      try {
        const [line] = await createLines(server.url, 'crash', 1);
        const form = () => {
          const body = new FormData();
          body.append('file', new Blob([`operation,subscription_id,value\nSET_SUBSCRIPTION_STATUS,${line},SUSPENDED\n`], { type: 'text/csv' }), 'suspend.csv');
          return body;
        };
        const key = { 'idempotency-key': randomUUID() };
        const url = `${server.url}/v2/orgs/crash/operations?wait=60`;
        // No worker: the batch stays PENDING and the request waits, its acceptance committed, until the kill.
        const lost = fetch(url, { method: 'POST', body: form(), headers: key }).then(() => 'answered', () => 'unanswered');
        const operations = async (base: string) => (await call(base, 'GET', '/v2/orgs/crash/operations')).body.total as number;
        for (let i = 0; i < 200 && (await operations(server.url)) === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
        assert.equal(await operations(server.url), 1, 'the batch was accepted');
        await server.kill();
        assert.equal(await lost, 'unanswered');
        server = await startServer({ DATABASE_URL: db.url });
        const retry = await fetch(`${server.url}/v2/orgs/crash/operations?wait=60`, { method: 'POST', body: form(), headers: key });
        const body = await retry.json();
        assert.equal(retry.status, 202, JSON.stringify(body));
        assert.equal(retry.headers.get('idempotent-replayed'), 'true');
        assert.equal(body.status, 'SUCCEEDED');
        assert.equal(await operations(server.url), 1, 'the file was accepted once');
      } finally {
        await server.kill();
        await db.drop();
      }
    });
  });
}

if (testDialects().includes('postgres')) {
  test('two API processes and a lone worker on one PostgreSQL run 500 deactivations, each exactly once', async () => {
    const db = await scratchPostgres();
    const processes: ServerProcess[] = [];
    try {
      const first = await startServer({ DATABASE_URL: db.url, WORKER: 'off' });
      processes.push(first);
      const lines = await createLines(first.url, 'multi', 500);
      const second = await startServer({ DATABASE_URL: db.url });
      const third = await startServer({ DATABASE_URL: db.url });
      processes.push(second, third, await startServer({ DATABASE_URL: db.url }, 'worker'));
      const operations = new Map<string, string>();
      await Promise.all(
        lines.map(async (line, index) => {
          const via = [second, third][index % 2];
          const accepted = await call(via.url, 'POST', `/v2/orgs/multi/subscriptions/${line}/deactivation`, { reason: 'OTHER' });
          assert.equal(accepted.status, 202);
          operations.set(line, accepted.body.id);
        }),
      );
      const finished = await waitForOperations(first.url, 'multi', [...operations.values()], 120_000);
      assert.ok(finished.every((operation) => operation.status === 'SUCCEEDED'));
      await assertAppliedOnce(first.url, 'multi', operations);
    } finally {
      for (const process of processes) await process.kill();
      await db.drop();
    }
  });
}
