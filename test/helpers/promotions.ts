import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';

/** Builders for the promotion tests: promotions and the add-ons and devices they link to, through the public API. */

export const linePath = (org: string, subscriptionId: string) => `/v2/orgs/${org}/subscriptions/${subscriptionId}`;
export const promotionsPath = (org: string, subscriptionId: string) => `${linePath(org, subscriptionId)}/promotions`;
export const promotionPath = (org: string, subscriptionId: string, promotionId: string) => `${promotionsPath(org, subscriptionId)}/${promotionId}`;

/** An ISO date-time `ms` milliseconds from now (negative: in the past). */
export const inMs = (ms: number) => new Date(Date.now() + ms).toISOString();

export function promotionBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: randomUUID(), catalogue_promotion_id: 'PROMO_20_OFF', status: 'REQUESTED', ...overrides };
}

export async function addPromotion(t: TestApp, org: string, subscriptionId: string, overrides: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const response = await t.request('POST', promotionsPath(org, subscriptionId), promotionBody(overrides), headers);
  if (response.status !== 201) throw new Error(`promotion create failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function getPromotion(t: TestApp, org: string, subscriptionId: string, promotionId: string) {
  const response = await t.request('GET', promotionPath(org, subscriptionId, promotionId));
  if (response.status !== 200) throw new Error(`promotion get failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function addAddOn(t: TestApp, org: string, subscriptionId: string, overrides: Record<string, unknown> = {}) {
  const response = await t.request('POST', `${linePath(org, subscriptionId)}/add_ons`, {
    id: randomUUID(),
    catalogue_add_on_legacy_id: 'APOLLO-TV',
    catalogue_add_on_id: 'TV_PACK',
    status: 'ACTIVE',
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`add-on create failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A device of the line (the fixtures' lines carry legacy_account_id 555). */
export async function addDevice(t: TestApp, org: string, subscriptionId: string, overrides: Record<string, unknown> = {}) {
  const response = await t.request('POST', `${linePath(org, subscriptionId)}/devices`, {
    catalogue_commercial_device_id: 'IPHONE_15',
    legacy_account_id: 555,
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`device create failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Sets a line's status by PATCH (PRE_ACTIVE → ACTIVE, ACTIVE ↔ SUSPENDED, PRE_ACTIVE → CANCELLED). */
export async function setLineStatus(t: TestApp, org: string, subscriptionId: string, status: string) {
  const response = await t.request('PATCH', linePath(org, subscriptionId), [{ op: 'replace', path: '/status', value: status }]);
  if (response.status !== 200) throw new Error(`line status change failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Deactivates a line and waits for its operation. */
export async function deactivateLine(t: TestApp, org: string, subscriptionId: string, headers: Record<string, string> = {}) {
  const accepted = await t.request('POST', `${linePath(org, subscriptionId)}/deactivation`, { reason: 'SUBSCRIBER_REQUESTED' }, headers);
  if (accepted.status !== 202) throw new Error(`line deactivation failed: ${JSON.stringify(accepted.body)}`);
  return t.waitForOperation(org, accepted.body.id);
}

/** Polls until `check` answers a value (scheduled work), or fails after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('the expected state was not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
