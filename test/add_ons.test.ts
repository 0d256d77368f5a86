import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { OperationsWorker } from '../src/core/operations.js';
import { AppError } from '../src/core/errors.js';
import { operationWorkOf, type ResourceFamily } from '../src/resources/family.js';
import { families } from '../src/resources/index.js';
import { forEachDialect, type TestApp } from './helpers/app.js';
import { addOnBody, createAddOn, deactivateLine, getAddOn } from './helpers/add_ons.js';
import { activeLine, createBundle, createMobile, imsi, inListOrder, msisdn, uniqueOrg } from './helpers/fixtures.js';
import { assertDocumentedResponses, seedErrorRows, servedDocument, SUBSCRIPTION_NOT_FOUND_TEXT } from './helpers/openapi.js';
import { setupRequest } from './helpers/setup.js';

/** What the add-on deactivation hooks were called with (the promotions family lends the real one). */
const hookCalls: Array<{ addOnId: string; status: string; reason: string; operationId: string | null; date: string }> = [];
/** Add-ons whose hook refuses, as a linked resource that cannot end would: the whole change must roll back. */
const refusingAddOns = new Set<string>();
/** A family that only watches add-ons end, served after the real ones. */
const watcher: ResourceFamily = {
  name: 'add-on watcher',
  routes: async () => undefined,
  async addOnDeactivationHook(_c, _context, addOn, cascade) {
    if (refusingAddOns.has(addOn.id)) throw new AppError('INVALID_PROMOTION_STATUS', `a linked promotion of ${addOn.id} refuses to end`);
    hookCalls.push({ addOnId: addOn.id, status: addOn.status, reason: cascade.reason, operationId: cascade.operationId, date: cascade.date });
  },
};
const withWatcher = [...families, watcher];

const auditHeaders = { 'x-auth-origin-aud': 'crm', 'x-auth-origin-sub': 'agent-7' };
const SERVER_FIELDS = ['creation_date', 'creation_system', 'creation_user', 'last_updated_date', 'deactivation_system', 'deactivation_user'];
const ADD_ON_FIELDS = [
  'id',
  'legacy_id',
  'catalogue_add_on_legacy_id',
  'catalogue_add_on_id',
  'creation_date',
  'creation_system',
  'creation_user',
  'last_updated_date',
  'status',
  'activation_date',
  'deactivation_date',
  'deactivation_system',
  'deactivation_user',
  'provider_product_id',
  'provider_service_id',
];

function assertRecent(value: string, since: number): void {
  const at = Date.parse(value);
  assert.ok(at >= since - 1000 && at <= Date.now() + 1000, `${value} is not the time of the request`);
}

const path = (org: string, subscriptionId: string, addOnId?: string) =>
  `/v2/orgs/${org}/subscriptions/${subscriptionId}/add_ons${addOnId ? `/${addOnId}` : ''}`;

async function preActiveLine(t: TestApp, org: string) {
  const bundle = await createBundle(t, org);
  return createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
}

async function suspendedLine(t: TestApp, org: string) {
  const { subscription } = await activeLine(t, org);
  const suspended = await t.request('PATCH', `/v2/orgs/${org}/subscriptions/${subscription.id}`, [{ op: 'replace', path: '/status', value: 'SUSPENDED' }]);
  assert.equal(suspended.status, 200);
  return subscription;
}

forEachDialect('add-ons', (t) => {
  const org = uniqueOrg();

  test('POST /subscriptions/{id}/add_ons creates a REQUESTED add-on with every field, audit stamps, Location and ETag', async () => {
    const { subscription } = await activeLine(t, org);
    const lineBefore = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    const since = Date.now();
    const body = addOnBody({ legacy_id: 4711, provider_product_id: 'PP-1' });
    const response = await t.request('POST', path(org, subscription.id), body, auditHeaders);
    assert.equal(response.status, 201);
    const lineAfter = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    assert.notEqual(lineAfter.headers.etag, lineBefore.headers.etag, 'the line embeds its add-ons: its ETag moves');
    assert.deepEqual(Object.keys(response.body).sort(), [...ADD_ON_FIELDS].sort());
    assert.equal(response.body.id, body.id);
    assert.equal(response.body.status, 'REQUESTED');
    assert.equal(response.body.legacy_id, 4711);
    assert.equal(response.body.catalogue_add_on_legacy_id, 'APOLLO-ROAMING');
    assert.equal(response.body.catalogue_add_on_id, 'ROAMING_PLUS');
    assert.equal(response.body.provider_product_id, 'PP-1');
    assert.equal(response.body.provider_service_id, null);
    assert.equal(response.body.activation_date, null);
    assert.equal(response.body.deactivation_date, null);
    assert.equal(response.body.deactivation_system, null);
    assert.equal(response.body.deactivation_user, null);
    assert.equal(response.body.creation_system, 'crm');
    assert.equal(response.body.creation_user, 'agent-7');
    assertRecent(response.body.creation_date, since);
    assert.equal(response.body.last_updated_date, response.body.creation_date);
    assert.equal(response.headers.location, `http://localhost:8080${path(org, subscription.id, String(body.id))}`);
    assert.equal(response.headers.etag, '"1"');
    const history = await t.request('GET', `${path(org, subscription.id, String(body.id))}/status_history`);
    assert.equal(history.status, 200);
    assert.equal(history.body.length, 1);
    assert.deepEqual(
      { from: history.body[0].from, to: history.body[0].to, reason: history.body[0].reason, system: history.body[0].system, user: history.body[0].user },
      { from: null, to: 'REQUESTED', reason: null, system: 'crm', user: 'agent-7' },
    );
  });

  test('POST /subscriptions/{id}/add_ons accepts server-owned fields and replaces them', async () => {
    const { subscription } = await activeLine(t, org);
    const body = addOnBody({
      creation_date: '2001-01-01T00:00:00Z',
      creation_system: 'forged',
      creation_user: 'forged',
      last_updated_date: '2001-01-01T00:00:00Z',
      deactivation_date: '2001-01-01T00:00:00Z',
      deactivation_system: 'forged',
      deactivation_user: 'forged',
    });
    const response = await t.request('POST', path(org, subscription.id), body);
    assert.equal(response.status, 201);
    assert.notEqual(response.body.creation_date, '2001-01-01T00:00:00Z');
    assert.equal(response.body.creation_system, 'N/A');
    assert.equal(response.body.creation_user, 'N/A');
    assert.notEqual(response.body.last_updated_date, '2001-01-01T00:00:00Z');
    for (const field of ['deactivation_date', 'deactivation_system', 'deactivation_user']) assert.equal(response.body[field], null, field);
    assert.ok(SERVER_FIELDS.every((field) => response.body[field] !== 'forged'));
  });

  test('POST /subscriptions/{id}/add_ons of an ACTIVE add-on stamps activation_date now, or keeps a past one in UTC', async () => {
    const { subscription } = await activeLine(t, org);
    const since = Date.now();
    const stamped = await t.request('POST', path(org, subscription.id), addOnBody({ status: 'ACTIVE' }));
    assert.equal(stamped.status, 201);
    assert.equal(stamped.body.status, 'ACTIVE');
    assertRecent(stamped.body.activation_date, since);
    const kept = await t.request('POST', path(org, subscription.id), addOnBody({ status: 'ACTIVE', activation_date: '2024-03-01T10:00:00+01:00' }));
    assert.equal(kept.status, 201);
    assert.equal(kept.body.activation_date, '2024-03-01T09:00:00Z');
  });

  test('POST /subscriptions/{id}/add_ons rejects an ACTIVE add-on whose activation_date is in the future', async () => {
    const { subscription } = await activeLine(t, org);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const response = await t.request('POST', path(org, subscription.id), addOnBody({ status: 'ACTIVE', activation_date: future }));
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'BAD_REQUEST');
    assert.match(response.body.error.message, /activation_date/);
  });

  test('POST /subscriptions/{id}/add_ons keeps a REQUESTED add-on\'s future activation_date as informative', async () => {
    const subscription = await preActiveLine(t, org);
    const response = await t.request('POST', path(org, subscription.id), addOnBody({ activation_date: '2099-05-01T00:00:00.250Z' }));
    assert.equal(response.status, 201);
    assert.equal(response.body.activation_date, '2099-05-01T00:00:00.250Z');
  });

  test('POST /subscriptions/{id}/add_ons of an ended add-on keeps the deactivation_date sent, else now, and stamps who', async () => {
    const { subscription } = await activeLine(t, org);
    const cancelled = await t.request('POST', path(org, subscription.id), addOnBody({ status: 'CANCELLED', deactivation_date: '2024-02-02T02:02:02Z' }), auditHeaders);
    assert.equal(cancelled.status, 201);
    assert.equal(cancelled.body.status, 'CANCELLED');
    assert.equal(cancelled.body.deactivation_date, '2024-02-02T02:02:02Z');
    assert.equal(cancelled.body.deactivation_system, 'crm');
    assert.equal(cancelled.body.deactivation_user, 'agent-7');
    const since = Date.now();
    const deactivated = await t.request('POST', path(org, subscription.id), addOnBody({ status: 'DEACTIVATED', activation_date: '2023-01-01T00:00:00Z' }));
    assert.equal(deactivated.status, 201);
    assert.equal(deactivated.body.status, 'DEACTIVATED');
    assert.equal(deactivated.body.activation_date, '2023-01-01T00:00:00Z');
    assertRecent(deactivated.body.deactivation_date, since);
    assert.equal(deactivated.body.deactivation_system, 'N/A');
    assert.equal(deactivated.body.deactivation_user, 'N/A');
  });

  test('POST /subscriptions/{id}/add_ons of an ACTIVE add-on on a PRE_ACTIVE or SUSPENDED line is 400 INVALID_SUBSCRIPTION_STATUS; REQUESTED is accepted', async () => {
    for (const subscription of [await preActiveLine(t, org), await suspendedLine(t, org)]) {
      const active = await t.request('POST', path(org, subscription.id), addOnBody({ status: 'ACTIVE' }));
      assert.equal(active.status, 400);
      assert.equal(active.body.error.code, 'INVALID_SUBSCRIPTION_STATUS');
      const requested = await t.request('POST', path(org, subscription.id), addOnBody());
      assert.equal(requested.status, 201);
      const list = await t.request('GET', path(org, subscription.id));
      assert.equal(list.body.total, 1, 'the refused add-on was not stored');
    }
  });

  test('POST /subscriptions/{id}/add_ons on a CANCELLED or DEACTIVATED line is 400 INVALID_SUBSCRIPTION_STATUS, whatever the add-on status', async () => {
    const cancelledLine = await preActiveLine(t, org);
    const cancel = await t.request('PATCH', `/v2/orgs/${org}/subscriptions/${cancelledLine.id}`, [{ op: 'replace', path: '/status', value: 'CANCELLED' }]);
    assert.equal(cancel.status, 200);
    const { subscription: deactivatedLine } = await activeLine(t, org);
    assert.equal((await deactivateLine(t, org, deactivatedLine.id)).status, 'SUCCEEDED');
    for (const line of [cancelledLine, deactivatedLine]) {
      for (const status of ['REQUESTED', 'CANCELLED']) {
        const response = await t.request('POST', path(org, line.id), addOnBody({ status }));
        assert.equal(response.status, 400);
        assert.equal(response.body.error.code, 'INVALID_SUBSCRIPTION_STATUS');
        assert.match(response.body.error.message, new RegExp(line.id));
      }
    }
  });

  test('POST /subscriptions/{id}/add_ons without a body is 400 BAD_REQUEST', async () => {
    const { subscription } = await activeLine(t, org);
    const response = await t.request('POST', path(org, subscription.id));
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'BAD_REQUEST');
  });

  test('POST /subscriptions/{id}/add_ons names the field of each schema violation', async () => {
    const { subscription } = await activeLine(t, org);
    const { id: _id, ...withoutId } = addOnBody();
    const { catalogue_add_on_id: _catalogue, ...withoutCatalogue } = addOnBody();
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [withoutId, /id is required/],
      [withoutCatalogue, /catalogue_add_on_id is required/],
      [addOnBody({ id: 'not-a-uuid' }), /id/],
      [addOnBody({ status: 'EXPIRED' }), /status/],
      [addOnBody({ legacy_id: '12' }), /legacy_id/],
      [addOnBody({ activation_date: '2024-01-01' }), /activation_date/],
      [addOnBody({ provider_sevice_id: 'typo' }), /provider_sevice_id/],
    ];
    for (const [body, field] of cases) {
      const response = await t.request('POST', path(org, subscription.id), body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, field);
    }
    const { status: _status, ...withoutStatus } = addOnBody();
    const missingStatus = await t.request('POST', path(org, subscription.id), withoutStatus);
    assert.equal(missingStatus.status, 400);
    assert.match(missingStatus.body.error.message, /status is required/);
  });

  test('POST /subscriptions/{id}/add_ons of an unknown subscription, or of another org\'s, is 404 SUBSCRIPTION_NOT_FOUND', async () => {
    const { subscription } = await activeLine(t, org);
    for (const url of [path(org, randomUUID()), path(uniqueOrg(), subscription.id)]) {
      const response = await t.request('POST', url, addOnBody());
      assert.equal(response.status, 404);
      assert.equal(response.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    }
  });

  test('POST /subscriptions/{id}/add_ons with the same id and body replays; another body or another subscription is 409 ALREADY_EXISTS', async () => {
    const { subscription } = await activeLine(t, org);
    const body = addOnBody({ status: 'ACTIVE', legacy_id: 9 });
    const first = await t.request('POST', path(org, subscription.id), body);
    assert.equal(first.status, 201);
    assert.equal(first.headers['idempotent-replayed'], undefined);
    const again = await t.request('POST', path(org, subscription.id), { ...body, id: String(body.id).toUpperCase() });
    assert.equal(again.status, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.deepEqual(again.body, first.body);
    const changed = await t.request('POST', path(org, subscription.id), { ...body, legacy_id: 10 });
    assert.equal(changed.status, 409);
    assert.equal(changed.body.error.code, 'ALREADY_EXISTS');
    const { subscription: other } = await activeLine(t, org);
    const elsewhere = await t.request('POST', path(org, other.id), body);
    assert.equal(elsewhere.status, 409);
    assert.equal(elsewhere.body.error.code, 'ALREADY_EXISTS');
    const otherOrg = uniqueOrg();
    const { subscription: foreign } = await activeLine(t, otherOrg);
    const sameIdOtherOrg = await t.request('POST', path(otherOrg, foreign.id), body);
    assert.equal(sameIdOtherOrg.status, 201, 'ids are unique per org');
  });

  test('POST /subscriptions/{id}/add_ons retried after the line changed state still replays the add-on it made', async () => {
    const { subscription } = await activeLine(t, org);
    const body = addOnBody({ status: 'ACTIVE' });
    const first = await t.request('POST', path(org, subscription.id), body);
    assert.equal(first.status, 201);
    await setupRequest(t, 200, 'PATCH', `/v2/orgs/${org}/subscriptions/${subscription.id}`, [{ op: 'replace', path: '/status', value: 'SUSPENDED' }]);
    const retry = await t.request('POST', path(org, subscription.id), body);
    assert.equal(retry.status, 201);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    assert.deepEqual(retry.body, first.body);
  });

  test('GET /subscriptions/{id}/add_ons pages oldest first with a total, and shows only that subscription\'s add-ons', async () => {
    const { subscription } = await activeLine(t, org);
    const { subscription: other } = await activeLine(t, org);
    await createAddOn(t, org, other.id);
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await createAddOn(t, org, subscription.id, { legacy_id: i }));
    const created = inListOrder(made);
    const page = await t.request('GET', `${path(org, subscription.id)}?limit=2`);
    assert.equal(page.status, 200);
    assert.equal(page.body.total, 3);
    assert.equal(page.body.offset, 0);
    assert.equal(page.body.limit, 2);
    assert.equal(page.headers['x-total-count'], '3');
    assert.deepEqual(page.body.items.map((item: { id: string }) => item.id), [created[0].id, created[1].id]);
    assert.ok(page.body.items.every((item: Record<string, unknown>) => !('subscription_id' in item)));
    const rest = await t.request('GET', `${path(org, subscription.id)}?offset=2`);
    assert.deepEqual(rest.body.items, [created[2]]);
  });

  test('GET /subscriptions/{id}/add_ons filters by legacy_add_on_id and by activation_date (equality and range)', async () => {
    const { subscription } = await activeLine(t, org);
    const january = await createAddOn(t, org, subscription.id, { status: 'ACTIVE', activation_date: '2024-01-15T10:00:00Z', legacy_id: 501 });
    const march = await createAddOn(t, org, subscription.id, { status: 'ACTIVE', activation_date: '2024-03-15T10:00:00Z', legacy_id: 502 });
    await createAddOn(t, org, subscription.id, { legacy_id: 503 });
    const ids = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id);

    const byLegacy = await t.request('GET', `${path(org, subscription.id)}?legacy_add_on_id=502`);
    assert.deepEqual(ids(byLegacy.body), [march.id]);
    const quoted = await t.request('GET', `${path(org, subscription.id)}?legacy_add_on_id='501'`);
    assert.deepEqual(ids(quoted.body), [january.id]);

    const equal = await t.request('GET', `${path(org, subscription.id)}?activation_date=${encodeURIComponent('2024-01-15T11:00:00+01:00')}`);
    assert.deepEqual(ids(equal.body), [january.id]);
    const range = encodeURIComponent(JSON.stringify({ gte: '2024-02-01T00:00:00Z', lt: '2025-01-01T00:00:00Z' }));
    const ranged = await t.request('GET', `${path(org, subscription.id)}?activation_date=${range}`);
    assert.deepEqual(ids(ranged.body), [march.id]);
    assert.equal(ranged.body.total, 1);
    const all = await t.request('GET', `${path(org, subscription.id)}?activation_date=${encodeURIComponent('{"gt":"2000-01-01T00:00:00Z"}')}`);
    assert.deepEqual(ids(all.body), [january.id, march.id], 'a null activation_date never matches');
  });

  test('GET /subscriptions/{id}/add_ons rejects bad filters, unknown parameters and out-of-range paging with 400', async () => {
    const { subscription } = await activeLine(t, org);
    for (const [query, parameter] of [
      ['activation_date=2024-01-01', 'activation_date'],
      ['activation_date=%7B%22after%22%3A%222024-01-01T00%3A00%3A00Z%22%7D', 'activation_date'],
      ['legacy_add_on_id=abc', 'legacy_add_on_id'],
      ['status=ACTIVE', 'status'],
      ['limit=0', 'limit'],
      ['offset=-1', 'offset'],
    ]) {
      const response = await t.request('GET', `${path(org, subscription.id)}?${query}`);
      assert.equal(response.status, 400, query);
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, new RegExp(parameter));
    }
  });

  test('GET /subscriptions/{id}/add_ons of an unknown subscription, or of another org\'s, is 404 SUBSCRIPTION_NOT_FOUND', async () => {
    const { subscription } = await activeLine(t, org);
    for (const url of [path(org, randomUUID()), path(uniqueOrg(), subscription.id)]) {
      const response = await t.request('GET', url);
      assert.equal(response.status, 404);
      assert.equal(response.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    }
  });

  test('GET /subscriptions/{id}/add_ons/{addonId} answers the add-on with its ETag and honours If-None-Match', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await createAddOn(t, org, subscription.id, { provider_service_id: 'PS-1' });
    const response = await t.request('GET', path(org, subscription.id, addOn.id.toUpperCase()));
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, addOn);
    assert.equal(response.headers.etag, '"1"');
    const cached = await t.request('GET', path(org, subscription.id, addOn.id), undefined, { 'if-none-match': '"1"' });
    assert.equal(cached.status, 304);
  });

  test('GET /subscriptions/{id}/add_ons/{addonId} is 404 ADD_ON_NOT_FOUND for an unknown add-on or one of another subscription; the subscription is checked first', async () => {
    const { subscription } = await activeLine(t, org);
    const { subscription: other } = await activeLine(t, org);
    const foreign = await createAddOn(t, org, other.id);
    for (const addOnId of [randomUUID(), foreign.id]) {
      const response = await t.request('GET', path(org, subscription.id, addOnId));
      assert.equal(response.status, 404);
      assert.equal(response.body.error.code, 'ADD_ON_NOT_FOUND');
      assert.equal(response.body.error.message, 'AddOn with the specified id was not found');
    }
    for (const url of [path(org, randomUUID(), foreign.id), path(uniqueOrg(), other.id, foreign.id)]) {
      const response = await t.request('GET', url);
      assert.equal(response.status, 404);
      assert.equal(response.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    }
    const badId = await t.request('GET', path(org, subscription.id, 'not-a-uuid'));
    assert.equal(badId.status, 400);
    assert.match(badId.body.error.message, /addonId/);
  });

  test('PATCH /subscriptions/{id}/add_ons/{addonId} REQUESTED → ACTIVE stamps activation_date now, records the reason and moves the line\'s ETag', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await createAddOn(t, org, subscription.id);
    const lineBefore = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    const since = Date.now();
    const response = await t.request('PATCH', path(org, subscription.id, addOn.id), [{ op: 'replace', path: '/status', value: 'ACTIVE', reason: 'PROVIDER_CONFIRMED' }], auditHeaders);
    assert.equal(response.status, 200);
    assert.equal(response.body.status, 'ACTIVE');
    assertRecent(response.body.activation_date, since);
    assertRecent(response.body.last_updated_date, since);
    assert.equal(response.headers.etag, '"2"');
    assert.ok(!('subscription_id' in response.body));
    const history = await t.request('GET', `${path(org, subscription.id, addOn.id)}/status_history`);
    assert.deepEqual(
      history.body.map((entry: Record<string, unknown>) => [entry.from, entry.to, entry.reason, entry.user, entry.operation_id]),
      [
        [null, 'REQUESTED', null, 'N/A', null],
        ['REQUESTED', 'ACTIVE', 'PROVIDER_CONFIRMED', 'agent-7', null],
      ],
    );
    const lineAfter = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    assert.notEqual(lineAfter.headers.etag, lineBefore.headers.etag);
    assert.equal(lineAfter.body.add_ons[0].status, 'ACTIVE');
  });

  test('PATCH /subscriptions/{id}/add_ons/{addonId} to ACTIVE keeps a past activation_date and replaces an informative future one with now', async () => {
    const { subscription } = await activeLine(t, org);
    const past = await createAddOn(t, org, subscription.id, { activation_date: '2024-01-01T00:00:00Z' });
    const kept = await t.request('PATCH', path(org, subscription.id, past.id), [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
    assert.equal(kept.body.activation_date, '2024-01-01T00:00:00Z');
    const future = await createAddOn(t, org, subscription.id, { activation_date: '2099-01-01T00:00:00Z' });
    const since = Date.now();
    const replaced = await t.request('PATCH', path(org, subscription.id, future.id), [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assertRecent(replaced.body.activation_date, since);
    const sent = await createAddOn(t, org, subscription.id);
    const withDate = await t.request('PATCH', path(org, subscription.id, sent.id), [
      { op: 'replace', path: '/activation_date', value: '2024-06-01T12:00:00+02:00' },
      { op: 'replace', path: '/status', value: 'ACTIVE' },
    ]);
    assert.equal(withDate.status, 200);
    assert.equal(withDate.body.activation_date, '2024-06-01T10:00:00Z');
    const futureSent = await createAddOn(t, org, subscription.id);
    const refused = await t.request('PATCH', path(org, subscription.id, futureSent.id), [
      { op: 'replace', path: '/activation_date', value: '2099-06-01T00:00:00Z' },
      { op: 'replace', path: '/status', value: 'ACTIVE' },
    ]);
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'BAD_REQUEST');
    assert.equal((await getAddOn(t, org, subscription.id, futureSent.id)).status, 'REQUESTED');
  });

  test('PATCH /subscriptions/{id}/add_ons/{addonId} to ACTIVE on a line that is not ACTIVE is 400 INVALID_SUBSCRIPTION_STATUS', async () => {
    for (const subscription of [await preActiveLine(t, org), await suspendedLine(t, org)]) {
      const addOn = await createAddOn(t, org, subscription.id);
      const response = await t.request('PATCH', path(org, subscription.id, addOn.id), [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, 'INVALID_SUBSCRIPTION_STATUS');
      assert.equal((await getAddOn(t, org, subscription.id, addOn.id)).status, 'REQUESTED');
    }
  });

  test('PATCH /subscriptions/{id}/add_ons/{addonId} REQUESTED → CANCELLED stamps the deactivation fields and ends the linked resources', async () => {
    const subscription = await preActiveLine(t, org);
    const addOn = await createAddOn(t, org, subscription.id);
    const since = Date.now();
    const response = await t.request('PATCH', path(org, subscription.id, addOn.id), [{ op: 'replace', path: '/status', value: 'CANCELLED' }], auditHeaders);
    assert.equal(response.status, 200);
    assert.equal(response.body.status, 'CANCELLED');
    assertRecent(response.body.deactivation_date, since);
    assert.equal(response.body.deactivation_system, 'crm');
    assert.equal(response.body.deactivation_user, 'agent-7');
    assert.equal(response.body.activation_date, null);
    const calls = hookCalls.filter((call) => call.addOnId === addOn.id);
    assert.deepEqual(calls.map((call) => [call.status, call.reason, call.operationId]), [['CANCELLED', 'AUTOMATICALLY_REMOVED', null]]);
    const history = await t.request('GET', `${path(org, subscription.id, addOn.id)}/status_history`);
    assert.equal(history.body[1].reason, 'STATUS_CHANGED');
  });

  test('PATCH /subscriptions/{id}/add_ons/{addonId} to DEACTIVATED is 400 OPERATION_NOT_SUPPORTED whatever the state', async () => {
    const { subscription } = await activeLine(t, org);
    for (const status of ['ACTIVE', 'REQUESTED', 'DEACTIVATED']) {
      const addOn = await createAddOn(t, org, subscription.id, { status });
      const response = await t.request('PATCH', path(org, subscription.id, addOn.id), [{ op: 'replace', path: '/status', value: 'DEACTIVATED' }]);
      assert.equal(response.status, 400, status);
      assert.equal(response.body.error.code, 'OPERATION_NOT_SUPPORTED');
      assert.equal((await getAddOn(t, org, subscription.id, addOn.id)).status, status);
    }
  });

  test('PATCH /subscriptions/{id}/add_ons/{addonId} transitions outside the graph are 400 INVALID_ADD_ON_STATUS', async () => {
    const { subscription } = await activeLine(t, org);
    const cases: Array<[string, string]> = [
      ['ACTIVE', 'CANCELLED'],
      ['ACTIVE', 'ACTIVE'],
      ['ACTIVE', 'REQUESTED'],
      ['REQUESTED', 'REQUESTED'],
      ['CANCELLED', 'ACTIVE'],
      ['CANCELLED', 'REQUESTED'],
      ['DEACTIVATED', 'ACTIVE'],
    ];
    for (const [from, to] of cases) {
      const addOn = await createAddOn(t, org, subscription.id, { status: from });
      const response = await t.request('PATCH', path(org, subscription.id, addOn.id), [{ op: 'replace', path: '/status', value: to }]);
      assert.equal(response.status, 400, `${from} → ${to}`);
      assert.equal(response.body.error.code, 'INVALID_ADD_ON_STATUS');
    }
    const addOn = await createAddOn(t, org, subscription.id);
    const unknown = await t.request('PATCH', path(org, subscription.id, addOn.id), [{ op: 'replace', path: '/status', value: 'EXPIRED' }]);
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.code, 'BAD_REQUEST');
  });

  test('PATCH /subscriptions/{id}/add_ons/{addonId} changes legacy_id and provider ids in any status, and the list filter finds the new legacy id', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await createAddOn(t, org, subscription.id, { status: 'DEACTIVATED' });
    const response = await t.request('PATCH', path(org, subscription.id, addOn.id), [
      { op: 'add', path: '/legacy_id', value: 880_001 },
      { op: 'replace', path: '/provider_product_id', value: 'PP-9' },
      { op: 'replace', path: '/provider_service_id', value: 'PS-9' },
    ]);
    assert.equal(response.status, 200);
    assert.equal(response.body.legacy_id, 880_001);
    assert.equal(response.body.provider_product_id, 'PP-9');
    assert.equal(response.body.provider_service_id, 'PS-9');
    assert.equal(response.body.status, 'DEACTIVATED');
    const found = await t.request('GET', `${path(org, subscription.id)}?legacy_add_on_id=880001`);
    assert.deepEqual(found.body.items.map((item: { id: string }) => item.id), [addOn.id]);
    const removed = await t.request('PATCH', path(org, subscription.id, addOn.id), [{ op: 'remove', path: '/provider_service_id' }]);
    assert.equal(removed.body.provider_service_id, null);
  });

  test('PATCH /subscriptions/{id}/add_ons/{addonId} allows /activation_date only while REQUESTED, and never read-only paths', async () => {
    const { subscription } = await activeLine(t, org);
    const requested = await createAddOn(t, org, subscription.id);
    const moved = await t.request('PATCH', path(org, subscription.id, requested.id), [{ op: 'replace', path: '/activation_date', value: '2099-02-01T00:00:00Z' }]);
    assert.equal(moved.status, 200);
    assert.equal(moved.body.activation_date, '2099-02-01T00:00:00Z');
    const active = await createAddOn(t, org, subscription.id, { status: 'ACTIVE' });
    const refused = await t.request('PATCH', path(org, subscription.id, active.id), [{ op: 'replace', path: '/activation_date', value: '2024-01-01T00:00:00Z' }]);
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'PATCH_PATH_NOT_ALLOWED');
    for (const readOnly of ['/id', '/catalogue_add_on_id', '/creation_date', '/deactivation_date', '/subscription_id']) {
      const response = await t.request('PATCH', path(org, subscription.id, requested.id), [{ op: 'replace', path: readOnly, value: 'x' }]);
      assert.equal(response.status, 400, readOnly);
      assert.equal(response.body.error.code, 'PATCH_PATH_NOT_ALLOWED');
      assert.match(response.body.error.message, new RegExp(readOnly));
    }
  });

  test('PATCH /subscriptions/{id}/add_ons/{addonId} validates values, refuses two operations on one path, and a no-op keeps the ETag', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await createAddOn(t, org, subscription.id, { legacy_id: 5 });
    const wrongType = await t.request('PATCH', path(org, subscription.id, addOn.id), [{ op: 'replace', path: '/legacy_id', value: 'five' }]);
    assert.equal(wrongType.status, 400);
    assert.match(wrongType.body.error.message, /legacy_id/);
    const twice = await t.request('PATCH', path(org, subscription.id, addOn.id), [
      { op: 'replace', path: '/legacy_id', value: 6 },
      { op: 'replace', path: '/legacy_id', value: 7 },
    ]);
    assert.equal(twice.status, 400);
    assert.equal(twice.body.error.code, 'MULTIPLE_PATCH_SAME_PATH');
    const noop = await t.request('PATCH', path(org, subscription.id, addOn.id), [{ op: 'replace', path: '/legacy_id', value: 5 }]);
    assert.equal(noop.status, 200);
    assert.equal(noop.headers.etag, '"1"');
    assert.equal(noop.body.last_updated_date, addOn.last_updated_date);
  });

  test('PATCH /subscriptions/{id}/add_ons/{addonId} with a stale If-Match is 412 and changes nothing', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await createAddOn(t, org, subscription.id);
    const stale = await t.request('PATCH', path(org, subscription.id, addOn.id), [{ op: 'replace', path: '/status', value: 'ACTIVE' }], { 'if-match': '"7"' });
    assert.equal(stale.status, 412);
    assert.equal(stale.body.error.code, 'PRECONDITION_FAILED');
    assert.equal((await getAddOn(t, org, subscription.id, addOn.id)).status, 'REQUESTED');
    const current = await t.request('PATCH', path(org, subscription.id, addOn.id), [{ op: 'replace', path: '/status', value: 'ACTIVE' }], { 'if-match': '"1"' });
    assert.equal(current.status, 200);
  });

  test('PATCH /subscriptions/{id}/add_ons/{addonId} answers 404 along the path: subscription first, then add-on', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await createAddOn(t, org, subscription.id);
    const operations = [{ op: 'replace', path: '/legacy_id', value: 1 }];
    const cases: Array<[string, string]> = [
      [path(org, randomUUID(), addOn.id), 'SUBSCRIPTION_NOT_FOUND'],
      [path(uniqueOrg(), subscription.id, addOn.id), 'SUBSCRIPTION_NOT_FOUND'],
      [path(org, subscription.id, randomUUID()), 'ADD_ON_NOT_FOUND'],
    ];
    for (const [url, code] of cases) {
      const response = await t.request('PATCH', url, operations);
      assert.equal(response.status, 404);
      assert.equal(response.body.error.code, code);
    }
  });

  test('POST …/add_ons/{addonId}/deactivation answers 202 with the operation, which deactivates the add-on with stamps and ends its linked resources', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await createAddOn(t, org, subscription.id, { status: 'ACTIVE' });
    const lineBefore = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    const since = Date.now();
    const accepted = await t.request('POST', `${path(org, subscription.id, addOn.id)}/deactivation`, { reason: 'SUBSCRIBER_RESIGNATION' }, auditHeaders);
    assert.equal(accepted.status, 202);
    assert.equal(accepted.body.type, 'ADD_ON_DEACTIVATION');
    assert.equal(accepted.body.reason, 'SUBSCRIBER_RESIGNATION');
    assert.deepEqual(accepted.body.target, {
      kind: 'ADD_ON',
      id: addOn.id,
      subscription_id: subscription.id,
      href: `/v2/orgs/${org}/subscriptions/${subscription.id}/add_ons/${addOn.id}`,
    });
    assert.equal(accepted.headers.location, `http://localhost:8080/v2/orgs/${org}/operations/${accepted.body.id}`);
    const done = await t.waitForOperation(org, accepted.body.id);
    assert.equal(done.status, 'SUCCEEDED');
    const after = await getAddOn(t, org, subscription.id, addOn.id);
    assert.equal(after.status, 'DEACTIVATED');
    assertRecent(after.deactivation_date, since);
    assert.equal(after.deactivation_system, 'crm');
    assert.equal(after.deactivation_user, 'agent-7');
    assert.equal(after.activation_date, addOn.activation_date);
    const history = await t.request('GET', `${path(org, subscription.id, addOn.id)}/status_history`);
    const last = history.body[history.body.length - 1];
    assert.deepEqual([last.from, last.to, last.reason, last.system, last.user, last.operation_id], ['ACTIVE', 'DEACTIVATED', 'SUBSCRIBER_RESIGNATION', 'crm', 'agent-7', accepted.body.id]);
    const calls = hookCalls.filter((call) => call.addOnId === addOn.id);
    assert.deepEqual(calls.map((call) => [call.status, call.reason, call.operationId]), [['DEACTIVATED', 'AUTOMATICALLY_REMOVED', accepted.body.id]]);
    const line = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    assert.equal(line.body.add_ons[0].status, 'DEACTIVATED');
    assert.notEqual(line.headers.etag, lineBefore.headers.etag);
  });

  test('POST …/add_ons/{addonId}/deactivation rolls everything back when a linked resource refuses to end: the operation FAILS, the add-on stays ACTIVE', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await createAddOn(t, org, subscription.id, { status: 'ACTIVE' });
    refusingAddOns.add(addOn.id);
    const accepted = await t.request('POST', `${path(org, subscription.id, addOn.id)}/deactivation`, { reason: 'SUBSCRIBER_RESIGNATION' });
    assert.equal(accepted.status, 202);
    const done = await t.waitForOperation(org, accepted.body.id);
    assert.equal(done.status, 'FAILED');
    assert.equal(done.error.code, 'INVALID_PROMOTION_STATUS');
    const after = await getAddOn(t, org, subscription.id, addOn.id);
    assert.equal(after.status, 'ACTIVE');
    assert.equal(after.deactivation_date, null);
    const history = await t.request('GET', `${path(org, subscription.id, addOn.id)}/status_history`);
    assert.equal(history.body.length, 1);
    refusingAddOns.delete(addOn.id);
  });

  test('POST …/add_ons/{addonId}/deactivation of an add-on that is not ACTIVE is 400 ADD_ON_NOT_DEACTIVATABLE and enqueues nothing', async () => {
    const { subscription } = await activeLine(t, org);
    for (const status of ['REQUESTED', 'CANCELLED', 'DEACTIVATED']) {
      const addOn = await createAddOn(t, org, subscription.id, { status });
      const response = await t.request('POST', `${path(org, subscription.id, addOn.id)}/deactivation`, { reason: 'SUBSCRIBER_RESIGNATION' });
      assert.equal(response.status, 400, status);
      assert.equal(response.body.error.code, 'ADD_ON_NOT_DEACTIVATABLE');
      assert.match(response.body.error.message, new RegExp(status));
    }
    const operations = await t.request('GET', `/v2/orgs/${org}/operations?type=ADD_ON_DEACTIVATION&status=PENDING`);
    assert.equal(operations.body.total, 0);
  });

  test('POST …/add_ons/{addonId}/deactivation validates its body: reason is required and only SUBSCRIBER_RESIGNATION', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await createAddOn(t, org, subscription.id, { status: 'ACTIVE' });
    const url = `${path(org, subscription.id, addOn.id)}/deactivation`;
    const cases: Array<[unknown, RegExp]> = [
      [undefined, /body/],
      [{}, /reason is required/],
      [{ reason: 'MANUALLY_REMOVED' }, /reason/],
      [{ reason: 'SUBSCRIBER_RESIGNATION', when: 'now' }, /when/],
    ];
    for (const [body, message] of cases) {
      const response = await t.request('POST', url, body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, message);
    }
    assert.equal((await getAddOn(t, org, subscription.id, addOn.id)).status, 'ACTIVE');
  });

  test('POST …/add_ons/{addonId}/deactivation answers 404 along the path and 412 on a stale If-Match', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await createAddOn(t, org, subscription.id, { status: 'ACTIVE' });
    const body = { reason: 'SUBSCRIBER_RESIGNATION' };
    const cases: Array<[string, string]> = [
      [`${path(org, randomUUID(), addOn.id)}/deactivation`, 'SUBSCRIPTION_NOT_FOUND'],
      [`${path(uniqueOrg(), subscription.id, addOn.id)}/deactivation`, 'SUBSCRIPTION_NOT_FOUND'],
      [`${path(org, subscription.id, randomUUID())}/deactivation`, 'ADD_ON_NOT_FOUND'],
    ];
    for (const [url, code] of cases) {
      const response = await t.request('POST', url, body);
      assert.equal(response.status, 404);
      assert.equal(response.body.error.code, code);
    }
    const stale = await t.request('POST', `${path(org, subscription.id, addOn.id)}/deactivation`, body, { 'if-match': '"9"' });
    assert.equal(stale.status, 412);
    assert.equal(stale.body.error.code, 'PRECONDITION_FAILED');
    assert.equal((await getAddOn(t, org, subscription.id, addOn.id)).status, 'ACTIVE');
  });

  test('GET …/add_ons/{addonId}/status_history is 404 along the path', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await createAddOn(t, org, subscription.id);
    const unknownAddOn = await t.request('GET', `${path(org, subscription.id, randomUUID())}/status_history`);
    assert.equal(unknownAddOn.body.error.code, 'ADD_ON_NOT_FOUND');
    const unknownLine = await t.request('GET', `${path(org, randomUUID(), addOn.id)}/status_history`);
    assert.equal(unknownLine.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
  });

  test('a subscription embeds its add-ons (without subscription_id) on read and in lists', async () => {
    const { bundle, subscription } = await activeLine(t, org);
    const first = await createAddOn(t, org, subscription.id, { status: 'ACTIVE' });
    const second = await createAddOn(t, org, subscription.id);
    const line = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    assert.deepEqual(line.body.add_ons, [first, second]);
    const typed = await t.request('GET', `/v2/orgs/${org}/subscriptions/mobile/${subscription.id}`);
    assert.deepEqual(typed.body.add_ons, [first, second]);
    const list = await t.request('GET', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions`);
    assert.deepEqual(list.body.items[0].add_ons, [first, second]);
  });

  test('POST of a subscription with add_ons creates each as POST …/add_ons would, in the same transaction', async () => {
    const bundle = await createBundle(t, org);
    const active = addOnBody({ status: 'ACTIVE', legacy_id: 77 });
    const requested = addOnBody({ creation_user: 'forged' });
    const response = await t.request(
      'POST',
      `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`,
      { catalogue_commercial_product_id: 'MOBILE_UNLIMITED', status: 'ACTIVE', specific_data: { msisdn: msisdn(), imsi: imsi() }, add_ons: [active, requested] },
      auditHeaders,
    );
    assert.equal(response.status, 201, JSON.stringify(response.body));
    // Both are created in one millisecond or two: the embedded list orders them by creation_date, then id.
    const created = new Map<string, Record<string, unknown>>(response.body.add_ons.map((item: { id: string }) => [item.id, item]));
    assert.deepEqual([...created.keys()].sort(), [active.id, requested.id].sort());
    assert.equal(created.get(String(active.id))?.status, 'ACTIVE');
    assert.ok(created.get(String(active.id))?.activation_date);
    assert.equal(created.get(String(requested.id))?.status, 'REQUESTED');
    assert.equal(created.get(String(requested.id))?.creation_user, 'agent-7');
    const stored = await getAddOn(t, org, response.body.id, String(active.id));
    assert.equal(stored.legacy_id, 77);
    const history = await t.request('GET', `${path(org, response.body.id, String(active.id))}/status_history`);
    assert.deepEqual(history.body.map((entry: { to: string }) => entry.to), ['ACTIVE']);
    const line = await t.request('GET', `/v2/orgs/${org}/subscriptions/${response.body.id}`);
    assert.equal(line.headers.etag, response.headers.etag);
  });

  test('POST of a subscription with an invalid add-on is 400 naming it, and creates nothing', async () => {
    const bundle = await createBundle(t, org);
    const lineId = randomUUID();
    const base = { id: lineId, catalogue_commercial_product_id: 'MOBILE_UNLIMITED', specific_data: { msisdn: msisdn(), imsi: imsi() } };
    const { catalogue_add_on_id: _catalogue, ...incomplete } = addOnBody();
    const invalid = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, { ...base, add_ons: [addOnBody(), incomplete] });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.error.code, 'BAD_REQUEST');
    assert.match(invalid.body.error.message, /add_ons.*1.*catalogue_add_on_id/);
    const valid = addOnBody();
    const gated = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, {
      ...base,
      status: 'PRE_ACTIVE',
      add_ons: [valid, addOnBody({ status: 'ACTIVE' })],
    });
    assert.equal(gated.status, 400);
    assert.equal(gated.body.error.code, 'INVALID_SUBSCRIPTION_STATUS');
    const line = await t.request('GET', `/v2/orgs/${org}/subscriptions/${lineId}`);
    assert.equal(line.status, 404, 'the subscription was not created');
    const list = await t.request('GET', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions`);
    assert.equal(list.body.total, 0);
    const retried = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, { ...base, status: 'PRE_ACTIVE', add_ons: [valid] });
    assert.equal(retried.status, 201, 'the first add-on of the refused create was not kept');
  });

  test('cancelling a PRE_ACTIVE line cancels its REQUESTED add-ons with the request\'s identity', async () => {
    const subscription = await preActiveLine(t, org);
    const requested = await createAddOn(t, org, subscription.id);
    const ended = await createAddOn(t, org, subscription.id, { status: 'CANCELLED', deactivation_date: '2024-01-01T00:00:00Z' });
    const since = Date.now();
    const cancel = await t.request('PATCH', `/v2/orgs/${org}/subscriptions/${subscription.id}`, [{ op: 'replace', path: '/status', value: 'CANCELLED' }], auditHeaders);
    assert.equal(cancel.status, 200);
    const after = await getAddOn(t, org, subscription.id, requested.id);
    assert.equal(after.status, 'CANCELLED');
    assertRecent(after.deactivation_date, since);
    assert.equal(after.deactivation_system, 'crm');
    assert.equal(after.deactivation_user, 'agent-7');
    assert.deepEqual(cancel.body.add_ons.map((item: { status: string }) => item.status), ['CANCELLED', 'CANCELLED']);
    assert.deepEqual(await getAddOn(t, org, subscription.id, ended.id), ended, 'an add-on that had already ended is untouched');
    const history = await t.request('GET', `${path(org, subscription.id, requested.id)}/status_history`);
    assert.deepEqual([history.body[1].from, history.body[1].to, history.body[1].reason, history.body[1].user], ['REQUESTED', 'CANCELLED', 'SUBSCRIPTION_DEACTIVATION', 'agent-7']);
    const calls = hookCalls.filter((call) => call.addOnId === requested.id);
    assert.deepEqual(calls.map((call) => call.reason), ['SUBSCRIPTION_DEACTIVATION']);
  });

  test('deactivating a line deactivates its ACTIVE add-ons and cancels its REQUESTED ones, stamped by the operation', async () => {
    const { subscription } = await activeLine(t, org);
    const active = await createAddOn(t, org, subscription.id, { status: 'ACTIVE' });
    const requested = await createAddOn(t, org, subscription.id);
    const ended = await createAddOn(t, org, subscription.id, { status: 'DEACTIVATED', deactivation_date: '2024-01-01T00:00:00Z' });
    const since = Date.now();
    const accepted = await t.request('POST', `/v2/orgs/${org}/subscriptions/${subscription.id}/deactivation`, { reason: 'PORTABILITY_OUT' }, auditHeaders);
    assert.equal(accepted.status, 202);
    const done = await t.waitForOperation(org, accepted.body.id);
    assert.equal(done.status, 'SUCCEEDED');
    const line = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    assert.equal(line.body.status, 'DEACTIVATED');
    const byId = new Map(line.body.add_ons.map((item: { id: string }) => [item.id, item]));
    const deactivated = byId.get(active.id) as Record<string, string>;
    const cancelled = byId.get(requested.id) as Record<string, string>;
    assert.equal(deactivated.status, 'DEACTIVATED');
    assert.equal(cancelled.status, 'CANCELLED');
    for (const addOn of [deactivated, cancelled]) {
      assertRecent(addOn.deactivation_date, since);
      assert.equal(addOn.deactivation_date, line.body.deactivation_date);
      assert.equal(addOn.deactivation_system, 'crm');
      assert.equal(addOn.deactivation_user, 'agent-7');
    }
    assert.deepEqual(byId.get(ended.id), ended);
    for (const addOn of [active, requested]) {
      const history = await t.request('GET', `${path(org, subscription.id, addOn.id)}/status_history`);
      const last = history.body[history.body.length - 1];
      assert.equal(last.reason, 'SUBSCRIPTION_DEACTIVATION');
      assert.equal(last.operation_id, accepted.body.id);
      assert.equal(last.user, 'agent-7');
    }
    const calls = hookCalls.filter((call) => [active.id, requested.id, ended.id].includes(call.addOnId));
    assert.deepEqual(
      calls.map((call) => [call.addOnId, call.status, call.reason, call.operationId]).sort(),
      [
        [active.id, 'DEACTIVATED', 'SUBSCRIPTION_DEACTIVATION', accepted.body.id],
        [requested.id, 'CANCELLED', 'SUBSCRIPTION_DEACTIVATION', accepted.body.id],
      ].sort(),
    );
  });

  // ── The seed, field for field ─────────────────────────────────────────────────────────────────

  test('POST /subscriptions/{id}/add_ons types the server-owned fields as the seed does: a non-date creation_date or a non-string creation_user is 400', async () => {
    const { subscription } = await activeLine(t, org);
    for (const [field, value] of [
      ['creation_date', 42],
      ['last_updated_date', 'yesterday'],
      ['creation_system', 7],
      ['creation_user', { name: 'agent-7' }],
      ['deactivation_system', true],
      ['deactivation_user', ['agent-7']],
    ] as Array<[string, unknown]>) {
      const response = await t.request('POST', path(org, subscription.id), addOnBody({ [field]: value }));
      assert.equal(response.status, 400, `${field}: ${JSON.stringify(value)}`);
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, new RegExp(field));
    }
    const echoed = await t.request('POST', path(org, subscription.id), addOnBody({ creation_date: null, deactivation_system: null, deactivation_user: null }));
    assert.equal(echoed.status, 201, 'null stands for an absent stamp, as answers carry them');
  });

  test('/openapi.json documents A1–A4 as seeds/addons.txt does: legacy_add_on_id an integer, and its response codes and texts', async () => {
    const document = await servedDocument(t);
    const line = '/v2/orgs/{org}/subscriptions/{subscriptionId}';
    const list = document.paths[`${line}/add_ons`].get;
    const legacy = list.parameters.find((parameter: { name: string }) => parameter.name === 'legacy_add_on_id');
    assert.equal(legacy.in, 'query');
    assert.equal(legacy.required, false);
    assert.equal(legacy.schema.type, 'integer');
    const expected: Array<[string, string, Record<string, string>]> = [
      ['get', '/add_ons', { 200: 'Add-ons associated to the subscription', ...seedErrorRows(SUBSCRIPTION_NOT_FOUND_TEXT, false) }],
      ['post', '/add_ons', { 201: 'AddOn added to subscription', ...seedErrorRows(SUBSCRIPTION_NOT_FOUND_TEXT, true) }],
      ['get', '/add_ons/{addonId}', { 200: 'Add-on associated to the subscription found', ...seedErrorRows('AddOn with the specified id was not found', false) }],
      ['post', '/add_ons/{addonId}/deactivation', { 202: 'Deactivation process started', ...seedErrorRows(undefined, false) }],
    ];
    await assertDocumentedResponses(t, expected.map(([method, suffix, codes]) => [method, `${line}${suffix}`, codes]));
  });
}, { families: withWatcher });

/** Without the in-process worker, an accepted operation stays PENDING until a worker runs it. */
forEachDialect(
  'add-on deactivation while an operation is pending',
  (t) => {
    const org = uniqueOrg();

    async function runPendingOperations(): Promise<void> {
      const worker = new OperationsWorker(t.database, t.app.log, { ...operationWorkOf(families), composition: t.app.composition, leaseSeconds: 30, concurrency: 1 });
      while (await worker.runOnce()) {
        // until nothing is due
      }
    }

    test('POST …/add_ons/{addonId}/deactivation while the first is pending is 409 OPERATION_IN_PROGRESS; once it ran, the add-on is DEACTIVATED', async () => {
      const { subscription } = await activeLine(t, org);
      const addOn = await createAddOn(t, org, subscription.id, { status: 'ACTIVE' });
      const url = `${path(org, subscription.id, addOn.id)}/deactivation`;
      const first = await t.request('POST', url, { reason: 'SUBSCRIBER_RESIGNATION' });
      assert.equal(first.status, 202);
      assert.equal(first.body.status, 'PENDING');
      const second = await t.request('POST', url, { reason: 'SUBSCRIBER_RESIGNATION' });
      assert.equal(second.status, 409);
      assert.equal(second.body.error.code, 'OPERATION_IN_PROGRESS');
      assert.equal((await getAddOn(t, org, subscription.id, addOn.id)).status, 'ACTIVE', 'nothing is applied before the worker runs');
      await runPendingOperations();
      const operation = await t.request('GET', `/v2/orgs/${org}/operations/${first.body.id}`);
      assert.equal(operation.body.status, 'SUCCEEDED');
      assert.equal((await getAddOn(t, org, subscription.id, addOn.id)).status, 'DEACTIVATED');
      const third = await t.request('POST', url, { reason: 'SUBSCRIBER_RESIGNATION' });
      assert.equal(third.body.error.code, 'ADD_ON_NOT_DEACTIVATABLE');
    });

    test('an add-on deactivation whose add-on ended meanwhile (its line was deactivated first) FAILS with ADD_ON_NOT_DEACTIVATABLE', async () => {
      const { subscription } = await activeLine(t, org);
      const addOn = await createAddOn(t, org, subscription.id, { status: 'ACTIVE' });
      const lineDeactivation = await t.request('POST', `/v2/orgs/${org}/subscriptions/${subscription.id}/deactivation`, { reason: 'OTHER' });
      assert.equal(lineDeactivation.status, 202);
      // Due operations run in the order they became due: the line's first.
      await new Promise((resolve) => setTimeout(resolve, 10));
      const addOnDeactivation = await t.request('POST', `${path(org, subscription.id, addOn.id)}/deactivation`, { reason: 'SUBSCRIBER_RESIGNATION' });
      assert.equal(addOnDeactivation.status, 202);
      await runPendingOperations();
      const lineOperation = await t.request('GET', `/v2/orgs/${org}/operations/${lineDeactivation.body.id}`);
      assert.equal(lineOperation.body.status, 'SUCCEEDED');
      const addOnOperation = await t.request('GET', `/v2/orgs/${org}/operations/${addOnDeactivation.body.id}`);
      assert.equal(addOnOperation.body.status, 'FAILED');
      assert.equal(addOnOperation.body.error.code, 'ADD_ON_NOT_DEACTIVATABLE');
      const after = await getAddOn(t, org, subscription.id, addOn.id);
      assert.equal(after.status, 'DEACTIVATED');
      const history = await t.request('GET', `${path(org, subscription.id, addOn.id)}/status_history`);
      assert.equal(history.body[history.body.length - 1].operation_id, lineDeactivation.body.id);
    });
  },
  { env: { WORKER: 'off' }, families: withWatcher },
);
