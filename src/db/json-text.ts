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
 * A stored document's text as an answer: without some of its top-level fields (each given with the column that
 * holds its value), with more fields after its own (each value already JSON text). Nothing is parsed: every stored
 * document is `JSON.stringify`'s text (the store writes each one so; no migration rewrites one), so a field is the
 * text `"name":value` followed by `,` or, the last one, by `}`. The closing brace is turned into a comma first:
 * every field is then followed by a comma, and one replace cuts each left-out field wherever it stands (a second
 * replace for the last field's form, and the cut document built twice to splice the added fields, cost an export
 * about 4 µs of SQLite's ~44 a line). The added fields, or a brace in place of that comma, close the text again.
 * PostgreSQL counts characters to cut one off a text (`substr`, `left`, `rtrim`: 2–4 µs for a 500-byte document, a
 * fifth of an export's backend at 1M lines), so there a document without added fields is cut in both forms
 * instead, and the brace is cut from its bytes (`withoutClosingBrace`).
 * PostgreSQL's JSON types would refuse texts JavaScript writes (a lone surrogate's \u escape, which a client may
 * send) and jsonb reorders the fields; SQLite's json_remove parses the whole document.
 */
export function presentedDocument(
  dialect: Dialect,
  document: RawBuilder<unknown>,
  leftOut: ReadonlyArray<readonly [name: string, value: RawBuilder<unknown>]>,
  added: ReadonlyArray<readonly [name: string, value: RawBuilder<unknown>]>,
): RawBuilder<string> {
  if (leftOut.length === 0 && added.length === 0) return document as RawBuilder<string>;
  const field = (name: string, value: RawBuilder<unknown>) => sql<string>`${sql.lit(`${JSON.stringify(name)}:`)} || ${jsonScalar(dialect, value)}`;
  if (added.length === 0 && dialect === 'postgres') {
    return leftOut.reduce<RawBuilder<string>>(
      (text, [name, value]) => sql<string>`replace(replace(${text}, ${field(name, value)} || ',', ''), ',' || ${field(name, value)} || '}', '}')`,
      document as RawBuilder<string>,
    );
  }
  const open = withoutClosingBrace(dialect, document);
  const fields = (first: string) => sql.join(added.map(([name, value], index) => sql`${sql.lit(`${index === 0 ? first : ','}${JSON.stringify(name)}:`)} || ${value}`), sql` || `);
  if (leftOut.length === 0) return sql<string>`${open} || ${fields(',')} || '}'`;
  const kept = leftOut.reduce<RawBuilder<string>>((text, [name, value]) => sql<string>`replace(${text}, ${field(name, value)} || ',', '')`, sql<string>`${open} || ','`);
  // JSON never ends a value with a comma: the trailing one is the one put there.
  return added.length === 0 ? sql<string>`rtrim(${kept}, ',') || '}'` : sql<string>`${kept} || ${fields('')} || '}'`;
}

/** A document's text without its last character, its closing brace (one byte in UTF-8, which PostgreSQL cuts without counting characters). */
function withoutClosingBrace(dialect: Dialect, document: RawBuilder<unknown>): RawBuilder<string> {
  if (dialect === 'sqlite') return sql<string>`substr(${document}, 1, length(${document}) - 1)`;
  const bytes = sql`convert_to(${document}, 'UTF8')`;
  return sql<string>`convert_from(substring(${bytes}, 1, length(${bytes}) - 1), 'UTF8')`;
}

/** A scalar as JSON text (null as `null`). */
export function jsonScalar(dialect: Dialect, value: RawBuilder<unknown>): RawBuilder<string> {
  return dialect === 'sqlite' ? sql<string>`json_quote(${value})` : sql<string>`coalesce(to_json(${value})::text, 'null')`;
}
