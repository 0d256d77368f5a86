import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { forEachDialect } from './helpers/app.js';
import { activeLine, createBundle, createMobile, imsi, msisdn, uniqueOrg } from './helpers/fixtures.js';
import { createBroadband, createLandline } from './helpers/lines.js';
import { setupRequest } from './helpers/setup.js';

/** The rules of a line's creation, its type data and its cascades (API.md 2–3) that subscriptions.test.ts leaves out. */

/** A distinct 19-digit ICCID with its Luhn check digit. */
function iccid(): string {
  const body = `89340${String(Date.now()).slice(-7)}${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`;
  const sum = [...body].reverse().reduce((total, digit, index) => {
    const value = Number(digit) * (index % 2 === 0 ? 2 : 1);
    return total + (value > 9 ? value - 9 : value);
  }, 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

forEachDialect('subscription rules', (t) => {
  const org = uniqueOrg();
  const lines = `/v2/orgs/${org}/subscriptions`;
  const inBundle = (bundleId: string, segment: string) => `/v2/orgs/${org}/bundles/${bundleId}/subscriptions/${segment}`;
  const multisim = (bundleId: string, specific_data: Record<string, unknown>, status = 'ACTIVE') =>
    t.request('POST', inBundle(bundleId, 'multisim'), { catalogue_commercial_product_id: 'MULTI', status, specific_data });

  // ── Creation ────────────────────────────────────────────────────────────────────────────────────

  test('a line created without optional fields takes its defaults: PRE_ACTIVE without activation_date, the bundle\'s accounts, not mandatory', async () => {
    const bundle = await createBundle(t, org, { legacy_account_id: 777, account_id: 'ACC-DEFAULTS' });
    const line = await t.request('POST', inBundle(bundle.id, 'mobile'), { catalogue_commercial_product_id: 'MOBILE_UNLIMITED', specific_data: { msisdn: msisdn(), imsi: imsi() } });
    assert.equal(line.status, 201, JSON.stringify(line.body));
    const { body } = line;
    assert.equal(body.status, 'PRE_ACTIVE');
    assert.equal(body.activation_date, null);
    assert.equal(body.account_id, 'ACC-DEFAULTS');
    assert.equal(body.legacy_account_id, 777);
    assert.equal(body.mandatory, false);
    assert.equal(body.legacy_id, null);
    assert.equal(body.pre_scoring_id, null);
    assert.equal(body.bundle_id, bundle.id);
    assert.equal(body.type, 'MOBILE');
    assert.equal(body.last_status_reason, 'SUBSCRIPTION_ADDED_TO_BUNDLE');
    assert.equal(body.legacy_bundle_id, 1000, "the bundle's legacy id is embedded");
    assert.deepEqual([body.promotions, body.add_ons, body.devices], [[], [], []]);
    const read = await t.request('GET', `${lines}/${body.id}`);
    assert.deepEqual(read.body, body, 'the create answers what GET reads');

    const own = await t.request('POST', inBundle(bundle.id, 'mobile'), {
      id: randomUUID().toUpperCase(),
      catalogue_commercial_product_id: 'MOBILE_UNLIMITED',
      status: 'ACTIVE',
      mandatory: true,
      legacy_id: 31,
      legacy_account_id: 778,
      pre_scoring_id: 'PS-1',
      account_id: 'ACC-DEFAULTS',
      activation_date: '2024-02-01T10:00:00Z',
      specific_data: { msisdn: msisdn(), imsi: imsi() },
    });
    assert.equal(own.status, 201, JSON.stringify(own.body));
    assert.equal(own.body.id, own.body.id.toLowerCase());
    assert.deepEqual(
      [own.body.mandatory, own.body.legacy_id, own.body.legacy_account_id, own.body.pre_scoring_id, own.body.activation_date],
      [true, 31, 778, 'PS-1', '2024-02-01T10:00:00Z'],
    );
  });

  test('an ACTIVE line created without activation_date is activated now; a future activation_date, another account or a DEACTIVATED bundle is refused', async () => {
    const bundle = await createBundle(t, org);
    const now = await t.request('POST', inBundle(bundle.id, 'mobile'), { catalogue_commercial_product_id: 'M', status: 'ACTIVE', specific_data: { msisdn: msisdn(), imsi: imsi() } });
    assert.equal(now.status, 201, JSON.stringify(now.body));
    assert.ok(Math.abs(Date.parse(now.body.activation_date) - Date.now()) < 60_000, now.body.activation_date);
    const refusals: Array<[Record<string, unknown>, number, string, RegExp]> = [
      [{ status: 'ACTIVE', activation_date: new Date(Date.now() + 3_600_000).toISOString() }, 400, 'BAD_REQUEST', /activation_date must not be in the future/],
      [{ account_id: 'ACC-OTHER' }, 400, 'BAD_REQUEST', /account_id ACC-OTHER differs from the bundle's account ACC-1/],
    ];
    for (const [fields, status, code, message] of refusals) {
      const refused = await t.request('POST', inBundle(bundle.id, 'mobile'), { catalogue_commercial_product_id: 'M', specific_data: { msisdn: msisdn(), imsi: imsi() }, ...fields });
      assert.equal(refused.status, status, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, code);
      assert.match(refused.body.error.message, message);
    }
    const closed = await createBundle(t, org);
    await setupRequest(t, 200, 'PATCH', `/v2/orgs/${org}/bundles/${closed.id}`, [{ op: 'replace', path: '/status', value: 'DEACTIVATED' }]);
    const onClosed = await t.request('POST', inBundle(closed.id, 'mobile'), { catalogue_commercial_product_id: 'M', specific_data: { msisdn: msisdn(), imsi: imsi() } });
    assert.equal(onClosed.status, 400, JSON.stringify(onClosed.body));
    assert.equal(onClosed.body.error.code, 'INVALID_BUNDLE_STATUS');
    const list = await t.request('GET', `/v2/orgs/${org}/bundles/${closed.id}/subscriptions`);
    assert.equal(list.body.total, 0, 'nothing created');
  });

  test('a line created with its children creates each of them, embedded in the answer', async () => {
    const bundle = await createBundle(t, org);
    const created = await t.request('POST', inBundle(bundle.id, 'mobile'), {
      catalogue_commercial_product_id: 'M',
      status: 'ACTIVE',
      specific_data: { msisdn: msisdn(), imsi: imsi() },
      promotions: [{ id: randomUUID(), catalogue_promotion_id: 'PROMO_20_OFF', status: 'REQUESTED' }],
      add_ons: [],
      devices: [{ catalogue_commercial_device_id: 'IPHONE_15', legacy_account_id: 555 }],
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.promotions.length, 1);
    assert.equal(created.body.add_ons.length, 0);
    assert.equal(created.body.devices.length, 1);
    const promotion = await t.request('GET', `${lines}/${created.body.id}/promotions/${created.body.promotions[0].id}`);
    assert.equal(promotion.status, 200);
  });

  test('a create replayed with the same id and body answers the line again; with another body it is 409 ALREADY_EXISTS', async () => {
    const bundle = await createBundle(t, org);
    const body = { id: randomUUID(), catalogue_commercial_product_id: 'M', status: 'ACTIVE', specific_data: { msisdn: msisdn(), imsi: imsi() } };
    const first = await t.request('POST', inBundle(bundle.id, 'mobile'), body);
    assert.equal(first.status, 201, JSON.stringify(first.body));
    assert.equal(first.headers['idempotent-replayed'], undefined);
    const replay = await t.request('POST', inBundle(bundle.id, 'mobile'), body);
    assert.equal(replay.status, 201, JSON.stringify(replay.body));
    assert.equal(replay.headers['idempotent-replayed'], 'true', 'the replay says so');
    assert.deepEqual(replay.body, first.body);
    const other = await t.request('POST', inBundle(bundle.id, 'mobile'), { ...body, catalogue_commercial_product_id: 'OTHER' });
    assert.equal(other.status, 409, JSON.stringify(other.body));
    assert.equal(other.body.error.code, 'ALREADY_EXISTS');
  });

  test("a line of a bundle without legacy_id embeds legacy_bundle_id null; an unknown line is 404 SUBSCRIPTION_NOT_FOUND to PATCH and deactivation", async () => {
    const bundle = await createBundle(t, org, { legacy_id: undefined });
    assert.equal(bundle.legacy_id, null);
    const line = await createMobile(t, org, bundle.id);
    assert.equal(line.legacy_bundle_id, null);
    assert.equal((await t.request('GET', `${lines}/${line.id}`)).body.legacy_bundle_id, null);
    const unknown = randomUUID();
    for (const [method, url, body] of [
      ['PATCH', `${lines}/${unknown}`, [{ op: 'replace', path: '/legacy_id', value: 1 }]],
      ['POST', `${lines}/${unknown}/deactivation`, { reason: 'OTHER' }],
    ] as const) {
      const missing = await t.request(method, url, body);
      assert.equal(missing.status, 404, `${method} ${url}: ${JSON.stringify(missing.body)}`);
      assert.equal(missing.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    }
  });

  test("PATCH replace /specific_data takes the whole type data, checked; a deactivation's operation targets the line's href", async () => {
    const { subscription } = await activeLine(t, org);
    const whole = { ...subscription.specific_data, sim_type: 'ESIM' };
    const replaced = await t.request('PATCH', `${lines}/${subscription.id}`, [{ op: 'replace', path: '/specific_data', value: whole }]);
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.equal(replaced.body.specific_data.sim_type, 'ESIM');
    const accepted = await t.request('POST', `${lines}/${subscription.id}/deactivation`, { reason: 'OTHER', deactivation_date: new Date(Date.now() + 3_600_000).toISOString() });
    assert.equal(accepted.status, 202, JSON.stringify(accepted.body));
    assert.deepEqual(accepted.body.target, { kind: 'SUBSCRIPTION', id: subscription.id, subscription_id: subscription.id, href: `${lines}/${subscription.id}` });
  });

  // ── Identifiers held by live lines ──────────────────────────────────────────────────────────────

  test('an IMSI or ICCID of a live MOBILE line is refused to a live MULTISIM line and the other way round (IMSI_IN_USE, ICCID_IN_USE); an MSISDN only between MOBILE lines', async () => {
    const bundle = await createBundle(t, org);
    const sharedIccid = iccid();
    const main = await createMobile(t, org, bundle.id, { specific_data: { msisdn: msisdn(), imsi: imsi(), iccid: sharedIccid } });
    const takenImsi = await multisim(bundle.id, { main: main.id, imsi: main.specific_data.imsi });
    assert.equal(takenImsi.status, 409, JSON.stringify(takenImsi.body));
    assert.equal(takenImsi.body.error.code, 'IMSI_IN_USE');
    assert.match(takenImsi.body.error.message, new RegExp(`imsi ${main.specific_data.imsi} is held by the live line ${main.id}`));
    const takenIccid = await multisim(bundle.id, { main: main.id, imsi: imsi(), iccid: sharedIccid });
    assert.equal(takenIccid.status, 409, JSON.stringify(takenIccid.body));
    assert.equal(takenIccid.body.error.code, 'ICCID_IN_USE');

    const sim = await multisim(bundle.id, { main: main.id, imsi: imsi(), iccid: iccid() });
    assert.equal(sim.status, 201, JSON.stringify(sim.body));
    const mobileWithSimImsi = await t.request('POST', inBundle(bundle.id, 'mobile'), { catalogue_commercial_product_id: 'M', status: 'ACTIVE', specific_data: { msisdn: msisdn(), imsi: sim.body.specific_data.imsi } });
    assert.equal(mobileWithSimImsi.status, 409, JSON.stringify(mobileWithSimImsi.body));
    assert.equal(mobileWithSimImsi.body.error.code, 'IMSI_IN_USE');
    const mobileWithSimIccid = await t.request('POST', inBundle(bundle.id, 'mobile'), { catalogue_commercial_product_id: 'M', status: 'ACTIVE', specific_data: { msisdn: msisdn(), imsi: imsi(), iccid: sim.body.specific_data.iccid } });
    assert.equal(mobileWithSimIccid.status, 409, JSON.stringify(mobileWithSimIccid.body));
    assert.equal(mobileWithSimIccid.body.error.code, 'ICCID_IN_USE');
    const secondSim = await multisim(bundle.id, { main: main.id, imsi: imsi() });
    assert.equal(secondSim.status, 201, 'two MULTISIM lines share their main line\'s MSISDN');
  });

  test('a PRE_ACTIVE line holding a live line\'s MSISDN is refused when it becomes ACTIVE by PATCH, and accepted once the number is free', async () => {
    const { subscription: holder } = await activeLine(t, org);
    const bundle = await createBundle(t, org);
    const waiting = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE', specific_data: { msisdn: holder.specific_data.msisdn, imsi: imsi() } });
    const refused = await t.request('PATCH', `${lines}/${waiting.id}`, [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
    assert.equal(refused.status, 409, JSON.stringify(refused.body));
    assert.equal(refused.body.error.code, 'MSISDN_IN_USE');
    assert.equal((await t.request('GET', `${lines}/${waiting.id}`)).body.status, 'PRE_ACTIVE');
    const renumbered = await t.request('PATCH', `${lines}/${waiting.id}`, [{ op: 'replace', path: '/specific_data/msisdn', value: msisdn() }]);
    assert.equal(renumbered.status, 200, JSON.stringify(renumbered.body));
    const activated = await t.request('PATCH', `${lines}/${waiting.id}`, [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
    assert.equal(activated.status, 200, JSON.stringify(activated.body));
    const taking = await t.request('PATCH', `${lines}/${waiting.id}`, [{ op: 'replace', path: '/specific_data/msisdn', value: holder.specific_data.msisdn }]);
    assert.equal(taking.status, 409, 'a live line cannot take a live line\'s number by PATCH either');
    assert.equal(taking.body.error.code, 'MSISDN_IN_USE');
  });

  test('PATCH /activation_date is allowed only with PRE_ACTIVE → ACTIVE, and not in the future', async () => {
    const bundle = await createBundle(t, org);
    const waiting = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const alone = await t.request('PATCH', `${lines}/${waiting.id}`, [{ op: 'replace', path: '/activation_date', value: '2024-01-01T00:00:00Z' }]);
    assert.equal(alone.status, 400, JSON.stringify(alone.body));
    assert.equal(alone.body.error.code, 'PATCH_PATH_NOT_ALLOWED');
    assert.match(alone.body.error.message, /only together with the PRE_ACTIVE → ACTIVE transition/);
    const future = await t.request('PATCH', `${lines}/${waiting.id}`, [
      { op: 'replace', path: '/status', value: 'ACTIVE' },
      { op: 'replace', path: '/activation_date', value: new Date(Date.now() + 3_600_000).toISOString() },
    ]);
    assert.equal(future.status, 400, JSON.stringify(future.body));
    assert.match(future.body.error.message, /activation_date must not be in the future/);
    const activated = await t.request('PATCH', `${lines}/${waiting.id}`, [
      { op: 'replace', path: '/status', value: 'ACTIVE' },
      { op: 'replace', path: '/activation_date', value: '2024-01-01T00:00:00Z' },
    ]);
    assert.equal(activated.status, 200, JSON.stringify(activated.body));
    assert.equal(activated.body.activation_date, '2024-01-01T00:00:00Z');
    const later = await t.request('PATCH', `${lines}/${waiting.id}`, [{ op: 'replace', path: '/activation_date', value: '2024-02-01T00:00:00Z' }]);
    assert.equal(later.status, 400);
    assert.equal(later.body.error.code, 'PATCH_PATH_NOT_ALLOWED');
    for (const [path, value] of [['/mandatory', true], ['/catalogue_commercial_product_id', 'MOBILE_MAX'], ['/pre_scoring_id', 'PS-9'], ['/legacy_id', 99]] as const) {
      const patched = await t.request('PATCH', `${lines}/${waiting.id}`, [{ op: 'replace', path, value }]);
      assert.equal(patched.status, 200, `${path}: ${JSON.stringify(patched.body)}`);
      assert.equal(patched.body[path.slice(1)], value);
    }
  });

  // ── Type data checked against other lines ───────────────────────────────────────────────────────

  test('a MULTISIM line\'s main must be a PRE_ACTIVE, ACTIVE or SUSPENDED MOBILE line of its own bundle (INVALID_MAIN_SUBSCRIPTION)', async () => {
    const bundle = await createBundle(t, org);
    const main = await createMobile(t, org, bundle.id);
    const elsewhere = await createBundle(t, org);
    const otherBundleMain = await createMobile(t, org, elsewhere.id);
    const landline = await createLandline(t, org, bundle.id);
    const cancelled = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    await setupRequest(t, 200, 'PATCH', `${lines}/${cancelled.id}`, [{ op: 'replace', path: '/status', value: 'CANCELLED' }]);
    for (const wrong of [otherBundleMain.id, landline.id, cancelled.id, randomUUID()]) {
      const refused = await multisim(bundle.id, { main: wrong, imsi: imsi() });
      assert.equal(refused.status, 400, `${wrong}: ${JSON.stringify(refused.body)}`);
      assert.equal(refused.body.error.code, 'INVALID_MAIN_SUBSCRIPTION');
      assert.match(refused.body.error.message, new RegExp(`main ${wrong} is not a PRE_ACTIVE, ACTIVE or SUSPENDED MOBILE line of bundle ${bundle.id}`));
    }
    const suspended = await createMobile(t, org, bundle.id);
    await setupRequest(t, 200, 'PATCH', `${lines}/${suspended.id}`, [{ op: 'replace', path: '/status', value: 'SUSPENDED' }]);
    for (const good of [main.id, suspended.id]) {
      const accepted = await multisim(bundle.id, { main: good, imsi: imsi() });
      assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
    }
  });

  test('a LANDLINE\'s linked_broadband_id must be a BROADBAND line of its own bundle, on create and on PATCH', async () => {
    const bundle = await createBundle(t, org);
    const broadband = await createBroadband(t, org, bundle.id);
    const elsewhere = await createBundle(t, org);
    const otherBroadband = await createBroadband(t, org, elsewhere.id);
    const mobile = await createMobile(t, org, bundle.id);
    for (const wrong of [otherBroadband.id, mobile.id, randomUUID()]) {
      const refused = await t.request('POST', inBundle(bundle.id, 'landline'), { catalogue_commercial_product_id: 'L', specific_data: { phone_number: '912345678', linked_broadband_id: wrong } });
      assert.equal(refused.status, 400, `${wrong}: ${JSON.stringify(refused.body)}`);
      assert.match(refused.body.error.message, new RegExp(`specific_data.linked_broadband_id ${wrong} is not a BROADBAND subscription of bundle ${bundle.id}`));
    }
    const linked = await t.request('POST', inBundle(bundle.id, 'landline'), { catalogue_commercial_product_id: 'L', specific_data: { phone_number: '912345678', linked_broadband_id: broadband.id } });
    assert.equal(linked.status, 201, JSON.stringify(linked.body));
    assert.equal(linked.body.specific_data.linked_broadband_id, broadband.id);
    const relinked = await t.request('PATCH', `${lines}/${linked.body.id}`, [{ op: 'replace', path: '/specific_data/linked_broadband_id', value: otherBroadband.id }]);
    assert.equal(relinked.status, 400, JSON.stringify(relinked.body));
    assert.equal((await t.request('GET', `${lines}/${linked.body.id}`)).body.specific_data.linked_broadband_id, broadband.id);
  });

  // ── The main line's number and end ──────────────────────────────────────────────────────────────

  test('a MULTISIM line follows its main line\'s MSISDN when the main line is renumbered, and is found by the new number', async () => {
    const bundle = await createBundle(t, org);
    const main = await createMobile(t, org, bundle.id);
    const sims = [];
    for (let i = 0; i < 2; i++) {
      const sim = await multisim(bundle.id, { main: main.id, imsi: imsi() });
      assert.equal(sim.status, 201, JSON.stringify(sim.body));
      sims.push(sim.body);
    }
    const other = await createMobile(t, org, bundle.id);
    const otherSim = await multisim(bundle.id, { main: other.id, imsi: imsi() });
    assert.equal(otherSim.status, 201);
    const renumber = msisdn();
    const renumbered = await t.request('PATCH', `${lines}/${main.id}`, [{ op: 'replace', path: '/specific_data/msisdn', value: renumber }]);
    assert.equal(renumbered.status, 200, JSON.stringify(renumbered.body));
    const number = renumbered.body.specific_data.msisdn;
    for (const sim of sims) {
      const read = await t.request('GET', `${lines}/${sim.id}`);
      assert.equal(read.body.specific_data.msisdn, number, 'the MULTISIM line carries the new number');
      assert.equal(read.headers.etag, '"2"');
    }
    const unchanged = await t.request('GET', `${lines}/${otherSim.body.id}`);
    assert.equal(unchanged.body.specific_data.msisdn, other.specific_data.msisdn, "another main line's MULTISIM keeps its number");
    assert.equal(unchanged.headers.etag, '"1"');
    const found = await t.request('GET', `${lines}/multisim?msisdn=${encodeURIComponent(number)}`);
    assert.equal(found.status, 200, JSON.stringify(found.body));
    assert.deepEqual(found.body.items.map((line: { id: string }) => line.id).sort(), sims.map((sim) => sim.id).sort());
    const legacy = await t.request('PATCH', `${lines}/${main.id}`, [{ op: 'replace', path: '/legacy_id', value: 5 }]);
    assert.equal(legacy.status, 200);
    assert.equal((await t.request('GET', `${lines}/${sims[0].id}`)).headers.etag, '"2"', 'another change of the main line leaves its MULTISIM lines as they are');
  });

  test("a main line's deactivation deactivates its live MULTISIM lines and cancels its PRE_ACTIVE ones, leaving ended ones", async () => {
    const bundle = await createBundle(t, org);
    const main = await createMobile(t, org, bundle.id);
    const live = await multisim(bundle.id, { main: main.id, imsi: imsi() });
    const waiting = await multisim(bundle.id, { main: main.id, imsi: imsi() }, 'PRE_ACTIVE');
    const ended = await multisim(bundle.id, { main: main.id, imsi: imsi() }, 'PRE_ACTIVE');
    for (const created of [live, waiting, ended]) assert.equal(created.status, 201, JSON.stringify(created.body));
    const cancelled = await setupRequest(t, 200, 'PATCH', `${lines}/${ended.body.id}`, [{ op: 'replace', path: '/status', value: 'CANCELLED' }]);
    const accepted = await setupRequest(t, 202, 'POST', `${lines}/${main.id}/deactivation`, { reason: 'NON_PAYMENT' });
    assert.equal((await t.waitForOperation(org, accepted.id)).status, 'SUCCEEDED');
    const deactivated = await t.request('GET', `${lines}/${live.body.id}`);
    assert.equal(deactivated.body.status, 'DEACTIVATED');
    const cancelledNow = await t.request('GET', `${lines}/${waiting.body.id}`);
    assert.equal(cancelledNow.body.status, 'CANCELLED');
    assert.equal(cancelledNow.body.last_status_reason, 'SUBSCRIPTION_DEACTIVATION');
    const history = await t.request('GET', `${lines}/${waiting.body.id}/status_history`);
    assert.equal(history.body.at(-1).to, 'CANCELLED');
    assert.equal(history.body.at(-1).operation_id, accepted.id);
    const stillCancelled = await t.request('GET', `${lines}/${ended.body.id}`);
    assert.deepEqual(stillCancelled.body, cancelled, 'an ended MULTISIM line is not changed');
  });

  // ── Deactivation requests ───────────────────────────────────────────────────────────────────────

  test('a deactivation dated before the activation, or of a line that is not live, is refused; one scheduled for a line that ended since fails', async () => {
    const { subscription } = await activeLine(t, org, { activation_date: '2024-03-01T00:00:00Z' });
    const early = await t.request('POST', `${lines}/${subscription.id}/deactivation`, { reason: 'OTHER', deactivation_date: '2024-02-01T00:00:00Z' });
    assert.equal(early.status, 400, JSON.stringify(early.body));
    assert.match(early.body.error.message, /deactivation_date must not be before the activation_date/);
    const bundle = await createBundle(t, org);
    const waiting = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const notLive = await t.request('POST', `${lines}/${waiting.id}/deactivation`, { reason: 'OTHER' });
    assert.equal(notLive.status, 400, JSON.stringify(notLive.body));
    assert.equal(notLive.body.error.code, 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_DEACTIVATION');
    const onTime = await t.request('POST', `${lines}/${subscription.id}/deactivation`, { reason: 'OTHER', deactivation_date: '2024-03-01T00:00:00Z' });
    assert.equal(onTime.status, 202, JSON.stringify(onTime.body));
    const done = await t.waitForOperation(org, onTime.body.id);
    assert.equal(done.status, 'SUCCEEDED');
    const read = await t.request('GET', `${lines}/${subscription.id}`);
    assert.equal(read.body.status, 'DEACTIVATED');
    assert.equal(read.body.deactivation_date, '2024-03-01T00:00:00Z', 'ended at the date asked');
    assert.equal(read.body.last_status_reason, 'OTHER');

    const main = await createMobile(t, org, bundle.id);
    const sim = await multisim(bundle.id, { main: main.id, imsi: imsi() });
    assert.equal(sim.status, 201, JSON.stringify(sim.body));
    const scheduled = await setupRequest(t, 202, 'POST', `${lines}/${sim.body.id}/deactivation`, { reason: 'OTHER', deactivation_date: new Date(Date.now() + 1500).toISOString() });
    const mainEnds = await setupRequest(t, 202, 'POST', `${lines}/${main.id}/deactivation`, { reason: 'NON_PAYMENT' });
    assert.equal((await t.waitForOperation(org, mainEnds.id)).status, 'SUCCEEDED');
    const simEnded = await t.request('GET', `${lines}/${sim.body.id}`);
    assert.equal(simEnded.body.status, 'DEACTIVATED', 'ended with its main line');
    const failed = await t.waitForOperation(org, scheduled.id);
    assert.equal(failed.status, 'FAILED', JSON.stringify(failed));
    assert.equal(failed.error.code, 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_DEACTIVATION');
    const unchanged = await t.request('GET', `${lines}/${sim.body.id}`);
    assert.deepEqual(unchanged.body, simEnded.body, 'the failed operation changes nothing');
  });

  // ── MSISDN prefix search ────────────────────────────────────────────────────────────────────────

  test('?msisdn_prefix needs 6 to 15 digits of a mobile number, and a prefix ending in 9 still finds its lines', async () => {
    const bundle = await createBundle(t, org);
    const number = `6${String(Date.now()).slice(-5)}999`;
    const line = await createMobile(t, org, bundle.id, { specific_data: { msisdn: number, imsi: imsi() } });
    for (const bad of ['61122', '+3461', '0034', '1234567', 'abcdefg', '+3461122334455667']) {
      const refused = await t.request('GET', `${lines}/mobile?msisdn_prefix=${encodeURIComponent(bad)}`);
      assert.equal(refused.status, 400, `${bad}: ${JSON.stringify(refused.body)}`);
      assert.match(refused.body.error.message, /msisdn_prefix must be the first 6 to 15 digits of an MSISDN/);
    }
    const longest = await t.request('GET', `${lines}/mobile?msisdn_prefix=${encodeURIComponent('+346112233445566')}`);
    assert.equal(longest.status, 200, `15 digits, the longest E.164 number, is a prefix: ${JSON.stringify(longest.body)}`);
    for (const prefix of [number.slice(0, 9), `+34${number.slice(0, 9)}`, `0034${number.slice(0, 7)}`, `34${number.slice(0, 6)}`, `(${number.slice(0, 3)}) ${number.slice(3, 6)}-${number.slice(6, 8)}`]) {
      const found = await t.request('GET', `${lines}/mobile?msisdn_prefix=${encodeURIComponent(prefix)}`);
      assert.equal(found.status, 200, `${prefix}: ${JSON.stringify(found.body)}`);
      assert.ok(found.body.items.some((item: { id: string }) => item.id === line.id), `${prefix} finds the line`);
    }
    const notIt = await t.request('GET', `${lines}/mobile?msisdn_prefix=${number.slice(0, 5)}${(Number(number[5]) + 1) % 10}99`);
    assert.equal(notIt.status, 200);
    assert.ok(!notIt.body.items.some((item: { id: string }) => item.id === line.id), 'a neighbouring prefix does not');
  });
});
