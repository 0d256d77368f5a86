import { randomUUID } from 'node:crypto';
import { StringEnum } from '../../core/schemas.js';
import { Type } from '@sinclair/typebox';
import { enqueueOperation, type OperationHandler, type OperationHandlers } from '../../core/operations.js';
import { applyTransition, recordCreation } from '../../core/transition.js';
import type { Operation, PatchablePath } from '../../core/patch.js';
import { assertValid, patchResource, type PatchSpec } from '../../core/resource-patch.js';
import { findById, hashOf, insertResource, listAll, touch, updateResource, type Condition, type Conn, type Embedding, type Stored } from '../../core/store.js';
import { now, nowIso, toApiDate, toApiDateOrNull } from '../../core/time.js';
import type { RequestContext } from '../../core/context.js';
import { AppError, badRequest } from '../../core/errors.js';
import type { ResourceTableName } from '../../db/tables.js';
import type { SubscriptionCascade } from '../subscriptions/children.js';
import {
  Commitment,
  CommitmentCreate,
  commitmentLifecycle,
  commitmentsTable,
  COMMITMENT_LINKS,
  publicCommitment,
  type CommitmentParentKind,
  type StoredCommitment,
} from './schema.js';

/**
 * A resource that holds commitments (a promotion, a device) lends how its path is checked, so the commitment
 * endpoints answer the parent's own not-found code, and which table to touch so the parent's ETag moves.
 */
export interface CommitmentParent {
  kind: CommitmentParentKind;
  table: { table: ResourceTableName };
  /** 404 with the parent's code when it is not a child of the subscription in this org. */
  require(c: Conn, org: string, subscriptionId: string, parentId: string): Promise<void>;
}

const StoredCommitmentSchema = Type.Object(
  {
    ...Commitment.properties,
    parent_kind: StringEnum(['PROMOTION', 'DEVICE']),
    parent_id: Type.String(),
    subscription_id: Type.String(),
  },
  { additionalProperties: false },
);

export interface ParentRef {
  kind: CommitmentParentKind;
  id: string;
  subscriptionId: string;
}

/**
 * Creates a parent's commitments in its transaction. `startDate` is when they start binding (null while a
 * promotion is REQUESTED). A migration load keeps the stamps it was sent; otherwise they are the server's.
 */
export async function createCommitments(
  c: Conn,
  context: RequestContext,
  parent: ParentRef,
  items: CommitmentCreate[],
  options: { startDate: string | null; migration?: boolean },
): Promise<Commitment[]> {
  const date = toApiDate(nowIso());
  const created: Commitment[] = [];
  const ids = new Set<string>();
  for (const [index, item] of items.entries()) {
    assertValid(CommitmentCreate, item);
    const id = (item.id ?? randomUUID()).toLowerCase();
    if (ids.has(id)) throw badRequest(`commitments/${index}/id ${id} appears twice`);
    ids.add(id);
    const expiration = toApiDateOrNull(item.expiration_date);
    const kept: Partial<CommitmentCreate> = options.migration ? item : {};
    const expired = expiration !== null && new Date(expiration) <= now();
    const commitment: StoredCommitment = {
      id,
      legacy_id: item.legacy_id ?? null,
      catalogue_term_id: item.catalogue_term_id ?? null,
      status: kept.status ?? (expired ? 'EXPIRED' : 'ACTIVE'),
      start_date: options.startDate === null ? null : toApiDate(options.startDate),
      expiration_date: expiration,
      cancellation_date: toApiDateOrNull(kept.cancellation_date),
      cancellation_system: kept.cancellation_system ?? null,
      cancellation_user: kept.cancellation_user ?? null,
      cancellation_reason: kept.cancellation_reason ?? null,
      creation_date: date,
      last_updated_date: date,
      parent_kind: parent.kind,
      parent_id: parent.id,
      subscription_id: parent.subscriptionId,
    };
    assertValid(StoredCommitmentSchema, commitment);
    const existing = await findById(c, commitmentsTable, context.org, id);
    if (existing) throw new AppError('ALREADY_EXISTS', `commitment ${id} already exists`);
    await insertResource(c, commitmentsTable, context.org, commitment, hashOf([parent, item]));
    await recordCreation(c, context, commitmentLifecycle, commitment, { date });
    if (commitment.status === 'ACTIVE' && expiration) await scheduleExpiration(c, context, commitment);
    created.push(publicCommitment(commitment));
  }
  // In the order a read lists them (oldest first, then by id): they share one creation date.
  return created.sort((a, b) => (a.id < b.id ? -1 : 1));
}

async function scheduleExpiration(c: Conn, context: RequestContext, commitment: StoredCommitment): Promise<void> {
  await enqueueOperation(c, context.org, {
    type: 'COMMITMENT_EXPIRATION',
    target: {
      kind: 'COMMITMENT',
      id: commitment.id,
      subscription_id: commitment.subscription_id,
      href: commitmentsTable.href!(context.org, commitment),
    },
    reason: 'EXPIRATION_DATE_REACHED',
    identity: context.identity,
    runAt: commitment.expiration_date!,
  });
}

/** A parent's commitments as its answer embeds them (oldest first), read in the parent's own statement. */
export function commitmentsEmbedding(kind: CommitmentParentKind): Embedding {
  return { field: 'commitments', table: 'commitments', parentColumn: 'parent_id', constants: { parent_kind: kind }, hidden: COMMITMENT_LINKS, present: publicCommitment };
}

/** The commitments of several parents of one kind, oldest first: one query for a whole page of parents. */
export async function loadCommitments(c: Conn, org: string, kind: CommitmentParentKind, parentIds: string[]): Promise<Map<string, Commitment[]>> {
  const byParent = new Map<string, Commitment[]>();
  if (parentIds.length === 0) return byParent;
  const rows = await listAll(c, commitmentsTable, org, [['parent_kind', '=', kind], ['parent_id', 'in', parentIds]]);
  for (const row of rows) {
    const list = byParent.get(row.parent_id) ?? [];
    list.push(publicCommitment(row));
    byParent.set(row.parent_id, list);
  }
  return byParent;
}

async function requireCommitment(
  c: Conn,
  org: string,
  subscriptionId: string,
  parent: CommitmentParent,
  parentId: string,
  id: string,
  lock = false,
): Promise<Stored<StoredCommitment>> {
  await parent.require(c, org, subscriptionId, parentId);
  const stored = await findById(c, commitmentsTable, org, id, { scope: { parent_kind: parent.kind, parent_id: parentId }, lock });
  if (!stored) throw new AppError('COMMITMENT_NOT_FOUND', `commitment ${id} not found`);
  return stored;
}

export async function getCommitment(c: Conn, org: string, subscriptionId: string, parent: CommitmentParent, parentId: string, id: string) {
  const stored = await requireCommitment(c, org, subscriptionId, parent, parentId, id);
  return { resource: publicCommitment(stored.resource), version: stored.version };
}

/** The paths a commitment's PATCH may change. */
export const COMMITMENT_PATCH_PATHS: PatchablePath<StoredCommitment>[] = [
  { path: '/status' },
  { path: '/expiration_date', when: 'only while ACTIVE', allowed: (before) => (before.status === 'ACTIVE' ? undefined : `the commitment is ${before.status}`) },
  { path: '/legacy_id' },
  { path: '/catalogue_term_id' },
];

const commitmentPatch: PatchSpec<StoredCommitment> = {
  table: commitmentsTable,
  schema: StoredCommitmentSchema,
  lifecycle: commitmentLifecycle as PatchSpec<StoredCommitment>['lifecycle'],
  paths: COMMITMENT_PATCH_PATHS,
  async onStatusChange(_c, _context, { reason }) {
    if (!reason) throw badRequest('a commitment status change needs a reason (1–100 characters)');
  },
  // Only a changed expiration_date is scheduled: any other change of a dated commitment scheduled it once more.
  async afterSave(c, context, _patched, saved, before) {
    if (saved.status === 'ACTIVE' && saved.expiration_date && saved.expiration_date !== before.expiration_date) {
      await scheduleExpiration(c, context, saved);
    }
    await touch(c, context.composition.commitmentParents[saved.parent_kind].table, context.org, saved.parent_id);
  },
};

export async function patchCommitment(
  c: Conn,
  context: RequestContext,
  subscriptionId: string,
  kind: CommitmentParentKind,
  parentId: string,
  id: string,
  operations: Operation[],
) {
  const stored = await requireCommitment(c, context.org, subscriptionId, context.composition.commitmentParents[kind], parentId, id, true);
  const saved = await patchResource(c, context, commitmentPatch, stored, operations);
  return { resource: publicCommitment(saved.resource), version: saved.version };
}

/** A cascade (subscription deactivation, promotion cancellation): every ACTIVE commitment in scope ends. */
export async function endActiveCommitments(
  c: Conn,
  context: RequestContext,
  scope: { subscriptionId: string } | { kind: CommitmentParentKind; parentId: string },
  cascade: { reason: string; date: string; operationId: string | null },
): Promise<void> {
  const conditions: Condition[] =
    'subscriptionId' in scope
      ? [['subscription_id', '=', scope.subscriptionId]]
      : [['parent_kind', '=', scope.kind], ['parent_id', '=', scope.parentId]];
  const active = await listAll(c, commitmentsTable, context.org, [...conditions, ['status', '=', 'ACTIVE']]);
  for (const commitment of active) {
    const stored = await findById(c, commitmentsTable, context.org, commitment.id, { lock: true });
    if (!stored || stored.resource.status !== 'ACTIVE') continue;
    // Ended as of now, whatever date the cascade takes effect at.
    const after = await applyTransition(c, context, commitmentLifecycle, stored.resource, 'DEACTIVATED', {
      trigger: 'cascade',
      reason: cascade.reason,
      operationId: cascade.operationId,
    });
    await updateResource(c, commitmentsTable, context.org, after, stored.version);
    await touch(c, context.composition.commitmentParents[commitment.parent_kind].table, context.org, commitment.parent_id);
  }
}

/**
 * A promotion that becomes ACTIVE starts binding its ACTIVE commitments that had not started; one already ended
 * (deactivated or expired while the promotion was REQUESTED) never bound, and keeps a null `start_date`.
 */
export async function startCommitments(c: Conn, org: string, kind: CommitmentParentKind, parentId: string, date: string): Promise<void> {
  const rows = await listAll(c, commitmentsTable, org, [['parent_kind', '=', kind], ['parent_id', '=', parentId]]);
  for (const row of rows) {
    if (row.start_date !== null || row.status !== 'ACTIVE') continue;
    const stored = await findById(c, commitmentsTable, org, row.id, { lock: true });
    if (!stored) continue;
    await updateResource(c, commitmentsTable, org, { ...stored.resource, start_date: toApiDate(date) }, stored.version);
  }
}

export async function activeCommitmentIdsOf(c: Conn, org: string, subscriptionId: string): Promise<string[]> {
  const rows = await c.db
    .selectFrom('commitments')
    .select('id')
    .where('org', '=', org)
    .where('subscription_id', '=', subscriptionId)
    .where('status', '=', 'ACTIVE')
    .execute();
  return rows.map((row) => row.id as string);
}

const expireByOperation: OperationHandler = async (c, context, operation) => {
  const stored = await findById(c, commitmentsTable, context.org, operation.target.id, { lock: true });
  // Ended early, or its expiration moved later (a newer operation is scheduled): nothing to do now.
  if (!stored || stored.resource.status !== 'ACTIVE' || !stored.resource.expiration_date || new Date(stored.resource.expiration_date) > now()) return;
  const after = await applyTransition(c, context, commitmentLifecycle, stored.resource, 'EXPIRED', {
    trigger: 'operation',
    reason: 'EXPIRATION_DATE_REACHED',
    operationId: operation.id,
  });
  await updateResource(c, commitmentsTable, context.org, after, stored.version);
  await touch(c, context.composition.commitmentParents[stored.resource.parent_kind].table, context.org, stored.resource.parent_id);
};

/** The commitments' scheduled transition, for the operations worker. */
export const commitmentOperationHandlers: OperationHandlers = { COMMITMENT_EXPIRATION: expireByOperation };

export const commitmentCascade: SubscriptionCascade = {
  // A PRE_ACTIVE line's REQUESTED promotions carry ACTIVE commitments that never started: they end too.
  onCancelled: (c, context, subscription, cascade) => endActiveCommitments(c, context, { subscriptionId: subscription.id }, cascade),
  onDeactivated: (c, context, subscription, cascade) => endActiveCommitments(c, context, { subscriptionId: subscription.id }, cascade),
  activeCommitmentIds: (c, org, subscription) => activeCommitmentIdsOf(c, org, subscription.id),
};
