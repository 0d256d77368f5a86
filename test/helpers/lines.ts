import type { TestApp } from './app.js';

/** Builders of the non-mobile lines the credit-limit and change-request tests need, through the public API. */

export async function createLandline(t: TestApp, org: string, bundleId: string, overrides: Record<string, unknown> = {}) {
  const response = await t.request('POST', `/v2/orgs/${org}/bundles/${bundleId}/subscriptions/landline`, {
    catalogue_commercial_product_id: 'LANDLINE_BASIC',
    status: 'ACTIVE',
    specific_data: { phone_number: '912345678' },
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`landline create failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function createBroadband(t: TestApp, org: string, bundleId: string, overrides: Record<string, unknown> = {}) {
  const response = await t.request('POST', `/v2/orgs/${org}/bundles/${bundleId}/subscriptions/broadband`, {
    catalogue_commercial_product_id: 'FIBER_600',
    status: 'ACTIVE',
    specific_data: { technology: 'FTTH', installation_address: { street: 'Calle Mayor 1', postal_code: '28013', city: 'Madrid' } },
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`broadband create failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Moves a line to another status by PATCH (PRE_ACTIVE → CANCELLED, ACTIVE ⇄ SUSPENDED). */
export async function setLineStatus(t: TestApp, org: string, subscriptionId: string, status: string) {
  const response = await t.request('PATCH', `/v2/orgs/${org}/subscriptions/${subscriptionId}`, [{ op: 'replace', path: '/status', value: status }]);
  if (response.status !== 200) throw new Error(`status change to ${status} failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Polls a resource until `done` holds (scheduled work runs in the app's worker). */
export async function pollUntil<T = any>(t: TestApp, url: string, done: (body: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await t.request<T>('GET', url);
    if (done(body)) return body;
    if (Date.now() > deadline) throw new Error(`${url} did not reach the expected state: ${JSON.stringify(body)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
