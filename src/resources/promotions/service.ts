import { isDeepStrictEqual } from 'node:util';
import { showAnswer } from '../../core/events.js';
import { assertNoOperationInProgress, enqueueOperation, type OperationHandler, type OperationHandlers, type OperationType, type StoredOperation } from '../../core/operations.js';
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
  listPresented,
  presentStored,
  touch,
  updateResource,
  type Condition,
  type Conn,
  type Embedding,
  type Page,
  type Presentation,
  type Stored,
} from '../../core/store.js';
import { addYears, now, nowIso, startOfBillingCycle, toApiDate, toApiDateOrNull } from '../../core/time.js';
import { assertIfMatch, type RequestContext } from '../../core/context.js';
import { AppError, badRequest, type ErrorCode } from '../../core/errors.js';
import { addOnsTable } from '../add_ons/schema.js';
import { requireAddOn, type AddOnDeactivationHook } from '../add_ons/service.js';
import type { Commitment, CommitmentCreate } from '../commitments/schema.js';
import { commitmentsEmbedding, createCommitments, endActiveCommitments, loadCommitments, patchCommitment, startCommitments, type CommitmentParent } from '../commitments/service.js';
import { devicesTable } from '../devices/schema.js';
import { requireDevice } from '../devices/service.js';
import type { CascadeContext, SubscriptionCascade, SubscriptionChild } from '../subscriptions/children.js';
import { NON_FINAL_STATUSES, type Subscription } from '../subscriptions/schema.js';
import { requireSubscription, subscriptionsTable } from '../subscriptions/service.js';
import {
  Promotion,
  PROMOTION_SERVER_FIELDS,
  PromotionCreate,
  promotionLifecycle,
  promotionsTable,
  StoredPromotionSchema,
  type PromotionStatus,
  type StoredPromotion,
} from './schema.js';

export { PromotionCreate, promotionsTable };

/** The add-on or device a scoped endpoint (P8–P13) goes through: only promotions linked to it are visible. */
export interface PromotionScope {
  addOnId?: string;
  deviceId?: string;
}


// ── Representation ────────────────────────────────────────────────────────────────────────────────

function publicPromotion(stored: StoredPromotion, commitments: Commitment[]): Promotion {
  // One copy (without the line's id), then the list: every answer and event of a promotion is made here.
  const { subscription_id: _subscription, ...promotion } = stored;
  (promotion as Promotion).commitments = commitments;
  return promotion as Promotion;
}

/** Answers embed the commitments, read by the database in the promotion's own statement (one round trip). */
const promotionCommitments = [commitmentsEmbedding('PROMOTION')];
const presentPromotion = (stored: StoredPromotion, embedded: Record<string, unknown[]>) => publicPromotion(stored, embedded.commitments as Commitment[]);
const promotionPresentation: Presentation<StoredPromotion, Promotion> = { name: 'promotion', table: promotionsTable, embeds: promotionCommitments, present: presentPromotion };
/** A line's answer embeds its promotions, each with its commitments. */
const promotionEmbedding: Embedding = { field: 'promotions', table: 'promotions', parentColumn: 'subscription_id', embeds: promotionCommitments, answerOmits: ['subscription_id'], present: presentPromotion };

const view = (c: Conn, org: string, stored: Stored<StoredPromotion>): Promise<Stored<Promotion>> => presentStored(c, promotionPresentation, org, stored);

const parentOf = (promotion: StoredPromotion) => ({ kind: 'PROMOTION' as const, id: promotion.id, subscriptionId: promotion.subscription_id });

// ── The path: subscription, then the add-on or device, then the promotion under them ──────────────

function scopeColumns(subscriptionId: string, scope: PromotionScope = {}): Record<string, string> {
  return {
    subscription_id: subscriptionId,
    ...(scope.addOnId ? { add_on_id: scope.addOnId } : {}),
    ...(scope.deviceId ? { device_id: scope.deviceId } : {}),
  };
}

async function requireParents(c: Conn, org: string, subscriptionId: string, scope: PromotionScope = {}, lock = false): Promise<Stored<Subscription>> {
  const subscription = await requireSubscription(c, org, subscriptionId, { lock });
  if (scope.addOnId) await requireAddOn(c, org, subscriptionId, scope.addOnId);
  if (scope.deviceId) await requireDevice(c, org, subscriptionId, scope.deviceId);
  return subscription;
}

/** The promotion under the (already checked) parents, else 404 PROMOTION_NOT_FOUND. */
async function requirePromotion(
  c: Conn,
  org: string,
  subscriptionId: string,
  promotionId: string,
  options: { scope?: PromotionScope; lock?: boolean } = {},
): Promise<Stored<StoredPromotion>> {
  const stored = await findById(c, promotionsTable, org, promotionId, { scope: scopeColumns(subscriptionId, options.scope), lock: options.lock });
  if (!stored) throw promotionNotFound(promotionId)();
  return stored;
}

const promotionNotFound = (promotionId: string) => () => new AppError('PROMOTION_NOT_FOUND', `promotion ${promotionId} not found`);

/**
 * A line embeds its promotions: a change moves the line's ETag too. Never from inside the line's own cascades,
 * which run while the line's caller holds its version.
 */
const touchLine = (c: Conn, org: string, subscriptionId: string, by: 1 | -1 = 1) => touch(c, subscriptionsTable, org, subscriptionId, by);

// ── Rules (API.md 4.1) ────────────────────────────────────────────────────────────────────────────

/** PATCH, PUT, deactivation and cancellation only while the line is PRE_ACTIVE, ACTIVE or SUSPENDED. */
function assertSubscriptionAllowsChanges(subscription: Subscription): void {
  if (!NON_FINAL_STATUSES.includes(subscription.status)) {
    throw new AppError('SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION', `subscription ${subscription.id} is ${subscription.status}: its promotions can no longer change`);
  }
}

function assertSubscriptionAllowsActivation(subscription: Subscription): void {
  if (subscription.status !== 'ACTIVE') {
    throw new AppError('SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION', `subscription ${subscription.id} is ${subscription.status}: a promotion becomes ACTIVE only on an ACTIVE subscription`);
  }
}

const isFuture = (date: string | null | undefined): boolean => !!date && new Date(date) > now();

/** From the start of the current billing cycle to less than a year ahead; a future ("programmed") date needs an ACTIVE line. */
function assertActivationDate(activationDate: string, subscription: Subscription, timeZone: string): void {
  const from = startOfBillingCycle(now(), timeZone);
  const until = addYears(now(), 1);
  const at = new Date(activationDate);
  if (at < from || at >= until) {
    throw new AppError(
      'PROMOTION_ACTIVATION_DATE_OUT_OF_RANGE',
      `activation_date ${activationDate} must be from the start of the billing cycle ${toApiDate(from)} and before ${toApiDate(until)}`,
    );
  }
  if (isFuture(activationDate) && subscription.status !== 'ACTIVE') {
    throw new AppError('PROMOTION_ACTIVATION_DATE_NOT_ALLOWED', `a future activation_date needs an ACTIVE subscription; subscription ${subscription.id} is ${subscription.status}`);
  }
}

function assertExpirationAfterActivation(promotion: StoredPromotion): void {
  if (!promotion.expiration_date) return;
  const after = promotion.activation_date ? new Date(promotion.activation_date) : now();
  if (new Date(promotion.expiration_date) <= after) {
    throw badRequest(`expiration_date ${promotion.expiration_date} must be after ${promotion.activation_date ? `activation_date ${promotion.activation_date}` : 'now'}`);
  }
}

function assertActiveNotProgrammed(promotion: StoredPromotion): void {
  if (promotion.status === 'ACTIVE' && isFuture(promotion.activation_date)) {
    throw new AppError('INVALID_PROMOTION_STATUS', `an ACTIVE promotion cannot have a future activation_date (${promotion.activation_date}): create or keep it REQUESTED`);
  }
}

/** add_on_id / device_id: at most one, and of the same subscription. */
async function assertTarget(c: Conn, org: string, promotion: StoredPromotion): Promise<void> {
  if (promotion.add_on_id && promotion.device_id) throw new AppError('INVALID_PROMOTION_TARGET', 'a promotion applies to an add-on or to a device, not both');
  const scope = { subscription_id: promotion.subscription_id };
  if (promotion.add_on_id && !(await findById(c, addOnsTable, org, promotion.add_on_id, { scope }))) {
    throw new AppError('INVALID_PROMOTION_TARGET', `add_on_id ${promotion.add_on_id} is not an add-on of subscription ${promotion.subscription_id}`);
  }
  if (promotion.device_id && !(await findById(c, devicesTable, org, promotion.device_id, { scope }))) {
    throw new AppError('INVALID_PROMOTION_TARGET', `device_id ${promotion.device_id} is not a device of subscription ${promotion.subscription_id}`);
  }
}

// ── Scheduled transitions ─────────────────────────────────────────────────────────────────────────

async function schedule(c: Conn, context: RequestContext, promotion: StoredPromotion, type: OperationType, runAt: string, reason: string): Promise<void> {
  await enqueueOperation(c, context.org, {
    type,
    target: { kind: 'PROMOTION', id: promotion.id, subscription_id: promotion.subscription_id, href: promotionsTable.href!(context.org, promotion) },
    reason,
    identity: context.identity,
    runAt,
  });
}

/**
 * A REQUESTED promotion with a future activation_date is activated at that date; an ACTIVE one with an
 * expiration_date expires then. Enqueued when the date is set or moved (the handlers ignore stale ones).
 */
async function scheduleTransitions(c: Conn, context: RequestContext, promotion: StoredPromotion, before?: StoredPromotion): Promise<void> {
  const { activation_date: activation, expiration_date: expiration } = promotion;
  if (promotion.status === 'REQUESTED' && activation && isFuture(activation) && (before?.status !== 'REQUESTED' || before.activation_date !== activation)) {
    await schedule(c, context, promotion, 'PROMOTION_ACTIVATION', activation, 'ACTIVATION_DATE_REACHED');
  }
  if (promotion.status === 'ACTIVE' && expiration && (before?.status !== 'ACTIVE' || before.expiration_date !== expiration)) {
    await schedule(c, context, promotion, 'PROMOTION_EXPIRATION', expiration, 'EXPIRATION_DATE_REACHED');
  }
}

// ── Transitions outside PATCH: operations, cascades, the scheduler ───────────────────────────────

interface TransitionInput {
  trigger: Trigger;
  reason: string;
  date: string;
  operationId: string | null;
  /** A cancellation ends the promotion's ACTIVE commitments (PROMOTION_CANCELLATION), except in a line's cascade, which ends them itself. */
  endCommitments?: boolean;
}

async function transition(c: Conn, context: RequestContext, stored: Stored<StoredPromotion>, to: PromotionStatus, input: TransitionInput): Promise<void> {
  const before = stored.resource;
  const after = await applyTransition(c, context, promotionLifecycle, before, to, {
    trigger: input.trigger,
    reason: input.reason,
    effectiveDate: input.date,
    operationId: input.operationId,
  });
  await updateResource(c, promotionsTable, context.org, after, stored.version);
  if (to === 'ACTIVE') await startCommitments(c, context.org, 'PROMOTION', after.id, after.activation_date!);
  // After the promotion is saved: ending a commitment touches (re-versions) its parent.
  if (to === 'CANCELLED' && input.endCommitments) {
    await endActiveCommitments(c, context, { kind: 'PROMOTION', parentId: after.id }, { reason: 'PROMOTION_CANCELLATION', date: input.date, operationId: input.operationId });
  }
  await scheduleTransitions(c, context, after, before);
}

/** Ends the live promotions matching the scope: ACTIVE → DEACTIVATED, REQUESTED → CANCELLED. */
async function endLivePromotions(
  c: Conn,
  context: RequestContext,
  scope: { subscriptionId: string; addOnId?: string },
  input: Omit<TransitionInput, 'trigger'>,
): Promise<void> {
  const live = await listAll(c, promotionsTable, context.org, [
    ['subscription_id', '=', scope.subscriptionId],
    ...(scope.addOnId ? [['add_on_id', '=', scope.addOnId] satisfies Condition] : []),
    ['status', 'in', ['ACTIVE', 'REQUESTED']],
  ]);
  for (const { id } of live) {
    const stored = await findById(c, promotionsTable, context.org, id, { lock: true });
    if (!stored) continue;
    const to = stored.resource.status === 'ACTIVE' ? 'DEACTIVATED' : stored.resource.status === 'REQUESTED' ? 'CANCELLED' : undefined;
    if (to) await transition(c, context, stored, to, { ...input, trigger: 'cascade' });
  }
}

// ── P1: create ────────────────────────────────────────────────────────────────────────────────────

function commonFields(subscriptionId: string, body: PromotionCreate) {
  return {
    id: body.id.toLowerCase(),
    legacy_id: body.legacy_id ?? null,
    catalogue_promotion_id: body.catalogue_promotion_id,
    status: body.status,
    expiration_date: toApiDateOrNull(body.expiration_date),
    origin: body.origin ?? 'EXISTING_CLIENT',
    add_on_id: body.add_on_id?.toLowerCase() ?? null,
    device_id: body.device_id?.toLowerCase() ?? null,
    subscription_id: subscriptionId,
  };
}

function newPromotion(context: RequestContext, subscriptionId: string, body: PromotionCreate): StoredPromotion {
  const date = toApiDate(nowIso());
  return {
    ...commonFields(subscriptionId, body),
    creation_date: date,
    creation_system: context.identity.system,
    creation_user: context.identity.user,
    last_updated_date: date,
    status_detail: null,
    activation_date: toApiDateOrNull(body.activation_date) ?? (body.status === 'ACTIVE' ? date : null),
    deactivation_date: null,
    deactivation_system: null,
    deactivation_user: null,
  };
}

/** A migration load is history from the legacy stack, stored as it was (API.md 4.1 "Migration loads"). */
function migratedPromotion(subscriptionId: string, body: PromotionCreate): StoredPromotion {
  const date = toApiDate(nowIso());
  const creationDate = toApiDateOrNull(body.creation_date) ?? date;
  const deactivationDate = toApiDateOrNull(body.deactivation_date);
  const detail = body.status_detail;
  return {
    ...commonFields(subscriptionId, body),
    creation_date: creationDate,
    creation_system: body.creation_system ?? 'N/A',
    creation_user: body.creation_user ?? 'N/A',
    last_updated_date: date,
    status_detail: detail ? { reason: detail.reason, description: detail.description ?? null, date: toApiDateOrNull(detail.date) } : null,
    activation_date: toApiDateOrNull(body.activation_date) ?? (body.status === 'ACTIVE' ? creationDate : null),
    deactivation_date: deactivationDate,
    deactivation_system: body.deactivation_system ?? (deactivationDate ? 'N/A' : null),
    deactivation_user: body.deactivation_user ?? (deactivationDate ? 'N/A' : null),
  };
}

function assertCreatable(subscription: Subscription, promotion: StoredPromotion, body: PromotionCreate, timeZone: string): void {
  if (promotion.status !== 'REQUESTED' && promotion.status !== 'ACTIVE') {
    throw new AppError('INVALID_PROMOTION_STATUS', `a promotion is created REQUESTED or ACTIVE, not ${promotion.status} (only a migration load, origin MIGRATION, records an ended one)`);
  }
  if (subscription.status !== 'PRE_ACTIVE' && subscription.status !== 'ACTIVE') {
    throw new AppError('PROMOTION_INVALID_SUBSCRIPTION_STATUS', `subscription ${subscription.id} is ${subscription.status}: promotions are added only while it is PRE_ACTIVE or ACTIVE`);
  }
  if (body.activation_date) assertActivationDate(promotion.activation_date!, subscription, timeZone);
  if (promotion.status === 'ACTIVE') {
    assertSubscriptionAllowsActivation(subscription);
    assertActiveNotProgrammed(promotion);
  }
  assertExpirationAfterActivation(promotion);
}

function assertMigrationConsistent(promotion: StoredPromotion): void {
  if ((promotion.status === 'DEACTIVATED' || promotion.status === 'CANCELLED') && !promotion.deactivation_date) {
    throw badRequest(`a migrated ${promotion.status} promotion needs its deactivation_date`);
  }
  if (promotion.status === 'EXPIRED' && !promotion.expiration_date) throw badRequest('a migrated EXPIRED promotion needs its expiration_date');
  if (promotion.activation_date && promotion.expiration_date && new Date(promotion.expiration_date) <= new Date(promotion.activation_date)) {
    throw badRequest(`expiration_date ${promotion.expiration_date} must be after activation_date ${promotion.activation_date}`);
  }
}

/** The fields a retry must repeat to be the same create: the server-owned ones count only in a migration load. */
function requestHash(subscriptionId: string, body: PromotionCreate, migration: boolean): string {
  const fields: Record<string, unknown> = { ...body, id: body.id.toLowerCase() };
  if (!migration) for (const name of PROMOTION_SERVER_FIELDS) delete fields[name];
  return hashOf({ subscriptionId, fields });
}

/**
 * P1 (also a subscription's create body and a change request's execution): the promotion with its commitments.
 * `touchLine` moves the line's version with its lock (one statement), given back when the create is a replay.
 */
export async function createPromotion(
  c: Conn,
  context: RequestContext,
  subscriptionId: string,
  body: PromotionCreate,
  options: { touchLine?: boolean } = {},
): Promise<{ stored: Stored<Promotion>; replayed: boolean }> {
  const subscription = (await requireSubscription(c, context.org, subscriptionId, { lock: true, touch: options.touchLine })).resource;
  const migration = body.origin === 'MIGRATION';
  const promotion = migration ? migratedPromotion(subscription.id, body) : newPromotion(context, subscription.id, body);
  // Inserted before the state rules so a retried create replays whatever the line's state is now; a 4xx rolls it back.
  const result = await insertResource(c, promotionsTable, context.org, promotion, requestHash(subscription.id, body, migration));
  if (result.replayed) {
    if (options.touchLine) await touchLine(c, context.org, subscription.id, -1);
    return { stored: await view(c, context.org, result.stored), replayed: true };
  }
  if (migration) assertMigrationConsistent(promotion);
  else assertCreatable(subscription, promotion, body, context.composition.billingCycleTimezone);
  await assertTarget(c, context.org, promotion);
  await recordCreation(c, context, promotionLifecycle, promotion, {
    date: promotion.creation_date,
    identity: migration ? { system: promotion.creation_system, user: promotion.creation_user } : context.identity,
  });
  const commitments =
    body.commitments && body.commitments.length > 0
      ? await createCommitments(c, context, parentOf(promotion), body.commitments, {
          startDate: promotion.status === 'REQUESTED' ? null : promotion.activation_date,
          migration,
        })
      : [];
  await scheduleTransitions(c, context, promotion);
  const resource = publicPromotion(promotion, commitments);
  return { stored: { resource, version: result.stored.version }, replayed: false };
}

/**
 * P1: the line embeds its promotions, so its ETag moves with a new one. The answer is the promotion as it commits,
 * so its event shows it without reading it back.
 */
export async function addPromotion(c: Conn, context: RequestContext, subscriptionId: string, body: PromotionCreate) {
  const result = await createPromotion(c, context, subscriptionId, body, { touchLine: true });
  if (!result.replayed) showAnswer(c, context.org, promotionsTable.kind, result.stored);
  return result;
}

// ── P2, P3, P8, P9, P11, P12: reads ───────────────────────────────────────────────────────────────

export async function listPromotions(c: Conn, org: string, subscriptionId: string, scope: PromotionScope, conditions: Condition[], page: Page) {
  await requireParents(c, org, subscriptionId, scope);
  const scoped = Object.entries(scopeColumns(subscriptionId, scope)).map(([column, value]): Condition => [column, '=', value]);
  return listPresented(c, promotionPresentation, org, [...conditions, ...scoped], page);
}

export async function getPromotion(c: Conn, org: string, subscriptionId: string, promotionId: string, scope: PromotionScope = {}) {
  return findUnderParents(c, promotionPresentation, org, promotionId, scopeColumns(subscriptionId, scope), {
    requireParents: () => requireParents(c, org, subscriptionId, scope),
    notFound: promotionNotFound(promotionId),
  });
}

/** The promotion's id once its path is checked (status history). */
export async function resolvePromotion(c: Conn, org: string, subscriptionId: string, promotionId: string): Promise<string> {
  await requireParents(c, org, subscriptionId);
  return (await requirePromotion(c, org, subscriptionId, promotionId)).resource.id;
}

// ── P4, P10, P13: PATCH; P5: PUT ──────────────────────────────────────────────────────────────────

const whileRequested = (current: StoredPromotion) => (current.status === 'REQUESTED' ? undefined : `the promotion is ${current.status}; it changes only while REQUESTED`);

/** The paths a promotion's PATCH may change (its PUT keeps to them too). */
export const PROMOTION_PATCH_PATHS: PatchablePath<StoredPromotion>[] = [
  { path: '/status' },
  { path: '/activation_date', when: 'only while REQUESTED', allowed: whileRequested },
  { path: '/catalogue_promotion_id', when: 'only while REQUESTED', allowed: whileRequested },
  { path: '/expiration_date' },
  { path: '/legacy_id' },
  { path: '/origin' },
  {
    path: '/commitments/-',
    append: true,
    when: 'while REQUESTED or ACTIVE',
    allowed: (current) => (current.status === 'REQUESTED' || current.status === 'ACTIVE' ? undefined : `the promotion is ${current.status}`),
  },
];

function promotionPatch(subscription: Subscription, before: StoredPromotion, timeZone: string): PatchSpec<StoredPromotion> {
  return {
    table: promotionsTable,
    schema: StoredPromotionSchema,
    lifecycle: promotionLifecycle as PatchSpec<StoredPromotion>['lifecycle'],
    targetKind: 'PROMOTION',
    paths: PROMOTION_PATCH_PATHS,
    finalize(_c, _context, patched) {
      const after = patched.resource;
      after.activation_date = toApiDateOrNull(after.activation_date);
      after.expiration_date = toApiDateOrNull(after.expiration_date);
      if (after.activation_date && after.activation_date !== before.activation_date) assertActivationDate(after.activation_date, subscription, timeZone);
      if (after.activation_date !== before.activation_date || after.expiration_date !== before.expiration_date) assertExpirationAfterActivation(after);
      return after;
    },
    // The lifecycle lets PATCH make only REQUESTED → ACTIVE.
    async onStatusChange(c, context, { after }) {
      assertSubscriptionAllowsActivation(subscription);
      assertActiveNotProgrammed(after);
      await startCommitments(c, context.org, 'PROMOTION', after.id, after.activation_date!);
    },
    async afterSave(c, context, patched, saved) {
      const appended = patched.appends['/commitments'];
      if (appended) {
        await createCommitments(c, context, parentOf(saved), appended as CommitmentCreate[], { startDate: saved.status === 'ACTIVE' ? nowIso() : null });
      }
      await scheduleTransitions(c, context, saved, before);
    },
  };
}

/** The parents (locked line), the promotion (locked), If-Match, then the line's gate: what every change starts with. */
async function lockForChange(c: Conn, context: RequestContext, subscriptionId: string, promotionId: string, scope: PromotionScope = {}) {
  const subscription = (await requireParents(c, context.org, subscriptionId, scope, true)).resource;
  const stored = await requirePromotion(c, context.org, subscriptionId, promotionId, { scope, lock: true });
  assertIfMatch(context, stored.version);
  assertSubscriptionAllowsChanges(subscription);
  return { subscription, stored };
}

export async function patchPromotion(
  c: Conn,
  context: RequestContext,
  subscriptionId: string,
  promotionId: string,
  operations: Operation[],
  options: { scope?: PromotionScope } = {},
): Promise<Stored<Promotion>> {
  const { subscription, stored } = await lockForChange(c, context, subscriptionId, promotionId, options.scope);
  const spec = promotionPatch(subscription, stored.resource, context.composition.billingCycleTimezone);
  const saved = await patchResource(c, context, spec, stored, operations);
  if (saved.version !== stored.version) await touchLine(c, context.org, subscriptionId);
  return view(c, context.org, saved);
}

function commitmentChanges(stored: Commitment, sent: CommitmentCreate): Operation[] {
  const wanted = {
    legacy_id: sent.legacy_id ?? null,
    catalogue_term_id: sent.catalogue_term_id ?? null,
    expiration_date: toApiDateOrNull(sent.expiration_date),
  };
  return Object.entries(wanted)
    .filter(([field, value]) => !isDeepStrictEqual(stored[field as keyof typeof wanted], value))
    .map(([field, value]) => ({ op: 'replace' as const, path: `/${field}`, value }));
}

/**
 * P5: a full replacement, expressed as the OperationsSet that turns the stored promotion into the body, so the
 * PATCH rules hold (a field PATCH could not change now must be sent unchanged: PATCH_PATH_NOT_ALLOWED). Existing
 * commitments must all be listed; their client fields change through the commitment's own PATCH rules.
 */
export async function replacePromotion(
  c: Conn,
  context: RequestContext,
  subscriptionId: string,
  promotionId: string,
  body: PromotionCreate,
): Promise<Stored<Promotion>> {
  if (body.id.toLowerCase() !== promotionId) throw badRequest(`body id ${body.id} differs from the path's promotionId ${promotionId}`);
  const { subscription, stored } = await lockForChange(c, context, subscriptionId, promotionId);
  const current = stored.resource;
  const existing = (await loadCommitments(c, context.org, 'PROMOTION', [current.id])).get(current.id) ?? [];
  const sent = new Map((body.commitments ?? []).filter((item) => item.id).map((item) => [item.id!.toLowerCase(), item]));
  const missing = existing.filter((commitment) => !sent.has(commitment.id)).map((commitment) => commitment.id);
  if (missing.length > 0) {
    throw badRequest(`commitments must keep every existing commitment (one ends only through its own PATCH); missing: ${missing.join(', ')}`);
  }

  const replacement: Partial<StoredPromotion> = {
    legacy_id: body.legacy_id ?? null,
    catalogue_promotion_id: body.catalogue_promotion_id,
    activation_date: toApiDateOrNull(body.activation_date),
    expiration_date: toApiDateOrNull(body.expiration_date),
    origin: body.origin ?? 'EXISTING_CLIENT',
    add_on_id: body.add_on_id?.toLowerCase() ?? null,
    device_id: body.device_id?.toLowerCase() ?? null,
  };
  const operations: Operation[] = Object.entries(replacement)
    .filter(([field, value]) => !isDeepStrictEqual(current[field as keyof StoredPromotion], value))
    .map(([field, value]) => ({ op: 'replace', path: `/${field}`, value }));
  if (body.status !== current.status) operations.push({ op: 'replace', path: '/status', value: body.status });
  const existingIds = new Set(existing.map((commitment) => commitment.id));
  for (const item of body.commitments ?? []) {
    if (!item.id || !existingIds.has(item.id.toLowerCase())) operations.push({ op: 'add', path: '/commitments/-', value: item });
  }

  const spec = promotionPatch(subscription, current, context.composition.billingCycleTimezone);
  let saved = await patchResource(c, context, spec, stored, operations);
  // The caller's If-Match named the promotion's version, already checked: the commitments' own is not asked.
  const commitmentContext: RequestContext = { ...context, ifMatch: undefined };
  let touched = false;
  for (const commitment of existing) {
    const changes = commitmentChanges(commitment, sent.get(commitment.id)!);
    if (changes.length === 0) continue;
    await patchCommitment(c, commitmentContext, subscriptionId, 'PROMOTION', promotionId, commitment.id, changes);
    touched = true;
  }
  if (touched) saved = await requirePromotion(c, context.org, subscriptionId, promotionId);
  if (saved.version !== stored.version) await touchLine(c, context.org, subscriptionId);
  return view(c, context.org, saved);
}

// ── P6, P7: deactivation and cancellation (202) ───────────────────────────────────────────────────

const TERMINATIONS = {
  deactivation: { type: 'PROMOTION_DEACTIVATION', from: 'ACTIVE', to: 'DEACTIVATED', code: 'PROMOTION_NOT_DEACTIVATABLE', verb: 'deactivated' },
  cancellation: { type: 'PROMOTION_CANCELLATION', from: 'REQUESTED', to: 'CANCELLED', code: 'PROMOTION_NOT_CANCELLABLE', verb: 'cancelled' },
} as const satisfies Record<string, { type: OperationType; from: PromotionStatus; to: PromotionStatus; code: ErrorCode; verb: string }>;
export type TerminationKind = keyof typeof TERMINATIONS;

/** Checked now (404, 412, 400, 409), applied by the operation: accepted and enqueued in one transaction. */
export async function requestTermination(
  c: Conn,
  context: RequestContext,
  subscriptionId: string,
  promotionId: string,
  kind: TerminationKind,
  reason: string,
): Promise<StoredOperation> {
  const rule = TERMINATIONS[kind];
  const promotion = (await checkTermination(c, context, subscriptionId, promotionId, kind)).resource;
  return enqueueOperation(c, context.org, {
    type: rule.type,
    target: { kind: 'PROMOTION', id: promotion.id, subscription_id: promotion.subscription_id, href: promotionsTable.href!(context.org, promotion) },
    reason,
    identity: context.identity,
  });
}

/** The rules of P6/P7 (404, 412, 400, 409): the locked promotion. */
async function checkTermination(c: Conn, context: RequestContext, subscriptionId: string, promotionId: string, kind: TerminationKind): Promise<Stored<StoredPromotion>> {
  const rule = TERMINATIONS[kind];
  const { stored } = await lockForChange(c, context, subscriptionId, promotionId);
  const promotion = stored.resource;
  if (promotion.status !== rule.from) {
    throw new AppError(rule.code, `promotion ${promotion.id} is ${promotion.status}; only an ${rule.from} promotion can be ${rule.verb}`);
  }
  await assertNoOperationInProgress(c, context.org, 'PROMOTION', promotion.id);
  return stored;
}

/** The effect of P6/P7: the transition with the request's identity and reason; the line's ETag moves. */
async function applyTermination(c: Conn, context: RequestContext, stored: Stored<StoredPromotion>, kind: TerminationKind, reason: string, operationId: string): Promise<void> {
  await transition(c, context, stored, TERMINATIONS[kind].to, { trigger: 'operation', reason, date: nowIso(), operationId, endCommitments: true });
  await touchLine(c, context.org, stored.resource.subscription_id);
}

/** P6/P7 checked and applied at once in the caller's transaction, with no operation of its own (an administration batch line). */
export async function terminatePromotion(
  c: Conn,
  context: RequestContext,
  subscriptionId: string,
  promotionId: string,
  kind: TerminationKind,
  reason: string,
  operationId: string,
): Promise<void> {
  const stored = await checkTermination(c, context, subscriptionId, promotionId, kind);
  await applyTermination(c, context, stored, kind, reason, operationId);
}

function terminateByOperation(kind: TerminationKind): OperationHandler {
  const rule = TERMINATIONS[kind];
  return async (c, context, operation) => {
    const subscriptionId = operation.target.subscription_id!;
    await requireSubscription(c, context.org, subscriptionId, { lock: true });
    const stored = await requirePromotion(c, context.org, subscriptionId, operation.target.id, { lock: true });
    if (stored.resource.status !== rule.from) {
      throw new AppError(rule.code, `promotion ${stored.resource.id} is ${stored.resource.status} now; only an ${rule.from} promotion can be ${rule.verb}`);
    }
    await applyTermination(c, context, stored, kind, operation.reason ?? 'OTHER', operation.id);
  };
}

/** The scheduler: activation at activation_date (still REQUESTED, line ACTIVE); expiration at expiration_date. */
const activateByOperation: OperationHandler = async (c, context, operation) => {
  const subscription = await requireSubscription(c, context.org, operation.target.subscription_id!, { lock: true });
  const stored = await findById(c, promotionsTable, context.org, operation.target.id, { lock: true });
  // Activated or ended meanwhile, or its date moved (a newer operation is scheduled for it): nothing to do now.
  if (!stored || stored.resource.status !== 'REQUESTED' || !stored.resource.activation_date || isFuture(stored.resource.activation_date)) return;
  assertSubscriptionAllowsActivation(subscription.resource);
  await transition(c, context, stored, 'ACTIVE', { trigger: 'operation', reason: 'ACTIVATION_DATE_REACHED', date: nowIso(), operationId: operation.id });
  await touchLine(c, context.org, subscription.resource.id);
};

const expireByOperation: OperationHandler = async (c, context, operation) => {
  const subscriptionId = operation.target.subscription_id!;
  await requireSubscription(c, context.org, subscriptionId, { lock: true });
  const stored = await findById(c, promotionsTable, context.org, operation.target.id, { lock: true });
  if (!stored || stored.resource.status !== 'ACTIVE' || !stored.resource.expiration_date || isFuture(stored.resource.expiration_date)) return;
  await transition(c, context, stored, 'EXPIRED', { trigger: 'operation', reason: 'EXPIRATION_DATE_REACHED', date: nowIso(), operationId: operation.id });
  await touchLine(c, context.org, subscriptionId);
};

/** The work behind the deactivation and cancellation endpoints and the scheduled transitions, for the operations worker. */
export const promotionOperationHandlers: OperationHandlers = {
  [TERMINATIONS.deactivation.type]: terminateByOperation('deactivation'),
  [TERMINATIONS.cancellation.type]: terminateByOperation('cancellation'),
  PROMOTION_ACTIVATION: activateByOperation,
  PROMOTION_EXPIRATION: expireByOperation,
};

// ── Lent to other families (resources/promotions/index.ts): commitment parent, line child and cascade, add-on hook ──

export const promotionCommitmentParent: CommitmentParent = {
  kind: 'PROMOTION',
  table: promotionsTable,
  async require(c, org, subscriptionId, promotionId) {
    await requireParents(c, org, subscriptionId);
    await requirePromotion(c, org, subscriptionId, promotionId);
  },
};

export const promotionChild: SubscriptionChild = {
  field: 'promotions',
  schema: Promotion,
  createSchema: PromotionCreate,
  embedding: promotionEmbedding,
  async createWith(c, context, subscription, items) {
    for (const [index, item] of items.entries()) {
      try {
        assertValid(PromotionCreate, item);
        await createPromotion(c, context, subscription.id, item as PromotionCreate);
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        const details = error.details?.map((detail) => ({ ...detail, path: `/promotions/${index}${detail.path ?? ''}` }));
        throw new AppError(error.code, `promotions/${index}: ${error.message}`, details);
      }
    }
  },
};

export const promotionCascade: SubscriptionCascade = {
  /** REQUESTED promotions whose activation_date is null or past start with the line; future ones stay scheduled. */
  async onActivated(c, context, subscription, cascade: CascadeContext) {
    const requested = await listAll(c, promotionsTable, context.org, [
      ['subscription_id', '=', subscription.id],
      ['status', '=', 'REQUESTED'],
    ]);
    for (const { id } of requested) {
      const stored = await findById(c, promotionsTable, context.org, id, { lock: true });
      if (!stored || stored.resource.status !== 'REQUESTED' || isFuture(stored.resource.activation_date)) continue;
      await transition(c, context, stored, 'ACTIVE', { trigger: 'cascade', reason: cascade.reason, date: cascade.date, operationId: cascade.operationId });
    }
  },
  // The line's commitments end in the commitments family's own cascade (reason SUBSCRIPTION_DEACTIVATION).
  onCancelled: (c, context, subscription, cascade) => endLivePromotions(c, context, { subscriptionId: subscription.id }, cascade),
  onDeactivated: (c, context, subscription, cascade) => endLivePromotions(c, context, { subscriptionId: subscription.id }, cascade),
};

/** The reason a line's own cascade ends its children with (2.4); its commitments end in the commitments family's cascade. */
const LINE_CASCADE_REASON = 'SUBSCRIPTION_DEACTIVATION';

/** The promotions linked to an ending add-on end with it (6.2): AUTOMATICALLY_REMOVED, or the line's reason when the line ends. */
export const endPromotionsOfAddOn: AddOnDeactivationHook = (c, context, addOn, cascade) =>
  endLivePromotions(c, context, { subscriptionId: addOn.subscription_id, addOnId: addOn.id }, { ...cascade, endCommitments: cascade.reason !== LINE_CASCADE_REASON });
