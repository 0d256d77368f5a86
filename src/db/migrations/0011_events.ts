import { type Migration } from './helpers.js';

/**
 * The outbox: every change's event, written in the change's transaction, numbered per org in commit order.
 * Deliveries (webhooks, broker) read it forward from a cursor.
 */
export const events: Migration = {
  async up({ db, types }) {
    await db.schema
      .createTable('event_sequences')
      .addColumn('org', 'text', (c) => c.notNull().primaryKey())
      .addColumn('last', types.bigint, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('events')
      .addColumn('org', 'text', (c) => c.notNull())
      .addColumn('sequence', types.bigint, (c) => c.notNull())
      .addColumn('event_type', 'text', (c) => c.notNull())
      .addColumn('resource_kind', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text', (c) => c.notNull())
      .addColumn('event_time', types.timestamp, (c) => c.notNull())
      .addColumn('data', types.json, (c) => c.notNull())
      .addPrimaryKeyConstraint('events_pk', ['org', 'sequence'])
      .execute();
  },
};
