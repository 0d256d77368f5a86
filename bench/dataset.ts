/**
 * The seeded data set, as pure functions of a subscription's index: the seed writes it and the benchmark picks
 * its targets from it without asking the database. Ids look random (so B-trees fill as they do with UUIDs v4)
 * but are a bijection of the index, hence unique and recomputable.
 */

export const BENCH_ORG = 'bench';
export const SUBSCRIPTIONS_PER_BUNDLE = 3;
/**
 * Subscription i was created at the anchor + i minutes: a million lines span the two years before the seeding
 * year (the anchor is the 1st of January two years back, so lines seeded in tiers on one day line up).
 */
const anchorOf = (nowMs: number) => Date.UTC(new Date(nowMs).getUTCFullYear() - 2, 0, 1);
const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** murmur3's 32-bit finaliser: a bijection on 32-bit integers. */
function mix32(value: number): number {
  let x = value >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

const hex8 = (value: number) => value.toString(16).padStart(8, '0');

const KIND_CODES = { bundle: 1, subscription: 2, promotion: 3, device: 4, addOn: 5, commitment: 6, operation: 7 } as const;
export type IdKind = keyof typeof KIND_CODES;

/** A UUID v4-shaped id, unique per (kind, index). */
export function idOf(kind: IdKind, index: number): string {
  const salt = Math.imul(KIND_CODES[kind], 0x9e3779b9);
  const w0 = mix32(index ^ salt);
  const w1 = mix32(w0 ^ Math.imul(KIND_CODES[kind], 0x01000193));
  const w2 = mix32(w1 + 0x27d4eb2f);
  const w3 = mix32(w2 ^ index);
  const a = hex8(w0);
  const b = hex8(w1);
  const c = hex8(w2);
  const d = hex8(w3);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${((w2 >>> 28) & 0x3 | 0x8).toString(16)}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}

export const SUBSCRIPTION_STATUSES_BY_BUCKET = [
  [82, 'ACTIVE'],
  [88, 'PRE_ACTIVE'],
  [93, 'SUSPENDED'],
  [100, 'DEACTIVATED'],
] as const;
export type SeedSubscriptionStatus = (typeof SUBSCRIPTION_STATUSES_BY_BUCKET)[number][1];

export function subscriptionStatusOf(index: number): SeedSubscriptionStatus {
  const bucket = mix32(index ^ 0x0badcafe) % 100;
  return SUBSCRIPTION_STATUSES_BY_BUCKET.find(([limit]) => bucket < limit)![1];
}

const THIRD_LINE_TYPES = ['LANDLINE', 'ORANGE_TV', 'NETFLIX', 'AMAZON_PRIME', 'DISNEY', 'MAX', 'AGILE_TV', 'ORANGE_TV_LIBRE'] as const;
export type SeedType = 'MOBILE' | 'BROADBAND' | (typeof THIRD_LINE_TYPES)[number];

/** A bundle is a mobile line, a broadband line (or a second mobile) and one more service. */
export function subscriptionTypeOf(index: number): SeedType {
  const position = index % SUBSCRIPTIONS_PER_BUNDLE;
  if (position === 0) return 'MOBILE';
  if (position === 1) return mix32(index ^ 0x1234) % 4 === 0 ? 'MOBILE' : 'BROADBAND';
  return THIRD_LINE_TYPES[mix32(index ^ 0x4321) % THIRD_LINE_TYPES.length];
}

export const bundleOf = (index: number) => Math.floor(index / SUBSCRIPTIONS_PER_BUNDLE);
export const accountIdOf = (bundle: number) => `ACC${String(bundle).padStart(9, '0')}`;
export const legacyAccountIdOf = (bundle: number) => 100_000_000 + bundle;
/** The device's MAC as a client sends it (pairs and colons); it is matched in canonical form. */
export function macOf(index: number): string {
  const digits = `02${index.toString(16).padStart(10, '0')}`;
  return digits.match(/../g)!.join(':');
}
export const promotionIndex = (index: number, k: 0 | 1) => index * 2 + k;
/** Commitment 2i belongs to promotion 0 of line i, 2i+1 to its device. */
export const commitmentIndex = (index: number, parent: 'promotion' | 'device') => index * 2 + (parent === 'promotion' ? 0 : 1);

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}
const addMonths = (ms: number, months: number) => {
  const date = new Date(ms);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime();
};

function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function specificDataOf(type: SeedType, index: number): Record<string, unknown> {
  switch (type) {
    case 'MOBILE': {
      const iccidBody = `893407${pad(index, 12)}`;
      return { msisdn: `+346${pad(index, 8)}`, imsi: `21407${pad(index, 10)}`, iccid: `${iccidBody}${luhnDigit(iccidBody)}`, sim_type: index % 5 === 0 ? 'ESIM' : 'PHYSICAL' };
    }
    case 'BROADBAND':
      return {
        legacy_service_id: `WO${pad(index, 10)}`,
        technology: index % 7 === 0 ? 'VDSL' : 'FTTH',
        installation_address: { street: `Calle Mayor ${index % 400}`, postal_code: pad(28000 + (index % 1000), 5), city: 'Madrid', province: 'Madrid', country: 'ES' },
        download_speed_mbps: 1000,
        upload_speed_mbps: 600,
      };
    case 'LANDLINE':
      return { phone_number: `+349${pad(index, 8)}`, legacy_service_id: `LS${pad(index, 10)}` };
    case 'ORANGE_TV':
      return { external_id: `OTV${pad(index, 10)}`, service_plan_ids: ['TV_BASIC', 'TV_SPORTS'], customer_type: 'IPTV', max_set_top_boxes: 2 };
    case 'NETFLIX':
      return { partner_account_id: `NFX${pad(index, 10)}`, service_id: 'NETFLIX_STANDARD', offer_id: 'BUNDLE_2024' };
    case 'AMAZON_PRIME':
      return { service_id: `PRM${pad(index, 10)}`, product_id: 'PRIME_MONTHLY', billing_id: `BIL${pad(index, 10)}` };
    case 'DISNEY':
      return { user_id: `DSN${pad(index, 10)}`, service_id: `DSV${pad(index, 10)}`, product_id: 'DISNEY_PREMIUM' };
    case 'MAX':
      return { service_id: `MAX${pad(index, 10)}`, product_id: 'MAX_STANDARD' };
    case 'AGILE_TV':
      return { service_id: `AGL${pad(index, 10)}`, product_id: 'AGILE_FULL', is_primary: true };
    case 'ORANGE_TV_LIBRE':
      return { registration_email: `user${index}@example.com`, service_id: `OTL${pad(index, 10)}` };
  }
}

const SYSTEM = 'bench-seed';
const USER = 'seed';

export interface SeedLine {
  bundle?: Record<string, unknown>;
  subscription: Record<string, unknown> & { id: string; type: SeedType; specific_data: Record<string, unknown> };
  /** Status history entries (creation first) per resource: [kind, id, entries]. */
  history: Array<[kind: string, id: string, entries: Array<Record<string, unknown>>]>;
  promotions: Array<Record<string, unknown> & { id: string; creation_date: string; subscription_id: string; status: string; activation_date: string | null; expiration_date: string | null; add_on_id: string | null; device_id: string | null }>;
  device: Record<string, unknown> & { id: string; creation_date: string; subscription_id: string; mac_address: string; serial_number: string; legacy_id: number };
  addOn: Record<string, unknown> & { id: string; creation_date: string; subscription_id: string; status: string; legacy_id: number; activation_date: string | null };
  commitments: Array<Record<string, unknown> & { id: string; creation_date: string; parent_kind: 'PROMOTION' | 'DEVICE'; parent_id: string; subscription_id: string; status: string; expiration_date: string | null }>;
  operations: Array<Record<string, unknown> & { id: string; creation_date: string; type: string; status: string; target: { kind: string; id: string; subscription_id: string; href: string }; scheduled_date: string }>;
}

const entry = (from: string | null, to: string, reason: string | null, date: string) => ({ from, to, reason, date, system: SYSTEM, user: USER, operation_id: null });

/** Everything about subscription `index`, in the stored form of each resource (children are rows of their own). */
export function seedLine(org: string, index: number, nowMs: number): SeedLine {
  const bundle = bundleOf(index);
  const type = subscriptionTypeOf(index);
  const status = subscriptionStatusOf(index);
  const createdMs = anchorOf(nowMs) + index * MINUTE_MS;
  const created = iso(createdMs);
  const activationMs = createdMs + DAY_MS;
  const deactivationMs = createdMs + 200 * DAY_MS;
  const deactivated = status === 'DEACTIVATED';
  const preActive = status === 'PRE_ACTIVE';
  const subscriptionId = idOf('subscription', index);
  const bundleId = idOf('bundle', bundle);
  const history: SeedLine['history'] = [];
  const operations: SeedLine['operations'] = [];
  const line = (path: string) => `/v2/orgs/${org}/subscriptions/${subscriptionId}${path}`;
  const schedule = (kind: 'PROMOTION' | 'COMMITMENT', targetId: string, href: string, operationType: string, runAtMs: number, operationIndex: number) => {
    operations.push({
      id: idOf('operation', operationIndex),
      type: operationType,
      status: 'PENDING',
      target: { kind, id: targetId, subscription_id: subscriptionId, href },
      reason: operationType === 'COMMITMENT_EXPIRATION' || operationType === 'PROMOTION_EXPIRATION' ? 'EXPIRATION_DATE_REACHED' : null,
      creation_date: created,
      creation_system: SYSTEM,
      creation_user: USER,
      scheduled_date: iso(runAtMs),
      start_date: null,
      end_date: null,
      attempts: 0,
      error: null,
      progress: null,
      payload: {},
    });
  };

  const subscription = {
    id: subscriptionId,
    legacy_id: 700_000_000 + index,
    pre_scoring_id: null,
    type,
    catalogue_commercial_product_id: `${type}_PLAN_${index % 4}`,
    status,
    mandatory: index % SUBSCRIPTIONS_PER_BUNDLE === 0,
    bundle_id: bundleId,
    account_id: accountIdOf(bundle),
    legacy_account_id: legacyAccountIdOf(bundle),
    activation_date: preActive ? null : iso(activationMs),
    deactivation_date: deactivated ? iso(deactivationMs) : null,
    deactivation_system: deactivated ? SYSTEM : null,
    deactivation_user: deactivated ? USER : null,
    last_status_update: preActive ? created : iso(deactivated ? deactivationMs : activationMs),
    last_status_reason: deactivated ? 'SUBSCRIBER_REQUESTED' : status === 'SUSPENDED' ? 'NON_PAYMENT' : preActive ? 'SUBSCRIPTION_ADDED_TO_BUNDLE' : 'STATUS_CHANGED',
    creation_date: created,
    creation_system: SYSTEM,
    creation_user: USER,
    last_updated_date: iso(deactivated ? deactivationMs : activationMs),
    last_updated_user: USER,
    specific_data: specificDataOf(type, index),
  };
  const subscriptionHistory = [entry(null, 'PRE_ACTIVE', 'SUBSCRIPTION_ADDED_TO_BUNDLE', created)];
  if (!preActive) subscriptionHistory.push(entry('PRE_ACTIVE', 'ACTIVE', 'STATUS_CHANGED', iso(activationMs)));
  if (status === 'SUSPENDED') subscriptionHistory.push(entry('ACTIVE', 'SUSPENDED', 'NON_PAYMENT', iso(activationMs + 90 * DAY_MS)));
  if (deactivated) subscriptionHistory.push(entry('ACTIVE', 'DEACTIVATED', 'SUBSCRIBER_REQUESTED', iso(deactivationMs)));
  history.push(['Subscription', subscriptionId, subscriptionHistory]);

  // The add-on: live with its line, ended with it.
  const addOnId = idOf('addOn', index);
  const addOnStatus = preActive ? 'REQUESTED' : deactivated ? 'DEACTIVATED' : 'ACTIVE';
  const addOn = {
    id: addOnId,
    legacy_id: 300_000_000 + index,
    catalogue_add_on_legacy_id: `AO_LEGACY_${index % 20}`,
    catalogue_add_on_id: `ADDON_${index % 20}`,
    creation_date: created,
    creation_system: SYSTEM,
    creation_user: USER,
    last_updated_date: created,
    status: addOnStatus,
    activation_date: preActive ? null : iso(activationMs),
    deactivation_date: deactivated ? iso(deactivationMs) : null,
    deactivation_system: deactivated ? SYSTEM : null,
    deactivation_user: deactivated ? USER : null,
    provider_product_id: `PP${index % 50}`,
    provider_service_id: `PS${pad(index, 10)}`,
    subscription_id: subscriptionId,
  };
  history.push(['AddOn', addOnId, [entry(null, addOnStatus === 'REQUESTED' ? 'REQUESTED' : 'ACTIVE', null, created), ...(deactivated ? [entry('ACTIVE', 'DEACTIVATED', 'SUBSCRIPTION_DEACTIVATION', iso(deactivationMs))] : [])]]);

  // The device, financed over 36 months: its commitment binds from the device's creation.
  const deviceId = idOf('device', index);
  const device = {
    id: deviceId,
    legacy_id: 400_000_000 + index,
    catalogue_commercial_device_id: `PHONE_${index % 30}`,
    catalogue_device_id: `DEV_${index % 30}`,
    reservation_id: null,
    signature_process_id: null,
    shipping_order_id: `SO${pad(index, 10)}`,
    pickup_order_id: null,
    in_store_delivery_date: null,
    in_store_returned_date: null,
    manufacturing_info: { id_type: 'IMEI', id: `35${pad(index, 13)}` },
    serial_number: `SN${pad(index, 10)}`,
    mac_address: macOf(index),
    imei: `35${pad(index, 13)}`,
    acquisition_type: 'FINANCED',
    insurable_amount: 499.9,
    legacy_account_id: legacyAccountIdOf(bundle),
    subscription_id: subscriptionId,
    creation_date: created,
    last_updated_date: created,
  };

  // Promotion 0: the line's discount, active for 36 months with a 12-month permanence; promotion 1: on the add-on, requested.
  const promotions: SeedLine['promotions'] = [];
  const commitments: SeedLine['commitments'] = [];
  const promotionHref = (id: string) => line(`/promotions/${id}`);
  {
    const id = idOf('promotion', promotionIndex(index, 0));
    const expirationMs = addMonths(activationMs, 36);
    const expired = !preActive && !deactivated && expirationMs <= nowMs;
    const promotionStatus = preActive ? 'REQUESTED' : deactivated ? 'DEACTIVATED' : expired ? 'EXPIRED' : 'ACTIVE';
    promotions.push({
      id,
      legacy_id: 600_000_000 + index,
      catalogue_promotion_id: `PROMO_DISCOUNT_${index % 10}`,
      creation_date: created,
      creation_system: SYSTEM,
      creation_user: USER,
      last_updated_date: created,
      status: promotionStatus,
      status_detail: deactivated
        ? { reason: 'SUBSCRIPTION_DEACTIVATION', description: null, date: iso(deactivationMs) }
        : expired
          ? { reason: 'EXPIRATION_DATE_REACHED', description: null, date: iso(expirationMs) }
          : preActive
            ? null
            : { reason: 'SUBSCRIPTION_ACTIVATED', description: null, date: iso(activationMs) },
      activation_date: preActive ? null : iso(activationMs),
      expiration_date: iso(expirationMs),
      deactivation_date: deactivated ? iso(deactivationMs) : null,
      deactivation_system: deactivated ? SYSTEM : null,
      deactivation_user: deactivated ? USER : null,
      origin: 'EXISTING_CLIENT',
      add_on_id: null,
      device_id: null,
      subscription_id: subscriptionId,
    });
    const promotionHistory = [entry(null, 'REQUESTED', null, created)];
    if (!preActive) promotionHistory.push(entry('REQUESTED', 'ACTIVE', 'SUBSCRIPTION_ACTIVATED', iso(activationMs)));
    if (deactivated) promotionHistory.push(entry('ACTIVE', 'DEACTIVATED', 'SUBSCRIPTION_DEACTIVATION', iso(deactivationMs)));
    if (expired) promotionHistory.push(entry('ACTIVE', 'EXPIRED', 'EXPIRATION_DATE_REACHED', iso(expirationMs)));
    history.push(['Promotion', id, promotionHistory]);
    if (promotionStatus === 'ACTIVE') schedule('PROMOTION', id, promotionHref(id), 'PROMOTION_EXPIRATION', expirationMs, index * 3);

    const commitmentId = idOf('commitment', commitmentIndex(index, 'promotion'));
    const commitmentExpirationMs = addMonths(activationMs, 12);
    const commitmentStatus = preActive ? 'ACTIVE' : deactivated && commitmentExpirationMs > deactivationMs ? 'DEACTIVATED' : commitmentExpirationMs <= nowMs ? 'EXPIRED' : 'ACTIVE';
    commitments.push({
      id: commitmentId,
      legacy_id: null,
      catalogue_term_id: 'PERMANENCE_12M',
      status: commitmentStatus,
      start_date: preActive ? null : iso(activationMs),
      expiration_date: preActive ? null : iso(commitmentExpirationMs),
      cancellation_date: commitmentStatus === 'DEACTIVATED' ? iso(deactivationMs) : null,
      cancellation_system: commitmentStatus === 'DEACTIVATED' ? SYSTEM : null,
      cancellation_user: commitmentStatus === 'DEACTIVATED' ? USER : null,
      cancellation_reason: commitmentStatus === 'DEACTIVATED' ? 'SUBSCRIPTION_DEACTIVATION' : null,
      creation_date: created,
      last_updated_date: created,
      parent_kind: 'PROMOTION',
      parent_id: id,
      subscription_id: subscriptionId,
    });
    history.push(['Commitment', commitmentId, [entry(null, 'ACTIVE', null, created), ...(commitmentStatus !== 'ACTIVE' ? [entry('ACTIVE', commitmentStatus, commitmentStatus === 'DEACTIVATED' ? 'SUBSCRIPTION_DEACTIVATION' : 'EXPIRATION_DATE_REACHED', created)] : [])]]);
    if (commitmentStatus === 'ACTIVE' && !preActive) {
      schedule('COMMITMENT', commitmentId, line(`/promotions/${id}/commitments/${commitmentId}`), 'COMMITMENT_EXPIRATION', commitmentExpirationMs, index * 3 + 1);
    }
  }
  {
    const id = idOf('promotion', promotionIndex(index, 1));
    const promotionStatus = deactivated ? 'CANCELLED' : 'REQUESTED';
    promotions.push({
      id,
      legacy_id: null,
      catalogue_promotion_id: `PROMO_ADDON_${index % 10}`,
      creation_date: created,
      creation_system: SYSTEM,
      creation_user: USER,
      last_updated_date: created,
      status: promotionStatus,
      status_detail: deactivated ? { reason: 'SUBSCRIPTION_DEACTIVATION', description: null, date: iso(deactivationMs) } : null,
      activation_date: null,
      expiration_date: null,
      deactivation_date: deactivated ? iso(deactivationMs) : null,
      deactivation_system: deactivated ? SYSTEM : null,
      deactivation_user: deactivated ? USER : null,
      origin: 'EXISTING_CLIENT',
      add_on_id: addOnId,
      device_id: null,
      subscription_id: subscriptionId,
    });
    history.push(['Promotion', id, [entry(null, 'REQUESTED', null, created), ...(deactivated ? [entry('REQUESTED', 'CANCELLED', 'SUBSCRIPTION_DEACTIVATION', iso(deactivationMs))] : [])]]);
  }
  {
    const commitmentId = idOf('commitment', commitmentIndex(index, 'device'));
    const expirationMs = addMonths(createdMs, 36);
    const commitmentStatus = deactivated ? 'DEACTIVATED' : expirationMs <= nowMs ? 'EXPIRED' : 'ACTIVE';
    commitments.push({
      id: commitmentId,
      legacy_id: 800_000_000 + index,
      catalogue_term_id: 'FINANCING_36M',
      status: commitmentStatus,
      start_date: created,
      expiration_date: iso(expirationMs),
      cancellation_date: deactivated ? iso(deactivationMs) : null,
      cancellation_system: deactivated ? SYSTEM : null,
      cancellation_user: deactivated ? USER : null,
      cancellation_reason: deactivated ? 'SUBSCRIPTION_DEACTIVATION' : null,
      creation_date: created,
      last_updated_date: created,
      parent_kind: 'DEVICE',
      parent_id: deviceId,
      subscription_id: subscriptionId,
    });
    history.push(['Commitment', commitmentId, [entry(null, 'ACTIVE', null, created), ...(deactivated ? [entry('ACTIVE', 'DEACTIVATED', 'SUBSCRIPTION_DEACTIVATION', iso(deactivationMs))] : [])]]);
    if (commitmentStatus === 'ACTIVE') schedule('COMMITMENT', commitmentId, line(`/devices/${deviceId}/commitments/${commitmentId}`), 'COMMITMENT_EXPIRATION', expirationMs, index * 3 + 2);
  }

  const first = index % SUBSCRIPTIONS_PER_BUNDLE === 0;
  return {
    bundle: first
      ? {
          id: bundleId,
          legacy_id: 500_000_000 + bundle,
          account_id: accountIdOf(bundle),
          legacy_account_id: legacyAccountIdOf(bundle),
          catalogue_bundled_commercial_product_id: '8432_BUNDLED_3P',
          status: 'ACTIVE',
          creation_date: created,
          creation_system: SYSTEM,
          creation_user: USER,
          last_updated_date: created,
          last_updated_user: USER,
        }
      : undefined,
    subscription,
    history,
    promotions,
    device,
    addOn,
    commitments,
    operations,
  };
}

/** Lines the benchmark may read and write: ACTIVE ones (a promotion can be added, its commitments patched). */
export function activeLines(subscriptions: number, count: number, salt = 0): number[] {
  const picked: number[] = [];
  for (let attempt = 0; picked.length < count && attempt < count * 20; attempt++) {
    const index = mix32(Math.imul(attempt, 0x9e3779b1) ^ salt) % subscriptions;
    if (subscriptionStatusOf(index) === 'ACTIVE') picked.push(index);
  }
  return picked;
}
