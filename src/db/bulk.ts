import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from './database.js';

/**
 * Set-based statements: many rows bound as a fixed number of parameters, so a statement's text is the same
 * whatever the number of rows (parsed and prepared once, one round trip). PostgreSQL binds one array per column
 * and reads them with `unnest`; SQLite binds one JSON document and reads it with `json_each`.
 */
export type BulkType = 'text' | 'integer' | 'timestamp';

const PG_ARRAY_TYPES: Record<BulkType, string> = { text: 'text[]', integer: 'int8[]', timestamp: 'timestamptz[]' };

/** A row source to select from or join: `rows` as the table `alias(columns…)`. */
export function rowsSource(dialect: Dialect, alias: string, columns: ReadonlyArray<readonly [name: string, type: BulkType]>, rows: readonly unknown[][]): RawBuilder<unknown> {
  if (dialect === 'postgres') {
    const arrays = columns.map(([, type], index) => sql`${rows.map((row) => row[index])}::${sql.raw(PG_ARRAY_TYPES[type])}`);
    return sql`unnest(${sql.join(arrays)}) as ${sql.id(alias)}(${sql.join(columns.map(([name]) => sql.id(name)))})`;
  }
  const fields = columns.map(([name], index) => sql`json_extract(value, ${sql.lit(`$[${index}]`)}) as ${sql.id(name)}`);
  // `limit -1` keeps the subquery from being flattened: SQLite then materializes the rows once and seeks the
  // joined table's key for each, instead of scanning the org's rows and parsing the JSON for every one of them.
  return sql`(select ${sql.join(fields)} from json_each(${JSON.stringify(rows)}) limit -1) as ${sql.id(alias)}`;
}

/** `column in (values…)` with the values bound as one parameter. */
export function inValues(dialect: Dialect, column: string, values: readonly string[]): RawBuilder<boolean> {
  return dialect === 'postgres'
    ? sql<boolean>`${sql.ref(column)} = any(${values}::text[])`
    : sql<boolean>`${sql.ref(column)} in (select value from json_each(${JSON.stringify(values)}))`;
}

/** Locks the rows a select reads until the transaction ends (SQLite's immediate transaction already holds the write lock). */
export function lockRows(dialect: Dialect): RawBuilder<unknown> {
  return dialect === 'postgres' ? sql`for update` : sql``;
}
