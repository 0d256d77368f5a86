/**
 * Every table of the schema as the application reads and writes it, declared once for Kysely so that a wrong
 * table or column name fails `tsc`. It follows the migrations in ./migrations; the types are the db layer's
 * contract on both dialects (database.ts): timestamps are ISO-8601 UTC strings, integers are numbers, JSON
 * documents are text.
 */
import type { Generated } from 'kysely';

/** The columns every resource table of the generic store has (migrations/helpers.ts createResourceTable). */
export interface ResourceRow {
  org: string;
  id: string;
  version: number;
  creation_date: string;
  /** The whole representation, as JSON text. */
  data: string;
  /** A hash of the create request, so a retried create is told apart from a conflicting one. */
  create_hash: string | null;
}

/** A versioned resource table's row (migrations/0016_history.ts): the instant its current state began. */
export interface VersionedRow extends ResourceRow {
  valid_from: string;
}

/**
 * An earlier state of a versioned row, with the instant it ended; kept without its `data` when the next state has the
 * same (`<table>_past` answers it whole: migrations/0018_history_keys.ts).
 */
export type HistoryRow<T extends VersionedRow> = Omit<T, 'data'> & { data: string | null; valid_to: string };

export interface AddOnsTable extends VersionedRow {
  subscription_id: string;
  status: string;
  legacy_id: number | null;
  activation_date: string | null;
}

export interface BatchLinesTable {
  org: string;
  batch_id: string;
  seq: number;
  line: number;
  operation: string;
  subscription_id: string;
  resource_id: string | null;
  reason: string | null;
  value: string | null;
  date: string | null;
  outcome: string | null;
  error_code: string | null;
  error_message: string | null;
}

export interface BatchUploadsTable {
  org: string;
  id: string;
  creation_date: string;
}

export interface BrokerCursorsTable {
  org: string;
  last_sequence: number;
  claim_token: string | null;
  claimed_until: string | null;
}

export interface BundlesTable extends VersionedRow {
  status: string;
  account_id: string;
  legacy_account_id: number | null;
  legacy_id: number | null;
}

export interface ChangeRequestsTable extends VersionedRow {
  subscription_id: string;
  bundle_id: string;
  type: string;
  status: string;
  date_scheduled: string;
}

export interface CommitmentsTable extends VersionedRow {
  parent_kind: string;
  parent_id: string;
  subscription_id: string;
  status: string;
  expiration_date: string | null;
}

export interface ContractsTable extends VersionedRow {
  subscription_id: string;
}

export interface CreditLimitsTable extends VersionedRow {
  subscription_id: string;
}

/** One change of a credit limit, appended and never updated (migration 0017). */
export interface CreditLimitChangesTable {
  org: string;
  /** The credit_limits row's id (`<subscriptionId>:<kind>`). */
  credit_limit_id: string;
  /** The limit's version after the change. */
  seq: number;
  /** The change (value, reason, effective_date, update_system, update_user), as JSON text. */
  data: string;
}

export interface DevicesTable extends VersionedRow {
  subscription_id: string;
  mac_address: string | null;
  serial_number: string | null;
  legacy_id: number | null;
}

export interface EventSequencesTable {
  org: string;
  last: number;
}

export interface EventsTable {
  org: string;
  sequence: number;
  event_type: string;
  resource_kind: string;
  resource_id: string;
  event_time: string;
  data: string;
  operation_id: string | null;
}

/** The earliest instant whose state is kept, per org ('' for every org without a row of its own). */
export interface HistoryHorizonTable {
  org: string;
  since: string;
}

export interface HubDeliveriesTable {
  org: string;
  hub_id: string;
  sequence: number;
  event_type: string;
  resource_kind: string;
  resource_id: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  claim_token: string | null;
  last_attempt_date: string | null;
  last_error: string | null;
}

export interface HubsTable extends ResourceRow {
  status: string;
  last_sequence: number;
  delivered: number;
}

export interface IdempotencyKeysTable {
  org: string;
  key: string;
  request_hash: string;
  state: string;
  response: string | null;
  expires_at: string;
  effect: string | null;
}

export interface IdempotencyClaimsTable {
  org: string;
  key: string;
}

export interface OperationsTable extends ResourceRow {
  type: string;
  status: string;
  target_kind: string;
  target_id: string;
  run_at: string;
  claim_token: string | null;
}

export interface PaymentPlansTable extends VersionedRow {
  subscription_id: string;
  device_id: string;
  status: string;
}

export interface PromotionsTable extends VersionedRow {
  subscription_id: string;
  status: string;
  activation_date: string | null;
  expiration_date: string | null;
  add_on_id: string | null;
  device_id: string | null;
}

export interface StatusHistoryTable {
  org: string;
  resource_kind: string;
  resource_id: string;
  seq: number;
  data: string;
}

export interface SubscriptionIdentifiersTable {
  org: string;
  name: string;
  value: string;
  subscription_id: string;
  /** When the line took this identifier (migrations/0020_identifier_history.ts). */
  valid_from: Generated<string>;
}

/** An identifier a line had, and when it stopped having it (written by a trigger when the line loses it). */
export interface SubscriptionIdentifiersHistoryTable {
  org: string;
  name: string;
  value: string;
  subscription_id: string;
  valid_from: string;
  valid_to: string;
}

export interface SubscriptionsTable extends VersionedRow {
  bundle_id: string;
  type: string;
  status: string;
  account_id: string;
  legacy_id: number | null;
  legacy_account_id: number | null;
  mandatory: number;
  activation_date: string | null;
  deactivation_date: string | null;
}

export interface Tables {
  add_ons: AddOnsTable;
  add_ons_history: HistoryRow<AddOnsTable>;
  batch_lines: BatchLinesTable;
  batch_uploads: BatchUploadsTable;
  broker_cursors: BrokerCursorsTable;
  bundles: BundlesTable;
  bundles_history: HistoryRow<BundlesTable>;
  change_requests: ChangeRequestsTable;
  change_requests_history: HistoryRow<ChangeRequestsTable>;
  commitments: CommitmentsTable;
  commitments_history: HistoryRow<CommitmentsTable>;
  contracts: ContractsTable;
  contracts_history: HistoryRow<ContractsTable>;
  credit_limits: CreditLimitsTable;
  credit_limit_changes: CreditLimitChangesTable;
  credit_limits_history: HistoryRow<CreditLimitsTable>;
  devices: DevicesTable;
  devices_history: HistoryRow<DevicesTable>;
  event_sequences: EventSequencesTable;
  events: EventsTable;
  history_horizon: HistoryHorizonTable;
  hub_deliveries: HubDeliveriesTable;
  hubs: HubsTable;
  idempotency_claims: IdempotencyClaimsTable;
  idempotency_keys: IdempotencyKeysTable;
  operations: OperationsTable;
  payment_plans: PaymentPlansTable;
  payment_plans_history: HistoryRow<PaymentPlansTable>;
  promotions: PromotionsTable;
  promotions_history: HistoryRow<PromotionsTable>;
  status_history: StatusHistoryTable;
  subscription_identifiers: SubscriptionIdentifiersTable;
  subscription_identifiers_history: SubscriptionIdentifiersHistoryTable;
  subscriptions: SubscriptionsTable;
  subscriptions_history: HistoryRow<SubscriptionsTable>;
}

/** The tables the generic store (core/store.ts) reads and writes through ResourceTable. */
export type ResourceTableName = 'add_ons' | 'bundles' | 'change_requests' | 'commitments' | 'contracts' | 'credit_limits' | 'devices' | 'hubs' | 'operations' | 'payment_plans' | 'promotions' | 'subscriptions';
