import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createInventoryClient, InventoryApiError, ok, waitForOperation, type InventoryClient } from '../../packages/client/src/index.js';
import { startService, type RunningService } from './harness.js';

/** The typed client package against the running service: typed calls, the contract's errors, operations followed. */
describe('typed client (packages/client)', () => {
  const org = 'client-org';
  let service: RunningService;
  let client: InventoryClient;

  before(async () => {
    service = await startService();
    client = createInventoryClient({ baseUrl: service.baseUrl, audit: { system: 'crm', user: 'agent-9' } });
  });

  after(async () => {
    await service?.close();
  });

  it('creates and reads resources through typed paths, sending the audit identity', async () => {
    const bundle = await ok(client.POST('/v2/orgs/{org}/bundles', { params: { path: { org } }, body: { account_id: 'ACC-C1', catalogue_bundled_commercial_product_id: '8432_BUNDLED_3P' } }));
    assert.equal(bundle.creation_user, 'agent-9');
    assert.equal(bundle.creation_system, 'crm');
    const found = await ok(client.GET('/v2/orgs/{org}/bundles/{bundleId}', { params: { path: { org, bundleId: bundle.id } } }));
    assert.deepEqual(found, bundle);
  });

  it('throws the contract’s code and message on an error answer', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const error = await ok(client.GET('/v2/orgs/{org}/subscriptions/{subscriptionId}', { params: { path: { org, subscriptionId: missing } } })).then(
      () => assert.fail('a missing subscription must not resolve'),
      (caught: unknown) => caught,
    );
    assert.ok(error instanceof InventoryApiError);
    assert.equal(error.status, 404);
    assert.equal(error.code, 'SUBSCRIPTION_NOT_FOUND');
    assert.match(error.message, new RegExp(missing));
  });

  it('follows a 202 operation to its end', async () => {
    const bundle = await ok(client.POST('/v2/orgs/{org}/bundles', { params: { path: { org } }, body: { account_id: 'ACC-C2', catalogue_bundled_commercial_product_id: '8432_BUNDLED_3P' } }));
    const line = await ok(
      client.POST('/v2/orgs/{org}/bundles/{bundleId}/subscriptions/mobile', {
        params: { path: { org, bundleId: bundle.id } },
        body: { catalogue_commercial_product_id: 'MOBILE_M', status: 'ACTIVE', specific_data: { msisdn: '633445566', imsi: '214031111111111' } },
      }),
    );
    const accepted = await ok(client.POST('/v2/orgs/{org}/subscriptions/{subscriptionId}/deactivation', { params: { path: { org, subscriptionId: line.id } }, body: { reason: 'SUBSCRIBER_REQUESTED' } }));
    const seen: string[] = [];
    const finished = await waitForOperation(client, org, accepted.id, { intervalMs: 20, onUpdate: (operation) => seen.push(operation.status) });
    assert.equal(finished.status, 'SUCCEEDED');
    assert.equal(seen.at(-1), 'SUCCEEDED');
    const after = await ok(client.GET('/v2/orgs/{org}/subscriptions/{subscriptionId}', { params: { path: { org, subscriptionId: line.id } } }));
    assert.equal(after.status, 'DEACTIVATED');
  });
});
