import assert from 'node:assert/strict';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { test } from 'node:test';
import { shiftClock } from '../src/core/time.js';
import type { Database, Tx } from '../src/db/database.js';
import { forEachDialect, type TestApp } from './helpers/app.js';
import { csv, HEADER, line, operationsPath, upload } from './helpers/batches.js';
import { activeLine, createBundle, imsi, msisdn, uniqueOrg } from './helpers/fixtures.js';
import { addPromotion, promotionPath } from './helpers/promotions.js';

/** API.md 1.8: the key is written with the effect, claimed while its request runs, and compares every byte. */

const bundleBody = { account_id: 'ACC-IDEM', catalogue_bundled_commercial_product_id: '8432_BUNDLED_3P' };

/** The request `faulted` sends: its first transaction is the keyed one (the background loops run outside it). */
const faultedRequest = new AsyncLocalStorage<true>();

/** Replaces the first transaction of the request `send` makes by `fault`, and answers that request. */
function faultNextKeyedTransaction<R>(
  database: Database,
  fault: (commit: Database['transaction'], work: (trx: Tx) => Promise<unknown>) => Promise<never>,
  send: () => Promise<R>,
): Promise<R> {
  const commit = database.transaction;
  database.transaction = (async (work: (trx: Tx) => Promise<unknown>) => {
    if (!faultedRequest.getStore()) return commit(work);
    database.transaction = commit;
    return fault(commit, work);
  }) as Database['transaction'];
  return faultedRequest.run(true, send).finally(() => {
    database.transaction = commit;
  });
}

/**
 * The node "dies" between commit and answer: the request's transaction commits, then the request fails as a
 * killed process would leave it, unanswered (here a 500, after the commit).
 */
function crashAfterNextCommit<R>(database: Database, send: () => Promise<R>): Promise<R> {
  return faultNextKeyedTransaction(
    database,
    async (commit, work) => {
      await commit(work);
      throw new Error('the node died after its commit');
    },
    send,
  );
}

async function count(t: TestApp, url: string): Promise<number> {
  const list = await t.request('GET', url);
  assert.equal(list.status, 200, JSON.stringify(list.body));
  return list.body.total;
}

async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${what} did not happen`);
}

forEachDialect('Idempotency-Key inside the transaction', (t) => {
  test('POST /bundles whose node fails after the commit, retried with its key, answers the committed bundle once (201, Idempotent-Replayed)', async () => {
    const org = uniqueOrg();
    const key = { 'idempotency-key': randomUUID() };
    const lost = await crashAfterNextCommit(t.database, () => t.request('POST', `/v2/orgs/${org}/bundles`, bundleBody, key));
    assert.equal(lost.status, 500);
    const retry = await t.request('POST', `/v2/orgs/${org}/bundles`, bundleBody, key);
    assert.equal(retry.status, 201, JSON.stringify(retry.body));
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    assert.equal(retry.headers.location, `http://localhost:8080/v2/orgs/${org}/bundles/${retry.body.id}`);
    assert.equal(retry.headers.etag, '"1"');
    assert.equal(await count(t, `/v2/orgs/${org}/bundles?account_id=ACC-IDEM`), 1, 'one bundle for the key');
    const events = await t.request('GET', `/v2/orgs/${org}/events`);
    assert.deepEqual(events.body.items.map((event: { event_type: string }) => event.event_type), ['BundleCreateEvent']);
    const again = await t.request('POST', `/v2/orgs/${org}/bundles`, bundleBody, key);
    assert.deepEqual(again.body, retry.body);
  });

  test('POST …/promotions/{id}/deactivation whose node fails after the commit, retried with its key, answers the one accepted operation (202)', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const url = `${promotionPath(org, subscription.id, promotion.id)}/deactivation`;
    const key = { 'idempotency-key': randomUUID() };
    await t.app.worker!.stop();
    try {
      assert.equal((await crashAfterNextCommit(t.database, () => t.request('POST', url, { reason: 'MANUALLY_REMOVED' }, key))).status, 500);
      const retry = await t.request('POST', url, { reason: 'MANUALLY_REMOVED' }, key);
      assert.equal(retry.status, 202, JSON.stringify(retry.body));
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.equal(retry.headers.location, `http://localhost:8080${operationsPath(org)}/${retry.body.id}`);
      assert.equal(await count(t, operationsPath(org)), 1, 'one operation for the key');
    } finally {
      t.app.worker!.start();
    }
  });

  test('POST /operations whose node fails after the acceptance commits, retried with its key, answers the one accepted batch (202, Idempotent-Replayed)', async () => {
    const org = uniqueOrg();
    const key = { 'idempotency-key': randomUUID() };
    const file = csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' })]);
    await t.app.worker!.stop();
    try {
      assert.equal((await crashAfterNextCommit(t.database, () => upload(t, org, file, { headers: key }))).status, 500);
      const retry = await upload(t, org, file, { headers: key });
      assert.equal(retry.status, 202, JSON.stringify(retry.body));
      assert.equal(retry.headers['idempotent-replayed'], 'true');
      assert.equal(retry.headers.location, `http://localhost:8080${operationsPath(org)}/${retry.body.id}`);
      assert.equal(await count(t, `${operationsPath(org)}?type=ADMINISTRATION_BATCH`), 1, 'one batch for the key');
    } finally {
      t.app.worker!.start();
    }
  });

  test('a keyed POST whose effect did not commit leaves the key free at once: the corrected retry runs', async () => {
    const org = uniqueOrg();
    const key = { 'idempotency-key': randomUUID() };
    const broken = await faultNextKeyedTransaction(
      t.database,
      async () => {
        throw Object.assign(new Error('the connection broke before the commit'), { code: 'ECONNRESET' });
      },
      () => t.request('POST', `/v2/orgs/${org}/bundles`, bundleBody, key),
    );
    assert.equal(broken.status, 503);
    const retry = await t.request('POST', `/v2/orgs/${org}/bundles`, bundleBody, key);
    assert.equal(retry.status, 201);
    assert.equal(retry.headers['idempotent-replayed'], undefined);
  });

  test('POST /operations?wait=60 keeps its key in use for as long as it waits, past 60 s, then every retry replays the answer it gave', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const file = csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'SUSPENDED' })]);
    const key = { 'idempotency-key': randomUUID() };
    await t.app.worker!.stop();
    let shifted = false;
    try {
      const first = upload(t, org, file, { wait: 60, headers: key });
      await until(async () => ((await count(t, operationsPath(org))) === 1 ? true : undefined), 'the batch acceptance');
      // The first request is still waiting for its batch when the retry arrives more than 60 s later.
      shiftClock(61_000);
      shifted = true;
      const retry = await upload(t, org, file, { wait: 60, headers: key });
      assert.equal(retry.status, 409, JSON.stringify(retry.body));
      assert.equal(retry.body.error.code, 'IDEMPOTENCY_KEY_IN_USE');
      t.app.worker!.start();
      const answer = await first;
      assert.equal(answer.status, 202);
      assert.equal(answer.body.status, 'SUCCEEDED');
      const replay = await upload(t, org, file, { wait: 60, headers: key });
      assert.equal(replay.status, 202);
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      assert.deepEqual(replay.body, answer.body, 'the answer the first request gave');
      assert.equal(await count(t, operationsPath(org)), 1, 'the file ran once');
    } finally {
      if (shifted) shiftClock(-61_000);
      t.app.worker!.start();
    }
  });

  test('POST /operations with the key of an earlier file and another file of the same length is 422 IDEMPOTENCY_KEY_REUSED, and runs nothing', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const key = { 'idempotency-key': randomUUID() };
    const suspend = csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'SUSPENDED' })]);
    const cancel = csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'CANCELLED' })]);
    assert.equal(suspend.length, cancel.length);
    const first = await upload(t, org, suspend, { headers: key });
    assert.equal(first.status, 202);
    const other = await upload(t, org, cancel, { headers: key });
    assert.equal(other.status, 422, JSON.stringify(other.body));
    assert.equal(other.body.error.code, 'IDEMPOTENCY_KEY_REUSED');
    const renamed = await upload(t, org, [{ content: suspend, filename: 'other.csv' }], { headers: key });
    assert.equal(renamed.status, 422, 'the file name is part of the request');
    // The same parts under another boundary (every upload draws a new one) are the same request.
    const same = await upload(t, org, suspend, { headers: key });
    assert.equal(same.status, 202);
    assert.equal(same.headers['idempotent-replayed'], 'true');
    assert.equal(await count(t, operationsPath(org)), 1);
    const staged = await t.database.db.selectFrom('batch_lines').select((eb) => eb.fn.countAll().as('n')).where('org', '=', org).executeTakeFirstOrThrow();
    assert.equal(Number(staged.n), 1, 'the refused and replayed uploads left no staged lines');
  });

  test('a keyed JSON POST is compared byte for byte: the same fields written differently are another request (422)', async () => {
    const org = uniqueOrg();
    const key = { 'idempotency-key': randomUUID() };
    const body = JSON.stringify(bundleBody);
    assert.equal((await t.request('POST', `/v2/orgs/${org}/bundles`, body, key)).status, 201);
    const spaced = await t.request('POST', `/v2/orgs/${org}/bundles`, JSON.stringify(bundleBody, null, 1), key);
    assert.equal(spaced.status, 422);
    assert.equal(spaced.body.error.code, 'IDEMPOTENCY_KEY_REUSED');
  });
  test('a keyed answer sent gzipped replays as plain JSON to a client that does not accept gzip, the same bytes', async () => {
    const org = uniqueOrg();
    const bundle = await createBundle(t, org);
    const promotions = Array.from({ length: 3 }, () => ({ id: randomUUID(), catalogue_promotion_id: 'PROMO_50', status: 'ACTIVE' }));
    const body = JSON.stringify({ catalogue_commercial_product_id: 'MOBILE_XL', status: 'ACTIVE', specific_data: { msisdn: msisdn(), imsi: imsi() }, promotions });
    const url = `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`;
    const headers = { 'content-type': 'application/json', 'idempotency-key': randomUUID() };
    const first = await t.app.inject({ method: 'POST', url, payload: body, headers: { ...headers, 'accept-encoding': 'gzip' } });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.headers['content-encoding'], 'gzip', 'an answer over 1 KB is gzipped for a client that accepts it');
    const sent = gunzipSync(first.rawPayload).toString('utf8');
    const replay = await t.app.inject({ method: 'POST', url, payload: body, headers });
    assert.equal(replay.statusCode, 201);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.equal(replay.headers['content-encoding'], undefined);
    assert.equal(replay.body, sent);
  });
});
