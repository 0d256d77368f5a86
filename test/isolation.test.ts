import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, test } from 'node:test';
import { SignJWT } from 'jose';
import { forEachDialect, operationPoller, type Answer, type TestApp } from './helpers/app.js';
import { HEADER, csv, line, runBatch, upload } from './helpers/batches.js';
import { createDevice, createPaymentPlan, deviceBody, paymentPlanBody, uniqueMac } from './helpers/devices.js';
import { createBundle, createMobile, imsi, msisdn, uniqueOrg } from './helpers/fixtures.js';
import { addAddOn, addPromotion, promotionBody } from './helpers/promotions.js';
import { addOnBody } from './helpers/add_ons.js';
import { expectStatus } from './helpers/setup.js';

/**
 * Tenant isolation (API.md 1.1, 1.3): a resource of one org is never visible, changeable or counted from another.
 *
 * The walks are driven by the served /openapi.json: every route under /v2/orgs/{org} must have a row in ROUTES (a
 * route the table does not know fails every walk), and every row must name a served route. Org A is seeded with a
 * resource of every family; each route is then called with A's ids in its path:
 * - as org B, which holds nothing: 404 with the code of the first resource of the path, empty searches and logs;
 * - as org C, which holds resources of its own under some of A's ids (ids are unique per org only): 404 below them,
 *   C's own resources at them;
 * - on A's own path with a token for org B only: 403 FORBIDDEN_ORGANIZATION.
 * No answer may hold one of A's ids (but those the caller sent) or of A's values, and afterwards every GET route is
 * read again as A and compared with what it answered before (bodies and ETags).
 */

// ── Org A: one resource of every family ─────────────────────────────────────────────────────────────────────

/** Each typed segment of API.md 3: how A's line of that type is made and how the org-wide search finds it. */
interface TypedLine {
  segment: string;
  specificData: (tag: string, refs: { deviceId: string; mainId: string }) => Record<string, unknown>;
  /** The org-wide search query that finds this line in its own org. */
  search: (created: any) => string;
}

const landlineNumber = () => `9${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
const q = encodeURIComponent;

const TYPED_LINES: TypedLine[] = [
  { segment: 'mobile', specificData: () => ({ msisdn: msisdn(), imsi: imsi() }), search: (line) => `msisdn=${q(line.specific_data.msisdn)}` },
  {
    segment: 'broadband',
    specificData: (tag) => ({ technology: 'FTTH', legacy_service_id: `WO-${tag}`, installation_address: { street: `Calle ${tag} 1`, postal_code: '28013', city: 'Madrid' } }),
    search: (line) => `legacy_service_id=${q(line.specific_data.legacy_service_id)}`,
  },
  { segment: 'landline', specificData: () => ({ phone_number: landlineNumber() }), search: (line) => `phone_number=${q(line.specific_data.phone_number)}` },
  { segment: 'orange_tv', specificData: (tag) => ({ external_id: `OTV-${tag}` }), search: (line) => `external_id=${q(line.specific_data.external_id)}` },
  {
    segment: 'orange_tv_libre',
    specificData: (tag) => ({ registration_email: `tv-${tag}@example.com`, service_id: `OTVL-${tag}` }),
    search: (line) => `registration_email=${q(line.specific_data.registration_email)}`,
  },
  { segment: 'agile_tv', specificData: (tag) => ({ service_id: `AGILE-${tag}`, product_id: `AGILE-P-${tag}` }), search: (line) => `service_id=${q(line.specific_data.service_id)}` },
  { segment: 'amazon_prime', specificData: (tag) => ({ service_id: `PRIME-${tag}`, product_id: `PRIME-P-${tag}` }), search: (line) => `service_id=${q(line.specific_data.service_id)}` },
  { segment: 'max', specificData: (tag) => ({ service_id: `MAX-${tag}`, product_id: `MAX-P-${tag}` }), search: (line) => `service_id=${q(line.specific_data.service_id)}` },
  {
    segment: 'disney',
    specificData: (tag) => ({ user_id: `DIS-U-${tag}`, service_id: `DIS-${tag}`, product_id: `DIS-P-${tag}` }),
    search: (line) => `user_id=${q(line.specific_data.user_id)}`,
  },
  { segment: 'netflix', specificData: (tag) => ({ partner_account_id: `NFX-${tag}` }), search: (line) => `partner_account_id=${q(line.specific_data.partner_account_id)}` },
  {
    segment: 'device_insurance',
    specificData: (tag, refs) => ({ device_id: refs.deviceId, insurance_policy_id: `POL-${tag}`, insured_amount: 100 }),
    search: (line) => `insurance_policy_id=${q(line.specific_data.insurance_policy_id)}`,
  },
  { segment: 'multisim', specificData: (_tag, refs) => ({ main: refs.mainId, imsi: imsi() }), search: (line) => `main=${line.specific_data.main}` },
];

interface Tenant {
  org: string;
  accountId: string;
  bundle: string;
  subscription: string;
  promotion: string;
  promotionCommitment: string;
  addOn: string;
  addOnPromotion: string;
  device: string;
  deviceCommitment: string;
  devicePromotion: string;
  paymentPlan: string;
  contract: string;
  creditLimit: string;
  changeRequest: string;
  /** A promotion deactivation (202) that has run. */
  operation: string;
  /** An administration batch that has run. */
  batch: string;
  hub: string;
  typed: Record<string, { id: string; search: string }>;
  mac: string;
  serial: string;
  /** Every id of A's resources. */
  ids: string[];
  /** Values only A's data holds (its tag, numbers, the hub secret): none may reach another org. */
  markers: string[];
}

/** The Idempotency-Key of one of A's creates; org B sends it with its own writes (keys are kept per org, API.md 1.8). */
const idempotencyKeyOf = (org: string) => `isolation-key-${org}`;

const PREMIUM = 'MOBILE_SUBSCRIPTION_PREMIUM_CREDIT_LIMIT';
const TOTAL = 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';
const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString();

/** Seeds an org with a resource of every family through the public API (`t` may carry a token). */
async function seedTenant(caller: TestApp, org: string, token: Record<string, string> = {}): Promise<Tenant> {
  // Not a hex digit in "iso": a tag can never be part of a UUID of another org's answer by chance.
  const tag = `iso${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  // Every write of A is stamped with a tagged identity: A's status histories and audit fields carry the tag too.
  const headers = { ...token, 'x-auth-origin-aud': `crm-${tag}`, 'x-auth-origin-sub': `agent-${tag}` };
  const t = asCaller(caller, headers);
  const accountId = `ACC-${tag}`;
  const base = `/v2/orgs/${org}`;
  const bundle = await createBundle(t, org, { account_id: accountId, catalogue_bundled_commercial_product_id: `OFFER_${tag}` });
  const mobile = await createMobile(t, org, bundle.id, { catalogue_commercial_product_id: `MOBILE_${tag}` });
  const own = `${base}/subscriptions/${mobile.id}`;
  const mac = uniqueMac();
  const serial = `SN-${tag}`;
  const device = await createDevice(t, org, mobile.id, {
    acquisition_type: 'FINANCED',
    mac_address: mac,
    serial_number: serial,
    imei: `IMEI-${tag}`,
    insurable_amount: 500,
    commitments: [{ catalogue_term_id: `TERM_DEVICE_${tag}`, expiration_date: '2030-01-01T00:00:00Z' }],
  });
  const paymentPlan = await createPaymentPlan(t, org, mobile.id, device.id);
  const addOn = await addAddOn(t, org, mobile.id, { catalogue_add_on_id: `ADDON_${tag}`, catalogue_add_on_legacy_id: `ADDON-LEGACY-${tag}` });
  const promotion = await addPromotion(t, org, mobile.id, {
    status: 'ACTIVE',
    catalogue_promotion_id: `PROMO_${tag}`,
    commitments: [{ catalogue_term_id: `TERM_PROMO_${tag}`, expiration_date: '2030-01-01T00:00:00Z' }],
  });
  const addOnPromotion = await addPromotion(t, org, mobile.id, { add_on_id: addOn.id, catalogue_promotion_id: `PROMO_ADDON_${tag}` });
  const devicePromotion = await addPromotion(t, org, mobile.id, { device_id: device.id, status: 'ACTIVE', catalogue_promotion_id: `PROMO_DEVICE_${tag}` });
  const endedPromotion = await addPromotion(t, org, mobile.id, { status: 'ACTIVE', catalogue_promotion_id: `PROMO_ENDED_${tag}` });
  const deactivation = expectStatus(await t.request('POST', `${own}/promotions/${endedPromotion.id}/deactivation`, { reason: 'MANUALLY_REMOVED' }), 202, 'promotion deactivation');
  assert.equal((await t.waitForOperation(org, deactivation.id)).status, 'SUCCEEDED');
  const contract = expectStatus(
    await t.request('POST', `${own}/contracts`, { id: randomUUID(), documents_contract_id: `DOC-${tag}`, documents_owner_id: `OWNER-${tag}` }, { 'idempotency-key': idempotencyKeyOf(org) }),
    201,
    'contract create',
  );
  expectStatus(await t.request('POST', `${own}/credit_limits`, { credit_limits: [{ credit_limit_id: TOTAL, credit_limit_value: 150, reason: `limit ${tag}` }] }), 201, 'credit limit');
  const changeRequest = expectStatus(
    await t.request('POST', `${own}/change_requests/tariff`, {
      specific_data: { catalogue_bundled_commercial_product_id: `NEXT_OFFER_${tag}` },
      date_scheduled: inDays(30),
      reason: 'SUBSCRIBER_REQUESTED',
    }),
    201,
    'tariff change request',
  );
  const typed: Tenant['typed'] = { mobile: { id: mobile.id, search: TYPED_LINES[0].search(mobile) } };
  const markers = [tag, mobile.specific_data.msisdn, mobile.specific_data.imsi, mac];
  for (const spec of TYPED_LINES.slice(1)) {
    const created = expectStatus(
      await t.request('POST', `${base}/bundles/${bundle.id}/subscriptions/${spec.segment}`, {
        catalogue_commercial_product_id: `${spec.segment.toUpperCase()}_${tag}`,
        status: 'ACTIVE',
        specific_data: spec.specificData(tag, { deviceId: device.id, mainId: mobile.id }),
      }),
      201,
      `${spec.segment} create`,
    );
    typed[spec.segment] = { id: created.id, search: spec.search(created) };
    if (spec.segment === 'landline') markers.push(created.specific_data.phone_number);
    if (spec.segment === 'multisim') markers.push(created.specific_data.imsi);
  }
  const batch = await runBatch(t, org, csv(HEADER, [line('SET_CREDIT_LIMIT', mobile.id, { resource_id: PREMIUM, reason: `batch ${tag}`, value: '20.00' })]), { wait: 10, headers });
  assert.equal(batch.status, 'SUCCEEDED');
  assert.equal(batch.progress.succeeded, 1);
  const hub = expectStatus(
    // A public documentation address (TEST-NET-3), and an event type that never happens here: nothing is ever sent.
    await t.request('POST', `${base}/hub`, { callback: `http://203.0.113.10/hook-${tag}`, event_types: ['ContractDeleteEvent'] }),
    201,
    'hub registration',
  );
  markers.push(hub.secret);
  const tenant: Omit<Tenant, 'ids' | 'markers'> = {
    org,
    accountId,
    bundle: bundle.id,
    subscription: mobile.id,
    promotion: promotion.id,
    promotionCommitment: promotion.commitments[0].id,
    addOn: addOn.id,
    addOnPromotion: addOnPromotion.id,
    device: device.id,
    deviceCommitment: device.commitments[0].id,
    devicePromotion: devicePromotion.id,
    paymentPlan: paymentPlan.id,
    contract: contract.id,
    creditLimit: TOTAL,
    changeRequest: changeRequest.id,
    operation: deactivation.id,
    batch: batch.id,
    hub: hub.id,
    typed,
    mac,
    serial,
  };
  const ids = [
    ...Object.values(tenant).filter((value): value is string => typeof value === 'string' && /^[0-9a-f]{8}-/.test(value)),
    endedPromotion.id,
    ...Object.values(typed).map((entry) => entry.id),
  ];
  return { ...tenant, ids: [...new Set(ids)], markers };
}

// ── The route table ──────────────────────────────────────────────────────────────────────────────────────────

/** Each path parameter: the resource it names in A, and the not-found code when the org has no such resource. */
const PARAMS: Record<string, { code: string; of: (a: Tenant) => string }> = {
  bundleId: { code: 'BUNDLE_NOT_FOUND', of: (a) => a.bundle },
  subscriptionId: { code: 'SUBSCRIPTION_NOT_FOUND', of: (a) => a.subscription },
  promotionId: { code: 'PROMOTION_NOT_FOUND', of: (a) => a.promotion },
  addonId: { code: 'ADD_ON_NOT_FOUND', of: (a) => a.addOn },
  deviceId: { code: 'DEVICE_NOT_FOUND', of: (a) => a.device },
  commitmentId: { code: 'COMMITMENT_NOT_FOUND', of: (a) => a.promotionCommitment },
  contractId: { code: 'CONTRACT_NOT_FOUND', of: (a) => a.contract },
  creditLimitId: { code: 'CREDIT_LIMIT_NOT_FOUND', of: (a) => a.creditLimit },
  changeRequestId: { code: 'CHANGE_REQUEST_NOT_FOUND', of: (a) => a.changeRequest },
  paymentPlanId: { code: 'PAYMENT_PLAN_NOT_FOUND', of: (a) => a.paymentPlan },
  operationId: { code: 'OPERATION_NOT_FOUND', of: (a) => a.operation },
  hubId: { code: 'HUB_NOT_FOUND', of: (a) => a.hub },
};

/** A line of the probing batch, with the resources it reaches (subscription first), as a route's path does. */
interface ProbeLine {
  cells: string[];
  chain: Array<[param: string, id: string]>;
}

interface RouteCase {
  /**
   * - `not-found`: a resource (or a child) on A's ids: 404 with the code of the first resource on the path the caller's
   *   org lacks (API.md 1.1);
   * - `search`: an org-wide search by A's identifiers: 200 and nothing found;
   * - `log`: an org-wide unfiltered list (events, operations, hubs): 200 and none of A's;
   * - `create`: a create with no parent on its path, reusing A's ids where the body takes one (ids are unique per org).
   */
  expect: 'not-found' | 'search' | 'log' | 'create';
  /** Query strings; several are several probes. */
  query?: (a: Tenant) => string[];
  /** A valid body, so the answer comes from existence (API.md 1.14: shape 400 first, then 404). */
  body?: (a: Tenant) => unknown;
  /** POST /operations: the file's lines. */
  batch?: (a: Tenant) => ProbeLine[];
  /** Path parameters that name another of A's resources than PARAMS says. */
  params?: Partial<Record<string, (a: Tenant) => string>>;
  /** The success status of a `create` (in an org that does not hold the reused ids). */
  created?: number;
}

const replace = (path: string, value: unknown) => [{ op: 'replace', path, value }];
const S = '/v2/orgs/{org}/subscriptions/{subscriptionId}';
const nf = (extra: Omit<RouteCase, 'expect'> = {}): RouteCase => ({ expect: 'not-found', ...extra });

function typedRoutes(): Record<string, RouteCase> {
  const routes: Record<string, RouteCase> = {};
  for (const spec of TYPED_LINES) {
    const params = { subscriptionId: (a: Tenant) => a.typed[spec.segment].id };
    const create = (a: Tenant) => ({
      catalogue_commercial_product_id: 'PROBE_PRODUCT',
      status: 'ACTIVE',
      specific_data: spec.specificData(`probe${randomUUID().slice(0, 6)}`, { deviceId: a.device, mainId: a.subscription }),
    });
    routes[`POST /v2/orgs/{org}/bundles/{bundleId}/subscriptions/${spec.segment}`] = nf({ body: create });
    routes[`GET /v2/orgs/{org}/bundles/{bundleId}/subscriptions/${spec.segment}`] = nf();
    routes[`GET /v2/orgs/{org}/subscriptions/${spec.segment}`] = { expect: 'search', query: (a) => [a.typed[spec.segment].search, `account_id=${q(a.accountId)}`] };
    routes[`GET /v2/orgs/{org}/subscriptions/${spec.segment}/{subscriptionId}`] = nf({ params });
    routes[`PATCH /v2/orgs/{org}/subscriptions/${spec.segment}/{subscriptionId}`] = nf({ params, body: () => replace('/mandatory', true) });
  }
  return routes;
}

const ROUTES: Record<string, RouteCase> = withVersions({
  // Bundles and subscriptions (API.md 2)
  'POST /v2/orgs/{org}/bundles': {
    expect: 'create',
    created: 201,
    body: (a) => ({ id: a.bundle, account_id: a.accountId, catalogue_bundled_commercial_product_id: 'PROBE_OFFER', legacy_id: 1000, legacy_account_id: 555 }),
  },
  'GET /v2/orgs/{org}/bundles': { expect: 'search', query: (a) => [`account_id=${q(a.accountId)}`] },
  'GET /v2/orgs/{org}/bundles/{bundleId}': nf(),
  'PATCH /v2/orgs/{org}/bundles/{bundleId}': nf({ body: () => replace('/legacy_id', 4242) }),
  'GET /v2/orgs/{org}/bundles/{bundleId}/status_history': nf(),
  'GET /v2/orgs/{org}/bundles/{bundleId}/subscriptions': nf(),
  'GET /v2/orgs/{org}/subscriptions': { expect: 'search', query: (a) => [`account_id=${q(a.accountId)}`, `account_id=${q(a.accountId)}&type=MOBILE&status=ACTIVE`] },
  [`GET ${S}`]: nf(),
  [`PATCH ${S}`]: nf({ body: () => replace('/mandatory', true) }),
  [`POST ${S}/deactivation`]: nf({ body: () => ({ reason: 'SUBSCRIBER_REQUESTED' }) }),
  [`GET ${S}/status_history`]: nf(),
  ...typedRoutes(),

  // Promotions (API.md 4)
  [`POST ${S}/promotions`]: nf({ body: () => promotionBody() }),
  [`GET ${S}/promotions`]: nf(),
  [`GET ${S}/promotions/{promotionId}`]: nf(),
  [`PATCH ${S}/promotions/{promotionId}`]: nf({ body: () => replace('/legacy_id', 4242) }),
  [`PUT ${S}/promotions/{promotionId}`]: nf({
    body: (a) => ({ id: a.promotion, catalogue_promotion_id: 'PROBE_PROMO', status: 'ACTIVE', commitments: [{ id: a.promotionCommitment, expiration_date: '2031-01-01T00:00:00Z' }] }),
  }),
  [`POST ${S}/promotions/{promotionId}/deactivation`]: nf({ body: () => ({ reason: 'MANUALLY_REMOVED' }) }),
  [`POST ${S}/promotions/{promotionId}/cancellation`]: nf({ params: { promotionId: (a) => a.addOnPromotion }, body: () => ({ reason: 'MANUALLY_REMOVED' }) }),
  [`GET ${S}/promotions/{promotionId}/status_history`]: nf(),
  [`GET ${S}/add_ons/{addonId}/promotions`]: nf(),
  [`GET ${S}/add_ons/{addonId}/promotions/{promotionId}`]: nf({ params: { promotionId: (a) => a.addOnPromotion } }),
  [`PATCH ${S}/add_ons/{addonId}/promotions/{promotionId}`]: nf({ params: { promotionId: (a) => a.addOnPromotion }, body: () => replace('/legacy_id', 4242) }),
  [`GET ${S}/devices/{deviceId}/promotions`]: nf(),
  [`GET ${S}/devices/{deviceId}/promotions/{promotionId}`]: nf({ params: { promotionId: (a) => a.devicePromotion } }),
  [`PATCH ${S}/devices/{deviceId}/promotions/{promotionId}`]: nf({ params: { promotionId: (a) => a.devicePromotion }, body: () => replace('/legacy_id', 4242) }),

  // Commitments (API.md 7): the public example body, which would end A's commitment
  [`GET ${S}/promotions/{promotionId}/commitments/{commitmentId}`]: nf(),
  [`PATCH ${S}/promotions/{promotionId}/commitments/{commitmentId}`]: nf({
    body: () => [{ op: 'add', path: '/status', value: 'DEACTIVATED', reason: 'SUBSCRIBER_REQUESTED' }],
  }),
  [`GET ${S}/promotions/{promotionId}/commitments/{commitmentId}/status_history`]: nf(),
  [`GET ${S}/devices/{deviceId}/commitments/{commitmentId}`]: nf({ params: { commitmentId: (a) => a.deviceCommitment } }),
  [`PATCH ${S}/devices/{deviceId}/commitments/{commitmentId}`]: nf({
    params: { commitmentId: (a) => a.deviceCommitment },
    body: () => [{ op: 'add', path: '/status', value: 'DEACTIVATED', reason: 'SUBSCRIBER_REQUESTED' }],
  }),
  [`GET ${S}/devices/{deviceId}/commitments/{commitmentId}/status_history`]: nf({ params: { commitmentId: (a) => a.deviceCommitment } }),

  // Devices (API.md 5)
  'GET /v2/orgs/{org}/devices': { expect: 'search', query: (a) => [`mac_address=${q(a.mac)}`, `serial_number=${q(a.serial)}`] },
  [`GET ${S}/devices`]: nf(),
  [`POST ${S}/devices`]: nf({ body: () => deviceBody({ mac_address: uniqueMac() }) }),
  [`GET ${S}/devices/{deviceId}`]: nf(),
  [`PATCH ${S}/devices/{deviceId}`]: nf({ body: () => replace('/serial_number', 'SN-PROBE') }),

  // Add-ons (API.md 6)
  [`GET ${S}/add_ons`]: nf(),
  [`POST ${S}/add_ons`]: nf({ body: () => addOnBody() }),
  [`GET ${S}/add_ons/{addonId}`]: nf(),
  [`PATCH ${S}/add_ons/{addonId}`]: nf({ body: () => replace('/legacy_id', 4242) }),
  [`POST ${S}/add_ons/{addonId}/deactivation`]: nf({ body: () => ({ reason: 'SUBSCRIBER_RESIGNATION' }) }),
  [`GET ${S}/add_ons/{addonId}/status_history`]: nf(),

  // Contracts, credit limits, change requests, payment plans (API.md 8–11)
  [`POST ${S}/contracts`]: nf({ body: () => ({ id: randomUUID(), documents_contract_id: 'DOC-PROBE', documents_owner_id: 'OWNER-PROBE' }) }),
  [`GET ${S}/contracts`]: nf(),
  [`GET ${S}/contracts/{contractId}`]: nf(),
  [`GET ${S}/credit_limits`]: nf(),
  [`POST ${S}/credit_limits`]: nf({
    body: () => ({ credit_limits: [{ credit_limit_id: 'MOBILE_SUBSCRIPTION_ROAMING_VOICE_CREDIT_LIMIT', credit_limit_value: 10, reason: 'probe' }] }),
  }),
  [`GET ${S}/credit_limits/{creditLimitId}`]: nf(),
  [`POST ${S}/change_requests/tariff`]: nf({
    body: () => ({ specific_data: { catalogue_bundled_commercial_product_id: 'PROBE_OFFER' }, date_scheduled: inDays(30), reason: 'SUBSCRIBER_REQUESTED' }),
  }),
  [`GET ${S}/change_requests`]: nf(),
  [`GET ${S}/change_requests/{changeRequestId}`]: nf(),
  [`POST ${S}/change_requests/{changeRequestId}/cancellation`]: nf({ body: () => ({ reason: 'SUBSCRIBER_REQUESTED' }) }),
  [`GET ${S}/change_requests/{changeRequestId}/status_history`]: nf(),
  [`GET ${S}/devices/{deviceId}/payment_plans`]: nf(),
  [`POST ${S}/devices/{deviceId}/payment_plans`]: nf({ body: () => paymentPlanBody() }),
  [`GET ${S}/devices/{deviceId}/payment_plans/{paymentPlanId}`]: nf(),
  [`PATCH ${S}/devices/{deviceId}/payment_plans/{paymentPlanId}`]: nf({ body: () => [{ op: 'replace', path: '/status', value: 'CANCELLED', reason: 'probe' }] }),
  [`GET ${S}/devices/{deviceId}/payment_plans/{paymentPlanId}/status_history`]: nf(),

  // Operations (API.md 12): a batch naming A's resources
  'POST /v2/orgs/{org}/operations': {
    expect: 'create',
    created: 202,
    batch: (a) => [
      { cells: line('DEACTIVATE_SUBSCRIPTION', a.typed.landline.id, { reason: 'SUBSCRIBER_REQUESTED' }), chain: [['subscriptionId', a.typed.landline.id]] },
      { cells: line('SET_SUBSCRIPTION_STATUS', a.typed.broadband.id, { value: 'SUSPENDED' }), chain: [['subscriptionId', a.typed.broadband.id]] },
      {
        cells: line('DEACTIVATE_PROMOTION', a.subscription, { resource_id: a.devicePromotion, reason: 'MANUALLY_REMOVED' }),
        chain: [['subscriptionId', a.subscription], ['promotionId', a.devicePromotion]],
      },
      {
        cells: line('CANCEL_PROMOTION', a.subscription, { resource_id: a.addOnPromotion, reason: 'MANUALLY_REMOVED' }),
        chain: [['subscriptionId', a.subscription], ['promotionId', a.addOnPromotion]],
      },
      {
        cells: line('DEACTIVATE_ADD_ON', a.subscription, { resource_id: a.addOn, reason: 'SUBSCRIBER_RESIGNATION' }),
        chain: [['subscriptionId', a.subscription], ['addonId', a.addOn]],
      },
      {
        cells: line('DEACTIVATE_COMMITMENT', a.subscription, { resource_id: a.deviceCommitment, reason: 'probe' }),
        chain: [['subscriptionId', a.subscription], ['commitmentId', a.deviceCommitment]],
      },
      { cells: line('SET_CREDIT_LIMIT', a.subscription, { resource_id: TOTAL, reason: 'probe', value: '1.00' }), chain: [['subscriptionId', a.subscription]] },
    ],
  },
  'GET /v2/orgs/{org}/operations': { expect: 'log', query: () => ['', 'type=ADMINISTRATION_BATCH'] },
  'GET /v2/orgs/{org}/operations/{operationId}': nf(),
  'GET /v2/orgs/{org}/operations/{operationId}/results': nf({ params: { operationId: (a) => a.batch } }),

  // Events and webhooks (API.md 13)
  'GET /v2/orgs/{org}/events': { expect: 'log', query: () => ['limit=1000'] },
  'POST /v2/orgs/{org}/hub': {
    expect: 'create',
    created: 201,
    body: (a) => ({ id: a.hub, callback: 'http://203.0.113.20/probe-hook', event_types: ['ContractDeleteEvent'] }),
  },
  'GET /v2/orgs/{org}/hub': { expect: 'log' },
  'GET /v2/orgs/{org}/hub/{hubId}': nf(),
  'DELETE /v2/orgs/{org}/hub/{hubId}': nf(),
  'GET /v2/orgs/{org}/hub/{hubId}/dead_letters': nf(),

  // Exports (API.md 17.3): NDJSON and CSV, unfiltered and filtered
  'GET /v2/orgs/{org}/exports/subscriptions': { expect: 'log', query: (a) => ['', `account_id=${q(a.accountId)}&status=ACTIVE`] },
});

/**
 * Every published resource's item GET has its versions (API.md 17.1) beside it, walked with the same ids: operations
 * and hubs are not versioned. A row for a route that is not served fails the first test, as any stale row does.
 */
function withVersions(routes: Record<string, RouteCase>): Record<string, RouteCase> {
  const versioned = Object.entries(routes).filter(([route]) => /^GET .*\{[A-Za-z]+\}$/.test(route) && !/\/(operations|hub)\/\{[A-Za-z]+\}$/.test(route));
  return { ...routes, ...Object.fromEntries(versioned.map(([route, spec]) => [`${route}/versions`, spec])) };
}

/** Service endpoints outside /v2/orgs/{org} (API.md 14): no tenant's data, excluded from the walk by name. */
const SERVICE_ENDPOINTS = ['GET /health/live', 'GET /health/ready', 'GET /metrics', 'GET /openapi.json', 'GET /docs', 'GET /errors', 'GET /console'];

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every route of the served OpenAPI document, as `METHOD /path`; fails on one the table does not know. */
async function servedRoutes(t: TestApp): Promise<string[]> {
  const { status, body } = await t.request('GET', '/openapi.json');
  assert.equal(status, 200);
  const routes = Object.entries<Record<string, unknown>>(body.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((key) => METHODS.includes(key))
      .map((method) => `${method.toUpperCase()} ${path}`),
  );
  const tenantRoutes = routes.filter((route) => !SERVICE_ENDPOINTS.includes(route));
  const unknown = tenantRoutes.filter((route) => !(route in ROUTES));
  assert.deepEqual(unknown, [], `routes of /openapi.json the isolation table does not know: add a row for each to ROUTES in test/isolation.test.ts`);
  assert.ok(tenantRoutes.every((route) => route.split(' ')[1].startsWith('/v2/orgs/{org}/')), 'every route outside /v2/orgs/{org} is a known service endpoint');
  const stale = Object.keys(ROUTES).filter((route) => !routes.includes(route));
  assert.deepEqual(stale, [], 'rows of the isolation table for routes the API does not serve');
  return tenantRoutes;
}

// ── Probing ──────────────────────────────────────────────────────────────────────────────────────────────────

interface Probe {
  route: string;
  method: string;
  url: string;
  case: RouteCase;
  /** The path's resources, top first: [parameter, id]. */
  chain: Array<[string, string]>;
  body?: unknown;
  lines?: ProbeLine[];
}

/** The calls a route makes as `org` on A's ids: one per query string. */
function probesOf(route: string, a: Tenant, org: string): Probe[] {
  const spec = ROUTES[route];
  const [method, template] = route.split(' ');
  const chain: Array<[string, string]> = [];
  const path = template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    if (name === 'org') return org;
    const param = PARAMS[name];
    assert.ok(param, `${route}: path parameter {${name}} is unknown to the isolation table: add it to PARAMS`);
    const id = (spec.params?.[name] ?? param.of)(a);
    chain.push([name, id]);
    return encodeURIComponent(id);
  });
  const queries = spec.query?.(a) ?? [''];
  return queries.map((query) => ({
    route,
    method,
    url: query ? `${path}?${query}` : path,
    case: spec,
    chain,
    body: spec.body?.(a),
    lines: spec.batch?.(a),
  }));
}

async function send(t: TestApp, probe: Probe, org: string, headers: Record<string, string>): Promise<Answer> {
  if (probe.lines) return upload(t, org, csv(HEADER, probe.lines.map((entry) => entry.cells)), { wait: 10, headers });
  return t.request(probe.method, probe.url, probe.body, headers);
}

/** The code of the first resource of `chain` that `present` (the ids the caller's org holds) lacks. */
function firstMissing(chain: Array<[string, string]>, present: Set<string>): string | undefined {
  const missing = chain.find(([, id]) => !present.has(id));
  return missing && PARAMS[missing[0]].code;
}

/** Not one of A's ids or values in the answer, but those the caller sent itself (a 404 names the id it was asked). */
function assertNothingOf(a: Tenant, probe: Probe, answer: Answer, skip: Set<string> = new Set()) {
  const sent = `${probe.url} ${JSON.stringify(probe.body ?? null)} ${JSON.stringify(probe.lines ?? null)}`.toLowerCase();
  const received = JSON.stringify({ body: answer.body, location: answer.headers.location ?? null }).toLowerCase();
  for (const value of [...a.ids, ...a.markers]) {
    const needle = String(value).toLowerCase();
    if (skip.has(value) || sent.includes(needle)) continue;
    assert.ok(!received.includes(needle), `${probe.method} ${probe.url} answered ${answer.status} with ${value} of org ${a.org}: ${received.slice(0, 500)}`);
  }
}

function isEmptyList(body: any): boolean {
  // An export of nothing is an empty body (no NDJSON line).
  if (body === undefined) return true;
  if (Array.isArray(body)) return body.length === 0;
  return Array.isArray(body?.items) && body.items.length === 0 && (body.total === undefined || body.total === 0);
}

const isRead = (probe: Probe) => probe.method === 'GET';

/** Reads first, then the mutations (creates with no parent last): a probe never changes what a later one must find. */
function ordered(probes: Probe[], present: Set<string>): Probe[] {
  const phase = (probe: Probe) => (isRead(probe) ? 0 : probe.case.expect === 'create' ? 3 : firstMissing(probe.chain, present) ? 1 : 2);
  return probes.map((probe, index) => ({ probe, index })).sort((x, y) => phase(x.probe) - phase(y.probe) || x.index - y.index).map(({ probe }) => probe);
}

// ── A's view: every GET route, before and after ──────────────────────────────────────────────────────────────

type Snapshot = Map<string, { status: number; etag: unknown; body: unknown }>;

/** Every GET route of A on A's ids: each is 200 (so the probes name real resources); searches and logs find A's. */
async function snapshotOf(t: TestApp, routes: string[], a: Tenant, headers: Record<string, string> = {}): Promise<Snapshot> {
  const snapshot: Snapshot = new Map();
  for (const route of routes.filter((entry) => entry.startsWith('GET '))) {
    for (const probe of probesOf(route, a, a.org)) {
      const answer = await t.request('GET', probe.url, undefined, headers);
      assert.equal(answer.status, 200, `org A's own ${probe.url}: ${JSON.stringify(answer.body)}`);
      if (probe.case.expect === 'search' || probe.case.expect === 'log') assert.ok(!isEmptyList(answer.body), `org A's own ${probe.url} finds A's resources`);
      snapshot.set(probe.url, { status: answer.status, etag: answer.headers.etag, body: answer.body });
    }
  }
  return snapshot;
}

function assertUnchanged(before: Snapshot, after: Snapshot) {
  for (const [url, then] of before) assert.deepEqual(after.get(url), then, `org A's ${url} changed`);
}

/** Waits until the org's immediate operations have run (scheduled ones — tariff executions, expirations — stay pending). */
async function settle(t: TestApp, org: string, headers: Record<string, string> = {}) {
  const immediate = ['SUBSCRIPTION_DEACTIVATION', 'PROMOTION_DEACTIVATION', 'PROMOTION_CANCELLATION', 'ADD_ON_DEACTIVATION', 'ADMINISTRATION_BATCH'];
  const query = `type=${q(JSON.stringify({ in: immediate }))}&status=${q(JSON.stringify({ in: ['PENDING', 'RUNNING'] }))}`;
  for (let i = 0; ; i++) {
    const { status, body } = await t.request('GET', `/v2/orgs/${org}/operations?${query}`, undefined, headers);
    assert.equal(status, 200, JSON.stringify(body));
    if (body.total === 0) return;
    if (i > 400) throw new Error(`operations of ${org} did not finish: ${JSON.stringify(body.items)}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

// ── Without authentication: A's ids from other orgs ──────────────────────────────────────────────────────────

forEachDialect('tenant isolation', (t) => {
  let a: Tenant;

  before(async () => {
    a = await seedTenant(t, uniqueOrg());
  });

  test('every /v2/orgs/{org} route of /openapi.json has a row in the isolation table, and every row is a served route', async () => {
    const served = await servedRoutes(t);
    assert.equal(served.length, Object.keys(ROUTES).length);
    assert.ok(served.every((route) => probesOf(route, a, 'any-org').length > 0));
  });

  test("with A's ids, org B gets 404 (first missing resource's code) on every resource route, empty searches and logs, creates of its own, and never a byte of A; A is unchanged", async () => {
    const orgB = uniqueOrg();
    const routes = await servedRoutes(t);
    const before = await snapshotOf(t, routes, a);
    const present = new Set<string>();
    const probes = ordered(routes.flatMap((route) => probesOf(route, a, orgB)), present);
    for (const probe of probes) {
      // A's Idempotency-Key on B's writes: were the key store shared, B would get A's answer (or a 422), not its 404.
      const answer = await send(t, probe, orgB, probe.case.expect === 'not-found' && !isRead(probe) ? { 'idempotency-key': idempotencyKeyOf(a.org) } : {});
      const where = `${probe.method} ${probe.url}`;
      assertNothingOf(a, probe, answer);
      if (probe.case.expect === 'not-found') {
        assert.equal(answer.status, 404, `${where}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.code, firstMissing(probe.chain, present), where);
      } else if (probe.case.expect === 'search' || probe.case.expect === 'log') {
        assert.equal(answer.status, 200, `${where}: ${JSON.stringify(answer.body)}`);
        assert.ok(isEmptyList(answer.body), `${where} found something in an empty org: ${JSON.stringify(answer.body)}`);
      } else {
        assert.equal(answer.status, probe.case.created, `${where}: ${JSON.stringify(answer.body)}`);
        if (probe.lines) {
          assert.equal(answer.body.status, 'SUCCEEDED', JSON.stringify(answer.body));
          assert.deepEqual(
            answer.body.results.map((result: any) => [result.outcome, result.error?.code]),
            probe.lines.map(() => ['FAILED', 'SUBSCRIPTION_NOT_FOUND']),
            `${where}: every line names a subscription org B does not hold`,
          );
        } else {
          assert.equal(answer.body.id, (probe.body as { id: string }).id, `${where}: org B may reuse an id of org A`);
        }
      }
    }
    await settle(t, orgB);
    assertUnchanged(before, await snapshotOf(t, routes, a));
  });

  test("org C holding A's bundle, line, device, add-on, promotion and hub ids reaches only its own: 404 below them, its own resources at them, nothing of A; A is unchanged", async () => {
    const orgC = uniqueOrg();
    const routes = await servedRoutes(t);
    const before = await snapshotOf(t, routes, a);
    // Twins: C's own resources, created with A's ids (ids are unique per org only) and C's own data.
    const bundle = await createBundle(t, orgC, { id: a.bundle, account_id: 'ACC-TWIN' });
    const mobile = await createMobile(t, orgC, bundle.id, { id: a.subscription });
    await createDevice(t, orgC, mobile.id, { id: a.device, mac_address: uniqueMac(), serial_number: 'SN-TWIN', insurable_amount: 300 });
    await addAddOn(t, orgC, mobile.id, { id: a.addOn });
    await addPromotion(t, orgC, mobile.id, { id: a.promotion, status: 'ACTIVE' });
    expectStatus(await t.request('POST', `/v2/orgs/${orgC}/hub`, { id: a.hub, callback: 'http://203.0.113.30/twin-hook', event_types: ['ContractDeleteEvent'] }), 201, 'twin hub');
    const twins = [a.bundle, a.subscription, a.device, a.addOn, a.promotion, a.hub];
    const present = new Set(twins);
    const probes = ordered(routes.flatMap((route) => probesOf(route, a, orgC)), present);
    for (const probe of probes) {
      const answer = await send(t, probe, orgC, {});
      const where = `${probe.method} ${probe.url}`;
      assertNothingOf(a, probe, answer, present);
      const missing = firstMissing(probe.chain, present);
      if (probe.case.expect === 'not-found' && missing) {
        assert.equal(answer.status, 404, `${where}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.code, missing, where);
      } else if (probe.case.expect === 'search') {
        assert.equal(answer.status, 200, `${where}: ${JSON.stringify(answer.body)}`);
        assert.ok(isEmptyList(answer.body), `${where} found A's resources: ${JSON.stringify(answer.body)}`);
      } else if (isRead(probe)) {
        assert.equal(answer.status, 200, `${where} reads C's own resource: ${JSON.stringify(answer.body)}`);
      } else {
        // A change of C's own twin (or a create): whatever C's state rules answer, it found C's resources.
        assert.ok(answer.status < 500 && answer.status !== 404, `${where}: ${answer.status} ${JSON.stringify(answer.body)}`);
        if (probe.lines) {
          assert.equal(answer.body.status, 'SUCCEEDED', JSON.stringify(answer.body));
          probe.lines.forEach((entry, index) => {
            const code = firstMissing(entry.chain, present);
            const result = answer.body.results[index];
            if (code) assert.deepEqual([result.outcome, result.error?.code], ['FAILED', code], `${where} line ${result.line}`);
          });
        }
      }
    }
    await settle(t, orgC);
    assertUnchanged(before, await snapshotOf(t, routes, a));
  });

  test("org B's bodies and batch lines naming A's resources under B's own line are refused as if they did not exist, with nothing of A; A is unchanged", async () => {
    const routes = await servedRoutes(t);
    const before = await snapshotOf(t, routes, a);
    const orgB = uniqueOrg();
    const base = `/v2/orgs/${orgB}`;
    const bundle = await createBundle(t, orgB, { account_id: 'ACC-B' });
    const mobile = await createMobile(t, orgB, bundle.id);
    const own = `${base}/subscriptions/${mobile.id}`;
    const typed = (specific_data: Record<string, unknown>) => ({ catalogue_commercial_product_id: 'PROBE_PRODUCT', status: 'ACTIVE', specific_data });
    const cases: Array<[method: string, url: string, body: unknown, status: number, code: string | null]> = [
      ['POST', `${base}/bundles/${bundle.id}/subscriptions/device_insurance`, typed({ device_id: a.device }), 400, 'DEVICE_NOT_FOUND_FOR_INSURANCE'],
      ['POST', `${base}/bundles/${bundle.id}/subscriptions/multisim`, typed({ main: a.subscription, imsi: imsi() }), 400, 'INVALID_MAIN_SUBSCRIPTION'],
      ['POST', `${base}/bundles/${bundle.id}/subscriptions/landline`, typed({ phone_number: landlineNumber(), linked_broadband_id: a.typed.broadband.id }), 400, 'BAD_REQUEST'],
      ['POST', `${own}/promotions`, promotionBody({ add_on_id: a.addOn }), 400, 'INVALID_PROMOTION_TARGET'],
      ['POST', `${own}/promotions`, promotionBody({ device_id: a.device }), 400, 'INVALID_PROMOTION_TARGET'],
      [
        'POST',
        `${own}/change_requests/tariff`,
        { specific_data: { catalogue_bundled_commercial_product_id: 'PROBE_OFFER' }, reason: 'SUBSCRIBER_REQUESTED', parent_change_request: a.changeRequest },
        400,
        'BAD_REQUEST',
      ],
      ['POST', `${own}/deactivation`, { reason: 'SUBSCRIBER_REQUESTED', commitments: [a.promotionCommitment, a.deviceCommitment] }, 400, 'SUBSCRIPTION_DEACTIVATION_COMMITMENTS_DO_NOT_MATCH'],
      ['GET', `${base}/subscriptions/device_insurance?device_id=${a.device}`, undefined, 200, null],
    ];
    for (const [method, url, body, status, code] of cases) {
      const answer = await t.request(method, url, body);
      assert.equal(answer.status, status, `${method} ${url}: ${JSON.stringify(answer.body)}`);
      if (code) assert.equal(answer.body.error.code, code, `${method} ${url}`);
      else assert.ok(isEmptyList(answer.body), `${url}: ${JSON.stringify(answer.body)}`);
      assertNothingOf(a, { route: url, method, url, case: nf(), chain: [], body }, answer);
    }
    const lines: Array<[string[], string]> = [
      [line('DEACTIVATE_PROMOTION', mobile.id, { resource_id: a.promotion, reason: 'MANUALLY_REMOVED' }), 'PROMOTION_NOT_FOUND'],
      [line('CANCEL_PROMOTION', mobile.id, { resource_id: a.addOnPromotion, reason: 'MANUALLY_REMOVED' }), 'PROMOTION_NOT_FOUND'],
      [line('DEACTIVATE_ADD_ON', mobile.id, { resource_id: a.addOn, reason: 'SUBSCRIBER_RESIGNATION' }), 'ADD_ON_NOT_FOUND'],
      [line('DEACTIVATE_COMMITMENT', mobile.id, { resource_id: a.promotionCommitment, reason: 'probe' }), 'COMMITMENT_NOT_FOUND'],
      [line('DEACTIVATE_COMMITMENT', mobile.id, { resource_id: a.deviceCommitment, reason: 'probe' }), 'COMMITMENT_NOT_FOUND'],
    ];
    const batch = await runBatch(t, orgB, csv(HEADER, lines.map(([cells]) => cells)), { wait: 10 });
    assert.equal(batch.status, 'SUCCEEDED');
    assert.deepEqual(
      batch.results.map((result: any) => [result.outcome, result.error?.code]),
      lines.map(([, code]) => ['FAILED', code]),
    );
    await settle(t, orgB);
    assertUnchanged(before, await snapshotOf(t, routes, a));
  });
});

// ── With authentication: a token for org B on A's path ───────────────────────────────────────────────────────

const SECRET = 'isolation-test-secret-of-sufficient-length-0123456789';
const ALL_SCOPES = 'subscriptions:read subscriptions:write subscriptions:admin';

function sign(orgs: string[]) {
  return new SignJWT({ orgs, scope: ALL_SCOPES })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('isolation-test')
    .setAudience('inventory')
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(new TextEncoder().encode(SECRET));
}

/** The test app as one caller: every request carries these headers (the fixtures then work with a token). */
function asCaller(t: TestApp, headers: Record<string, string>): TestApp {
  const request = <T = any>(method: string, url: string, body?: unknown, extra: Record<string, string> = {}) => t.request<T>(method, url, body, { ...headers, ...extra });
  return {
    app: t.app,
    database: t.database,
    dialect: t.dialect,
    request,
    close: () => t.close(),
    waitForOperation: operationPoller(request),
  };
}

/**
 * What A holds, in three reads: every change of a resource writes its event in the same transaction (API.md 13), and
 * operations and hubs are listed whole. (The walk without authentication compares every GET route; here a 403 is
 * answered before any handler runs.)
 */
async function ledgerOf(t: TestApp, org: string, headers: Record<string, string>) {
  const reads = [`/v2/orgs/${org}/events?limit=1000`, `/v2/orgs/${org}/operations?limit=500`, `/v2/orgs/${org}/hub?limit=500`];
  return Promise.all(
    reads.map(async (url) => {
      const { status, body } = await t.request('GET', url, undefined, headers);
      assert.equal(status, 200, `${url}: ${JSON.stringify(body)}`);
      assert.ok(body.items.length > 0 && body.items.length < 500, `${url} lists org A's`);
      return body;
    }),
  );
}

forEachDialect(
  'tenant isolation with authentication',
  (t) => {
    test("a token for org B only is 403 FORBIDDEN_ORGANIZATION on every route of A's path, with nothing of A; A is unchanged", async () => {
      const orgA = uniqueOrg();
      const orgB = uniqueOrg();
      const tokenA = { authorization: `Bearer ${await sign([orgA])}` };
      const tokenB = { authorization: `Bearer ${await sign([orgB])}` };
      const a = await seedTenant(t, orgA, tokenA);
      const routes = await servedRoutes(t);
      const before = await ledgerOf(t, orgA, tokenA);
      // B's token is good: on B's own path it reads.
      assert.equal((await t.request('GET', `/v2/orgs/${orgB}/events`, undefined, tokenB)).status, 200);
      for (const probe of ordered(routes.flatMap((route) => probesOf(route, a, orgA)), new Set())) {
        const answer = await send(t, probe, orgA, tokenB);
        const where = `${probe.method} ${probe.url}`;
        assert.equal(answer.status, 403, `${where}: ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.code, 'FORBIDDEN_ORGANIZATION', where);
        assertNothingOf(a, probe, answer);
      }
      await settle(t, orgA, tokenA);
      assert.deepEqual(await ledgerOf(t, orgA, tokenA), before, "org A's event log, operations and hubs are unchanged");
    });
  },
  { env: { AUTH_JWT_SECRET: SECRET } },
);
