import { assertNoOperationInProgress, enqueueOperation, type OperationHandler, type OperationHandlers, type StoredOperation } from '../../core/operations.js';
import { applyTransition, recordCreation } from '../../core/transition.js';
import type { Trigger } from '../../core/lifecycle.js';
import type { Operation, PatchablePath } from '../../core/patch.js';
import { assertValid, patchResource, type PatchSpec } from '../../core/resource-patch.js';
import {
  findById,
  findUnderParents,
  hashOf,
  insertResource,
  listAll,
  listResources,
  touch,
  updateResource,
  type Condition,
  type Conn,
  type Page,
  type Stored,
} from '../../core/store.js';
import { now, nowIso, toApiDate, toApiDateOrNull } from '../../core/time.js';
import { assertIfMatch, type RequestContext } from '../../core/context.js';
import { AppError, badRequest } from '../../core/errors.js';
import type { CascadeContext, SubscriptionCascade, SubscriptionChild } from '../subscriptions/children.js';
import { NON_FINAL_STATUSES, type Subscription } from '../subscriptions/schema.js';
import { requireSubscription, subscriptionsTable } from '../subscriptions/service.js';
import {
  AddOn,
  AddOnCreate,
  addOnLifecycle,
  addOnsTable,
  StoredAddOnSchema,
  type AddOnStatus,
  type StoredAddOn,
  type SubscriptionAddOnDeactivationRequest,
} from './schema.js';
import { addOnPaths } from './paths.js';

/** The add-on of this subscription in this org, else 404 ADD_ON_NOT_FOUND. */
export async function requireAddOn(c: Conn, org: string, subscriptionId: string, addOnId: string, options: { lock?: boolean } = {}): Promise<Stored<StoredAddOn>> {
  const stored = await findById(c, addOnsTable, org, addOnId, { scope: { subscription_id: subscriptionId }, lock: options.lock });
  if (!stored) throw addOnNotFound();
  return stored;
}

const addOnNotFound = () => new AppError('ADD_ON_NOT_FOUND', 'AddOn with the specified id was not found');

export interface AddOnCascadeContext {
  reason: string;
  date: string;
  operationId: string | null;
}

/** What ends with an add-on (its linked promotions): lent by those families, run in the add-on's transaction. */
export type AddOnDeactivationHook = (c: Conn, context: RequestContext, addOn: StoredAddOn, cascade: AddOnCascadeContext) => Promise<void>;

/** The reason the linked resources of an ending add-on are ended with (API.md 6.2). */
const LINKED_REMOVAL_REASON = 'AUTOMATICALLY_REMOVED';

/** The answer: the seed's AddOn, without the internal link to its subscription. */
export function publicAddOn(addOn: StoredAddOn): AddOn {
  const { subscription_id: _subscriptionId, ...answer } = addOn;
  return answer;
}

function assertActiveLine(subscription: Subscription, addOnId: string): void {
  if (subscription.status !== 'ACTIVE') {
    throw new AppError('INVALID_SUBSCRIPTION_STATUS', `add-on ${addOnId} can be ACTIVE only on an ACTIVE subscription; subscription ${subscription.id} is ${subscription.status}`);
  }
}

/** Who may receive a new add-on (6.1): a PRE_ACTIVE, ACTIVE or SUSPENDED line; an ACTIVE add-on only an ACTIVE one. */
function assertCreatable(subscription: Subscription, body: AddOnCreate, id: string): void {
  if (!NON_FINAL_STATUSES.includes(subscription.status)) {
    throw new AppError(
      'INVALID_SUBSCRIPTION_STATUS',
      `subscription ${subscription.id} is ${subscription.status}: add-ons are added only to a PRE_ACTIVE, ACTIVE or SUSPENDED subscription`,
    );
  }
  if (body.status !== 'ACTIVE') return;
  assertActiveLine(subscription, id);
  if (body.activation_date && new Date(body.activation_date) > now()) {
    throw badRequest(`activation_date ${body.activation_date} of an ACTIVE add-on must not be in the future`);
  }
}

/**
 * Creates one add-on of the subscription (A2, and each `add_ons` element of a subscription create), in the
 * caller's transaction. An add-on created already ended keeps the `deactivation_date` it was sent.
 */
export async function createAddOn(c: Conn, context: RequestContext, subscription: Subscription, body: AddOnCreate) {
  const id = body.id.toLowerCase();
  const ended = body.status === 'CANCELLED' || body.status === 'DEACTIVATED';
  const activationDate = toApiDateOrNull(body.activation_date);
  const sentDeactivationDate = ended ? toApiDateOrNull(body.deactivation_date) : null;
  const clientFields = {
    subscriptionId: subscription.id,
    id,
    legacy_id: body.legacy_id ?? null,
    catalogue_add_on_legacy_id: body.catalogue_add_on_legacy_id,
    catalogue_add_on_id: body.catalogue_add_on_id,
    status: body.status,
    activation_date: activationDate,
    deactivation_date: sentDeactivationDate,
    provider_product_id: body.provider_product_id ?? null,
    provider_service_id: body.provider_service_id ?? null,
  };
  // A retry of a create that succeeded is answered from what it made, whatever the line's state now.
  if (!(await findById(c, addOnsTable, context.org, id))) assertCreatable(subscription, body, id);
  const date = toApiDate(nowIso());
  const addOn: StoredAddOn = {
    id,
    legacy_id: clientFields.legacy_id,
    catalogue_add_on_legacy_id: body.catalogue_add_on_legacy_id,
    catalogue_add_on_id: body.catalogue_add_on_id,
    creation_date: date,
    creation_system: context.identity.system,
    creation_user: context.identity.user,
    last_updated_date: date,
    status: body.status,
    activation_date: body.status === 'ACTIVE' ? (activationDate ?? date) : activationDate,
    deactivation_date: ended ? (sentDeactivationDate ?? date) : null,
    deactivation_system: ended ? context.identity.system : null,
    deactivation_user: ended ? context.identity.user : null,
    provider_product_id: clientFields.provider_product_id,
    provider_service_id: clientFields.provider_service_id,
    subscription_id: subscription.id,
  };
  const result = await insertResource(c, addOnsTable, context.org, addOn, hashOf(clientFields));
  if (!result.replayed) {
    await recordCreation(c, context, addOnLifecycle, addOn, { date });
  }
  return { stored: { resource: publicAddOn(result.stored.resource), version: result.stored.version }, replayed: result.replayed };
}

/** A2: the line is locked so its status cannot change under the gate; its ETag moves (it embeds its add-ons). */
export async function addAddOn(c: Conn, context: RequestContext, subscriptionId: string, body: AddOnCreate) {
  const subscription = await requireSubscription(c, context.org, subscriptionId, { lock: true });
  const result = await createAddOn(c, context, subscription.resource, body);
  if (!result.replayed) await touch(c, subscriptionsTable, context.org, subscriptionId);
  return result;
}

export async function listAddOns(c: Conn, org: string, subscriptionId: string, conditions: Condition[], page: Page) {
  await requireSubscription(c, org, subscriptionId);
  const result = await listResources(c, addOnsTable, org, [...conditions, ['subscription_id', '=', subscriptionId]], page);
  return { items: result.items.map(publicAddOn), total: result.total };
}

export async function getAddOn(c: Conn, org: string, subscriptionId: string, addOnId: string): Promise<Stored<AddOn>> {
  const stored = await findUnderParents(c, addOnsTable, org, addOnId, { subscription_id: subscriptionId }, {
    requireParents: () => requireSubscription(c, org, subscriptionId),
    notFound: addOnNotFound,
  });
  return { resource: publicAddOn(stored.resource), version: stored.version };
}

/** What is linked to the add-on ends with it: AUTOMATICALLY_REMOVED, or the line's own reason when the line ends (1.14). */
async function runDeactivationHooks(c: Conn, context: RequestContext, addOn: StoredAddOn, change: AddOnCascadeContext, trigger: Trigger): Promise<void> {
  const reason = trigger === 'cascade' ? change.reason : LINKED_REMOVAL_REASON;
  for (const hook of context.composition.addOnDeactivationHooks) await hook(c, context, addOn, { ...change, reason });
}

/** Ends an add-on outside PATCH (its deactivation operation, a subscription cascade): stamps, history, linked resources. */
async function endAddOn(
  c: Conn,
  context: RequestContext,
  stored: Stored<StoredAddOn>,
  to: 'DEACTIVATED' | 'CANCELLED',
  trigger: Trigger,
  change: AddOnCascadeContext,
): Promise<void> {
  const after = await applyTransition(c, context, addOnLifecycle, stored.resource, to, {
    trigger,
    reason: change.reason,
    effectiveDate: change.date,
    operationId: change.operationId,
  });
  await updateResource(c, addOnsTable, context.org, after, stored.version);
  await runDeactivationHooks(c, context, after, change, trigger);
}

/** A4: checked now (404, 412, 400, 409), applied by the ADD_ON_DEACTIVATION operation. */
export async function requestAddOnDeactivation(
  c: Conn,
  context: RequestContext,
  subscriptionId: string,
  addOnId: string,
  body: SubscriptionAddOnDeactivationRequest,
): Promise<StoredOperation> {
  await checkAddOnDeactivation(c, context, subscriptionId, addOnId);
  return enqueueOperation(c, context.org, {
    type: 'ADD_ON_DEACTIVATION',
    target: {
      kind: 'ADD_ON',
      id: addOnId,
      subscription_id: subscriptionId,
      href: addOnPaths.item.path({ org: context.org, subscriptionId, addonId: addOnId }),
    },
    reason: body.reason,
    identity: context.identity,
  });
}

/** The rules of A4 (404, 412, 400, 409): the locked add-on. */
async function checkAddOnDeactivation(c: Conn, context: RequestContext, subscriptionId: string, addOnId: string): Promise<Stored<StoredAddOn>> {
  await requireSubscription(c, context.org, subscriptionId, { lock: true });
  const stored = await requireAddOn(c, context.org, subscriptionId, addOnId, { lock: true });
  assertIfMatch(context, stored.version);
  if (stored.resource.status !== 'ACTIVE') {
    throw new AppError('ADD_ON_NOT_DEACTIVATABLE', `add-on ${addOnId} is ${stored.resource.status}; only an ACTIVE add-on can be deactivated`);
  }
  await assertNoOperationInProgress(c, context.org, 'ADD_ON', addOnId);
  return stored;
}

/** The effect of A4: DEACTIVATED with the stamps, its linked promotions end, the line's ETag moves. */
async function applyAddOnDeactivation(c: Conn, context: RequestContext, stored: Stored<StoredAddOn>, reason: string, operationId: string): Promise<void> {
  await endAddOn(c, context, stored, 'DEACTIVATED', 'operation', { reason, date: nowIso(), operationId });
  await touch(c, subscriptionsTable, context.org, stored.resource.subscription_id);
}

/** A4 checked and applied at once in the caller's transaction, with no operation of its own (an administration batch line). */
export async function deactivateAddOnNow(
  c: Conn,
  context: RequestContext,
  subscriptionId: string,
  addOnId: string,
  body: SubscriptionAddOnDeactivationRequest,
  operationId: string,
): Promise<void> {
  const stored = await checkAddOnDeactivation(c, context, subscriptionId, addOnId);
  await applyAddOnDeactivation(c, context, stored, body.reason, operationId);
}

const deactivateByOperation: OperationHandler = async (c, context, operation) => {
  const subscriptionId = operation.target.subscription_id!;
  // The line first, then the add-on: the same lock order as every other add-on write.
  await requireSubscription(c, context.org, subscriptionId, { lock: true });
  const stored = await requireAddOn(c, context.org, subscriptionId, operation.target.id, { lock: true });
  if (stored.resource.status !== 'ACTIVE') {
    throw new AppError('ADD_ON_NOT_DEACTIVATABLE', `add-on ${operation.target.id} is ${stored.resource.status} now`);
  }
  await applyAddOnDeactivation(c, context, stored, operation.reason ?? 'SUBSCRIBER_RESIGNATION', operation.id);
};

/** The work behind the add-on's 202 endpoint, for the operations worker. */
export const addOnOperationHandlers: OperationHandlers = { ADD_ON_DEACTIVATION: deactivateByOperation };

/** The paths an add-on's PATCH may change (A5). */
export const ADD_ON_PATCH_PATHS: PatchablePath<StoredAddOn>[] = [
  { path: '/status' },
  {
    path: '/activation_date',
    when: 'only while REQUESTED',
    allowed: (before) => (before.status === 'REQUESTED' ? undefined : `the add-on is ${before.status}; it changes only while REQUESTED`),
  },
  { path: '/legacy_id' },
  { path: '/provider_product_id' },
  { path: '/provider_service_id' },
];

/** A5. Closes over the line: an add-on becomes ACTIVE only on an ACTIVE subscription. */
function addOnPatch(subscription: Subscription): PatchSpec<StoredAddOn> {
  return {
    table: addOnsTable,
    schema: StoredAddOnSchema,
    lifecycle: addOnLifecycle as PatchSpec<StoredAddOn>['lifecycle'],
    targetKind: 'ADD_ON',
    paths: ADD_ON_PATCH_PATHS,
    finalize(_c, _context, patched) {
      patched.resource.activation_date = toApiDateOrNull(patched.resource.activation_date);
      return patched.resource;
    },
    async onStatusChange(_c, _context, { before, after, date }) {
      if (after.status === 'ACTIVE') {
        assertActiveLine(subscription, after.id);
        // A REQUESTED add-on's future date was informative: it is active from now. One sent with the activation must not lie ahead.
        const sent = after.activation_date !== before.activation_date;
        if (after.activation_date && new Date(after.activation_date) > new Date(date)) {
          if (sent) throw badRequest(`activation_date ${after.activation_date} of an ACTIVE add-on must not be in the future`);
          after.activation_date = null;
        }
        after.activation_date ??= toApiDate(date);
      }
    },
    async afterSave(c, context, patched, saved) {
      if (patched.status && saved.status === 'CANCELLED') {
        await runDeactivationHooks(c, context, saved, { date: saved.deactivation_date!, operationId: null, reason: LINKED_REMOVAL_REASON }, 'patch');
      }
      await touch(c, subscriptionsTable, context.org, saved.subscription_id);
    },
  };
}

export async function patchAddOn(c: Conn, context: RequestContext, subscriptionId: string, addOnId: string, operations: Operation[]): Promise<Stored<AddOn>> {
  const subscription = await requireSubscription(c, context.org, subscriptionId, { lock: true });
  const stored = await requireAddOn(c, context.org, subscriptionId, addOnId, { lock: true });
  const saved = await patchResource(c, context, addOnPatch(subscription.resource), stored, operations);
  return { resource: publicAddOn(saved.resource), version: saved.version };
}

/** A line's cascade (2.1, 2.4): the add-ons in the given statuses end, stamped with the cascade's identity and date. */
async function endAddOnsOf(
  c: Conn,
  context: RequestContext,
  subscription: Subscription,
  endings: Partial<Record<AddOnStatus, 'DEACTIVATED' | 'CANCELLED'>>,
  cascade: CascadeContext,
): Promise<void> {
  const statuses = Object.keys(endings);
  const candidates = await listAll(c, addOnsTable, context.org, [['subscription_id', '=', subscription.id], ['status', 'in', statuses]]);
  for (const candidate of candidates) {
    const stored = await requireAddOn(c, context.org, subscription.id, candidate.id, { lock: true });
    const to = endings[stored.resource.status];
    if (to) await endAddOn(c, context, stored, to, 'cascade', cascade);
  }
}

export const addOnCascade: SubscriptionCascade = {
  onCancelled: (c, context, subscription, cascade) => endAddOnsOf(c, context, subscription, { REQUESTED: 'CANCELLED' }, cascade),
  onDeactivated: (c, context, subscription, cascade) => endAddOnsOf(c, context, subscription, { ACTIVE: 'DEACTIVATED', REQUESTED: 'CANCELLED' }, cascade),
};

export const addOnChild: SubscriptionChild = {
  field: 'add_ons',
  schema: AddOn,
  createSchema: AddOnCreate,
  embedding: { field: 'add_ons', table: 'add_ons', parentColumn: 'subscription_id', answerOmits: ['subscription_id'], present: publicAddOn },
  async createWith(c, context, subscription, items) {
    for (const item of items) {
      assertValid(AddOnCreate, item);
      await createAddOn(c, context, subscription, item as AddOnCreate);
    }
  },
};
