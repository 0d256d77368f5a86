import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiPath } from '../../src/core/paths.js';

test('apiPath builds the concrete path of its pattern, and of a path below it', () => {
  const item = apiPath('/v2/orgs/:org/subscriptions/:subscriptionId/promotions/:promotionId');
  assert.equal(item.path({ org: 'acme', subscriptionId: 's1', promotionId: 'p1' }), '/v2/orgs/acme/subscriptions/s1/promotions/p1');
  const history = item.below('/status_history');
  assert.equal(history.pattern, '/v2/orgs/:org/subscriptions/:subscriptionId/promotions/:promotionId/status_history');
  assert.equal(history.path({ org: 'acme', subscriptionId: 's1', promotionId: 'p1' }), '/v2/orgs/acme/subscriptions/s1/promotions/p1/status_history');
});

/** Checked by tsc, which `npm test` runs first: apiPath types its pattern's parameters, so a path missing one does not compile. */
export function pathMissingAParameter(): string {
  // @ts-expect-error: bundleId is missing (tsc fails here the day this compiles)
  return apiPath('/v2/orgs/:org/bundles/:bundleId').path({ org: 'acme' });
}

test('apiPath names the parameters of its pattern, in order', () => {
  assert.deepEqual(apiPath('/v2/orgs/:org/subscriptions/:subscriptionId/promotions/:promotionId').names, ['org', 'subscriptionId', 'promotionId']);
  assert.deepEqual(apiPath('/health').names, []);
});
