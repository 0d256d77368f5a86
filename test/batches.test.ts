import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { SignJWT } from 'jose';
import { OperationsWorker } from '../src/core/operations.js';
import { operationWorkOf } from '../src/resources/family.js';
import { families } from '../src/resources/index.js';
import { forEachDialect, type TestApp } from './helpers/app.js';
import { allResults, csv, HEADER, line, multipart, operationsPath, runBatch, upload } from './helpers/batches.js';
import { activeLine, createBundle, createMobile, imsi, msisdn, uniqueOrg } from './helpers/fixtures.js';
import { createLandline } from './helpers/lines.js';
import { addAddOn, addDevice, addPromotion, inMs, linePath, promotionPath } from './helpers/promotions.js';

const audit = { 'x-auth-origin-aud': 'backoffice', 'x-auth-origin-sub': 'admin-3' };
const TOTAL = 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';
const ROAMING = 'MOBILE_SUBSCRIPTION_ROAMING_VOICE_CREDIT_LIMIT';

async function get(t: TestApp, url: string) {
  const response = await t.request('GET', url);
  assert.equal(response.status, 200, `GET ${url}: ${JSON.stringify(response.body)}`);
  return response.body;
}

function assertRecent(value: string, since: number): void {
  const at = Date.parse(value);
  assert.ok(at >= since - 1000 && at <= Date.now() + 1000, `${value} is not the time of the batch`);
}

/** The 400 INVALID_CSV of a refused file: its details, `{line, message}` each. */
async function refused(t: TestApp, org: string, content: string | Buffer) {
  const response = await upload(t, org, content);
  assert.equal(response.status, 400, JSON.stringify(response.body));
  assert.equal(response.body.error.code, 'INVALID_CSV');
  return response.body.error as { message: string; details?: Array<{ line: number; message: string }> };
}

async function stagedLines(t: TestApp, org: string): Promise<number> {
  const row = await t.database.db.selectFrom('batch_lines').select((eb) => eb.fn.countAll().as('count')).where('org', '=', org).executeTakeFirstOrThrow();
  return Number(row.count);
}

forEachDialect('administration batches', (t) => {
  test('POST /operations runs every line of a good file: 202 SUCCEEDED with per-line results, a failing line recorded with its code', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const requested = await addPromotion(t, org, subscription.id);
    const unknown = randomUUID();
    const since = Date.now();
    const file = csv(HEADER, [
      line('SET_CREDIT_LIMIT', subscription.id, { resource_id: TOTAL, reason: 'customer request', value: '150.00' }),
      line('DEACTIVATE_PROMOTION', subscription.id, { resource_id: requested.id, reason: 'MANUALLY_REMOVED' }),
      line('SET_SUBSCRIPTION_STATUS', unknown, { value: 'SUSPENDED' }),
      line('SET_SUBSCRIPTION_STATUS', subscription.id.toUpperCase(), { value: 'SUSPENDED', reason: 'unpaid invoice' }),
    ]);
    const response = await upload(t, org, file, { headers: audit });
    assert.equal(response.status, 202, JSON.stringify(response.body));
    const batch = response.body;
    assert.equal(response.headers.location, `http://localhost:8080${operationsPath(org)}/${batch.id}`);
    assert.equal(batch.type, 'ADMINISTRATION_BATCH');
    assert.equal(batch.status, 'SUCCEEDED');
    assert.deepEqual(batch.target, { kind: 'BATCH', id: batch.id, subscription_id: null, href: `${operationsPath(org)}/${batch.id}` });
    assert.equal(batch.reason, null);
    assert.equal(batch.creation_system, 'backoffice');
    assert.equal(batch.creation_user, 'admin-3');
    assertRecent(batch.creation_date, since);
    assertRecent(batch.end_date, since);
    assert.equal(batch.attempts, 1);
    assert.equal(batch.error, null);
    assert.equal(batch.file_name, 'batch.csv');
    assert.deepEqual(batch.progress, { total: 4, processed: 4, succeeded: 2, failed: 2 });
    assert.deepEqual(batch.results, [
      { line: 2, operation: 'SET_CREDIT_LIMIT', subscription_id: subscription.id, resource_id: TOTAL, outcome: 'SUCCEEDED', error: null },
      {
        line: 3,
        operation: 'DEACTIVATE_PROMOTION',
        subscription_id: subscription.id,
        resource_id: requested.id,
        outcome: 'FAILED',
        error: { code: 'PROMOTION_NOT_DEACTIVATABLE', message: `promotion ${requested.id} is REQUESTED; only an ACTIVE promotion can be deactivated` },
      },
      {
        line: 4,
        operation: 'SET_SUBSCRIPTION_STATUS',
        subscription_id: unknown,
        resource_id: null,
        outcome: 'FAILED',
        error: { code: 'SUBSCRIPTION_NOT_FOUND', message: `subscription ${unknown} not found` },
      },
      { line: 5, operation: 'SET_SUBSCRIPTION_STATUS', subscription_id: subscription.id, resource_id: null, outcome: 'SUCCEEDED', error: null },
    ]);

    const stored = await get(t, `${operationsPath(org)}/${batch.id}`);
    assert.equal(stored.status, 'SUCCEEDED');
    assert.deepEqual(stored.progress, batch.progress);
    assert.equal((await get(t, promotionPath(org, subscription.id, requested.id))).status, 'REQUESTED');
    const line1 = await get(t, linePath(org, subscription.id));
    assert.equal(line1.status, 'SUSPENDED');
    assert.equal(line1.last_status_reason, 'unpaid invoice');
    assert.equal(line1.last_updated_user, 'admin-3');
    const limit = await get(t, `${linePath(org, subscription.id)}/credit_limits/${TOTAL}`);
    assert.equal(limit.credit_limit_value, 150);
    assert.equal(limit.update_system, 'backoffice');
  });

  test('POST /operations?wait=0 answers at once (PENDING, no results) and the batch runs to SUCCEEDED in the background', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const response = await upload(t, org, csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'SUSPENDED' })]), { wait: 0 });
    assert.equal(response.status, 202);
    assert.equal(response.body.status, 'PENDING');
    assert.deepEqual(response.body.progress, { total: 1, processed: 0, succeeded: 0, failed: 0 });
    assert.equal(response.body.results, null);
    assert.equal(response.body.start_date, null);
    const done = await t.waitForOperation(org, response.body.id);
    assert.equal(done.status, 'SUCCEEDED');
    assert.deepEqual(done.progress, { total: 1, processed: 1, succeeded: 1, failed: 0 });
    assert.equal((await get(t, linePath(org, subscription.id))).status, 'SUSPENDED');
  });

  test('POST /operations retried with the same Idempotency-Key replays the first answer and runs the file once', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const file = csv(HEADER, [line('SET_CREDIT_LIMIT', subscription.id, { resource_id: TOTAL, reason: 'once', value: '10' })]);
    const key = { 'idempotency-key': randomUUID() };
    const first = await upload(t, org, file, { headers: key });
    assert.equal(first.status, 202);
    const retry = await upload(t, org, file, { headers: key });
    assert.equal(retry.status, 202);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    assert.equal(retry.headers.location, first.headers.location);
    assert.deepEqual(retry.body, first.body);
    assert.equal((await get(t, `${operationsPath(org)}?type=ADMINISTRATION_BATCH`)).total, 1);
    assert.deepEqual((await get(t, `${linePath(org, subscription.id)}/credit_limits/${TOTAL}`)).historical_changes, []);
  });

  test('POST /operations rejects a wait outside 0–60 or not an integer, and an unknown query parameter (400 BAD_REQUEST)', async () => {
    const org = uniqueOrg();
    const file = csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' })]);
    for (const query of ['wait=61', 'wait=-1', 'wait=soon', 'hurry=1']) {
      const { boundary, body } = multipart([{ content: file }]);
      const response = await t.app.inject({ method: 'POST', url: `${operationsPath(org)}?${query}`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, payload: body });
      assert.equal(response.statusCode, 400, query);
      assert.equal(JSON.parse(response.body).error.code, 'BAD_REQUEST', query);
    }
    assert.equal(await stagedLines(t, org), 0);
  });

  // ── The seven line operations ──────────────────────────────────────────────────────────────────

  test('DEACTIVATE_SUBSCRIPTION deactivates the line at the given date with the batch request\'s identity and reason, cascading as POST …/deactivation does', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org, { activation_date: '2024-01-01T00:00:00Z' });
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const other = (await activeLine(t, org)).subscription;
    const since = Date.now();
    const batch = await runBatch(
      t,
      org,
      csv(HEADER, [
        line('DEACTIVATE_SUBSCRIPTION', subscription.id, { reason: 'PORTABILITY_OUT', date: '2024-06-01T10:00:00+02:00' }),
        line('DEACTIVATE_SUBSCRIPTION', other.id, { reason: 'FRAUD' }),
      ]),
      { headers: audit },
    );
    assert.deepEqual(batch.progress, { total: 2, processed: 2, succeeded: 2, failed: 0 });
    const deactivated = await get(t, linePath(org, subscription.id));
    assert.equal(deactivated.status, 'DEACTIVATED');
    assert.equal(deactivated.deactivation_date, '2024-06-01T08:00:00Z');
    assert.equal(deactivated.deactivation_system, 'backoffice');
    assert.equal(deactivated.deactivation_user, 'admin-3');
    assert.equal(deactivated.last_status_reason, 'PORTABILITY_OUT');
    const history = await get(t, `${linePath(org, subscription.id)}/status_history`);
    assert.deepEqual(history.at(-1), {
      from: 'ACTIVE',
      to: 'DEACTIVATED',
      reason: 'PORTABILITY_OUT',
      date: history.at(-1).date,
      system: 'backoffice',
      user: 'admin-3',
      operation_id: batch.id,
    });
    const ended = deactivated.promotions.find((p: any) => p.id === promotion.id);
    assert.equal(ended.status, 'DEACTIVATED');
    assert.equal(ended.status_detail.reason, 'SUBSCRIPTION_DEACTIVATION');
    assert.equal(ended.deactivation_user, 'admin-3');
    const now = await get(t, linePath(org, other.id));
    assert.equal(now.status, 'DEACTIVATED');
    assertRecent(now.deactivation_date, since);
  });

  test('DEACTIVATE_SUBSCRIPTION fails a line dated ahead (BAD_REQUEST), before the activation (BAD_REQUEST), on a line not ACTIVE or SUSPENDED, or with a pending deactivation (OPERATION_IN_PROGRESS)', async () => {
    const org = uniqueOrg();
    const { bundle, subscription } = await activeLine(t, org);
    const preActive = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const pending = (await activeLine(t, org)).subscription;
    const accepted = await t.request('POST', `${linePath(org, pending.id)}/deactivation`, { reason: 'OTHER', deactivation_date: inMs(3_600_000) });
    assert.equal(accepted.status, 202);
    const batch = await runBatch(
      t,
      org,
      csv(HEADER, [
        line('DEACTIVATE_SUBSCRIPTION', subscription.id, { reason: 'OTHER', date: inMs(3_600_000) }),
        line('DEACTIVATE_SUBSCRIPTION', subscription.id, { reason: 'OTHER', date: '2020-01-01T00:00:00Z' }),
        line('DEACTIVATE_SUBSCRIPTION', preActive.id, { reason: 'OTHER' }),
        line('DEACTIVATE_SUBSCRIPTION', pending.id, { reason: 'OTHER' }),
      ]),
    );
    assert.deepEqual(
      batch.results.map((result: any) => [result.line, result.outcome, result.error.code]),
      [
        [2, 'FAILED', 'BAD_REQUEST'],
        [3, 'FAILED', 'BAD_REQUEST'],
        [4, 'FAILED', 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_DEACTIVATION'],
        [5, 'FAILED', 'OPERATION_IN_PROGRESS'],
      ],
    );
    assert.match(batch.results[0].error.message, /in the future/);
    assert.match(batch.results[1].error.message, /activation_date/);
    assert.equal((await get(t, linePath(org, subscription.id))).status, 'ACTIVE');
    assert.equal((await get(t, linePath(org, pending.id))).status, 'ACTIVE');
  });

  test('SET_SUBSCRIPTION_STATUS changes the status as PATCH /status does (optional reason; the graph and its codes hold)', async () => {
    const org = uniqueOrg();
    const { bundle, subscription } = await activeLine(t, org);
    const preActive = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const toCancel = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const batch = await runBatch(
      t,
      org,
      csv(HEADER, [
        line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'SUSPENDED', reason: 'NON_PAYMENT' }),
        line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'ACTIVE' }),
        line('SET_SUBSCRIPTION_STATUS', preActive.id, { value: 'ACTIVE' }),
        line('SET_SUBSCRIPTION_STATUS', toCancel.id, { value: 'CANCELLED' }),
        line('SET_SUBSCRIPTION_STATUS', toCancel.id, { value: 'ACTIVE' }),
        line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'CANCELLED' }),
      ]),
      { headers: audit },
    );
    assert.deepEqual(
      batch.results.map((result: any) => [result.line, result.outcome, result.error?.code ?? null]),
      [
        [2, 'SUCCEEDED', null],
        [3, 'SUCCEEDED', null],
        [4, 'SUCCEEDED', null],
        [5, 'SUCCEEDED', null],
        [6, 'FAILED', 'INVALID_SUBSCRIPTION_STATUS'],
        [7, 'FAILED', 'INVALID_SUBSCRIPTION_STATUS'],
      ],
    );
    const history = await get(t, `${linePath(org, subscription.id)}/status_history`);
    assert.deepEqual(
      history.slice(1).map((entry: any) => [entry.from, entry.to, entry.reason, entry.user]),
      [
        ['ACTIVE', 'SUSPENDED', 'NON_PAYMENT', 'admin-3'],
        ['SUSPENDED', 'ACTIVE', 'STATUS_CHANGED', 'admin-3'],
      ],
    );
    const activated = await get(t, linePath(org, preActive.id));
    assert.equal(activated.status, 'ACTIVE');
    assert.notEqual(activated.activation_date, null);
    assert.equal((await get(t, linePath(org, toCancel.id))).status, 'CANCELLED');
  });

  test('DEACTIVATE_PROMOTION deactivates an ACTIVE promotion with the batch request\'s identity and reason, leaving its commitments', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', commitments: [{ expiration_date: inMs(365 * 86_400_000) }] });
    const since = Date.now();
    const batch = await runBatch(t, org, csv(HEADER, [line('DEACTIVATE_PROMOTION', subscription.id, { resource_id: promotion.id, reason: 'PROMOTION_INCOMPATIBILITY' })]), { headers: audit });
    assert.equal(batch.results[0].outcome, 'SUCCEEDED');
    const deactivated = await get(t, promotionPath(org, subscription.id, promotion.id));
    assert.equal(deactivated.status, 'DEACTIVATED');
    assert.equal(deactivated.deactivation_system, 'backoffice');
    assert.equal(deactivated.deactivation_user, 'admin-3');
    assertRecent(deactivated.deactivation_date, since);
    assert.equal(deactivated.status_detail.reason, 'PROMOTION_INCOMPATIBILITY');
    assert.equal(deactivated.commitments[0].status, 'ACTIVE');
    const history = await get(t, `${promotionPath(org, subscription.id, promotion.id)}/status_history`);
    assert.deepEqual([history.at(-1).to, history.at(-1).operation_id, history.at(-1).user], ['DEACTIVATED', batch.id, 'admin-3']);
  });

  test('CANCEL_PROMOTION cancels a REQUESTED promotion and ends its commitments (PROMOTION_CANCELLATION); an ACTIVE one fails PROMOTION_NOT_CANCELLABLE', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const requested = await addPromotion(t, org, subscription.id, { commitments: [{ expiration_date: inMs(365 * 86_400_000) }] });
    const active = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const batch = await runBatch(
      t,
      org,
      csv(HEADER, [
        line('CANCEL_PROMOTION', subscription.id, { resource_id: requested.id, reason: 'OTHER' }),
        line('CANCEL_PROMOTION', subscription.id, { resource_id: active.id, reason: 'OTHER' }),
        line('CANCEL_PROMOTION', subscription.id, { resource_id: randomUUID(), reason: 'OTHER' }),
      ]),
      { headers: audit },
    );
    assert.deepEqual(
      batch.results.map((result: any) => result.error?.code ?? result.outcome),
      ['SUCCEEDED', 'PROMOTION_NOT_CANCELLABLE', 'PROMOTION_NOT_FOUND'],
    );
    const cancelled = await get(t, promotionPath(org, subscription.id, requested.id));
    assert.equal(cancelled.status, 'CANCELLED');
    assert.equal(cancelled.deactivation_user, 'admin-3');
    assert.equal(cancelled.status_detail.reason, 'OTHER');
    assert.equal(cancelled.commitments[0].status, 'DEACTIVATED');
    assert.equal(cancelled.commitments[0].cancellation_reason, 'PROMOTION_CANCELLATION');
    assert.equal(cancelled.commitments[0].cancellation_user, 'admin-3');
    assert.equal((await get(t, promotionPath(org, subscription.id, active.id))).status, 'ACTIVE');
  });

  test('DEACTIVATE_ADD_ON deactivates an ACTIVE add-on with the stamps and ends its linked promotions; a second one fails ADD_ON_NOT_DEACTIVATABLE', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const addOn = await addAddOn(t, org, subscription.id);
    const linked = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', add_on_id: addOn.id });
    const since = Date.now();
    const batch = await runBatch(
      t,
      org,
      csv(HEADER, [
        line('DEACTIVATE_ADD_ON', subscription.id, { resource_id: addOn.id, reason: 'SUBSCRIBER_RESIGNATION' }),
        line('DEACTIVATE_ADD_ON', subscription.id, { resource_id: addOn.id, reason: 'SUBSCRIBER_RESIGNATION' }),
      ]),
      { headers: audit },
    );
    assert.deepEqual(
      batch.results.map((result: any) => result.error?.code ?? result.outcome),
      ['SUCCEEDED', 'ADD_ON_NOT_DEACTIVATABLE'],
    );
    const deactivated = await get(t, `${linePath(org, subscription.id)}/add_ons/${addOn.id}`);
    assert.equal(deactivated.status, 'DEACTIVATED');
    assert.equal(deactivated.deactivation_system, 'backoffice');
    assert.equal(deactivated.deactivation_user, 'admin-3');
    assertRecent(deactivated.deactivation_date, since);
    const history = await get(t, `${linePath(org, subscription.id)}/add_ons/${addOn.id}/status_history`);
    const { date, ...change } = history.at(-1);
    assertRecent(date, since);
    assert.deepEqual(change, { from: 'ACTIVE', to: 'DEACTIVATED', reason: 'SUBSCRIBER_RESIGNATION', system: 'backoffice', user: 'admin-3', operation_id: batch.id });
    const promotion = await get(t, promotionPath(org, subscription.id, linked.id));
    assert.equal(promotion.status, 'DEACTIVATED');
    assert.equal(promotion.status_detail.reason, 'AUTOMATICALLY_REMOVED');
  });

  test('DEACTIVATE_COMMITMENT deactivates a promotion\'s or a device\'s commitment with its reason and stamps; another line\'s is COMMITMENT_NOT_FOUND', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const other = (await activeLine(t, org)).subscription;
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', commitments: [{ expiration_date: inMs(365 * 86_400_000) }] });
    const device = await addDevice(t, org, subscription.id, { commitments: [{ expiration_date: inMs(730 * 86_400_000) }] });
    const foreign = await addPromotion(t, org, other.id, { status: 'ACTIVE', commitments: [{ expiration_date: inMs(365 * 86_400_000) }] });
    const promotionCommitment = promotion.commitments[0].id;
    const deviceCommitment = device.commitments[0].id;
    const since = Date.now();
    const batch = await runBatch(
      t,
      org,
      csv(HEADER, [
        line('DEACTIVATE_COMMITMENT', subscription.id, { resource_id: promotionCommitment, reason: 'waived by retention' }),
        line('DEACTIVATE_COMMITMENT', subscription.id, { resource_id: deviceCommitment, reason: 'device returned' }),
        line('DEACTIVATE_COMMITMENT', subscription.id, { resource_id: foreign.commitments[0].id, reason: 'x' }),
        line('DEACTIVATE_COMMITMENT', subscription.id, { resource_id: promotionCommitment, reason: 'again' }),
      ]),
      { headers: audit },
    );
    assert.deepEqual(
      batch.results.map((result: any) => result.error?.code ?? result.outcome),
      ['SUCCEEDED', 'SUCCEEDED', 'COMMITMENT_NOT_FOUND', 'INVALID_COMMITMENT_STATUS'],
    );
    const ofPromotion = await get(t, `${promotionPath(org, subscription.id, promotion.id)}/commitments/${promotionCommitment}`);
    assert.equal(ofPromotion.status, 'DEACTIVATED');
    assert.equal(ofPromotion.cancellation_reason, 'waived by retention');
    assert.equal(ofPromotion.cancellation_system, 'backoffice');
    assert.equal(ofPromotion.cancellation_user, 'admin-3');
    assertRecent(ofPromotion.cancellation_date, since);
    const ofDevice = await get(t, `${linePath(org, subscription.id)}/devices/${device.id}/commitments/${deviceCommitment}`);
    assert.equal(ofDevice.status, 'DEACTIVATED');
    assert.equal(ofDevice.cancellation_reason, 'device returned');
    assert.equal((await get(t, `${promotionPath(org, other.id, foreign.id)}/commitments/${foreign.commitments[0].id}`)).status, 'ACTIVE');
  });

  test('SET_CREDIT_LIMIT sets the value with its reason and identity, keeping the earlier one in the history; the type rules of section 9 hold', async () => {
    const org = uniqueOrg();
    const { bundle, subscription } = await activeLine(t, org);
    const landline = await createLandline(t, org, bundle.id);
    const batch = await runBatch(
      t,
      org,
      csv(HEADER, [
        line('SET_CREDIT_LIMIT', subscription.id, { resource_id: TOTAL, reason: 'first', value: '100' }),
        line('SET_CREDIT_LIMIT', subscription.id, { resource_id: TOTAL, reason: 'raised', value: '250.5' }),
        line('SET_CREDIT_LIMIT', landline.id, { resource_id: TOTAL, reason: 'wrong kind', value: '10' }),
        line('SET_CREDIT_LIMIT', landline.id, { resource_id: 'LANDLINE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT', reason: 'landline', value: '0' }),
      ]),
      { headers: audit },
    );
    assert.deepEqual(
      batch.results.map((result: any) => result.error?.code ?? result.outcome),
      ['SUCCEEDED', 'SUCCEEDED', 'INVALID_CREDIT_LIMIT_TYPE', 'SUCCEEDED'],
    );
    const limit = await get(t, `${linePath(org, subscription.id)}/credit_limits/${TOTAL}`);
    assert.equal(limit.credit_limit_value, 250.5);
    assert.equal(limit.reason, 'raised');
    assert.equal(limit.update_system, 'backoffice');
    assert.equal(limit.update_user, 'admin-3');
    assert.deepEqual(
      limit.historical_changes.map((change: any) => [change.credit_limit_value, change.reason]),
      [[100, 'first']],
    );
    assert.equal((await get(t, `${linePath(org, landline.id)}/credit_limits/LANDLINE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT`)).credit_limit_value, 0);
  });

  // ── The file check: everything before acceptance, nothing run on a 400 ──────────────────────────

  test('POST /operations refuses a file with an unknown operation, naming its line, and runs none of its lines', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    // Enough good lines before the bad one that some were already staged when it was read.
    const good = Array.from({ length: 700 }, () => line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'SUSPENDED' }));
    const error = await refused(t, org, csv(HEADER, [...good, line('DELETE_EVERYTHING', subscription.id)]));
    assert.equal(error.message, 'the file has 1 invalid line; nothing was run');
    assert.deepEqual(error.details, [
      { line: 702, message: 'unknown operation "DELETE_EVERYTHING" (operations: DEACTIVATE_SUBSCRIPTION, SET_SUBSCRIPTION_STATUS, DEACTIVATE_PROMOTION, CANCEL_PROMOTION, DEACTIVATE_ADD_ON, DEACTIVATE_COMMITMENT, SET_CREDIT_LIMIT)' },
    ]);
    assert.equal((await get(t, linePath(org, subscription.id))).status, 'ACTIVE');
    const batches = await get(t, `${operationsPath(org)}?type=ADMINISTRATION_BATCH`);
    assert.equal(batches.total, 0);
    assert.equal(await stagedLines(t, org), 0);
  });

  test('POST /operations refuses a header without a required column, with an unknown or a repeated one, or malformed (line 1), and then checks no data line', async () => {
    const org = uniqueOrg();
    const id = randomUUID();
    assert.deepEqual((await refused(t, org, `operation,resource_id\nDEACTIVATE_PROMOTION,${id}\n`)).details, [
      { line: 1, message: 'the header lacks the required column subscription_id' },
    ]);
    assert.deepEqual((await refused(t, org, `operation,subscription_id,comment,reason,reason\nWHATEVER,x,y,z,w\n`)).details, [
      { line: 1, message: 'unknown column "comment" in the header (columns: operation, subscription_id, resource_id, reason, value, date)' },
      { line: 1, message: 'column reason appears twice in the header' },
    ]);
    assert.deepEqual((await refused(t, org, `resource_id,reason\n`)).details, [{ line: 1, message: 'the header lacks the required columns operation, subscription_id' }]);
    assert.deepEqual((await refused(t, org, `operation,subscription_id,va"lue\nSET_SUBSCRIPTION_STATUS,${id},ACTIVE\n`)).details, [
      { line: 1, message: 'the header is malformed: a field with a quote must be enclosed in quotes (and the quote doubled)' },
    ]);
  });

  test('POST /operations checks each operation\'s columns — required, not taken, UUIDs, enum values, lengths, amounts and dates — naming every bad line', async () => {
    const org = uniqueOrg();
    const id = randomUUID();
    const rows = [
      line('', id),
      line('SET_SUBSCRIPTION_STATUS', ''),
      line('SET_SUBSCRIPTION_STATUS', 'not-a-uuid', { value: 'ACTIVE' }),
      line('SET_SUBSCRIPTION_STATUS', id),
      line('SET_SUBSCRIPTION_STATUS', id, { value: 'DEACTIVATED' }),
      line('SET_SUBSCRIPTION_STATUS', id, { value: 'ACTIVE', reason: 'r'.repeat(101) }),
      line('SET_SUBSCRIPTION_STATUS', id, { value: 'ACTIVE', resource_id: id }),
      line('DEACTIVATE_SUBSCRIPTION', id),
      line('DEACTIVATE_SUBSCRIPTION', id, { reason: 'BORED' }),
      line('DEACTIVATE_SUBSCRIPTION', id, { reason: 'OTHER', date: '2024-06-01' }),
      line('DEACTIVATE_PROMOTION', id, { reason: 'OTHER' }),
      line('DEACTIVATE_PROMOTION', id, { resource_id: 'promo-1', reason: 'OTHER' }),
      line('CANCEL_PROMOTION', id, { resource_id: id, reason: 'MANUALLY' }),
      line('DEACTIVATE_ADD_ON', id, { resource_id: id }),
      line('DEACTIVATE_ADD_ON', id, { resource_id: id, reason: 'OTHER' }),
      line('DEACTIVATE_COMMITMENT', id, { resource_id: id }),
      line('DEACTIVATE_COMMITMENT', id, { resource_id: id, reason: 'x'.repeat(101) }),
      line('SET_CREDIT_LIMIT', id, { resource_id: 'GOLD_LIMIT', reason: 'r', value: '10' }),
      line('SET_CREDIT_LIMIT', id, { resource_id: TOTAL, reason: 'r', value: '10.005' }),
      line('SET_CREDIT_LIMIT', id, { resource_id: TOTAL, reason: 'r', value: 'ten' }),
      line('SET_CREDIT_LIMIT', id, { resource_id: TOTAL, reason: 'r', value: '-5' }),
      line('SET_CREDIT_LIMIT', id, { resource_id: TOTAL, reason: 'r', value: '100000.01' }),
      line('SET_CREDIT_LIMIT', id, { resource_id: TOTAL, value: '10' }),
      line('SET_CREDIT_LIMIT', id, { resource_id: TOTAL, reason: 'r', value: '10', date: '2024-06-01T00:00:00Z' }),
    ];
    const error = await refused(t, org, csv(HEADER, rows));
    const messages = [
      'operation is required',
      'subscription_id is required',
      'subscription_id "not-a-uuid" is not a UUID',
      'value is required by SET_SUBSCRIPTION_STATUS',
      'value "DEACTIVATED" must be one of ACTIVE, SUSPENDED, CANCELLED',
      `reason "${'r'.repeat(101)}" must have at most 100 characters`,
      'resource_id is not taken by SET_SUBSCRIPTION_STATUS: leave it empty',
      'reason is required by DEACTIVATE_SUBSCRIPTION',
      'reason "BORED" must be one of SUBSCRIBER_REQUESTED, PORTABILITY_OUT, NON_PAYMENT, FRAUD, TECHNICAL, OTHER',
      'date "2024-06-01" must be an ISO 8601 date-time with a time zone',
      'resource_id is required by DEACTIVATE_PROMOTION',
      'resource_id "promo-1" is not a UUID',
      'reason "MANUALLY" must be one of AUTOMATICALLY_REMOVED, MANUALLY_REMOVED, OTHER, PROMOTION_INCOMPATIBILITY, SUBSCRIPTION_DEACTIVATION',
      'reason is required by DEACTIVATE_ADD_ON',
      'reason "OTHER" must be one of SUBSCRIBER_RESIGNATION',
      'reason is required by DEACTIVATE_COMMITMENT',
      `reason "${'x'.repeat(101)}" must have at most 100 characters`,
      'resource_id "GOLD_LIMIT" must be one of MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT, MOBILE_SUBSCRIPTION_PREMIUM_CREDIT_LIMIT, MOBILE_SUBSCRIPTION_INTERNATIONAL_VOICE_CREDIT_LIMIT, MOBILE_SUBSCRIPTION_ROAMING_VOICE_CREDIT_LIMIT, LANDLINE_SUBSCRIPTION_INTERNATIONAL_VOICE_CREDIT_LIMIT, LANDLINE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT',
      'value "10.005" must be an amount with at most 2 decimals (e.g. 150.00)',
      'value "ten" must be an amount with at most 2 decimals (e.g. 150.00)',
      'value "-5" must be an amount with at most 2 decimals (e.g. 150.00)',
      'value "100000.01" must be at most 100000',
      'reason is required by SET_CREDIT_LIMIT',
      'date is not taken by SET_CREDIT_LIMIT: leave it empty',
    ];
    assert.equal(error.message, `the file has ${messages.length} invalid lines; nothing was run`);
    assert.deepEqual(error.details, messages.map((message, index) => ({ line: index + 2, message })));
    assert.equal(await stagedLines(t, org), 0);
  });

  test('POST /operations refuses malformed CSV: a wrong field count, a stray or unclosed quote, text after a closing quote, bad UTF-8', async () => {
    const org = uniqueOrg();
    const id = randomUUID();
    const error = await refused(
      t,
      org,
      [
        'operation,subscription_id,value',
        `SET_SUBSCRIPTION_STATUS,${id}`,
        `SET_SUBSCRIPTION_STATUS,${id},ACTIVE,extra`,
        `SET_SUBSCRIPTION_STATUS,${id},AC"TIVE`,
        `SET_SUBSCRIPTION_STATUS,${id},"ACTIVE"x`,
        `SET_SUBSCRIPTION_STATUS,${id},"ACTIVE`,
        `SET_SUBSCRIPTION_STATUS,${id},ACTIVE`,
      ].join('\n'),
    );
    assert.deepEqual(error.details, [
      { line: 2, message: 'the line has 2 fields; the header has 3' },
      { line: 3, message: 'the line has 4 fields; the header has 3' },
      { line: 4, message: 'a field with a quote must be enclosed in quotes (and the quote doubled)' },
      { line: 5, message: 'unexpected character "x" after a closing quote' },
      // The quote opened on line 6 swallows the rest of the file.
      { line: 6, message: 'a quoted field is not closed' },
    ]);
    const utf8 = await refused(t, org, Buffer.concat([Buffer.from(`operation,subscription_id,reason\nDEACTIVATE_COMMITMENT,${id},`), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]));
    assert.deepEqual(utf8.details, [{ line: 2, message: 'the file is not valid UTF-8' }]);
  });

  test('POST /operations lists the first 50 bad lines and counts them all', async () => {
    const org = uniqueOrg();
    const rows = Array.from({ length: 120 }, () => line('SET_SUBSCRIPTION_STATUS', 'nope', { value: 'ACTIVE' }));
    const error = await refused(t, org, csv(HEADER, rows));
    assert.equal(error.message, 'the file has 120 invalid lines (the first 50 are listed); nothing was run');
    assert.equal(error.details!.length, 50);
    assert.deepEqual(error.details![49], { line: 51, message: 'subscription_id "nope" is not a UUID' });
  });

  test('POST /operations refuses a file with more than 100,000 data lines, naming the first line over; the 100,000th line is checked, the ones after it are not', async () => {
    const org = uniqueOrg();
    const id = randomUUID();
    const unknown = `${line('UNKNOWN', id).join(',')}\n`;
    async function* lines() {
      yield `${HEADER.join(',')}\n`;
      yield unknown;
      const good = `${line('SET_SUBSCRIPTION_STATUS', id, { value: 'ACTIVE' }).join(',')}\n`;
      for (let block = 0; block < 99; block++) yield good.repeat(1000);
      yield good.repeat(998);
      yield unknown.repeat(2);
    }
    const response = await upload(t, org, [{ content: lines() }]);
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'INVALID_CSV');
    assert.deepEqual(
      response.body.error.details.map((detail: { line: number }) => detail.line),
      [2, 100_001, 100_002],
      'the first and the 100,000th data lines are unknown operations; the 100,001st is only over the limit',
    );
    assert.deepEqual(response.body.error.details.at(-1), { line: 100_002, message: 'the file has more than 100000 data lines' });
  });

  test('POST /operations refuses a file over 20 MiB (413 PAYLOAD_TOO_LARGE), whatever its lines', async () => {
    const org = uniqueOrg();
    const good = `${line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' }).join(',')}\n`;
    async function* big() {
      yield `${HEADER.join(',')}\n`;
      yield `${line('UNKNOWN', randomUUID()).join(',')}\n`;
      const block = good.repeat(1000);
      for (let size = 0; size <= 21 * 1024 * 1024; size += block.length) yield block;
    }
    const response = await upload(t, org, [{ content: big() }]);
    assert.equal(response.status, 413);
    assert.equal(response.body.error.code, 'PAYLOAD_TOO_LARGE');
    assert.equal(response.body.error.message, 'the file is larger than 20 MiB');
  });

  test('POST /operations refuses an empty file, a header without data lines, and a body without a file part (400 INVALID_CSV)', async () => {
    const org = uniqueOrg();
    assert.equal((await refused(t, org, '')).message, 'the file is empty: it needs a header line and at least one data line');
    assert.equal((await refused(t, org, '\ufeff\r\n\r\n')).message, 'the file is empty: it needs a header line and at least one data line');
    assert.deepEqual((await refused(t, org, 'operation,subscription_id\r\n\r\n')).details, [{ line: 1, message: 'the header is not followed by any data line' }]);
    const noParts = await t.app.inject({
      method: 'POST',
      url: operationsPath(org),
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      payload: '--xyz--\r\n',
    });
    assert.equal(noParts.statusCode, 400);
    assert.deepEqual(JSON.parse(noParts.body).error.code, 'INVALID_CSV');
    const onlyAnotherPart = await upload(t, org, [{ content: csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' })]), name: 'data' }]);
    assert.equal(onlyAnotherPart.status, 400);
    assert.equal(onlyAnotherPart.body.error.code, 'INVALID_CSV');
  });

  test('POST /operations takes a file part without a filename: 202 with file_name null', async () => {
    const org = uniqueOrg();
    const response = await upload(t, org, [{ content: csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' })]), filename: null }]);
    assert.equal(response.status, 202, JSON.stringify(response.body));
    assert.equal(response.body.file_name, null);
    assert.deepEqual(response.body.progress, { total: 1, processed: 1, succeeded: 0, failed: 1 });
  });

  test("GET /operations/{id} of an administration batch answers its 202's shape without the inline results: file_name and progress", async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const named = await upload(t, org, csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'SUSPENDED' })]));
    assert.equal(named.status, 202, JSON.stringify(named.body));
    const { results, ...accepted } = named.body;
    assert.equal(results.length, 1);
    const read = await t.request('GET', `${operationsPath(org)}/${accepted.id}`);
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, accepted);
    assert.equal(read.body.file_name, 'batch.csv');
    const unnamed = await upload(t, org, [{ content: csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' })]), filename: null }], { wait: 0 });
    assert.equal(unnamed.status, 202);
    const pending = await get(t, `${operationsPath(org)}/${unnamed.body.id}`);
    assert.equal(pending.file_name, null);
    assert.equal('results' in pending, false);
    const deactivation = await t.request('POST', `${linePath(org, subscription.id)}/deactivation`, { reason: 'OTHER' });
    assert.equal('file_name' in (await get(t, `${operationsPath(org)}/${deactivation.body.id}`)), false, 'only a batch has a file name');
  });

  test('POST /operations refuses a part other than file, or a second file (400 INVALID_CSV), and stages nothing', async () => {
    const org = uniqueOrg();
    const file = csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' })]);
    const other = await upload(t, org, [{ content: 'x', name: 'comment', filename: null }, { content: file }]);
    assert.equal(other.status, 400);
    assert.equal(other.body.error.code, 'INVALID_CSV');
    assert.match(other.body.error.message, /unexpected part "comment"/);
    const twice = await upload(t, org, [{ content: file }, { content: file, filename: 'again.csv' }]);
    assert.equal(twice.status, 400);
    assert.equal(twice.body.error.code, 'INVALID_CSV');
    assert.equal(await stagedLines(t, org), 0);
    assert.equal((await get(t, `${operationsPath(org)}?type=ADMINISTRATION_BATCH`)).total, 0);
  });

  test('POST /operations answers 415 UNSUPPORTED_MEDIA_TYPE to a JSON or text/csv body, and 400 BAD_REQUEST to no body at all', async () => {
    const org = uniqueOrg();
    const json = await t.request('POST', operationsPath(org), { file: 'operation,subscription_id' });
    assert.equal(json.status, 415);
    assert.equal(json.body.error.code, 'UNSUPPORTED_MEDIA_TYPE');
    const text = await t.app.inject({ method: 'POST', url: operationsPath(org), headers: { 'content-type': 'text/csv' }, payload: 'operation,subscription_id\n' });
    assert.equal(text.statusCode, 415);
    assert.equal(JSON.parse(text.body).error.code, 'UNSUPPORTED_MEDIA_TYPE');
    const none = await t.request('POST', operationsPath(org));
    assert.equal(none.status, 400);
    assert.equal(none.body.error.code, 'BAD_REQUEST');
  });

  test('POST /operations answers 400 BAD_REQUEST to a multipart body that breaks off or has no boundary, and stages nothing', async () => {
    const org = uniqueOrg();
    const rows = Array.from({ length: 600 }, () => line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' }));
    const cut = await t.app.inject({
      method: 'POST',
      url: operationsPath(org),
      headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
      payload: `--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\n${csv(HEADER, rows)}`,
    });
    assert.equal(cut.statusCode, 400);
    assert.deepEqual(JSON.parse(cut.body).error.code, 'BAD_REQUEST');
    assert.match(JSON.parse(cut.body).error.message, /multipart body is malformed/);
    const noBoundary = await t.app.inject({ method: 'POST', url: operationsPath(org), headers: { 'content-type': 'multipart/form-data' }, payload: 'x' });
    assert.equal(noBoundary.statusCode, 400);
    assert.equal(JSON.parse(noBoundary.body).error.code, 'BAD_REQUEST');
    assert.equal(await stagedLines(t, org), 0);
  });

  test('the lines staged by an upload that died before acceptance are purged by the org\'s next upload after an hour', async () => {
    const org = uniqueOrg();
    const staged = (batchId: string) => ({
      org,
      batch_id: batchId,
      seq: 1,
      line: 2,
      operation: 'SET_SUBSCRIPTION_STATUS',
      subscription_id: randomUUID(),
      resource_id: null,
      reason: null,
      value: 'ACTIVE',
      date: null,
    });
    const [dead, recent] = [randomUUID(), randomUUID()];
    await t.database.db
      .insertInto('batch_uploads')
      .values([
        { org, id: dead, creation_date: new Date(Date.now() - 2 * 3_600_000).toISOString() },
        { org, id: recent, creation_date: new Date(Date.now() - 60_000).toISOString() },
      ])
      .execute();
    await t.database.db.insertInto('batch_lines').values([staged(dead), staged(recent)]).execute();
    await runBatch(t, org, csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' })]));
    const uploads = await t.database.db.selectFrom('batch_uploads').select('id').where('org', '=', org).execute();
    assert.deepEqual(uploads.map((row) => row.id), [recent]);
    const lines = await t.database.db.selectFrom('batch_lines').select('batch_id').where('org', '=', org).where('batch_id', 'in', [dead, recent]).execute();
    assert.deepEqual(lines.map((row) => row.batch_id), [recent]);
  });

  test('POST /operations reads RFC 4180: BOM, CRLF, header in any order, quoted fields with commas, quotes and line breaks; blank lines skipped but counted', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const file = [
      '\ufeffvalue,reason,subscription_id,operation,resource_id',
      '',
      `"120.00","changed by ""ops"", see ticket 7",${subscription.id},SET_CREDIT_LIMIT,${TOTAL}`,
      '   ',
      `"130","two`,
      `lines",${subscription.id},"SET_CREDIT_LIMIT",${TOTAL}`,
      `SUSPENDED,,${subscription.id},SET_SUBSCRIPTION_STATUS,`,
    ].join('\r\n');
    const batch = await runBatch(t, org, file);
    assert.deepEqual(
      batch.results.map((result: any) => [result.line, result.operation, result.outcome]),
      [
        [3, 'SET_CREDIT_LIMIT', 'SUCCEEDED'],
        [5, 'SET_CREDIT_LIMIT', 'SUCCEEDED'],
        [7, 'SET_SUBSCRIPTION_STATUS', 'SUCCEEDED'],
      ],
    );
    const limit = await get(t, `${linePath(org, subscription.id)}/credit_limits/${TOTAL}`);
    assert.equal(limit.credit_limit_value, 130);
    assert.equal(limit.reason, 'two\r\nlines');
    assert.equal(limit.historical_changes[0].reason, 'changed by "ops", see ticket 7');
    assert.equal((await get(t, linePath(org, subscription.id))).status, 'SUSPENDED');
  });

  // ── Each line alone, in file order, its outcome committed with its effect ─────────────────────

  test('a batch line that fails half-way (MSISDN_IN_USE on activation) leaves no status history entry, no event and no change; the next line still runs', async () => {
    const org = uniqueOrg();
    const number = msisdn();
    const { bundle, subscription } = await activeLine(t, org, { specific_data: { msisdn: number, imsi: imsi() } });
    const portIn = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE', specific_data: { msisdn: number, imsi: imsi() } });
    const before = await t.request('GET', linePath(org, portIn.id));
    const historyBefore = await get(t, `${linePath(org, portIn.id)}/status_history`);
    const lastSequence = (await get(t, `/v2/orgs/${org}/events?limit=1000`)).items.at(-1).sequence;

    const batch = await runBatch(
      t,
      org,
      csv(HEADER, [
        line('SET_SUBSCRIPTION_STATUS', portIn.id, { value: 'ACTIVE', reason: 'port-in done' }),
        line('SET_CREDIT_LIMIT', subscription.id, { resource_id: TOTAL, reason: 'after the failure', value: '75' }),
      ]),
    );
    assert.deepEqual(batch.results.map((result: any) => result.error?.code ?? result.outcome), ['MSISDN_IN_USE', 'SUCCEEDED']);
    assert.deepEqual(batch.progress, { total: 2, processed: 2, succeeded: 1, failed: 1 });
    const after = await t.request('GET', linePath(org, portIn.id));
    assert.deepEqual(after.body, before.body);
    assert.equal(after.headers.etag, before.headers.etag);
    assert.deepEqual(await get(t, `${linePath(org, portIn.id)}/status_history`), historyBefore);
    const published = (await get(t, `/v2/orgs/${org}/events?after=${lastSequence}&limit=1000`)).items;
    assert.deepEqual(
      published.map((event: any) => [event.event_type, event.resource.id]),
      [['CreditLimitCreateEvent', TOTAL]],
    );
    assert.equal(published[0].payload.credit_limit_value, 75);
  });

  test('a batch touching the same lines many times applies its lines in file order: a line\'s outcome depends on the lines before it', async () => {
    const org = uniqueOrg();
    const { bundle, subscription } = await activeLine(t, org);
    const other = await createMobile(t, org, bundle.id);
    const statuses = ['SUSPENDED', 'ACTIVE', 'SUSPENDED', 'SUSPENDED', 'ACTIVE', 'ACTIVE', 'SUSPENDED'];
    const rows: string[][] = [];
    const expected: string[] = [];
    let current = 'ACTIVE';
    statuses.forEach((status, index) => {
      rows.push(line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: status, reason: `step ${index}` }));
      expected.push(status === current ? 'INVALID_SUBSCRIPTION_STATUS' : 'SUCCEEDED');
      current = status;
      // Between the status changes, the same two credit limits, each many times, and another line's.
      for (let repeat = 0; repeat < 5; repeat++) {
        rows.push(line('SET_CREDIT_LIMIT', subscription.id, { resource_id: TOTAL, reason: `total ${index}.${repeat}`, value: `${index * 10 + repeat}` }));
        rows.push(line('SET_CREDIT_LIMIT', other.id, { resource_id: ROAMING, reason: `roaming ${index}.${repeat}`, value: `${1000 - index * 10 - repeat}` }));
        expected.push('SUCCEEDED', 'SUCCEEDED');
      }
    });
    const batch = await runBatch(t, org, csv(HEADER, rows));
    assert.deepEqual(batch.results.map((result: any) => result.error?.code ?? result.outcome), expected);
    const history = await get(t, `${linePath(org, subscription.id)}/status_history`);
    assert.deepEqual(
      history.filter((entry: any) => entry.reason?.startsWith('step')).map((entry: any) => [entry.from, entry.to, entry.reason]),
      [
        ['ACTIVE', 'SUSPENDED', 'step 0'],
        ['SUSPENDED', 'ACTIVE', 'step 1'],
        ['ACTIVE', 'SUSPENDED', 'step 2'],
        ['SUSPENDED', 'ACTIVE', 'step 4'],
        ['ACTIVE', 'SUSPENDED', 'step 6'],
      ],
    );
    const total = await get(t, `${linePath(org, subscription.id)}/credit_limits/${TOTAL}`);
    assert.equal(total.reason, 'total 6.4');
    assert.equal(total.credit_limit_value, 64);
    const totalReasons = statuses.flatMap((_, index) => [0, 1, 2, 3, 4].map((repeat) => `total ${index}.${repeat}`)).reverse();
    assert.deepEqual([total.reason, ...total.historical_changes.map((change: any) => change.reason)], totalReasons);
    const roaming = await get(t, `${linePath(org, other.id)}/credit_limits/${ROAMING}`);
    assert.equal(roaming.credit_limit_value, 1000 - 64);
    assert.equal(roaming.historical_changes.length, statuses.length * 5 - 1);
    assert.equal(roaming.historical_changes[0].reason, 'roaming 6.3');
    assert.equal(roaming.historical_changes.at(-1).reason, 'roaming 0.0');
  });

  test('a limit changed three times in one chunk publishes one event per change, each showing the limit at its own version, and /versions lists the three with the batch', async () => {
    const org = uniqueOrg();
    const { bundle, subscription } = await activeLine(t, org);
    const landline = await createLandline(t, org, bundle.id);
    const limitPath = `${linePath(org, subscription.id)}/credit_limits/${TOTAL}`;
    const lineBefore = await t.request('GET', linePath(org, subscription.id));
    assert.equal(lineBefore.status, 200);
    const lastSequence = (await get(t, `/v2/orgs/${org}/events?limit=1000`)).items.at(-1).sequence;
    const batch = await runBatch(
      t,
      org,
      csv(HEADER, [
        line('SET_CREDIT_LIMIT', subscription.id, { resource_id: TOTAL, reason: 'one', value: '10' }),
        line('SET_CREDIT_LIMIT', landline.id, { resource_id: TOTAL, reason: 'wrong kind', value: '11' }),
        line('SET_CREDIT_LIMIT', subscription.id, { resource_id: TOTAL, reason: 'two', value: '20' }),
        line('SET_CREDIT_LIMIT', randomUUID(), { resource_id: TOTAL, reason: 'unknown line', value: '12' }),
        line('SET_CREDIT_LIMIT', subscription.id, { resource_id: TOTAL, reason: 'three', value: '30' }),
      ]),
    );
    assert.deepEqual(
      batch.results.map((result: any) => result.error?.code ?? result.outcome),
      ['SUCCEEDED', 'INVALID_CREDIT_LIMIT_TYPE', 'SUCCEEDED', 'SUBSCRIPTION_NOT_FOUND', 'SUCCEEDED'],
    );
    const published = (await get(t, `/v2/orgs/${org}/events?after=${lastSequence}&limit=1000`)).items;
    assert.deepEqual(
      published.map((event: any) => [event.event_type, event.resource_version, event.payload.credit_limit_value, event.payload.historical_changes.map((change: any) => change.reason)]),
      [
        ['CreditLimitCreateEvent', 1, 10, []],
        ['CreditLimitAttributeValueChangeEvent', 2, 20, ['one']],
        ['CreditLimitAttributeValueChangeEvent', 3, 30, ['two', 'one']],
      ],
    );
    const current = await t.request('GET', limitPath);
    assert.equal(current.headers.etag, '"3"');
    assert.deepEqual(published[2].payload, current.body);

    const versions = await t.request('GET', `${limitPath}/versions`);
    assert.equal(versions.status, 200, JSON.stringify(versions.body));
    assert.deepEqual(
      versions.body.items.map((version: any) => [version.version, version.operation_id, version.resource.reason, version.resource.historical_changes.length]),
      [
        [1, batch.id, 'one', 0],
        [2, batch.id, 'two', 1],
        [3, batch.id, 'three', 2],
      ],
    );
    // Setting a limit is not a change of the line: the line and its status history are as they were.
    const lineAfter = await t.request('GET', linePath(org, subscription.id));
    assert.equal(lineAfter.headers.etag, lineBefore.headers.etag);
    assert.deepEqual(lineAfter.body, lineBefore.body);
  });

  test('a batch over several chunks records each line\'s outcome with its effect: progress, results and resources agree line by line', async () => {
    const org = uniqueOrg();
    const bundle = await createBundle(t, org);
    const mobiles: string[] = [];
    for (let index = 0; index < 4; index++) mobiles.push((await createMobile(t, org, bundle.id)).id);
    const landline = (await createLandline(t, org, bundle.id)).id;
    const rows: string[][] = [];
    const expected: string[] = [];
    const changes = new Map<string, string[]>();
    for (let index = 0; index < 1300; index++) {
      const kind = index % 7;
      if (kind === 3) {
        rows.push(line('SET_CREDIT_LIMIT', randomUUID(), { resource_id: TOTAL, reason: `unknown ${index}`, value: '1' }));
        expected.push('SUBSCRIPTION_NOT_FOUND');
      } else if (kind === 5) {
        rows.push(line('SET_CREDIT_LIMIT', landline, { resource_id: TOTAL, reason: `wrong kind ${index}`, value: '1' }));
        expected.push('INVALID_CREDIT_LIMIT_TYPE');
      } else {
        const subscription = mobiles[index % mobiles.length];
        const resource = index % 2 === 0 ? TOTAL : ROAMING;
        rows.push(line('SET_CREDIT_LIMIT', subscription, { resource_id: resource, reason: `change ${index}`, value: String(index) }));
        expected.push('SUCCEEDED');
        const key = `${subscription}/${resource}`;
        changes.set(key, [`change ${index}`, ...(changes.get(key) ?? [])]);
      }
    }
    const lastSequence = (await get(t, `/v2/orgs/${org}/events?limit=1000`)).items.at(-1).sequence;
    const batch = await runBatch(t, org, csv(HEADER, rows), { wait: 60 });
    assert.equal(batch.status, 'SUCCEEDED');
    const succeeded = expected.filter((outcome) => outcome === 'SUCCEEDED').length;
    assert.deepEqual(batch.progress, { total: 1300, processed: 1300, succeeded, failed: 1300 - succeeded });
    assert.equal(batch.results, null);
    const results = await allResults(t, org, batch.id);
    assert.deepEqual(results.map((result: any) => result.line), rows.map((_, index) => index + 2));
    assert.deepEqual(results.map((result: any) => result.error?.code ?? result.outcome), expected);
    for (const [key, reasons] of changes) {
      const [subscription, resource] = key.split('/');
      const limit = await get(t, `${linePath(org, subscription)}/credit_limits/${resource}`);
      assert.deepEqual([limit.reason, ...limit.historical_changes.map((change: any) => change.reason)], reasons, key);
    }
    // One event per line that succeeded, in file order.
    const published: any[] = [];
    for (let after = lastSequence; ; ) {
      const page = await get(t, `/v2/orgs/${org}/events?after=${after}&limit=1000`);
      published.push(...page.items);
      if (page.items.length < 1000) break;
      after = page.next_after;
    }
    assert.deepEqual(
      published.map((event: any) => event.payload.reason),
      rows.filter((_, index) => expected[index] === 'SUCCEEDED').map((cells) => cells[3]),
    );
  });

  // ── Results ────────────────────────────────────────────────────────────────────────────────────

  test('GET /operations/{id}/results pages the results in file order (X-Total-Count) and filters by outcome', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const rows = Array.from({ length: 30 }, (_, index) =>
      index % 3 === 2
        ? line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' })
        : line('SET_CREDIT_LIMIT', subscription.id, { resource_id: TOTAL, reason: `change ${index}`, value: String(index) }),
    );
    const batch = await runBatch(t, org, csv(HEADER, rows));
    assert.deepEqual(batch.progress, { total: 30, processed: 30, succeeded: 20, failed: 10 });
    const url = `${operationsPath(org)}/${batch.id}/results`;
    const page = await t.request('GET', `${url}?offset=5&limit=4`);
    assert.equal(page.status, 200);
    assert.equal(page.headers['x-total-count'], '30');
    assert.deepEqual([page.body.offset, page.body.limit, page.body.total], [5, 4, 30]);
    assert.deepEqual(page.body.items.map((item: any) => item.line), [7, 8, 9, 10]);
    assert.deepEqual(page.body.items, batch.results.slice(5, 9));

    const failed = await t.request('GET', `${url}?outcome=FAILED&limit=500`);
    assert.equal(failed.body.total, 10);
    assert.deepEqual(failed.body.items.map((item: any) => item.line), [4, 7, 10, 13, 16, 19, 22, 25, 28, 31]);
    assert.ok(failed.body.items.every((item: any) => item.outcome === 'FAILED' && item.error.code === 'SUBSCRIPTION_NOT_FOUND'));
    const succeeded = await t.request('GET', `${url}?outcome=${encodeURIComponent('{"eq":"SUCCEEDED"}')}`);
    assert.equal(succeeded.body.total, 20);
    assert.ok(succeeded.body.items.every((item: any) => item.outcome === 'SUCCEEDED' && item.error === null));
    const both = await t.request('GET', `${url}?outcome=${encodeURIComponent('{"in":["SUCCEEDED","FAILED"]}')}`);
    assert.equal(both.body.total, 30);
    assert.equal((await allResults(t, org, batch.id)).length, 30);
  });

  test('GET /operations/{id}/results answers 404 OPERATION_NOT_FOUND for an unknown or another org\'s operation, 400 for a bad parameter, [] for an operation that is not a batch', async () => {
    const org = uniqueOrg();
    const batch = await runBatch(t, org, csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' })]));
    const unknown = await t.request('GET', `${operationsPath(org)}/${randomUUID()}/results`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'OPERATION_NOT_FOUND');
    const elsewhere = await t.request('GET', `${operationsPath(uniqueOrg())}/${batch.id}/results`);
    assert.equal(elsewhere.status, 404);
    for (const query of ['outcome=PENDING', 'status=FAILED', 'limit=501', 'outcome={"gt":"FAILED"}']) {
      const response = await t.request('GET', `${operationsPath(org)}/${batch.id}/results?${encodeURI(query)}`);
      assert.equal(response.status, 400, query);
      assert.equal(response.body.error.code, 'BAD_REQUEST', query);
    }
    const { subscription } = await activeLine(t, org);
    const deactivation = await t.request('POST', `${linePath(org, subscription.id)}/deactivation`, { reason: 'OTHER' });
    await t.waitForOperation(org, deactivation.body.id);
    const none = await t.request('GET', `${operationsPath(org)}/${deactivation.body.id}/results`);
    assert.equal(none.status, 200);
    assert.deepEqual(none.body, { items: [], offset: 0, limit: 50, total: 0, next_cursor: null });
  });

  test('GET /operations lists batches with their progress and filters them by type', async () => {
    const org = uniqueOrg();
    const batch = await runBatch(t, org, csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' })]));
    const list = await get(t, `${operationsPath(org)}?type=ADMINISTRATION_BATCH`);
    assert.equal(list.total, 1);
    assert.equal(list.items[0].id, batch.id);
    assert.deepEqual(list.items[0].progress, { total: 1, processed: 1, succeeded: 0, failed: 1 });
    assert.equal(list.items[0].file_name, undefined);
  });
});

forEachDialect(
  'administration batches: interruption and resumption',
  (t) => {
    test('a batch stopped between lines resumes where its last commit left it, under another worker, and applies each line exactly once', async () => {
      const org = uniqueOrg();
      const bundle = await createBundle(t, org);
      const lines: string[] = [];
      for (let index = 0; index < 10; index++) lines.push((await createMobile(t, org, bundle.id)).id);
      // Several chunks (of up to 500 lines), so the stop falls between two of them.
      const count = 2000;
      // Line i sets line (i mod 10)'s limit to the next value of its own sequence 1, 2, 3…: any line run twice, or skipped, shows in a history.
      const rows = Array.from({ length: count }, (_, index) =>
        line('SET_CREDIT_LIMIT', lines[index % 10], { resource_id: TOTAL, reason: `step ${index + 1}`, value: String(Math.floor(index / 10) + 1) }),
      );
      const accepted = await runBatch(t, org, csv(HEADER, rows), { wait: 0 });
      assert.equal(accepted.status, 'PENDING');
      const operationUrl = `${operationsPath(org)}/${accepted.id}`;

      const recorded = async () => {
        const row = await t.database.db
          .selectFrom('batch_lines')
          .select((eb) => eb.fn.countAll().as('count'))
          .where('org', '=', org)
          .where('outcome', 'is not', null)
          .executeTakeFirstOrThrow();
        return Number(row.count);
      };
      const first = new OperationsWorker(t.database, t.app.log, { ...operationWorkOf(families), composition: t.app.composition, leaseSeconds: 30, concurrency: 1 });
      first.start();
      // Each line commits with its outcome: stop the worker as soon as the first one is in.
      for (let polls = 0; (await recorded()) === 0; polls++) {
        assert.ok(polls < 2000, 'the first worker never committed a line');
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await first.stop();
      const paused = await get(t, operationUrl);
      assert.equal(paused.status, 'RUNNING');
      assert.ok(paused.progress.processed > 0 && paused.progress.processed < count, `stopped at ${paused.progress.processed}`);
      assert.equal(await recorded(), paused.progress.processed);
      // As if the worker had died holding its claim: the next one takes over once the lease has run out. Its saved
      // progress is also set back, as a version that saved it only now and then could leave it: the lines that
      // already have an outcome are still not run again.
      const stored = await t.database.db.selectFrom('operations').select('data').where('org', '=', org).where('id', '=', accepted.id).executeTakeFirstOrThrow();
      const rewound = { ...JSON.parse(stored.data as string), progress: { total: count, processed: 0, succeeded: 0, failed: 0 } };
      await t.database.db
        .updateTable('operations')
        .set({ claim_token: 'dead-worker', run_at: new Date(Date.now() - 1000).toISOString(), data: JSON.stringify(rewound) })
        .where('org', '=', org)
        .where('id', '=', accepted.id)
        .execute();

      const second = new OperationsWorker(t.database, t.app.log, { ...operationWorkOf(families), composition: t.app.composition, leaseSeconds: 30, concurrency: 1 });
      second.start();
      try {
        const done = await (async () => {
          for (let polls = 0; ; polls++) {
            const body = await get(t, operationUrl);
            if (body.status !== 'RUNNING' && body.status !== 'PENDING') return body;
            assert.ok(polls < 2400, 'the batch did not finish');
            await new Promise((resolve) => setTimeout(resolve, 25));
          }
        })();
        assert.equal(done.status, 'SUCCEEDED');
        assert.equal(done.attempts, 2);
        assert.deepEqual(done.progress, { total: count, processed: count, succeeded: count, failed: 0 });
      } finally {
        await second.stop();
      }
      for (const id of lines) {
        const limit = await get(t, `${linePath(org, id)}/credit_limits/${TOTAL}`);
        const values = [limit.credit_limit_value, ...limit.historical_changes.map((change: any) => change.credit_limit_value)];
        assert.deepEqual(values, Array.from({ length: count / 10 }, (_, index) => count / 10 - index));
      }
      const results = await allResults(t, org, accepted.id);
      assert.deepEqual(results.map((result) => result.line), Array.from({ length: count }, (_, index) => index + 2));
    });
  },
  { env: { WORKER: 'off' } },
);

const SECRET = 'batch-test-secret-of-sufficient-length-0123';
function token(scope: string) {
  return new SignJWT({ orgs: '*', scope })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('admin-9')
    .setAudience('backoffice')
    .setIssuedAt()
    .setExpirationTime('5m')
    .sign(new TextEncoder().encode(SECRET));
}

forEachDialect(
  'administration batches with authentication',
  (t) => {
    test('POST /operations needs the subscriptions:admin scope (403 MISSING_PERMISSIONS); the batch runs with the token\'s identity', async () => {
      const org = uniqueOrg();
      const file = csv(HEADER, [line('SET_SUBSCRIPTION_STATUS', randomUUID(), { value: 'ACTIVE' })]);
      const writer = await upload(t, org, file, { headers: { authorization: `Bearer ${await token('subscriptions:read subscriptions:write')}` } });
      assert.equal(writer.status, 403);
      assert.equal(writer.body.error.code, 'MISSING_PERMISSIONS');
      assert.match(writer.body.error.message, /subscriptions:admin/);
      const admin = await upload(t, org, file, { headers: { authorization: `Bearer ${await token('subscriptions:admin')}` } });
      assert.equal(admin.status, 202);
      assert.equal(admin.body.creation_user, 'admin-9');
      assert.equal(admin.body.creation_system, 'backoffice');
      const reader = await t.request('GET', `${operationsPath(org)}/${admin.body.id}/results`, undefined, { authorization: `Bearer ${await token('subscriptions:read')}` });
      assert.equal(reader.status, 200);
      assert.equal(reader.body.total, 1);
    });
  },
  { env: { AUTH_JWT_SECRET: SECRET } },
);
