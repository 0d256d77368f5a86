import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { columnTypes } from '../src/db/database.js';
import { migrations } from '../src/db/migrations/index.js';
import { forEachDialect } from './helpers/app.js';
import { activeLine, createBundle, createMobile, uniqueOrg } from './helpers/fixtures.js';
import { createBroadband, createLandline, setLineStatus } from './helpers/lines.js';

const TOTAL = 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';
const PREMIUM = 'MOBILE_SUBSCRIPTION_PREMIUM_CREDIT_LIMIT';
const LANDLINE_TOTAL = 'LANDLINE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';
const ALL_MOBILE = [TOTAL, PREMIUM, 'MOBILE_SUBSCRIPTION_INTERNATIONAL_VOICE_CREDIT_LIMIT', 'MOBILE_SUBSCRIPTION_ROAMING_VOICE_CREDIT_LIMIT'];
const audit = { 'x-auth-origin-aud': 'crm', 'x-auth-origin-sub': 'agent-7' };

forEachDialect('credit limits', (t) => {
  const org = uniqueOrg();
  const limitsOf = (subscriptionId: string) => `/v2/orgs/${org}/subscriptions/${subscriptionId}/credit_limits`;
  const post = (subscriptionId: string, credit_limits: unknown[], headers: Record<string, string> = {}) =>
    t.request('POST', limitsOf(subscriptionId), { credit_limits }, headers);

  test('GET /subscriptions/{id}/credit_limits answers [] when no limit is set', async () => {
    const { subscription } = await activeLine(t, org);
    const response = await t.request('GET', limitsOf(subscription.id));
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, []);
  });

  test('POST /subscriptions/{id}/credit_limits sets the kinds sent: 201, a bare array, the collection as Location, audit stamps', async () => {
    const { subscription } = await activeLine(t, org);
    const before = Date.now();
    const response = await post(
      subscription.id,
      [
        { credit_limit_id: TOTAL, credit_limit_value: 150.25, reason: 'Customer request' },
        { credit_limit_id: PREMIUM, credit_limit_value: 0, reason: 'Block premium' },
      ],
      audit,
    );
    assert.equal(response.status, 201);
    assert.equal(response.headers.location, `http://localhost:8080${limitsOf(subscription.id)}`);
    assert.equal(response.body.length, 2);
    const [total, premium] = response.body;
    assert.deepEqual(Object.keys(total).sort(), ['credit_limit_id', 'credit_limit_value', 'effective_date', 'historical_changes', 'reason', 'update_system', 'update_user']);
    assert.equal(total.credit_limit_id, TOTAL);
    assert.equal(total.credit_limit_value, 150.25);
    assert.equal(total.reason, 'Customer request');
    assert.equal(total.update_system, 'crm');
    assert.equal(total.update_user, 'agent-7');
    assert.deepEqual(total.historical_changes, []);
    assert.ok(new Date(total.effective_date).getTime() >= before - 1000);
    assert.doesNotMatch(total.effective_date, /\.000Z$/);
    assert.equal(premium.credit_limit_id, PREMIUM);
    assert.equal(premium.credit_limit_value, 0);

    const list = await t.request('GET', limitsOf(subscription.id));
    assert.equal(list.status, 200);
    assert.deepEqual(
      list.body.map((limit: { credit_limit_id: string }) => limit.credit_limit_id).sort(),
      [PREMIUM, TOTAL].sort(),
    );
  });

  test('POST /credit_limits twice keeps the earlier values in historical_changes, newest first', async () => {
    const { subscription } = await activeLine(t, org);
    assert.equal((await post(subscription.id, [{ credit_limit_id: TOTAL, credit_limit_value: 50, reason: 'First' }], { 'x-auth-origin-sub': 'first-user' })).status, 201);
    const second = await post(subscription.id, [{ credit_limit_id: TOTAL, credit_limit_value: 75.5, reason: 'Second' }], { 'x-auth-origin-sub': 'second-user' });
    assert.equal(second.status, 201);
    assert.equal(second.body[0].credit_limit_value, 75.5);
    assert.deepEqual(second.body[0].historical_changes.map((change: { reason: string }) => change.reason), ['First']);
    const third = await post(subscription.id, [{ credit_limit_id: TOTAL, credit_limit_value: 100, reason: 'Third' }], { 'x-auth-origin-sub': 'third-user' });
    const current = third.body[0];
    assert.equal(current.credit_limit_value, 100);
    assert.equal(current.reason, 'Third');
    assert.equal(current.update_user, 'third-user');
    assert.deepEqual(
      current.historical_changes.map((change: Record<string, unknown>) => [change.credit_limit_value, change.reason, change.update_user]),
      [
        [75.5, 'Second', 'second-user'],
        [50, 'First', 'first-user'],
      ],
    );
    assert.deepEqual(Object.keys(current.historical_changes[0]).sort(), ['credit_limit_value', 'effective_date', 'reason', 'update_system', 'update_user']);
    assert.ok(current.historical_changes[0].effective_date >= current.historical_changes[1].effective_date);

    const one = await t.request('GET', `${limitsOf(subscription.id)}/${TOTAL}`);
    assert.equal(one.status, 200);
    assert.deepEqual(one.body, current);
    assert.equal(one.headers.etag, '"3"');
    const list = await t.request('GET', limitsOf(subscription.id));
    assert.deepEqual(list.body, [current]);
  });

  test('a credit limit’s events name it by its kind: a CreditLimitCreateEvent, then a CreditLimitAttributeValueChangeEvent, each with the limit as GET answers it', async () => {
    const tenant = `${org}-events`;
    const { subscription } = await activeLine(t, tenant);
    const url = `/v2/orgs/${tenant}/subscriptions/${subscription.id}/credit_limits`;
    assert.equal((await t.request('POST', url, { credit_limits: [{ credit_limit_id: TOTAL, credit_limit_value: 100, reason: 'first' }] })).status, 201);
    assert.equal((await t.request('POST', url, { credit_limits: [{ credit_limit_id: TOTAL, credit_limit_value: 120, reason: 'second' }] })).status, 201);
    const current = await t.request('GET', `${url}/${TOTAL}`);
    const events = (await t.request('GET', `/v2/orgs/${tenant}/events?limit=1000`)).body.items.filter((event: { resource: { kind: string } }) => event.resource.kind === 'CreditLimit');
    assert.deepEqual(
      events.map((event: { event_type: string; resource: unknown }) => [event.event_type, event.resource]),
      ['CreditLimitCreateEvent', 'CreditLimitAttributeValueChangeEvent'].map((type) => [type, { kind: 'CreditLimit', id: TOTAL, href: `/v2/orgs/${tenant}/subscriptions/${subscription.id}/credit_limits/${TOTAL}` }]),
    );
    assert.deepEqual(events[1].payload, current.body);
    assert.equal(events[0].payload.credit_limit_value, 100);
  });

  test('GET /credit_limits/{creditLimitId} answers one kind with an ETag, and 304 for If-None-Match', async () => {
    const { subscription } = await activeLine(t, org);
    await post(subscription.id, [{ credit_limit_id: PREMIUM, credit_limit_value: 20, reason: 'Set' }]);
    const one = await t.request('GET', `${limitsOf(subscription.id)}/${PREMIUM}`);
    assert.equal(one.status, 200);
    assert.equal(one.body.credit_limit_id, PREMIUM);
    assert.equal(one.body.credit_limit_value, 20);
    assert.equal(one.headers.etag, '"1"');
    const cached = await t.request('GET', `${limitsOf(subscription.id)}/${PREMIUM}`, undefined, { 'if-none-match': '"1"' });
    assert.equal(cached.status, 304);
  });

  test('GET /credit_limits/{creditLimitId} of a valid kind never set is 404 CREDIT_LIMIT_NOT_FOUND', async () => {
    const { subscription } = await activeLine(t, org);
    await post(subscription.id, [{ credit_limit_id: TOTAL, credit_limit_value: 10, reason: 'Set' }]);
    const response = await t.request('GET', `${limitsOf(subscription.id)}/${PREMIUM}`);
    assert.equal(response.status, 404);
    assert.equal(response.body.error.code, 'CREDIT_LIMIT_NOT_FOUND');
  });

  test('GET /credit_limits/{creditLimitId} that is not a kind name is 400 BAD_REQUEST', async () => {
    const { subscription } = await activeLine(t, org);
    for (const name of ['MOBILE_SUBSCRIPTION_DATA_CREDIT_LIMIT', TOTAL.toLowerCase(), randomUUID()]) {
      const response = await t.request('GET', `${limitsOf(subscription.id)}/${name}`);
      assert.equal(response.status, 400, name);
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, /creditLimitId/);
    }
  });

  test('a LANDLINE line takes the LANDLINE kinds and refuses a MOBILE kind with INVALID_CREDIT_LIMIT_TYPE', async () => {
    const bundle = await createBundle(t, org);
    const landline = await createLandline(t, org, bundle.id);
    const set = await post(landline.id, [{ credit_limit_id: LANDLINE_TOTAL, credit_limit_value: 30, reason: 'Set' }]);
    assert.equal(set.status, 201);
    assert.equal(set.body[0].credit_limit_id, LANDLINE_TOTAL);
    const refused = await post(landline.id, [{ credit_limit_id: TOTAL, credit_limit_value: 30, reason: 'Set' }]);
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'INVALID_CREDIT_LIMIT_TYPE');
    const get = await t.request('GET', `${limitsOf(landline.id)}/${TOTAL}`);
    assert.equal(get.status, 400);
    assert.equal(get.body.error.code, 'INVALID_CREDIT_LIMIT_TYPE');
  });

  test('a MOBILE line refuses a LANDLINE kind with INVALID_CREDIT_LIMIT_TYPE, and sets none of the kinds sent with it', async () => {
    const { subscription } = await activeLine(t, org);
    const refused = await post(subscription.id, [
      { credit_limit_id: TOTAL, credit_limit_value: 30, reason: 'Valid' },
      { credit_limit_id: LANDLINE_TOTAL, credit_limit_value: 30, reason: 'Wrong type' },
    ]);
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'INVALID_CREDIT_LIMIT_TYPE');
    assert.match(refused.body.error.message, /LANDLINE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT/);
    assert.deepEqual((await t.request('GET', limitsOf(subscription.id))).body, []);
    const get = await t.request('GET', `${limitsOf(subscription.id)}/${LANDLINE_TOTAL}`);
    assert.equal(get.body.error.code, 'INVALID_CREDIT_LIMIT_TYPE');
  });

  test('every credit-limit endpoint refuses a BROADBAND line with WRONG_SUBSCRIPTION_TYPE', async () => {
    const bundle = await createBundle(t, org);
    const broadband = await createBroadband(t, org, bundle.id);
    const answers = [
      await t.request('GET', limitsOf(broadband.id)),
      await post(broadband.id, [{ credit_limit_id: LANDLINE_TOTAL, credit_limit_value: 10, reason: 'Set' }]),
      await t.request('GET', `${limitsOf(broadband.id)}/${LANDLINE_TOTAL}`),
    ];
    for (const answer of answers) {
      assert.equal(answer.status, 400);
      assert.equal(answer.body.error.code, 'WRONG_SUBSCRIPTION_TYPE');
      assert.match(answer.body.error.message, /BROADBAND/);
    }
  });

  test('every credit-limit endpoint answers 404 SUBSCRIPTION_NOT_FOUND for an unknown line or a line of another org', async () => {
    const { subscription } = await activeLine(t, org);
    const elsewhere = `/v2/orgs/other-${org}/subscriptions/${subscription.id}/credit_limits`;
    const answers = [
      await t.request('GET', limitsOf(randomUUID())),
      await post(randomUUID(), [{ credit_limit_id: TOTAL, credit_limit_value: 10, reason: 'Set' }]),
      await t.request('GET', `${limitsOf(randomUUID())}/${TOTAL}`),
      await t.request('GET', elsewhere),
      await t.request('POST', elsewhere, { credit_limits: [{ credit_limit_id: TOTAL, credit_limit_value: 10, reason: 'Set' }] }),
      await t.request('GET', `${elsewhere}/${TOTAL}`),
    ];
    for (const answer of answers) {
      assert.equal(answer.status, 404);
      assert.equal(answer.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    }
  });

  test('POST /credit_limits refuses malformed bodies with 400 BAD_REQUEST and sets nothing', async () => {
    const { subscription } = await activeLine(t, org);
    const valid = { credit_limit_id: TOTAL, credit_limit_value: 10, reason: 'Set' };
    const cases: Array<[string, unknown, RegExp]> = [
      ['no items', { credit_limits: [] }, /credit_limits/],
      ['more than 6 items', { credit_limits: Array.from({ length: 7 }, (_, i) => ({ ...valid, credit_limit_id: ALL_MOBILE[i % 4] })) }, /credit_limits/],
      ['a kind twice', { credit_limits: [valid, { ...valid, credit_limit_value: 20 }] }, /more than once/],
      ['a value above 100000', { credit_limits: [{ ...valid, credit_limit_value: 100000.01 }] }, /credit_limit_value/],
      ['a negative value', { credit_limits: [{ ...valid, credit_limit_value: -1 }] }, /credit_limit_value/],
      ['three decimals', { credit_limits: [{ ...valid, credit_limit_value: 10.005 }] }, /2 decimals/],
      ['no reason', { credit_limits: [{ credit_limit_id: TOTAL, credit_limit_value: 10 }] }, /reason/],
      ['an empty reason', { credit_limits: [{ ...valid, reason: '' }] }, /reason/],
      ['a reason over 255 characters', { credit_limits: [{ ...valid, reason: 'x'.repeat(256) }] }, /reason/],
      ['an unknown kind', { credit_limits: [{ ...valid, credit_limit_id: 'MOBILE_SUBSCRIPTION_DATA_CREDIT_LIMIT' }] }, /credit_limit_id/],
      ['an unknown field', { credit_limits: [{ ...valid, currency: 'EUR' }] }, /currency/],
      ['no credit_limits', {}, /credit_limits/],
    ];
    for (const [name, body, message] of cases) {
      const response = await t.request('POST', limitsOf(subscription.id), body);
      assert.equal(response.status, 400, name);
      assert.equal(response.body.error.code, 'BAD_REQUEST', name);
      assert.match(response.body.error.message, message, name);
    }
    assert.deepEqual((await t.request('GET', limitsOf(subscription.id))).body, []);
  });

  test('POST /credit_limits accepts the six-kind maximum shape and 100000 with two decimals at the bounds', async () => {
    const { subscription } = await activeLine(t, org);
    const response = await post(subscription.id, ALL_MOBILE.map((kind, i) => ({ credit_limit_id: kind, credit_limit_value: i === 0 ? 100000 : 0.01, reason: 'Bounds' })));
    assert.equal(response.status, 201);
    assert.deepEqual(response.body.map((limit: { credit_limit_id: string }) => limit.credit_limit_id), ALL_MOBILE);
    assert.equal(response.body[0].credit_limit_value, 100000);
    assert.equal(response.body[1].credit_limit_value, 0.01);
  });

  test('POST /credit_limits works on PRE_ACTIVE and SUSPENDED lines and refuses a CANCELLED one with INVALID_SUBSCRIPTION_STATUS', async () => {
    const bundle = await createBundle(t, org);
    const preActive = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    assert.equal((await post(preActive.id, [{ credit_limit_id: TOTAL, credit_limit_value: 5, reason: 'Set' }])).status, 201);
    const suspended = await createMobile(t, org, bundle.id);
    await setLineStatus(t, org, suspended.id, 'SUSPENDED');
    assert.equal((await post(suspended.id, [{ credit_limit_id: TOTAL, credit_limit_value: 5, reason: 'Set' }])).status, 201);

    await setLineStatus(t, org, preActive.id, 'CANCELLED');
    const refused = await post(preActive.id, [{ credit_limit_id: TOTAL, credit_limit_value: 9, reason: 'Again' }]);
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'INVALID_SUBSCRIPTION_STATUS');
    assert.match(refused.body.error.message, /CANCELLED/);
    // The limits set before stay readable.
    const kept = await t.request('GET', `${limitsOf(preActive.id)}/${TOTAL}`);
    assert.equal(kept.status, 200);
    assert.equal(kept.body.credit_limit_value, 5);
  });

  test('POST /credit_limits refuses a DEACTIVATED line with INVALID_SUBSCRIPTION_STATUS', async () => {
    const { subscription } = await activeLine(t, org);
    const accepted = await t.request('POST', `/v2/orgs/${org}/subscriptions/${subscription.id}/deactivation`, { reason: 'OTHER' });
    assert.equal(accepted.status, 202);
    assert.equal((await t.waitForOperation(org, accepted.body.id)).status, 'SUCCEEDED');
    const refused = await post(subscription.id, [{ credit_limit_id: TOTAL, credit_limit_value: 9, reason: 'Set' }]);
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'INVALID_SUBSCRIPTION_STATUS');
  });

  test('the credit-limit lists refuse an unknown query parameter', async () => {
    const { subscription } = await activeLine(t, org);
    const response = await t.request('GET', `${limitsOf(subscription.id)}?offset=0`);
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'BAD_REQUEST');
    assert.match(response.body.error.message, /offset/);
  });
});

forEachDialect('credit limits: the history moved to its own table (migration 0017)', (t) => {
  test('a history kept inside the limit\'s row before 0017 moves to its change rows: GET answers the same with the same ETag, events stored whole replay as they were, and later changes continue the history', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const limits = `/v2/orgs/${org}/subscriptions/${subscription.id}/credit_limits`;
    const set = async (value: number) => assert.equal((await t.request('POST', limits, { credit_limits: [{ credit_limit_id: TOTAL, credit_limit_value: value, reason: `to ${value}` }] })).status, 201);
    for (const value of [1, 2, 3]) await set(value);
    const before = await t.request('GET', `${limits}/${TOTAL}`);
    const logged = (await t.request('GET', `/v2/orgs/${org}/events?limit=1000`)).body.items.filter((event: any) => event.resource.kind === 'CreditLimit');
    assert.equal(logged.length, 3);

    // The layout before 0017: the history inside the row, each event stored whole.
    const { db } = t.database;
    const id = `${subscription.id}:${TOTAL}`;
    const row = await db.selectFrom('credit_limits').select('data').where('org', '=', org).where('id', '=', id).executeTakeFirstOrThrow();
    const embedded = { ...JSON.parse(row.data), historical_changes: before.body.historical_changes };
    await db.updateTable('credit_limits').set({ data: JSON.stringify(embedded) }).where('org', '=', org).where('id', '=', id).execute();
    for (const event of logged) await db.updateTable('events').set({ data: JSON.stringify(event) }).where('org', '=', org).where('sequence', '=', event.sequence).execute();
    await db.schema.dropTable('credit_limit_changes').execute();

    // Run again on its own: later migrations are already applied and leave credit limits alone.
    const { dialect } = t.database;
    await db.transaction().execute((trx) => migrations['0017_credit_limit_changes'].up({ db: trx, dialect, types: columnTypes(dialect) }));
    const after = await t.request('GET', `${limits}/${TOTAL}`);
    assert.deepEqual(after.body, before.body);
    assert.equal(after.headers.etag, before.headers.etag);
    assert.deepEqual((await t.request('GET', `/v2/orgs/${org}/events?limit=1000`)).body.items.filter((event: any) => event.resource.kind === 'CreditLimit'), logged);
    const moved = await db.selectFrom('credit_limit_changes').select('seq').where('org', '=', org).where('credit_limit_id', '=', id).orderBy('seq').execute();
    assert.deepEqual(moved.map((change) => Number(change.seq)), [1, 2, 3]);
    const current = await db.selectFrom('credit_limits').select('data').where('org', '=', org).where('id', '=', id).executeTakeFirstOrThrow();
    assert.ok(!('historical_changes' in JSON.parse(current.data)), 'the row keeps its current value only');

    await set(4);
    const next = await t.request('GET', `${limits}/${TOTAL}`);
    assert.deepEqual([next.body.reason, ...next.body.historical_changes.map((change: any) => change.reason)], ['to 4', 'to 3', 'to 2', 'to 1']);
    assert.equal(next.headers.etag, '"4"');
  });
});
