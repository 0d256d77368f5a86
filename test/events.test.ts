import assert from 'node:assert/strict';
import net from 'node:net';
import { describe, test } from 'node:test';
import { connect } from 'nats';
import pino from 'pino';
import { loadConfig } from '../src/config.js';
import { EVENT_TYPES } from '../src/core/events.js';
import { insertResource, transaction } from '../src/core/store.js';
import { bundlesTable } from '../src/resources/bundles/schema.js';
import { subjectOf } from '../src/resources/events/broker.js';
import { EventDelivery } from '../src/resources/events/delivery.js';
import { HubDispatcher, MAX_ATTEMPTS, retryDelayMs } from '../src/resources/events/dispatcher.js';
import { lookupPublicOnly, postEvent } from '../src/resources/events/webhook.js';
import { forEachDialect, type TestApp } from './helpers/app.js';
import { eventually, pause, signatureIsValid, startReceiver } from './helpers/events.js';
import { activeLine, createBundle, uniqueOrg } from './helpers/fixtures.js';
import { promotionBody, promotionsPath } from './helpers/promotions.js';
import { setupRequest } from './helpers/setup.js';
import { servedDocument } from './helpers/openapi.js';

// The example consumer's own check (examples/ is plain JavaScript, outside the type-checked sources).
const example = (await import('../examples/webhook-consumer.mjs' as string)) as { verifySignature(header: unknown, rawBody: string, secret: string): boolean };

const TOTAL_LIMIT = 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DELIVERY_ENV = { HUB_ALLOW_PRIVATE_TARGETS: 'true', HUB_RETRY_BASE_MS: '1' };

async function events(t: TestApp, org: string, query = '') {
  const answer = await t.request('GET', `/v2/orgs/${org}/events${query}`);
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return answer.body as { items: any[]; next_after: number };
}

async function registerHub(t: TestApp, org: string, callback: string, extra: Record<string, unknown> = {}) {
  const answer = await t.request('POST', `/v2/orgs/${org}/hub`, { callback, ...extra });
  assert.equal(answer.status, 201, JSON.stringify(answer.body));
  return answer.body;
}

const hubOf = async (t: TestApp, org: string, id: string) => (await t.request('GET', `/v2/orgs/${org}/hub/${id}`)).body;

const NATS_URL = 'nats://127.0.0.1:4222';
const natsReachable = await new Promise<boolean>((resolve) => {
  const socket = net.connect({ host: '127.0.0.1', port: 4222, timeout: 2_000 });
  const answer = (reachable: boolean) => {
    socket.destroy();
    resolve(reachable);
  };
  socket.once('connect', () => answer(true));
  socket.once('error', () => answer(false));
  socket.once('timeout', () => answer(false));
});
const natsSkipped = natsReachable ? false : `no NATS server answers on ${NATS_URL}: the JetStream publishing test is skipped`;
if (natsSkipped) console.log(natsSkipped);

forEachDialect(
  'events',
  (t) => {
    describe('outbox and replay', () => {
      test('POST /bundles publishes a BundleCreateEvent with the resource, the identity, version 1 and sequence 1', async () => {
        const org = uniqueOrg();
        const created = await t.request('POST', `/v2/orgs/${org}/bundles`, { account_id: 'A-1', catalogue_bundled_commercial_product_id: 'P1' }, { 'x-auth-origin-aud': 'crm', 'x-auth-origin-sub': 'agent-7' });
        assert.equal(created.status, 201);
        const page = await events(t, org);
        assert.equal(page.items.length, 1);
        assert.equal(page.next_after, 1);
        const [event] = page.items;
        assert.match(event.event_id, UUID);
        assert.equal(event.event_type, 'BundleCreateEvent');
        assert.equal(event.org, org);
        assert.equal(event.sequence, 1);
        assert.deepEqual(event.resource, { kind: 'Bundle', id: created.body.id, href: `/v2/orgs/${org}/bundles/${created.body.id}` });
        assert.equal(event.resource_version, 1);
        assert.deepEqual(event.identity, { system: 'crm', user: 'agent-7' });
        assert.deepEqual(event.payload, created.body);
        assert.ok(Math.abs(Date.parse(event.event_time) - Date.parse(created.body.creation_date)) < 5_000);
      });

      test('a PATCH publishes an AttributeValueChangeEvent and a status change a StateChangeEvent, with the ETag version and increasing sequences', async () => {
        const org = uniqueOrg();
        const bundle = await createBundle(t, org);
        const url = `/v2/orgs/${org}/bundles/${bundle.id}`;
        const renamed = await t.request('PATCH', url, [{ op: 'replace', path: '/legacy_id', value: 2024 }]);
        assert.equal(renamed.status, 200);
        const closed = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'DEACTIVATED' }], { 'x-auth-origin-sub': 'closer' });
        assert.equal(closed.status, 200);
        const { items } = await events(t, org);
        assert.deepEqual(
          items.map((event) => [event.sequence, event.event_type, event.resource_version]),
          [
            [1, 'BundleCreateEvent', 1],
            [2, 'BundleAttributeValueChangeEvent', Number(renamed.headers.etag!.toString().replace(/"/g, ''))],
            [3, 'BundleStateChangeEvent', Number(closed.headers.etag!.toString().replace(/"/g, ''))],
          ],
        );
        assert.equal(items[1].payload.legacy_id, 2024);
        assert.equal(items[2].payload.status, 'DEACTIVATED');
        assert.deepEqual(items[2].identity, { system: 'N/A', user: 'closer' });
      });

      test('an event written by the operations worker carries the identity of the request that created the operation', async () => {
        const org = uniqueOrg();
        const { subscription } = await activeLine(t, org);
        const accepted = await t.request('POST', `/v2/orgs/${org}/subscriptions/${subscription.id}/deactivation`, { reason: 'PORTABILITY_OUT' }, { 'x-auth-origin-aud': 'care', 'x-auth-origin-sub': 'agent-9' });
        assert.equal(accepted.status, 202);
        assert.equal((await t.waitForOperation(org, accepted.body.id)).status, 'SUCCEEDED');
        const change = (await events(t, org)).items.find((event) => event.event_type === 'SubscriptionStateChangeEvent');
        assert.ok(change, 'a SubscriptionStateChangeEvent');
        assert.equal(change.resource.id, subscription.id);
        assert.equal(change.payload.status, 'DEACTIVATED');
        assert.deepEqual(change.identity, { system: 'care', user: 'agent-9' });
      });

      test('a rejected request writes no event, and a rolled-back transaction leaves no event and no gap in the sequence', async () => {
        const org = uniqueOrg();
        const bundle = await createBundle(t, org);
        const url = `/v2/orgs/${org}/bundles/${bundle.id}`;
        assert.equal((await t.request('PATCH', url, [{ op: 'replace', path: '/id', value: bundle.id }])).status, 400);
        assert.equal((await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'DEACTIVATED' }], { 'if-match': '"99"' })).status, 412);
        assert.equal((await t.request('POST', `/v2/orgs/${org}/bundles`, { account_id: 'A', catalogue_bundled_commercial_product_id: 'P', colour: 'red' })).status, 400);
        assert.equal((await t.request('POST', `/v2/orgs/${org}/bundles`, { ...bundle, account_id: 'other' })).status, 409);
        const { id: _id, ...copy } = bundle;
        await assert.rejects(
          transaction(t.database, async (c) => {
            await insertResource(c, bundlesTable, org, { ...copy, id: '00000000-0000-4000-8000-000000000001' }, 'rolled-back');
            throw new Error('the change fails after its write');
          }),
          /fails after its write/,
        );
        assert.deepEqual((await events(t, org)).items.map((event) => event.event_type), ['BundleCreateEvent']);
        await createBundle(t, org);
        assert.deepEqual((await events(t, org)).items.map((event) => event.sequence), [1, 2]);
      });

      test('concurrent writes in one org number their events 1…n with no gap or repeat, each resource\'s events in its versions\' order', async () => {
        const org = uniqueOrg();
        const { bundle, subscription } = await activeLine(t, org);
        const before = (await events(t, org)).items.length;
        const bundleUrl = `/v2/orgs/${org}/bundles/${bundle.id}`;
        const writes = Array.from({ length: 24 }, (_, index) =>
          index % 2 === 0
            ? t.request('POST', promotionsPath(org, subscription.id), promotionBody())
            : t.request('PATCH', bundleUrl, [{ op: 'replace', path: '/legacy_id', value: 3000 + index }]),
        );
        for (const answer of await Promise.all(writes)) assert.ok(answer.status === 200 || answer.status === 201, JSON.stringify(answer.body));
        const { items } = await events(t, org, '?limit=100');
        assert.deepEqual(
          items.map((event) => event.sequence),
          Array.from({ length: before + 24 }, (_, index) => index + 1),
        );
        const bundleVersions = items.filter((event) => event.resource.id === bundle.id).map((event) => event.resource_version);
        assert.deepEqual(bundleVersions, Array.from({ length: 13 }, (_, index) => index + 1));
        assert.equal(items.filter((event) => event.event_type === 'PromotionCreateEvent').length, 12);
      });

      test('GET /events pages the log in sequence order with after, limit and next_after', async () => {
        const org = uniqueOrg();
        const bundles = [await createBundle(t, org), await createBundle(t, org), await createBundle(t, org)];
        const first = await events(t, org, '?limit=2');
        assert.deepEqual(first.items.map((event) => [event.sequence, event.resource.id]), [[1, bundles[0].id], [2, bundles[1].id]]);
        assert.equal(first.next_after, 2);
        const second = await events(t, org, `?after=${first.next_after}&limit=2`);
        assert.deepEqual(second.items.map((event) => event.sequence), [3]);
        assert.equal(second.next_after, 3);
        const empty = await events(t, org, '?after=3');
        assert.deepEqual(empty, { items: [], next_after: 3 });
        assert.deepEqual((await events(t, org, "?after='1'")).items.map((event) => event.sequence), [2, 3]);
      });

      test('GET /events rejects a limit outside 1–1000, a negative or non-integer after and unknown parameters', async () => {
        const org = uniqueOrg();
        for (const query of ['limit=0', 'limit=1001', 'after=-1', 'after=abc', 'offset=0', 'type=BundleCreateEvent']) {
          const answer = await t.request('GET', `/v2/orgs/${org}/events?${query}`);
          assert.equal(answer.status, 400, query);
          assert.equal(answer.body.error.code, 'BAD_REQUEST', query);
        }
        assert.equal((await t.request('GET', `/v2/orgs/${org}/events?limit=1000`)).status, 200);
      });

      test("GET /events of an org never shows another org's events", async () => {
        const [mine, theirs] = [uniqueOrg(), uniqueOrg()];
        await createBundle(t, theirs);
        await createBundle(t, theirs);
        const bundle = await createBundle(t, mine);
        const page = await events(t, mine);
        assert.deepEqual(page.items.map((event) => [event.org, event.sequence, event.resource.id]), [[mine, 1, bundle.id]]);
      });
    });

    describe('webhook registrations', () => {
      test('POST /hub registers a webhook: 201 with the secret once, ACTIVE, Location and ETag; GET never shows the secret', async () => {
        const org = uniqueOrg();
        const answer = await t.request('POST', `/v2/orgs/${org}/hub`, { callback: 'https://billing.example.com/events', event_types: ['BundleCreateEvent', 'BundleCreateEvent', 'SubscriptionStateChangeEvent'] }, { 'x-auth-origin-aud': 'billing', 'x-auth-origin-sub': 'ops' });
        assert.equal(answer.status, 201, JSON.stringify(answer.body));
        const hub = answer.body;
        assert.match(hub.id, UUID);
        assert.match(hub.secret, /^[0-9a-f]{64}$/);
        assert.equal(hub.callback, 'https://billing.example.com/events');
        assert.deepEqual(hub.event_types, ['BundleCreateEvent', 'SubscriptionStateChangeEvent']);
        assert.equal(hub.status, 'ACTIVE');
        assert.equal(hub.creation_system, 'billing');
        assert.equal(hub.creation_user, 'ops');
        assert.deepEqual(hub.deliveries, { delivered: 0, pending: 0, dead: 0 });
        assert.equal(answer.headers.location, `http://localhost:8080/v2/orgs/${org}/hub/${hub.id}`);
        assert.equal(answer.headers.etag, '"1"');
        const read = await t.request('GET', `/v2/orgs/${org}/hub/${hub.id}`);
        assert.equal(read.status, 200);
        const { secret: _secret, ...shown } = hub;
        assert.deepEqual(read.body, shown);
        assert.equal(read.headers.etag, '"1"');
        assert.equal((await t.request('GET', `/v2/orgs/${org}/hub/${hub.id}`, undefined, { 'if-none-match': '"1"' })).status, 304);
        const everything = await registerHub(t, org, 'http://crm.example.com/hook');
        assert.deepEqual(everything.event_types, []);
      });

      test('POST /hub with a client id replays the same registration and refuses another body with that id', async () => {
        const org = uniqueOrg();
        const body = { id: '3A1C2B7E-2B7C-4C1E-9D2A-0B1C2D3E4F51', callback: 'https://a.example.com/hook' };
        const first = await t.request('POST', `/v2/orgs/${org}/hub`, body);
        assert.equal(first.status, 201);
        assert.equal(first.body.id, body.id.toLowerCase());
        const again = await t.request('POST', `/v2/orgs/${org}/hub`, body);
        assert.equal(again.status, 201);
        assert.equal(again.headers['idempotent-replayed'], 'true');
        assert.equal(again.body.secret, first.body.secret);
        const other = await t.request('POST', `/v2/orgs/${org}/hub`, { ...body, callback: 'https://b.example.com/hook' });
        assert.equal(other.status, 409);
        assert.equal(other.body.error.code, 'ALREADY_EXISTS');
      });

      test('POST /hub accepts and replaces server-owned fields', async () => {
        const org = uniqueOrg();
        const hub = await registerHub(t, org, 'https://a.example.com/hook', { secret: 'mine', status: 'DISABLED', deliveries: { delivered: 9 }, creation_user: 'me' });
        assert.notEqual(hub.secret, 'mine');
        assert.equal(hub.status, 'ACTIVE');
        assert.deepEqual(hub.deliveries, { delivered: 0, pending: 0, dead: 0 });
        assert.equal(hub.creation_user, 'N/A');
      });

      test('POST /hub rejects an unknown event type, a callback that is not an http(s) URL, a missing callback and unknown fields', async () => {
        const org = uniqueOrg();
        const cases: Array<[unknown, RegExp]> = [
          [{ callback: 'https://a.example.com/hook', event_types: ['BundleCreateEvent', 'BundleExplodedEvent'] }, /event_types.1 must be one of .*BundleCreateEvent/],
          [{ callback: 'ftp://a.example.com/hook' }, /http or https/],
          [{ callback: 'not a url' }, /callback/],
          [{ callback: 'mailto:ops@example.com' }, /http or https/],
          [{ event_types: ['BundleCreateEvent'] }, /callback is required/],
          [{ callback: 'https://a.example.com/hook', filter: 'x' }, /filter is not a known field/],
          [{ callback: 'https://a.example.com/hook', event_types: 'BundleCreateEvent' }, /event_types/],
        ];
        for (const [body, message] of cases) {
          const answer = await t.request('POST', `/v2/orgs/${org}/hub`, body);
          assert.equal(answer.status, 400, JSON.stringify(body));
          assert.equal(answer.body.error.code, 'BAD_REQUEST');
          assert.match(answer.body.error.message, message);
        }
        assert.equal((await t.request('GET', `/v2/orgs/${org}/hub`)).body.total, 0);
      });

      test('GET /hub lists the registrations oldest first in a HubList with X-Total-Count, without secrets', async () => {
        const org = uniqueOrg();
        const hubs = [await registerHub(t, org, 'https://a.example.com/1'), await registerHub(t, org, 'https://a.example.com/2'), await registerHub(t, org, 'https://a.example.com/3')];
        await registerHub(t, uniqueOrg(), 'https://a.example.com/other-org');
        const page = await t.request('GET', `/v2/orgs/${org}/hub?offset=1&limit=1`);
        assert.equal(page.status, 200);
        assert.equal(page.headers['x-total-count'], '3');
        assert.equal(typeof page.body.next_cursor, 'string', 'a page with more after it carries its cursor');
        assert.deepEqual({ ...page.body, items: page.body.items.map((hub: any) => hub.id), next_cursor: undefined }, { items: [hubs[1].id], offset: 1, limit: 1, total: 3, next_cursor: undefined });
        const all = await t.request('GET', `/v2/orgs/${org}/hub`);
        assert.deepEqual(all.body.items.map((hub: any) => hub.callback), ['https://a.example.com/1', 'https://a.example.com/2', 'https://a.example.com/3']);
        assert.ok(all.body.items.every((hub: any) => !('secret' in hub) && hub.deliveries.pending === 0));
        assert.equal((await t.request('GET', `/v2/orgs/${org}/hub?status=ACTIVE`)).status, 400);
      });

      test('DELETE /hub/{hubId} answers 204 and the registration is gone; a stale If-Match is 412', async () => {
        const org = uniqueOrg();
        const hub = await registerHub(t, org, 'https://a.example.com/hook');
        const stale = await t.request('DELETE', `/v2/orgs/${org}/hub/${hub.id}`, undefined, { 'if-match': '"7"' });
        assert.equal(stale.status, 412);
        assert.equal(stale.body.error.code, 'PRECONDITION_FAILED');
        const deleted = await t.request('DELETE', `/v2/orgs/${org}/hub/${hub.id}`, undefined, { 'if-match': '"1"' });
        assert.equal(deleted.status, 204);
        assert.equal(deleted.body, undefined);
        assert.equal((await t.request('GET', `/v2/orgs/${org}/hub/${hub.id}`)).status, 404);
        assert.equal((await t.request('GET', `/v2/orgs/${org}/hub`)).body.total, 0);
      });

      test("an unknown hub (or another org's) is 404 HUB_NOT_FOUND on GET, dead letters and DELETE; a bad hubId is 400", async () => {
        const org = uniqueOrg();
        const elsewhere = await registerHub(t, uniqueOrg(), 'https://a.example.com/hook');
        for (const id of ['6f1c2b7e-2b7c-4c1e-9d2a-0b1c2d3e4f59', elsewhere.id]) {
          for (const [method, path] of [['GET', ''], ['GET', '/dead_letters'], ['DELETE', '']]) {
            const answer = await t.request(method, `/v2/orgs/${org}/hub/${id}${path}`);
            assert.equal(answer.status, 404, `${method} ${path}`);
            assert.equal(answer.body.error.code, 'HUB_NOT_FOUND');
          }
        }
        const bad = await t.request('GET', `/v2/orgs/${org}/hub/not-a-uuid`);
        assert.equal(bad.status, 400);
        assert.match(bad.body.error.message, /hubId/);
      });

      test('the OpenAPI document describes the events and hub routes, and the known event types', async () => {
        const spec = await servedDocument(t);
        for (const path of ['/v2/orgs/{org}/events', '/v2/orgs/{org}/hub', '/v2/orgs/{org}/hub/{hubId}', '/v2/orgs/{org}/hub/{hubId}/dead_letters']) {
          assert.ok(spec.paths[path], path);
        }
        assert.match(spec.paths['/v2/orgs/{org}/hub/{hubId}'].get.summary, /dead_letters/);
        const body = spec.paths['/v2/orgs/{org}/hub'].post.requestBody.content['application/json'].schema;
        assert.deepEqual(body.properties.event_types.items.enum, EVENT_TYPES);
      });
    });

    describe('webhook deliveries', () => {
      test("a credit limit's events show its history as it was at each change, in the log and in every webhook delivery alike", async () => {
        const org = uniqueOrg();
        const receiver = await startReceiver();
        try {
          await registerHub(t, org, receiver.url, { event_types: ['CreditLimitCreateEvent', 'CreditLimitAttributeValueChangeEvent'] });
          const { subscription } = await activeLine(t, org);
          const limits = `/v2/orgs/${org}/subscriptions/${subscription.id}/credit_limits`;
          for (const value of [10, 20, 30]) {
            await setupRequest(t, 201, 'POST', limits, { credit_limits: [{ credit_limit_id: TOTAL_LIMIT, credit_limit_value: value, reason: `to ${value}` }] });
          }
          const logged = (await events(t, org)).items.filter((event) => event.resource.kind === 'CreditLimit');
          assert.deepEqual(
            logged.map((event) => [event.event_type, event.resource_version, event.payload.credit_limit_value, event.payload.historical_changes.map((change: any) => change.reason)]),
            [
              ['CreditLimitCreateEvent', 1, 10, []],
              ['CreditLimitAttributeValueChangeEvent', 2, 20, ['to 10']],
              ['CreditLimitAttributeValueChangeEvent', 3, 30, ['to 20', 'to 10']],
            ],
          );
          const answer = await t.request('GET', `${limits}/${TOTAL_LIMIT}`);
          assert.deepEqual(logged[2].payload, answer.body);
          for (const event of logged) assert.deepEqual(Object.keys(event.payload), Object.keys(answer.body), 'only what GET shows, in its order');
          await eventually(() => receiver.delivered().length === 3, 'the three deliveries');
          assert.deepEqual(receiver.delivered().map((request) => request.body), logged);
        } finally {
          await receiver.close();
        }
      });

      test('a receiver that fails twice then succeeds gets the event exactly once, signed with the secret', async () => {
        const org = uniqueOrg();
        const receiver = await startReceiver((event, earlier) => (earlier.filter((request) => request.body.event_id === event.event_id).length < 2 ? 500 : 204));
        try {
          const hub = await registerHub(t, org, receiver.url);
          const bundle = await createBundle(t, org);
          const [event] = (await events(t, org)).items;
          await eventually(() => receiver.delivered().length === 1, 'the delivery');
          await eventually(async () => (await hubOf(t, org, hub.id)).deliveries.delivered === 1, 'the delivered counter');
          await pause(300);
          assert.deepEqual(receiver.requests.map((request) => request.status), [500, 500, 204]);
          for (const request of receiver.requests) {
            assert.deepEqual(request.body, event);
            assert.equal(request.body.resource.id, bundle.id);
            assert.equal(request.headers['x-inventory-event-id'], event.event_id);
            assert.equal(request.headers['content-type'], 'application/json');
            assert.match(String(request.headers['x-inventory-signature']), /^t=\d+,v1=[0-9a-f]{64}$/);
            assert.ok(signatureIsValid(request, hub.secret), 'the signature verifies with the secret');
            assert.ok(example.verifySignature(request.headers['x-inventory-signature'], request.raw, hub.secret), 'and with the example consumer');
            assert.ok(!example.verifySignature(request.headers['x-inventory-signature'], request.raw.replace(org, 'x'), hub.secret));
            assert.ok(!signatureIsValid(request, 'another secret'));
            assert.ok(!signatureIsValid({ ...request, raw: request.raw.replace(org, 'x') }, hub.secret), 'a changed body fails');
          }
          assert.deepEqual((await hubOf(t, org, hub.id)).deliveries, { delivered: 1, pending: 0, dead: 0 });
        } finally {
          await receiver.close();
        }
      });

      test(`a delivery that keeps failing is DEAD after ${MAX_ATTEMPTS} attempts, listed in the dead letters, and no longer holds its resource back`, async () => {
        const org = uniqueOrg();
        const receiver = await startReceiver((event) => (event.event_type === 'BundleCreateEvent' ? 500 : 200));
        try {
          const hub = await registerHub(t, org, receiver.url);
          const bundle = await createBundle(t, org);
          const dead = await eventually(async () => {
            const current = await hubOf(t, org, hub.id);
            return current.deliveries.dead === 1 && current;
          }, 'the dead letter');
          assert.deepEqual(dead.deliveries, { delivered: 0, pending: 0, dead: 1 });
          assert.equal(receiver.requests.length, MAX_ATTEMPTS);
          const letters = await t.request('GET', `/v2/orgs/${org}/hub/${hub.id}/dead_letters`);
          assert.equal(letters.status, 200);
          assert.equal(letters.headers['x-total-count'], '1');
          const [letter] = letters.body.items;
          assert.equal(letter.sequence, 1);
          assert.equal(letter.attempts, MAX_ATTEMPTS);
          assert.equal(letter.last_error, 'HTTP 500');
          assert.ok(Date.parse(letter.last_attempt_date) > 0);
          assert.deepEqual(letter.event, (await events(t, org)).items[0]);
          assert.deepEqual({ ...letters.body, items: [] }, { items: [], offset: 0, limit: 50, total: 1, next_cursor: null });

          await setupRequest(t, 200, 'PATCH', `/v2/orgs/${org}/bundles/${bundle.id}`, [{ op: 'replace', path: '/legacy_id', value: 7 }]);
          await eventually(() => receiver.delivered().length === 1, 'the next event of the resource');
          assert.equal(receiver.delivered()[0].body.event_type, 'BundleAttributeValueChangeEvent');
          await eventually(async () => (await hubOf(t, org, hub.id)).deliveries.delivered === 1, 'the delivered counter');
          assert.deepEqual((await hubOf(t, org, hub.id)).deliveries, { delivered: 1, pending: 0, dead: 1 });

          assert.equal((await t.request('DELETE', `/v2/orgs/${org}/hub/${hub.id}`)).status, 204);
          const rows = await t.database.db.selectFrom('hub_deliveries').select('sequence').where('org', '=', org).execute();
          assert.equal(rows.length, 0, 'the dead letters go with the hub');
        } finally {
          await receiver.close();
        }
      });

      test('retries wait 1 s doubling per attempt, at most an hour', () => {
        assert.deepEqual([1, 2, 3, 10].map((attempts) => retryDelayMs(attempts, 1000)), [1000, 2000, 4000, 512_000]);
        assert.equal(retryDelayMs(13, 1000), 3_600_000);
      });

      test('a failing event holds back the later events of its resource for that hub, not the events of other resources', async () => {
        const org = uniqueOrg();
        let slow = '';
        let other = '';
        const receiver = await startReceiver((event, earlier) => {
          const otherDelivered = earlier.some((request) => request.status === 200 && request.body.resource.id === other);
          return event.resource.id === slow && !otherDelivered ? 503 : 200;
        });
        try {
          await registerHub(t, org, receiver.url);
          slow = (await createBundle(t, org)).id;
          await setupRequest(t, 200, 'PATCH', `/v2/orgs/${org}/bundles/${slow}`, [{ op: 'replace', path: '/legacy_id', value: 1 }]);
          other = (await createBundle(t, org)).id;
          await eventually(() => receiver.delivered().length === 3, 'three deliveries');
          const label = (request: (typeof receiver.requests)[number]) => `${request.body.resource.id === slow ? 'slow' : 'other'} ${request.body.event_type} ${request.status}`;
          const seen = receiver.requests.map(label);
          assert.deepEqual(receiver.delivered().map(label), ['other BundleCreateEvent 200', 'slow BundleCreateEvent 200', 'slow BundleAttributeValueChangeEvent 200']);
          assert.ok(seen.includes('slow BundleCreateEvent 503'), 'the first event of the slow resource failed first');
          assert.equal(seen.indexOf('slow BundleAttributeValueChangeEvent 200'), seen.length - 1, 'the later event was never tried before the earlier one was delivered');
          assert.equal(seen.filter((entry) => entry.startsWith('slow BundleAttributeValueChangeEvent')).length, 1);
        } finally {
          await receiver.close();
        }
      });

      test('event_types limits what a hub receives', async () => {
        const org = uniqueOrg();
        const receiver = await startReceiver();
        try {
          const hub = await registerHub(t, org, receiver.url, { event_types: ['BundleStateChangeEvent'] });
          const bundle = await createBundle(t, org);
          const url = `/v2/orgs/${org}/bundles/${bundle.id}`;
          await setupRequest(t, 200, 'PATCH', url, [{ op: 'replace', path: '/legacy_id', value: 5 }]);
          await setupRequest(t, 200, 'PATCH', url, [{ op: 'replace', path: '/status', value: 'DEACTIVATED' }]);
          await eventually(() => receiver.delivered().length === 1, 'the state change');
          await eventually(async () => (await hubOf(t, org, hub.id)).deliveries.delivered === 1, 'the delivered counter');
          await pause(300);
          assert.deepEqual(receiver.requests.map((request) => [request.body.event_type, request.body.sequence]), [['BundleStateChangeEvent', 3]]);
          assert.deepEqual((await hubOf(t, org, hub.id)).deliveries, { delivered: 1, pending: 0, dead: 0 });
        } finally {
          await receiver.close();
        }
      });

      test("an org only ever receives its own events, and a hub only the events committed after it was registered", async () => {
        const [first, second] = [uniqueOrg(), uniqueOrg()];
        const receivers = [await startReceiver(), await startReceiver()];
        try {
          const before = await createBundle(t, first);
          await registerHub(t, first, receivers[0].url);
          await registerHub(t, second, receivers[1].url);
          const mine = [await createBundle(t, first), await createBundle(t, second), await createBundle(t, first)];
          await eventually(() => receivers[0].delivered().length === 2 && receivers[1].delivered().length === 1, 'the deliveries');
          await pause(300);
          assert.deepEqual(receivers[0].requests.map((request) => [request.body.org, request.body.resource.id]), [[first, mine[0].id], [first, mine[2].id]]);
          assert.deepEqual(receivers[1].requests.map((request) => [request.body.org, request.body.resource.id]), [[second, mine[1].id]]);
          assert.ok(!receivers[0].requests.some((request) => request.body.resource.id === before.id));
        } finally {
          await Promise.all(receivers.map((receiver) => receiver.close()));
        }
      });

      test('several dispatchers on one database deliver each event once', async () => {
        const org = uniqueOrg();
        const receiver = await startReceiver();
        let running = true;
        const dispatchers = [1, 2, 3].map(async () => {
          const dispatcher = new HubDispatcher(t.database, { composition: t.app.composition, allowPrivateTargets: true, retryBaseMs: 1, batchSize: 3 });
          while (running) {
            await dispatcher.runOnce();
            await pause(5);
          }
        });
        try {
          await registerHub(t, org, receiver.url);
          const count = 30;
          await Promise.all(Array.from({ length: count }, () => createBundle(t, org)));
          await eventually(() => receiver.delivered().length >= count, 'every delivery', 20_000);
          await pause(300);
          const ids = receiver.requests.map((request) => request.body.event_id);
          assert.equal(ids.length, count);
          assert.equal(new Set(ids).size, count);
        } finally {
          running = false;
          await Promise.all(dispatchers);
          await receiver.close();
        }
      });
    });

    describe('NATS JetStream', () => {
      test("a credit limit's events are published with its history as it was at each change, as the log shows them", { skip: natsSkipped }, async () => {
        const org = uniqueOrg();
        const { subscription } = await activeLine(t, org);
        const limits = `/v2/orgs/${org}/subscriptions/${subscription.id}/credit_limits`;
        for (const value of [10, 20]) {
          await setupRequest(t, 201, 'POST', limits, { credit_limits: [{ credit_limit_id: TOTAL_LIMIT, credit_limit_value: value, reason: `to ${value}` }] });
        }
        const logged = (await events(t, org)).items.filter((event) => event.resource.kind === 'CreditLimit');
        assert.deepEqual(logged.map((event) => event.payload.historical_changes.length), [0, 1]);
        const connection = await connect({ servers: NATS_URL });
        try {
          const manager = await connection.jetstreamManager();
          const stream = await eventually(() => manager.streams.find(subjectOf(org, 'CreditLimit', 'CreditLimitCreateEvent')).catch(() => undefined), 'the stream');
          for (const event of logged) {
            const message = await eventually(
              () => manager.streams.getMessage(stream, { last_by_subj: subjectOf(org, 'CreditLimit', event.event_type) }).catch(() => undefined),
              `the ${event.event_type} message`,
            );
            assert.deepEqual(JSON.parse(Buffer.from(message.data).toString('utf8')), event);
          }
        } finally {
          await connection.close();
        }
      });

      test('each event is published to inventory.<org>.<kind>.<event_type> with the event id as message id, and a republish is de-duplicated', { skip: natsSkipped }, async () => {
        const org = uniqueOrg();
        const bundle = await createBundle(t, org);
        await setupRequest(t, 200, 'PATCH', `/v2/orgs/${org}/bundles/${bundle.id}`, [{ op: 'replace', path: '/legacy_id', value: 3 }]);
        const logged = (await events(t, org)).items;
        const connection = await connect({ servers: NATS_URL });
        try {
          const manager = await connection.jetstreamManager();
          const stream = await eventually(() => manager.streams.find(subjectOf(org, 'Bundle', 'BundleCreateEvent')).catch(() => undefined), 'the stream');
          const counts = async () => (await manager.streams.info(stream, { subjects_filter: `inventory.${org}.>` })).state.subjects ?? {};
          await eventually(async () => Object.keys(await counts()).length === 2, 'both messages');
          for (const event of logged) {
            const subject = subjectOf(org, 'Bundle', event.event_type);
            const message = await manager.streams.getMessage(stream, { last_by_subj: subject });
            assert.equal(message.header.get('Nats-Msg-Id'), event.event_id);
            assert.deepEqual(JSON.parse(Buffer.from(message.data).toString('utf8')), event);
          }
          assert.deepEqual(await counts(), { [`inventory.${org}.Bundle.BundleCreateEvent`]: 1, [`inventory.${org}.Bundle.BundleAttributeValueChangeEvent`]: 1 });

          // A publisher that died before moving its cursor publishes again: JetStream keeps one copy.
          await t.database.db.updateTable('broker_cursors').set({ last_sequence: 0 }).where('org', '=', org).execute();
          await eventually(async () => {
            const row = await t.database.db.selectFrom('broker_cursors').select('last_sequence').where('org', '=', org).executeTakeFirst();
            return Number(row?.last_sequence) === 2;
          }, 'the republish');
          assert.deepEqual(Object.values(await counts()), [1, 1]);
        } finally {
          await connection.close();
        }
      });
    });
  },
  { env: { ...DELIVERY_ENV, ...(natsReachable ? { EVENTS_NATS_URL: NATS_URL } : {}) } },
);

forEachDialect('events: webhook callbacks to private addresses', (t) => {
  test('POST /hub refuses loopback, private and localhost callbacks while HUB_ALLOW_PRIVATE_TARGETS is off; a public name is not resolved', async () => {
    const org = uniqueOrg();
    const refused = [
      'http://127.0.0.1:8080/hook',
      'http://127.1/hook',
      'http://0x7f000001/hook',
      'http://localhost:3000/hook',
      'http://LOCALHOST./hook',
      'http://api.localhost/hook',
      'http://[::1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      'http://10.1.2.3/hook',
      'https://172.20.0.1/hook',
      'http://192.168.1.10/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://0.0.0.0/hook',
      'http://[fd00::1]/hook',
    ];
    for (const callback of refused) {
      const answer = await t.request('POST', `/v2/orgs/${org}/hub`, { callback });
      assert.equal(answer.status, 400, callback);
      assert.equal(answer.body.error.code, 'BAD_REQUEST');
      assert.match(answer.body.error.message, /loopback or private/);
    }
    for (const callback of ['https://hooks.example.com/inventory', 'http://8.8.8.8/hook', 'http://[2001:4860::8888]/hook']) {
      assert.equal((await t.request('POST', `/v2/orgs/${org}/hub`, { callback })).status, 201, callback);
    }
  });

  test('a delivery never connects to a private address while private targets are off, even through a name', async () => {
    const receiver = await startReceiver();
    try {
      const port = new URL(receiver.url).port;
      const literal = await postEvent(`http://127.0.0.1:${port}/hook`, '{}', {}, { allowPrivateTargets: false, timeoutMs: 2_000 });
      assert.deepEqual(literal, { ok: false, error: 'refused: 127.0.0.1 is a loopback or private address' });
      const resolved = await new Promise<NodeJS.ErrnoException | null>((resolve) => lookupPublicOnly('localhost', {}, (error) => resolve(error)));
      assert.equal(resolved?.code, 'EPRIVATE');
      assert.match(resolved!.message, /localhost resolves to the private address/);
      assert.equal(receiver.requests.length, 0);
      assert.deepEqual(await postEvent(`http://127.0.0.1:${port}/hook`, '{}', {}, { allowPrivateTargets: true, timeoutMs: 2_000 }), { ok: true });
    } finally {
      await receiver.close();
    }
  });
});

// The app of this suite runs no dispatcher: it is the process that committed and died before delivering.
forEachDialect(
  'events: delivery after a crash',
  (t) => {
    const restart = () => {
      const delivery = new EventDelivery(t.database, pino({ level: 'silent' }), loadConfig(DELIVERY_ENV), t.app.composition);
      delivery.start();
      return delivery;
    };

    test('events committed while no dispatcher ran (a crash after commit) are delivered once one starts', async () => {
      const receiver = await startReceiver();
      let restarted: EventDelivery | undefined;
      try {
        const org = uniqueOrg();
        const hub = await registerHub(t, org, receiver.url);
        const bundle = await createBundle(t, org);
        await pause(300);
        assert.equal(receiver.requests.length, 0);
        assert.deepEqual((await hubOf(t, org, hub.id)).deliveries, { delivered: 0, pending: 1, dead: 0 });
        restarted = restart();
        await eventually(() => receiver.delivered().length === 1, 'the delivery after the restart');
        assert.equal(receiver.requests[0].body.resource.id, bundle.id);
        assert.ok(signatureIsValid(receiver.requests[0], hub.secret));
        await eventually(async () => (await hubOf(t, org, hub.id)).deliveries.delivered === 1, 'the delivered counter');
      } finally {
        await restarted?.stop();
        await receiver.close();
      }
    });

    test('a delivery claimed by a dispatcher that died is sent by another once the claim lease runs out', async () => {
      const receiver = await startReceiver();
      let restarted: EventDelivery | undefined;
      try {
        const org = uniqueOrg();
        await registerHub(t, org, receiver.url);
        await createBundle(t, org);
        const dying = new HubDispatcher(t.database, { composition: t.app.composition, allowPrivateTargets: true, retryBaseMs: 1, leaseMs: 1_500 });
        await dying.queueNewEvents();
        const claimedAt = Date.now();
        assert.equal((await dying.claimDue()).length, 1);
        restarted = restart();
        await eventually(() => receiver.delivered().length === 1, 'the delivery after the lease');
        assert.ok(Date.now() - claimedAt >= 1_500, 'not before the lease ran out');
        await pause(300);
        assert.equal(receiver.requests.length, 1);
      } finally {
        await restarted?.stop();
        await receiver.close();
      }
    });
  },
  { env: { ...DELIVERY_ENV, WORKER: 'off' } },
);
