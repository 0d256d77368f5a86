import type { CompiledQuery } from 'kysely';

/**
 * Statements are compiled once per shape (dialect, table, columns, operators, list lengths) and then run with each
 * call's values. A shape is cached only when its first compilation bound exactly the values the caller lists, in
 * that order, so a statement whose builder binds otherwise is rebuilt every time rather than mis-bound.
 */
const compiledShapes = new Map<string, CompiledQuery | null>();

/**
 * The statements compiled once get a name, by which PostgreSQL parses and plans each of them once per connection
 * (a named prepared statement) instead of on every call. Only these: the set is bounded by the code's shapes,
 * whereas a statement built per call (an expression condition) would fill every connection's statement cache.
 */
const statementNames = new Map<string, string>();

export function statementName(sql: string): string | undefined {
  return statementNames.get(sql);
}

export function compiledOnce(key: string | undefined, parameters: readonly unknown[], build: () => CompiledQuery): CompiledQuery {
  const cached = key === undefined ? undefined : compiledShapes.get(key);
  // An object literal of the four fields, not a spread: a spread of Kysely's frozen object is V8's slow copy path.
  if (cached) return { query: cached.query, queryId: cached.queryId, sql: cached.sql, parameters };
  const compiled = build();
  if (key !== undefined && cached === undefined) {
    const sameOrder = compiled.parameters.length === parameters.length && compiled.parameters.every((value, index) => value === parameters[index]);
    compiledShapes.set(key, sameOrder ? compiled : null);
    if (sameOrder && !statementNames.has(compiled.sql)) statementNames.set(compiled.sql, `inventory_${statementNames.size + 1}`);
  }
  return compiled;
}

/** What a statement binds where an instant goes, while its shape is compiled (never run). */
const INSTANT_MARK = '\u0001instant';

/**
 * `compiledOnce` for a statement that also binds an instant, wherever its builder puts it (a read as of an instant
 * binds it in every table it reads): the shape is compiled once with a mark in the instant's places, and each call
 * binds `parameters` in order around the instant. A shape whose other values do not come out as `parameters`, in
 * that order, is rebuilt every time.
 */
export function compiledOnceAt(key: string, parameters: readonly unknown[], at: string, build: (at: string) => CompiledQuery): CompiledQuery {
  let cached = compiledShapes.get(key);
  if (cached === undefined) {
    const marked = build(INSTANT_MARK);
    const others = marked.parameters.filter((value) => value !== INSTANT_MARK);
    const sameOrder = others.length === parameters.length && others.every((value, index) => value === parameters[index]);
    cached = sameOrder ? marked : null;
    compiledShapes.set(key, cached);
    if (sameOrder && !statementNames.has(marked.sql)) statementNames.set(marked.sql, `inventory_${statementNames.size + 1}`);
  }
  if (!cached) return build(at);
  let next = 0;
  const bound = cached.parameters.map((value) => (value === INSTANT_MARK ? at : parameters[next++]));
  return { query: cached.query, queryId: cached.queryId, sql: cached.sql, parameters: bound };
}
