import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { SignJWT } from 'jose';
import { forEachDialect } from './helpers/app.js';
import { activeLine, createBundle, createMobile, imsi, inListOrder, msisdn, uniqueOrg } from './helpers/fixtures.js';
import { assertDocumentedResponses, seedErrorRows, SUBSCRIPTION_NOT_FOUND_TEXT } from './helpers/openapi.js';
import {
  addAddOn,
  addDevice,
  addPromotion,
  deactivateLine,
  eventually,
  getPromotion,
  inMs,
  linePath,
  promotionBody,
  promotionPath,
  promotionsPath,
  setLineStatus,
} from './helpers/promotions.js';
import { expectStatus, setupRequest } from './helpers/setup.js';

const DAY = 24 * 60 * 60 * 1000;
const agent = { 'x-auth-origin-aud': 'crm', 'x-auth-origin-sub': 'agent-7' };
const PROMOTION_FIELDS = [
  'id',
  'legacy_id',
  'catalogue_promotion_id',
  'commitments',
  'creation_date',
  'creation_system',
  'creation_user',
  'last_updated_date',
  'status',
  'status_detail',
  'activation_date',
  'expiration_date',
  'deactivation_date',
  'deactivation_system',
  'deactivation_user',
  'origin',
  'add_on_id',
  'device_id',
].sort();

const isRecent = (date: string, withinMs = 10_000) => Math.abs(Date.now() - Date.parse(date)) < withinMs;

forEachDialect('promotions', (t) => {
  const org = uniqueOrg();

  // ── P1 ───────────────────────────────────────────────────────────────────────────────────────

  test('POST /subscriptions/{id}/promotions creates a REQUESTED promotion with every field, stamps, Location and ETag', async () => {
    const { subscription } = await activeLine(t, org);
    const body = promotionBody({ legacy_id: 77, commitments: [{ catalogue_term_id: 'STAY_12M', expiration_date: '2030-01-01T00:00:00+01:00' }] });
    const response = await t.request('POST', promotionsPath(org, subscription.id), body, agent);
    assert.equal(response.status, 201);
    const promotion = response.body;
    assert.deepEqual(Object.keys(promotion).sort(), PROMOTION_FIELDS);
    assert.equal(promotion.id, body.id);
    assert.equal(promotion.status, 'REQUESTED');
    assert.equal(promotion.legacy_id, 77);
    assert.equal(promotion.origin, 'EXISTING_CLIENT');
    assert.equal(promotion.creation_system, 'crm');
    assert.equal(promotion.creation_user, 'agent-7');
    assert.equal(promotion.last_updated_date, promotion.creation_date);
    assert.ok(isRecent(promotion.creation_date));
    assert.equal(promotion.activation_date, null);
    assert.equal(promotion.status_detail, null);
    assert.equal(promotion.deactivation_date, null);
    assert.equal(promotion.add_on_id, null);
    assert.equal(promotion.commitments.length, 1);
    assert.equal(promotion.commitments[0].status, 'ACTIVE');
    assert.equal(promotion.commitments[0].start_date, null, 'a REQUESTED promotion binds nothing yet');
    assert.equal(promotion.commitments[0].expiration_date, '2029-12-31T23:00:00Z');
    assert.equal(response.headers.location, `http://localhost:8080${promotionPath(org, subscription.id, promotion.id)}`);
    assert.equal(response.headers.etag, '"1"');
  });

  test('POST …/promotions with status ACTIVE stamps activation_date now and starts its commitments then', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', commitments: [{ expiration_date: inMs(365 * DAY) }] });
    assert.equal(promotion.status, 'ACTIVE');
    assert.ok(isRecent(promotion.activation_date));
    assert.equal(promotion.commitments[0].start_date, promotion.activation_date);
    const history = await t.request('GET', `${promotionPath(org, subscription.id, promotion.id)}/status_history`);
    assert.equal(history.status, 200);
    assert.deepEqual(
      history.body.map((entry: { from: string | null; to: string }) => [entry.from, entry.to]),
      [[null, 'ACTIVE']],
    );
  });

  test('POST …/promotions publishes a PromotionCreateEvent whose payload is the promotion as GET answers it, commitments included', async () => {
    const tenant = `${org}-events`;
    const { subscription } = await activeLine(t, tenant);
    const promotion = await addPromotion(t, tenant, subscription.id, { commitments: [{ expiration_date: inMs(365 * DAY) }, { expiration_date: inMs(200 * DAY) }] });
    const events = (await t.request('GET', `/v2/orgs/${tenant}/events?limit=1000`)).body.items;
    const created = events.find((event: { event_type: string; resource: { id: string } }) => event.event_type === 'PromotionCreateEvent' && event.resource.id === promotion.id);
    assert.ok(created, 'a PromotionCreateEvent');
    assert.equal(created.payload.commitments.length, 2);
    assert.deepEqual(created.payload, await getPromotion(t, tenant, subscription.id, promotion.id));
  });

  test('POST …/promotions with the same id and body replays (Idempotent-Replayed) and leaves the line\'s ETag; another body is 409 ALREADY_EXISTS', async () => {
    const { subscription } = await activeLine(t, org);
    const lineEtag = async () => (await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`)).headers.etag;
    const before = await lineEtag();
    const body = promotionBody({ id: randomUUID().toUpperCase() });
    const first = await t.request('POST', promotionsPath(org, subscription.id), body);
    assert.equal(first.status, 201);
    assert.equal(first.headers['idempotent-replayed'], undefined, 'a first create is no replay');
    assert.equal(first.body.id, String(body.id).toLowerCase());
    const created = await lineEtag();
    assert.notEqual(created, before, 'a new promotion moves the line\'s ETag');
    const again = await t.request('POST', promotionsPath(org, subscription.id), { ...body, creation_user: 'ignored' });
    assert.equal(again.status, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.deepEqual(again.body, first.body);
    const other = await t.request('POST', promotionsPath(org, subscription.id), { ...body, catalogue_promotion_id: 'OTHER' });
    assert.equal(other.status, 409);
    assert.equal(other.body.error.code, 'ALREADY_EXISTS');
    assert.equal(await lineEtag(), created, 'a replay and a refused create leave the line as the first create left it');
  });

  test('POST …/promotions rejects an unknown field, a missing required field, a bad id and an unknown enum value (400)', async () => {
    const { subscription } = await activeLine(t, org);
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [promotionBody({ discount: 10 }), /discount/],
      [{ id: randomUUID(), status: 'REQUESTED' }, /catalogue_promotion_id/],
      [promotionBody({ id: 'not-a-uuid' }), /id/],
      [promotionBody({ status: 'PAUSED' }), /status/],
      [promotionBody({ origin: 'SHOP' }), /origin/],
      [promotionBody({ activation_date: '2025-01-01' }), /activation_date/],
    ];
    for (const [body, field] of cases) {
      const response = await t.request('POST', promotionsPath(org, subscription.id), body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, field);
    }
  });

  test('POST …/promotions on an unknown subscription, or one of another org, is 404 SUBSCRIPTION_NOT_FOUND', async () => {
    const { subscription } = await activeLine(t, org);
    for (const path of [promotionsPath(org, randomUUID()), promotionsPath(`other-${org}`, subscription.id)]) {
      const response = await t.request('POST', path, promotionBody());
      assert.equal(response.status, 404);
      assert.equal(response.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    }
  });

  test('POST …/promotions refuses an ended status and an ACTIVE one with a future activation_date (INVALID_PROMOTION_STATUS)', async () => {
    const { subscription } = await activeLine(t, org);
    for (const body of [promotionBody({ status: 'DEACTIVATED' }), promotionBody({ status: 'EXPIRED' }), promotionBody({ status: 'ACTIVE', activation_date: inMs(DAY) })]) {
      const response = await t.request('POST', promotionsPath(org, subscription.id), body);
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, 'INVALID_PROMOTION_STATUS');
    }
    const list = await t.request('GET', promotionsPath(org, subscription.id));
    assert.equal(list.body.total, 0, 'a refused create leaves nothing behind');
  });

  test('POST …/promotions rejects an activation_date before the billing cycle or a year or more ahead (PROMOTION_ACTIVATION_DATE_OUT_OF_RANGE)', async () => {
    const { subscription } = await activeLine(t, org);
    for (const activation of [inMs(-40 * DAY), inMs(366 * DAY)]) {
      const response = await t.request('POST', promotionsPath(org, subscription.id), promotionBody({ activation_date: activation }));
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, 'PROMOTION_ACTIVATION_DATE_OUT_OF_RANGE');
      assert.match(response.body.error.message, /activation_date/);
    }
    const inWindow = await t.request('POST', promotionsPath(org, subscription.id), promotionBody({ activation_date: inMs(300 * DAY) }));
    assert.equal(inWindow.status, 201);
  });

  test('POST …/promotions with a future activation_date on a PRE_ACTIVE line is PROMOTION_ACTIVATION_DATE_NOT_ALLOWED', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const response = await t.request('POST', promotionsPath(org, line.id), promotionBody({ activation_date: inMs(DAY) }));
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'PROMOTION_ACTIVATION_DATE_NOT_ALLOWED');
  });

  test('POST …/promotions with status ACTIVE on a PRE_ACTIVE line is SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const response = await t.request('POST', promotionsPath(org, line.id), promotionBody({ status: 'ACTIVE' }));
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION');
  });

  test('POST …/promotions on a SUSPENDED or CANCELLED line is PROMOTION_INVALID_SUBSCRIPTION_STATUS', async () => {
    const { subscription } = await activeLine(t, org);
    await setLineStatus(t, org, subscription.id, 'SUSPENDED');
    const bundle = await createBundle(t, org);
    const cancelled = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    await setLineStatus(t, org, cancelled.id, 'CANCELLED');
    for (const id of [subscription.id, cancelled.id]) {
      const response = await t.request('POST', promotionsPath(org, id), promotionBody());
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, 'PROMOTION_INVALID_SUBSCRIPTION_STATUS');
    }
  });

  test('POST …/promotions rejects an expiration_date not after the activation_date (or now)', async () => {
    const { subscription } = await activeLine(t, org);
    const cases = [
      promotionBody({ activation_date: inMs(10 * DAY), expiration_date: inMs(5 * DAY) }),
      promotionBody({ expiration_date: inMs(-60_000) }),
    ];
    for (const body of cases) {
      const response = await t.request('POST', promotionsPath(org, subscription.id), body);
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, /expiration_date/);
    }
  });

  test('POST …/promotions links an add-on or a device of the same line; both, or another line\'s, is INVALID_PROMOTION_TARGET', async () => {
    const { subscription } = await activeLine(t, org);
    const { subscription: otherLine } = await activeLine(t, org);
    const addOn = await addAddOn(t, org, subscription.id);
    const device = await addDevice(t, org, subscription.id);
    const foreignAddOn = await addAddOn(t, org, otherLine.id);
    const linked = await addPromotion(t, org, subscription.id, { add_on_id: addOn.id });
    assert.equal(linked.add_on_id, addOn.id);
    assert.equal(linked.device_id, null);
    const refused = [
      promotionBody({ add_on_id: addOn.id, device_id: device.id }),
      promotionBody({ add_on_id: foreignAddOn.id }),
      promotionBody({ device_id: randomUUID() }),
    ];
    for (const body of refused) {
      const response = await t.request('POST', promotionsPath(org, subscription.id), body);
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, 'INVALID_PROMOTION_TARGET');
    }
  });

  test('POST …/promotions with origin MIGRATION stores history as it was, without the window or the line gates', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const response = await t.request(
      'POST',
      promotionsPath(org, line.id),
      promotionBody({
        origin: 'MIGRATION',
        status: 'DEACTIVATED',
        activation_date: '2019-03-01T00:00:00Z',
        deactivation_date: '2020-03-01T00:00:00Z',
        deactivation_user: 'legacy-op',
        creation_date: '2019-02-01T10:00:00Z',
        creation_system: 'APOLLO',
        commitments: [{ expiration_date: '2020-03-01T00:00:00Z', status: 'DEACTIVATED', cancellation_reason: 'WAIVED' }],
      }),
      agent,
    );
    assert.equal(response.status, 201);
    const promotion = response.body;
    assert.equal(promotion.status, 'DEACTIVATED');
    assert.equal(promotion.origin, 'MIGRATION');
    assert.equal(promotion.creation_date, '2019-02-01T10:00:00Z');
    assert.equal(promotion.creation_system, 'APOLLO');
    assert.equal(promotion.creation_user, 'N/A');
    assert.equal(promotion.activation_date, '2019-03-01T00:00:00Z');
    assert.equal(promotion.deactivation_date, '2020-03-01T00:00:00Z');
    assert.equal(promotion.deactivation_system, 'N/A');
    assert.equal(promotion.deactivation_user, 'legacy-op');
    assert.equal(promotion.commitments[0].status, 'DEACTIVATED');
    assert.equal(promotion.commitments[0].cancellation_reason, 'WAIVED');

    const inconsistent = await t.request('POST', promotionsPath(org, line.id), promotionBody({ origin: 'MIGRATION', status: 'CANCELLED' }));
    assert.equal(inconsistent.status, 400);
    assert.match(inconsistent.body.error.message, /deactivation_date/);
  });

  test('a migration load whose embedded commitment carries a server field of the wrong type is 400 naming the field, and creates nothing', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const migrated = (commitment: Record<string, unknown>) =>
      promotionBody({ origin: 'MIGRATION', status: 'ACTIVE', activation_date: '2019-03-01T00:00:00Z', commitments: [commitment] });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ cancellation_date: 1 }, '/commitments/0/cancellation_date'],
      [{ cancellation_date: 'x' }, '/commitments/0/cancellation_date'],
      [{ cancellation_date: true }, '/commitments/0/cancellation_date'],
      [{ cancellation_date: '2020-03-01' }, '/commitments/0/cancellation_date'],
      [{ status: 'GONE' }, '/commitments/0/status'],
      [{ cancellation_system: 7 }, '/commitments/0/cancellation_system'],
      [{ cancellation_user: { name: 'x' } }, '/commitments/0/cancellation_user'],
      [{ cancellation_reason: ['WAIVED'] }, '/commitments/0/cancellation_reason'],
      [{ start_date: 5 }, '/commitments/0/start_date'],
      [{ creation_date: false }, '/commitments/0/creation_date'],
    ];
    for (const [commitment, path] of cases) {
      const body = migrated(commitment);
      const response = await t.request('POST', promotionsPath(org, line.id), body);
      assert.equal(response.status, 400, `${JSON.stringify(commitment)}: ${JSON.stringify(response.body)}`);
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.ok(
        response.body.error.details.some((detail: { path: string }) => detail.path === path),
        `${JSON.stringify(commitment)} names ${path}: ${JSON.stringify(response.body.error.details)}`,
      );
      assert.equal((await t.request('GET', promotionPath(org, line.id, body.id as string))).status, 404);
    }
    const line2 = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, {
      catalogue_commercial_product_id: 'MOB',
      specific_data: { msisdn: msisdn(), imsi: imsi() },
      promotions: [migrated({ cancellation_date: 1 })],
    });
    assert.equal(line2.status, 400, JSON.stringify(line2.body));
    assert.ok(line2.body.error.details.some((detail: { path: string }) => detail.path === '/promotions/0/commitments/0/cancellation_date'), JSON.stringify(line2.body.error.details));
    const kept = await t.request('POST', promotionsPath(org, line.id), migrated({ status: 'DEACTIVATED', cancellation_date: '2020-03-01T00:00:00+01:00', cancellation_system: 'APOLLO', cancellation_user: null }));
    assert.equal(kept.status, 201, JSON.stringify(kept.body));
    assert.equal(kept.body.commitments[0].cancellation_date, '2020-02-29T23:00:00Z');
    assert.equal(kept.body.commitments[0].cancellation_system, 'APOLLO');
  });

  // ── P2, P3 ───────────────────────────────────────────────────────────────────────────────────

  test('GET …/promotions pages oldest first and filters by status, activation_date and expiration_date', async () => {
    const { subscription } = await activeLine(t, org);
    const requested = await addPromotion(t, org, subscription.id, { activation_date: inMs(30 * DAY) });
    const active = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', expiration_date: inMs(200 * DAY) });
    const plain = await addPromotion(t, org, subscription.id);
    const base = promotionsPath(org, subscription.id);

    const listed = inListOrder([requested, active, plain]).map((promotion) => promotion.id);

    const page = await t.request('GET', `${base}?limit=2`);
    assert.equal(page.status, 200);
    assert.equal(page.body.total, 3);
    assert.equal(page.headers['x-total-count'], '3');
    assert.deepEqual(page.body.items.map((p: { id: string }) => p.id), listed.slice(0, 2));
    assert.equal(page.body.limit, 2);
    const rest = await t.request('GET', `${base}?offset=2`);
    assert.deepEqual(rest.body.items.map((p: { id: string }) => p.id), listed.slice(2));

    const byStatus = await t.request('GET', `${base}?status=${encodeURIComponent('{"in":["ACTIVE"]}')}`);
    assert.deepEqual(byStatus.body.items.map((p: { id: string }) => p.id), [active.id]);
    const bare = await t.request('GET', `${base}?status=REQUESTED`);
    assert.equal(bare.body.total, 2);
    const byActivation = await t.request('GET', `${base}?activation_date=${encodeURIComponent(JSON.stringify({ gt: inMs(DAY) }))}`);
    assert.deepEqual(byActivation.body.items.map((p: { id: string }) => p.id), [requested.id]);
    const byExactExpiration = await t.request('GET', `${base}?expiration_date=${encodeURIComponent(active.expiration_date)}`);
    assert.deepEqual(byExactExpiration.body.items.map((p: { id: string }) => p.id), [active.id]);
  });

  test('GET …/promotions rejects an unknown parameter, status value or operator (400) and an unknown line (404)', async () => {
    const { subscription } = await activeLine(t, org);
    const base = promotionsPath(org, subscription.id);
    for (const query of ['colour=red', 'status=PAUSED', `activation_date=${encodeURIComponent('{"after":"2025-01-01T00:00:00Z"}')}`, 'limit=0']) {
      const response = await t.request('GET', `${base}?${query}`);
      assert.equal(response.status, 400, query);
      assert.equal(response.body.error.code, 'BAD_REQUEST');
    }
    const missing = await t.request('GET', promotionsPath(org, randomUUID()));
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
  });

  test('GET …/promotions/{id} answers with an ETag and 304 on If-None-Match; under another line it is PROMOTION_NOT_FOUND', async () => {
    const { subscription } = await activeLine(t, org);
    const { subscription: otherLine } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id);
    const found = await t.request('GET', promotionPath(org, subscription.id, promotion.id));
    assert.equal(found.status, 200);
    assert.deepEqual(found.body, promotion);
    assert.equal(found.headers.etag, '"1"');
    const cached = await t.request('GET', promotionPath(org, subscription.id, promotion.id), undefined, { 'if-none-match': '"1"' });
    assert.equal(cached.status, 304);
    const elsewhere = await t.request('GET', promotionPath(org, otherLine.id, promotion.id));
    assert.equal(elsewhere.status, 404);
    assert.equal(elsewhere.body.error.code, 'PROMOTION_NOT_FOUND');
    const noLine = await t.request('GET', promotionPath(org, randomUUID(), promotion.id));
    assert.equal(noLine.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
  });

  // ── P4 ───────────────────────────────────────────────────────────────────────────────────────

  test('PATCH …/promotions/{id} /status REQUESTED → ACTIVE stamps activation_date, status_detail, commitments and history', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'STAY' }] });
    const response = await t.request(
      'PATCH',
      promotionPath(org, subscription.id, promotion.id),
      [
        { op: 'test', path: '/status', value: 'REQUESTED' },
        { op: 'replace', path: '/status', value: 'ACTIVE', reason: 'CUSTOMER_ACCEPTED' },
      ],
      agent,
    );
    assert.equal(response.status, 200);
    const active = response.body;
    assert.equal(active.status, 'ACTIVE');
    assert.ok(isRecent(active.activation_date));
    assert.equal(active.status_detail.reason, 'CUSTOMER_ACCEPTED');
    assert.equal(active.status_detail.description, null);
    assert.ok(isRecent(active.status_detail.date));
    assert.equal(active.commitments[0].start_date, active.activation_date);
    assert.equal(response.headers.etag, '"2"');
    const history = await t.request('GET', `${promotionPath(org, subscription.id, promotion.id)}/status_history`);
    assert.deepEqual(history.body[1], { ...history.body[1], from: 'REQUESTED', to: 'ACTIVE', reason: 'CUSTOMER_ACCEPTED', system: 'crm', user: 'agent-7', operation_id: null });
  });

  test('PATCH …/promotions/{id} refuses DEACTIVATED/CANCELLED (OPERATION_NOT_SUPPORTED) and transitions outside the graph (INVALID_PROMOTION_STATUS)', async () => {
    const { subscription } = await activeLine(t, org);
    const requested = await addPromotion(t, org, subscription.id);
    const active = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const cases: Array<[string, string, string]> = [
      [requested.id, 'CANCELLED', 'OPERATION_NOT_SUPPORTED'],
      [active.id, 'DEACTIVATED', 'OPERATION_NOT_SUPPORTED'],
      [active.id, 'REQUESTED', 'INVALID_PROMOTION_STATUS'],
      [active.id, 'ACTIVE', 'INVALID_PROMOTION_STATUS'],
      [active.id, 'EXPIRED', 'INVALID_PROMOTION_STATUS'],
    ];
    for (const [id, status, code] of cases) {
      const response = await t.request('PATCH', promotionPath(org, subscription.id, id), [{ op: 'replace', path: '/status', value: status }]);
      assert.equal(response.status, 400, `${status}`);
      assert.equal(response.body.error.code, code);
    }
    assert.equal((await getPromotion(t, org, subscription.id, active.id)).status, 'ACTIVE');
  });

  test('PATCH …/promotions/{id} REQUESTED → ACTIVE on a PRE_ACTIVE line is SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const promotion = await addPromotion(t, org, line.id);
    const response = await t.request('PATCH', promotionPath(org, line.id, promotion.id), [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION');
  });

  test('PATCH …/promotions/{id} closes /activation_date and /catalogue_promotion_id once ACTIVE and never opens /add_on_id (PATCH_PATH_NOT_ALLOWED)', async () => {
    const { subscription } = await activeLine(t, org);
    const requested = await addPromotion(t, org, subscription.id);
    const open = await t.request('PATCH', promotionPath(org, subscription.id, requested.id), [
      { op: 'replace', path: '/catalogue_promotion_id', value: 'PROMO_B' },
      { op: 'replace', path: '/activation_date', value: inMs(-1000) },
    ]);
    assert.equal(open.status, 200);
    assert.equal(open.body.catalogue_promotion_id, 'PROMO_B');
    const active = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    for (const operation of [
      { op: 'replace', path: '/activation_date', value: inMs(-1000) },
      { op: 'replace', path: '/catalogue_promotion_id', value: 'PROMO_C' },
      { op: 'replace', path: '/add_on_id', value: randomUUID() },
      { op: 'replace', path: '/creation_user', value: 'me' },
    ]) {
      const response = await t.request('PATCH', promotionPath(org, subscription.id, active.id), [operation]);
      assert.equal(response.status, 400, operation.path);
      assert.equal(response.body.error.code, 'PATCH_PATH_NOT_ALLOWED');
      assert.match(response.body.error.message, new RegExp(operation.path));
    }
  });

  test('PATCH …/promotions/{id} changes /legacy_id, /origin and /expiration_date; a no-op keeps the ETag; two ops on a path and a stale If-Match are refused', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const path = promotionPath(org, subscription.id, promotion.id);
    const expiration = inMs(100 * DAY);
    const changed = await t.request('PATCH', path, [
      { op: 'replace', path: '/legacy_id', value: 9 },
      { op: 'replace', path: '/origin', value: 'UNKNOWN' },
      { op: 'add', path: '/expiration_date', value: expiration },
    ]);
    assert.equal(changed.status, 200);
    assert.equal(changed.body.legacy_id, 9);
    assert.equal(changed.body.origin, 'UNKNOWN');
    assert.equal(changed.body.expiration_date, new Date(expiration).toISOString().replace('.000Z', 'Z'));
    const noop = await t.request('PATCH', path, [{ op: 'replace', path: '/legacy_id', value: 9 }]);
    assert.equal(noop.status, 200);
    assert.equal(noop.headers.etag, changed.headers.etag);
    assert.equal(noop.body.last_updated_date, changed.body.last_updated_date);
    const twice = await t.request('PATCH', path, [
      { op: 'replace', path: '/legacy_id', value: 1 },
      { op: 'replace', path: '/legacy_id', value: 2 },
    ]);
    assert.equal(twice.body.error.code, 'MULTIPLE_PATCH_SAME_PATH');
    const stale = await t.request('PATCH', path, [{ op: 'replace', path: '/legacy_id', value: 3 }], { 'if-match': '"1"' });
    assert.equal(stale.status, 412);
    assert.equal(stale.body.error.code, 'PRECONDITION_FAILED');
    const early = await t.request('PATCH', path, [{ op: 'replace', path: '/expiration_date', value: inMs(-400 * DAY) }]);
    assert.equal(early.status, 400);
    assert.match(early.body.error.message, /expiration_date/);
    const missing = await t.request('PATCH', promotionPath(org, subscription.id, randomUUID()), [{ op: 'replace', path: '/legacy_id', value: 3 }]);
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'PROMOTION_NOT_FOUND');
  });

  test('PATCH …/promotions/{id} add /commitments/- appends commitments, embedded in the promotion and in the subscription', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'FIRST' }] });
    const response = await t.request('PATCH', promotionPath(org, subscription.id, promotion.id), [
      { op: 'add', path: '/commitments/-', value: { catalogue_term_id: 'SECOND', expiration_date: inMs(365 * DAY) } },
      { op: 'add', path: '/commitments/-', value: { catalogue_term_id: 'THIRD' } },
    ]);
    assert.equal(response.status, 200);
    const terms = response.body.commitments.map((commitment: { catalogue_term_id: string }) => commitment.catalogue_term_id);
    // Oldest first: the two appended in one request share a creation date and are ordered by id.
    assert.equal(terms[0], 'FIRST');
    assert.deepEqual(terms.slice(1).sort(), ['SECOND', 'THIRD']);
    const appended = response.body.commitments.find((commitment: { catalogue_term_id: string }) => commitment.catalogue_term_id === 'SECOND');
    assert.ok(isRecent(appended.start_date), 'appended to an ACTIVE promotion, it binds from the append');
    assert.notEqual(appended.start_date, promotion.activation_date);
    const commitment = await t.request('GET', `${promotionPath(org, subscription.id, promotion.id)}/commitments/${appended.id}`);
    assert.equal(commitment.status, 200);
    assert.equal(commitment.body.catalogue_term_id, 'SECOND');
    const line = await t.request('GET', linePath(org, subscription.id));
    assert.deepEqual(line.body.promotions, [response.body]);
    const bad = await t.request('PATCH', promotionPath(org, subscription.id, promotion.id), [{ op: 'add', path: '/commitments/-', value: { colour: 'red' } }]);
    assert.equal(bad.status, 400);
    assert.match(bad.body.error.message, /colour/);
    const missingParent = await t.request('GET', `${promotionPath(org, subscription.id, randomUUID())}/commitments/${appended.id}`);
    assert.equal(missingParent.body.error.code, 'PROMOTION_NOT_FOUND');
  });

  // ── P5 ───────────────────────────────────────────────────────────────────────────────────────

  test('PUT …/promotions/{id} replaces the client fields: left-out optionals become null, origin its default; commitments are updated and added', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { legacy_id: 5, origin: 'UNKNOWN', commitments: [{ catalogue_term_id: 'OLD', legacy_id: 1 }] });
    const [existing] = promotion.commitments;
    const response = await t.request(
      'PUT',
      promotionPath(org, subscription.id, promotion.id),
      {
        ...promotion,
        legacy_id: undefined,
        origin: undefined,
        catalogue_promotion_id: 'PROMO_NEW',
        status: 'ACTIVE',
        creation_user: 'ignored',
        commitments: [{ ...existing, catalogue_term_id: 'RENAMED' }, { catalogue_term_id: 'ADDED' }],
      },
      agent,
    );
    assert.equal(response.status, 200);
    const replaced = response.body;
    assert.equal(replaced.legacy_id, null);
    assert.equal(replaced.origin, 'EXISTING_CLIENT');
    assert.equal(replaced.catalogue_promotion_id, 'PROMO_NEW');
    assert.equal(replaced.status, 'ACTIVE');
    assert.equal(replaced.status_detail.reason, 'STATUS_CHANGED');
    assert.ok(isRecent(replaced.activation_date));
    assert.equal(replaced.creation_user, 'N/A');
    assert.deepEqual(
      replaced.commitments.map((commitment: { id: string; catalogue_term_id: string; legacy_id: number | null }) => [commitment.catalogue_term_id, commitment.legacy_id]),
      [['RENAMED', 1], ['ADDED', null]],
    );
    assert.equal(replaced.commitments[0].id, existing.id);
    const current = await t.request('GET', promotionPath(org, subscription.id, promotion.id));
    assert.equal(response.headers.etag, current.headers.etag);
    assert.deepEqual(current.body, replaced);
  });

  test('PUT …/promotions/{id} refuses another id, a changed frozen field, a dropped link or commitment, and an own-endpoint status', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await addAddOn(t, org, subscription.id);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', add_on_id: addOn.id, commitments: [{ catalogue_term_id: 'KEEP' }] });
    const path = promotionPath(org, subscription.id, promotion.id);
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ ...promotion, id: randomUUID() }, 'BAD_REQUEST', /id/],
      [{ ...promotion, catalogue_promotion_id: 'CHANGED' }, 'PATCH_PATH_NOT_ALLOWED', /catalogue_promotion_id/],
      [{ ...promotion, add_on_id: undefined }, 'PATCH_PATH_NOT_ALLOWED', /add_on_id/],
      [{ ...promotion, commitments: undefined }, 'BAD_REQUEST', /commitments/],
      [{ ...promotion, status: 'DEACTIVATED' }, 'OPERATION_NOT_SUPPORTED', /DEACTIVATED/],
    ];
    for (const [body, code, message] of cases) {
      const response = await t.request('PUT', path, body);
      assert.equal(response.status, 400, code);
      assert.equal(response.body.error.code, code);
      assert.match(response.body.error.message, message);
    }
    const unchanged = await t.request('PUT', path, promotion);
    assert.equal(unchanged.status, 200);
    assert.equal(unchanged.headers.etag, '"1"', 'a PUT of the stored representation changes nothing');
    const missing = await t.request('PUT', promotionPath(org, subscription.id, randomUUID()), { ...promotion, id: undefined });
    assert.equal(missing.status, 400, 'the body id is required');
  });

  // ── P6, P7 ───────────────────────────────────────────────────────────────────────────────────

  test('POST …/deactivation answers 202 with the operation; it deactivates the promotion with stamps and the reason, leaving its commitments', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY' }] });
    const accepted = await t.request('POST', `${promotionPath(org, subscription.id, promotion.id)}/deactivation`, { reason: 'MANUALLY_REMOVED' }, agent);
    assert.equal(accepted.status, 202);
    assert.equal(accepted.body.type, 'PROMOTION_DEACTIVATION');
    assert.equal(accepted.body.reason, 'MANUALLY_REMOVED');
    assert.deepEqual(accepted.body.target, {
      kind: 'PROMOTION',
      id: promotion.id,
      subscription_id: subscription.id,
      href: promotionPath(org, subscription.id, promotion.id),
    });
    assert.equal(accepted.headers.location, `http://localhost:8080/v2/orgs/${org}/operations/${accepted.body.id}`);
    const done = await t.waitForOperation(org, accepted.body.id);
    assert.equal(done.status, 'SUCCEEDED');
    const deactivated = await getPromotion(t, org, subscription.id, promotion.id);
    assert.equal(deactivated.status, 'DEACTIVATED');
    assert.ok(isRecent(deactivated.deactivation_date));
    assert.equal(deactivated.deactivation_system, 'crm');
    assert.equal(deactivated.deactivation_user, 'agent-7');
    assert.equal(deactivated.status_detail.reason, 'MANUALLY_REMOVED');
    assert.equal(deactivated.commitments[0].status, 'ACTIVE');
    const history = await t.request('GET', `${promotionPath(org, subscription.id, promotion.id)}/status_history`);
    assert.equal(history.body[1].operation_id, accepted.body.id);
    const again = await t.request('POST', `${promotionPath(org, subscription.id, promotion.id)}/deactivation`, { reason: 'OTHER' });
    assert.equal(again.body.error.code, 'PROMOTION_NOT_DEACTIVATABLE');
  });

  test('POST …/cancellation cancels a REQUESTED promotion and ends its ACTIVE commitments with PROMOTION_CANCELLATION', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'STAY' }] });
    const accepted = await t.request('POST', `${promotionPath(org, subscription.id, promotion.id)}/cancellation`, { reason: 'PROMOTION_INCOMPATIBILITY' }, agent);
    assert.equal(accepted.status, 202);
    assert.equal(accepted.body.type, 'PROMOTION_CANCELLATION');
    assert.equal((await t.waitForOperation(org, accepted.body.id)).status, 'SUCCEEDED');
    const cancelled = await getPromotion(t, org, subscription.id, promotion.id);
    assert.equal(cancelled.status, 'CANCELLED');
    assert.equal(cancelled.status_detail.reason, 'PROMOTION_INCOMPATIBILITY');
    assert.equal(cancelled.deactivation_user, 'agent-7');
    assert.ok(isRecent(cancelled.deactivation_date));
    const [commitment] = cancelled.commitments;
    assert.equal(commitment.status, 'DEACTIVATED');
    assert.equal(commitment.cancellation_reason, 'PROMOTION_CANCELLATION');
    assert.equal(commitment.cancellation_system, 'crm');
  });

  test('POST …/deactivation of a REQUESTED promotion is PROMOTION_NOT_DEACTIVATABLE; …/cancellation of an ACTIVE one PROMOTION_NOT_CANCELLABLE; a bad reason 400', async () => {
    const { subscription } = await activeLine(t, org);
    const requested = await addPromotion(t, org, subscription.id);
    const active = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const notDeactivatable = await t.request('POST', `${promotionPath(org, subscription.id, requested.id)}/deactivation`, { reason: 'OTHER' });
    assert.equal(notDeactivatable.status, 400);
    assert.equal(notDeactivatable.body.error.code, 'PROMOTION_NOT_DEACTIVATABLE');
    const notCancellable = await t.request('POST', `${promotionPath(org, subscription.id, active.id)}/cancellation`, { reason: 'OTHER' });
    assert.equal(notCancellable.status, 400);
    assert.equal(notCancellable.body.error.code, 'PROMOTION_NOT_CANCELLABLE');
    const badReason = await t.request('POST', `${promotionPath(org, subscription.id, active.id)}/deactivation`, { reason: 'BORED' });
    assert.equal(badReason.status, 400);
    assert.equal(badReason.body.error.code, 'BAD_REQUEST');
    const missing = await t.request('POST', `${promotionPath(org, subscription.id, randomUUID())}/cancellation`, { reason: 'OTHER' });
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'PROMOTION_NOT_FOUND');
    const operations = await t.request('GET', `/v2/orgs/${org}/operations?type=PROMOTION_CANCELLATION&status=PENDING`);
    assert.equal(operations.body.total, 0, 'nothing is enqueued on a 4xx');
  });

  test('POST …/deactivation and …/cancellation honour If-Match: a stale ETag is 412 and changes nothing, the current one is accepted', async () => {
    const { subscription } = await activeLine(t, org);
    const cases = [
      { action: 'deactivation', promotion: await addPromotion(t, org, subscription.id, { status: 'ACTIVE' }), ended: 'DEACTIVATED' },
      { action: 'cancellation', promotion: await addPromotion(t, org, subscription.id), ended: 'CANCELLED' },
    ];
    for (const { action, promotion, ended } of cases) {
      const url = promotionPath(org, subscription.id, promotion.id);
      const staleEtag = (await t.request('GET', url)).headers.etag as string;
      const bumped = await t.request('PATCH', url, [{ op: 'replace', path: '/legacy_id', value: 31 }]);
      assert.equal(bumped.status, 200, JSON.stringify(bumped.body));
      const currentEtag = bumped.headers.etag as string;
      assert.notEqual(currentEtag, staleEtag);

      const stale = await t.request('POST', `${url}/${action}`, { reason: 'OTHER' }, { 'if-match': staleEtag });
      assert.equal(stale.status, 412, `${action} with a stale ETag: ${JSON.stringify(stale.body)}`);
      assert.equal(stale.body.error.code, 'PRECONDITION_FAILED');
      const untouched = await t.request('GET', url);
      assert.equal(untouched.body.status, promotion.status, `${action}: the refused request changed nothing`);
      assert.equal(untouched.headers.etag, currentEtag);
      const operations = await t.request('GET', `/v2/orgs/${org}/operations?type=PROMOTION_${action === 'deactivation' ? 'DEACTIVATION' : 'CANCELLATION'}`);
      assert.ok(!operations.body.items.some((operation: { target: { id: string } }) => operation.target.id === promotion.id), `${action}: nothing enqueued`);

      const accepted = await t.request('POST', `${url}/${action}`, { reason: 'OTHER' }, { 'if-match': currentEtag });
      assert.equal(accepted.status, 202, `${action} with the current ETag: ${JSON.stringify(accepted.body)}`);
      assert.equal((await t.waitForOperation(org, accepted.body.id)).status, 'SUCCEEDED');
      assert.equal((await getPromotion(t, org, subscription.id, promotion.id)).status, ended);
    }
  });

  // ── P8–P13 ───────────────────────────────────────────────────────────────────────────────────

  test('GET/PATCH …/add_ons/{id}/promotions see only the promotions linked to that add-on', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await addAddOn(t, org, subscription.id);
    const otherAddOn = await addAddOn(t, org, subscription.id);
    const linked = await addPromotion(t, org, subscription.id, { add_on_id: addOn.id });
    const unlinked = await addPromotion(t, org, subscription.id);
    const base = `${linePath(org, subscription.id)}/add_ons/${addOn.id}/promotions`;

    const list = await t.request('GET', `${base}?status=REQUESTED`);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.items.map((p: { id: string }) => p.id), [linked.id]);
    assert.equal(list.headers['x-total-count'], '1');
    const empty = await t.request('GET', `${linePath(org, subscription.id)}/add_ons/${otherAddOn.id}/promotions`);
    assert.equal(empty.body.total, 0);
    const found = await t.request('GET', `${base}/${linked.id}`);
    assert.equal(found.status, 200);
    assert.equal(found.body.add_on_id, addOn.id);
    const patched = await t.request('PATCH', `${base}/${linked.id}`, [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
    assert.equal(patched.status, 200);
    assert.equal(patched.body.status, 'ACTIVE');

    const notLinked = await t.request('GET', `${base}/${unlinked.id}`);
    assert.equal(notLinked.status, 404);
    assert.equal(notLinked.body.error.code, 'PROMOTION_NOT_FOUND');
    const notLinkedPatch = await t.request('PATCH', `${base}/${unlinked.id}`, [{ op: 'replace', path: '/legacy_id', value: 1 }]);
    assert.equal(notLinkedPatch.body.error.code, 'PROMOTION_NOT_FOUND');
    const noAddOn = await t.request('GET', `${linePath(org, subscription.id)}/add_ons/${randomUUID()}/promotions`);
    assert.equal(noAddOn.status, 404);
    assert.equal(noAddOn.body.error.code, 'ADD_ON_NOT_FOUND');
    const noLine = await t.request('GET', `${linePath(org, randomUUID())}/add_ons/${addOn.id}/promotions/${linked.id}`);
    assert.equal(noLine.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    const unknownParameter = await t.request('GET', `${base}?sort=asc`);
    assert.equal(unknownParameter.status, 400);
  });

  test('GET/PATCH …/devices/{id}/promotions see only the promotions linked to that device', async () => {
    const { subscription } = await activeLine(t, org);
    const device = await addDevice(t, org, subscription.id);
    const linked = await addPromotion(t, org, subscription.id, { device_id: device.id, status: 'ACTIVE' });
    const unlinked = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const base = `${linePath(org, subscription.id)}/devices/${device.id}/promotions`;

    const list = await t.request('GET', base);
    assert.equal(list.status, 200);
    assert.deepEqual(list.body.items.map((p: { id: string }) => p.id), [linked.id]);
    const found = await t.request('GET', `${base}/${linked.id}`);
    assert.equal(found.body.device_id, device.id);
    const patched = await t.request('PATCH', `${base}/${linked.id}`, [{ op: 'replace', path: '/legacy_id', value: 31 }]);
    assert.equal(patched.status, 200);
    assert.equal(patched.body.legacy_id, 31);
    const refused = await t.request('PATCH', `${base}/${linked.id}`, [{ op: 'replace', path: '/status', value: 'DEACTIVATED' }]);
    assert.equal(refused.body.error.code, 'OPERATION_NOT_SUPPORTED');

    const notLinked = await t.request('GET', `${base}/${unlinked.id}`);
    assert.equal(notLinked.body.error.code, 'PROMOTION_NOT_FOUND');
    const noDevice = await t.request('GET', `${linePath(org, subscription.id)}/devices/${randomUUID()}/promotions/${linked.id}`);
    assert.equal(noDevice.status, 404);
    assert.equal(noDevice.body.error.code, 'DEVICE_NOT_FOUND');
    const noDevicePatch = await t.request('PATCH', `${linePath(org, subscription.id)}/devices/${randomUUID()}/promotions/${linked.id}`, [{ op: 'replace', path: '/legacy_id', value: 1 }]);
    assert.equal(noDevicePatch.body.error.code, 'DEVICE_NOT_FOUND');
  });

  test('deactivating an add-on ends its linked promotions (ACTIVE → DEACTIVATED, REQUESTED → CANCELLED, AUTOMATICALLY_REMOVED) and no other', async () => {
    const { subscription } = await activeLine(t, org);
    const addOn = await addAddOn(t, org, subscription.id);
    const active = await addPromotion(t, org, subscription.id, { add_on_id: addOn.id, status: 'ACTIVE' });
    const requested = await addPromotion(t, org, subscription.id, { add_on_id: addOn.id, commitments: [{ catalogue_term_id: 'STAY' }] });
    const unrelated = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const accepted = await t.request('POST', `${linePath(org, subscription.id)}/add_ons/${addOn.id}/deactivation`, { reason: 'SUBSCRIBER_RESIGNATION' }, agent);
    assert.equal(accepted.status, 202);
    assert.equal((await t.waitForOperation(org, accepted.body.id)).status, 'SUCCEEDED');
    const deactivated = await getPromotion(t, org, subscription.id, active.id);
    assert.equal(deactivated.status, 'DEACTIVATED');
    assert.equal(deactivated.status_detail.reason, 'AUTOMATICALLY_REMOVED');
    assert.equal(deactivated.deactivation_user, 'agent-7');
    const cancelled = await getPromotion(t, org, subscription.id, requested.id);
    assert.equal(cancelled.status, 'CANCELLED');
    assert.equal(cancelled.status_detail.reason, 'AUTOMATICALLY_REMOVED');
    assert.equal(cancelled.commitments[0].cancellation_reason, 'PROMOTION_CANCELLATION');
    assert.equal((await getPromotion(t, org, subscription.id, unrelated.id)).status, 'ACTIVE');
  });

  // ── Subscription: embedded promotions and cascades ───────────────────────────────────────────

  test('a subscription create carries promotions, created as P1 would and embedded; an invalid one, or one id twice, is 400 naming it and creates nothing', async () => {
    const bundle = await createBundle(t, org);
    const promotion = promotionBody({ commitments: [{ catalogue_term_id: 'STAY' }] });
    const created = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, {
      catalogue_commercial_product_id: 'MOBILE_UNLIMITED',
      status: 'ACTIVE',
      specific_data: { msisdn: msisdn(), imsi: imsi() },
      promotions: [promotion],
    });
    assert.equal(created.status, 201);
    assert.equal(created.body.promotions.length, 1);
    assert.equal(created.body.promotions[0].id, promotion.id);
    assert.equal(created.body.promotions[0].commitments[0].catalogue_term_id, 'STAY');
    assert.deepEqual(created.body.promotions[0], await getPromotion(t, org, created.body.id, String(promotion.id)));

    const invalid = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, {
      catalogue_commercial_product_id: 'MOBILE_UNLIMITED',
      status: 'PRE_ACTIVE',
      specific_data: { msisdn: msisdn(), imsi: imsi() },
      promotions: [promotionBody(), promotionBody({ status: 'ACTIVE' })],
    });
    assert.equal(invalid.status, 400);
    assert.equal(invalid.body.error.code, 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION');
    assert.match(invalid.body.error.message, /promotions\/1/);
    const lines = await t.request('GET', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions`);
    assert.equal(lines.body.total, 1, 'the refused line was not created');

    const twice = promotionBody();
    for (const [field, items] of [
      ['promotions', [twice, { ...twice, id: String(twice.id).toUpperCase() }]],
      ['add_ons', [0, 1].map(() => ({ id: twice.id, catalogue_add_on_legacy_id: 'APOLLO-TV', catalogue_add_on_id: 'TV_PACK', status: 'ACTIVE' }))],
    ] as const) {
      const repeated = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, {
        catalogue_commercial_product_id: 'MOBILE_UNLIMITED',
        status: 'ACTIVE',
        specific_data: { msisdn: msisdn(), imsi: imsi() },
        [field]: items,
      });
      assert.equal(repeated.status, 400, field);
      assert.equal(repeated.body.error.code, 'BAD_REQUEST', field);
      assert.match(repeated.body.error.message, new RegExp(`${field}/1/id .* appears twice`, 'i'));
    }
    assert.equal((await t.request('GET', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions`)).body.total, 1, 'neither line was created');
  });

  test('activating a PRE_ACTIVE line activates its own REQUESTED promotions with a null or past activation_date (SUBSCRIPTION_ACTIVATED), no other line\'s and no future one', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const neighbour = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const undated = await addPromotion(t, org, line.id, { commitments: [{ catalogue_term_id: 'STAY' }] });
    const past = inMs(-1000);
    const dated = await addPromotion(t, org, line.id, { activation_date: past });
    // A PRE_ACTIVE line holds a future activation_date only from a migration load.
    const programmed = await setupRequest(t, 201, 'POST', promotionsPath(org, line.id), promotionBody({ origin: 'MIGRATION', activation_date: inMs(10 * DAY) }), agent);
    const neighbours = await addPromotion(t, org, neighbour.id);
    const before = await t.request('GET', linePath(org, line.id));
    const activated = await t.request('PATCH', linePath(org, line.id), [{ op: 'replace', path: '/status', value: 'ACTIVE' }], agent);
    assert.equal(activated.status, 200);
    const [first, second] = activated.body.promotions;
    assert.equal(first.id, undated.id);
    assert.equal(first.status, 'ACTIVE');
    assert.equal(first.status_detail.reason, 'SUBSCRIPTION_ACTIVATED');
    assert.ok(isRecent(first.activation_date));
    assert.equal(first.commitments[0].start_date, first.activation_date);
    assert.equal(second.id, dated.id);
    assert.equal(second.status, 'ACTIVE');
    assert.equal(second.activation_date, past.replace('.000Z', 'Z'), 'a past activation_date is kept');
    assert.notEqual(activated.headers.etag, before.headers.etag);
    assert.equal((await getPromotion(t, org, line.id, programmed.id)).status, 'REQUESTED', 'a future activation_date waits for its date');
    assert.equal((await getPromotion(t, org, neighbour.id, neighbours.id)).status, 'REQUESTED', 'another line\'s promotion is not touched');
  });

  test('cancelling a PRE_ACTIVE line cancels its REQUESTED promotions (SUBSCRIPTION_DEACTIVATION) with the request\'s identity', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const promotion = await addPromotion(t, org, line.id);
    const cancelled = await t.request('PATCH', linePath(org, line.id), [{ op: 'replace', path: '/status', value: 'CANCELLED' }], agent);
    assert.equal(cancelled.status, 200);
    const after = await getPromotion(t, org, line.id, promotion.id);
    assert.equal(after.status, 'CANCELLED');
    assert.equal(after.status_detail.reason, 'SUBSCRIPTION_DEACTIVATION');
    assert.equal(after.deactivation_system, 'crm');
    assert.ok(isRecent(after.deactivation_date));
  });

  test('deactivating a line ends its promotions (ACTIVE → DEACTIVATED, REQUESTED → CANCELLED) and then freezes them', async () => {
    const { subscription } = await activeLine(t, org);
    const active = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY' }] });
    const requested = await addPromotion(t, org, subscription.id);
    const addOn = await addAddOn(t, org, subscription.id);
    const viaAddOn = await addPromotion(t, org, subscription.id, { add_on_id: addOn.id, commitments: [{ catalogue_term_id: 'STAY' }] });
    const operation = await deactivateLine(t, org, subscription.id, agent);
    assert.equal(operation.status, 'SUCCEEDED');
    const line = await t.request('GET', linePath(org, subscription.id));
    const deactivated = line.body.promotions.find((p: { id: string }) => p.id === active.id);
    const cancelled = line.body.promotions.find((p: { id: string }) => p.id === requested.id);
    const linked = line.body.promotions.find((p: { id: string }) => p.id === viaAddOn.id);
    assert.equal(deactivated.status, 'DEACTIVATED');
    assert.equal(cancelled.status, 'CANCELLED');
    assert.equal(linked.status, 'CANCELLED');
    assert.equal(linked.commitments[0].cancellation_reason, 'SUBSCRIPTION_DEACTIVATION', 'the line ended it, not the promotion');
    for (const promotion of [deactivated, cancelled, linked]) {
      assert.equal(promotion.status_detail.reason, 'SUBSCRIPTION_DEACTIVATION');
      assert.equal(promotion.deactivation_date, line.body.deactivation_date);
      assert.equal(promotion.deactivation_user, 'agent-7');
    }
    assert.equal(deactivated.commitments[0].status, 'DEACTIVATED');
    assert.equal(deactivated.commitments[0].cancellation_reason, 'SUBSCRIPTION_DEACTIVATION');
    const history = await t.request('GET', `${promotionPath(org, subscription.id, active.id)}/status_history`);
    assert.equal(history.body[1].operation_id, operation.id);

    const patch = await t.request('PATCH', promotionPath(org, subscription.id, active.id), [{ op: 'replace', path: '/legacy_id', value: 1 }]);
    assert.equal(patch.status, 400);
    assert.equal(patch.body.error.code, 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION');
    const put = await t.request('PUT', promotionPath(org, subscription.id, active.id), { ...deactivated, legacy_id: 2 });
    assert.equal(put.body.error.code, 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION');
    const cancel = await t.request('POST', `${promotionPath(org, subscription.id, requested.id)}/cancellation`, { reason: 'OTHER' });
    assert.equal(cancel.body.error.code, 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION');
    const add = await t.request('POST', promotionsPath(org, subscription.id), promotionBody());
    assert.equal(add.body.error.code, 'PROMOTION_INVALID_SUBSCRIPTION_STATUS');
  });

  test('POST …/promotions takes an activation_date at exactly the start of the billing cycle and refuses one a second earlier', async () => {
    const { subscription } = await activeLine(t, org);
    // The test app runs with the default BILLING_CYCLE_TIMEZONE, Europe/Madrid: the cycle starts at 00:00 on the 1st there.
    const madrid = (at: number, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Madrid', ...options }).format(at);
    const [year, month] = madrid(Date.now(), { year: 'numeric', month: '2-digit' }).split('-').map(Number);
    // Madrid is UTC+1 or UTC+2: the one of the two instants that reads midnight on the 1st there.
    const cycleStart = [1, 2]
      .map((hours) => Date.UTC(year, month - 1, 1) - hours * 60 * 60 * 1000)
      .find((at) => madrid(at, { day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }) === '01, 00:00')!;
    assert.ok(cycleStart, 'midnight on the 1st in Madrid');
    const atStart = await t.request('POST', promotionsPath(org, subscription.id), promotionBody({ activation_date: new Date(cycleStart).toISOString() }));
    assert.equal(atStart.status, 201, JSON.stringify(atStart.body));
    assert.equal(atStart.body.activation_date, new Date(cycleStart).toISOString().replace('.000Z', 'Z'));
    const earlier = await t.request('POST', promotionsPath(org, subscription.id), promotionBody({ activation_date: new Date(cycleStart - 1000).toISOString() }));
    assert.equal(earlier.status, 400);
    assert.equal(earlier.body.error.code, 'PROMOTION_ACTIVATION_DATE_OUT_OF_RANGE');
  });

  test('POST …/promotions refuses an expiration_date equal to its activation_date, and a device of another line', async () => {
    const { subscription } = await activeLine(t, org);
    const { subscription: otherLine } = await activeLine(t, org);
    const foreignDevice = await addDevice(t, org, otherLine.id);
    const activation = inMs(10 * DAY);
    const equal = await t.request('POST', promotionsPath(org, subscription.id), promotionBody({ activation_date: activation, expiration_date: activation }));
    assert.equal(equal.status, 400);
    assert.equal(equal.body.error.code, 'BAD_REQUEST');
    assert.match(equal.body.error.message, /expiration_date/);
    const foreign = await t.request('POST', promotionsPath(org, subscription.id), promotionBody({ device_id: foreignDevice.id }));
    assert.equal(foreign.status, 400);
    assert.equal(foreign.body.error.code, 'INVALID_PROMOTION_TARGET');
    assert.match(foreign.body.error.message, /device_id/);
    const list = await setupRequest(t, 200, 'GET', promotionsPath(org, subscription.id));
    assert.equal(list.total, 0, 'a refused create leaves nothing behind');
  });

  test('POST …/promotions with origin MIGRATION keeps a sent status_detail and fills what it omits', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const active = await t.request(
      'POST',
      promotionsPath(org, line.id),
      promotionBody({ origin: 'MIGRATION', status: 'ACTIVE', creation_date: '2019-02-01T10:00:00Z', creation_system: 'APOLLO', creation_user: 'legacy-op' }),
      agent,
    );
    assert.equal(active.status, 201, JSON.stringify(active.body));
    assert.equal(active.body.activation_date, '2019-02-01T10:00:00Z', 'an ACTIVE load without activation_date takes its creation_date');
    assert.equal(active.body.status_detail, null);
    assert.equal(active.body.deactivation_date, null);
    assert.equal(active.body.deactivation_system, null);
    assert.equal(active.body.deactivation_user, null);
    const history = await setupRequest(t, 200, 'GET', `${promotionPath(org, line.id, active.body.id)}/status_history`);
    assert.equal(history.length, 1);
    assert.equal(history[0].to, 'ACTIVE');
    assert.equal(history[0].system, 'APOLLO', 'the creation entry names the migrated creation_system, not the caller');
    assert.equal(history[0].user, 'legacy-op');

    const deactivated = await t.request(
      'POST',
      promotionsPath(org, line.id),
      promotionBody({
        origin: 'MIGRATION',
        status: 'DEACTIVATED',
        deactivation_date: '2020-03-01T00:00:00Z',
        status_detail: { reason: 'LEGACY_CLOSED', description: 'closed in Apollo', date: '2020-03-01T00:00:00+01:00' },
      }),
      agent,
    );
    assert.equal(deactivated.status, 201, JSON.stringify(deactivated.body));
    assert.equal(deactivated.body.activation_date, null, 'only an ACTIVE load takes its creation_date as activation_date');
    assert.equal(deactivated.body.deactivation_date, '2020-03-01T00:00:00Z');
    assert.equal(deactivated.body.deactivation_system, 'N/A');
    assert.equal(deactivated.body.deactivation_user, 'N/A');
    assert.deepEqual(deactivated.body.status_detail, { reason: 'LEGACY_CLOSED', description: 'closed in Apollo', date: '2020-02-29T23:00:00Z' });
    assert.deepEqual(await getPromotion(t, org, line.id, deactivated.body.id), deactivated.body);
  });

  test('POST …/promotions with origin MIGRATION, retried with the same id and another creation_date, is 409 ALREADY_EXISTS', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const body = promotionBody({ origin: 'MIGRATION', status: 'ACTIVE', activation_date: '2019-03-01T00:00:00Z', creation_date: '2019-02-01T10:00:00Z' });
    const first = await setupRequest(t, 201, 'POST', promotionsPath(org, line.id), body, agent);
    const same = await t.request('POST', promotionsPath(org, line.id), body, agent);
    assert.equal(same.status, 201);
    assert.equal(same.headers['idempotent-replayed'], 'true');
    const other = await t.request('POST', promotionsPath(org, line.id), { ...body, creation_date: '2019-02-02T10:00:00Z' }, agent);
    assert.equal(other.status, 409);
    assert.equal(other.body.error.code, 'ALREADY_EXISTS');
    assert.equal((await getPromotion(t, org, line.id, first.id)).creation_date, '2019-02-01T10:00:00Z');
  });

  test('PATCH …/promotions/{id} queues operations targeting the promotion with their reason, and none for a CANCELLED promotion', async () => {
    const own = uniqueOrg();
    const { subscription } = await activeLine(t, own);
    const queued = async (type: string, promotionId: string) => {
      const page = await setupRequest(t, 200, 'GET', `/v2/orgs/${own}/operations?type=${type}&limit=100`);
      return (page.items as Array<{ target: { id: string }; reason: string }>).filter((operation) => operation.target.id === promotionId);
    };
    const target = (promotionId: string) => ({ kind: 'PROMOTION', id: promotionId, subscription_id: subscription.id, href: promotionPath(own, subscription.id, promotionId) });

    const requested = await addPromotion(t, own, subscription.id, { activation_date: inMs(10 * DAY) });
    const [activation] = await queued('PROMOTION_ACTIVATION', requested.id);
    assert.deepEqual(activation.target, target(requested.id));
    assert.equal(activation.reason, 'ACTIVATION_DATE_REACHED');
    const active = await addPromotion(t, own, subscription.id, { status: 'ACTIVE' });
    await setupRequest(t, 200, 'PATCH', promotionPath(own, subscription.id, active.id), [{ op: 'add', path: '/expiration_date', value: inMs(30 * DAY) }]);
    const [expiration] = await queued('PROMOTION_EXPIRATION', active.id);
    assert.deepEqual(expiration.target, target(active.id));
    assert.equal(expiration.reason, 'EXPIRATION_DATE_REACHED');

    const accepted = await setupRequest(t, 202, 'POST', `${promotionPath(own, subscription.id, requested.id)}/cancellation`, { reason: 'OTHER' });
    assert.equal((await t.waitForOperation(own, accepted.id)).status, 'SUCCEEDED');
    const patched = await setupRequest(t, 200, 'PATCH', promotionPath(own, subscription.id, requested.id), [{ op: 'replace', path: '/legacy_id', value: 6 }]);
    assert.equal(patched.status, 'CANCELLED');
    assert.equal((await queued('PROMOTION_ACTIVATION', requested.id)).length, 1, 'a CANCELLED promotion keeping a future activation_date is not programmed again');
  });

  // ── Scheduled transitions ────────────────────────────────────────────────────────────────────

  test('a REQUESTED promotion with a future activation_date on an ACTIVE line becomes ACTIVE at that date (ACTIVATION_DATE_REACHED)', async () => {
    const { subscription } = await activeLine(t, org);
    const activation = inMs(400);
    const promotion = await addPromotion(t, org, subscription.id, { activation_date: activation, commitments: [{ catalogue_term_id: 'STAY' }] });
    assert.equal(promotion.status, 'REQUESTED');
    const active = await eventually(async () => {
      const current = await getPromotion(t, org, subscription.id, promotion.id);
      return current.status === 'ACTIVE' ? current : undefined;
    });
    assert.ok(Date.now() >= Date.parse(activation));
    assert.equal(active.activation_date, promotion.activation_date);
    assert.equal(active.status_detail.reason, 'ACTIVATION_DATE_REACHED');
    assert.equal(active.commitments[0].start_date, promotion.activation_date);
    const history = await t.request('GET', `${promotionPath(org, subscription.id, promotion.id)}/status_history`);
    assert.equal(history.body[1].reason, 'ACTIVATION_DATE_REACHED');
    assert.ok(history.body[1].operation_id);
  });

  test('a programmed activation whose date comes while the line is SUSPENDED ends FAILED (SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION) and changes nothing', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { activation_date: inMs(1000) });
    await setLineStatus(t, org, subscription.id, 'SUSPENDED');
    const failed = await eventually(async () => {
      const operations = await t.request('GET', `/v2/orgs/${org}/operations?type=PROMOTION_ACTIVATION&status=FAILED`);
      return operations.body.items.find((operation: { target: { id: string } }) => operation.target.id === promotion.id);
    });
    assert.equal(failed.error.code, 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION');
    assert.equal((await getPromotion(t, org, subscription.id, promotion.id)).status, 'REQUESTED');
  });

  test('an ACTIVE promotion with an expiration_date becomes EXPIRED at that date', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', expiration_date: inMs(400) });
    const expired = await eventually(async () => {
      const current = await getPromotion(t, org, subscription.id, promotion.id);
      return current.status === 'EXPIRED' ? current : undefined;
    });
    assert.equal(expired.status_detail.reason, 'EXPIRATION_DATE_REACHED');
    assert.equal(expired.deactivation_date, null);
  });

  test('PATCH …/promotions/{id} queues an activation at each new activation_date of a REQUESTED promotion and an expiration at each new expiration_date of an ACTIVE one; other changes queue nothing', async () => {
    const own = uniqueOrg();
    const { subscription } = await activeLine(t, own);
    const scheduled = async (type: string, promotionId: string) => {
      const page = await setupRequest(t, 200, 'GET', `/v2/orgs/${own}/operations?type=${type}&limit=100`);
      return (page.items as Array<{ target: { id: string }; scheduled_date: string }>)
        .filter((operation) => operation.target.id === promotionId)
        .map((operation) => Date.parse(operation.scheduled_date))
        .sort();
    };
    const patch = (promotionId: string, operations: unknown[]) => setupRequest(t, 200, 'PATCH', promotionPath(own, subscription.id, promotionId), operations);

    const firstActivation = inMs(10 * DAY);
    const requested = await addPromotion(t, own, subscription.id, { activation_date: firstActivation });
    assert.deepEqual(await scheduled('PROMOTION_ACTIVATION', requested.id), [Date.parse(firstActivation)]);
    await patch(requested.id, [{ op: 'replace', path: '/legacy_id', value: 4 }]);
    await patch(requested.id, [{ op: 'add', path: '/expiration_date', value: inMs(60 * DAY) }]);
    assert.deepEqual(await scheduled('PROMOTION_ACTIVATION', requested.id), [Date.parse(firstActivation)], 'a change that leaves activation_date queues no activation');
    assert.deepEqual(await scheduled('PROMOTION_EXPIRATION', requested.id), [], 'a REQUESTED promotion does not expire');
    const secondActivation = inMs(20 * DAY);
    await patch(requested.id, [{ op: 'replace', path: '/activation_date', value: secondActivation }]);
    assert.deepEqual(await scheduled('PROMOTION_ACTIVATION', requested.id), [Date.parse(firstActivation), Date.parse(secondActivation)]);

    const unprogrammed = await addPromotion(t, own, subscription.id);
    await patch(unprogrammed.id, [{ op: 'add', path: '/activation_date', value: inMs(-60_000) }]);
    assert.deepEqual(await scheduled('PROMOTION_ACTIVATION', unprogrammed.id), [], 'a past activation_date is not programmed');

    const firstExpiration = inMs(30 * DAY);
    const active = await addPromotion(t, own, subscription.id, { status: 'ACTIVE', expiration_date: firstExpiration });
    assert.deepEqual(await scheduled('PROMOTION_EXPIRATION', active.id), [Date.parse(firstExpiration)]);
    await patch(active.id, [{ op: 'replace', path: '/legacy_id', value: 8 }]);
    assert.deepEqual(await scheduled('PROMOTION_EXPIRATION', active.id), [Date.parse(firstExpiration)], 'a change that leaves expiration_date queues no expiration');
    const secondExpiration = inMs(40 * DAY);
    await patch(active.id, [{ op: 'replace', path: '/expiration_date', value: secondExpiration }]);
    assert.deepEqual(await scheduled('PROMOTION_EXPIRATION', active.id), [Date.parse(firstExpiration), Date.parse(secondExpiration)]);
    assert.deepEqual(await scheduled('PROMOTION_ACTIVATION', active.id), [], 'an ACTIVE promotion is not activated again');

    const expiration = inMs(50 * DAY);
    const activated = await addPromotion(t, own, subscription.id, { expiration_date: expiration });
    assert.deepEqual(await scheduled('PROMOTION_EXPIRATION', activated.id), []);
    await patch(activated.id, [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
    assert.deepEqual(await scheduled('PROMOTION_EXPIRATION', activated.id), [Date.parse(expiration)], 'becoming ACTIVE queues the expiration it already had');

    const open = await addPromotion(t, own, subscription.id, { status: 'ACTIVE' });
    await patch(open.id, [{ op: 'replace', path: '/legacy_id', value: 2 }]);
    assert.deepEqual(await scheduled('PROMOTION_EXPIRATION', open.id), [], 'no expiration_date, no expiration');
  });

  test('PATCH …/promotions/{id} checks a moved activation_date against the window and expiration_date against it; /status ACTIVE with a future activation_date is INVALID_PROMOTION_STATUS', async () => {
    const { subscription } = await activeLine(t, org);
    const activation = inMs(10 * DAY);
    const promotion = await addPromotion(t, org, subscription.id, { activation_date: activation });
    const path = promotionPath(org, subscription.id, promotion.id);
    const tooLate = await t.request('PATCH', path, [{ op: 'replace', path: '/activation_date', value: inMs(400 * DAY) }]);
    assert.equal(tooLate.status, 400);
    assert.equal(tooLate.body.error.code, 'PROMOTION_ACTIVATION_DATE_OUT_OF_RANGE');
    const beforeActivation = await t.request('PATCH', path, [{ op: 'add', path: '/expiration_date', value: inMs(5 * DAY) }]);
    assert.equal(beforeActivation.status, 400);
    assert.match(beforeActivation.body.error.message, /expiration_date .* must be after activation_date/);
    const earlier = await t.request('PATCH', path, [{ op: 'replace', path: '/activation_date', value: inMs(2 * DAY) }, { op: 'add', path: '/expiration_date', value: inMs(5 * DAY) }]);
    assert.equal(earlier.status, 200, 'an expiration after the moved activation is accepted');
    const programmed = await t.request('PATCH', path, [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
    assert.equal(programmed.status, 400);
    assert.equal(programmed.body.error.code, 'INVALID_PROMOTION_STATUS');
    assert.equal((await getPromotion(t, org, subscription.id, promotion.id)).status, 'REQUESTED');
  });

  test('PATCH and PUT of a promotion move its line\'s ETag (the line embeds it); a PATCH that changes nothing leaves it', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'STAY' }] });
    const lineEtag = async () => {
      const line = await t.request('GET', linePath(org, subscription.id));
      assert.equal(line.status, 200);
      return line.headers.etag;
    };
    const path = promotionPath(org, subscription.id, promotion.id);
    const created = await lineEtag();
    await setupRequest(t, 200, 'PATCH', path, [{ op: 'replace', path: '/legacy_id', value: 11 }]);
    const patched = await lineEtag();
    assert.notEqual(patched, created);
    await setupRequest(t, 200, 'PATCH', path, [{ op: 'replace', path: '/legacy_id', value: 11 }]);
    assert.equal(await lineEtag(), patched, 'a no-op PATCH leaves the line as it was');
    const current = await getPromotion(t, org, subscription.id, promotion.id);
    const [commitment] = current.commitments;
    await setupRequest(t, 200, 'PUT', path, { ...current, commitments: [{ ...commitment, catalogue_term_id: 'STAY_24M' }] });
    const replaced = await lineEtag();
    assert.notEqual(replaced, patched, 'a PUT that changes only a commitment moves the line too');
    const line = await setupRequest(t, 200, 'GET', linePath(org, subscription.id));
    const embedded = line.promotions.find((item: { id: string }) => item.id === promotion.id);
    assert.equal(embedded.legacy_id, 11);
    assert.equal(embedded.commitments[0].catalogue_term_id, 'STAY_24M');
  });

  test('POST …/promotions with origin MIGRATION refuses an ended promotion without its end date, and an expiration_date not after the activation_date (400, nothing created)', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const refusals: Array<[Record<string, unknown>, RegExp]> = [
      [{ status: 'DEACTIVATED', activation_date: '2019-03-01T00:00:00Z' }, /DEACTIVATED promotion needs its deactivation_date/],
      [{ status: 'CANCELLED' }, /CANCELLED promotion needs its deactivation_date/],
      [{ status: 'EXPIRED', activation_date: '2019-03-01T00:00:00Z' }, /EXPIRED promotion needs its expiration_date/],
      [{ status: 'EXPIRED', activation_date: '2019-03-01T00:00:00Z', expiration_date: '2019-03-01T00:00:00Z' }, /expiration_date .* must be after activation_date/],
    ];
    for (const [fields, message] of refusals) {
      const response = await t.request('POST', promotionsPath(org, line.id), promotionBody({ origin: 'MIGRATION', ...fields }), agent);
      assert.equal(response.status, 400, JSON.stringify(fields));
      assert.match(response.body.error.message, message);
    }
    const expired = await t.request(
      'POST',
      promotionsPath(org, line.id),
      promotionBody({ origin: 'MIGRATION', status: 'EXPIRED', activation_date: '2019-03-01T00:00:00Z', expiration_date: '2019-03-01T00:00:01Z' }),
      agent,
    );
    assert.equal(expired.status, 201, 'an expiration one second after the activation is accepted');
    const listed = await setupRequest(t, 200, 'GET', `${promotionsPath(org, line.id)}?limit=100`);
    assert.deepEqual(listed.items.map((item: { id: string }) => item.id), [expired.body.id]);
  });

  test('PATCH …/promotions/{id} refuses add /commitments/- once the promotion is CANCELLED, DEACTIVATED or EXPIRED (PATCH_PATH_NOT_ALLOWED)', async () => {
    const { subscription } = await activeLine(t, org);
    const ended = [
      { status: 'CANCELLED', deactivation_date: '2020-03-01T00:00:00Z' },
      { status: 'DEACTIVATED', activation_date: '2019-03-01T00:00:00Z', deactivation_date: '2020-03-01T00:00:00Z' },
      { status: 'EXPIRED', activation_date: '2019-03-01T00:00:00Z', expiration_date: '2020-03-01T00:00:00Z' },
    ];
    for (const fields of ended) {
      const promotion = await setupRequest(t, 201, 'POST', promotionsPath(org, subscription.id), promotionBody({ origin: 'MIGRATION', ...fields }), agent);
      const appended = await t.request('PATCH', promotionPath(org, subscription.id, promotion.id), [{ op: 'add', path: '/commitments/-', value: { catalogue_term_id: 'LATE' } }]);
      assert.equal(appended.status, 400, fields.status);
      assert.equal(appended.body.error.code, 'PATCH_PATH_NOT_ALLOWED', fields.status);
      assert.deepEqual((await getPromotion(t, org, subscription.id, promotion.id)).commitments, [], fields.status);
    }
  });

  test('PATCH …/promotions/{id} checks only the dates it moves: a migrated promotion\'s old dates stand; a moved activation_date past the stored expiration_date is refused', async () => {
    const { subscription } = await activeLine(t, org);
    const activatedLongAgo = await setupRequest(t, 201, 'POST', promotionsPath(org, subscription.id), promotionBody({ origin: 'MIGRATION', status: 'ACTIVE', activation_date: '2019-03-01T00:00:00Z' }), agent);
    const renamed = await t.request('PATCH', promotionPath(org, subscription.id, activatedLongAgo.id), [{ op: 'replace', path: '/legacy_id', value: 21 }]);
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    const expiredLongAgo = await setupRequest(t, 201, 'POST', promotionsPath(org, subscription.id), promotionBody({ origin: 'MIGRATION', expiration_date: '2020-03-01T00:00:00Z' }), agent);
    const relabelled = await t.request('PATCH', promotionPath(org, subscription.id, expiredLongAgo.id), [{ op: 'replace', path: '/legacy_id', value: 22 }]);
    assert.equal(relabelled.status, 200, JSON.stringify(relabelled.body));
    const programmed = await addPromotion(t, org, subscription.id, { activation_date: inMs(2 * DAY), expiration_date: inMs(5 * DAY) });
    const pastExpiry = await t.request('PATCH', promotionPath(org, subscription.id, programmed.id), [{ op: 'replace', path: '/activation_date', value: inMs(6 * DAY) }]);
    assert.equal(pastExpiry.status, 400);
    assert.match(pastExpiry.body.error.message, /expiration_date .* must be after activation_date/);
  });

  test('PUT …/promotions/{id} of the promotion as read changes nothing, neither its ETag nor its line\'s: a device link and ended commitments included, and without commitments', async () => {
    const { subscription } = await activeLine(t, org);
    const device = await addDevice(t, org, subscription.id);
    const promotion = await setupRequest(
      t,
      201,
      'POST',
      promotionsPath(org, subscription.id),
      promotionBody({
        origin: 'MIGRATION',
        status: 'ACTIVE',
        activation_date: '2024-03-01T00:00:00Z',
        device_id: device.id.toUpperCase(),
        commitments: [
          { catalogue_term_id: 'OLD', expiration_date: '2025-03-01T00:00:00Z', status: 'EXPIRED' },
          { catalogue_term_id: 'WAIVED', expiration_date: '2026-03-01T00:00:00Z', status: 'DEACTIVATED', cancellation_reason: 'WAIVED' },
        ],
      }),
      agent,
    );
    const bare = await addPromotion(t, org, subscription.id);
    const lineEtag = async () => {
      const line = await t.request('GET', linePath(org, subscription.id));
      assert.equal(line.status, 200);
      return line.headers.etag;
    };
    const lineBefore = await lineEtag();
    for (const [current, body] of [
      [promotion, { ...promotion, device_id: device.id.toUpperCase() }],
      [bare, { ...bare, commitments: undefined }],
    ]) {
      const path = promotionPath(org, subscription.id, current.id);
      const read = await t.request('GET', path);
      assert.equal(read.status, 200);
      const replaced = await t.request('PUT', path, body, agent);
      assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
      assert.equal(replaced.headers.etag, read.headers.etag, 'the promotion keeps its version');
      assert.deepEqual(replaced.body, read.body);
    }
    assert.equal(await lineEtag(), lineBefore, 'the line keeps its version');
  });

  test('a programmed activation or expiration whose promotion ended first, or whose date moved later, succeeds and leaves the promotion as it is', async () => {
    const own = uniqueOrg();
    const { subscription } = await activeLine(t, own);
    const bundle = await createBundle(t, own);
    const preActive = await createMobile(t, own, bundle.id, { status: 'PRE_ACTIVE' });
    const soon = inMs(2500);
    // A PRE_ACTIVE line holds a programmed activation only from a migration load; its cancellation ends the promotion at once.
    const endedFirst = await setupRequest(t, 201, 'POST', promotionsPath(own, preActive.id), promotionBody({ origin: 'MIGRATION', activation_date: soon }), agent);
    await setLineStatus(t, own, preActive.id, 'CANCELLED');
    const movedLater = await addPromotion(t, own, subscription.id, { activation_date: soon });
    await setupRequest(t, 200, 'PATCH', promotionPath(own, subscription.id, movedLater.id), [{ op: 'replace', path: '/activation_date', value: inMs(10 * DAY) }]);
    const deactivatedFirst = await addPromotion(t, own, subscription.id, { status: 'ACTIVE', expiration_date: soon });
    const deactivation = await setupRequest(t, 202, 'POST', `${promotionPath(own, subscription.id, deactivatedFirst.id)}/deactivation`, { reason: 'MANUALLY_REMOVED' });
    assert.equal((await t.waitForOperation(own, deactivation.id)).status, 'SUCCEEDED');
    const expiresLater = await addPromotion(t, own, subscription.id, { status: 'ACTIVE', expiration_date: soon });
    await setupRequest(t, 200, 'PATCH', promotionPath(own, subscription.id, expiresLater.id), [{ op: 'replace', path: '/expiration_date', value: inMs(10 * DAY) }]);
    const cases = [
      ['PROMOTION_ACTIVATION', preActive.id, endedFirst.id, 'CANCELLED'],
      ['PROMOTION_ACTIVATION', subscription.id, movedLater.id, 'REQUESTED'],
      ['PROMOTION_EXPIRATION', subscription.id, deactivatedFirst.id, 'DEACTIVATED'],
      ['PROMOTION_EXPIRATION', subscription.id, expiresLater.id, 'ACTIVE'],
    ] as const;
    const before = await Promise.all(cases.map(([, line, id]) => t.request('GET', promotionPath(own, line, id))));
    for (const [index, [type, line, id, status]] of cases.entries()) {
      const first = await eventually(async () => {
        const page = await setupRequest(t, 200, 'GET', `/v2/orgs/${own}/operations?type=${type}&limit=100`);
        const due = (page.items as Array<{ target: { id: string }; scheduled_date: string; status: string }>).find(
          (operation) => operation.target.id === id && Date.parse(operation.scheduled_date) === Date.parse(soon),
        );
        return due && (due.status === 'SUCCEEDED' || due.status === 'FAILED') ? due : undefined;
      });
      assert.equal(first.status, 'SUCCEEDED', `${type} of the ${status} promotion: ${JSON.stringify(first)}`);
      const after = await t.request('GET', promotionPath(own, line, id));
      assert.equal(after.body.status, status);
      assert.equal(after.headers.etag, before[index].headers.etag, `the ${status} promotion is as it was`);
    }
  });

  test('POST …/cancellation accepted while the worker is stopped, then the line cancelled, ends FAILED with PROMOTION_NOT_CANCELLABLE', async () => {
    const own = uniqueOrg();
    const bundle = await createBundle(t, own);
    const line = await createMobile(t, own, bundle.id, { status: 'PRE_ACTIVE' });
    const promotion = await addPromotion(t, own, line.id);
    await t.app.worker!.stop();
    let accepted: { id: string };
    try {
      accepted = await setupRequest(t, 202, 'POST', `${promotionPath(own, line.id, promotion.id)}/cancellation`, { reason: 'OTHER' });
      await setLineStatus(t, own, line.id, 'CANCELLED');
    } finally {
      t.app.worker!.start();
    }
    const operation = await t.waitForOperation(own, accepted.id);
    assert.equal(operation.status, 'FAILED');
    assert.equal(operation.error.code, 'PROMOTION_NOT_CANCELLABLE');
    const cancelled = await getPromotion(t, own, line.id, promotion.id);
    assert.equal(cancelled.status, 'CANCELLED');
    assert.equal(cancelled.status_detail.reason, 'SUBSCRIPTION_DEACTIVATION');
  });

  test('GET …/promotions/{id}/status_history of an unknown promotion is PROMOTION_NOT_FOUND', async () => {
    const { subscription } = await activeLine(t, org);
    const response = await t.request('GET', `${promotionPath(org, subscription.id, randomUUID())}/status_history`);
    assert.equal(response.status, 404);
    assert.equal(response.body.error.code, 'PROMOTION_NOT_FOUND');
  });

  // ── OPERATION_IN_PROGRESS ────────────────────────────────────────────────────────────────────

  test('a second deactivation, or a PATCH of /status, while an operation on the promotion is pending is 409 OPERATION_IN_PROGRESS', async () => {
    const { subscription } = await activeLine(t, org);
    const active = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const requested = await addPromotion(t, org, subscription.id);
    // With the worker paused, accepted operations stay PENDING: what a second request meets while one is in flight.
    await t.app.worker!.stop();
    try {
      const first = await t.request('POST', `${promotionPath(org, subscription.id, active.id)}/deactivation`, { reason: 'OTHER' });
      assert.equal(first.status, 202);
      assert.equal(first.body.status, 'PENDING');
      const second = await t.request('POST', `${promotionPath(org, subscription.id, active.id)}/deactivation`, { reason: 'OTHER' });
      assert.equal(second.status, 409);
      assert.equal(second.body.error.code, 'OPERATION_IN_PROGRESS');

      const cancellation = await t.request('POST', `${promotionPath(org, subscription.id, requested.id)}/cancellation`, { reason: 'OTHER' });
      assert.equal(cancellation.status, 202);
      const patch = await t.request('PATCH', promotionPath(org, subscription.id, requested.id), [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
      assert.equal(patch.status, 409);
      assert.equal(patch.body.error.code, 'OPERATION_IN_PROGRESS');
      const put = await t.request('PUT', promotionPath(org, subscription.id, requested.id), { ...requested, status: 'ACTIVE' });
      assert.equal(put.body.error.code, 'OPERATION_IN_PROGRESS');
      const otherField = await t.request('PATCH', promotionPath(org, subscription.id, requested.id), [{ op: 'replace', path: '/legacy_id', value: 4 }]);
      assert.equal(otherField.status, 200, 'only state changes wait for the operation');
      assert.equal(otherField.body.status, 'REQUESTED');
    } finally {
      t.app.worker!.start();
    }
    const cancelled = await eventually(async () => {
      const current = await getPromotion(t, org, subscription.id, requested.id);
      return current.status === 'CANCELLED' ? current : undefined;
    });
    assert.equal(cancelled.legacy_id, 4);
  });

  test('a programmed activation does not block a PATCH of /status (scheduled work is not an operation in progress)', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { activation_date: inMs(30 * DAY) });
    const response = await t.request('PATCH', promotionPath(org, subscription.id, promotion.id), [
      { op: 'replace', path: '/activation_date', value: inMs(-1000) },
      { op: 'replace', path: '/status', value: 'ACTIVE' },
    ]);
    assert.equal(response.status, 200);
    assert.equal(response.body.status, 'ACTIVE');
  });

  // ── The seed, field for field ─────────────────────────────────────────────────────────────────

  test('POST …/promotions types the server-owned last_updated_date as the seed does (string(date-time)): 42 is 400', async () => {
    const { subscription } = await activeLine(t, org);
    const response = await t.request('POST', promotionsPath(org, subscription.id), promotionBody({ last_updated_date: 42 }));
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'BAD_REQUEST');
    assert.match(response.body.error.message, /last_updated_date/);
    const accepted = await t.request('POST', promotionsPath(org, subscription.id), promotionBody({ last_updated_date: '2001-01-01T00:00:00Z' }));
    assert.equal(accepted.status, 201, 'a date-time is still accepted and replaced');
    assert.notEqual(accepted.body.last_updated_date, '2001-01-01T00:00:00Z');
    const put = await t.request('PUT', promotionPath(org, subscription.id, accepted.body.id), { ...promotionBody({ id: accepted.body.id }), last_updated_date: 'yesterday' });
    assert.equal(put.status, 400);
    assert.match(put.body.error.message, /last_updated_date/);
  });

  test('/openapi.json documents P1–P13 and C2 with the response codes and texts of seeds/promotions.txt and commitments.txt', async () => {
    const line = '/v2/orgs/{org}/subscriptions/{subscriptionId}';
    const promotionNotFound = 'A promotion with the specified id was not found';
    const expected: Array<[string, string, Record<string, string>]> = [
      ['post', '/promotions', { 201: 'Promotion successfully added to the subscription', ...seedErrorRows(SUBSCRIPTION_NOT_FOUND_TEXT, true) }],
      ['get', '/promotions', { 200: 'Promotions found for the subscription', ...seedErrorRows(SUBSCRIPTION_NOT_FOUND_TEXT, false) }],
      ['get', '/promotions/{promotionId}', { 200: 'Promotion found for the subscription', ...seedErrorRows(promotionNotFound, false) }],
      ['patch', '/promotions/{promotionId}', { 200: 'OK', ...seedErrorRows(promotionNotFound, true) }],
      ['put', '/promotions/{promotionId}', { 200: 'Promotion successfully updated', ...seedErrorRows(promotionNotFound, true) }],
      ['post', '/promotions/{promotionId}/deactivation', { 202: 'Deactivation process started', ...seedErrorRows(SUBSCRIPTION_NOT_FOUND_TEXT, true) }],
      ['post', '/promotions/{promotionId}/cancellation', { 202: 'Cancellation process started', ...seedErrorRows(SUBSCRIPTION_NOT_FOUND_TEXT, true) }],
      ['get', '/add_ons/{addonId}/promotions', { 200: 'Promotions found for the add-on', ...seedErrorRows('AddOn with the specified id was not found', true) }],
      ['get', '/add_ons/{addonId}/promotions/{promotionId}', { 200: 'Promotion found for the add-on', ...seedErrorRows(promotionNotFound, false) }],
      ['patch', '/add_ons/{addonId}/promotions/{promotionId}', { 200: 'OK', ...seedErrorRows(promotionNotFound, true) }],
      ['get', '/devices/{deviceId}/promotions', { 200: 'Promotions found for the device', ...seedErrorRows('A device with the specified id was not found', true) }],
      ['get', '/devices/{deviceId}/promotions/{promotionId}', { 200: 'Promotion found for the device', ...seedErrorRows(promotionNotFound, false) }],
      ['patch', '/devices/{deviceId}/promotions/{promotionId}', { 200: 'OK', ...seedErrorRows(promotionNotFound, true) }],
      ['patch', '/promotions/{promotionId}/commitments/{commitmentId}', { 200: 'Promotion commitment patched successfully', ...seedErrorRows('A commitment with the specified id was not found', true) }],
    ];
    await assertDocumentedResponses(t, expected.map(([method, suffix, codes]) => [method, `${line}${suffix}`, codes]));
  });

  test('the documented error responses do not trim error bodies: a 400 still carries its details, a 404 its code', async () => {
    const { subscription } = await activeLine(t, org);
    const invalid = await t.request('POST', promotionsPath(org, subscription.id), promotionBody({ discount: 10 }));
    assert.equal(invalid.status, 400);
    assert.deepEqual(Object.keys(invalid.body.error).sort(), ['code', 'details', 'message', 'reference']);
    assert.equal(invalid.body.error.details[0].path, '/discount');
    const missing = await t.request('GET', promotionPath(org, subscription.id, randomUUID()));
    assert.equal(missing.status, 404);
    assert.equal(missing.body.error.code, 'PROMOTION_NOT_FOUND');
    assert.equal(missing.body.error.reference, 'http://localhost:8080/errors#PROMOTION_NOT_FOUND');
  });
});

const SECRET = 'promotions-test-secret-of-sufficient-length';

forEachDialect(
  'promotion migration loads with authentication on',
  (t) => {
    const org = uniqueOrg();
    const bearer = async (scope: string) => {
      const jwt = await new SignJWT({ orgs: [org], scope })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('loader')
        .setAudience('inventory')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(new TextEncoder().encode(SECRET));
      return { authorization: `Bearer ${jwt}` };
    };

    test('POST …/promotions with origin MIGRATION needs the subscriptions:admin scope (403 MISSING_PERMISSIONS); other creates do not', async () => {
      const writer = await bearer('subscriptions:read subscriptions:write');
      const admin = await bearer('subscriptions:read subscriptions:write subscriptions:admin');
      const bundle = await t.request('POST', `/v2/orgs/${org}/bundles`, { account_id: 'ACC-1', catalogue_bundled_commercial_product_id: 'P' }, writer);
      expectStatus(bundle, 201, 'bundle create');
      const line = await t.request(
        'POST',
        `/v2/orgs/${org}/bundles/${bundle.body.id}/subscriptions/mobile`,
        { catalogue_commercial_product_id: 'MOB', status: 'ACTIVE', specific_data: { msisdn: msisdn(), imsi: imsi() } },
        writer,
      );
      assert.equal(line.status, 201);
      const migration = promotionBody({ origin: 'MIGRATION', status: 'ACTIVE', activation_date: '2018-05-01T00:00:00Z' });
      const refused = await t.request('POST', promotionsPath(org, line.body.id), migration, writer);
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'MISSING_PERMISSIONS');
      const ordinary = await t.request('POST', promotionsPath(org, line.body.id), promotionBody(), writer);
      assert.equal(ordinary.status, 201);
      assert.equal(ordinary.body.creation_system, 'inventory');
      const loaded = await t.request('POST', promotionsPath(org, line.body.id), migration, admin);
      assert.equal(loaded.status, 201);
      assert.equal(loaded.body.activation_date, '2018-05-01T00:00:00Z');
      assert.equal(loaded.body.creation_system, 'N/A', "the loader's identity is not the original creator's");
      assert.equal(loaded.body.creation_user, 'N/A');
    });
  },
  { env: { AUTH_JWT_SECRET: SECRET } },
);
