import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { OperationsWorker, type OperationRunner } from '../src/core/operations.js';
import { operationWorkOf } from '../src/resources/family.js';
import { families } from '../src/resources/index.js';
import { forEachDialect, type TestApp } from './helpers/app.js';
import { allResults, csv, HEADER, line, multipart, operationsPath, runBatch, upload } from './helpers/batches.js';
import { activeLine, createBundle, createMobile, uniqueOrg } from './helpers/fixtures.js';
import { addPromotion, eventually, inMs, linePath, promotionPath } from './helpers/promotions.js';

/** Batch rehearsals (API.md 17.4): POST /operations?dry_run=true. */

const TOTAL = 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';
const YEAR_MS = 365 * 86_400_000;

async function get(t: TestApp, url: string) {
  const response = await t.request('GET', url);
  assert.equal(response.status, 200, `GET ${url}: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Every operation of the org, oldest first. */
async function operations(t: TestApp, org: string): Promise<any[]> {
  return (await get(t, `${operationsPath(org)}?limit=100`)).items;
}

/** The org's events after `after`. */
async function eventsAfter(t: TestApp, org: string, after: number): Promise<any[]> {
  return (await get(t, `/v2/orgs/${org}/events?after=${after}&limit=1000`)).items;
}

async function lastSequence(t: TestApp, org: string): Promise<number> {
  return (await get(t, `/v2/orgs/${org}/events?limit=1000`)).items.at(-1)?.sequence ?? 0;
}

/** What a client can see of a line: its answer and ETag, its history, its credit limits. */
async function lineState(t: TestApp, org: string, subscriptionId: string) {
  const answer = await t.request('GET', linePath(org, subscriptionId));
  return {
    line: answer.body,
    etag: answer.headers.etag,
    history: await get(t, `${linePath(org, subscriptionId)}/status_history`),
    creditLimits: await get(t, `${linePath(org, subscriptionId)}/credit_limits`),
  };
}

const outcomes = (results: any[]) => results.map((result) => result.error?.code ?? result.outcome);

forEachDialect('batch rehearsals', (t) => {
  test('a rehearsal answers the 202 of a batch with dry_run true, and its results say what each line would do: SUCCEEDED, or FAILED with the code', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const requested = await addPromotion(t, org, subscription.id);
    const unknown = randomUUID();
    const file = csv(HEADER, [
      line('SET_CREDIT_LIMIT', subscription.id, { resource_id: TOTAL, reason: 'customer request', value: '150.00' }),
      line('DEACTIVATE_PROMOTION', subscription.id, { resource_id: requested.id, reason: 'MANUALLY_REMOVED' }),
      line('SET_SUBSCRIPTION_STATUS', unknown, { value: 'SUSPENDED' }),
      line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'SUSPENDED', reason: 'unpaid invoice' }),
    ]);
    const response = await upload(t, org, file, { dryRun: true });
    assert.equal(response.status, 202, JSON.stringify(response.body));
    const rehearsal = response.body;
    assert.equal(response.headers.location, `http://localhost:8080${operationsPath(org)}/${rehearsal.id}`);
    assert.equal(rehearsal.type, 'ADMINISTRATION_BATCH');
    assert.equal(rehearsal.dry_run, true);
    assert.equal(rehearsal.status, 'SUCCEEDED');
    assert.equal(rehearsal.error, null);
    assert.deepEqual(rehearsal.progress, { total: 4, processed: 4, succeeded: 2, failed: 2 });
    assert.deepEqual(rehearsal.results, [
      { line: 2, operation: 'SET_CREDIT_LIMIT', subscription_id: subscription.id, resource_id: TOTAL, outcome: 'SUCCEEDED', error: null },
      {
        line: 3,
        operation: 'DEACTIVATE_PROMOTION',
        subscription_id: subscription.id,
        resource_id: requested.id,
        outcome: 'FAILED',
        error: { code: 'PROMOTION_NOT_DEACTIVATABLE', message: `promotion ${requested.id} is REQUESTED; only an ACTIVE promotion can be deactivated` },
      },
      { line: 4, operation: 'SET_SUBSCRIPTION_STATUS', subscription_id: unknown, resource_id: null, outcome: 'FAILED', error: { code: 'SUBSCRIPTION_NOT_FOUND', message: `subscription ${unknown} not found` } },
      { line: 5, operation: 'SET_SUBSCRIPTION_STATUS', subscription_id: subscription.id, resource_id: null, outcome: 'SUCCEEDED', error: null },
    ]);
    // The real batch of the same file does what the rehearsal said.
    const real = await runBatch(t, org, file);
    assert.equal(real.dry_run, false);
    assert.deepEqual(real.results, rehearsal.results);
    assert.equal((await get(t, linePath(org, subscription.id))).status, 'SUSPENDED');
  });

  test('a later line of a rehearsal sees what an earlier line would have done: a second suspension or deactivation of the same resource fails', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const rehearsal = await runBatch(
      t,
      org,
      csv(HEADER, [
        line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'SUSPENDED' }),
        line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'SUSPENDED' }),
        line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'ACTIVE' }),
        line('DEACTIVATE_PROMOTION', subscription.id, { resource_id: promotion.id, reason: 'MANUALLY_REMOVED' }),
        line('CANCEL_PROMOTION', subscription.id, { resource_id: promotion.id, reason: 'MANUALLY_REMOVED' }),
      ]),
      { dryRun: true },
    );
    assert.deepEqual(outcomes(rehearsal.results), ['SUCCEEDED', 'INVALID_SUBSCRIPTION_STATUS', 'SUCCEEDED', 'SUCCEEDED', rehearsal.results[4].error?.code]);
    assert.equal(rehearsal.results[4].outcome, 'FAILED', 'the promotion the line before deactivated cannot be cancelled');
    assert.equal((await get(t, linePath(org, subscription.id))).status, 'ACTIVE');
    assert.equal((await get(t, promotionPath(org, subscription.id, promotion.id))).status, 'ACTIVE');
  });

  test('a rehearsal over several chunks sees the earlier chunks\' effects: its results are the real batch\'s, line for line', async () => {
    const org = uniqueOrg();
    const bundle = await createBundle(t, org);
    const lines: string[] = [];
    for (let index = 0; index < 4; index++) lines.push((await createMobile(t, org, bundle.id)).id);
    const rows: string[][] = lines.map((id) => line('SET_SUBSCRIPTION_STATUS', id, { value: 'SUSPENDED' }));
    // More lines than a chunk holds (500) between a line's suspension and the lines that depend on it.
    for (let index = 0; index < 1200; index++) rows.push(line('SET_CREDIT_LIMIT', lines[index % lines.length], { resource_id: TOTAL, reason: `change ${index}`, value: String(index) }));
    for (const id of lines) rows.push(line('SET_SUBSCRIPTION_STATUS', id, { value: 'SUSPENDED' }), line('SET_SUBSCRIPTION_STATUS', id, { value: 'ACTIVE' }));
    const file = csv(HEADER, rows);
    const rehearsal = await runBatch(t, org, file, { dryRun: true, wait: 60 });
    assert.equal(rehearsal.status, 'SUCCEEDED');
    assert.deepEqual(rehearsal.progress, { total: rows.length, processed: rows.length, succeeded: rows.length - 4, failed: 4 });
    const rehearsed = await allResults(t, org, rehearsal.id);
    assert.deepEqual(outcomes(rehearsed.slice(-8)), lines.flatMap(() => ['INVALID_SUBSCRIPTION_STATUS', 'SUCCEEDED']));
    for (const id of lines) {
      const state = await get(t, linePath(org, id));
      assert.equal(state.status, 'ACTIVE');
      assert.equal((await t.request('GET', `${linePath(org, id)}/credit_limits/${TOTAL}`)).status, 404, 'no credit limit was set');
    }
    const real = await runBatch(t, org, file, { wait: 60 });
    assert.equal(real.status, 'SUCCEEDED');
    assert.deepEqual(real.progress, rehearsal.progress);
    assert.deepEqual(await allResults(t, org, real.id), rehearsed);
  });

  test('a rehearsal of 1,000 lines, two whole chunks, ends SUCCEEDED with its 1,000 results inline; one line more and they are paged only', async () => {
    const org = uniqueOrg();
    const rows = Array.from({ length: 1000 }, () => line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' }));
    const rehearsal = await runBatch(t, org, csv(HEADER, rows), { dryRun: true, wait: 60 });
    assert.equal(rehearsal.status, 'SUCCEEDED', JSON.stringify(rehearsal.error));
    assert.deepEqual(rehearsal.progress, { total: 1000, processed: 1000, succeeded: 0, failed: 1000 });
    assert.equal(rehearsal.results.length, 1000);
    assert.deepEqual(rehearsal.results.at(-1), { ...rehearsal.results.at(-1), line: 1001, outcome: 'FAILED' });
    const longer = await runBatch(t, org, csv(HEADER, [...rows, line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' })]), { dryRun: true, wait: 60 });
    assert.equal(longer.status, 'SUCCEEDED', JSON.stringify(longer.error));
    assert.equal(longer.results, null);
    assert.equal((await allResults(t, org, longer.id)).length, 1001);
  });

  test('a rehearsal changes nothing: no resource, no status history, no event, no scheduled operation (the real batch of the same file changes them all)', async () => {
    const org = uniqueOrg();
    const bundle = await createBundle(t, org);
    // Activating this line activates its promotion, which schedules its expiration.
    const preActive = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const promotion = await addPromotion(t, org, preActive.id, { expiration_date: inMs(YEAR_MS) });
    const active = await createMobile(t, org, bundle.id);
    const file = csv(HEADER, [
      line('SET_SUBSCRIPTION_STATUS', preActive.id, { value: 'ACTIVE' }),
      line('SET_CREDIT_LIMIT', active.id, { resource_id: TOTAL, reason: 'customer request', value: '80' }),
      line('DEACTIVATE_SUBSCRIPTION', active.id, { reason: 'PORTABILITY_OUT' }),
    ]);
    const before = { preActive: await lineState(t, org, preActive.id), active: await lineState(t, org, active.id) };
    const promotionBefore = await get(t, promotionPath(org, preActive.id, promotion.id));
    const sequence = await lastSequence(t, org);
    const operationsBefore = await operations(t, org);

    const rehearsal = await runBatch(t, org, file, { dryRun: true });
    assert.deepEqual(outcomes(rehearsal.results), ['SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED']);
    assert.deepEqual(await lineState(t, org, preActive.id), before.preActive);
    assert.deepEqual(await lineState(t, org, active.id), before.active);
    assert.deepEqual(await get(t, promotionPath(org, preActive.id, promotion.id)), promotionBefore);
    assert.deepEqual(await eventsAfter(t, org, sequence), []);
    assert.deepEqual(
      (await operations(t, org)).map((operation) => operation.id),
      [...operationsBefore.map((operation) => operation.id), rehearsal.id],
      'the rehearsal itself is the only new operation',
    );

    const real = await runBatch(t, org, file);
    assert.deepEqual(real.results, rehearsal.results);
    assert.equal((await get(t, linePath(org, preActive.id))).status, 'ACTIVE');
    assert.equal((await get(t, linePath(org, active.id))).status, 'DEACTIVATED');
    assert.ok((await eventsAfter(t, org, sequence)).length > 0);
    const scheduled = (await operations(t, org)).filter((operation) => operation.type !== 'ADMINISTRATION_BATCH' && !operationsBefore.some((old) => old.id === operation.id));
    assert.deepEqual(scheduled.map((operation) => operation.type), ['PROMOTION_EXPIRATION']);
  });

  test('a rehearsal is listed by GET /operations and shown by GET /operations/{id} with dry_run true (a real batch and any other operation: false), its results kept', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const file = csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'SUSPENDED' })]);
    const rehearsal = await runBatch(t, org, file, { dryRun: true });
    const real = await runBatch(t, org, file);
    const deactivation = await t.request('POST', `${linePath(org, subscription.id)}/deactivation`, { reason: 'PORTABILITY_OUT' });
    assert.equal(deactivation.status, 202);
    assert.equal(deactivation.body.dry_run, false);
    const listed = await operations(t, org);
    assert.deepEqual(
      listed.map((operation) => [operation.id, operation.dry_run]),
      [
        [rehearsal.id, true],
        [real.id, false],
        [deactivation.body.id, false],
      ],
    );
    assert.equal((await get(t, `${operationsPath(org)}/${rehearsal.id}`)).dry_run, true);
    assert.equal((await get(t, `${operationsPath(org)}/${real.id}`)).dry_run, false);
    assert.deepEqual(await allResults(t, org, rehearsal.id), rehearsal.results);
    assert.deepEqual(outcomes(await allResults(t, org, rehearsal.id, '&outcome=SUCCEEDED')), ['SUCCEEDED']);
  });

  test('the same Idempotency-Key on a rehearsal and a real batch of the same file is 422 IDEMPOTENCY_KEY_REUSED, either way round; a rehearsal retried with its key replays', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const file = csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'SUSPENDED' })]);
    const first = { 'idempotency-key': randomUUID() };
    const rehearsal = await upload(t, org, file, { dryRun: true, headers: first });
    assert.equal(rehearsal.status, 202);
    const real = await upload(t, org, file, { headers: first });
    assert.equal(real.status, 422, JSON.stringify(real.body));
    assert.equal(real.body.error.code, 'IDEMPOTENCY_KEY_REUSED');
    const replay = await upload(t, org, file, { dryRun: true, headers: first });
    assert.equal(replay.status, 202);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.deepEqual(replay.body, rehearsal.body);

    const second = { 'idempotency-key': randomUUID() };
    assert.equal((await upload(t, org, file, { headers: second })).status, 202);
    const rehearsed = await upload(t, org, file, { dryRun: true, headers: second });
    assert.equal(rehearsed.status, 422);
    assert.equal(rehearsed.body.error.code, 'IDEMPOTENCY_KEY_REUSED');
    assert.deepEqual((await operations(t, org)).map((operation) => operation.dry_run), [true, false]);
  });

  test('dry_run takes true or false only (400 BAD_REQUEST otherwise); dry_run=false is a real batch', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const file = csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'SUSPENDED' })]);
    const { boundary, body } = multipart([{ content: file }]);
    const refused = await t.app.inject({ method: 'POST', url: `${operationsPath(org)}?dry_run=maybe`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
    assert.equal(refused.statusCode, 400);
    assert.equal(JSON.parse(refused.body).error.code, 'BAD_REQUEST');
    const real = await runBatch(t, org, file, { dryRun: false });
    assert.equal(real.dry_run, false);
    assert.equal((await get(t, linePath(org, subscription.id))).status, 'SUSPENDED');
  });
});

forEachDialect(
  'batch rehearsals: a stopping worker',
  (t) => {
    test('a rehearsal whose worker stops in the middle is rolled back whole and records nothing, then runs again from its first line under another worker', async () => {
      const org = uniqueOrg();
      const bundle = await createBundle(t, org);
      const lines: string[] = [];
      for (let index = 0; index < 4; index++) lines.push((await createMobile(t, org, bundle.id)).id);
      const rows: string[][] = lines.map((id) => line('SET_SUBSCRIPTION_STATUS', id, { value: 'SUSPENDED' }));
      for (let index = 0; index < 1200; index++) rows.push(line('SET_CREDIT_LIMIT', lines[index % lines.length], { resource_id: TOTAL, reason: `change ${index}`, value: String(index) }));
      for (const id of lines) rows.push(line('SET_SUBSCRIPTION_STATUS', id, { value: 'SUSPENDED' }));
      const accepted = await runBatch(t, org, csv(HEADER, rows), { dryRun: true, wait: 0 });
      const operationUrl = `${operationsPath(org)}/${accepted.id}`;

      const work = operationWorkOf(families);
      const rehearse = work.runners.ADMINISTRATION_BATCH!;
      let stopped: Promise<void> | undefined;
      // The worker is told to stop once the rehearsal has run its first chunk.
      const stopAfterFirstChunk: OperationRunner = (database, context, operation, lease) =>
        rehearse(database, context, operation, {
          checkpoint: lease.checkpoint,
          checkpointIn: lease.checkpointIn,
          get shouldPause() {
            return lease.shouldPause;
          },
          get stopping() {
            stopped ??= first.stop();
            return lease.stopping;
          },
        });
      const first = new OperationsWorker(t.database, t.app.log, { ...work, runners: { ADMINISTRATION_BATCH: stopAfterFirstChunk }, composition: t.app.composition, leaseSeconds: 30, concurrency: 1 });
      first.start();
      await eventually(async () => (stopped ? true : undefined));
      await stopped;
      const paused = await get(t, operationUrl);
      assert.equal(paused.status, 'RUNNING');
      assert.deepEqual(paused.progress, { total: rows.length, processed: 0, succeeded: 0, failed: 0 });
      assert.equal((await get(t, `${operationUrl}/results`)).total, 0, 'no outcome recorded');
      for (const id of lines) assert.equal((await get(t, linePath(org, id))).status, 'ACTIVE');

      const second = new OperationsWorker(t.database, t.app.log, { ...work, composition: t.app.composition, leaseSeconds: 30, concurrency: 1 });
      second.start();
      try {
        const done = await eventually(async () => {
          const body = await get(t, operationUrl);
          return body.status === 'RUNNING' || body.status === 'PENDING' ? undefined : body;
        });
        assert.equal(done.status, 'SUCCEEDED');
        assert.equal(done.dry_run, true);
        assert.deepEqual(done.progress, { total: rows.length, processed: rows.length, succeeded: rows.length - 4, failed: 4 });
      } finally {
        await second.stop();
      }
      const results = await allResults(t, org, accepted.id);
      assert.deepEqual(results.map((result) => result.line), rows.map((_, index) => index + 2));
      assert.deepEqual(outcomes(results.slice(-4)), lines.map(() => 'INVALID_SUBSCRIPTION_STATUS'));
      for (const id of lines) assert.equal((await get(t, linePath(org, id))).status, 'ACTIVE');
    });
  },
  { env: { WORKER: 'off' } },
);
