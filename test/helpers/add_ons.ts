import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';

/** Builders of add-ons through the public API. */

export function addOnBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    catalogue_add_on_legacy_id: 'APOLLO-ROAMING',
    catalogue_add_on_id: 'ROAMING_PLUS',
    status: 'REQUESTED',
    ...overrides,
  };
}

export async function createAddOn(t: TestApp, org: string, subscriptionId: string, overrides: Record<string, unknown> = {}) {
  const response = await t.request('POST', `/v2/orgs/${org}/subscriptions/${subscriptionId}/add_ons`, addOnBody(overrides));
  if (response.status !== 201) throw new Error(`add-on create failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function getAddOn(t: TestApp, org: string, subscriptionId: string, addOnId: string) {
  const response = await t.request('GET', `/v2/orgs/${org}/subscriptions/${subscriptionId}/add_ons/${addOnId}`);
  if (response.status !== 200) throw new Error(`add-on get failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** Deactivates a subscription and waits for the operation to finish. */
export async function deactivateLine(t: TestApp, org: string, subscriptionId: string, headers: Record<string, string> = {}) {
  const accepted = await t.request('POST', `/v2/orgs/${org}/subscriptions/${subscriptionId}/deactivation`, { reason: 'SUBSCRIBER_REQUESTED' }, headers);
  if (accepted.status !== 202) throw new Error(`subscription deactivation refused: ${JSON.stringify(accepted.body)}`);
  return t.waitForOperation(org, accepted.body.id);
}
