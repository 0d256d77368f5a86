import { createIndex, createResourceTable, type Migration } from './helpers.js';

/** Bundles, subscriptions, their identifier index, status history, operations and idempotency keys. */
export const foundation: Migration = {
  async up(context) {
    const { db, types } = context;

    await createResourceTable(context, 'bundles', [
      ['status', 'text', 'not null'],
      ['account_id', 'text', 'not null'],
      ['legacy_account_id', 'bigint'],
      ['legacy_id', 'bigint'],
    ]);
    await createIndex(context, 'bundles', ['account_id']);
    await createIndex(context, 'bundles', ['legacy_account_id']);
    await createIndex(context, 'bundles', ['legacy_id']);
    await createIndex(context, 'bundles', ['creation_date', 'id']);

    await createResourceTable(context, 'subscriptions', [
      ['bundle_id', 'text', 'not null'],
      ['type', 'text', 'not null'],
      ['status', 'text', 'not null'],
      ['account_id', 'text', 'not null'],
      ['legacy_id', 'bigint'],
      ['legacy_account_id', 'bigint'],
      ['mandatory', 'integer', 'not null'],
      ['activation_date', 'timestamp'],
      ['deactivation_date', 'timestamp'],
    ]);
    await createIndex(context, 'subscriptions', ['bundle_id', 'creation_date', 'id']);
    await createIndex(context, 'subscriptions', ['account_id', 'creation_date', 'id']);
    await createIndex(context, 'subscriptions', ['legacy_id']);
    await createIndex(context, 'subscriptions', ['legacy_account_id']);

    // The typed identifiers (MSISDN, IMSI, e-mail, partner ids…) a search can start from, normalised.
    await db.schema
      .createTable('subscription_identifiers')
      .addColumn('org', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('subscription_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('subscription_identifiers_pk', ['org', 'name', 'value', 'subscription_id'])
      .execute();
    await createIndex(context, 'subscription_identifiers', ['subscription_id']);

    await db.schema
      .createTable('status_history')
      .addColumn('org', 'text', (c) => c.notNull())
      .addColumn('resource_kind', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('data', types.json, (c) => c.notNull())
      .addPrimaryKeyConstraint('status_history_pk', ['org', 'resource_kind', 'resource_id', 'seq'])
      .execute();

    await createResourceTable(context, 'operations', [
      ['type', 'text', 'not null'],
      ['status', 'text', 'not null'],
      ['target_kind', 'text', 'not null'],
      ['target_id', 'text', 'not null'],
      ['run_at', 'timestamp', 'not null'],
      ['claim_token', 'text'],
    ]);
    await createIndex(context, 'operations', ['creation_date', 'id']);
    await createIndex(context, 'operations', ['target_kind', 'target_id', 'status']);
    // Only live operations are in this index, so a worker's claim scans pending work, not history.
    await createIndex(context, 'operations', ['run_at'], { where: "status in ('PENDING', 'RUNNING')" });

    await db.schema
      .createTable('idempotency_keys')
      .addColumn('org', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('request_hash', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('response', types.json)
      .addColumn('expires_at', types.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['org', 'key'])
      .execute();
  },
};
