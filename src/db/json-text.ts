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
