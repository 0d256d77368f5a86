import { createIndex, createResourceTable, type Migration } from './helpers.js';

/**
 * Event delivery: webhook registrations (`hubs`), the deliveries each one still owes (`hub_deliveries`: pending
 * and dead letters; a delivered one is counted on its hub and removed), and the NATS publisher's per-org cursor.
 */
export const hub: Migration = {
  async up(context) {
    const { db, types } = context;
    await createResourceTable(context, 'hubs', [['status', 'text', 'not null']]);
    // The last outbox sequence queued for this hub, and how many deliveries succeeded: moved by the dispatcher only.
    await db.schema.alterTable('hubs').addColumn('last_sequence', types.bigint, (c) => c.notNull().defaultTo(0)).execute();
    await db.schema.alterTable('hubs').addColumn('delivered', types.bigint, (c) => c.notNull().defaultTo(0)).execute();
    await createIndex(context, 'hubs', ['creation_date', 'id']);

    await db.schema
      .createTable('hub_deliveries')
      .addColumn('org', 'text', (c) => c.notNull())
      .addColumn('hub_id', 'text', (c) => c.notNull())
      .addColumn('sequence', types.bigint, (c) => c.notNull())
      .addColumn('event_type', 'text', (c) => c.notNull())
      .addColumn('resource_kind', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text', (c) => c.notNull())
      .addColumn('status', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_attempt_at', types.timestamp, (c) => c.notNull())
      .addColumn('claim_token', 'text')
      .addColumn('last_attempt_date', types.timestamp)
      .addColumn('last_error', 'text')
      .addPrimaryKeyConstraint('hub_deliveries_pk', ['org', 'hub_id', 'sequence'])
      .execute();
    // Counters and dead letters of a hub.
    await createIndex(context, 'hub_deliveries', ['hub_id', 'status', 'sequence']);
    // "Is an earlier delivery of this resource still pending?" — the per-resource order.
    await createIndex(context, 'hub_deliveries', ['hub_id', 'resource_kind', 'resource_id', 'sequence']);
    // Only pending deliveries are in this index, so a claim scans due work, not dead letters.
    await createIndex(context, 'hub_deliveries', ['next_attempt_at'], { where: "status = 'PENDING'" });

    await db.schema
      .createTable('broker_cursors')
      .addColumn('org', 'text', (c) => c.notNull().primaryKey())
      .addColumn('last_sequence', types.bigint, (c) => c.notNull())
      .addColumn('claim_token', 'text')
      .addColumn('claimed_until', types.timestamp)
      .execute();
  },
};
