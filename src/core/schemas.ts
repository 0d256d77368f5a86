import { Type, type SchemaOptions, type Static, type TOptional, type TSchema, type TUnsafe } from '@sinclair/typebox';

/**
 * Shapes shared by every resource. Every field is present in answers; an empty optional one is null.
 * A nullable field is one schema typed `[T, 'null']` (not an `anyOf`): fast-json-stringify compiles it directly,
 * where a union makes it run ajv on each value to choose a branch.
 */
export function Nullable<T extends TSchema>(schema: T): TUnsafe<Static<T> | null> {
  const { type, enum: values } = schema as { type?: unknown; enum?: unknown[] };
  if (typeof type !== 'string') throw new Error(`Nullable needs a schema with one type, got ${JSON.stringify(schema)}`);
  return Type.Unsafe<Static<T> | null>({ ...schema, type: [type, 'null'], ...(values ? { enum: [...values, null] } : {}) });
}

/**
 * Rules the service checks in code (with its own error code and message) that the OpenAPI document states as
 * JSON Schema: validation ignores `x-document`; src/http/openapi.ts writes its keywords into the document.
 */
export const documented = (keywords: Record<string, unknown>) => ({ 'x-document': keywords });

/** A closed set of strings, written as JSON Schema's `enum` (so errors and the document name the values). */
export const StringEnum = <const T extends readonly string[]>(values: T, options: SchemaOptions = {}) =>
  Type.Unsafe<T[number]>({ ...options, type: 'string', enum: [...values] });

export const Uuid = (description?: string) => Type.String({ format: 'uuid', description });
export const DateTime = (description?: string) => Type.String({ format: 'date-time', description });
/** Money: a number of major units with at most two decimals (checked in `money.ts`: JSON Schema's multipleOf is not exact on floats). */
export const MONEY_FORMAT = 'Money: major units of the currency (EUR unless a currency field says otherwise) with at most 2 decimals, else 400';
export const Money = (description?: string) =>
  Type.Number({ minimum: 0, maximum: 1e12, description: description ? `${description}. ${MONEY_FORMAT}` : MONEY_FORMAT, ...documented({ multipleOf: 0.01 }) });
/**
 * Integers are bound to the safe range of a JSON number: beyond ±2^53−1 a double no longer holds the exact value, and
 * it would reach the 64-bit columns as a rounded (or, past 2^63, unstorable) number.
 */
export const SafeInteger = (options: { minimum?: number; maximum?: number; default?: number; description?: string } = {}) =>
  Type.Integer({ minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER, ...options });
export const LegacyId = (description?: string) => SafeInteger({ description });
export const Text = (maxLength = 255, description?: string) => Type.String({ minLength: 1, maxLength, description });

/**
 * A field the server stamps (API.md 1.8) in a create body: a create may carry it and it is replaced, or kept by a
 * migration load. It keeps its answer's type and format (null stands for absent), so no value of another type ever
 * reaches the code that stores it.
 */
export function serverOwned<T extends TSchema>(schema: T): TOptional<TUnsafe<Static<T> | null>> {
  const type = (schema as { type?: unknown }).type;
  const nullable = Array.isArray(type) && type.includes('null');
  return Type.Optional(nullable ? (schema as unknown as TUnsafe<Static<T> | null>) : Nullable(schema));
}
/**
 * A server field of a create body that is only ever discarded (never kept, never read): any value is accepted and
 * replaced. A body a migration load may send uses `serverOwned` instead.
 */
export const ServerOwned = Type.Optional(Type.Unknown({ description: 'Set by the server; accepted and replaced' }));
export const ServerOwnedDate = serverOwned(DateTime('Set by the server; accepted and replaced'));
/** An audit stamp a migration load keeps (`*_system`, `*_user`): as long as an audit header may be (API.md 1.4). */
export const ServerOwnedStamp = serverOwned(Type.String({ maxLength: 256, description: 'Set by the server; kept by a migration load' }));
export const ServerOwnedText = Type.Optional(Nullable(Type.String({ description: 'Set by the server; accepted and replaced' })));
