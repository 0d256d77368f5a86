import { randomUUID } from 'node:crypto';
import type { RunningService } from './harness.js';

/** A customer's line with something in every section of the subscription page, created through the public API. */

const inMonths = (months: number) => {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + months);
  date.setUTCMilliseconds(0);
  return date.toISOString().replace('.000Z', 'Z');
};

export interface SeededLine {
  bundleId: string;
  subscriptionId: string;
  activePromotionId: string;
  requestedPromotionId: string;
  deviceId: string;
  addOnId: string;
}

export async function seedBundle(service: RunningService, org: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const { body } = await service.api('POST', `/v2/orgs/${org}/bundles`, {
    account_id: 'ACC-20431',
    legacy_account_id: 7730021,
    legacy_id: 99120,
    catalogue_bundled_commercial_product_id: '8432_BUNDLED_3P',
    ...overrides,
  });
  return body.id;
}

export async function seedMobileLine(service: RunningService, org: string, bundleId: string, msisdn: string, imsi: string): Promise<string> {
  const { body } = await service.api('POST', `/v2/orgs/${org}/bundles/${bundleId}/subscriptions/mobile`, {
    catalogue_commercial_product_id: 'MOBILE_UNLIMITED_5G',
    status: 'ACTIVE',
    legacy_id: 4410023,
    specific_data: { msisdn, imsi, sim_type: 'PHYSICAL' },
  });
  return body.id;
}

export async function seedPromotion(service: RunningService, org: string, subscriptionId: string, fields: Record<string, unknown>): Promise<string> {
  const id = randomUUID();
  await service.api('POST', `/v2/orgs/${org}/subscriptions/${subscriptionId}/promotions`, { id, ...fields });
  return id;
}

export async function seedDevice(service: RunningService, org: string, subscriptionId: string, fields: Record<string, unknown>): Promise<string> {
  const { body } = await service.api('POST', `/v2/orgs/${org}/subscriptions/${subscriptionId}/devices`, {
    catalogue_commercial_device_id: 'ROUTER_WIFI6',
    legacy_account_id: 7730021,
    ...fields,
  });
  return body.id;
}

/** A bundle with an ACTIVE mobile line that has promotions, a financed device, an add-on, a contract, credit limits and a tariff change. */
export async function seedRichLine(service: RunningService, org: string, msisdn = '611223344'): Promise<SeededLine> {
  const bundleId = await seedBundle(service, org);
  const subscriptionId = await seedMobileLine(service, org, bundleId, msisdn, '214031234567890');
  const line = `/v2/orgs/${org}/subscriptions/${subscriptionId}`;
  const activePromotionId = await seedPromotion(service, org, subscriptionId, {
    catalogue_promotion_id: 'PROMO_50_DISCOUNT',
    status: 'ACTIVE',
    expiration_date: inMonths(12),
    commitments: [{ catalogue_term_id: 'STAY_12M', expiration_date: inMonths(12) }],
  });
  const requestedPromotionId = await seedPromotion(service, org, subscriptionId, { catalogue_promotion_id: 'PROMO_FREE_ROAMING', status: 'REQUESTED' });
  const deviceId = await seedDevice(service, org, subscriptionId, {
    catalogue_commercial_device_id: 'PHONE_GALAXY_S24',
    acquisition_type: 'FINANCED',
    serial_number: 'SN-8842-XK',
    imei: '356938035643809',
    insurable_amount: 899.9,
    commitments: [{ catalogue_term_id: 'FINANCING_24M', expiration_date: inMonths(24) }],
  });
  await seedDevice(service, org, subscriptionId, { catalogue_commercial_device_id: 'ROUTER_WIFI6', acquisition_type: 'BORROWED', mac_address: '00-B0-D0-63-C2-26', serial_number: 'RT-55120' });
  await service.api('POST', `${line}/devices/${deviceId}/payment_plans`, { total_amount: 899.9, down_payment: 99.9, instalments_count: 24, start_date: inMonths(1) });
  const addOnId = randomUUID();
  await service.api('POST', `${line}/add_ons`, { id: addOnId, catalogue_add_on_id: 'EXTRA_DATA_10GB', catalogue_add_on_legacy_id: 'AO-10GB', status: 'ACTIVE' });
  await service.api('POST', `${line}/contracts`, { id: randomUUID(), documents_contract_id: 'DOC-2024-118-4471', documents_owner_id: 'ACC-20431' });
  await service.api('POST', `${line}/credit_limits`, { credit_limits: [{ credit_limit_id: 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT', credit_limit_value: 100, reason: 'initial limit' }] });
  await service.api('POST', `${line}/credit_limits`, { credit_limits: [{ credit_limit_id: 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT', credit_limit_value: 150, reason: 'customer request' }] });
  await service.api('POST', `${line}/change_requests/tariff`, {
    reason: 'RETENTION',
    date_scheduled: inMonths(1),
    specific_data: { catalogue_bundled_commercial_product_id: '8432_BUNDLED_4P', catalogue_promotion_ids: ['PROMO_TV_3M'] },
  });
  return { bundleId, subscriptionId, activePromotionId, requestedPromotionId, deviceId, addOnId };
}
