import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDialect, type TestApp } from './helpers/app.js';
import { createBundle, createMobile, uniqueOrg } from './helpers/fixtures.js';
import { createDevice, paymentPlanBody } from './helpers/devices.js';
import { pollUntil } from './helpers/lines.js';
import { inMs, promotionBody } from './helpers/promotions.js';
import { setupRequest } from './helpers/setup.js';

/**
 * Every lifecycle of the contract, written out by hand from API.md (2.1, 2.3, 4.1, 6.1, 7.2, 10, 11, 1.14), not
 * read from the code's own declarations, so a transition the code allows by mistake fails here: for each family
 * and each status a resource can be in, every PATCH of `/status` (and PUT where the family has one) and every
 * action endpoint is tried; what the contract allows is accepted, everything else is refused with the
 * family's code and leaves the resource as it was (same status, same ETag).
 */

interface Action {
  /** The path segment after the resource's URL. */
  name: string;
  body: unknown;
  /** The statuses the action is accepted from, and what it answers then. */
  from: string[];
  accepted: 200 | 202;
  /** The status after it has run. */
  to: string;
  refusedCode: string;
}

interface Family {
  name: string;
  statuses: string[];
  /** `FROM → TO` pairs a PATCH of /status may make; every other pair is refused. */
  patchable: string[];
  /** Target statuses with their own endpoint: PATCH to them is OPERATION_NOT_SUPPORTED from anywhere (1.14). */
  ownEndpoint: string[];
  invalidCode: string;
  /** Families without PATCH of /status (change requests) only have actions. */
  noPatch?: boolean;
  /** Also tried with PUT of the whole resource (promotions, P5). */
  put?: boolean;
  /** Other URLs that PATCH the same resource (a line's typed path). */
  alsoPatchedAt?: (url: string) => string;
  actions: Action[];
  /** A new resource in `status`, answering its URL. */
  create(t: TestApp, org: string, status: string): Promise<string>;
}

const REASON = 'LIFECYCLE_CHECK';
const patchStatus = (status: string) => [{ op: 'replace', path: '/status', value: status, reason: REASON }];

async function line(t: TestApp, org: string, status: 'PRE_ACTIVE' | 'ACTIVE') {
  const bundle = await createBundle(t, org);
  const subscription = await createMobile(t, org, bundle.id, { status });
  return { bundle, subscription, url: `/v2/orgs/${org}/subscriptions/${subscription.id}` };
}

/** Runs an accepted action to its end: a 202's operation must succeed. */
async function runAction(t: TestApp, org: string, url: string, action: Action): Promise<void> {
  const answer = await setupRequest(t, action.accepted, 'POST', `${url}/${action.name}`, action.body);
  if (action.accepted === 202) {
    const operation = await t.waitForOperation(org, answer.id);
    assert.equal(operation.status, 'SUCCEEDED', `${url}/${action.name}: ${JSON.stringify(operation.error)}`);
  }
}

async function patchTo(t: TestApp, url: string, status: string): Promise<void> {
  await setupRequest(t, 200, 'PATCH', url, patchStatus(status));
}

const subscriptionDeactivation: Action = {
  name: 'deactivation',
  body: { reason: 'SUBSCRIBER_REQUESTED' },
  from: ['ACTIVE', 'SUSPENDED'],
  accepted: 202,
  to: 'DEACTIVATED',
  refusedCode: 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_DEACTIVATION',
};

const promotionActions: Action[] = [
  { name: 'deactivation', body: { reason: 'OTHER' }, from: ['ACTIVE'], accepted: 202, to: 'DEACTIVATED', refusedCode: 'PROMOTION_NOT_DEACTIVATABLE' },
  { name: 'cancellation', body: { reason: 'OTHER' }, from: ['REQUESTED'], accepted: 202, to: 'CANCELLED', refusedCode: 'PROMOTION_NOT_CANCELLABLE' },
];

const addOnDeactivation: Action = {
  name: 'deactivation',
  body: { reason: 'SUBSCRIBER_RESIGNATION' },
  from: ['ACTIVE'],
  accepted: 202,
  to: 'DEACTIVATED',
  refusedCode: 'ADD_ON_NOT_DEACTIVATABLE',
};

const changeRequestCancellation: Action = {
  name: 'cancellation',
  body: { reason: 'SUBSCRIBER_REQUESTED' },
  from: ['REQUESTED'],
  accepted: 200,
  to: 'CANCELLED',
  refusedCode: 'CHANGE_REQUEST_NOT_CANCELLABLE',
};

/** A commitment in `status` of a parent made by `parent`, answering the commitment's URL. */
async function commitmentIn(t: TestApp, org: string, status: string, parent: 'promotions' | 'devices'): Promise<string> {
  const { url: lineUrl } = await line(t, org, 'ACTIVE');
  const commitment = status === 'EXPIRED' ? { catalogue_term_id: 'STAY', expiration_date: inMs(-60_000) } : { catalogue_term_id: 'STAY' };
  const body = parent === 'promotions' ? promotionBody({ status: 'ACTIVE', commitments: [commitment] }) : { catalogue_commercial_device_id: 'PHONE', legacy_account_id: 555, commitments: [commitment] };
  const created = await setupRequest(t, 201, 'POST', `${lineUrl}/${parent}`, body);
  const url = `${lineUrl}/${parent}/${created.id}/commitments/${created.commitments[0].id}`;
  if (status === 'DEACTIVATED') await patchTo(t, url, 'DEACTIVATED');
  return url;
}

const commitmentFamily = (parent: 'promotions' | 'devices'): Family => ({
  name: `${parent === 'promotions' ? 'promotion' : 'device'} commitment`,
  statuses: ['ACTIVE', 'EXPIRED', 'DEACTIVATED'],
  patchable: ['ACTIVE → DEACTIVATED'],
  ownEndpoint: [],
  invalidCode: 'INVALID_COMMITMENT_STATUS',
  actions: [],
  create: (t, org, status) => commitmentIn(t, org, status, parent),
});

const FAMILIES: Family[] = [
  {
    name: 'subscription',
    statuses: ['PRE_ACTIVE', 'ACTIVE', 'SUSPENDED', 'DEACTIVATED', 'CANCELLED'],
    patchable: ['PRE_ACTIVE → ACTIVE', 'PRE_ACTIVE → CANCELLED', 'ACTIVE → SUSPENDED', 'SUSPENDED → ACTIVE'],
    ownEndpoint: ['DEACTIVATED'],
    invalidCode: 'INVALID_SUBSCRIPTION_STATUS',
    alsoPatchedAt: (url) => url.replace('/subscriptions/', '/subscriptions/mobile/'),
    actions: [subscriptionDeactivation],
    async create(t, org, status) {
      const { url } = await line(t, org, status === 'PRE_ACTIVE' || status === 'CANCELLED' ? 'PRE_ACTIVE' : 'ACTIVE');
      if (status === 'SUSPENDED' || status === 'CANCELLED') await patchTo(t, url, status);
      if (status === 'DEACTIVATED') await runAction(t, org, url, subscriptionDeactivation);
      return url;
    },
  },
  {
    name: 'bundle',
    statuses: ['ACTIVE', 'DEACTIVATED'],
    patchable: ['ACTIVE → DEACTIVATED'],
    ownEndpoint: [],
    invalidCode: 'INVALID_BUNDLE_STATUS',
    actions: [],
    async create(t, org, status) {
      const bundle = await createBundle(t, org);
      const url = `/v2/orgs/${org}/bundles/${bundle.id}`;
      if (status === 'DEACTIVATED') await patchTo(t, url, 'DEACTIVATED');
      return url;
    },
  },
  {
    name: 'promotion',
    statuses: ['REQUESTED', 'ACTIVE', 'DEACTIVATED', 'CANCELLED', 'EXPIRED'],
    patchable: ['REQUESTED → ACTIVE'],
    ownEndpoint: ['DEACTIVATED', 'CANCELLED'],
    invalidCode: 'INVALID_PROMOTION_STATUS',
    put: true,
    actions: promotionActions,
    async create(t, org, status) {
      const { url: lineUrl } = await line(t, org, 'ACTIVE');
      const body =
        status === 'EXPIRED'
          ? promotionBody({ status: 'ACTIVE', expiration_date: inMs(300) })
          : promotionBody({ status: status === 'REQUESTED' || status === 'CANCELLED' ? 'REQUESTED' : 'ACTIVE' });
      const promotion = await setupRequest(t, 201, 'POST', `${lineUrl}/promotions`, body);
      const url = `${lineUrl}/promotions/${promotion.id}`;
      const ending = promotionActions.find((action) => action.to === status);
      if (ending) await runAction(t, org, url, ending);
      if (status === 'EXPIRED') await pollUntil(t, url, (current: { status: string }) => current.status === 'EXPIRED');
      return url;
    },
  },
  {
    name: 'add-on',
    statuses: ['REQUESTED', 'ACTIVE', 'CANCELLED', 'DEACTIVATED'],
    patchable: ['REQUESTED → ACTIVE', 'REQUESTED → CANCELLED'],
    ownEndpoint: ['DEACTIVATED'],
    invalidCode: 'INVALID_ADD_ON_STATUS',
    actions: [addOnDeactivation],
    async create(t, org, status) {
      const { url: lineUrl } = await line(t, org, 'ACTIVE');
      const body = { id: crypto.randomUUID(), catalogue_add_on_legacy_id: 'APOLLO-TV', catalogue_add_on_id: 'TV_PACK', status: status === 'DEACTIVATED' ? 'ACTIVE' : status };
      const addOn = await setupRequest(t, 201, 'POST', `${lineUrl}/add_ons`, body);
      const url = `${lineUrl}/add_ons/${addOn.id}`;
      // A DEACTIVATED add-on as A4 leaves it (a create may also record one, but that is not the transition).
      if (status === 'DEACTIVATED') await runAction(t, org, url, addOnDeactivation);
      return url;
    },
  },
  commitmentFamily('promotions'),
  commitmentFamily('devices'),
  {
    name: 'payment plan',
    statuses: ['ACTIVE', 'COMPLETED', 'CANCELLED'],
    patchable: ['ACTIVE → COMPLETED', 'ACTIVE → CANCELLED'],
    ownEndpoint: [],
    invalidCode: 'INVALID_PAYMENT_PLAN_STATUS',
    actions: [],
    async create(t, org, status) {
      const { subscription, url: lineUrl } = await line(t, org, 'ACTIVE');
      const device = await createDevice(t, org, subscription.id, { acquisition_type: 'FINANCED' });
      const plan = await setupRequest(t, 201, 'POST', `${lineUrl}/devices/${device.id}/payment_plans`, paymentPlanBody());
      const url = `${lineUrl}/devices/${device.id}/payment_plans/${plan.id}`;
      if (status !== 'ACTIVE') await patchTo(t, url, status);
      return url;
    },
  },
  {
    name: 'change request',
    statuses: ['REQUESTED', 'CANCELLED', 'COMPLETED', 'FAILED'],
    patchable: [],
    ownEndpoint: [],
    invalidCode: '',
    noPatch: true,
    actions: [changeRequestCancellation],
    async create(t, org, status) {
      const { url: lineUrl } = await line(t, org, 'ACTIVE');
      const soon = status === 'COMPLETED' || status === 'FAILED';
      const created = await setupRequest(t, 201, 'POST', `${lineUrl}/change_requests/tariff`, {
        specific_data: { catalogue_bundled_commercial_product_id: 'LIFECYCLE_OFFER' },
        date_scheduled: soon ? inMs(status === 'FAILED' ? 800 : 0) : inMs(24 * 3600_000),
        reason: 'SUBSCRIBER_REQUESTED',
      });
      const url = `${lineUrl}/change_requests/${created.id}`;
      // FAILED: the line is no longer ACTIVE when the execution comes (section 10).
      if (status === 'FAILED') await patchTo(t, lineUrl, 'SUSPENDED');
      if (status === 'CANCELLED') await runAction(t, org, url, changeRequestCancellation);
      if (soon) await pollUntil(t, url, (current: { status: string }) => current.status === status);
      return url;
    },
  },
];

async function snapshot(t: TestApp, url: string) {
  const answer = await t.request('GET', url);
  assert.equal(answer.status, 200, `GET ${url}: ${JSON.stringify(answer.body)}`);
  return { status: answer.body.status as string, etag: answer.headers.etag };
}

forEachDialect('lifecycles', (t) => {
  const org = uniqueOrg();

  for (const family of FAMILIES) {
    for (const from of family.statuses) {
      const targets = family.noPatch ? [] : family.statuses;
      const refused = targets.filter((to) => !family.patchable.includes(`${from} → ${to}`));
      const accepted = targets.filter((to) => family.patchable.includes(`${from} → ${to}`));
      const name = [
        `${family.name} ${from}:`,
        family.noPatch ? '' : `PATCH /status accepts ${accepted.length ? accepted.join(', ') : 'nothing'} and refuses ${refused.join(', ')};`,
        ...family.actions.map((action) => `POST …/${action.name} is ${action.from.includes(from) ? 'accepted' : `refused (${action.refusedCode})`}`),
      ]
        .join(' ')
        .replace(/;$/, '');

      test(name, async () => {
        const url = await family.create(t, org, from);
        const before = await snapshot(t, url);
        assert.equal(before.status, from, `the ${family.name} was set up ${from}`);

        for (const to of refused) {
          const code = family.ownEndpoint.includes(to) ? 'OPERATION_NOT_SUPPORTED' : family.invalidCode;
          const attempts: Array<[string, string, unknown]> = [['PATCH', url, patchStatus(to)]];
          if (family.alsoPatchedAt) attempts.push(['PATCH', family.alsoPatchedAt(url), patchStatus(to)]);
          // A PUT always carries the status: the current one is no transition there, only a PATCH names one (1.14).
          if (family.put && to !== from) {
            const current = (await t.request('GET', url)).body;
            attempts.push(['PUT', url, { ...current, status: to }]);
          }
          for (const [method, target, body] of attempts) {
            const answer = await t.request(method, target, body);
            assert.equal(answer.status, 400, `${method} ${family.name} ${from} → ${to}: ${answer.status} ${JSON.stringify(answer.body)}`);
            assert.equal(answer.body.error.code, code, `${method} ${family.name} ${from} → ${to}`);
          }
        }
        for (const action of family.actions.filter((candidate) => !candidate.from.includes(from))) {
          const answer = await t.request('POST', `${url}/${action.name}`, action.body);
          assert.equal(answer.status, 400, `POST …/${action.name} of a ${from} ${family.name}: ${answer.status} ${JSON.stringify(answer.body)}`);
          assert.equal(answer.body.error.code, action.refusedCode);
        }
        assert.deepEqual(await snapshot(t, url), before, `the refused requests left the ${from} ${family.name} as it was`);

        for (const to of accepted) {
          const fresh = await family.create(t, org, from);
          const answer = await t.request('PATCH', fresh, patchStatus(to));
          assert.equal(answer.status, 200, `PATCH ${family.name} ${from} → ${to}: ${JSON.stringify(answer.body)}`);
          assert.equal((await snapshot(t, fresh)).status, to);
        }
        for (const action of family.actions.filter((candidate) => candidate.from.includes(from))) {
          const fresh = await family.create(t, org, from);
          await runAction(t, org, fresh, action);
          assert.equal((await snapshot(t, fresh)).status, action.to, `POST …/${action.name} of a ${from} ${family.name}`);
        }
      });
    }
  }
});
