import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import type { Db } from '../../src/db/database.js';
import type { Tables } from '../../src/db/tables.js';
import { startTestApp, testDialects } from '../helpers/app.js';

/**
 * Every column of every table, as the typed schema (src/db/tables.ts) declares it: the mapped type makes tsc refuse
 * this object when a table or column is added to or removed from `Tables` without being listed here, and the test
 * compares it with what the migrations built on each database.
 */
const DECLARED: { [T in keyof Tables]: { [C in keyof Tables[T]]-?: true } } = {
  add_ons: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, status: true, legacy_id: true, activation_date: true, valid_from: true },
  add_ons_history: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, status: true, legacy_id: true, activation_date: true, valid_from: true, valid_to: true },
  batch_lines: { org: true, batch_id: true, seq: true, line: true, operation: true, subscription_id: true, resource_id: true, reason: true, value: true, date: true, outcome: true, error_code: true, error_message: true },
  batch_uploads: { org: true, id: true, creation_date: true },
  broker_cursors: { org: true, last_sequence: true, claim_token: true, claimed_until: true },
  bundles: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, status: true, account_id: true, legacy_account_id: true, legacy_id: true, valid_from: true },
  bundles_history: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, status: true, account_id: true, legacy_account_id: true, legacy_id: true, valid_from: true, valid_to: true },
  change_requests: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, bundle_id: true, type: true, status: true, date_scheduled: true, valid_from: true },
  change_requests_history: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, bundle_id: true, type: true, status: true, date_scheduled: true, valid_from: true, valid_to: true },
  commitments: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, parent_kind: true, parent_id: true, subscription_id: true, status: true, expiration_date: true, valid_from: true },
  commitments_history: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, parent_kind: true, parent_id: true, subscription_id: true, status: true, expiration_date: true, valid_from: true, valid_to: true },
  contracts: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, valid_from: true },
  contracts_history: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, valid_from: true, valid_to: true },
  credit_limits: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, valid_from: true },
  credit_limits_history: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, valid_from: true, valid_to: true },
  credit_limit_changes: { org: true, credit_limit_id: true, seq: true, data: true },
  devices: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, mac_address: true, serial_number: true, legacy_id: true, valid_from: true },
  devices_history: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, mac_address: true, serial_number: true, legacy_id: true, valid_from: true, valid_to: true },
  event_sequences: { org: true, last: true },
  events: { org: true, sequence: true, event_type: true, resource_kind: true, resource_id: true, event_time: true, data: true, operation_id: true },
  history_horizon: { org: true, since: true },
  hub_deliveries: { org: true, hub_id: true, sequence: true, event_type: true, resource_kind: true, resource_id: true, status: true, attempts: true, next_attempt_at: true, claim_token: true, last_attempt_date: true, last_error: true },
  hubs: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, status: true, last_sequence: true, delivered: true },
  idempotency_claims: { org: true, key: true },
  idempotency_keys: { org: true, key: true, request_hash: true, state: true, response: true, expires_at: true, effect: true },
  operations: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, type: true, status: true, target_kind: true, target_id: true, run_at: true, claim_token: true },
  payment_plans: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, device_id: true, status: true, valid_from: true },
  payment_plans_history: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, device_id: true, status: true, valid_from: true, valid_to: true },
  promotions: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, status: true, activation_date: true, expiration_date: true, add_on_id: true, device_id: true, valid_from: true },
  promotions_history: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, subscription_id: true, status: true, activation_date: true, expiration_date: true, add_on_id: true, device_id: true, valid_from: true, valid_to: true },
  status_history: { org: true, resource_kind: true, resource_id: true, seq: true, data: true },
  subscription_identifiers: { org: true, name: true, value: true, subscription_id: true, valid_from: true },
  subscription_identifiers_history: { org: true, name: true, value: true, subscription_id: true, valid_from: true, valid_to: true },
  subscriptions: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, bundle_id: true, type: true, status: true, account_id: true, legacy_id: true, legacy_account_id: true, mandatory: true, activation_date: true, deactivation_date: true, valid_from: true },
  subscriptions_history: { org: true, id: true, version: true, creation_date: true, data: true, create_hash: true, bundle_id: true, type: true, status: true, account_id: true, legacy_id: true, legacy_account_id: true, mandatory: true, activation_date: true, deactivation_date: true, valid_from: true, valid_to: true },
};

for (const dialect of testDialects()) {
  test(`the typed schema declares exactly the tables and columns the migrations build [${dialect}]`, async () => {
    const t = await startTestApp(dialect);
    try {
      const query =
        dialect === 'sqlite'
          ? sql<{ table_name: string; column_name: string }>`select m.name as table_name, p.name as column_name from sqlite_master m join pragma_table_info(m.name) p where m.type = 'table' and m.name not like 'kysely%' and m.name not like 'sqlite%'`
          : sql<{ table_name: string; column_name: string }>`select table_name, column_name from information_schema.columns where table_schema = 'public' and table_name not like 'kysely%' and table_name in (select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE')`;
      const built: Record<string, string[]> = {};
      for (const row of (await query.execute(t.database.db)).rows) (built[row.table_name] ??= []).push(row.column_name);
      const declared = Object.fromEntries(Object.entries(DECLARED).map(([table, columns]) => [table, Object.keys(columns).sort()]));
      assert.deepEqual(Object.fromEntries(Object.entries(built).map(([table, columns]) => [table, columns.sort()]).sort()), Object.fromEntries(Object.entries(declared).sort()));
    } finally {
      await t.close();
    }
  });
}

interface Key {
  table_name: string;
  key_name: string;
  is_primary: number | boolean;
  first_column: string | null;
}

/** Every primary key and index with its first column; a table without a primary key has a row with a null key. */
function keysQuery(dialect: string) {
  if (dialect === 'sqlite') {
    // A rowid table's declared primary key is an index of origin 'pk'; one without any is listed with no key.
    return sql<Key>`select m.name as table_name, coalesce(l.name, '') as key_name, coalesce(l.origin = 'pk', 0) as is_primary,
        (select i.name from pragma_index_info(l.name) i where i.seqno = 0) as first_column
      from sqlite_master m left join pragma_index_list(m.name) l
      where m.type = 'table' and m.name not like 'kysely%' and m.name not like 'sqlite%'`;
  }
  return sql<Key>`select c.relname as table_name, coalesce(i.relname, '') as key_name, coalesce(x.indisprimary, false) as is_primary, a.attname as first_column
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    left join pg_index x on x.indrelid = c.oid left join pg_class i on i.oid = x.indexrelid
    left join pg_attribute a on a.attrelid = c.oid and a.attnum = x.indkey[0]
    where n.nspname = current_schema() and c.relkind = 'r' and c.relname not like 'kysely%'`;
}

for (const dialect of testDialects()) {
  test(`every table has a primary key, and every primary key and index starts with org, the tenant fence and distribution key [${dialect}]`, async () => {
    const t = await startTestApp(dialect);
    try {
      const keys = (await keysQuery(dialect).execute(t.database.db)).rows;
      const tables = [...new Set(keys.map((key) => key.table_name))].sort();
      assert.deepEqual(tables, Object.keys(DECLARED).sort());
      const withoutPrimaryKey = tables.filter((table) => !keys.some((key) => key.table_name === table && Boolean(key.is_primary)));
      assert.deepEqual(withoutPrimaryKey, [], 'tables without a primary key');
      const notByOrg = keys.filter((key) => key.key_name !== '' && key.first_column !== 'org').map((key) => `${key.table_name}.${key.key_name} (${key.first_column})`);
      assert.deepEqual(notByOrg, [], 'keys that do not start with org');
    } finally {
      await t.close();
    }
  });
}

/** Checked by tsc, which `npm test` runs first: a query naming a column its table does not have does not compile. */
export function misspeltColumn(db: Db) {
  // @ts-expect-error: promotions has no column `state` (tsc fails here the day this compiles)
  return db.selectFrom('promotions').select('state');
}
