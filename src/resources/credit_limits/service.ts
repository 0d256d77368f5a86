import { findById, hashOf, insertResource, listAll, updateResource, type Conn, type Stored } from '../../core/store.js';
import { nowIso, toApiDate } from '../../core/time.js';
import type { RequestContext } from '../../core/context.js';
import { AppError, badRequest } from '../../core/errors.js';
import { assertMoney } from '../../core/money.js';
import { NON_FINAL_STATUSES, type Subscription } from '../subscriptions/schema.js';
import { requireSubscription } from '../subscriptions/service.js';
import {
  CREDIT_LIMIT_KINDS_BY_TYPE,
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

/** The subscription of the path (404), which must be of a type that has credit limits (every endpoint). */
async function requireCreditLimitLine(c: Conn, org: string, subscriptionId: string, lock = false): Promise<Subscription> {
  const subscription = (await requireSubscription(c, org, subscriptionId, { lock })).resource;
  if (!Object.hasOwn(CREDIT_LIMIT_KINDS_BY_TYPE, subscription.type)) {
    throw new AppError('WRONG_SUBSCRIPTION_TYPE', `subscription ${subscriptionId} is ${subscription.type}: only MOBILE and LANDLINE subscriptions have credit limits`);
  }
  return subscription;
}

function assertKindOfType(subscription: Subscription, kind: CreditLimitKind): void {
  const kinds: readonly string[] = CREDIT_LIMIT_KINDS_BY_TYPE[subscription.type as CreditLimitSubscriptionType];
  if (!kinds.includes(kind)) {
    throw new AppError('INVALID_CREDIT_LIMIT_TYPE', `credit limit ${kind} is not a kind of ${subscription.type} subscriptions (${kinds.join(', ')})`);
  }
}

export async function listCreditLimits(c: Conn, org: string, subscriptionId: string): Promise<CreditLimit[]> {
  await requireCreditLimitLine(c, org, subscriptionId);
  const rows = await listAll(c, creditLimitsTable, org, [['subscription_id', '=', subscriptionId]]);
  return rows.map(publicCreditLimit);
}

export async function getCreditLimit(c: Conn, org: string, subscriptionId: string, kind: CreditLimitKind): Promise<Stored<CreditLimit>> {
  const subscription = await requireCreditLimitLine(c, org, subscriptionId);
  assertKindOfType(subscription, kind);
  const stored = await findById(c, creditLimitsTable, org, creditLimitStoreId(subscriptionId, kind));
  if (!stored) throw new AppError('CREDIT_LIMIT_NOT_FOUND', `credit limit ${kind} was never set on subscription ${subscriptionId}`);
  return { resource: publicCreditLimit(stored.resource), version: stored.version };
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
  if (!NON_FINAL_STATUSES.includes(subscription.status)) {
    throw new AppError('INVALID_SUBSCRIPTION_STATUS', `subscription ${subscriptionId} is ${subscription.status}: credit limits are set on PRE_ACTIVE, ACTIVE or SUSPENDED lines`);
  }

  const date = toApiDate(nowIso());
  const saved: CreditLimit[] = [];
  for (const item of body.credit_limits) {
    const current: CreditLimitChange = {
      credit_limit_value: item.credit_limit_value,
      reason: item.reason,
      effective_date: date,
      update_system: context.identity.system,
      update_user: context.identity.user,
    };
    const id = creditLimitStoreId(subscriptionId, item.credit_limit_id);
    const existing = await findById(c, creditLimitsTable, context.org, id, { lock: true });
    if (existing) {
      const { credit_limit_value, reason, effective_date, update_system, update_user, historical_changes } = existing.resource;
      const earlier: CreditLimitChange = { credit_limit_value, reason, effective_date, update_system, update_user };
      const updated: StoredCreditLimit = { ...existing.resource, ...current, historical_changes: [earlier, ...historical_changes] };
      await updateResource(c, creditLimitsTable, context.org, updated, existing.version);
      saved.push(publicCreditLimit(updated));
    } else {
      const created: StoredCreditLimit = {
        id,
        subscription_id: subscriptionId,
        creation_date: date,
        credit_limit_id: item.credit_limit_id,
        ...current,
        historical_changes: [],
      };
      await insertResource(c, creditLimitsTable, context.org, created, hashOf([subscriptionId, item]));
      saved.push(publicCreditLimit(created));
    }
  }
  return saved;
}
