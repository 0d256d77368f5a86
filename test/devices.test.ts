import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { forEachDialect } from './helpers/app.js';
import { createDevice, deviceBody, uniqueMac } from './helpers/devices.js';
import { activeLine, createBundle, createMobile, imsi, msisdn, uniqueOrg } from './helpers/fixtures.js';
import { assertDocumentedResponses, seedErrorRows, SUBSCRIPTION_NOT_FOUND_TEXT } from './helpers/openapi.js';
import { setupRequest } from './helpers/setup.js';

const MAC_FORMS = ['00-B0-D0-63-C2-26', '00:b0:d0:63:c2:26', '00b0.d063.c226'];

forEachDialect('devices', (t) => {
  const org = uniqueOrg();
  const devicesOf = (subscriptionId: string) => `/v2/orgs/${org}/subscriptions/${subscriptionId}/devices`;

  test('POST …/devices and a line create refuse a server field of the wrong type in a device or its commitments (400 naming the field)', async () => {
    const { bundle, subscription } = await activeLine(t, org);
    for (const [device, path] of [
      [{ creation_date: 1 }, '/creation_date'],
      [{ subscription_id: 'not-a-uuid' }, '/subscription_id'],
      [{ commitments: [{ cancellation_date: 1 }] }, '/commitments/0/cancellation_date'],
    ] as Array<[Record<string, unknown>, string]>) {
      const response = await t.request('POST', devicesOf(subscription.id), deviceBody(device));
      assert.equal(response.status, 400, `${JSON.stringify(device)}: ${JSON.stringify(response.body)}`);
      assert.ok(response.body.error.details.some((detail: { path: string }) => detail.path === path), `${path}: ${JSON.stringify(response.body.error.details)}`);
    }
    const line = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, {
      catalogue_commercial_product_id: 'MOB',
      specific_data: { msisdn: msisdn(), imsi: imsi() },
      creation_date: 17,
    });
    assert.equal(line.status, 400, JSON.stringify(line.body));
    assert.ok(line.body.error.details.some((detail: { path: string }) => detail.path === '/creation_date'), JSON.stringify(line.body.error.details));
  });

  test('POST …/devices adds a device with its commitments, stamps and every field present', async () => {
    const { subscription } = await activeLine(t, org);
    const body = deviceBody({
      legacy_id: 77,
      catalogue_device_id: 'DEV-1',
      in_store_delivery_date: '2024-03-01T10:00:00.000+01:00',
      manufacturing_info: { id_type: 'IMEI', id: '356938035643809' },
      serial_number: '  SN-TRIM-1  ',
      mac_address: 'AA-BB-CC-DD-EE-01',
      imei: '356938035643809',
      acquisition_type: 'FINANCED',
      insurable_amount: 899.99,
      commitments: [{ catalogue_term_id: 'TERM_24M', expiration_date: '2031-01-01T00:00:00Z' }],
      creation_date: '2000-01-01T00:00:00Z',
      subscription_id: randomUUID(),
    });
    const response = await t.request('POST', devicesOf(subscription.id), body);
    assert.equal(response.status, 201);
    const device = response.body;
    assert.equal(response.headers.location, `http://localhost:8080/v2/orgs/${org}/subscriptions/${subscription.id}/devices/${device.id}`);
    assert.equal(response.headers.etag, '"1"');
    assert.equal(device.subscription_id, subscription.id);
    assert.equal(device.legacy_id, 77);
    assert.equal(device.mac_address, 'AA-BB-CC-DD-EE-01', 'returned as sent');
    assert.equal(device.serial_number, 'SN-TRIM-1');
    assert.equal(device.in_store_delivery_date, '2024-03-01T09:00:00Z');
    assert.equal(device.insurable_amount, 899.99);
    assert.deepEqual(device.manufacturing_info, { id_type: 'IMEI', id: '356938035643809' });
    assert.notEqual(device.creation_date, '2000-01-01T00:00:00Z');
    assert.equal(device.last_updated_date, device.creation_date);
    for (const field of ['reservation_id', 'signature_process_id', 'shipping_order_id', 'pickup_order_id', 'in_store_returned_date']) {
      assert.equal(device[field], null, field);
    }
    assert.equal(device.commitments.length, 1);
    const [commitment] = device.commitments;
    assert.equal(commitment.status, 'ACTIVE');
    assert.equal(commitment.catalogue_term_id, 'TERM_24M');
    assert.equal(commitment.start_date, device.creation_date, "a device's commitment binds from the device's creation");
    assert.equal(commitment.expiration_date, '2031-01-01T00:00:00Z');
  });

  test('POST …/devices requires catalogue_commercial_device_id and legacy_account_id and refuses unknown fields', async () => {
    const { subscription } = await activeLine(t, org);
    for (const [body, field] of [
      [{ legacy_account_id: 555 }, 'catalogue_commercial_device_id'],
      [{ catalogue_commercial_device_id: 'X' }, 'legacy_account_id'],
      [deviceBody({ colour: 'red' }), 'colour'],
      [deviceBody({ acquisition_type: 'STOLEN' }), 'acquisition_type'],
    ] as const) {
      const response = await t.request('POST', devicesOf(subscription.id), body);
      assert.equal(response.status, 400, field);
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, new RegExp(field));
    }
  });

  test('POST …/devices rejects a malformed MAC address, a blank serial number and an insurable_amount with 3 decimals', async () => {
    const { subscription } = await activeLine(t, org);
    for (const [overrides, field] of [
      [{ mac_address: '00:b0:d0:63:c2' }, 'mac_address'],
      [{ mac_address: '00:b0-d0:63:c2:26' }, 'mac_address'],
      [{ mac_address: 'zz:b0:d0:63:c2:26' }, 'mac_address'],
      [{ serial_number: '   ' }, 'serial_number'],
      [{ serial_number: 'SN\u00001' }, 'serial_number'],
      [{ insurable_amount: 10.001 }, 'insurable_amount'],
    ] as const) {
      const response = await t.request('POST', devicesOf(subscription.id), deviceBody(overrides));
      assert.equal(response.status, 400, JSON.stringify(overrides));
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, new RegExp(field));
    }
    const listed = await t.request('GET', devicesOf(subscription.id));
    assert.deepEqual(listed.body, []);
  });

  test('POST …/devices accepts the 16-digit EUI-64 and bare forms of a MAC address', async () => {
    const { subscription } = await activeLine(t, org);
    for (const mac of ['02:00:5e:10:00:00:00:01', '0200.5e10.0000.0002', '0A1B2C3D4E5F']) {
      const response = await t.request('POST', devicesOf(subscription.id), deviceBody({ mac_address: mac }));
      assert.equal(response.status, 201, mac);
      assert.equal(response.body.mac_address, mac);
    }
  });

  test("POST …/devices refuses a legacy_account_id other than the subscription's, and takes any when the subscription has none", async () => {
    const { subscription } = await activeLine(t, org);
    const refused = await t.request('POST', devicesOf(subscription.id), deviceBody({ legacy_account_id: 556 }));
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'BAD_REQUEST');
    assert.match(refused.body.error.message, /legacy_account_id/);
    const bundle = await createBundle(t, org, { legacy_account_id: null });
    const unbound = await createMobile(t, org, bundle.id);
    assert.equal(unbound.legacy_account_id, null);
    const accepted = await t.request('POST', devicesOf(unbound.id), deviceBody({ legacy_account_id: 9 }));
    assert.equal(accepted.status, 201);
    assert.equal(accepted.body.legacy_account_id, 9);
  });

  test('POST …/devices works on PRE_ACTIVE and SUSPENDED lines and is 400 INVALID_SUBSCRIPTION_STATUS on a CANCELLED or DEACTIVATED one', async () => {
    const bundle = await createBundle(t, org);
    const preActive = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    assert.equal((await t.request('POST', devicesOf(preActive.id), deviceBody())).status, 201);
    const suspended = await createMobile(t, org, bundle.id);
    assert.equal((await t.request('PATCH', `/v2/orgs/${org}/subscriptions/${suspended.id}`, [{ op: 'replace', path: '/status', value: 'SUSPENDED' }])).status, 200);
    assert.equal((await t.request('POST', devicesOf(suspended.id), deviceBody())).status, 201);

    const cancelled = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    assert.equal((await t.request('PATCH', `/v2/orgs/${org}/subscriptions/${cancelled.id}`, [{ op: 'replace', path: '/status', value: 'CANCELLED' }])).status, 200);
    const onCancelled = await t.request('POST', devicesOf(cancelled.id), deviceBody());
    assert.equal(onCancelled.status, 400);
    assert.equal(onCancelled.body.error.code, 'INVALID_SUBSCRIPTION_STATUS');

    const deactivated = await createMobile(t, org, bundle.id);
    const accepted = await t.request('POST', `/v2/orgs/${org}/subscriptions/${deactivated.id}/deactivation`, { reason: 'SUBSCRIBER_REQUESTED' });
    assert.equal(accepted.status, 202);
    assert.equal((await t.waitForOperation(org, accepted.body.id)).status, 'SUCCEEDED');
    const onDeactivated = await t.request('POST', devicesOf(deactivated.id), deviceBody());
    assert.equal(onDeactivated.status, 400);
    assert.equal(onDeactivated.body.error.code, 'INVALID_SUBSCRIPTION_STATUS');
  });

  test('POST …/devices on an unknown subscription or one of another org is 404 SUBSCRIPTION_NOT_FOUND', async () => {
    const unknown = await t.request('POST', devicesOf(randomUUID()), deviceBody());
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    const { subscription } = await activeLine(t, org);
    const elsewhere = await t.request('POST', `/v2/orgs/other-${org}/subscriptions/${subscription.id}/devices`, deviceBody());
    assert.equal(elsewhere.status, 404);
    assert.equal(elsewhere.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
  });

  test('POST …/devices with an existing id replays the same body (commitments not duplicated) and is 409 ALREADY_EXISTS otherwise', async () => {
    const { subscription } = await activeLine(t, org);
    const id = randomUUID().toUpperCase();
    const body = deviceBody({ id, commitments: [{ catalogue_term_id: 'T12' }] });
    const first = await t.request('POST', devicesOf(subscription.id), body);
    assert.equal(first.status, 201);
    assert.equal(first.body.id, id.toLowerCase());
    const again = await t.request('POST', devicesOf(subscription.id), body);
    assert.equal(again.status, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.deepEqual(again.body, first.body);
    const other = await t.request('POST', devicesOf(subscription.id), { ...body, imei: '1' });
    assert.equal(other.status, 409);
    assert.equal(other.body.error.code, 'ALREADY_EXISTS');
    const listed = await t.request('GET', devicesOf(subscription.id));
    assert.equal(listed.body.length, 1);
    assert.equal(listed.body[0].commitments.length, 1);
  });

  test("POST …/devices moves the subscription's ETag and the device appears in its embedded devices", async () => {
    const { subscription } = await activeLine(t, org);
    const before = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    const device = await createDevice(t, org, subscription.id);
    const after = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    assert.notEqual(after.headers.etag, before.headers.etag);
    assert.deepEqual(after.body.devices, [device]);
  });

  test('GET /devices finds one device by its MAC written in any form, with its subscription_id; another org sees nothing', async () => {
    const lookupOrg = uniqueOrg();
    const { subscription } = await activeLine(t, lookupOrg);
    const device = await setupRequest(t, 201, 'POST', `/v2/orgs/${lookupOrg}/subscriptions/${subscription.id}/devices`, deviceBody({ mac_address: MAC_FORMS[0] }));
    for (const form of MAC_FORMS) {
      const found = await t.request('GET', `/v2/orgs/${lookupOrg}/devices?mac_address=${encodeURIComponent(form)}`);
      assert.equal(found.status, 200, form);
      assert.deepEqual(found.body, [device], form);
      assert.equal(found.body[0].subscription_id, subscription.id);
      assert.equal(found.body[0].mac_address, MAC_FORMS[0]);
      const nowhere = await t.request('GET', `/v2/orgs/other-${lookupOrg}/devices?mac_address=${encodeURIComponent(form)}`);
      assert.equal(nowhere.status, 200);
      assert.deepEqual(nowhere.body, []);
    }
  });

  test('GET /devices by serial number matches the trimmed value, case-sensitively, newest first across subscriptions', async () => {
    const serial = `SN-${randomUUID().slice(0, 8)}`;
    const first = await activeLine(t, org);
    const second = await activeLine(t, org);
    const older = await createDevice(t, org, first.subscription.id, { serial_number: serial });
    await sleep(5);
    const newer = await createDevice(t, org, second.subscription.id, { serial_number: ` ${serial} ` });
    const found = await t.request('GET', `/v2/orgs/${org}/devices?serial_number=${encodeURIComponent(`  ${serial}`)}`);
    assert.equal(found.status, 200);
    assert.deepEqual(
      found.body.map((device: { id: string; subscription_id: string }) => [device.id, device.subscription_id]),
      [
        [newer.id, second.subscription.id],
        [older.id, first.subscription.id],
      ],
    );
    const otherCase = await t.request('GET', `/v2/orgs/${org}/devices?serial_number=${serial.toLowerCase()}`);
    assert.deepEqual(otherCase.body, []);
  });

  test('GET /devices with both filters answers the devices matching both', async () => {
    const { subscription } = await activeLine(t, org);
    const mac = uniqueMac();
    const serial = `SN-${randomUUID().slice(0, 8)}`;
    const both = await createDevice(t, org, subscription.id, { mac_address: mac, serial_number: serial });
    await createDevice(t, org, subscription.id, { mac_address: mac, serial_number: `${serial}-X` });
    const found = await t.request('GET', `/v2/orgs/${org}/devices?mac_address=${mac}&serial_number=${serial}`);
    assert.deepEqual(
      found.body.map((device: { id: string }) => device.id),
      [both.id],
    );
    const byMac = await t.request('GET', `/v2/orgs/${org}/devices?mac_address=${mac}`);
    assert.equal(byMac.body.length, 2);
  });

  test('GET /devices without mac_address or serial_number is 400 MISSING_QUERY_PARAMS; a malformed MAC or an unknown parameter is 400 BAD_REQUEST', async () => {
    const missing = await t.request('GET', `/v2/orgs/${org}/devices`);
    assert.equal(missing.status, 400);
    assert.equal(missing.body.error.code, 'MISSING_QUERY_PARAMS');
    const malformed = await t.request('GET', `/v2/orgs/${org}/devices?mac_address=00:b0:d0`);
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.error.code, 'BAD_REQUEST');
    assert.match(malformed.body.error.message, /mac_address/);
    const unknown = await t.request('GET', `/v2/orgs/${org}/devices?serial_number=A&imei=1`);
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.error.code, 'BAD_REQUEST');
    const nul = await t.request('GET', `/v2/orgs/${org}/devices?serial_number=%00`);
    assert.equal(nul.status, 400);
    assert.equal(nul.body.error.code, 'BAD_REQUEST');
    const paged = await t.request('GET', `/v2/orgs/${org}/devices?serial_number=A&limit=10`);
    assert.equal(paged.status, 400);
  });

  test("GET …/subscriptions/{id}/devices lists the line's devices oldest first and filters by a MAC in any form", async () => {
    const { subscription } = await activeLine(t, org);
    const empty = await t.request('GET', devicesOf(subscription.id));
    assert.equal(empty.status, 200);
    assert.deepEqual(empty.body, []);
    const first = await createDevice(t, org, subscription.id, { mac_address: MAC_FORMS[1] });
    await sleep(5);
    const second = await createDevice(t, org, subscription.id, { mac_address: uniqueMac() });
    const all = await t.request('GET', devicesOf(subscription.id));
    assert.deepEqual(all.body, [first, second]);
    for (const form of MAC_FORMS) {
      const found = await t.request('GET', `${devicesOf(subscription.id)}?mac_address=${encodeURIComponent(form)}`);
      assert.equal(found.status, 200, form);
      assert.deepEqual(found.body, [first], form);
    }
    const { subscription: otherLine } = await activeLine(t, org);
    const notHere = await t.request('GET', `${devicesOf(otherLine.id)}?mac_address=${encodeURIComponent(MAC_FORMS[2])}`);
    assert.deepEqual(notHere.body, []);
  });

  test('GET …/subscriptions/{id}/devices refuses offset, limit and a malformed MAC (400) and an unknown subscription (404)', async () => {
    const { subscription } = await activeLine(t, org);
    for (const query of ['offset=0', 'limit=10', 'mac_address=nope']) {
      const response = await t.request('GET', `${devicesOf(subscription.id)}?${query}`);
      assert.equal(response.status, 400, query);
      assert.equal(response.body.error.code, 'BAD_REQUEST');
    }
    const unknown = await t.request('GET', devicesOf(randomUUID()));
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
  });

  test('GET …/devices/{id} answers the device with an ETag and 304 on If-None-Match; 404 along the path', async () => {
    const { subscription } = await activeLine(t, org);
    const device = await createDevice(t, org, subscription.id);
    const found = await t.request('GET', `${devicesOf(subscription.id)}/${device.id}`);
    assert.equal(found.status, 200);
    assert.deepEqual(found.body, device);
    assert.equal(found.headers.etag, '"1"');
    const cached = await t.request('GET', `${devicesOf(subscription.id)}/${device.id}`, undefined, { 'if-none-match': '"1"' });
    assert.equal(cached.status, 304);

    const unknown = await t.request('GET', `${devicesOf(subscription.id)}/${randomUUID()}`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'DEVICE_NOT_FOUND');
    const { subscription: otherLine } = await activeLine(t, org);
    const underOther = await t.request('GET', `${devicesOf(otherLine.id)}/${device.id}`);
    assert.equal(underOther.status, 404);
    assert.equal(underOther.body.error.code, 'DEVICE_NOT_FOUND');
    const noLine = await t.request('GET', `${devicesOf(randomUUID())}/${device.id}`);
    assert.equal(noLine.status, 404);
    assert.equal(noLine.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    const otherOrg = await t.request('GET', `/v2/orgs/other-${org}/subscriptions/${subscription.id}/devices/${device.id}`);
    assert.equal(otherOrg.status, 404);
    const badId = await t.request('GET', `${devicesOf(subscription.id)}/not-a-uuid`);
    assert.equal(badId.status, 400);
  });

  test('PATCH …/devices/{id} changes client fields, trims the serial number and keeps the MAC findable in its new value', async () => {
    const { subscription } = await activeLine(t, org);
    const device = await createDevice(t, org, subscription.id, { mac_address: uniqueMac(), manufacturing_info: { id_type: 'IMEI' } });
    const mac = uniqueMac().toUpperCase().replace(/:/g, '-');
    const serial = `SN-${randomUUID().slice(0, 8)}`;
    const response = await t.request(
      'PATCH',
      `${devicesOf(subscription.id)}/${device.id}`,
      [
        { op: 'replace', path: '/mac_address', value: mac },
        { op: 'replace', path: '/serial_number', value: ` ${serial} ` },
        { op: 'replace', path: '/acquisition_type', value: 'BORROWED' },
        { op: 'add', path: '/manufacturing_info/id', value: 'M-1' },
        { op: 'replace', path: '/insurable_amount', value: 120.5 },
        { op: 'replace', path: '/in_store_returned_date', value: '2025-01-01T00:00:00+02:00' },
        { op: 'remove', path: '/legacy_id' },
      ],
      { 'x-auth-origin-sub': 'agent-1' },
    );
    assert.equal(response.status, 200);
    assert.equal(response.headers.etag, '"2"');
    const patched = response.body;
    assert.equal(patched.mac_address, mac);
    assert.equal(patched.serial_number, serial);
    assert.equal(patched.acquisition_type, 'BORROWED');
    assert.deepEqual(patched.manufacturing_info, { id_type: 'IMEI', id: 'M-1' });
    assert.equal(patched.insurable_amount, 120.5);
    assert.equal(patched.in_store_returned_date, '2024-12-31T22:00:00Z');
    assert.equal(patched.legacy_id, null);
    assert.ok(patched.last_updated_date >= device.last_updated_date);
    assert.equal(patched.creation_date, device.creation_date);
    const byMac = await t.request('GET', `/v2/orgs/${org}/devices?mac_address=${mac.toLowerCase().replace(/-/g, '')}`);
    assert.deepEqual(
      byMac.body.map((found: { id: string }) => found.id),
      [device.id],
    );
    const bySerial = await t.request('GET', `/v2/orgs/${org}/devices?serial_number=${serial}`);
    assert.equal(bySerial.body.length, 1);
  });

  test('PATCH …/devices/{id} that changes nothing keeps the version and last_updated_date', async () => {
    const { subscription } = await activeLine(t, org);
    const device = await createDevice(t, org, subscription.id, { imei: '42' });
    const response = await t.request('PATCH', `${devicesOf(subscription.id)}/${device.id}`, [{ op: 'replace', path: '/imei', value: '42' }]);
    assert.equal(response.status, 200);
    assert.equal(response.headers.etag, '"1"');
    assert.equal(response.body.last_updated_date, device.last_updated_date);
  });

  test('PATCH …/devices/{id} re-validates the MAC, the money and the legacy_account_id, and refuses server paths', async () => {
    const { subscription } = await activeLine(t, org);
    const device = await createDevice(t, org, subscription.id);
    const url = `${devicesOf(subscription.id)}/${device.id}`;
    for (const [operations, code, pattern] of [
      [[{ op: 'replace', path: '/mac_address', value: '00:11:22' }], 'BAD_REQUEST', /mac_address/],
      [[{ op: 'replace', path: '/insurable_amount', value: 1.234 }], 'BAD_REQUEST', /insurable_amount/],
      [[{ op: 'replace', path: '/legacy_account_id', value: 556 }], 'BAD_REQUEST', /legacy_account_id/],
      [[{ op: 'remove', path: '/catalogue_commercial_device_id' }], 'BAD_REQUEST', /catalogue_commercial_device_id/],
      [[{ op: 'replace', path: '/acquisition_type', value: 'LEASED' }], 'BAD_REQUEST', /acquisition_type/],
      [[{ op: 'replace', path: '/id', value: randomUUID() }], 'PATCH_PATH_NOT_ALLOWED', /\/id/],
      [[{ op: 'replace', path: '/subscription_id', value: randomUUID() }], 'PATCH_PATH_NOT_ALLOWED', /subscription_id/],
      [[{ op: 'replace', path: '/creation_date', value: '2020-01-01T00:00:00Z' }], 'PATCH_PATH_NOT_ALLOWED', /creation_date/],
      [[{ op: 'replace', path: '/commitments', value: [] }], 'PATCH_PATH_NOT_ALLOWED', /commitments/],
      [[{ op: 'replace', path: '/commitments/0', value: {} }], 'PATCH_PATH_NOT_ALLOWED', /commitments/],
      [
        [
          { op: 'replace', path: '/imei', value: '1' },
          { op: 'replace', path: '/imei', value: '2' },
        ],
        'MULTIPLE_PATCH_SAME_PATH',
        /imei/,
      ],
    ] as const) {
      const response = await t.request('PATCH', url, operations);
      assert.equal(response.status, 400, JSON.stringify(operations));
      assert.equal(response.body.error.code, code, JSON.stringify(operations));
      assert.match(response.body.error.message, pattern);
    }
    const unchanged = await t.request('GET', url);
    assert.deepEqual(unchanged.body, device);
    assert.equal(unchanged.headers.etag, '"1"');
  });

  test('PATCH …/devices/{id} honours If-Match (412) and answers 404 along the path', async () => {
    const { subscription } = await activeLine(t, org);
    const device = await createDevice(t, org, subscription.id);
    const url = `${devicesOf(subscription.id)}/${device.id}`;
    const stale = await t.request('PATCH', url, [{ op: 'replace', path: '/imei', value: '9' }], { 'if-match': '"7"' });
    assert.equal(stale.status, 412);
    assert.equal(stale.body.error.code, 'PRECONDITION_FAILED');
    const fresh = await t.request('PATCH', url, [{ op: 'replace', path: '/imei', value: '9' }], { 'if-match': '"1"' });
    assert.equal(fresh.status, 200);
    const noDevice = await t.request('PATCH', `${devicesOf(subscription.id)}/${randomUUID()}`, [{ op: 'replace', path: '/imei', value: '9' }]);
    assert.equal(noDevice.status, 404);
    assert.equal(noDevice.body.error.code, 'DEVICE_NOT_FOUND');
    const noLine = await t.request('PATCH', `${devicesOf(randomUUID())}/${device.id}`, [{ op: 'replace', path: '/imei', value: '9' }]);
    assert.equal(noLine.status, 404);
    assert.equal(noLine.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
  });

  test('commitments: created with the device, appended by PATCH, deactivated through C3, visible in D4 and in the subscription', async () => {
    const { subscription } = await activeLine(t, org);
    const device = await createDevice(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'TERM_12M' }] });
    const url = `${devicesOf(subscription.id)}/${device.id}`;
    const [original] = device.commitments;
    assert.equal(original.start_date, device.creation_date);

    await sleep(5);
    const appended = await t.request('PATCH', url, [
      { op: 'add', path: '/commitments/-', value: { catalogue_term_id: 'TERM_24M', legacy_id: 5 } },
      { op: 'add', path: '/commitments/-', value: { catalogue_term_id: 'TERM_36M' } },
    ]);
    assert.equal(appended.status, 200);
    const terms = appended.body.commitments.map((commitment: { catalogue_term_id: string }) => commitment.catalogue_term_id);
    // Appended in one request, the two share a creation_date: their order is by id.
    assert.deepEqual([terms[0], ...terms.slice(1).sort()], ['TERM_12M', 'TERM_24M', 'TERM_36M']);
    const added = appended.body.commitments.find((commitment: { catalogue_term_id: string }) => commitment.catalogue_term_id === 'TERM_24M');
    assert.equal(added.status, 'ACTIVE');
    assert.equal(added.legacy_id, 5);
    assert.equal(added.start_date, appended.body.last_updated_date, 'an appended commitment binds from the append');
    assert.ok(added.start_date > device.creation_date);

    const badAppend = await t.request('PATCH', url, [{ op: 'add', path: '/commitments/-', value: { term: 'x' } }]);
    assert.equal(badAppend.status, 400);

    const deactivated = await t.request('PATCH', `${url}/commitments/${original.id}`, [
      { op: 'add', path: '/status', value: 'DEACTIVATED', reason: 'SUBSCRIBER_REQUESTED' },
    ]);
    assert.equal(deactivated.status, 200);
    assert.equal(deactivated.body.status, 'DEACTIVATED');
    assert.equal(deactivated.body.cancellation_reason, 'SUBSCRIBER_REQUESTED');

    const fetched = await t.request('GET', url);
    assert.equal(fetched.headers.etag, '"3"', 'the append and the commitment change both move the device ETag');
    assert.deepEqual(fetched.body.commitments[0], deactivated.body);
    assert.deepEqual(fetched.body.commitments.slice(1), appended.body.commitments.slice(1));

    const line = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    assert.deepEqual(line.body.devices, [fetched.body]);

    const single = await t.request('GET', `${url}/commitments/${added.id}`);
    assert.equal(single.status, 200);
    assert.deepEqual(single.body, added);
  });

  test('C1/C3 under an unknown device answer DEVICE_NOT_FOUND, under an unknown subscription SUBSCRIPTION_NOT_FOUND', async () => {
    const { subscription } = await activeLine(t, org);
    const device = await createDevice(t, org, subscription.id, { commitments: [{}] });
    const commitmentId = device.commitments[0].id;
    const noDevice = await t.request('GET', `${devicesOf(subscription.id)}/${randomUUID()}/commitments/${commitmentId}`);
    assert.equal(noDevice.status, 404);
    assert.equal(noDevice.body.error.code, 'DEVICE_NOT_FOUND');
    const noLine = await t.request('PATCH', `${devicesOf(randomUUID())}/${device.id}/commitments/${commitmentId}`, [
      { op: 'add', path: '/status', value: 'DEACTIVATED', reason: 'X' },
    ]);
    assert.equal(noLine.status, 404);
    assert.equal(noLine.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
  });

  test("the subscription's deactivation ends its devices' ACTIVE commitments", async () => {
    const { subscription } = await activeLine(t, org);
    const device = await createDevice(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'T' }] });
    const accepted = await t.request('POST', `/v2/orgs/${org}/subscriptions/${subscription.id}/deactivation`, {
      reason: 'SUBSCRIBER_REQUESTED',
      commitments: [device.commitments[0].id],
    });
    assert.equal(accepted.status, 202);
    assert.equal((await t.waitForOperation(org, accepted.body.id)).status, 'SUCCEEDED');
    const fetched = await t.request('GET', `${devicesOf(subscription.id)}/${device.id}`);
    assert.equal(fetched.body.commitments[0].status, 'DEACTIVATED');
    assert.equal(fetched.body.commitments[0].cancellation_reason, 'SUBSCRIPTION_DEACTIVATION');
  });

  test("POST …/subscriptions/mobile creates the body's devices with their commitments as D3 would", async () => {
    const bundle = await createBundle(t, org);
    const mac = uniqueMac();
    const response = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, {
      catalogue_commercial_product_id: 'MOB',
      status: 'ACTIVE',
      specific_data: { msisdn: msisdn(), imsi: imsi() },
      devices: [deviceBody({ mac_address: mac, serial_number: ' S-1 ', commitments: [{ catalogue_term_id: 'TERM_24M' }] })],
    });
    assert.equal(response.status, 201);
    const line = response.body;
    assert.equal(line.devices.length, 1);
    const [device] = line.devices;
    assert.equal(device.subscription_id, line.id);
    assert.equal(device.serial_number, 'S-1');
    assert.equal(device.mac_address, mac);
    assert.equal(device.commitments.length, 1);
    assert.equal(device.commitments[0].start_date, device.creation_date);
    const listed = await t.request('GET', devicesOf(line.id));
    assert.deepEqual(listed.body, line.devices);
    const fetched = await t.request('GET', `/v2/orgs/${org}/subscriptions/${line.id}`);
    assert.equal(fetched.headers.etag, response.headers.etag);
  });

  test('POST …/subscriptions/mobile with an invalid device creates nothing and names the element', async () => {
    const bundle = await createBundle(t, org);
    const id = randomUUID();
    const create = (devices: unknown[]) =>
      t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, {
        id,
        catalogue_commercial_product_id: 'MOB',
        specific_data: { msisdn: msisdn(), imsi: imsi() },
        devices,
      });
    const badMac = await create([deviceBody(), deviceBody({ mac_address: 'not-a-mac' })]);
    assert.equal(badMac.status, 400);
    assert.match(badMac.body.error.message, /devices\/1\/mac_address/);
    const otherAccount = await create([deviceBody({ legacy_account_id: 1 })]);
    assert.equal(otherAccount.status, 400);
    assert.match(otherAccount.body.error.message, /devices\/0\/legacy_account_id/);
    const missing = await create([{ legacy_account_id: 555 }]);
    assert.equal(missing.status, 400);
    assert.match(missing.body.error.message, /catalogue_commercial_device_id/);
    const absent = await t.request('GET', `/v2/orgs/${org}/subscriptions/${id}`);
    assert.equal(absent.status, 404);
  });

  test('a device created with a commitment publishes its own DeviceCreateEvent and CommitmentCreateEvent; a PATCH an AttributeValueChangeEvent', async () => {
    const eventsOrg = uniqueOrg();
    const { subscription } = await activeLine(t, eventsOrg);
    const device = await createDevice(t, eventsOrg, subscription.id, { commitments: [{ catalogue_term_id: 'T' }] });
    await setupRequest(t, 200, 'PATCH', `/v2/orgs/${eventsOrg}/subscriptions/${subscription.id}/devices/${device.id}`, [{ op: 'replace', path: '/imei', value: '7' }]);
    const events = (await t.request('GET', `/v2/orgs/${eventsOrg}/events`)).body.items;
    const ofDevice = events.filter((event: { resource: { id: string } }) => event.resource.id === device.id);
    assert.deepEqual(
      ofDevice.map((event: { event_type: string; resource_version: number }) => [event.event_type, event.resource_version]),
      [
        ['DeviceCreateEvent', 1],
        ['DeviceAttributeValueChangeEvent', 2],
      ],
    );
    assert.equal(ofDevice[0].resource.href, `/v2/orgs/${eventsOrg}/subscriptions/${subscription.id}/devices/${device.id}`);
    assert.equal(ofDevice[1].payload.imei, '7');
    assert.ok(events.some((event: { event_type: string; resource: { id: string } }) => event.event_type === 'CommitmentCreateEvent' && event.resource.id === device.commitments[0].id));
  });

  test('POST …/subscriptions/device_insurance accepts an insurable device of the same account, covering up to its insurable_amount', async () => {
    const insuranceOrg = uniqueOrg();
    const { bundle, subscription } = await activeLine(t, insuranceOrg);
    const device = await createDevice(t, insuranceOrg, subscription.id, { insurable_amount: 500 });
    // Another bundle of the same customer account.
    const otherBundle = await createBundle(t, insuranceOrg);
    for (const [bundleId, insured] of [
      [bundle.id, 500],
      [otherBundle.id, 99.99],
    ] as const) {
      const response = await t.request('POST', `/v2/orgs/${insuranceOrg}/bundles/${bundleId}/subscriptions/device_insurance`, {
        catalogue_commercial_product_id: 'INSURANCE',
        specific_data: { device_id: device.id.toUpperCase(), insured_amount: insured },
      });
      assert.equal(response.status, 201, JSON.stringify(response.body));
      assert.equal(response.body.type, 'DEVICE_INSURANCE');
      assert.equal(response.body.specific_data.device_id, device.id);
      assert.equal(response.body.specific_data.insured_amount, insured);
    }
    const search = await t.request('GET', `/v2/orgs/${insuranceOrg}/subscriptions/device_insurance?device_id=${device.id}`);
    assert.equal(search.body.total, 2);
  });

  test('POST …/subscriptions/device_insurance is 400 DEVICE_NOT_FOUND_FOR_INSURANCE for an unknown device or one of another account', async () => {
    const insuranceOrg = uniqueOrg();
    const { bundle } = await activeLine(t, insuranceOrg);
    const strangerBundle = await createBundle(t, insuranceOrg, { account_id: 'ACC-OTHER' });
    const stranger = await createMobile(t, insuranceOrg, strangerBundle.id);
    const strangersDevice = await createDevice(t, insuranceOrg, stranger.id, { insurable_amount: 500 });
    for (const deviceId of [strangersDevice.id, randomUUID()]) {
      const response = await t.request('POST', `/v2/orgs/${insuranceOrg}/bundles/${bundle.id}/subscriptions/device_insurance`, {
        catalogue_commercial_product_id: 'INSURANCE',
        specific_data: { device_id: deviceId, insured_amount: 100 },
      });
      assert.equal(response.status, 400);
      assert.equal(response.body.error.code, 'DEVICE_NOT_FOUND_FOR_INSURANCE');
    }
    const elsewhere = await t.request('POST', `/v2/orgs/other-${insuranceOrg}/bundles/${bundle.id}/subscriptions/device_insurance`, {
      catalogue_commercial_product_id: 'INSURANCE',
      specific_data: { device_id: strangersDevice.id },
    });
    assert.equal(elsewhere.status, 404);
  });

  test('POST …/subscriptions/device_insurance is 400 DEVICE_NOT_INSURABLE for a device without insurable_amount or an insured_amount above it', async () => {
    const insuranceOrg = uniqueOrg();
    const { bundle, subscription } = await activeLine(t, insuranceOrg);
    const uninsurable = await createDevice(t, insuranceOrg, subscription.id);
    assert.equal(uninsurable.insurable_amount, null);
    const insurable = await createDevice(t, insuranceOrg, subscription.id, { insurable_amount: 300.5 });
    for (const specific of [
      { device_id: uninsurable.id },
      { device_id: insurable.id, insured_amount: 300.51 },
    ]) {
      const response = await t.request('POST', `/v2/orgs/${insuranceOrg}/bundles/${bundle.id}/subscriptions/device_insurance`, {
        catalogue_commercial_product_id: 'INSURANCE',
        specific_data: specific,
      });
      assert.equal(response.status, 400, JSON.stringify(specific));
      assert.equal(response.body.error.code, 'DEVICE_NOT_INSURABLE');
    }
    const created = await t.request('POST', `/v2/orgs/${insuranceOrg}/bundles/${bundle.id}/subscriptions/device_insurance`, {
      catalogue_commercial_product_id: 'INSURANCE',
      specific_data: { device_id: insurable.id, insured_amount: 300 },
    });
    assert.equal(created.status, 201);
    const raised = await t.request('PATCH', `/v2/orgs/${insuranceOrg}/subscriptions/device_insurance/${created.body.id}`, [
      { op: 'replace', path: '/specific_data/insured_amount', value: 301 },
    ]);
    assert.equal(raised.status, 400);
    assert.equal(raised.body.error.code, 'DEVICE_NOT_INSURABLE');
  });

  test('/openapi.json documents D1–D5, C1 and C3 with the response codes and texts of seeds/devices.txt and commitments.txt', async () => {
    const line = '/v2/orgs/{org}/subscriptions/{subscriptionId}';
    const deviceNotFound = 'A device with the specified id was not found';
    const commitmentNotFound = 'A commitment with the specified id was not found';
    const expected: Array<[string, string, Record<string, string>]> = [
      ['get', '/v2/orgs/{org}/devices', { 200: 'Devices found', ...seedErrorRows(SUBSCRIPTION_NOT_FOUND_TEXT, false) }],
      ['get', `${line}/devices`, { 200: 'Devices found for the subscription', ...seedErrorRows(SUBSCRIPTION_NOT_FOUND_TEXT, false) }],
      ['post', `${line}/devices`, { 201: 'Device added to subscription', ...seedErrorRows(SUBSCRIPTION_NOT_FOUND_TEXT, false) }],
      ['get', `${line}/devices/{deviceId}`, { 200: 'Device found', ...seedErrorRows(deviceNotFound, false) }],
      ['patch', `${line}/devices/{deviceId}`, { 200: 'Device patched successfully', ...seedErrorRows(deviceNotFound, true) }],
      ['get', `${line}/devices/{deviceId}/commitments/{commitmentId}`, { 200: 'Commitment found', ...seedErrorRows(commitmentNotFound, false) }],
      ['patch', `${line}/devices/{deviceId}/commitments/{commitmentId}`, { 200: 'Device commitment patched successfully', ...seedErrorRows(commitmentNotFound, true) }],
    ];
    await assertDocumentedResponses(t, expected);
  });
});
