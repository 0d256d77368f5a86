import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDialect } from './helpers/app.js';
import { createBundle, createMobile, uniqueOrg } from './helpers/fixtures.js';

forEachDialect('bundles', (t) => {
  const org = uniqueOrg();

  test('POST /bundles creates an ACTIVE bundle with audit stamps, Location and ETag', async () => {
    const response = await t.request('POST', `/v2/orgs/${org}/bundles`, { account_id: 'A-1', catalogue_bundled_commercial_product_id: 'P1' }, { 'x-auth-origin-aud': 'crm', 'x-auth-origin-sub': 'agent-7' });
    assert.equal(response.status, 201);
    assert.equal(response.body.status, 'ACTIVE');
    assert.equal(response.body.creation_system, 'crm');
    assert.equal(response.body.creation_user, 'agent-7');
    assert.equal(response.body.legacy_id, null);
    assert.equal(response.headers.location, `http://localhost:8080/v2/orgs/${org}/bundles/${response.body.id}`);
    assert.equal(response.headers.etag, '"1"');
  });

  test('POST /bundles with the same id and body replays; with another body is 409 ALREADY_EXISTS', async () => {
    const id = '6F1C2B7E-2B7C-4C1E-9D2A-0B1C2D3E4F50';
    const body = { id, account_id: 'A-2', catalogue_bundled_commercial_product_id: 'P1' };
    const first = await t.request('POST', `/v2/orgs/${org}/bundles`, body);
    assert.equal(first.status, 201);
    assert.equal(first.body.id, id.toLowerCase());
    const again = await t.request('POST', `/v2/orgs/${org}/bundles`, body);
    assert.equal(again.status, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    const other = await t.request('POST', `/v2/orgs/${org}/bundles`, { ...body, account_id: 'A-3' });
    assert.equal(other.status, 409);
    assert.equal(other.body.error.code, 'ALREADY_EXISTS');
  });

  test('POST /bundles rejects an unknown field, naming it', async () => {
    const response = await t.request('POST', `/v2/orgs/${org}/bundles`, { account_id: 'A', catalogue_bundled_commercial_product_id: 'P', acount: 'typo' });
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'BAD_REQUEST');
    assert.match(response.body.error.message, /acount/);
  });

  test('GET /bundles needs one of account_id, legacy_account_id, legacy_id (MISSING_QUERY_PARAMS)', async () => {
    const response = await t.request('GET', `/v2/orgs/${org}/bundles?status=ACTIVE`);
    assert.equal(response.status, 400);
    assert.equal(response.body.error.code, 'MISSING_QUERY_PARAMS');
  });

  test('GET /bundles filters by account and status and pages with a total', async () => {
    const account = `ACC-${Date.now()}`;
    for (let i = 0; i < 3; i++) await createBundle(t, org, { account_id: account, legacy_id: i });
    const page = await t.request('GET', `/v2/orgs/${org}/bundles?account_id=${account}&limit=2&status=${encodeURIComponent('{"in":["ACTIVE"]}')}`);
    assert.equal(page.status, 200);
    assert.equal(page.body.total, 3);
    assert.equal(page.body.items.length, 2);
    assert.equal(page.headers['x-total-count'], '3');
    const rest = await t.request('GET', `/v2/orgs/${org}/bundles?account_id=${account}&offset=2`);
    assert.equal(rest.body.items.length, 1);
    assert.equal(rest.body.items[0].legacy_id, 2);
  });

  test('GET /bundles/{id} of another org is 404 BUNDLE_NOT_FOUND', async () => {
    const bundle = await createBundle(t, org);
    const response = await t.request('GET', `/v2/orgs/other-${org}/bundles/${bundle.id}`);
    assert.equal(response.status, 404);
    assert.equal(response.body.error.code, 'BUNDLE_NOT_FOUND');
  });

  test('PATCH /bundles/{id} refuses DEACTIVATED while a line is live, then allows it once the line is cancelled', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const refused = await t.request('PATCH', `/v2/orgs/${org}/bundles/${bundle.id}`, [{ op: 'replace', path: '/status', value: 'DEACTIVATED' }]);
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'INVALID_BUNDLE_STATUS');
    const cancel = await t.request('PATCH', `/v2/orgs/${org}/subscriptions/${line.id}`, [{ op: 'replace', path: '/status', value: 'CANCELLED' }]);
    assert.equal(cancel.status, 200);
    const done = await t.request('PATCH', `/v2/orgs/${org}/bundles/${bundle.id}`, [{ op: 'replace', path: '/status', value: 'DEACTIVATED', reason: 'CLOSED' }]);
    assert.equal(done.status, 200);
    assert.equal(done.body.status, 'DEACTIVATED');
    const again = await t.request('PATCH', `/v2/orgs/${org}/bundles/${bundle.id}`, [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
    assert.equal(again.body.error.code, 'INVALID_BUNDLE_STATUS');
    const history = await t.request('GET', `/v2/orgs/${org}/bundles/${bundle.id}/status_history`);
    assert.deepEqual(history.body.map((entry: { to: string }) => entry.to), ['ACTIVE', 'DEACTIVATED']);
    assert.equal(history.body[1].reason, 'CLOSED');
    const add = await t.request('POST', `/v2/orgs/${org}/bundles/${bundle.id}/subscriptions/mobile`, { catalogue_commercial_product_id: 'X', specific_data: { msisdn: '612345678', imsi: '214030000000001' } });
    assert.equal(add.status, 400);
    assert.equal(add.body.error.code, 'INVALID_BUNDLE_STATUS');
  });
});
