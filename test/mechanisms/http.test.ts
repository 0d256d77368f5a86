import { randomUUID } from 'node:crypto';
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDialect } from '../helpers/app.js';
import { activeLine, createBundle, uniqueOrg } from '../helpers/fixtures.js';
import { addPromotion, promotionPath } from '../helpers/promotions.js';

forEachDialect('HTTP mechanisms', (t) => {
  const org = uniqueOrg();
  const bundles = `/v2/orgs/${org}/bundles`;
  const valid = { account_id: 'A', catalogue_bundled_commercial_product_id: 'P' };

  test('an unknown path is 404 ROUTE_NOT_FOUND and a known path with another method 405 with Allow', async () => {
    const unknown = await t.request('GET', '/v2/nothing-here');
    assert.equal(unknown.status, 404);
    assert.equal(unknown.body.error.code, 'ROUTE_NOT_FOUND');
    assert.equal(unknown.body.error.reference, 'http://localhost:8080/errors#ROUTE_NOT_FOUND');
    const method = await t.request('PUT', bundles);
    assert.equal(method.status, 405);
    assert.equal(method.body.error.code, 'METHOD_NOT_ALLOWED');
    assert.equal(method.headers.allow, 'GET, POST');
  });

  test('an unsupported method on a known path is 405 with Allow before its body is read: none, empty JSON, malformed JSON, another media type', async () => {
    const one = `${bundles}/${randomUUID()}`;
    const requests = [
      { method: 'PUT' as const, url: one },
      { method: 'PUT' as const, url: one, headers: { 'content-type': 'application/json' } },
      { method: 'DELETE' as const, url: one, headers: { 'content-type': 'application/json' }, payload: '{"account_id": ' },
      { method: 'POST' as const, url: one, headers: { 'content-type': 'application/xml' }, payload: '<a/>' },
      { method: 'PUT' as const, url: bundles, headers: { 'content-type': 'application/json' }, payload: '' },
    ];
    for (const request of requests) {
      const response = await t.app.inject(request);
      assert.equal(response.statusCode, 405, `${request.method} ${request.url} ${request.payload ?? ''}`);
      assert.equal(response.json().error.code, 'METHOD_NOT_ALLOWED');
      assert.equal(response.headers.allow, request.url === bundles ? 'GET, POST' : 'GET, PATCH');
    }
    const unknown = await t.app.inject({ method: 'POST', url: '/v2/nothing-here', headers: { 'content-type': 'application/json' }, payload: '{' });
    assert.equal(unknown.statusCode, 404);
    assert.equal(unknown.json().error.code, 'ROUTE_NOT_FOUND');
  });

  test('malformed JSON, an empty body, a missing body and a non-JSON content type are refused with the error body', async () => {
    const malformed = await t.request('POST', bundles, '{"account_id": ');
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.error.code, 'BAD_REQUEST');
    const empty = await t.request('POST', bundles, '');
    assert.equal(empty.status, 400);
    const missing = await t.request('POST', bundles);
    assert.equal(missing.status, 400);
    assert.equal(missing.body.error.code, 'BAD_REQUEST');
    const xml = await t.app.inject({ method: 'POST', url: bundles, headers: { 'content-type': 'application/xml' }, payload: '<a/>' });
    assert.equal(xml.statusCode, 415);
    assert.equal(xml.json().error.code, 'UNSUPPORTED_MEDIA_TYPE');
  });

  test('a body over 1 MiB is 413 PAYLOAD_TOO_LARGE; nesting deeper than 32 and prototype keys are 400', async () => {
    const huge = await t.request('POST', bundles, JSON.stringify({ ...valid, account_id: 'x'.repeat(1024 * 1024) }));
    assert.equal(huge.status, 413);
    assert.equal(huge.body.error.code, 'PAYLOAD_TOO_LARGE');
    let deep: unknown = 1;
    for (let i = 0; i < 40; i++) deep = { a: deep };
    const nested = await t.request('POST', bundles, { ...valid, extra: deep });
    assert.equal(nested.status, 400);
    const proto = await t.request('POST', bundles, `{"account_id":"A","catalogue_bundled_commercial_product_id":"P","__proto__":{"admin":true}}`);
    assert.equal(proto.status, 400);
    assert.equal(proto.body.error.code, 'BAD_REQUEST');
  });

  test('schema violations name the field: missing, wrong type, bad org, long audit header', async () => {
    const missing = await t.request('POST', bundles, { account_id: 'A' });
    assert.match(missing.body.error.message, /catalogue_bundled_commercial_product_id/);
    assert.ok(missing.body.error.details.length >= 1);
    const wrongType = await t.request('POST', bundles, { ...valid, legacy_id: 'seven' });
    assert.match(wrongType.body.error.message, /legacy_id/);
    const badOrg = await t.request('GET', '/v2/orgs/Bad.Org/bundles?account_id=A');
    assert.equal(badOrg.status, 400);
    assert.match(badOrg.body.error.message, /org/);
    const header = await t.request('POST', bundles, valid, { 'x-auth-origin-sub': 'u'.repeat(300) });
    assert.equal(header.status, 400);
  });

  test('integers beyond the exact range of a JSON number are 400: offset, integer filters and legacy ids', async () => {
    const other = uniqueOrg();
    const bundle = await createBundle(t, other);
    for (const url of [
      `/v2/orgs/${other}/bundles/${bundle.id}/subscriptions?offset=1e309`,
      `/v2/orgs/${other}/bundles/${bundle.id}/subscriptions?offset=99999999999999999999`,
      `/v2/orgs/${other}/subscriptions?legacy_id=9223372036854775807`,
      `/v2/orgs/${other}/events?after=1e309`,
    ]) {
      const answer = await t.request('GET', url);
      assert.equal(answer.status, 400, url);
      assert.equal(answer.body.error.code, 'BAD_REQUEST', url);
    }
    const created = await t.request('POST', `/v2/orgs/${other}/bundles`, { ...valid, legacy_id: 9223372036854775807 });
    assert.equal(created.status, 400);
    assert.match(created.body.error.message, /legacy_id/);
    const largest = await t.request('POST', `/v2/orgs/${other}/bundles`, { ...valid, legacy_id: Number.MAX_SAFE_INTEGER });
    assert.equal(largest.status, 201);
    assert.equal(largest.body.legacy_id, Number.MAX_SAFE_INTEGER);
  });

  test('/openapi.json tags an endpoint with each of the 23 groups of the seeds’ endpoint list, by its name there', async () => {
    const groups = [
      'Subscriptions', 'Bundles', 'Promotions', 'Devices', 'AddOns', 'Amazon Prime', 'Max', 'Mobile', 'Broadband', 'Landline', 'Orange TV',
      'Orange TV Libre', 'Disney', 'AgileTv', 'Netflix', 'Credit Limits', 'Change Requests', 'Commitments', 'DeviceInsurance', 'Multisim',
      'Payment Plans', 'Operations', 'Contracts',
    ];
    const document = (await t.request('GET', '/openapi.json')).body as { paths: Record<string, Record<string, { tags?: string[] }>> };
    const tags = new Set(Object.values(document.paths).flatMap((path) => Object.values(path).flatMap((operation) => operation.tags ?? [])));
    assert.deepEqual(groups.filter((group) => !tags.has(group)), []);
  });

  test('a NUL character in a query value, a body string or a body field name is 400 on both databases, and writes nothing', async () => {
    const other = uniqueOrg();
    for (const url of [`/v2/orgs/${other}/subscriptions/orange_tv_libre?service_id=%00`, `/v2/orgs/${other}/subscriptions?account_id=A%00B`]) {
      const answer = await t.request('GET', url);
      assert.equal(answer.status, 400, url);
      assert.match(answer.body.error.message, /NUL/);
    }
    for (const body of [{ ...valid, account_id: 'A\u0000B' }, { ...valid, 'x\u0000': 1 }]) {
      const answer = await t.request('POST', `/v2/orgs/${other}/bundles`, body);
      assert.equal(answer.status, 400);
      assert.equal(answer.body.error.code, 'BAD_REQUEST');
      assert.match(answer.body.error.message, /NUL/);
    }
    assert.equal((await t.request('GET', `/v2/orgs/${other}/bundles?account_id=A`)).body.total, 0);
  });

  test('every answer carries x-request-id: the caller’s when sent', async () => {
    const sent = await t.request('GET', '/health/live', undefined, { 'x-request-id': 'trace-123' });
    assert.equal(sent.headers['x-request-id'], 'trace-123');
    const generated = await t.request('GET', '/health/live');
    assert.match(String(generated.headers['x-request-id']), /^[0-9a-f-]{36}$/);
  });

  test('Idempotency-Key replays the first answer, refuses another body (422) and stores no error', async () => {
    const key = { 'idempotency-key': `k-${Date.now()}` };
    const first = await t.request('POST', bundles, valid, key);
    assert.equal(first.status, 201);
    const replay = await t.request('POST', bundles, valid, key);
    assert.equal(replay.status, 201);
    assert.equal(replay.headers['idempotent-replayed'], 'true');
    assert.deepEqual(replay.body, first.body);
    assert.equal(replay.headers.location, first.headers.location);
    const list = await t.request('GET', `${bundles}?account_id=A`);
    assert.equal(list.body.total, 1, 'the replay wrote nothing');
    const reused = await t.request('POST', bundles, { ...valid, account_id: 'B' }, key);
    assert.equal(reused.status, 422);
    assert.equal(reused.body.error.code, 'IDEMPOTENCY_KEY_REUSED');
    const errorKey = { 'idempotency-key': `e-${Date.now()}` };
    const failed = await t.request('POST', bundles, { account_id: 'C' }, errorKey);
    assert.equal(failed.status, 400);
    const corrected = await t.request('POST', bundles, { ...valid, account_id: 'C' }, errorKey);
    assert.equal(corrected.status, 201);
  });

  test('Idempotency-Key with the same body on another URL is not a replay: 422 IDEMPOTENCY_KEY_REUSED, nothing written there', async () => {
    const first = await activeLine(t, org);
    const second = await activeLine(t, org);
    const key = { 'idempotency-key': `u-${randomUUID()}` };
    const contract = { id: randomUUID(), documents_contract_id: 'DOC-U', documents_owner_id: 'OWNER-U' };
    const created = await t.request('POST', `/v2/orgs/${org}/subscriptions/${first.subscription.id}/contracts`, contract, key);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const elsewhere = await t.request('POST', `/v2/orgs/${org}/subscriptions/${second.subscription.id}/contracts`, contract, key);
    assert.equal(elsewhere.status, 422, `another URL must not replay the first answer: ${elsewhere.status} ${JSON.stringify(elsewhere.body)}`);
    assert.equal(elsewhere.body.error.code, 'IDEMPOTENCY_KEY_REUSED');
    assert.equal(elsewhere.headers['idempotent-replayed'], undefined);
    const secondContracts = await t.request('GET', `/v2/orgs/${org}/subscriptions/${second.subscription.id}/contracts`);
    assert.equal(secondContracts.status, 200);
    assert.equal(secondContracts.body.total, 0);
  });

  test('concurrent duplicates with one Idempotency-Key create one resource', async () => {
    const key = { 'idempotency-key': `c-${Date.now()}` };
    const account = `ACC-C-${Date.now()}`;
    const answers = await Promise.all(Array.from({ length: 10 }, () => t.request('POST', bundles, { ...valid, account_id: account }, key)));
    for (const answer of answers) assert.ok([201, 409].includes(answer.status), String(answer.status));
    const list = await t.request('GET', `${bundles}?account_id=${account}`);
    assert.equal(list.body.total, 1);
  });

  test('20 concurrent PATCHes with the same If-Match: exactly one applies, the others get 412', async () => {
    const { subscription } = await activeLine(t, org);
    const url = `/v2/orgs/${org}/subscriptions/${subscription.id}`;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.request('PATCH', url, [{ op: 'replace', path: '/legacy_id', value: i + 1 }], { 'if-match': '"1"' })),
    );
    assert.equal(answers.filter((answer) => answer.status === 200).length, 1);
    assert.equal(answers.filter((answer) => answer.status === 412).length, 19);
  });

  test('20 concurrent PATCHes without If-Match are serialised: none is lost', async () => {
    const bundle = await createBundle(t, org);
    const url = `/v2/orgs/${org}/bundles/${bundle.id}`;
    await Promise.all(Array.from({ length: 20 }, (_, i) => t.request('PATCH', url, [{ op: 'replace', path: '/legacy_id', value: i + 1 }])));
    const final = await t.request('GET', url);
    assert.equal(final.headers.etag, '"21"');
  });

  test('20 concurrent PATCHes of a promotion that each append a commitment keep all 20', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const url = promotionPath(org, subscription.id, promotion.id);
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.request('PATCH', url, [{ op: 'add', path: '/commitments/-', value: { catalogue_term_id: `TERM_${i}` } }])),
    );
    assert.deepEqual(answers.map((answer) => answer.status), Array(20).fill(200));
    const final = await t.request('GET', url);
    assert.deepEqual(
      final.body.commitments.map((commitment: { catalogue_term_id: string }) => commitment.catalogue_term_id).sort(),
      Array.from({ length: 20 }, (_, i) => `TERM_${i}`).sort(),
    );
    assert.equal(new Set(final.body.commitments.map((commitment: { id: string }) => commitment.id)).size, 20);
    assert.equal(final.headers.etag, '"21"');
  });

  test('service endpoints: health, OpenAPI 3.1 with every route, docs page, error catalogue, metrics', async () => {
    assert.equal((await t.request('GET', '/health/ready')).status, 200);
    const openapi = await t.request('GET', '/openapi.json');
    assert.equal(openapi.body.openapi, '3.1.0');
    assert.ok(openapi.body.paths['/v2/orgs/{org}/bundles/{bundleId}/subscriptions/mobile']);
    assert.ok(openapi.body.paths['/v2/orgs/{org}/subscriptions/{subscriptionId}/deactivation'].post);
    const docs = await t.app.inject({ method: 'GET', url: '/docs/' });
    assert.equal(docs.statusCode, 200);
    assert.match(docs.body, /swagger/i);
    const catalogue = await t.request('GET', '/errors', undefined, { accept: 'application/json' });
    assert.ok(catalogue.body.some((entry: { code: string }) => entry.code === 'PROMOTION_NOT_CANCELLABLE'));
    const html = await t.app.inject({ method: 'GET', url: '/errors' });
    assert.match(html.body, /id="MULTIPLE_PATCH_SAME_PATH"/);
    const metrics = await t.app.inject({ method: 'GET', url: '/metrics' });
    assert.match(metrics.body, /http_requests_total/);
    assert.match(metrics.body, /operations_oldest_pending_age_seconds/);
    assert.match(metrics.body, /outbox_lag_events\{consumer="webhooks"\}/);
  });
});

forEachDialect(
  'rate limit',
  (t) => {
    test('RATE_LIMIT_PER_MINUTE answers 429 RATE_LIMITED with Retry-After past the limit, and never on service endpoints', async () => {
      const url = '/v2/orgs/rl/bundles?account_id=A';
      for (let i = 0; i < 3; i++) assert.equal((await t.request('GET', url)).status, 200);
      const limited = await t.request('GET', url);
      assert.equal(limited.status, 429);
      assert.equal(limited.body.error.code, 'RATE_LIMITED');
      assert.ok(Number(limited.headers['retry-after']) >= 1);
      assert.equal((await t.request('GET', '/health/live')).status, 200);
    });
  },
  { env: { RATE_LIMIT_PER_MINUTE: '3' } },
);

forEachDialect(
  'unroutable requests with authentication on',
  (t) => {
    test('without a valid token an unsupported method or an unknown /v2 path is 401, before any 404 or 405', async () => {
      for (const [method, url] of [['PUT', '/v2/orgs/acme/bundles'], ['POST', '/v2/orgs/acme/nothing-here']] as const) {
        const response = await t.app.inject({ method, url, headers: { 'content-type': 'application/json' }, payload: '{' });
        assert.equal(response.statusCode, 401, `${method} ${url}`);
        assert.equal(response.json().error.code, 'UNAUTHORIZED');
        assert.equal(response.headers['www-authenticate'], 'Bearer');
        assert.equal(response.headers.allow, undefined);
      }
      assert.equal((await t.request('PUT', '/health/live')).status, 405);
    });
  },
  { env: { AUTH_JWT_SECRET: 'unroutable-test-secret-of-sufficient-length-0123' } },
);

forEachDialect('enum errors', (t) => {
  test('a value outside an enum answers 400 naming the allowed values: a deactivation reason, a device acquisition_type, a nullable enum', async () => {
    const org = uniqueOrg();
    const { subscription } = await activeLine(t, org);
    const reason = await t.request('POST', `/v2/orgs/${org}/subscriptions/${subscription.id}/deactivation`, { reason: 'BYE' });
    assert.equal(reason.status, 400);
    assert.equal(reason.body.error.message, 'Invalid body: reason must be one of SUBSCRIBER_REQUESTED, PORTABILITY_OUT, NON_PAYMENT, FRAUD, TECHNICAL, OTHER');
    const device = await t.request('POST', `/v2/orgs/${org}/subscriptions/${subscription.id}/devices`, { catalogue_commercial_device_id: 'IPHONE_15_128', legacy_account_id: 555, acquisition_type: 'RENTED' });
    assert.equal(device.status, 400);
    assert.equal(device.body.error.message, 'Invalid body: acquisition_type must be one of BORROWED, FINANCED, ONE_TIME_PAYMENT, null');
    const status = await t.request('POST', `/v2/orgs/${org}/bundles`, { account_id: 'ACC-1', catalogue_bundled_commercial_product_id: 'B', status: 'INACTIVE' });
    assert.equal(status.status, 400);
    assert.equal(status.body.error.message, 'Invalid body: status must be one of ACTIVE');
  });
});
