import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';

/** Builders of devices and payment plans through the public API. */

/** A valid D3 body: the seed's two required fields (legacy_account_id matching the fixtures' bundle, 555). */
export function deviceBody(overrides: Record<string, unknown> = {}) {
  return { catalogue_commercial_device_id: 'IPHONE_15_128', legacy_account_id: 555, ...overrides };
}

/** A MAC address no other test uses, in colon form. */
export function uniqueMac(): string {
  const hex = randomUUID().replace(/-/g, '').slice(0, 12);
  return hex.match(/../g)!.join(':');
}

export async function createDevice(t: TestApp, org: string, subscriptionId: string, overrides: Record<string, unknown> = {}) {
  const response = await t.request('POST', `/v2/orgs/${org}/subscriptions/${subscriptionId}/devices`, deviceBody(overrides));
  if (response.status !== 201) throw new Error(`device create failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export function paymentPlanBody(overrides: Record<string, unknown> = {}) {
  return { total_amount: 100, instalments_count: 3, start_date: '2030-01-15T10:00:00Z', ...overrides };
}

export async function createPaymentPlan(t: TestApp, org: string, subscriptionId: string, deviceId: string, overrides: Record<string, unknown> = {}) {
  const response = await t.request('POST', `/v2/orgs/${org}/subscriptions/${subscriptionId}/devices/${deviceId}/payment_plans`, paymentPlanBody(overrides));
  if (response.status !== 201) throw new Error(`payment plan create failed: ${JSON.stringify(response.body)}`);
  return response.body;
}
