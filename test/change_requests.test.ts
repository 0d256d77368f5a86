import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { forEachDialect, type TestApp } from './helpers/app.js';
import { activeLine, createBundle, createMobile, uniqueOrg } from './helpers/fixtures.js';
import { pollUntil, setLineStatus } from './helpers/lines.js';

const audit = { 'x-auth-origin-aud': 'crm', 'x-auth-origin-sub': 'agent-7' };
const inOneDay = () => new Date(Date.now() + 24 * 3600 * 1000).toISOString();
const tariff = (overrides: Record<string, unknown> = {}) => ({
  specific_data: { catalogue_bundled_commercial_product_id: '9000_BUNDLED_4P' },
  date_scheduled: inOneDay(),
  reason: 'SUBSCRIBER_REQUESTED',
  ...overrides,
});

async function executionOf(t: TestApp, org: string, changeRequestId: string) {
  const list = await t.request('GET', `/v2/orgs/${org}/operations?type=CHANGE_REQUEST_EXECUTION&limit=500`);
  return list.body.items.find((operation: { target: { id: string } }) => operation.target.id === changeRequestId);
}

forEachDialect('change requests', (t) => {
  const org = uniqueOrg();
  const requestsOf = (subscriptionId: string) => `/v2/orgs/${org}/subscriptions/${subscriptionId}/change_requests`;
  const create = (subscriptionId: string, body: unknown, headers: Record<string, string> = {}) =>
    t.request('POST', `${requestsOf(subscriptionId)}/tariff`, body, headers);
  const cancel = (subscriptionId: string, id: string, body: unknown = { reason: 'SUBSCRIBER_REQUESTED' }, headers: Record<string, string> = {}) =>
    t.request('POST', `${requestsOf(subscriptionId)}/${id}/cancellation`, body, headers);

  test('POST /change_requests/tariff creates a REQUESTED change request with Location, ETag, audit identity and a scheduled execution', async () => {
    const { subscription } = await activeLine(t, org);
    const scheduled = new Date(Date.now() + 2 * 24 * 3600 * 1000);
    scheduled.setUTCMilliseconds(0);
    const body = tariff({
      specific_data: { catalogue_bundled_commercial_product_id: '9000_BUNDLED_4P', catalogue_promotion_ids: ['PROMO_A', 'PROMO_B'] },
      date_scheduled: scheduled.toISOString().replace('Z', '+00:00'),
    });
    const response = await create(subscription.id, body, audit);
    assert.equal(response.status, 201);
    const request = response.body;
    assert.deepEqual(Object.keys(request).sort(), [
      'creation_date',
      'date_scheduled',
      'execution_date',
      'id',
      'last_updated_date',
      'parent_change_request',
      'reason',
      'request_system',
      'request_user',
      'specific_data',
      'status',
      'status_detail',
      'type',
    ]);
    assert.equal(request.type, 'TARIFF');
    assert.equal(request.status, 'REQUESTED');
    assert.equal(request.status_detail, null);
    assert.equal(request.execution_date, null);
    assert.equal(request.parent_change_request, null);
    assert.equal(request.reason, 'SUBSCRIBER_REQUESTED');
    assert.equal(request.request_system, 'crm');
    assert.equal(request.request_user, 'agent-7');
    assert.equal(request.date_scheduled, scheduled.toISOString().replace('.000Z', 'Z'));
    assert.deepEqual(request.specific_data, { catalogue_bundled_commercial_product_id: '9000_BUNDLED_4P', catalogue_promotion_ids: ['PROMO_A', 'PROMO_B'] });
    assert.equal(request.creation_date, request.last_updated_date);
    assert.equal(response.headers.location, `http://localhost:8080${requestsOf(subscription.id)}/${request.id}`);
    assert.equal(response.headers.etag, '"1"');

    const history = await t.request('GET', `${requestsOf(subscription.id)}/${request.id}/status_history`);
    assert.equal(history.status, 200);
    assert.deepEqual(history.body.map((entry: { from: string | null; to: string }) => [entry.from, entry.to]), [[null, 'REQUESTED']]);
    assert.equal(history.body[0].user, 'agent-7');

    const operation = await executionOf(t, org, request.id);
    assert.equal(operation.status, 'PENDING');
    assert.equal(operation.target.kind, 'CHANGE_REQUEST');
    assert.equal(operation.target.subscription_id, subscription.id);
    assert.equal(operation.target.href, `${requestsOf(subscription.id)}/${request.id}`);
    assert.equal(operation.scheduled_date, request.date_scheduled);
    assert.equal(operation.creation_user, 'agent-7');
  });

  test('POST /change_requests/tariff defaults catalogue_promotion_ids to [] and date_scheduled to now', async () => {
    const { subscription } = await activeLine(t, org);
    const before = Date.now();
    const response = await create(subscription.id, { specific_data: { catalogue_bundled_commercial_product_id: 'NOW_TARIFF' }, reason: 'RETENTION' });
    assert.equal(response.status, 201);
    assert.deepEqual(response.body.specific_data.catalogue_promotion_ids, []);
    const scheduled = new Date(response.body.date_scheduled).getTime();
    assert.ok(scheduled >= before - 1000 && scheduled <= Date.now() + 1000, response.body.date_scheduled);
  });

  test('POST /change_requests/tariff with the same id and body replays; with another body is 409 ALREADY_EXISTS', async () => {
    const { subscription } = await activeLine(t, org);
    const id = randomUUID().toUpperCase();
    const body = tariff({ id });
    const first = await create(subscription.id, body);
    assert.equal(first.status, 201);
    assert.equal(first.body.id, id.toLowerCase());
    const again = await create(subscription.id, body);
    assert.equal(again.status, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.deepEqual(again.body, first.body);
    const other = await create(subscription.id, { ...body, reason: 'OTHER' });
    assert.equal(other.status, 409);
    assert.equal(other.body.error.code, 'ALREADY_EXISTS');
  });

  test('POST /change_requests/tariff refuses malformed bodies with 400 BAD_REQUEST', async () => {
    const { subscription } = await activeLine(t, org);
    const data = { catalogue_bundled_commercial_product_id: 'P' };
    const cases: Array<[string, unknown, RegExp]> = [
      ['no specific_data', { reason: 'OTHER' }, /specific_data/],
      ['no product', { specific_data: {}, reason: 'OTHER' }, /catalogue_bundled_commercial_product_id/],
      ['a product over 64 characters', { specific_data: { catalogue_bundled_commercial_product_id: 'x'.repeat(65) }, reason: 'OTHER' }, /catalogue_bundled_commercial_product_id/],
      ['no reason', { specific_data: data }, /reason/],
      ['an unknown reason', { specific_data: data, reason: 'BORED' }, /reason/],
      ['duplicate promotions', { specific_data: { ...data, catalogue_promotion_ids: ['A', 'A'] }, reason: 'OTHER' }, /catalogue_promotion_ids/],
      ['21 promotions', { specific_data: { ...data, catalogue_promotion_ids: Array.from({ length: 21 }, (_, i) => `P${i}`) }, reason: 'OTHER' }, /catalogue_promotion_ids/],
      ['a date without zone', { specific_data: data, reason: 'OTHER', date_scheduled: '2030-01-01T10:00:00' }, /date_scheduled/],
      ['a date 6 minutes past', { specific_data: data, reason: 'OTHER', date_scheduled: new Date(Date.now() - 6 * 60_000).toISOString() }, /5 minutes/],
      ['a date a year ahead', { specific_data: data, reason: 'OTHER', date_scheduled: new Date(Date.now() + 366 * 24 * 3600 * 1000).toISOString() }, /year/],
      ['a non-uuid parent', { specific_data: data, reason: 'OTHER', parent_change_request: 'abc' }, /parent_change_request/],
      ['an unknown field', { specific_data: data, reason: 'OTHER', priority: 1 }, /priority/],
      ['another type', { specific_data: data, reason: 'OTHER', type: 'ADDRESS' }, /type/],
    ];
    for (const [name, body, message] of cases) {
      const response = await create(subscription.id, body);
      assert.equal(response.status, 400, name);
      assert.equal(response.body.error.code, 'BAD_REQUEST', name);
      assert.match(response.body.error.message, message, name);
    }
    const list = await t.request('GET', requestsOf(subscription.id));
    assert.equal(list.body.total, 0);
  });

  test('POST /change_requests/tariff accepts a date_scheduled up to 5 minutes past and server-owned fields, which it replaces', async () => {
    const { subscription } = await activeLine(t, org);
    const response = await create(
      subscription.id,
      tariff({
        date_scheduled: new Date(Date.now() - 4 * 60_000).toISOString(),
        type: 'TARIFF',
        status: 'REQUESTED',
        request_user: 'spoofed',
        execution_date: '2020-01-01T00:00:00Z',
        status_detail: { reason: 'X' },
      }),
    );
    assert.equal(response.status, 201);
    assert.equal(response.body.request_user, 'N/A');
    assert.equal(response.body.status_detail, null);
  });

  test('POST /change_requests/tariff on a line that is not ACTIVE is 400 NOT_ACTIVE_SUBSCRIPTION_NO_CR', async () => {
    const bundle = await createBundle(t, org);
    const preActive = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const suspended = await createMobile(t, org, bundle.id);
    await setLineStatus(t, org, suspended.id, 'SUSPENDED');
    for (const line of [preActive, suspended]) {
      const response = await create(line.id, tariff());
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, 'NOT_ACTIVE_SUBSCRIPTION_NO_CR');
      assert.match(response.body.error.message, /PRE_ACTIVE|SUSPENDED/);
    }
  });

  test('POST /change_requests/tariff is 409 CHANGE_REQUEST_ALREADY_PENDING while the bundle has a REQUESTED tariff change, from any of its lines', async () => {
    const bundle = await createBundle(t, org);
    const first = await createMobile(t, org, bundle.id);
    const second = await createMobile(t, org, bundle.id);
    const pending = await create(first.id, tariff());
    assert.equal(pending.status, 201);
    for (const line of [first, second]) {
      const refused = await create(line.id, tariff());
      assert.equal(refused.status, 409);
      assert.equal(refused.body.error.code, 'CHANGE_REQUEST_ALREADY_PENDING');
      assert.match(refused.body.error.message, new RegExp(pending.body.id));
    }
    // Another bundle is not held.
    const { subscription: elsewhere } = await activeLine(t, org);
    assert.equal((await create(elsewhere.id, tariff())).status, 201);
    // Once cancelled, the bundle takes a new one.
    assert.equal((await cancel(first.id, pending.body.id)).status, 200);
    assert.equal((await create(second.id, tariff())).status, 201);
  });

  test('POST /change_requests/tariff links a parent_change_request of the same subscription and refuses any other', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id);
    const otherLine = await createMobile(t, org, (await createBundle(t, org)).id);
    const parent = await create(line.id, tariff());
    await cancel(line.id, parent.body.id);
    const foreign = await create(otherLine.id, tariff());

    const child = await create(line.id, tariff({ parent_change_request: parent.body.id.toUpperCase() }));
    assert.equal(child.status, 201);
    assert.equal(child.body.parent_change_request, parent.body.id);
    await cancel(line.id, child.body.id);

    for (const parentId of [foreign.body.id, randomUUID()]) {
      const refused = await create(line.id, tariff({ parent_change_request: parentId }));
      assert.equal(refused.status, 400);
      assert.equal(refused.body.error.code, 'BAD_REQUEST');
      assert.match(refused.body.error.message, /parent_change_request/);
    }
  });

  test('the change-request endpoints answer 404 SUBSCRIPTION_NOT_FOUND for an unknown line, also under another org', async () => {
    const { subscription } = await activeLine(t, org);
    const request = await create(subscription.id, tariff());
    const unknown = requestsOf(randomUUID());
    const elsewhere = `/v2/orgs/other-${org}/subscriptions/${subscription.id}/change_requests`;
    const answers = [
      await t.request('POST', `${unknown}/tariff`, tariff()),
      await t.request('GET', unknown),
      await t.request('GET', `${unknown}/${request.body.id}`),
      await t.request('POST', `${unknown}/${request.body.id}/cancellation`, { reason: 'OTHER' }),
      await t.request('GET', `${unknown}/${request.body.id}/status_history`),
      await t.request('GET', `${elsewhere}/${request.body.id}`),
    ];
    for (const answer of answers) {
      assert.equal(answer.status, 404);
      assert.equal(answer.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    }
  });

  test('GET and cancellation of an unknown change request, or of another line, are 404 CHANGE_REQUEST_NOT_FOUND', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id);
    const sibling = await createMobile(t, org, bundle.id);
    const request = await create(line.id, tariff());
    for (const [subscriptionId, id] of [
      [line.id, randomUUID()],
      [sibling.id, request.body.id],
    ]) {
      const get = await t.request('GET', `${requestsOf(subscriptionId)}/${id}`);
      assert.equal(get.status, 404);
      assert.equal(get.body.error.code, 'CHANGE_REQUEST_NOT_FOUND');
      const cancelled = await cancel(subscriptionId, id);
      assert.equal(cancelled.status, 404);
      assert.equal(cancelled.body.error.code, 'CHANGE_REQUEST_NOT_FOUND');
      const history = await t.request('GET', `${requestsOf(subscriptionId)}/${id}/status_history`);
      assert.equal(history.body.error.code, 'CHANGE_REQUEST_NOT_FOUND');
    }
    const badId = await t.request('GET', `${requestsOf(line.id)}/not-a-uuid`);
    assert.equal(badId.status, 400);
    assert.match(badId.body.error.message, /changeRequestId/);
  });

  test('GET /change_requests/{id} answers the change request with its ETag', async () => {
    const { subscription } = await activeLine(t, org);
    const created = await create(subscription.id, tariff());
    const response = await t.request('GET', `${requestsOf(subscription.id)}/${created.body.id}`);
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, created.body);
    assert.equal(response.headers.etag, '"1"');
  });

  test('GET /change_requests pages oldest first and filters by status, date_scheduled and type', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id);
    const dates = [3, 5, 7].map((days) => {
      const date = new Date(Date.now() + days * 24 * 3600 * 1000);
      date.setUTCMilliseconds(0);
      return date.toISOString();
    });
    // Ascending ids, so the order is known even if two creates share a millisecond.
    const ids = [randomUUID(), randomUUID(), randomUUID()].sort();
    for (const [index, date] of dates.entries()) {
      const created = await create(line.id, tariff({ id: ids[index], date_scheduled: date }));
      assert.equal(created.status, 201);
      // Cancel all but the last, so the bundle takes the next one.
      if (index < 2) assert.equal((await cancel(line.id, created.body.id)).status, 200);
    }
    const list = (query: string) => t.request('GET', `${requestsOf(line.id)}${query}`);

    const all = await list('');
    assert.equal(all.status, 200);
    assert.equal(all.body.total, 3);
    assert.equal(all.headers['x-total-count'], '3');
    assert.deepEqual(all.body.items.map((item: { id: string }) => item.id), ids);
    assert.equal(all.body.offset, 0);
    assert.equal(all.body.limit, 50);

    const page = await list('?offset=1&limit=1');
    assert.deepEqual(page.body.items.map((item: { id: string }) => item.id), [ids[1]]);
    assert.equal(page.body.total, 3);

    assert.deepEqual((await list('?status=REQUESTED')).body.items.map((item: { id: string }) => item.id), [ids[2]]);
    const eq = await list(`?status=${encodeURIComponent('{"eq":"CANCELLED"}')}`);
    assert.deepEqual(eq.body.items.map((item: { id: string }) => item.id), ids.slice(0, 2));
    const inList = await list(`?status=${encodeURIComponent('{"in":["REQUESTED","CANCELLED"]}')}`);
    assert.equal(inList.body.total, 3);
    assert.equal((await list('?status=COMPLETED')).body.total, 0);

    assert.deepEqual((await list(`?date_scheduled=${encodeURIComponent(dates[1])}`)).body.items.map((item: { id: string }) => item.id), [ids[1]]);
    const range = await list(`?date_scheduled=${encodeURIComponent(JSON.stringify({ gt: dates[0], lte: dates[2] }))}`);
    assert.deepEqual(range.body.items.map((item: { id: string }) => item.id), ids.slice(1));

    assert.equal((await list('?type=TARIFF')).body.total, 3);
    assert.equal((await list(`?type=${encodeURIComponent('{"in":["TARIFF"]}')}`)).body.total, 3);

    for (const bad of ['?status=DONE', '?type=ADDRESS', '?date_scheduled=tomorrow', `?status=${encodeURIComponent('{"ne":"REQUESTED"}')}`, '?sort=asc', '?limit=501']) {
      const refused = await list(bad);
      assert.equal(refused.status, 400, bad);
      assert.equal(refused.body.error.code, 'BAD_REQUEST', bad);
    }
  });

  test('POST /change_requests/{id}/cancellation cancels a REQUESTED change request, then refuses again with CHANGE_REQUEST_NOT_CANCELLABLE', async () => {
    const { subscription } = await activeLine(t, org);
    const created = await create(subscription.id, tariff());
    const cancelled = await cancel(subscription.id, created.body.id, { reason: 'RETENTION' }, audit);
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.status, 'CANCELLED');
    assert.equal(cancelled.body.status_detail.reason, 'RETENTION');
    assert.equal(cancelled.body.status_detail.description, null);
    assert.equal(cancelled.body.status_detail.date, cancelled.body.last_updated_date);
    assert.equal(cancelled.body.request_user, 'N/A');
    assert.equal(cancelled.headers.etag, '"2"');

    const again = await cancel(subscription.id, created.body.id);
    assert.equal(again.status, 400);
    assert.equal(again.body.error.code, 'CHANGE_REQUEST_NOT_CANCELLABLE');
    assert.match(again.body.error.message, /CANCELLED/);

    const history = await t.request('GET', `${requestsOf(subscription.id)}/${created.body.id}/status_history`);
    assert.deepEqual(
      history.body.map((entry: Record<string, unknown>) => [entry.from, entry.to, entry.reason, entry.user]),
      [
        [null, 'REQUESTED', null, 'N/A'],
        ['REQUESTED', 'CANCELLED', 'RETENTION', 'agent-7'],
      ],
    );
  });

  test('POST /change_requests/{id}/cancellation needs a known reason and honours If-Match (412 PRECONDITION_FAILED)', async () => {
    const { subscription } = await activeLine(t, org);
    const created = await create(subscription.id, tariff());
    for (const body of [{}, { reason: 'BORED' }, { reason: 'OTHER', note: 'x' }]) {
      const refused = await cancel(subscription.id, created.body.id, body);
      assert.equal(refused.status, 400);
      assert.equal(refused.body.error.code, 'BAD_REQUEST');
    }
    const stale = await cancel(subscription.id, created.body.id, { reason: 'OTHER' }, { 'if-match': '"7"' });
    assert.equal(stale.status, 412);
    assert.equal(stale.body.error.code, 'PRECONDITION_FAILED');
    const current = await cancel(subscription.id, created.body.id, { reason: 'OTHER' }, { 'if-match': '"1"' });
    assert.equal(current.status, 200);
    assert.equal(current.body.status, 'CANCELLED');
  });

  test('POST /change_requests/{id}/cancellation needs no live line: it cancels on a DEACTIVATED subscription', async () => {
    const { subscription } = await activeLine(t, org);
    const created = await create(subscription.id, tariff());
    const accepted = await t.request('POST', `/v2/orgs/${org}/subscriptions/${subscription.id}/deactivation`, { reason: 'OTHER' });
    assert.equal(accepted.status, 202);
    assert.equal((await t.waitForOperation(org, accepted.body.id)).status, 'SUCCEEDED');
    const cancelled = await cancel(subscription.id, created.body.id, { reason: 'CORRECTION' });
    assert.equal(cancelled.status, 200);
    assert.equal(cancelled.body.status, 'CANCELLED');
  });

  test('the execution at date_scheduled moves the bundle to the new offer, adds the ACTIVE promotions and COMPLETES the change request', async () => {
    const { bundle, subscription } = await activeLine(t, org);
    const created = await create(
      subscription.id,
      tariff({
        date_scheduled: new Date(Date.now() + 400).toISOString(),
        specific_data: { catalogue_bundled_commercial_product_id: 'NEW_OFFER_5P', catalogue_promotion_ids: ['PROMO_TARIFF_A', 'PROMO_TARIFF_B'] },
      }),
      audit,
    );
    assert.equal(created.status, 201);
    const url = `${requestsOf(subscription.id)}/${created.body.id}`;
    const untouched = await t.request('GET', `/v2/orgs/${org}/bundles/${bundle.id}`);
    assert.equal(untouched.body.catalogue_bundled_commercial_product_id, '8432_BUNDLED_3P');
    const lineBefore = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);

    const done = await pollUntil(t, url, (body) => body.status !== 'REQUESTED');
    assert.equal(done.status, 'COMPLETED');
    assert.ok(done.execution_date >= created.body.date_scheduled, `${done.execution_date} < ${created.body.date_scheduled}`);
    assert.equal(done.status_detail.reason, 'CHANGE_REQUEST_EXECUTED');
    assert.equal(done.last_updated_date, done.execution_date);

    const moved = await t.request('GET', `/v2/orgs/${org}/bundles/${bundle.id}`);
    assert.equal(moved.body.catalogue_bundled_commercial_product_id, 'NEW_OFFER_5P');
    assert.equal(moved.body.last_updated_user, 'agent-7');
    assert.equal(moved.body.last_updated_date, done.execution_date);
    assert.notEqual(moved.headers.etag, untouched.headers.etag);

    const promotions = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}/promotions`);
    assert.equal(promotions.status, 200);
    assert.deepEqual(
      promotions.body.items
        .map((promotion: Record<string, unknown>) => [promotion.catalogue_promotion_id, promotion.status, promotion.creation_system, promotion.creation_user])
        .sort(),
      [
        ['PROMO_TARIFF_A', 'ACTIVE', 'crm', 'agent-7'],
        ['PROMO_TARIFF_B', 'ACTIVE', 'crm', 'agent-7'],
      ],
    );
    for (const promotion of promotions.body.items) {
      assert.ok(promotion.activation_date >= done.execution_date && promotion.activation_date <= new Date().toISOString(), promotion.activation_date);
    }
    const lineAfter = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    assert.equal(lineAfter.body.promotions.length, 2);
    assert.notEqual(lineAfter.headers.etag, lineBefore.headers.etag);

    const operation = await executionOf(t, org, created.body.id);
    assert.equal(operation.status, 'SUCCEEDED');
    assert.equal(operation.error, null);
    const history = await t.request('GET', `${url}/status_history`);
    assert.deepEqual(
      history.body.map((entry: Record<string, unknown>) => [entry.from, entry.to, entry.operation_id, entry.user]),
      [
        [null, 'REQUESTED', null, 'agent-7'],
        ['REQUESTED', 'IN_PROGRESS', operation.id, 'agent-7'],
        ['IN_PROGRESS', 'COMPLETED', operation.id, 'agent-7'],
      ],
    );
    // Executed: neither cancellable nor blocking the bundle any more.
    assert.equal((await cancel(subscription.id, created.body.id)).body.error.code, 'CHANGE_REQUEST_NOT_CANCELLABLE');
    assert.equal((await create(subscription.id, tariff())).status, 201);
  });

  test('the execution on a line suspended before the date FAILS the change request and its operation with NOT_ACTIVE_SUBSCRIPTION_NO_CR and changes nothing else', async () => {
    const { bundle, subscription } = await activeLine(t, org);
    const created = await create(
      subscription.id,
      tariff({
        date_scheduled: new Date(Date.now() + 800).toISOString(),
        specific_data: { catalogue_bundled_commercial_product_id: 'NEVER_APPLIED', catalogue_promotion_ids: ['PROMO_X'] },
      }),
    );
    assert.equal(created.status, 201);
    await setLineStatus(t, org, subscription.id, 'SUSPENDED');

    const url = `${requestsOf(subscription.id)}/${created.body.id}`;
    const done = await pollUntil(t, url, (body) => body.status !== 'REQUESTED');
    assert.equal(done.status, 'FAILED');
    assert.equal(done.status_detail.reason, 'NOT_ACTIVE_SUBSCRIPTION_NO_CR');
    assert.match(done.status_detail.description, /SUSPENDED/);
    assert.equal(done.execution_date, null);

    const after = await t.request('GET', `/v2/orgs/${org}/bundles/${bundle.id}`);
    assert.equal(after.body.catalogue_bundled_commercial_product_id, '8432_BUNDLED_3P');
    assert.equal(after.headers.etag, '"1"');
    const line = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    assert.deepEqual(line.body.promotions, []);

    const operation = await executionOf(t, org, created.body.id);
    assert.equal(operation.status, 'FAILED');
    assert.equal(operation.error.code, 'NOT_ACTIVE_SUBSCRIPTION_NO_CR');
    const history = await t.request('GET', `${url}/status_history`);
    assert.deepEqual(
      history.body.map((entry: Record<string, unknown>) => [entry.to, entry.reason]),
      [
        ['REQUESTED', null],
        ['IN_PROGRESS', 'DATE_SCHEDULED_REACHED'],
        ['FAILED', 'NOT_ACTIVE_SUBSCRIPTION_NO_CR'],
      ],
    );
    assert.equal((await cancel(subscription.id, created.body.id)).body.error.code, 'CHANGE_REQUEST_NOT_CANCELLABLE');
  });

  test('the execution of a change request cancelled before its date does nothing', async () => {
    const { bundle, subscription } = await activeLine(t, org);
    const created = await create(subscription.id, tariff({ date_scheduled: new Date(Date.now() + 500).toISOString() }));
    assert.equal((await cancel(subscription.id, created.body.id)).status, 200);
    const operation = await executionOf(t, org, created.body.id);
    assert.equal((await t.waitForOperation(org, operation.id)).status, 'SUCCEEDED');
    const request = await t.request('GET', `${requestsOf(subscription.id)}/${created.body.id}`);
    assert.equal(request.body.status, 'CANCELLED');
    assert.equal(request.headers.etag, '"2"');
    const after = await t.request('GET', `/v2/orgs/${org}/bundles/${bundle.id}`);
    assert.equal(after.body.catalogue_bundled_commercial_product_id, '8432_BUNDLED_3P');
  });
});
