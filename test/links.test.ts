import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { forEachDialect } from './helpers/app.js';
import { uniqueOrg } from './helpers/fixtures.js';

/** Links without PUBLIC_URL: Location and the error `reference` name the address the request was sent to. */

const bundleBody = { account_id: 'ACC-LINK', catalogue_bundled_commercial_product_id: '8432_BUNDLED_3P' };
const forwarded = { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'api.example.com' };

forEachDialect(
  'links built from the request (no PUBLIC_URL, no trusted proxy)',
  (t) => {
    test('POST /bundles answers Location on the Host the request named, and a keyed replay through another node names that node', async () => {
      const org = uniqueOrg();
      const key = { 'idempotency-key': randomUUID() };
      const first = await t.request('POST', `/v2/orgs/${org}/bundles`, bundleBody, { host: 'node-a.internal:8081', ...key });
      assert.equal(first.status, 201);
      assert.equal(first.headers.location, `http://node-a.internal:8081/v2/orgs/${org}/bundles/${first.body.id}`);
      const replay = await t.request('POST', `/v2/orgs/${org}/bundles`, bundleBody, { host: 'node-b.internal:8082', ...key });
      assert.equal(replay.headers['idempotent-replayed'], 'true');
      assert.equal(replay.headers.location, `http://node-b.internal:8082/v2/orgs/${org}/bundles/${first.body.id}`);
    });

    test('an error reference names the Host of the request', async () => {
      const missing = await t.request('GET', `/v2/orgs/${uniqueOrg()}/bundles/${randomUUID()}`, undefined, { host: 'node-b.internal:8082' });
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error.reference, 'http://node-b.internal:8082/errors#BUNDLE_NOT_FOUND');
    });

    test('X-Forwarded-Proto and X-Forwarded-Host are ignored unless TRUST_PROXY trusts the sender', async () => {
      const created = await t.request('POST', `/v2/orgs/${uniqueOrg()}/bundles`, bundleBody, { host: 'node-a.internal:8081', ...forwarded });
      assert.match(String(created.headers.location), /^http:\/\/node-a\.internal:8081\/v2\//);
    });

    test('a Host that is not a host name falls back to localhost', async () => {
      const missing = await t.request('GET', `/v2/orgs/${uniqueOrg()}/bundles/${randomUUID()}`, undefined, { host: 'evil"><script>' });
      assert.match(missing.body.error.reference, /^http:\/\/localhost:\d+\/errors#BUNDLE_NOT_FOUND$/);
    });
  },
  { env: { PUBLIC_URL: '' } },
);

forEachDialect(
  'links built from the request behind a trusted proxy (TRUST_PROXY=true)',
  (t) => {
    test('POST /bundles answers Location and error references with the scheme and host the proxy forwarded', async () => {
      const org = uniqueOrg();
      const created = await t.request('POST', `/v2/orgs/${org}/bundles`, bundleBody, { host: 'node-a.internal:8081', ...forwarded });
      assert.equal(created.headers.location, `https://api.example.com/v2/orgs/${org}/bundles/${created.body.id}`);
      const refused = await t.request('POST', `/v2/orgs/${org}/bundles`, {}, { host: 'node-a.internal:8081', ...forwarded });
      assert.equal(refused.status, 400);
      assert.equal(refused.body.error.reference, 'https://api.example.com/errors#BAD_REQUEST');
    });
  },
  { env: { PUBLIC_URL: '', TRUST_PROXY: 'true' } },
);

forEachDialect(
  'links with PUBLIC_URL',
  (t) => {
    test('PUBLIC_URL wins over the Host and forwarded headers', async () => {
      const org = uniqueOrg();
      const created = await t.request('POST', `/v2/orgs/${org}/bundles`, bundleBody, { host: 'node-a.internal:8081', ...forwarded });
      assert.equal(created.headers.location, `https://inventory.example.org/base/v2/orgs/${org}/bundles/${created.body.id}`);
    });
  },
  { env: { PUBLIC_URL: 'https://inventory.example.org/base/', TRUST_PROXY: 'true' } },
);
