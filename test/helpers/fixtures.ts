import { randomUUID } from 'node:crypto';
import type { TestApp } from './app.js';

/** Builders of valid resources through the public API, for tests that need a parent in place. */

let sequence = 0;
export const uniqueOrg = () => `org-${randomUUID().slice(0, 8)}`;

/** A valid Spanish mobile number, distinct per call. */
export function msisdn(): string {
  sequence += 1;
  return `6${String(10_000_000 + ((Date.now() + sequence * 7919) % 89_999_999)).padStart(8, '0')}`;
}

export function imsi(): string {
  sequence += 1;
  return `21403${String(Date.now() % 1e9).padStart(9, '0')}${sequence % 10}`;
}

export async function createBundle(t: TestApp, org: string, overrides: Record<string, unknown> = {}) {
  const response = await t.request('POST', `/v2/orgs/${org}/bundles`, {
    account_id: 'ACC-1',
    catalogue_bundled_commercial_product_id: '8432_BUNDLED_3P',
    legacy_id: 1000,
    legacy_account_id: 555,
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`bundle create failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function createMobile(t: TestApp, org: string, bundleId: string, overrides: Record<string, unknown> = {}) {
  const response = await t.request('POST', `/v2/orgs/${org}/bundles/${bundleId}/subscriptions/mobile`, {
    catalogue_commercial_product_id: 'MOBILE_UNLIMITED',
    status: 'ACTIVE',
    specific_data: { msisdn: msisdn(), imsi: imsi() },
    ...overrides,
  });
  if (response.status !== 201) throw new Error(`mobile create failed: ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A bundle with one ACTIVE mobile line. */
export async function activeLine(t: TestApp, org: string, overrides: Record<string, unknown> = {}) {
  const bundle = await createBundle(t, org);
  const subscription = await createMobile(t, org, bundle.id, overrides);
  return { bundle, subscription };
}

/**
 * Resources in the order every list answers them (API.md 1.6): oldest first by `creation_date`, then `id`. Two made
 * in the same millisecond come in `id` order, not in the order they were made. Dates compared as instants: an
 * answer drops zero milliseconds, so its text does not sort.
 */
export function inListOrder<T extends { creation_date: string; id: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => Date.parse(a.creation_date) - Date.parse(b.creation_date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
