import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { canTransition } from '../../core/lifecycle.js';
import { enqueueOperation, type OperationHandler, type OperationHandlers } from '../../core/operations.js';
import { applyTransition, recordCreation } from '../../core/transition.js';
import { findById, hashOf, insertResource, listResources, touch, updateResource, withSavepoint, type Condition, type Conn, type Page, type Stored } from '../../core/store.js';
import { addYears, now, nowIso, toApiDate, toStoredDate } from '../../core/time.js';
import { assertIfMatch, type RequestContext } from '../../core/context.js';
import { AppError, badRequest } from '../../core/errors.js';
import { bundlesTable } from '../bundles/schema.js';
import { requireBundle } from '../bundles/service.js';
import { createPromotion } from '../promotions/service.js';
import { requireSubscription, subscriptionsTable } from '../subscriptions/service.js';
import {
  changeRequestLifecycle,
  changeRequestsTable,
  publicChangeRequest,
  type ChangeRequest,
  type ChangeRequestCancellation,
  type StoredChangeRequest,
  type TariffChangeRequestCreate,
} from './schema.js';

const PAST_TOLERANCE_MS = 5 * 60 * 1000;

const publicView = (stored: Stored<StoredChangeRequest>): Stored<ChangeRequest> => ({ resource: publicChangeRequest(stored.resource), version: stored.version });

/** The change request of this subscription in this org: 404 for the subscription first, then for the request. */
async function requireChangeRequest(c: Conn, org: string, subscriptionId: string, id: string, lock = false): Promise<Stored<StoredChangeRequest>> {
  await requireSubscription(c, org, subscriptionId);
  const stored = await findById(c, changeRequestsTable, org, id, { scope: { subscription_id: subscriptionId }, lock });
  if (!stored) throw new AppError('CHANGE_REQUEST_NOT_FOUND', `change request ${id} not found`);
  return stored;
}

export async function getChangeRequest(c: Conn, org: string, subscriptionId: string, id: string): Promise<Stored<ChangeRequest>> {
  return publicView(await requireChangeRequest(c, org, subscriptionId, id));
}

export async function listChangeRequests(c: Conn, org: string, subscriptionId: string, conditions: Condition[], page: Page) {
  await requireSubscription(c, org, subscriptionId);
  const result = await listResources(c, changeRequestsTable, org, [['subscription_id', '=', subscriptionId], ...conditions], page);
  return { items: result.items.map(publicChangeRequest), total: result.total };
}

/** POST …/change_requests/tariff: checked now, executed by a CHANGE_REQUEST_EXECUTION operation at `date_scheduled`. */
export async function requestTariffChange(c: Conn, context: RequestContext, subscriptionId: string, body: TariffChangeRequestCreate) {
  const { org } = context;
  const subscription = (await requireSubscription(c, org, subscriptionId, { lock: true })).resource;
  const scheduled = body.date_scheduled ? new Date(body.date_scheduled) : now();
  const date = toApiDate(nowIso());
  const request: StoredChangeRequest = {
    id: (body.id ?? randomUUID()).toLowerCase(),
    type: 'TARIFF',
    status: 'REQUESTED',
    status_detail: null,
    date_scheduled: toApiDate(scheduled),
    execution_date: null,
    parent_change_request: body.parent_change_request?.toLowerCase() ?? null,
    reason: body.reason,
    request_user: context.identity.user,
    request_system: context.identity.system,
    specific_data: {
      catalogue_bundled_commercial_product_id: body.specific_data.catalogue_bundled_commercial_product_id,
      catalogue_promotion_ids: body.specific_data.catalogue_promotion_ids ?? [],
    },
    creation_date: date,
    last_updated_date: date,
    subscription_id: subscriptionId,
    bundle_id: subscription.bundle_id,
  };
  const requestHash = hashOf({
    subscriptionId,
    specific_data: request.specific_data,
    date_scheduled: body.date_scheduled ? toStoredDate(body.date_scheduled) : null,
    reason: request.reason,
    parent_change_request: request.parent_change_request,
  });
  // A retried create answers the stored request whatever happened since; another body with its id is 409.
  if (await findById(c, changeRequestsTable, org, request.id)) {
    const { stored, replayed } = await insertResource(c, changeRequestsTable, org, request, requestHash);
    return { stored: publicView(stored), replayed };
  }

  const current = now();
  if (scheduled.getTime() < current.getTime() - PAST_TOLERANCE_MS) throw badRequest('date_scheduled must be at most 5 minutes in the past');
  if (scheduled >= addYears(current, 1)) throw badRequest('date_scheduled must be less than a year ahead');
  if (request.parent_change_request) {
    const parent = await findById(c, changeRequestsTable, org, request.parent_change_request, { scope: { subscription_id: subscriptionId } });
    if (!parent) throw badRequest(`parent_change_request ${request.parent_change_request} is not a change request of subscription ${subscriptionId}`);
  }
  if (subscription.status !== 'ACTIVE') {
    throw new AppError('NOT_ACTIVE_SUBSCRIPTION_NO_CR', `subscription ${subscriptionId} is ${subscription.status}: a change request needs an ACTIVE subscription`);
  }
  // The tariff is the bundle's: its lock serialises the creates of all its lines, so one pending change at most.
  await requireBundle(c, org, subscription.bundle_id, true);
  const pending = await c.db
    .selectFrom('change_requests')
    .select(['id', 'subscription_id'])
    .where('org', '=', org)
    .where('bundle_id', '=', subscription.bundle_id)
    .where('type', '=', 'TARIFF')
    // Literal, so PostgreSQL proves the partial index's predicate.
    .where(sql<boolean>`status in ('REQUESTED', 'IN_PROGRESS')`)
    .executeTakeFirst();
  if (pending) {
    throw new AppError(
      'CHANGE_REQUEST_ALREADY_PENDING',
      `bundle ${subscription.bundle_id} already has the pending tariff change ${pending.id} (subscription ${pending.subscription_id})`,
    );
  }

  const { stored } = await insertResource(c, changeRequestsTable, org, request, requestHash);
  await recordCreation(c, context, changeRequestLifecycle, request, { date });
  await enqueueOperation(c, org, {
    type: 'CHANGE_REQUEST_EXECUTION',
    target: { kind: 'CHANGE_REQUEST', id: request.id, subscription_id: subscriptionId, href: changeRequestsTable.href!(org, request) },
    reason: request.reason,
    identity: context.identity,
    runAt: scheduled.toISOString(),
  });
  return { stored: publicView(stored), replayed: false };
}

/** POST …/{changeRequestId}/cancellation: only a REQUESTED change request; the line need not be live. */
export async function cancelChangeRequest(
  c: Conn,
  context: RequestContext,
  subscriptionId: string,
  id: string,
  body: ChangeRequestCancellation,
): Promise<Stored<ChangeRequest>> {
  const stored = await requireChangeRequest(c, context.org, subscriptionId, id, true);
  assertIfMatch(context, stored.version);
  const before = stored.resource;
  if (!canTransition(changeRequestLifecycle, before.status, 'CANCELLED', 'operation')) {
    throw new AppError('CHANGE_REQUEST_NOT_CANCELLABLE', `change request ${id} is ${before.status}; only a REQUESTED change request can be cancelled`);
  }
  const after = await applyTransition(c, context, changeRequestLifecycle, before, 'CANCELLED', { trigger: 'operation', reason: body.reason });
  const version = await updateResource(c, changeRequestsTable, context.org, after, stored.version);
  return { resource: publicChangeRequest(after), version };
}

/**
 * Runs `work` so that a refusal (AppError) it throws undoes only its own writes, through a savepoint, and is
 * answered instead of aborting the caller's transaction: the change request then records it as its outcome.
 */
/** The effect of a tariff change: the bundle's new commercial offer and the requested promotions, ACTIVE now. */
async function applyTariff(c: Conn, context: RequestContext, request: StoredChangeRequest, date: string): Promise<void> {
  const bundle = await requireBundle(c, context.org, request.bundle_id, true);
  await updateResource(
    c,
    bundlesTable,
    context.org,
    {
      ...bundle.resource,
      catalogue_bundled_commercial_product_id: request.specific_data.catalogue_bundled_commercial_product_id,
      last_updated_date: toApiDate(date),
      last_updated_user: context.identity.user,
    },
    bundle.version,
  );
  await addRequestedPromotions(c, context, request);
}

/** One ACTIVE promotion (activated now, created by the request's identity) per catalogue promotion requested. */
async function addRequestedPromotions(c: Conn, context: RequestContext, request: StoredChangeRequest): Promise<void> {
  const catalogueIds = request.specific_data.catalogue_promotion_ids;
  if (catalogueIds.length === 0) return;
  for (const catalogueId of catalogueIds) {
    await createPromotion(c, context, request.subscription_id, { id: randomUUID(), catalogue_promotion_id: catalogueId, status: 'ACTIVE' });
  }
  // The line embeds its promotions: its ETag moves with them.
  await touch(c, subscriptionsTable, context.org, request.subscription_id);
}

const executeByOperation: OperationHandler = async (c, context, operation) => {
  const stored = await findById(c, changeRequestsTable, context.org, operation.target.id, { lock: true });
  // Cancelled before its date: the execution has nothing to do.
  if (!stored || stored.resource.status !== 'REQUESTED') return;
  const request = stored.resource;
  const subscription = (await requireSubscription(c, context.org, request.subscription_id, { lock: true })).resource;
  // One instant for the whole execution: its history, its effects and the outcome.
  const date = nowIso();
  // IN_PROGRESS lasts only inside this transaction: recorded in the history, never saved.
  const inProgress = await applyTransition(c, context, changeRequestLifecycle, request, 'IN_PROGRESS', {
    trigger: 'operation',
    reason: 'DATE_SCHEDULED_REACHED',
    date,
    operationId: operation.id,
  });

  // The change request records its own outcome: a refusal leaves everything else unchanged.
  const refusal =
    subscription.status === 'ACTIVE'
      ? await withSavepoint(c, 'change_request_effects', () => applyTariff(c, context, request, date))
      : new AppError('NOT_ACTIVE_SUBSCRIPTION_NO_CR', `subscription ${subscription.id} is ${subscription.status} at execution: the change needs an ACTIVE subscription`);
  const after = await applyTransition(c, context, changeRequestLifecycle, inProgress, refusal ? 'FAILED' : 'COMPLETED', {
    trigger: 'operation',
    reason: refusal?.code ?? 'CHANGE_REQUEST_EXECUTED',
    description: refusal?.message ?? null,
    date,
    operationId: operation.id,
  });
  await updateResource(c, changeRequestsTable, context.org, after, stored.version);
  // The change request keeps its FAILED outcome; the operation reports the same code (1.11, 1.14).
  return refusal;
};

/** The change request's execution at its date, for the operations worker. */
export const changeRequestOperationHandlers: OperationHandlers = { CHANGE_REQUEST_EXECUTION: executeByOperation };
