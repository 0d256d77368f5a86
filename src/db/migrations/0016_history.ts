import { sql } from 'kysely';
import { createIndex, type Migration, type MigrationContext } from './helpers.js';
import { VERSIONED_TABLES } from '../history.js';

/**
 * Point-in-time reads (API.md 17.1): each versioned resource table keeps the instant its row's state began
 * (`valid_from`), and a `<table>_history` table with the same columns keeps every earlier state with the instant it
 * ended (`valid_to`), written by a trigger on every update that moves the row's version. The rows already stored have no past: they are kept from this migration's instant, which
 * `history_horizon` records as the earliest `as_of` the service answers. Events gain the operation that made them
 * and an index per resource, so `/versions` reads a resource's own events.
 */
/**
 * Every update that moves a row's version forward first keeps the row it replaces, ended where the new state begins: a
 * trigger, so that no write path can forget it and a write costs no extra round trip. A later migration that adds a
 * column to a versioned table adds it to its history table too, before `valid_to`, and (SQLite, which names the
 * columns) recreates this trigger.
 */
async function keepPastStates({ db, dialect }: MigrationContext, table: string, past: string): Promise<void> {
  const trigger = `${table}_keep_past_state`;
  if (dialect === 'postgres') {
    await sql
      .raw(`create function ${trigger}() returns trigger language plpgsql as $$ begin insert into ${past} select (old).*, new.valid_from; return null; end $$`)
      .execute(db);
    await sql
      .raw(`create trigger ${trigger} after update on ${table} for each row when (new.version > old.version) execute function ${trigger}()`)
      .execute(db);
    return;
  }
  const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${table}) order by cid`.execute(db);
  const columns = rows.map((row) => row.name);
  await sql
    .raw(
      `create trigger ${trigger} after update on ${table} for each row when new.version > old.version begin ` +
        `insert into ${past} (${columns.join(', ')}, valid_to) values (${columns.map((column) => `old.${column}`).join(', ')}, new.valid_from); end`,
    )
    .execute(db);
}

export const history: Migration = {
  async up(context) {
    const { db, types } = context;
    const since = new Date().toISOString();
    await db.schema.createTable('history_horizon').addColumn('since', types.timestamp, (c) => c.notNull()).execute();
    await db.insertInto('history_horizon' as never).values({ since } as never).execute();
    for (const [table, key] of Object.entries(VERSIONED_TABLES)) {
      // A constant default: both databases add the column without rewriting the rows.
      await db.schema.alterTable(table).addColumn('valid_from', types.timestamp, (c) => c.notNull().defaultTo(since)).execute();
      const past = `${table}_history`;
      // The same columns in the same order, then valid_to: an earlier state is copied with `select *`.
      await sql`create table ${sql.table(past)} as select ${sql.table(table)}.*, valid_from as valid_to from ${sql.table(table)} where 1 = 0`.execute(db);
      await createIndex(context, past, [key, 'valid_from']);
      await keepPastStates(context, table, past);
    }
    await db.schema.alterTable('events').addColumn('operation_id', 'text').execute();
    await createIndex(context, 'events', ['resource_kind', 'resource_id', 'sequence']);
  },
};
