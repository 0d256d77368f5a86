import { sql } from 'kysely';
import { createIndex, type Migration, type MigrationContext } from './helpers.js';

/**
 * Typed searches `as_of` (API.md 17.1): a line's identifiers (MSISDN, IMSI, …) as they were at an instant. Each
 * identifier row keeps the instant it began (`valid_from`); `subscription_identifiers_history` keeps each one a line
 * lost, with the instant it ended (`valid_to`): the line's new state's `valid_from`, written by the same transaction
 * just before (a trigger on delete, so no write path can forget it and a write costs no extra round trip). The rows
 * already stored are kept from the history horizon, as the resource tables' rows were (0016): an identifier changed
 * between that migration and this one is answered as it is now.
 */
async function keepLostIdentifiers({ db, dialect }: MigrationContext): Promise<void> {
  const lost =
    'insert into subscription_identifiers_history (org, name, value, subscription_id, valid_from, valid_to) ' +
    'select old.org, old.name, old.value, old.subscription_id, old.valid_from, s.valid_from from subscriptions s ' +
    'where s.org = old.org and s.id = old.subscription_id and s.valid_from > old.valid_from';
  if (dialect === 'postgres') {
    await sql.raw(`create function subscription_identifiers_keep_lost() returns trigger language plpgsql as $$ begin ${lost}; return null; end $$`).execute(db);
    await sql.raw('create trigger subscription_identifiers_keep_lost after delete on subscription_identifiers for each row execute function subscription_identifiers_keep_lost()').execute(db);
    return;
  }
  await sql.raw(`create trigger subscription_identifiers_keep_lost after delete on subscription_identifiers for each row begin ${lost}; end`).execute(db);
}

export const identifierHistory: Migration = {
  async up(context) {
    const { db, types } = context;
    const horizon = await db.selectFrom('history_horizon').select('since').where('org', '=', '').executeTakeFirstOrThrow();
    const since = new Date(horizon.since).toISOString();
    // A constant default: both databases add the column without rewriting the rows.
    await db.schema.alterTable('subscription_identifiers').addColumn('valid_from', types.timestamp, (c) => c.notNull().defaultTo(since)).execute();
    await db.schema
      .createTable('subscription_identifiers_history')
      .addColumn('org', 'text', (c) => c.notNull())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('subscription_id', 'text', (c) => c.notNull())
      .addColumn('valid_from', types.timestamp, (c) => c.notNull())
      .addColumn('valid_to', types.timestamp, (c) => c.notNull())
      .execute();
    await createIndex(context, 'subscription_identifiers_history', ['name', 'value', 'valid_from']);
    await keepLostIdentifiers(context);
  },
};
