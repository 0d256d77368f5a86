import { sql } from 'kysely';
import { createIndex, type Migration } from './helpers.js';
import { VERSIONED_TABLES } from '../history.js';

/**
 * Point-in-time reads (API.md 17.1): each versioned resource table keeps the instant its row's state began
 * (`valid_from`), and a `<table>_history` table with the same columns keeps every earlier state with the instant it
 * ended (`valid_to`). The rows already stored have no past: they are kept from this migration's instant, which
 * `history_horizon` records as the earliest `as_of` the service answers. Events gain the operation that made them
 * and an index per resource, so `/versions` reads a resource's own events.
 */
export const history: Migration = {
  async up(context) {
    const { db, types } = context;
    const since = new Date().toISOString();
    await db.schema.createTable('history_horizon').addColumn('since', types.timestamp, (c) => c.notNull()).execute();
    await db.insertInto('history_horizon' as never).values({ since } as never).execute();
    for (const [table, parents] of Object.entries(VERSIONED_TABLES)) {
      // A constant default: both databases add the column without rewriting the rows.
      await db.schema.alterTable(table).addColumn('valid_from', types.timestamp, (c) => c.notNull().defaultTo(since)).execute();
      const past = `${table}_history`;
      // The same columns in the same order, then valid_to: an earlier state is copied with `select *`.
      await sql`create table ${sql.table(past)} as select ${sql.table(table)}.*, valid_from as valid_to from ${sql.table(table)} where 1 = 0`.execute(db);
      await createIndex(context, past, ['id', 'version'], { unique: true });
      for (const parent of parents) await createIndex(context, past, [parent, 'valid_from']);
    }
    await createIndex(context, 'subscriptions_history', ['creation_date', 'id']);
    await db.schema.alterTable('events').addColumn('operation_id', 'text').execute();
    await createIndex(context, 'events', ['resource_kind', 'resource_id', 'sequence']);
  },
};
