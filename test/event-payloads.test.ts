import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { forEachDialect, type TestApp } from './helpers/app.js';
import { eventually } from './helpers/events.js';
import { createDevice, createPaymentPlan } from './helpers/devices.js';
import { createBundle, createMobile, imsi, msisdn, uniqueOrg } from './helpers/fixtures.js';
import { addPromotion, inMs, linePath } from './helpers/promotions.js';

// API.md 13: an event's payload is exactly what GET of its resource answers at `resource_version`.

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * Reads the org's events after `after` and checks each resource's latest one against GET of `resource.href`: the
 * payload equals the answer and `resource_version` its ETag. Answers the events read, for the caller's checks.
 */
async function eventsShowGet(t: TestApp, org: string, after: number): Promise<{ next: number; items: any[] }> {
  const page = await t.request('GET', `/v2/orgs/${org}/events?after=${after}&limit=1000`);
  assert.equal(page.status, 200, JSON.stringify(page.body));
  const latest = new Map<string, any>();
  for (const event of page.body.items) latest.set(event.resource.href, event);
  for (const [href, event] of latest) {
    const answer = await t.request('GET', href);
    assert.equal(answer.status, 200, `GET ${href}: ${JSON.stringify(answer.body)}`);
    assert.deepEqual(event.payload, answer.body, `${event.event_type} ${href}: the payload is not what GET answers`);
    assert.equal(answer.headers.etag, `"${event.resource_version}"`, `${event.event_type} ${href}: resource_version is not the ETag's`);
  }
  return { next: page.body.next_after, items: page.body.items };
}

/** The org's last event sequence: the steps of a test's setup are not checked (later children moved their parents). */
async function cursorAt(t: TestApp, org: string): Promise<{ after: number }> {
  const page = await t.request('GET', `/v2/orgs/${org}/events?limit=1000`);
  return { after: page.body.next_after };
}

/** Runs `action`, checks the events it published against GET, and answers their types. */
async function published(t: TestApp, org: string, cursor: { after: number }, action: () => Promise<unknown>): Promise<string[]> {
  await action();
  const { next, items } = await eventsShowGet(t, org, cursor.after);
  cursor.after = next;
  return items.map((event) => event.event_type);
}

async function ok(t: TestApp, method: string, url: string, body?: unknown, status = 200) {
  const answer = await t.request(method, url, body);
  assert.equal(answer.status, status, `${method} ${url}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

function includesAll(types: string[], expected: string[]): void {
  for (const type of expected) assert.ok(types.includes(type), `${type} among ${types.join(', ')}`);
}

forEachDialect('event payloads', (t) => {
  test('Bundle events (create, attribute change, state change) carry what GET /bundles/{id} answers', async () => {
    const org = uniqueOrg();
    const cursor = { after: 0 };
    let bundle: any;
    includesAll(await published(t, org, cursor, async () => (bundle = await createBundle(t, org))), ['BundleCreateEvent']);
    const url = `/v2/orgs/${org}/bundles/${bundle.id}`;
    includesAll(await published(t, org, cursor, () => ok(t, 'PATCH', url, [{ op: 'replace', path: '/legacy_id', value: 4242 }])), ['BundleAttributeValueChangeEvent']);
    includesAll(await published(t, org, cursor, () => ok(t, 'PATCH', url, [{ op: 'replace', path: '/status', value: 'DEACTIVATED' }])), ['BundleStateChangeEvent']);
  });

  test('a line created with promotions, add-ons and devices publishes each CreateEvent with the GET answer: the line embeds its children and legacy_bundle_id, a promotion and a device their commitments', async () => {
    const org = uniqueOrg();
    const bundle = await createBundle(t, org);
    const cursor = await cursorAt(t, org);
    const types = await published(t, org, cursor, () =>
      ok(
        t,
        'POST',
        `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`,
        {
          catalogue_commercial_product_id: 'MOBILE_UNLIMITED',
          status: 'PRE_ACTIVE',
          specific_data: { msisdn: msisdn(), imsi: imsi() },
          promotions: [{ id: randomUUID(), catalogue_promotion_id: 'PROMO', status: 'REQUESTED', commitments: [{ catalogue_term_id: 'STAY_12M', expiration_date: inMs(YEAR_MS) }] }],
          add_ons: [{ id: randomUUID(), catalogue_add_on_legacy_id: 'APOLLO-TV', catalogue_add_on_id: 'TV_PACK', status: 'REQUESTED' }],
          devices: [{ catalogue_commercial_device_id: 'IPHONE_15', legacy_account_id: 555, commitments: [{ catalogue_term_id: 'DEVICE_24M', expiration_date: inMs(2 * YEAR_MS) }] }],
        },
        201,
      ),
    );
    includesAll(types, ['SubscriptionCreateEvent', 'PromotionCreateEvent', 'AddOnCreateEvent', 'DeviceCreateEvent', 'CommitmentCreateEvent']);
  });

  test('Subscription attribute and state changes, by PATCH and by the deactivation worker, carry what GET answers, cascaded children included', async () => {
    const org = uniqueOrg();
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const promotion = await addPromotion(t, org, line.id, { commitments: [{ catalogue_term_id: 'STAY', expiration_date: inMs(YEAR_MS) }] });
    await ok(t, 'POST', `${linePath(org, line.id)}/add_ons`, { id: randomUUID(), catalogue_add_on_legacy_id: 'A', catalogue_add_on_id: 'TV', status: 'REQUESTED' }, 201);
    const cursor = await cursorAt(t, org);
    const url = linePath(org, line.id);
    includesAll(await published(t, org, cursor, () => ok(t, 'PATCH', url, [{ op: 'replace', path: '/legacy_id', value: 77 }])), ['SubscriptionAttributeValueChangeEvent']);
    const activated = await published(t, org, cursor, () => ok(t, 'PATCH', url, [{ op: 'replace', path: '/status', value: 'ACTIVE' }]));
    includesAll(activated, ['SubscriptionStateChangeEvent', 'PromotionStateChangeEvent']);
    assert.equal((await ok(t, 'GET', `${url}/promotions/${promotion.id}`)).status, 'ACTIVE');
    const deactivated = await published(t, org, cursor, async () => {
      const accepted = await ok(t, 'POST', `${url}/deactivation`, { reason: 'SUBSCRIBER_REQUESTED' }, 202);
      assert.equal((await t.waitForOperation(org, accepted.id)).status, 'SUCCEEDED');
    });
    includesAll(deactivated, ['SubscriptionStateChangeEvent', 'PromotionStateChangeEvent', 'AddOnStateChangeEvent', 'CommitmentStateChangeEvent']);
  });

  test("Promotion, AddOn and Commitment changes carry what GET answers; a commitment's change publishes only its own event and moves its promotion's ETag", async () => {
    const org = uniqueOrg();
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id);
    const cursor = await cursorAt(t, org);
    let promotion: any;
    const created = await published(t, org, cursor, async () => {
      promotion = await addPromotion(t, org, line.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY', expiration_date: inMs(YEAR_MS) }] });
    });
    includesAll(created, ['PromotionCreateEvent', 'CommitmentCreateEvent']);
    const promotionUrl = `${linePath(org, line.id)}/promotions/${promotion.id}`;
    includesAll(await published(t, org, cursor, () => ok(t, 'PATCH', promotionUrl, [{ op: 'replace', path: '/legacy_id', value: 9 }])), ['PromotionAttributeValueChangeEvent']);

    const commitmentUrl = `${promotionUrl}/commitments/${promotion.commitments[0].id}`;
    const etagBefore = (await t.request('GET', promotionUrl)).headers.etag;
    const changed = await published(t, org, cursor, () => ok(t, 'PATCH', commitmentUrl, [{ op: 'replace', path: '/legacy_id', value: 5 }]));
    assert.deepEqual(changed, ['CommitmentAttributeValueChangeEvent']);
    assert.notEqual((await t.request('GET', promotionUrl)).headers.etag, etagBefore, "the promotion's ETag moves with its commitment");
    const ended = await published(t, org, cursor, () => ok(t, 'PATCH', commitmentUrl, [{ op: 'add', path: '/status', value: 'DEACTIVATED', reason: 'SUBSCRIBER_REQUESTED' }]));
    assert.deepEqual(ended, ['CommitmentStateChangeEvent']);
    includesAll(
      await published(t, org, cursor, () => ok(t, 'PATCH', promotionUrl, [{ op: 'add', path: '/commitments/-', value: { catalogue_term_id: 'MORE', expiration_date: inMs(YEAR_MS) } }])),
      ['CommitmentCreateEvent'],
    );
    includesAll(
      await published(t, org, cursor, async () => {
        const accepted = await ok(t, 'POST', `${promotionUrl}/deactivation`, { reason: 'MANUALLY_REMOVED' }, 202);
        assert.equal((await t.waitForOperation(org, accepted.id)).status, 'SUCCEEDED');
      }),
      ['PromotionStateChangeEvent'],
    );

    let addOn: any;
    includesAll(
      await published(t, org, cursor, async () => {
        addOn = await ok(t, 'POST', `${linePath(org, line.id)}/add_ons`, { id: randomUUID(), catalogue_add_on_legacy_id: 'A', catalogue_add_on_id: 'TV', status: 'ACTIVE' }, 201);
      }),
      ['AddOnCreateEvent'],
    );
    const addOnUrl = `${linePath(org, line.id)}/add_ons/${addOn.id}`;
    includesAll(await published(t, org, cursor, () => ok(t, 'PATCH', addOnUrl, [{ op: 'replace', path: '/legacy_id', value: 3 }])), ['AddOnAttributeValueChangeEvent']);
    includesAll(
      await published(t, org, cursor, async () => {
        const accepted = await ok(t, 'POST', `${addOnUrl}/deactivation`, { reason: 'SUBSCRIBER_RESIGNATION' }, 202);
        assert.equal((await t.waitForOperation(org, accepted.id)).status, 'SUCCEEDED');
      }),
      ['AddOnStateChangeEvent'],
    );
  });

  test('Device, PaymentPlan, Contract, CreditLimit and ChangeRequest events carry what GET answers', async () => {
    const org = uniqueOrg();
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id);
    const cursor = await cursorAt(t, org);
    let device: any;
    includesAll(
      await published(t, org, cursor, async () => {
        device = await createDevice(t, org, line.id, { acquisition_type: 'FINANCED', commitments: [{ catalogue_term_id: 'D24', expiration_date: inMs(YEAR_MS) }] });
      }),
      ['DeviceCreateEvent', 'CommitmentCreateEvent'],
    );
    const deviceUrl = `${linePath(org, line.id)}/devices/${device.id}`;
    includesAll(await published(t, org, cursor, () => ok(t, 'PATCH', deviceUrl, [{ op: 'replace', path: '/legacy_id', value: 12 }])), ['DeviceAttributeValueChangeEvent']);
    includesAll(
      await published(t, org, cursor, () => ok(t, 'PATCH', deviceUrl, [{ op: 'add', path: '/commitments/-', value: { catalogue_term_id: 'D12', expiration_date: inMs(YEAR_MS) } }])),
      ['CommitmentCreateEvent'],
    );

    let plan: any;
    includesAll(await published(t, org, cursor, async () => (plan = await createPaymentPlan(t, org, line.id, device.id))), ['PaymentPlanCreateEvent']);
    const planUrl = `${deviceUrl}/payment_plans/${plan.id}`;
    includesAll(await published(t, org, cursor, () => ok(t, 'PATCH', planUrl, [{ op: 'replace', path: '/legacy_id', value: 8 }])), ['PaymentPlanAttributeValueChangeEvent']);
    includesAll(
      await published(t, org, cursor, () => ok(t, 'PATCH', planUrl, [{ op: 'replace', path: '/status', value: 'COMPLETED', reason: 'PAID' }])),
      ['PaymentPlanStateChangeEvent'],
    );

    const contract = { id: randomUUID(), documents_contract_id: 'DOC-1', documents_owner_id: 'OWNER-1' };
    includesAll(await published(t, org, cursor, () => ok(t, 'POST', `${linePath(org, line.id)}/contracts`, contract, 201)), ['ContractCreateEvent']);

    const limits = `${linePath(org, line.id)}/credit_limits`;
    const limit = (value: number) => ({ credit_limits: [{ credit_limit_id: 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT', credit_limit_value: value, reason: 'customer request' }] });
    includesAll(await published(t, org, cursor, () => ok(t, 'POST', limits, limit(50), 201)), ['CreditLimitCreateEvent']);
    includesAll(await published(t, org, cursor, () => ok(t, 'POST', limits, limit(80), 201)), ['CreditLimitAttributeValueChangeEvent']);

    let request: any;
    includesAll(
      await published(t, org, cursor, async () => {
        request = await ok(t, 'POST', `${linePath(org, line.id)}/change_requests/tariff`, { specific_data: { catalogue_bundled_commercial_product_id: 'NEW_OFFER' }, reason: 'RETENTION', date_scheduled: inMs(YEAR_MS / 2) }, 201);
      }),
      ['ChangeRequestCreateEvent'],
    );
    includesAll(
      await published(t, org, cursor, () => ok(t, 'POST', `${linePath(org, line.id)}/change_requests/${request.id}/cancellation`, { reason: 'OTHER' })),
      ['ChangeRequestStateChangeEvent'],
    );
    const executed = await published(t, org, cursor, async () => {
      const now = await ok(t, 'POST', `${linePath(org, line.id)}/change_requests/tariff`, { specific_data: { catalogue_bundled_commercial_product_id: 'NEWER', catalogue_promotion_ids: ['WELCOME'] }, reason: 'RETENTION' }, 201);
      await eventually(async () => (await ok(t, 'GET', `${linePath(org, line.id)}/change_requests/${now.id}`)).status === 'COMPLETED', 'the tariff change to run');
    });
    includesAll(executed, ['ChangeRequestCreateEvent', 'ChangeRequestStateChangeEvent', 'BundleAttributeValueChangeEvent', 'PromotionCreateEvent']);
  });
});
