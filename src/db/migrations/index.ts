import type { Migration } from './helpers.js';
import { foundation } from './0001_foundation.js';
import { commitments } from './0002_commitments.js';
import { promotions } from './0003_promotions.js';
import { addOns } from './0004_add_ons.js';
import { devices } from './0005_devices.js';
import { contracts } from './0006_contracts.js';
import { creditLimits } from './0007_credit_limits.js';
import { changeRequests } from './0008_change_requests.js';
import { paymentPlans } from './0009_payment_plans.js';
import { batches } from './0010_batches.js';
import { events } from './0011_events.js';
import { hub } from './0012_hub.js';
import { promotionIndexes } from './0013_promotion_indexes.js';
import { idempotencyInTransaction } from './0014_idempotency_in_transaction.js';
import { subscriptionCreationOrder } from './0015_subscription_creation_order.js';
import { history } from './0016_history.js';
import { creditLimitChanges } from './0017_credit_limit_changes.js';
import { historyKeys } from './0018_history_keys.js';
import { identifierHistory } from './0020_identifier_history.js';
import { idempotencyExpiry } from './0022_idempotency_expiry.js';
import { identifierHistoryKey } from './0023_identifier_history_key.js';

/** Applied in this order; a migration, once released, is never edited: add a new one. */
export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_commitments': commitments,
  '0003_promotions': promotions,
  '0004_add_ons': addOns,
  '0005_devices': devices,
  '0006_contracts': contracts,
  '0007_credit_limits': creditLimits,
  '0008_change_requests': changeRequests,
  '0009_payment_plans': paymentPlans,
  '0010_batches': batches,
  '0011_events': events,
  '0012_hub': hub,
  '0013_promotion_indexes': promotionIndexes,
  '0014_idempotency_in_transaction': idempotencyInTransaction,
  '0015_subscription_creation_order': subscriptionCreationOrder,
  '0016_history': history,
  '0017_credit_limit_changes': creditLimitChanges,
  '0018_history_keys': historyKeys,
  '0020_identifier_history': identifierHistory,
  '0022_idempotency_expiry': idempotencyExpiry,
  '0023_identifier_history_key': identifierHistoryKey,
};
