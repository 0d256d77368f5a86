import type { CompiledQuery } from 'kysely';

/**
 * Statements are compiled once per shape (dialect, table, columns, operators, list lengths) and then run with each
 * call's values. A shape is cached only when its first compilation bound exactly the values the caller lists, in
 * that order, so a statement whose builder binds otherwise is rebuilt every time rather than mis-bound.
 */
const compiledShapes = new Map<string, CompiledQuery | null>();

export function compiledOnce(key: string | undefined, parameters: readonly unknown[], build: () => CompiledQuery): CompiledQuery {
  const cached = key === undefined ? undefined : compiledShapes.get(key);
  // An object literal of the four fields, not a spread: a spread of Kysely's frozen object is V8's slow copy path.
  if (cached) return { query: cached.query, queryId: cached.queryId, sql: cached.sql, parameters };
  const compiled = build();
  if (key !== undefined && cached === undefined) {
    const sameOrder = compiled.parameters.length === parameters.length && compiled.parameters.every((value, index) => value === parameters[index]);
    compiledShapes.set(key, sameOrder ? compiled : null);
  }
  return compiled;
}
