import { sql } from 'kysely';
import { findById, findPresented, hashOf, insertResource, listAll, presentStored, publish, updateResource, type Conn, type Stored } from '../../core/store.js';
import { compiledOnce } from '../../db/compiled.js';
import type { DomainEvent } from '../../core/events.js';
import { inValues, lockRows, rowsSource } from '../../db/bulk.js';
import { startsAt } from '../../core/versions.js';
import { instant } from '../../db/history.js';
import { nowIso, toApiDate } from '../../core/time.js';
import type { RequestContext } from '../../core/context.js';
import { AppError, badRequest } from '../../core/errors.js';
import { assertMoney } from '../../core/money.js';
import { NON_FINAL_STATUSES, type Subscription, type SubscriptionStatus } from '../subscriptions/schema.js';
import { requireSubscription } from '../subscriptions/service.js';
import {
  CREDIT_LIMIT_KINDS_BY_TYPE,
  creditLimitPresentation,
  creditLimitStoreId,
  creditLimitsTable,
  publicCreditLimit,
  type CreditLimit,
  type CreditLimitChange,
  type CreditLimitKind,
  type CreditLimitsRequest,
  type CreditLimitSubscriptionType,
  type StoredCreditLimit,
} from './schema.js';

/** What the rules of a credit-limit change read of its subscription. */
type CreditLimitHolder = Pick<Subscription, 'type' | 'status'>;

/** The subscription must be of a type that has credit limits (every endpoint). */
function assertHasCreditLimits(subscriptionId: string, subscription: CreditLimitHolder): void {
  if (!Object.hasOwn(CREDIT_LIMIT_KINDS_BY_TYPE, subscription.type)) {
    throw new AppError('WRONG_SUBSCRIPTION_TYPE', `subscription ${subscriptionId} is ${subscription.type}: only MOBILE and LANDLINE subscriptions have credit limits`);
  }
}

/** The subscription of the path (404), which must be of a type that has credit limits. */
async function requireCreditLimitLine(c: Conn, org: string, subscriptionId: string, lock = false): Promise<Subscription> {
  const subscription = (await requireSubscription(c, org, subscriptionId, { lock })).resource;
  assertHasCreditLimits(subscriptionId, subscription);
  return subscription;
}

function assertKindOfType(subscription: CreditLimitHolder, kind: CreditLimitKind): void {
  const kinds: readonly string[] = CREDIT_LIMIT_KINDS_BY_TYPE[subscription.type as CreditLimitSubscriptionType];
  if (!kinds.includes(kind)) {
    throw new AppError('INVALID_CREDIT_LIMIT_TYPE', `credit limit ${kind} is not a kind of ${subscription.type} subscriptions (${kinds.join(', ')})`);
  }
}

function assertSettable(subscriptionId: string, subscription: CreditLimitHolder): void {
  if (!NON_FINAL_STATUSES.includes(subscription.status)) {
    throw new AppError('INVALID_SUBSCRIPTION_STATUS', `subscription ${subscriptionId} is ${subscription.status}: credit limits are set on PRE_ACTIVE, ACTIVE or SUSPENDED lines`);
  }
}

export async function listCreditLimits(c: Conn, org: string, subscriptionId: string): Promise<CreditLimit[]> {
  await requireCreditLimitLine(c, org, subscriptionId);
  return listAll(c, creditLimitPresentation, org, [['subscription_id', '=', subscriptionId]]);
}

export async function getCreditLimit(c: Conn, org: string, subscriptionId: string, kind: CreditLimitKind): Promise<Stored<CreditLimit>> {
  const subscription = await requireCreditLimitLine(c, org, subscriptionId);
  assertKindOfType(subscription, kind);
  const found = await findPresented(c, creditLimitPresentation, org, creditLimitStoreId(subscriptionId, kind));
  if (!found) throw new AppError('CREDIT_LIMIT_NOT_FOUND', `credit limit ${kind} was never set on subscription ${subscriptionId}`);
  return found;
}

/** POST …/credit_limits: the new current value of each kind sent, all in the caller's transaction. */
export async function setCreditLimits(c: Conn, context: RequestContext, subscriptionId: string, body: CreditLimitsRequest): Promise<CreditLimit[]> {
  const kinds = new Set<string>();
  body.credit_limits.forEach((item, index) => {
    if (kinds.has(item.credit_limit_id)) throw badRequest(`credit_limits/${index}/credit_limit_id ${item.credit_limit_id} appears more than once`);
    kinds.add(item.credit_limit_id);
    assertMoney(item.credit_limit_value, `credit_limits/${index}/credit_limit_value`);
  });
  // The line's lock serialises concurrent changes of its limits, so no value is lost from a history.
  const subscription = await requireCreditLimitLine(c, context.org, subscriptionId, true);
  for (const item of body.credit_limits) assertKindOfType(subscription, item.credit_limit_id);
  assertSettable(subscriptionId, subscription);

  const date = toApiDate(nowIso());
  const saved: CreditLimit[] = [];
  for (const item of body.credit_limits) {
    const id = creditLimitStoreId(subscriptionId, item.credit_limit_id);
    const existing = await findById(c, creditLimitsTable, context.org, id, { lock: true });
    const { limit, version } = changedLimit(context, subscriptionId, item, date, existing);
    if (existing) await updateResource(c, creditLimitsTable, context.org, limit, existing.version);
    else await insertResource(c, creditLimitsTable, context.org, limit, hashOf([subscriptionId, item]));
    await appendChange(c, context.org, id, version, limit);
    saved.push((await presentStored(c, creditLimitPresentation, context.org, { resource: limit, version })).resource);
  }
  return saved;
}

type CreditLimitItem = CreditLimitsRequest['credit_limits'][number];

/** The value a change set, as its row of credit_limit_changes keeps it. */
function changeOf(limit: StoredCreditLimit): string {
  const { credit_limit_value, reason, effective_date, update_system, update_user } = limit;
  const change: CreditLimitChange = { credit_limit_value, reason, effective_date, update_system, update_user };
  return JSON.stringify(change);
}

/** Appends one change of a limit (the caller holds its line's lock): `seq` is the version it made. */
async function appendChange(c: Conn, org: string, id: string, seq: number, limit: StoredCreditLimit): Promise<void> {
  const row = { org, credit_limit_id: id, seq, data: changeOf(limit) };
  const insert = compiledOnce(`${c.dialect} insert credit_limit_changes`, Object.values(row), () => c.db.insertInto('credit_limit_changes').values(row).compile());
  await c.db.executeQuery(insert);
}

/** The limit after one change: the new current value, which becomes the row's; the earlier ones stay in their change rows. */
function changedLimit(context: RequestContext, subscriptionId: string, item: CreditLimitItem, date: string, existing: Stored<StoredCreditLimit> | undefined) {
  const current: CreditLimitChange = {
    credit_limit_value: item.credit_limit_value,
    reason: item.reason,
    effective_date: date,
    update_system: context.identity.system,
    update_user: context.identity.user,
  };
  if (existing) return { limit: { ...existing.resource, ...current }, version: existing.version + 1 };
  const limit: StoredCreditLimit = {
    id: creditLimitStoreId(subscriptionId, item.credit_limit_id),
    subscription_id: subscriptionId,
    creation_date: date,
    credit_limit_id: item.credit_limit_id,
    ...current,
  };
  return { limit, version: 1 };
}

/**
 * Completes stored CreditLimit events when they are read (API.md 13): each was stored with the limit as stored at
 * its version, and is shown as GET answered at that version, with the changes before it, newest first. One
 * statement per org for all of them. An event stored whole, before the history had a table of its own (migration
 * 0017), already has its `historical_changes` and is left as it is.
 */
export async function completeCreditLimitEvents(c: Conn, events: DomainEvent[]): Promise<void> {
  const stored = events.filter((event) => !Object.hasOwn(event.payload as object, 'historical_changes'));
  const bounds = new Map<string, Map<string, number>>();
  for (const event of stored) {
    const { id } = event.payload as StoredCreditLimit;
    const ofOrg = bounds.get(event.org) ?? new Map<string, number>();
    ofOrg.set(id, Math.max(ofOrg.get(id) ?? 0, event.resource_version));
    bounds.set(event.org, ofOrg);
  }
  // Each limit's changes below its latest event's version, newest first.
  const changes = new Map<string, Array<{ seq: number; change: CreditLimitChange }>>();
  for (const [org, below] of bounds) {
    const { rows } = await sql<{ credit_limit_id: string; seq: number; data: string }>`
      select changes.credit_limit_id, changes.seq, changes.data
      from ${rowsSource(c.dialect, 'v', [['id', 'text'], ['below', 'integer']], [...below])}
      join credit_limit_changes changes on changes.org = ${org} and changes.credit_limit_id = v.id and changes.seq < v.below
      order by changes.credit_limit_id, changes.seq desc`.execute(c.db);
    for (const row of rows) {
      const key = `${org} ${row.credit_limit_id}`;
      const list = changes.get(key) ?? [];
      list.push({ seq: Number(row.seq), change: JSON.parse(row.data) as CreditLimitChange });
      changes.set(key, list);
    }
  }
  for (const event of stored) {
    const limit = event.payload as StoredCreditLimit;
    const list = changes.get(`${event.org} ${limit.id}`) ?? [];
    const first = list.findIndex((entry) => entry.seq < event.resource_version);
    event.payload = publicCreditLimit(limit, first < 0 ? [] : list.slice(first).map((entry) => entry.change));
  }
}

/** One change of a batch: a kind's new value on a line. */
export interface CreditLimitLineChange {
  subscriptionId: string;
  item: CreditLimitItem;
}

/**
 * Many single-kind changes in the caller's transaction, in order, each as POST …/credit_limits of that one kind
 * would make it (same checks, same codes, one version and one event per change), but set-wise: one statement
 * reads (and locks) the lines, one the limits, one updates and one inserts them, and one appends the changes, whatever
 * the number of changes: a change costs the same whatever the limit's history, which stays in its change rows.
 * A change that fails writes nothing; answers each change's failure, or undefined.
 */
export async function setCreditLimitsInBulk(c: Conn, context: RequestContext, changes: CreditLimitLineChange[]): Promise<Array<AppError | undefined>> {
  const { org } = context;
  const subscriptionIds = [...new Set(changes.map((change) => change.subscriptionId))].sort();
  const lines = new Map<string, CreditLimitHolder>();
  const { rows: lineRows } = await sql<{ id: string; type: Subscription['type']; status: SubscriptionStatus }>`
    select id, type, status from subscriptions where org = ${org} and ${inValues(c.dialect, 'id', subscriptionIds)} order by id ${lockRows(c.dialect)}`.execute(c.db);
  for (const row of lineRows) lines.set(row.id, row);

  const failures = changes.map(({ subscriptionId, item }) => {
    try {
      assertMoney(item.credit_limit_value, 'credit_limits/0/credit_limit_value');
      const line = lines.get(subscriptionId);
      if (!line) throw new AppError('SUBSCRIPTION_NOT_FOUND', `subscription ${subscriptionId} not found`);
      assertHasCreditLimits(subscriptionId, line);
      assertKindOfType(line, item.credit_limit_id);
      assertSettable(subscriptionId, line);
      return undefined;
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
  });

  const storeIds = [...new Set(changes.flatMap((change, index) => (failures[index] ? [] : [creditLimitStoreId(change.subscriptionId, change.item.credit_limit_id)])))].sort();
  if (storeIds.length === 0) return failures;
  const limits = new Map<string, { stored: Stored<StoredCreditLimit>; created: boolean; hash: string | null }>();
  const { rows: limitRows } = await sql<{ id: string; data: string; version: number }>`
    select id, data, version from credit_limits where org = ${org} and ${inValues(c.dialect, 'id', storeIds)} order by id ${lockRows(c.dialect)}`.execute(c.db);
  for (const row of limitRows) limits.set(row.id, { stored: { resource: JSON.parse(row.data) as StoredCreditLimit, version: Number(row.version) }, created: false, hash: null });

  const date = toApiDate(nowIso());
  const appended: unknown[][] = [];
  changes.forEach(({ subscriptionId, item }, index) => {
    if (failures[index]) return;
    const id = creditLimitStoreId(subscriptionId, item.credit_limit_id);
    const before = limits.get(id);
    const { limit, version } = changedLimit(context, subscriptionId, item, date, before?.stored);
    limits.set(id, { stored: { resource: limit, version }, created: before ? before.created : true, hash: before ? before.hash : hashOf([subscriptionId, item]) });
    appended.push([id, version, changeOf(limit)]);
    publish(c, creditLimitsTable, org, before ? 'AttributeValueChangeEvent' : 'CreateEvent', limit, version);
  });

  const saved = [...limits.values()];
  const updated = saved.filter((entry) => !entry.created).map(({ stored }) => [stored.resource.id, JSON.stringify(stored.resource), stored.version]);
  const at = c.writtenAt ?? nowIso();
  if (updated.length > 0) {
    await sql`
      update credit_limits set data = v.data, version = v.version, valid_from = ${startsAt(at)}
      from ${rowsSource(c.dialect, 'v', [['id', 'text'], ['data', 'text'], ['version', 'integer']], updated)}
      where credit_limits.org = ${org} and credit_limits.id = v.id`.execute(c.db);
  }
  const created = saved
    .filter((entry) => entry.created)
    .map(({ stored, hash }) => [stored.resource.id, stored.version, new Date(stored.resource.creation_date).toISOString(), JSON.stringify(stored.resource), hash, stored.resource.subscription_id]);
  if (created.length > 0) {
    await sql`
      insert into credit_limits (org, id, version, creation_date, data, create_hash, subscription_id, valid_from)
      select ${org}, v.id, v.version, v.creation_date, v.data, v.create_hash, v.subscription_id, ${instant(c.dialect, at)}
      from ${rowsSource(c.dialect, 'v', [['id', 'text'], ['version', 'integer'], ['creation_date', 'timestamp'], ['data', 'text'], ['create_hash', 'text'], ['subscription_id', 'text']], created)}`.execute(c.db);
  }
  await sql`
    insert into credit_limit_changes (org, credit_limit_id, seq, data)
    select ${org}, v.id, v.seq, v.data
    from ${rowsSource(c.dialect, 'v', [['id', 'text'], ['seq', 'integer'], ['data', 'text']], appended)}`.execute(c.db);
  return failures;
}
