import { sql } from 'kysely';
import type { Migration, MigrationContext } from './helpers.js';
import { VERSIONED_TABLES } from '../history.js';

/**
 * History tables keyed and narrowed (API.md 17.1, docs/ARCHITECTURE.md "History"):
 * - each `<table>_history` gets a primary key starting with org, `(org, <key>, id, version)` where `<key>` is the
 *   column its reads reach it by (`VERSIONED_TABLES`: a line's and a bundle's own id, a child's parent), so that the
 *   key is also the one index a read as of an instant seeks: every index of a history table is paid by every update
 *   of its resource (a line's is written on every change of a child). A replayed create gives its parent's version
 *   move back, after which 0016's trigger kept the same `(id, version)` twice: those rows are merged (first start,
 *   last end, the last row's columns); from now on a give-back takes the state it had ended back out of the history
 *   (`giveBack`), so nothing repeats.
 * - a state whose successor has the same `data` (a child's change moved only the parent's version) is kept without
 *   its `data`: the line's document is not copied on every change of a child. `<table>_past` (a view) answers every
 *   past state whole, such a state's `data` being that of the first later state that kept it (or the live row's).
 * - a state that begins and ends at the same instant (a row moved twice by one transaction) is not kept: no `as_of`
 *   can see it.
 * - `history_horizon` is keyed by org: `''` holds every org's, and each org with rows now gets its own (the same instant).
 *
 * A later migration that adds a column to a versioned table adds it to its history table before `valid_to`, and
 * recreates the trigger (`keepPastStates`, both databases name the columns) and the view (`pastStates`).
 */
export const historyKeys: Migration = {
  async up(context) {
    for (const [table, key] of Object.entries(VERSIONED_TABLES)) {
      const past = `${table}_history`;
      const primaryKey = key === 'id' ? ['org', 'id', 'version'] : ['org', key, 'id', 'version'];
      await dropTrigger(context, table);
      const columns = await columnsOf(context, past);
      await rebuildKeyed(context, past, columns, primaryKey);
      const names = columns.map((column) => column.name).filter((name) => name !== 'valid_to');
      await keepPastStates(context, table, past, names);
      await giveBack(context, table, past, primaryKey);
      await pastStates(context, table, past, names, key);
    }
    await keyHorizonByOrg(context);
  },
};

type Column = { name: string; type: string };

async function columnsOf({ db, dialect }: MigrationContext, table: string): Promise<Column[]> {
  const { rows } =
    dialect === 'sqlite'
      ? await sql<Column>`select name, type from pragma_table_info(${table}) order by cid`.execute(db)
      : await sql<Column>`select column_name as name, data_type as type from information_schema.columns where table_schema = current_schema() and table_name = ${table} order by ordinal_position`.execute(db);
  return rows;
}

async function dropTrigger({ db, dialect }: MigrationContext, table: string): Promise<void> {
  const trigger = `${table}_keep_past_state`;
  if (dialect === 'sqlite') await sql.raw(`drop trigger ${trigger}`).execute(db);
  else await sql.raw(`drop trigger ${trigger} on ${table}`).execute(db);
}

/** The history table again with its primary key (its only index), each repeated `(org, id, version)` merged into one state. */
async function rebuildKeyed({ db, dialect }: MigrationContext, past: string, columns: Column[], primaryKey: string[]): Promise<void> {
  const keyed = `${past}_keyed`;
  const constraint = `constraint ${past}_pk primary key (${primaryKey.join(', ')})`;
  if (dialect === 'sqlite') {
    await sql.raw(`create table ${keyed} (${columns.map((column) => `${column.name} ${column.type}`).join(', ')}, ${constraint})`).execute(db);
  } else {
    await sql.raw(`create table ${keyed} (like ${past} including defaults, ${constraint})`).execute(db);
  }
  const names = columns.map((column) => column.name);
  const merged = names.map((name) => (name === 'valid_from' ? 'first_from as valid_from' : name)).join(', ');
  await sql
    .raw(
      `insert into ${keyed} (${names.join(', ')}) select ${merged} from (select ${past}.*, ` +
        `min(valid_from) over (partition by org, id, version) as first_from, ` +
        `row_number() over (partition by org, id, version order by valid_to desc) as newest from ${past}) as states where newest = 1`,
    )
    .execute(db);
  await sql.raw(`drop table ${past}`).execute(db);
  await sql.raw(`alter table ${keyed} rename to ${past}`).execute(db);
}

/**
 * Every update that moves a row's version forward keeps the state it replaces, ended where the new one begins, its
 * `data` only when the new state's differs; unless that state began at the same instant.
 */
async function keepPastStates({ db, dialect }: MigrationContext, table: string, past: string, names: string[]): Promise<void> {
  const trigger = `${table}_keep_past_state`;
  const values = names.map((name) => (name === 'data' ? 'case when new.data = old.data then null else old.data end' : `old.${name}`));
  const insert = `insert into ${past} (${names.join(', ')}, valid_to) values (${values.join(', ')}, new.valid_from)`;
  const when = 'new.version > old.version and new.valid_from > old.valid_from';
  if (dialect === 'postgres') {
    await sql.raw(`create or replace function ${trigger}() returns trigger language plpgsql as $$ begin ${insert}; return null; end $$`).execute(db);
    await sql.raw(`create trigger ${trigger} after update on ${table} for each row when (${when}) execute function ${trigger}()`).execute(db);
    return;
  }
  await sql.raw(`create trigger ${trigger} after update on ${table} for each row when ${when} begin ${insert}; end`).execute(db);
}

/**
 * A version given back (`touch(…, -1)`: a replayed create in the same transaction as the move it gives back) resumes
 * the state that move ended: its history row, if the move kept one, goes back, and the row begins where it began.
 */
async function giveBack({ db, dialect }: MigrationContext, table: string, past: string, primaryKey: string[]): Promise<void> {
  const trigger = `${table}_give_back`;
  const sameState = primaryKey.map((column) => `${column} = new.${column}`).join(' and ');
  if (dialect === 'postgres') {
    await sql
      .raw(
        `create or replace function ${trigger}() returns trigger language plpgsql as $$ declare resumed timestamptz; begin ` +
          `delete from ${past} where ${sameState} returning valid_from into resumed; ` +
          `if resumed is not null then new.valid_from := resumed; end if; return new; end $$`,
      )
      .execute(db);
    await sql.raw(`create trigger ${trigger} before update on ${table} for each row when (new.version < old.version) execute function ${trigger}()`).execute(db);
    return;
  }
  // SQLite cannot change the row being written: the trigger writes its start again (the version does not move, so no trigger follows).
  await sql
    .raw(
      `create trigger ${trigger} after update on ${table} for each row when new.version < old.version begin ` +
        `update ${table} set valid_from = coalesce((select valid_from from ${past} where ${sameState}), valid_from) where org = new.org and id = new.id; ` +
        `delete from ${past} where ${sameState}; end`,
    )
    .execute(db);
}

/**
 * `<table>_past`: every past state whole, in the history table's column order. A state kept without its `data` has
 * the `data` of the first later state that kept one (sought on the primary key), else of the live row.
 */
async function pastStates({ db }: MigrationContext, table: string, past: string, names: string[], key: string): Promise<void> {
  const sameRow = key === 'id' ? 'n.org = h.org and n.id = h.id' : `n.org = h.org and n.${key} = h.${key} and n.id = h.id`;
  const data =
    `coalesce(h.data, (select n.data from ${past} n where ${sameRow} and n.version > h.version and n.data is not null order by n.version limit 1), ` +
    `(select l.data from ${table} l where l.org = h.org and l.id = h.id))`;
  const columns = names.map((name) => (name === 'data' ? `${data} as data` : `h.${name}`));
  await sql.raw(`create view ${table}_past as select ${columns.join(', ')}, h.valid_to from ${past} h`).execute(db);
}

async function keyHorizonByOrg({ db, types }: MigrationContext): Promise<void> {
  await db.schema
    .createTable('history_horizon_keyed')
    .addColumn('org', 'text', (c) => c.notNull())
    .addColumn('since', types.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('history_horizon_pk', ['org'])
    .execute();
  await sql`insert into history_horizon_keyed (org, since) select '', since from history_horizon`.execute(db);
  await sql`insert into history_horizon_keyed (org, since) select distinct owned.org, horizon.since from (select org from subscriptions union select org from bundles) as owned, history_horizon as horizon`.execute(db);
  await db.schema.dropTable('history_horizon').execute();
  await db.schema.alterTable('history_horizon_keyed').renameTo('history_horizon').execute();
}
