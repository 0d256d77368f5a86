import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { forEachDialect } from './helpers/app.js';
import { imsi, msisdn, uniqueOrg } from './helpers/fixtures.js';

/**
 * The seed endpoints as a sale and its aftercare use them, one call after the other: every answer feeds the next,
 * as a client would chain them.
 */
forEachDialect('a line from sale to aftercare', (t) => {
  test('bundle → line → promotion with a commitment → device with a commitment → add-on with a promotion → deactivate, cancel, patch a commitment, find the device by MAC', async () => {
    const org = uniqueOrg();
    const api = `/v2/orgs/${org}`;
    const agent = { 'x-auth-origin-aud': 'shop', 'x-auth-origin-sub': 'seller-12' };

    const bundle = await t.request('POST', `${api}/bundles`, { account_id: 'ACC-77', legacy_account_id: 555, catalogue_bundled_commercial_product_id: '8432_BUNDLED_3P' });
    assert.equal(bundle.status, 201);
    const line = await t.request('POST', `${api}/bundles/${bundle.body.id}/subscriptions/mobile`, {
      catalogue_commercial_product_id: 'MOBILE_XL',
      status: 'ACTIVE',
      specific_data: { msisdn: msisdn(), imsi: imsi() },
    });
    assert.equal(line.status, 201);
    const sid = line.body.id;

    const stay = { catalogue_term_id: 'STAY_12M', expiration_date: '2030-01-01T00:00:00Z' };
    const promotion = await t.request('POST', `${api}/subscriptions/${sid}/promotions`, { id: randomUUID(), catalogue_promotion_id: 'PROMO_50', status: 'ACTIVE', commitments: [stay] }, agent);
    assert.equal(promotion.status, 201);
    assert.equal(promotion.body.creation_user, 'seller-12');
    assert.equal(promotion.body.commitments[0].status, 'ACTIVE');

    const device = await t.request('POST', `${api}/subscriptions/${sid}/devices`, {
      catalogue_commercial_device_id: 'ROUTER_X',
      legacy_account_id: 555,
      acquisition_type: 'FINANCED',
      mac_address: '00-B0-D0-63-C2-26',
      commitments: [{ catalogue_term_id: 'FINANCING_24M', expiration_date: '2030-06-01T00:00:00Z' }],
    });
    assert.equal(device.status, 201);

    const addOn = await t.request('POST', `${api}/subscriptions/${sid}/add_ons`, { id: randomUUID(), catalogue_add_on_legacy_id: 'AO-10GB', catalogue_add_on_id: 'EXTRA_DATA_10GB', status: 'ACTIVE' });
    assert.equal(addOn.status, 201);
    const addOnPromotion = await t.request('POST', `${api}/subscriptions/${sid}/promotions`, { id: randomUUID(), catalogue_promotion_id: 'PROMO_DATA', status: 'REQUESTED', add_on_id: addOn.body.id });
    assert.equal(addOnPromotion.status, 201);
    const ofAddOn = await t.request('GET', `${api}/subscriptions/${sid}/add_ons/${addOn.body.id}/promotions`);
    assert.deepEqual(ofAddOn.body.items.map((item: { id: string }) => item.id), [addOnPromotion.body.id]);

    const deactivation = await t.request('POST', `${api}/subscriptions/${sid}/promotions/${promotion.body.id}/deactivation`, { reason: 'MANUALLY_REMOVED' }, agent);
    assert.equal(deactivation.status, 202);
    assert.equal(deactivation.headers.location, `http://localhost:8080${api}/operations/${deactivation.body.id}`);
    assert.equal((await t.waitForOperation(org, deactivation.body.id)).status, 'SUCCEEDED');
    const deactivated = await t.request('GET', `${api}/subscriptions/${sid}/promotions/${promotion.body.id}`);
    assert.equal(deactivated.body.status, 'DEACTIVATED');
    assert.equal(deactivated.body.status_detail.reason, 'MANUALLY_REMOVED');
    assert.equal(deactivated.body.deactivation_system, 'shop');
    assert.equal(deactivated.body.deactivation_user, 'seller-12');
    assert.ok(deactivated.body.deactivation_date);

    const cancel = await t.request('POST', `${api}/subscriptions/${sid}/promotions/${addOnPromotion.body.id}/cancellation`, { reason: 'PROMOTION_INCOMPATIBILITY' });
    assert.equal(cancel.status, 202);
    assert.equal((await t.waitForOperation(org, cancel.body.id)).status, 'SUCCEEDED');
    const cancelled = await t.request('GET', `${api}/subscriptions/${sid}/add_ons/${addOn.body.id}/promotions/${addOnPromotion.body.id}`);
    assert.equal(cancelled.body.status, 'CANCELLED');

    const commitmentId = deactivated.body.commitments[0].id;
    const waived = await t.request('PATCH', `${api}/subscriptions/${sid}/promotions/${promotion.body.id}/commitments/${commitmentId}`, [
      { op: 'add', path: '/status', value: 'DEACTIVATED', reason: 'SUBSCRIBER_REQUESTED' },
    ]);
    assert.equal(waived.status, 200);
    assert.equal(waived.body.status, 'DEACTIVATED');
    assert.equal(waived.body.cancellation_reason, 'SUBSCRIBER_REQUESTED');
    const parent = await t.request('GET', `${api}/subscriptions/${sid}/promotions/${promotion.body.id}`);
    assert.deepEqual(parent.body.commitments[0], waived.body);

    const found = await t.request('GET', `${api}/devices?mac_address=00b0.d063.c226`);
    assert.equal(found.status, 200);
    assert.deepEqual(found.body.map((item: { id: string; subscription_id: string }) => [item.id, item.subscription_id]), [[device.body.id, sid]]);
    assert.equal(found.body[0].commitments[0].catalogue_term_id, 'FINANCING_24M');
  });
});
