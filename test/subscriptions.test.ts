import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDialect } from './helpers/app.js';
import { activeLine, createBundle, createMobile, imsi, msisdn, uniqueOrg } from './helpers/fixtures.js';
import { setupRequest } from './helpers/setup.js';
import { addAddOn, addDevice, addPromotion } from './helpers/promotions.js';

forEachDialect('subscriptions', (t) => {
  const org = uniqueOrg();

  test('POST /bundles/{id}/subscriptions/mobile normalises the MSISDN and stamps the creation', async () => {
    const bundle = await createBundle(t, org, { legacy_id: 4242 });
    const response = await t.request(
      'POST',
      `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`,
      { catalogue_commercial_product_id: 'MOB', specific_data: { msisdn: '611 22 33 44', imsi: '214031234567890' }, type: 'IGNORED' },
      { 'x-auth-origin-aud': 'sales', 'x-auth-origin-sub': 'u1' },
    );
    assert.equal(response.status, 201);
    const line = response.body;
    assert.equal(line.type, 'MOBILE');
    assert.equal(line.status, 'PRE_ACTIVE');
    assert.equal(line.specific_data.msisdn, '+34611223344');
    assert.equal(line.specific_data.sim_type, 'PHYSICAL');
    assert.equal(line.account_id, 'ACC-1');
    assert.equal(line.legacy_account_id, 555);
    assert.equal(line.legacy_bundle_id, 4242);
    assert.equal(line.activation_date, null);
    assert.equal(line.last_status_reason, 'SUBSCRIPTION_ADDED_TO_BUNDLE');
    assert.equal(line.last_status_update, line.creation_date);
    assert.equal(line.creation_system, 'sales');
    assert.deepEqual(line.promotions, []);
    assert.equal(response.headers.location, `http://localhost:8080/v2/orgs/${org}/subscriptions/mobile/${line.id}`);
  });

  test('POST …/subscriptions/mobile rejects an invalid MSISDN with INVALID_MSISDN and an IMSI with INVALID_IMSI', async () => {
    const bundle = await createBundle(t, org);
    const badMsisdn = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, {
      catalogue_commercial_product_id: 'MOB',
      specific_data: { msisdn: '912345678', imsi: '214031234567890' },
    });
    assert.equal(badMsisdn.status, 400);
    assert.equal(badMsisdn.body.error.code, 'INVALID_MSISDN');
    const badImsi = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, {
      catalogue_commercial_product_id: 'MOB',
      specific_data: { msisdn: '612345678', imsi: '12' },
    });
    assert.equal(badImsi.status, 400);
    assert.equal(badImsi.body.error.code, 'INVALID_IMSI');
    assert.match(badImsi.body.error.message, /imsi/);
  });

  test('an IMSI that is not 14–15 digits is 400 INVALID_IMSI on a MOBILE create, a PATCH of the line and a MULTISIM create', async () => {
    const bundle = await createBundle(t, org);
    const main = await createMobile(t, org, bundle.id);
    for (const bad of ['12', '2140312345678901', '21403123456789x', '']) {
      const mobile = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, {
        catalogue_commercial_product_id: 'MOB',
        specific_data: { msisdn: msisdn(), imsi: bad },
      });
      assert.equal(mobile.status, 400, `mobile ${bad}`);
      assert.equal(mobile.body.error.code, 'INVALID_IMSI', `mobile ${bad}`);
      const patch = await t.request('PATCH', `/v2/orgs/${org}/subscriptions/mobile/${main.id}`, [{ op: 'replace', path: '/specific_data/imsi', value: bad }]);
      assert.equal(patch.status, 400, `patch ${bad}`);
      assert.equal(patch.body.error.code, 'INVALID_IMSI', `patch ${bad}`);
      const multisim = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/multisim`, {
        catalogue_commercial_product_id: 'MULTI',
        specific_data: { main: main.id, imsi: bad },
      });
      assert.equal(multisim.status, 400, `multisim ${bad}`);
      assert.equal(multisim.body.error.code, 'INVALID_IMSI', `multisim ${bad}`);
    }
    assert.equal((await t.request('GET', `/v2/orgs/${org}/subscriptions/${main.id}`)).body.specific_data.imsi, main.specific_data.imsi);
  });

  test('POST …/subscriptions/mobile of an ACTIVE line whose MSISDN a live line holds is 409 MSISDN_IN_USE; a PRE_ACTIVE one may carry it', async () => {
    const number = msisdn();
    const { bundle } = await activeLine(t, org, { specific_data: { msisdn: number, imsi: imsi() } });
    const clash = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, {
      catalogue_commercial_product_id: 'MOB',
      status: 'ACTIVE',
      specific_data: { msisdn: number, imsi: imsi() },
    });
    assert.equal(clash.status, 409);
    assert.equal(clash.body.error.code, 'MSISDN_IN_USE');
    const portIn = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE', specific_data: { msisdn: number, imsi: imsi() } });
    const activation = await t.request('PATCH', `/v2/orgs/${org}/subscriptions/${portIn.id}`, [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
    assert.equal(activation.status, 409);
    assert.equal(activation.body.error.code, 'MSISDN_IN_USE');
  });

  test('GET /subscriptions/mobile finds a line by MSISDN in any form and needs an identifying filter', async () => {
    const { subscription } = await activeLine(t, org, { specific_data: { msisdn: '622 33 44 55', imsi: imsi() } });
    for (const form of ['622334455', '34622334455', '%2B34622334455']) {
      const found = await t.request('GET', `/v2/orgs/${org}/subscriptions/mobile?msisdn=${form}`);
      assert.equal(found.status, 200, form);
      assert.deepEqual(found.body.items.map((s: { id: string }) => s.id), [subscription.id], form);
    }
    const missing = await t.request('GET', `/v2/orgs/${org}/subscriptions/mobile?status=ACTIVE`);
    assert.equal(missing.status, 400);
    assert.equal(missing.body.error.code, 'MISSING_QUERY_PARAMS');
    const otherType = await t.request('GET', `/v2/orgs/${org}/subscriptions/mobile?msisdn=622334455&type=NETFLIX`);
    assert.equal(otherType.body.total, 0);
  });

  test('GET /subscriptions/mobile?msisdn_prefix finds the lines whose MSISDN starts with at least 6 given digits, in any form', async () => {
    const prefixOrg = uniqueOrg();
    const bundle = await createBundle(t, prefixOrg);
    const lines: Record<string, string> = {};
    for (const number of ['633445501', '633445502', '633445899', '633445901', '633446000']) {
      lines[number] = (await createMobile(t, prefixOrg, bundle.id, { specific_data: { msisdn: number, imsi: imsi() } })).id;
    }
    await createMobile(t, org, (await createBundle(t, org)).id, { specific_data: { msisdn: '633445503', imsi: imsi() } });
    const found = async (prefix: string) => {
      const answer = await t.request('GET', `/v2/orgs/${prefixOrg}/subscriptions/mobile?msisdn_prefix=${prefix}&limit=10`);
      assert.equal(answer.status, 200, `${prefix}: ${JSON.stringify(answer.body)}`);
      return answer.body.items.map((line: { id: string }) => line.id).sort();
    };
    const ids = (...numbers: string[]) => numbers.map((number) => lines[number]).sort();
    for (const form of ['633445', '34633445', '%2B34633445', '0034633445', '633%20445']) {
      assert.deepEqual(await found(form), ids('633445501', '633445502', '633445899', '633445901'), form);
    }
    assert.deepEqual(await found('6334459'), ids('633445901'), 'a prefix ending in 9 stops before the next digit');
    assert.deepEqual(await found('63344550'), ids('633445501', '633445502'));
    assert.deepEqual(await found('633445501'), ids('633445501'), 'a whole number is its own prefix');
    assert.deepEqual(await found('699999'), []);
    for (const bad of ['63344', '%2B34633', 'abcdef', '6334455019999999']) {
      const refused = await t.request('GET', `/v2/orgs/${prefixOrg}/subscriptions/mobile?msisdn_prefix=${bad}`);
      assert.equal(refused.status, 400, bad);
      assert.equal(refused.body.error.code, 'BAD_REQUEST', bad);
      assert.match(refused.body.error.message, /msisdn_prefix must be the first 6 to 15 digits/, bad);
    }
  });

  test('GET /subscriptions searches by account with status and date filters, and rejects bad filters', async () => {
    const account = `ACC-${Date.now()}`;
    const bundle = await createBundle(t, org, { account_id: account });
    const active = await createMobile(t, org, bundle.id);
    await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const byStatus = await t.request('GET', `/v2/orgs/${org}/subscriptions?account_id=${account}&status=${encodeURIComponent('{"eq":"ACTIVE"}')}`);
    assert.deepEqual(byStatus.body.items.map((s: { id: string }) => s.id), [active.id]);
    const since = encodeURIComponent(JSON.stringify({ gte: '2000-01-01T00:00:00Z' }));
    const dated = await t.request('GET', `/v2/orgs/${org}/subscriptions?account_id=${account}&activation_date=${since}`);
    assert.equal(dated.body.total, 1, 'a null activation_date never matches a date filter');
    for (const bad of ['status=WRONG', `status=${encodeURIComponent('{"ne":"ACTIVE"}')}`, 'activation_date=2023-01-01', `activation_date=${encodeURIComponent('{"gt":')}`, 'limit=501', 'offset=-1', 'colour=red']) {
      const response = await t.request('GET', `/v2/orgs/${org}/subscriptions?account_id=${account}&${bad}`);
      assert.equal(response.status, 400, bad);
      assert.equal(response.body.error.code, 'BAD_REQUEST', bad);
    }
    const space = await t.request('GET', `/v2/orgs/${org}/subscriptions?account_id=${account}&activation_date=2023-01-01T00:00:00 01:00`);
    assert.match(space.body.error.message, /%2B/);
    const quoted = await t.request('GET', `/v2/orgs/${org}/subscriptions?account_id=${account}&offset='0'&limit='1'`);
    assert.equal(quoted.status, 200);
    assert.equal(quoted.body.limit, 1);
    const legacy = await t.request('GET', `/v2/orgs/${org}/subscriptions?legacy_bundle_id=1000&account_id=${account}`);
    assert.equal(legacy.body.total, 2);
  });

  test('a search and a GET answer the line as a PATCH does, children and their commitments embedded without their parent links', async () => {
    const account = `ACC-TEXT-${Date.now()}`;
    const bundle = await createBundle(t, org, { account_id: account });
    const line = await createMobile(t, org, bundle.id);
    const path = `/v2/orgs/${org}/subscriptions/${line.id}`;
    await addPromotion(t, org, line.id, { commitments: [{ catalogue_term_id: 'STAY_12M', expiration_date: '2030-01-01T00:00:00+01:00' }] });
    await addAddOn(t, org, line.id);
    await addDevice(t, org, line.id, { commitments: [{ catalogue_term_id: 'TERM_24M', expiration_date: '2031-01-01T00:00:00Z' }] });
    // A PATCH answers the line it saved, presented in code: the reads below are built by the database.
    const patched = await t.request('PATCH', path, [{ op: 'replace', path: '/legacy_id', value: 4242 }]);
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    const got = await t.request('GET', path);
    assert.equal(got.status, 200);
    assert.match(String(got.headers['content-type']), /^application\/json/);
    assert.equal(got.headers.etag, patched.headers.etag);
    assert.deepEqual(got.body, patched.body);
    const found = await t.request('GET', `/v2/orgs/${org}/subscriptions?account_id=${account}`);
    assert.equal(found.status, 200);
    assert.deepEqual(found.body, { items: [patched.body], offset: 0, limit: 50, total: 1, next_cursor: null });
    const [promotion] = got.body.promotions;
    assert.equal(promotion.commitments.length, 1);
    assert.equal(got.body.devices[0].commitments.length, 1);
    assert.equal(got.body.add_ons.length, 1);
    for (const child of [promotion, got.body.add_ons[0]]) assert.equal('subscription_id' in child, false);
    for (const commitment of [promotion.commitments[0], got.body.devices[0].commitments[0]]) {
      for (const link of ['parent_kind', 'parent_id', 'subscription_id']) assert.equal(link in commitment, false, link);
    }
    const promotionAnswer = await t.request('GET', `${path}/promotions/${promotion.id}`);
    assert.equal(promotionAnswer.status, 200);
    assert.deepEqual(promotionAnswer.body, promotion);
  });

  test('GET /bundles/{id}/subscriptions lists the lines of a bundle with mandatory and type filters', async () => {
    const bundle = await createBundle(t, org);
    const mandatory = await createMobile(t, org, bundle.id, { mandatory: true });
    await createMobile(t, org, bundle.id);
    const listed = await t.request('GET', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions?mandatory=true&type=MOBILE`);
    assert.deepEqual(listed.body.items.map((s: { id: string }) => s.id), [mandatory.id]);
    const unknownBundle = await t.request('GET', `/v2/orgs/${org}/bundles/00000000-0000-4000-8000-000000000000/subscriptions`);
    assert.equal(unknownBundle.body.error.code, 'BUNDLE_NOT_FOUND');
  });

  test('GET /subscriptions/{id} is the same line through the generic and the typed path; another type is 404', async () => {
    const { subscription } = await activeLine(t, org);
    const generic = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id}`);
    const typed = await t.request('GET', `/v2/orgs/${org}/subscriptions/mobile/${subscription.id}`);
    assert.deepEqual(generic.body, typed.body);
    assert.equal(generic.headers.etag, typed.headers.etag);
    const wrongType = await t.request('GET', `/v2/orgs/${org}/subscriptions/netflix/${subscription.id}`);
    assert.equal(wrongType.status, 404);
    assert.equal(wrongType.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    const upper = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscription.id.toUpperCase()}`);
    assert.equal(upper.body.id, subscription.id);
    const notUuid = await t.request('GET', `/v2/orgs/${org}/subscriptions/not-a-uuid`);
    assert.equal(notUuid.status, 400);
    assert.match(notUuid.body.error.message, /subscriptionId/);
    const otherOrg = await t.request('GET', `/v2/orgs/x${org}/subscriptions/${subscription.id}`);
    assert.equal(otherOrg.status, 404);
  });

  test('PATCH /subscriptions/{id} walks the lifecycle and records the status history', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const url = `/v2/orgs/${org}/subscriptions/${line.id}`;
    const activated = await t.request('PATCH', url, [
      { op: 'replace', path: '/status', value: 'ACTIVE', reason: 'PORT_IN_DONE' },
      { op: 'replace', path: '/activation_date', value: '2024-02-01T10:00:00+01:00' },
    ], { 'x-auth-origin-sub': 'agent-2' });
    assert.equal(activated.status, 200);
    assert.equal(activated.body.status, 'ACTIVE');
    assert.equal(activated.body.activation_date, '2024-02-01T09:00:00Z');
    assert.equal(activated.body.last_status_reason, 'PORT_IN_DONE');
    assert.equal(activated.body.last_updated_user, 'agent-2');
    const suspended = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'SUSPENDED' }]);
    assert.equal(suspended.body.last_status_reason, 'STATUS_CHANGED');
    const bad = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'PRE_ACTIVE' }]);
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error.code, 'INVALID_SUBSCRIPTION_STATUS');
    const byPatch = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'DEACTIVATED' }]);
    assert.equal(byPatch.body.error.code, 'OPERATION_NOT_SUPPORTED');
    const history = await t.request('GET', `${url}/status_history`);
    assert.deepEqual(
      history.body.map((entry: { from: string | null; to: string; reason: string }) => [entry.from, entry.to, entry.reason]),
      [
        [null, 'PRE_ACTIVE', 'SUBSCRIPTION_ADDED_TO_BUNDLE'],
        ['PRE_ACTIVE', 'ACTIVE', 'PORT_IN_DONE'],
        ['ACTIVE', 'SUSPENDED', 'STATUS_CHANGED'],
      ],
    );
  });

  test('PATCH /subscriptions/{id} SUSPENDED → ACTIVE resumes the line, keeps its activation_date and records the reason', async () => {
    const { subscription } = await activeLine(t, org);
    const url = `/v2/orgs/${org}/subscriptions/${subscription.id}`;
    const suspended = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'SUSPENDED', reason: 'NON_PAYMENT' }]);
    assert.equal(suspended.status, 200, JSON.stringify(suspended.body));
    assert.equal(suspended.body.status, 'SUSPENDED');
    const resumed = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'ACTIVE', reason: 'PAID' }]);
    assert.equal(resumed.status, 200, JSON.stringify(resumed.body));
    assert.equal(resumed.body.status, 'ACTIVE');
    assert.equal(resumed.body.last_status_reason, 'PAID');
    assert.equal(resumed.body.activation_date, subscription.activation_date);
    assert.ok(Date.parse(resumed.body.last_status_update) >= Date.parse(suspended.body.last_status_update));
    const line = await t.request('GET', url);
    assert.equal(line.body.status, 'ACTIVE');
    const history = await t.request('GET', `${url}/status_history`);
    assert.deepEqual(
      history.body.slice(1).map((entry: { from: string; to: string; reason: string }) => [entry.from, entry.to, entry.reason]),
      [
        ['ACTIVE', 'SUSPENDED', 'NON_PAYMENT'],
        ['SUSPENDED', 'ACTIVE', 'PAID'],
      ],
    );
  });

  test('PATCH /subscriptions/{id} refuses read-only paths, duplicates, prototype keys and invalid results', async () => {
    const { subscription } = await activeLine(t, org);
    const url = `/v2/orgs/${org}/subscriptions/${subscription.id}`;
    const cases: Array<[unknown, number, string]> = [
      [[{ op: 'replace', path: '/id', value: 'x' }], 400, 'PATCH_PATH_NOT_ALLOWED'],
      [[{ op: 'replace', path: '/creation_date', value: '2020-01-01T00:00:00Z' }], 400, 'PATCH_PATH_NOT_ALLOWED'],
      [[{ op: 'replace', path: '/activation_date', value: '2020-01-01T00:00:00Z' }], 400, 'PATCH_PATH_NOT_ALLOWED'],
      [[{ op: 'replace', path: '/legacy_id', value: 1 }, { op: 'replace', path: '/legacy_id', value: 2 }], 400, 'MULTIPLE_PATCH_SAME_PATH'],
      [[{ op: 'replace', path: '/specific_data/__proto__', value: { polluted: true } }], 400, 'BAD_REQUEST'],
      [[{ op: 'move', from: '/legacy_id', path: '/pre_scoring_id' }], 400, 'BAD_REQUEST'],
      [[{ op: 'replace', path: '/mandatory', value: 'yes' }], 400, 'BAD_REQUEST'],
      [[{ op: 'replace', path: '/specific_data/msisdn', value: '812345678' }], 400, 'INVALID_MSISDN'],
      [[{ op: 'test', path: '/legacy_id', value: 99 }, { op: 'replace', path: '/legacy_id', value: 1 }], 409, 'PATCH_TEST_FAILED'],
      [[], 400, 'BAD_REQUEST'],
      [Array.from({ length: 101 }, () => ({ op: 'test', path: '/legacy_id', value: null })), 400, 'BAD_REQUEST'],
    ];
    for (const [body, status, code] of cases) {
      const response = await t.request('PATCH', url, body);
      assert.equal(response.status, status, JSON.stringify(body));
      assert.equal(response.body.error.code, code, JSON.stringify(body));
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const unchanged = await t.request('GET', url);
    assert.equal(unchanged.body.legacy_id, null);
    assert.equal(unchanged.headers.etag, '"1"');
  });

  test('PATCH /subscriptions/{id} honours If-Match, and a no-op keeps the ETag and last_updated_date', async () => {
    const { subscription } = await activeLine(t, org);
    const url = `/v2/orgs/${org}/subscriptions/${subscription.id}`;
    const stale = await t.request('PATCH', url, [{ op: 'replace', path: '/legacy_id', value: 7 }], { 'if-match': '"9"' });
    assert.equal(stale.status, 412);
    assert.equal(stale.body.error.code, 'PRECONDITION_FAILED');
    const applied = await t.request('PATCH', url, [{ op: 'replace', path: '/legacy_id', value: 7 }], { 'if-match': '"1"' });
    assert.equal(applied.status, 200);
    assert.equal(applied.headers.etag, '"2"');
    const noop = await t.request('PATCH', url, [{ op: 'replace', path: '/legacy_id', value: 7 }]);
    assert.equal(noop.headers.etag, '"2"');
    assert.equal(noop.body.last_updated_date, applied.body.last_updated_date);
    const cached = await t.request('GET', url, undefined, { 'if-none-match': '"2"' });
    assert.equal(cached.status, 304);
    const typed = await t.request('PATCH', `/v2/orgs/${org}/subscriptions/mobile/${subscription.id}`, [{ op: 'replace', path: '/specific_data/sim_type', value: 'ESIM' }]);
    assert.equal(typed.body.specific_data.sim_type, 'ESIM');
  });

  test('POST /subscriptions/{id}/deactivation answers 202 with an operation that deactivates the line', async () => {
    const { subscription } = await activeLine(t, org);
    const url = `/v2/orgs/${org}/subscriptions/${subscription.id}`;
    const accepted = await t.request('POST', `${url}/deactivation`, { reason: 'PORTABILITY_OUT' }, { 'x-auth-origin-aud': 'care', 'x-auth-origin-sub': 'agent-9' });
    assert.equal(accepted.status, 202);
    assert.equal(accepted.body.type, 'SUBSCRIPTION_DEACTIVATION');
    assert.equal(accepted.headers.location, `http://localhost:8080/v2/orgs/${org}/operations/${accepted.body.id}`);
    const operation = await t.waitForOperation(org, accepted.body.id);
    assert.equal(operation.status, 'SUCCEEDED');
    assert.equal(operation.attempts, 1);
    const line = await t.request('GET', url);
    assert.equal(line.body.status, 'DEACTIVATED');
    assert.equal(line.body.deactivation_system, 'care');
    assert.equal(line.body.deactivation_user, 'agent-9');
    assert.equal(line.body.last_status_reason, 'PORTABILITY_OUT');
    const again = await t.request('POST', `${url}/deactivation`, { reason: 'OTHER' });
    assert.equal(again.status, 400);
    assert.equal(again.body.error.code, 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_DEACTIVATION');
    const history = await t.request('GET', `${url}/status_history`);
    assert.equal(history.body.at(-1).operation_id, accepted.body.id);
  });

  test('POST /subscriptions/{id}/deactivation honours If-Match: a stale ETag is 412 and enqueues nothing, the current one is accepted', async () => {
    const { subscription } = await activeLine(t, org);
    const url = `/v2/orgs/${org}/subscriptions/${subscription.id}`;
    const etag = (await t.request('GET', url)).headers.etag as string;
    const stale = await t.request('POST', `${url}/deactivation`, { reason: 'OTHER' }, { 'if-match': `"${Number(etag.replace(/"/g, '')) + 1}"` });
    assert.equal(stale.status, 412);
    assert.equal(stale.body.error.code, 'PRECONDITION_FAILED');
    const pending = await t.request('GET', `/v2/orgs/${org}/operations?type=SUBSCRIPTION_DEACTIVATION&status=PENDING`);
    assert.ok(!pending.body.items.some((operation: { target: { id: string } }) => operation.target.id === subscription.id));
    const accepted = await t.request('POST', `${url}/deactivation`, { reason: 'OTHER' }, { 'if-match': etag });
    assert.equal(accepted.status, 202);
    await t.waitForOperation(org, accepted.body.id);
  });

  test('POST /subscriptions/{id}/deactivation refuses a second one while pending, a bad reason and a mismatched commitment list', async () => {
    const { subscription } = await activeLine(t, org);
    const url = `/v2/orgs/${org}/subscriptions/${subscription.id}/deactivation`;
    const later = new Date(Date.now() + 3600_000).toISOString();
    const scheduled = await t.request('POST', url, { reason: 'NON_PAYMENT', deactivation_date: later });
    assert.equal(scheduled.status, 202);
    assert.equal(scheduled.body.status, 'PENDING');
    const second = await t.request('POST', url, { reason: 'NON_PAYMENT' });
    assert.equal(second.status, 409);
    assert.equal(second.body.error.code, 'OPERATION_IN_PROGRESS');
    const patch = await t.request('PATCH', `/v2/orgs/${org}/subscriptions/${subscription.id}`, [{ op: 'replace', path: '/status', value: 'SUSPENDED' }]);
    assert.equal(patch.body.error.code, 'OPERATION_IN_PROGRESS');
    const { subscription: other } = await activeLine(t, org);
    const otherUrl = `/v2/orgs/${org}/subscriptions/${other.id}/deactivation`;
    const reason = await t.request('POST', otherUrl, { reason: 'BORED' });
    assert.equal(reason.body.error.code, 'BAD_REQUEST');
    const mismatch = await t.request('POST', otherUrl, { reason: 'OTHER', commitments: ['00000000-0000-4000-8000-000000000001'] });
    assert.equal(mismatch.body.error.code, 'SUBSCRIPTION_DEACTIVATION_COMMITMENTS_DO_NOT_MATCH');
    const tooLate = await t.request('POST', otherUrl, { reason: 'OTHER', deactivation_date: new Date(Date.now() + 400 * 86400_000).toISOString() });
    assert.equal(tooLate.body.error.code, 'BAD_REQUEST');
  });

  test('a MULTISIM line shares its main line’s MSISDN and is deactivated with it', async () => {
    const bundle = await createBundle(t, org);
    const main = await createMobile(t, org, bundle.id);
    const sim = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/multisim`, {
      catalogue_commercial_product_id: 'MULTI',
      status: 'ACTIVE',
      specific_data: { main: main.id, imsi: imsi(), msisdn: '+34699999999' },
    });
    assert.equal(sim.status, 201);
    assert.equal(sim.body.specific_data.msisdn, main.specific_data.msisdn);
    const byMain = await t.request('GET', `/v2/orgs/${org}/subscriptions/multisim?main=${main.id}`);
    assert.deepEqual(byMain.body.items.map((s: { id: string }) => s.id), [sim.body.id]);
    const badMain = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/multisim`, {
      catalogue_commercial_product_id: 'MULTI',
      specific_data: { main: sim.body.id, imsi: imsi() },
    });
    assert.equal(badMain.body.error.code, 'INVALID_MAIN_SUBSCRIPTION');
    const accepted = await setupRequest(t, 202, 'POST', `/v2/orgs/${org}/subscriptions/${main.id}/deactivation`, { reason: 'OTHER' });
    await t.waitForOperation(org, accepted.id);
    const ended = await t.request('GET', `/v2/orgs/${org}/subscriptions/multisim/${sim.body.id}`);
    assert.equal(ended.body.status, 'DEACTIVATED');
  });

  test('every type is created and read through its own segment with its specific_data validated', async () => {
    const bundle = await createBundle(t, org);
    const bodies: Record<string, Record<string, unknown>> = {
      broadband: { technology: 'FTTH', installation_address: { street: 'Gran Vía 1', postal_code: '28013', city: 'Madrid' } },
      landline: { phone_number: '912 34 56 78' },
      orange_tv: { external_id: 'otv-1', customer_type: 'OTT' },
      orange_tv_libre: { registration_email: 'Ana@Example.com', service_id: 'S1' },
      agile_tv: { service_id: 'S', product_id: 'P' },
      amazon_prime: { service_id: 'S', product_id: 'P' },
      max: { service_id: 'S', product_id: 'P' },
      disney: { user_id: 'U', service_id: 'S', product_id: 'P' },
      netflix: { partner_account_id: 'NF-1', email: 'x@y.es' },
    };
    for (const [segment, specific_data] of Object.entries(bodies)) {
      const created = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/${segment}`, { catalogue_commercial_product_id: 'P', specific_data });
      assert.equal(created.status, 201, `${segment}: ${JSON.stringify(created.body)}`);
      const read = await t.request('GET', `/v2/orgs/${org}/subscriptions/${segment}/${created.body.id}`);
      assert.equal(read.status, 200, segment);
    }
    const byEmail = await t.request('GET', `/v2/orgs/${org}/subscriptions/orange_tv_libre?registration_email=ana@example.com`);
    assert.equal(byEmail.body.total, 1);
    const landline = await t.request('GET', `/v2/orgs/${org}/subscriptions/landline?phone_number=912345678`);
    assert.equal(landline.body.items[0].specific_data.phone_number, '+34912345678');
    const badPhone = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/landline`, { catalogue_commercial_product_id: 'P', specific_data: { phone_number: '612345678' } });
    assert.equal(badPhone.body.error.code, 'INVALID_PHONE_NUMBER');
    const missing = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/broadband`, { catalogue_commercial_product_id: 'P', specific_data: { technology: 'FTTH' } });
    assert.equal(missing.status, 400);
    assert.match(missing.body.error.message, /installation_address/);
  });
});
