import { sql, type RawBuilder } from 'kysely';
import { columnTypes, type Dialect } from './database.js';

/**
 * The versioned resource tables (API.md 17.1) and, for each, the column its reads reach its rows by: a line and a
 * bundle by id, a child by its parent (an item of a child is read under its parent too). Its history table's primary
 * key is `(org, id, version)`; a child's has one index more, `(org, <that column>, valid_from)`, so that a read as of
 * an instant seeks what the plain read seeks; no more, since every index of a history table is paid by every update
 * of its resource.
 */
export const VERSIONED_TABLES = {
  subscriptions: 'id',
  bundles: 'id',
  promotions: 'subscription_id',
  devices: 'subscription_id',
  add_ons: 'subscription_id',
  commitments: 'parent_id',
  contracts: 'subscription_id',
  credit_limits: 'subscription_id',
  change_requests: 'subscription_id',
  payment_plans: 'device_id',
} as const satisfies Record<string, string>;

export type VersionedTableName = keyof typeof VERSIONED_TABLES;

export function isVersioned(table: string): table is VersionedTableName {
  return Object.hasOwn(VERSIONED_TABLES, table);
}

/** The view of a history table that answers each past state whole (migrations/0018_history_keys.ts). */
export const pastStatesOf = (table: VersionedTableName) => `${table}_past` as const;

/**
 * A table that is not a resource but whose earlier rows a `<table>_history` keeps whole (its columns, then
 * `valid_to`), for reads as of an instant: a line's identifiers, which its typed searches read (migrations/0020).
 */
const TABLES_WITH_PAST = ['subscription_identifiers'] as const;
type TableWithPast = (typeof TABLES_WITH_PAST)[number];

/** Whether a read as of an instant finds the table's earlier rows (`pastRowsOf`). */
export function hasPast(table: string): table is VersionedTableName | TableWithPast {
  return isVersioned(table) || (TABLES_WITH_PAST as readonly string[]).includes(table);
}

/** Where a table's earlier rows are read whole: a resource's past-states view, a line's identifiers' history table. */
export const pastRowsOf = (table: VersionedTableName | TableWithPast) => (isVersioned(table) ? pastStatesOf(table) : (`${table}_history` as const));

/** An instant bound where nothing gives it a type (a select list): typed as the database's timestamps. */
export const instant = (dialect: Dialect, at: string): RawBuilder<string> => sql<string>`cast(${at} as ${sql.raw(columnTypes(dialect).timestamp)})`;
