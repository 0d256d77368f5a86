import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { forEachDialect, type TestApp } from './helpers/app.js';
import { deactivateLine } from './helpers/add_ons.js';
import { activeLine, createBundle, createMobile, inListOrder, uniqueOrg } from './helpers/fixtures.js';
import { assertDocumentedResponses, seedErrorRows, SUBSCRIPTION_NOT_FOUND_TEXT } from './helpers/openapi.js';
import { setupRequest } from './helpers/setup.js';

const auditHeaders = { 'x-auth-origin-aud': 'crm', 'x-auth-origin-sub': 'agent-7' };
const CONTRACT_FIELDS = ['id', 'documents_contract_id', 'documents_owner_id', 'creation_date', 'creation_user', 'creation_system', 'last_updated_date', 'last_updated_user'];

const path = (org: string, subscriptionId: string, contractId?: string) =>
  `/v2/orgs/${org}/subscriptions/${subscriptionId}/contracts${contractId ? `/${contractId}` : ''}`;

function contractBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: randomUUID(), documents_contract_id: `DOC-${randomUUID().slice(0, 8)}`, documents_owner_id: 'OWNER-1', ...overrides };
}

async function createContract(t: TestApp, org: string, subscriptionId: string, overrides: Record<string, unknown> = {}) {
  const response = await t.request('POST', path(org, subscriptionId), contractBody(overrides));
  if (response.status !== 201) throw new Error(`contract create failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

forEachDialect('contracts', (t) => {
  const org = uniqueOrg();

  test('POST /subscriptions/{id}/contracts creates a contract whose last_updated stamps equal its creation stamps', async () => {
    const { subscription } = await activeLine(t, org);
    const since = Date.now();
    const body = contractBody();
    const response = await t.request('POST', path(org, subscription.id), body, auditHeaders);
    assert.equal(response.status, 201);
    assert.deepEqual(Object.keys(response.body).sort(), [...CONTRACT_FIELDS].sort());
    assert.equal(response.body.id, body.id);
    assert.equal(response.body.documents_contract_id, body.documents_contract_id);
    assert.equal(response.body.documents_owner_id, 'OWNER-1');
    assert.equal(response.body.creation_system, 'crm');
    assert.equal(response.body.creation_user, 'agent-7');
    const created = Date.parse(response.body.creation_date);
    assert.ok(created >= since - 1000 && created <= Date.now() + 1000);
    assert.equal(response.body.last_updated_date, response.body.creation_date);
    assert.equal(response.body.last_updated_user, 'agent-7');
    assert.equal(response.headers.location, `http://localhost:8080${path(org, subscription.id, String(body.id))}`);
    assert.equal(response.headers.etag, '"1"');
  });

  test('POST /subscriptions/{id}/contracts accepts server-owned fields and replaces them', async () => {
    const { subscription } = await activeLine(t, org);
    const response = await t.request(
      'POST',
      path(org, subscription.id),
      contractBody({
        creation_date: '2001-01-01T00:00:00Z',
        creation_user: 'forged',
        creation_system: 'forged',
        last_updated_date: '2001-01-01T00:00:00Z',
        last_updated_user: 'forged',
      }),
    );
    assert.equal(response.status, 201);
    assert.notEqual(response.body.creation_date, '2001-01-01T00:00:00Z');
    assert.equal(response.body.creation_user, 'N/A');
    assert.equal(response.body.creation_system, 'N/A');
    assert.equal(response.body.last_updated_date, response.body.creation_date);
    assert.equal(response.body.last_updated_user, 'N/A');
  });

  test('POST /subscriptions/{id}/contracts has no subscription-status gate: PRE_ACTIVE, CANCELLED and DEACTIVATED lines take contracts', async () => {
    const bundle = await createBundle(t, org);
    const preActive = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const cancelled = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    await setupRequest(t, 200, 'PATCH', `/v2/orgs/${org}/subscriptions/${cancelled.id}`, [{ op: 'replace', path: '/status', value: 'CANCELLED' }]);
    const { subscription: deactivated } = await activeLine(t, org);
    assert.equal((await deactivateLine(t, org, deactivated.id)).status, 'SUCCEEDED');
    for (const line of [preActive, cancelled, deactivated]) {
      const response = await t.request('POST', path(org, line.id), contractBody());
      assert.equal(response.status, 201, JSON.stringify(response.body));
    }
  });

  test('POST /subscriptions/{id}/contracts names the field of each schema violation, and needs a body', async () => {
    const { subscription } = await activeLine(t, org);
    const { id: _id, ...withoutId } = contractBody();
    const { documents_contract_id: _contract, ...withoutContract } = contractBody();
    const { documents_owner_id: _owner, ...withoutOwner } = contractBody();
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [withoutId, /id is required/],
      [withoutContract, /documents_contract_id is required/],
      [withoutOwner, /documents_owner_id is required/],
      [contractBody({ id: 'C-1' }), /id/],
      [contractBody({ documents_owner_id: '' }), /documents_owner_id/],
      [contractBody({ documents_contract_id: 42 }), /documents_contract_id/],
      [contractBody({ signed: true }), /signed/],
    ];
    for (const [body, field] of cases) {
      const response = await t.request('POST', path(org, subscription.id), body);
      assert.equal(response.status, 400, JSON.stringify(body));
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, field);
    }
    const empty = await t.request('POST', path(org, subscription.id));
    assert.equal(empty.status, 400);
    assert.equal(empty.body.error.code, 'BAD_REQUEST');
    const list = await t.request('GET', path(org, subscription.id));
    assert.equal(list.body.total, 0);
  });

  test('POST /subscriptions/{id}/contracts of an unknown subscription, or of another org\'s, is 404 SUBSCRIPTION_NOT_FOUND', async () => {
    const { subscription } = await activeLine(t, org);
    for (const url of [path(org, randomUUID()), path(uniqueOrg(), subscription.id)]) {
      const response = await t.request('POST', url, contractBody());
      assert.equal(response.status, 404);
      assert.equal(response.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    }
  });

  test('POST /subscriptions/{id}/contracts with the same id and body replays; another body or another subscription is 409 ALREADY_EXISTS', async () => {
    const { subscription } = await activeLine(t, org);
    const body = contractBody();
    const first = await t.request('POST', path(org, subscription.id), body);
    assert.equal(first.status, 201);
    const again = await t.request('POST', path(org, subscription.id), { ...body, id: String(body.id).toUpperCase(), creation_user: 'ignored' });
    assert.equal(again.status, 201);
    assert.equal(again.headers['idempotent-replayed'], 'true');
    assert.deepEqual(again.body, first.body);
    const changed = await t.request('POST', path(org, subscription.id), { ...body, documents_owner_id: 'OWNER-2' });
    assert.equal(changed.status, 409);
    assert.equal(changed.body.error.code, 'ALREADY_EXISTS');
    const { subscription: other } = await activeLine(t, org);
    const elsewhere = await t.request('POST', path(org, other.id), body);
    assert.equal(elsewhere.status, 409);
    assert.equal(elsewhere.body.error.code, 'ALREADY_EXISTS');
    const otherOrg = uniqueOrg();
    const { subscription: foreign } = await activeLine(t, otherOrg);
    assert.equal((await t.request('POST', path(otherOrg, foreign.id), body)).status, 201, 'ids are unique per org');
  });

  test('GET /subscriptions/{id}/contracts pages oldest first with a total, and shows only that subscription\'s contracts', async () => {
    const { subscription } = await activeLine(t, org);
    const { subscription: other } = await activeLine(t, org);
    await createContract(t, org, other.id);
    const made = [];
    for (let i = 0; i < 3; i++) made.push(await createContract(t, org, subscription.id));
    const created = inListOrder(made);
    const page = await t.request('GET', `${path(org, subscription.id)}?limit=2`);
    assert.equal(page.status, 200);
    const { next_cursor: nextCursor, ...envelope } = page.body;
    assert.deepEqual(envelope, { items: created.slice(0, 2), offset: 0, limit: 2, total: 3 });
    assert.equal(typeof nextCursor, 'string', 'a page with rows after it carries next_cursor');
    assert.equal(page.headers['x-total-count'], '3');
    const rest = await t.request('GET', `${path(org, subscription.id)}?offset='2'`);
    assert.deepEqual(rest.body.items, created.slice(2));
    const empty = await t.request('GET', path(org, (await activeLine(t, org)).subscription.id));
    assert.deepEqual(empty.body, { items: [], offset: 0, limit: 50, total: 0, next_cursor: null });
  });

  test('GET /subscriptions/{id}/contracts rejects unknown parameters and out-of-range paging with 400', async () => {
    const { subscription } = await activeLine(t, org);
    for (const [query, parameter] of [
      ['documents_owner_id=OWNER-1', 'documents_owner_id'],
      ['limit=501', 'limit'],
      ['offset=x', 'offset'],
    ]) {
      const response = await t.request('GET', `${path(org, subscription.id)}?${query}`);
      assert.equal(response.status, 400, query);
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, new RegExp(parameter));
    }
  });

  test('GET /subscriptions/{id}/contracts of an unknown subscription, or of another org\'s, is 404 SUBSCRIPTION_NOT_FOUND', async () => {
    const { subscription } = await activeLine(t, org);
    for (const url of [path(org, randomUUID()), path(uniqueOrg(), subscription.id)]) {
      const response = await t.request('GET', url);
      assert.equal(response.status, 404);
      assert.equal(response.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    }
  });

  test('GET /subscriptions/{id}/contracts/{contractId} answers the contract with its ETag and honours If-None-Match', async () => {
    const { subscription } = await activeLine(t, org);
    const contract = await createContract(t, org, subscription.id);
    const response = await t.request('GET', path(org, subscription.id, contract.id.toUpperCase()));
    assert.equal(response.status, 200);
    assert.deepEqual(response.body, contract);
    assert.equal(response.headers.etag, '"1"');
    const cached = await t.request('GET', path(org, subscription.id, contract.id), undefined, { 'if-none-match': '"1"' });
    assert.equal(cached.status, 304);
  });

  test('GET /subscriptions/{id}/contracts/{contractId} is 404 CONTRACT_NOT_FOUND for an unknown contract or one of another subscription; the subscription is checked first', async () => {
    const { subscription } = await activeLine(t, org);
    const { subscription: other } = await activeLine(t, org);
    const foreign = await createContract(t, org, other.id);
    for (const contractId of [randomUUID(), foreign.id]) {
      const response = await t.request('GET', path(org, subscription.id, contractId));
      assert.equal(response.status, 404);
      assert.equal(response.body.error.code, 'CONTRACT_NOT_FOUND');
      assert.equal(response.body.error.message, 'Contract not found');
    }
    for (const url of [path(org, randomUUID(), foreign.id), path(uniqueOrg(), other.id, foreign.id)]) {
      const response = await t.request('GET', url);
      assert.equal(response.status, 404);
      assert.equal(response.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    }
    const badId = await t.request('GET', path(org, subscription.id, 'C-1'));
    assert.equal(badId.status, 400);
    assert.match(badId.body.error.message, /contractId/);
  });
  test('POST /subscriptions/{id}/contracts types the server-owned fields as the seed does: a non-date creation_date or a non-string creation_user is 400', async () => {
    const { subscription } = await activeLine(t, org);
    for (const [field, value] of [
      ['creation_date', 42],
      ['last_updated_date', 'yesterday'],
      ['creation_user', { name: 'agent-7' }],
      ['creation_system', 7],
      ['last_updated_user', false],
    ] as Array<[string, unknown]>) {
      const response = await t.request('POST', path(org, subscription.id), contractBody({ [field]: value }));
      assert.equal(response.status, 400, `${field}: ${JSON.stringify(value)}`);
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, new RegExp(field));
    }
  });

  test('/openapi.json documents K1–K3 with the response codes and texts of seeds/contracts.txt', async () => {
    const line = '/v2/orgs/{org}/subscriptions/{subscriptionId}';
    const expected: Array<[string, string, Record<string, string>]> = [
      ['post', '/contracts', { 201: 'Contract successfully added', ...seedErrorRows(SUBSCRIPTION_NOT_FOUND_TEXT, true) }],
      ['get', '/contracts', { 200: 'Contracts found for the subscription', ...seedErrorRows(SUBSCRIPTION_NOT_FOUND_TEXT, false) }],
      ['get', '/contracts/{contractId}', { 200: 'Contract found', ...seedErrorRows('Contract not found', false) }],
    ];
    await assertDocumentedResponses(t, expected.map(([method, suffix, codes]) => [method, `${line}${suffix}`, codes]));
  });
});
