import { sql, type RawBuilder } from 'kysely';
import { columnTypes, type Dialect } from './database.js';

/**
 * The versioned resource tables (API.md 17.1) and, for each, the columns its children or lists reach it by: the
 * history table is indexed on them so that a read as of an instant seeks what the plain read seeks.
 */
export const VERSIONED_TABLES = {
  subscriptions: ['bundle_id'],
  bundles: [],
  promotions: ['subscription_id', 'add_on_id', 'device_id'],
  devices: ['subscription_id'],
  add_ons: ['subscription_id'],
  commitments: ['parent_id', 'subscription_id'],
  contracts: ['subscription_id'],
  credit_limits: ['subscription_id'],
  change_requests: ['subscription_id'],
  payment_plans: ['device_id'],
} as const satisfies Record<string, readonly string[]>;

export type VersionedTableName = keyof typeof VERSIONED_TABLES;

export function isVersioned(table: string): table is VersionedTableName {
  return Object.hasOwn(VERSIONED_TABLES, table);
}

export const historyTableOf = (table: VersionedTableName) => `${table}_history` as const;

/** An instant bound where nothing gives it a type (a select list): typed as the database's timestamps. */
export const instant = (dialect: Dialect, at: string): RawBuilder<string> => sql<string>`cast(${at} as ${sql.raw(columnTypes(dialect).timestamp)})`;
