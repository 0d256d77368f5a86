import { sql } from 'kysely';
import type { Migration } from './helpers.js';

const TABLE = 'subscription_identifiers_history';
const PRIMARY_KEY = ['org', 'name', 'value', 'valid_from', 'subscription_id'];

/**
 * The identifiers' history gets a primary key in place of its index (0020 left it without one): every table has a
 * primary key starting with org, the distribution key of a sharded database, which otherwise adds a hidden one.
 * The key starts with the index's columns, so the searches as of an instant seek it as they did the index; a line
 * holds an identifier from one instant at most once, so `valid_from` and the line make each row unique.
 */
export const identifierHistoryKey: Migration = {
  async up({ db, dialect }) {
    if (dialect === 'postgres') {
      await sql.raw(`alter table ${TABLE} add constraint ${TABLE}_pk primary key (${PRIMARY_KEY.join(', ')})`).execute(db);
      await sql.raw(`drop index ${TABLE}_name_value_valid_from_idx`).execute(db);
      return;
    }
    // SQLite adds no key to a table: the table is built again. The trigger that writes it (on the identifiers'
    // delete) names it, so it is dropped first and created again from its own stored text.
    const trigger = await sql<{ sql: string }>`select sql from sqlite_master where type = 'trigger' and name = 'subscription_identifiers_keep_lost'`.execute(db);
    await sql.raw('drop trigger subscription_identifiers_keep_lost').execute(db);
    await sql
      .raw(
        `create table ${TABLE}_keyed (org text not null, name text not null, value text not null, subscription_id text not null, ` +
          `valid_from text not null, valid_to text not null, constraint ${TABLE}_pk primary key (${PRIMARY_KEY.join(', ')}))`,
      )
      .execute(db);
    await sql.raw(`insert into ${TABLE}_keyed (org, name, value, subscription_id, valid_from, valid_to) select org, name, value, subscription_id, valid_from, valid_to from ${TABLE}`).execute(db);
    await sql.raw(`drop table ${TABLE}`).execute(db);
    await sql.raw(`alter table ${TABLE}_keyed rename to ${TABLE}`).execute(db);
    await sql.raw(trigger.rows[0].sql).execute(db);
  },
};
