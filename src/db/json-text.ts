import { sql, type RawBuilder } from 'kysely';
import type { Dialect } from './database.js';

/**
 * JSON text built by the database from stored documents (text columns), where the dialects differ in how.
 */

/**
 * `[e1,e2,…]`, the elements in `order`, or `[]`. SQLite sorts an aggregate's own ORDER BY in a temporary b-tree on
 * every call (a third of a line's statement with its embedded children); the rows of a subquery ordered on the
 * index it seeks come in order with no sort, and SQLite keeps a FROM subquery's ORDER BY when the outer query's
 * aggregate depends on order (group_concat). PostgreSQL sorts a handful of rows in memory: its string_agg keeps
 * the ORDER BY, which is the only order it guarantees.
 */
export function orderedJsonArray(dialect: Dialect, element: RawBuilder<unknown>, from: RawBuilder<unknown>, order: RawBuilder<unknown>[]): RawBuilder<string> {
  if (dialect === 'sqlite') {
    return sql<string>`coalesce((select '[' || group_concat(element, ',') || ']' from (select ${element} as element from ${from} order by ${sql.join(order)})), '[]')`;
  }
  return sql<string>`coalesce((select '[' || string_agg(${element}, ',' order by ${sql.join(order)}) || ']' from ${from}), '[]')`;
}

/** A stored document's text without some of its top-level fields (SQLite keeps the others' order; PostgreSQL's jsonb reorders them). */
export function withoutFields(dialect: Dialect, document: RawBuilder<unknown>, fields: readonly string[]): RawBuilder<string> {
  if (fields.length === 0) return document as RawBuilder<string>;
  if (dialect === 'sqlite') return sql<string>`json_remove(${document}, ${sql.join(fields.map((field) => sql.lit(`$.${field}`)))})`;
  return sql<string>`((${document})::jsonb - array[${sql.join(fields.map((field) => sql.lit(field)))}])::text`;
}

/** A scalar as JSON text (null as `null`). */
export function jsonScalar(dialect: Dialect, value: RawBuilder<unknown>): RawBuilder<string> {
  return dialect === 'sqlite' ? sql<string>`json_quote(${value})` : sql<string>`coalesce(to_json(${value})::text, 'null')`;
}

/**
 * A document's text with more fields after its own, each value already JSON text: spliced before its closing
 * brace (a stored document is never empty: it has its id), nothing parsed.
 */
export function withFieldsAfter(document: RawBuilder<unknown>, fields: ReadonlyArray<readonly [name: string, value: RawBuilder<unknown>]>): RawBuilder<string> {
  if (fields.length === 0) return document as RawBuilder<string>;
  const added = fields.map(([name, value]) => sql`${sql.lit(`,${JSON.stringify(name)}:`)} || ${value}`);
  return sql<string>`substr(${document}, 1, length(${document}) - 1) || ${sql.join(added, sql` || `)} || '}'`;
}
