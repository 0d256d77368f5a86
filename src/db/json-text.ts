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

/**
 * A stored document's text without some of its top-level fields, each given with the column that holds its value.
 * Every stored document is `JSON.stringify`'s text (the store writes each one so; no migration rewrites one), so a
 * field is the text `"name":value` followed by `,` or, the last one, `}`: it is cut as text, nothing parsed.
 * PostgreSQL's JSON types would refuse texts JavaScript writes (a lone surrogate's \u escape, which a client may
 * send) and jsonb reorders the fields; SQLite's json_remove parses the whole document.
 */
export function withoutFields(dialect: Dialect, document: RawBuilder<unknown>, fields: ReadonlyArray<readonly [name: string, value: RawBuilder<unknown>]>): RawBuilder<string> {
  return fields.reduce<RawBuilder<string>>((text, [name, value]) => {
    const member = sql`${sql.lit(`${JSON.stringify(name)}:`)} || ${jsonScalar(dialect, value)}`;
    return sql<string>`replace(replace(${text}, ${member} || ',', ''), ',' || ${member} || '}', '}')`;
  }, document as RawBuilder<string>);
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
