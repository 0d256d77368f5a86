import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { forEachDialect, type TestApp } from './helpers/app.js';
import { createDevice, createPaymentPlan, paymentPlanBody } from './helpers/devices.js';
import { activeLine, uniqueOrg } from './helpers/fixtures.js';
import { setupRequest } from './helpers/setup.js';

const cents = (amounts: number[]) => amounts.reduce((sum, amount) => sum + Math.round(amount * 100), 0);

async function financedDevice(t: TestApp, org: string, overrides: Record<string, unknown> = {}) {
  const { subscription } = await activeLine(t, org);
  const device = await createDevice(t, org, subscription.id, { acquisition_type: 'FINANCED', ...overrides });
  const plans = `/v2/orgs/${org}/subscriptions/${subscription.id}/devices/${device.id}/payment_plans`;
  return { subscription, device, plans };
}

forEachDialect('payment plans', (t) => {
  const org = uniqueOrg();

  test('POST …/payment_plans creates an ACTIVE plan whose instalments round down and leave the remainder to the last', async () => {
    const { plans } = await financedDevice(t, org);
    const response = await t.request('POST', plans, paymentPlanBody({ legacy_id: 12, end_date: 'ignored', instalments: [] }));
    assert.equal(response.status, 201);
    const plan = response.body;
    assert.equal(response.headers.location, `http://localhost:8080${plans}/${plan.id}`);
    assert.equal(response.headers.etag, '"1"');
    assert.equal(plan.status, 'ACTIVE');
    assert.equal(plan.currency, 'EUR');
    assert.equal(plan.legacy_id, 12);
    assert.equal(plan.total_amount, 100);
    assert.equal(plan.down_payment, 0);
    assert.equal(plan.instalments_count, 3);
    assert.equal(plan.start_date, '2030-01-15T10:00:00Z');
    assert.deepEqual(plan.instalments, [
      { number: 1, due_date: '2030-01-15T10:00:00Z', amount: 33.33 },
      { number: 2, due_date: '2030-02-15T10:00:00Z', amount: 33.33 },
      { number: 3, due_date: '2030-03-15T10:00:00Z', amount: 33.34 },
    ]);
    assert.equal(plan.end_date, '2030-03-15T10:00:00Z');
    assert.equal(plan.last_updated_date, plan.creation_date);
    assert.equal(Object.hasOwn(plan, 'device_id'), false);
  });

  test('POST …/payment_plans finances total − down payment exactly, in the given currency', async () => {
    const { subscription, device } = await financedDevice(t, org);
    const plan = await createPaymentPlan(t, org, subscription.id, device.id, {
      total_amount: 1099.99,
      down_payment: 100.5,
      instalments_count: 7,
      currency: 'USD',
    });
    assert.equal(plan.currency, 'USD');
    assert.equal(plan.down_payment, 100.5);
    const amounts = plan.instalments.map((instalment: { amount: number }) => instalment.amount);
    assert.deepEqual(amounts, [142.78, 142.78, 142.78, 142.78, 142.78, 142.78, 142.81]);
    assert.equal(cents(amounts), 109999 - 10050);
  });

  test('POST …/payment_plans clamps a 31st start day to the end of shorter months, keeping the time of day', async () => {
    const { plans } = await financedDevice(t, org);
    const response = await t.request('POST', plans, paymentPlanBody({ total_amount: 60, instalments_count: 4, start_date: '2031-01-31T09:30:15.500+01:00' }));
    assert.equal(response.status, 201);
    assert.deepEqual(
      response.body.instalments.map((instalment: { due_date: string }) => instalment.due_date),
      ['2031-01-31T08:30:15.500Z', '2031-02-28T08:30:15.500Z', '2031-03-31T08:30:15.500Z', '2031-04-30T08:30:15.500Z'],
    );
    assert.equal(response.body.start_date, '2031-01-31T08:30:15.500Z');
    assert.equal(response.body.end_date, '2031-04-30T08:30:15.500Z');
    const leap = await financedDevice(t, org);
    const leapPlan = await setupRequest(t, 201, 'POST', leap.plans, paymentPlanBody({ instalments_count: 13, start_date: '2031-12-31T00:00:00Z' }));
    const dueDates = leapPlan.instalments.map((instalment: { due_date: string }) => instalment.due_date);
    assert.equal(dueDates[2], '2032-02-29T00:00:00Z');
    assert.equal(dueDates[12], '2032-12-31T00:00:00Z');
    assert.equal(cents(leapPlan.instalments.map((instalment: { amount: number }) => instalment.amount)), 10000);
    assert.deepEqual(
      [leapPlan.instalments[0].amount, leapPlan.instalments[12].amount],
      [7.69, 7.72],
    );
  });

  test('POST …/payment_plans with 60 instalments of a few cents keeps the sum exact', async () => {
    const { plans } = await financedDevice(t, org);
    const response = await t.request('POST', plans, paymentPlanBody({ total_amount: 0.59, instalments_count: 60 }));
    assert.equal(response.status, 201);
    const amounts = response.body.instalments.map((instalment: { amount: number }) => instalment.amount);
    assert.equal(amounts.length, 60);
    assert.deepEqual(amounts.slice(0, 59), Array(59).fill(0));
    assert.equal(amounts[59], 0.59);
    assert.equal(response.body.end_date, '2034-12-15T10:00:00Z');
  });

  test('POST …/payment_plans rejects a body outside its rules with 400 BAD_REQUEST', async () => {
    const { plans } = await financedDevice(t, org);
    for (const [body, field] of [
      [paymentPlanBody({ instalments_count: 0 }), 'instalments_count'],
      [paymentPlanBody({ instalments_count: 61 }), 'instalments_count'],
      [paymentPlanBody({ instalments_count: 2.5 }), 'instalments_count'],
      [paymentPlanBody({ total_amount: 0 }), 'total_amount'],
      [paymentPlanBody({ total_amount: 10.001 }), 'total_amount'],
      [paymentPlanBody({ down_payment: 100 }), 'down_payment'],
      [paymentPlanBody({ down_payment: -1 }), 'down_payment'],
      [paymentPlanBody({ currency: 'eur' }), 'currency'],
      [paymentPlanBody({ currency: 'ABC' }), 'currency'],
      [paymentPlanBody({ start_date: '2030-01-15' }), 'start_date'],
      [paymentPlanBody({ status: 'COMPLETED' }), 'status'],
      [paymentPlanBody({ months: 3 }), 'months'],
      [{ total_amount: 100, instalments_count: 3 }, 'start_date'],
      [{ total_amount: 100, start_date: '2030-01-15T10:00:00Z' }, 'instalments_count'],
      [{ instalments_count: 3, start_date: '2030-01-15T10:00:00Z' }, 'total_amount'],
    ] as const) {
      const response = await t.request('POST', plans, body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, new RegExp(field), JSON.stringify(body));
    }
    const listed = await t.request('GET', plans);
    assert.deepEqual(listed.body, []);
  });

  test('POST …/payment_plans is 400 DEVICE_NOT_FINANCED for a device that is not FINANCED', async () => {
    for (const acquisition_type of ['BORROWED', 'ONE_TIME_PAYMENT', null]) {
      const { plans } = await financedDevice(t, org, { acquisition_type });
      const response = await t.request('POST', plans, paymentPlanBody());
      assert.equal(response.status, 400, String(acquisition_type));
      assert.equal(response.body.error.code, 'DEVICE_NOT_FINANCED');
    }
  });

  test('POST …/payment_plans is 409 PAYMENT_PLAN_ALREADY_ACTIVE while one is ACTIVE, and allowed again once it ended', async () => {
    const { plans } = await financedDevice(t, org);
    const first = await t.request('POST', plans, paymentPlanBody());
    const second = await t.request('POST', plans, paymentPlanBody({ total_amount: 200 }));
    assert.equal(second.status, 409);
    assert.equal(second.body.error.code, 'PAYMENT_PLAN_ALREADY_ACTIVE');
    const cancelled = await t.request('PATCH', `${plans}/${first.body.id}`, [{ op: 'replace', path: '/status', value: 'CANCELLED', reason: 'RENEGOTIATED' }]);
    assert.equal(cancelled.status, 200);
    await sleep(5);
    const third = await t.request('POST', plans, paymentPlanBody({ total_amount: 200 }));
    assert.equal(third.status, 201);
    const listed = await t.request('GET', plans);
    assert.equal(listed.status, 200);
    assert.deepEqual(
      listed.body.map((plan: { id: string; status: string }) => [plan.id, plan.status]),
      [
        [first.body.id, 'CANCELLED'],
        [third.body.id, 'ACTIVE'],
      ],
    );
  });

  test('POST …/payment_plans with an existing id replays the same body and is 409 ALREADY_EXISTS otherwise', async () => {
    const { plans } = await financedDevice(t, org);
    const body = paymentPlanBody({ id: randomUUID() });
    const first = await t.request('POST', plans, body);
    assert.equal(first.status, 201);
    const again = await t.request('POST', plans, body);
    assert.equal(again.status, 201, 'a retry is not refused by its own ACTIVE plan');
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.deepEqual(again.body, first.body);
    const other = await t.request('POST', plans, { ...body, total_amount: 300 });
    assert.equal(other.status, 409);
    assert.equal(other.body.error.code, 'ALREADY_EXISTS');
  });

  test('every payment-plan path answers SUBSCRIPTION_NOT_FOUND, then DEVICE_NOT_FOUND, then PAYMENT_PLAN_NOT_FOUND', async () => {
    const { subscription, device, plans } = await financedDevice(t, org);
    const plan = await createPaymentPlan(t, org, subscription.id, device.id);
    const { subscription: otherLine } = await activeLine(t, org);
    const cases: Array<[string, string, string]> = [
      [`/v2/orgs/${org}/subscriptions/${randomUUID()}/devices/${device.id}/payment_plans`, '', 'SUBSCRIPTION_NOT_FOUND'],
      [`/v2/orgs/${org}/subscriptions/${otherLine.id}/devices/${device.id}/payment_plans`, '', 'DEVICE_NOT_FOUND'],
      [`/v2/orgs/other-${org}/subscriptions/${subscription.id}/devices/${device.id}/payment_plans`, '', 'SUBSCRIPTION_NOT_FOUND'],
      [plans, `/${randomUUID()}`, 'PAYMENT_PLAN_NOT_FOUND'],
    ];
    for (const [collection, suffix, code] of cases) {
      const target = suffix === '' ? `/${plan.id}` : suffix;
      const answers = [
        await t.request('GET', `${collection}${target}`),
        await t.request('PATCH', `${collection}${target}`, [{ op: 'replace', path: '/legacy_id', value: 1 }]),
      ];
      if (suffix === '') answers.push(await t.request('GET', collection), await t.request('POST', collection, paymentPlanBody()));
      for (const answer of answers) {
        assert.equal(answer.status, 404, `${collection}${target}`);
        assert.equal(answer.body.error.code, code);
      }
    }
    const { device: secondDevice } = await financedDevice(t, org);
    const underOtherDevice = await t.request('GET', `/v2/orgs/${org}/subscriptions/${secondDevice.subscription_id}/devices/${secondDevice.id}/payment_plans/${plan.id}`);
    assert.equal(underOtherDevice.status, 404);
    assert.equal(underOtherDevice.body.error.code, 'PAYMENT_PLAN_NOT_FOUND');
  });

  test('GET …/payment_plans answers a bare array and refuses unknown query parameters; GET one honours If-None-Match', async () => {
    const { plans } = await financedDevice(t, org);
    const empty = await t.request('GET', plans);
    assert.equal(empty.status, 200);
    assert.deepEqual(empty.body, []);
    const plan = await setupRequest(t, 201, 'POST', plans, paymentPlanBody());
    const listed = await t.request('GET', plans);
    assert.deepEqual(listed.body, [plan]);
    const paged = await t.request('GET', `${plans}?limit=5`);
    assert.equal(paged.status, 400);
    assert.equal(paged.body.error.code, 'BAD_REQUEST');
    const one = await t.request('GET', `${plans}/${plan.id}`);
    assert.equal(one.status, 200);
    assert.deepEqual(one.body, plan);
    assert.equal(one.headers.etag, '"1"');
    const cached = await t.request('GET', `${plans}/${plan.id}`, undefined, { 'if-none-match': '"1"' });
    assert.equal(cached.status, 304);
  });

  test('PATCH …/payment_plans/{id} completes an ACTIVE plan with a reason; other transitions are 400 INVALID_PAYMENT_PLAN_STATUS', async () => {
    const { plans } = await financedDevice(t, org);
    const plan = await setupRequest(t, 201, 'POST', plans, paymentPlanBody());
    const url = `${plans}/${plan.id}`;
    const noReason = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'COMPLETED' }]);
    assert.equal(noReason.status, 400);
    assert.equal(noReason.body.error.code, 'BAD_REQUEST');
    assert.match(noReason.body.error.message, /reason/);
    const same = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'ACTIVE', reason: 'X' }]);
    assert.equal(same.status, 400);
    assert.equal(same.body.error.code, 'INVALID_PAYMENT_PLAN_STATUS');
    const unknown = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'PAUSED', reason: 'X' }]);
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.code, 'BAD_REQUEST');
    const stale = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'COMPLETED', reason: 'PAID' }], { 'if-match': '"9"' });
    assert.equal(stale.status, 412);

    await sleep(5);
    const completed = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'COMPLETED', reason: 'PAID_IN_FULL' }], { 'if-match': '"1"' });
    assert.equal(completed.status, 200);
    assert.equal(completed.body.status, 'COMPLETED');
    assert.equal(completed.headers.etag, '"2"');
    assert.ok(completed.body.last_updated_date > plan.last_updated_date);
    assert.deepEqual(completed.body.instalments, plan.instalments);

    const history = await t.request('GET', `${url}/status_history`);
    assert.equal(history.status, 200);
    assert.deepEqual(
      history.body.map((entry: { from: string | null; to: string; reason: string | null }) => [entry.from, entry.to, entry.reason]),
      [
        [null, 'ACTIVE', null],
        ['ACTIVE', 'COMPLETED', 'PAID_IN_FULL'],
      ],
    );

    for (const status of ['CANCELLED', 'ACTIVE', 'COMPLETED']) {
      const after = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: status, reason: 'X' }]);
      assert.equal(after.status, 400, status);
      assert.equal(after.body.error.code, 'INVALID_PAYMENT_PLAN_STATUS');
    }
  });

  test('a payment plan publishes PaymentPlanCreateEvent, then PaymentPlanStateChangeEvent when it completes', async () => {
    const eventsOrg = uniqueOrg();
    const { plans } = await financedDevice(t, eventsOrg);
    const plan = await setupRequest(t, 201, 'POST', plans, paymentPlanBody());
    await setupRequest(t, 200, 'PATCH', `${plans}/${plan.id}`, [{ op: 'replace', path: '/status', value: 'COMPLETED', reason: 'PAID' }]);
    const events = (await t.request('GET', `/v2/orgs/${eventsOrg}/events`)).body.items.filter(
      (event: { resource: { id: string } }) => event.resource.id === plan.id,
    );
    assert.deepEqual(
      events.map((event: { event_type: string }) => event.event_type),
      ['PaymentPlanCreateEvent', 'PaymentPlanStateChangeEvent'],
    );
    assert.equal(events[0].resource.href, `${plans}/${plan.id}`);
    assert.equal(events[1].payload.status, 'COMPLETED');
  });

  test('PATCH …/payment_plans/{id} changes /legacy_id in any status and refuses the computed fields', async () => {
    const { plans } = await financedDevice(t, org);
    const plan = await setupRequest(t, 201, 'POST', plans, paymentPlanBody());
    const url = `${plans}/${plan.id}`;
    const cancelled = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'CANCELLED', reason: 'RETURNED' }]);
    assert.equal(cancelled.body.status, 'CANCELLED');
    const relinked = await t.request('PATCH', url, [{ op: 'replace', path: '/legacy_id', value: 4242 }]);
    assert.equal(relinked.status, 200);
    assert.equal(relinked.body.legacy_id, 4242);
    assert.equal(relinked.body.status, 'CANCELLED');
    for (const path of ['/total_amount', '/instalments', '/end_date', '/currency', '/id']) {
      const response = await t.request('PATCH', url, [{ op: 'replace', path, value: 1 }]);
      assert.equal(response.status, 400, path);
      assert.equal(response.body.error.code, 'PATCH_PATH_NOT_ALLOWED');
    }
  });
});
