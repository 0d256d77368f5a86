import { Type, type TSchema, type TString } from '@sinclair/typebox';

/** Shapes shared by every resource. Every field is present in answers; an empty optional one is null. */
export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Uuid = (description?: string) => Type.String({ format: 'uuid', description });
export const DateTime = (description?: string) => Type.String({ format: 'date-time', description });
/** Money: a number of major units with at most two decimals (checked in `money.ts`: JSON Schema's multipleOf is not exact on floats). */
export const Money = (description?: string) => Type.Number({ minimum: 0, maximum: 1e12, description });
/**
 * Integers are bound to the safe range of a JSON number: beyond ±2^53−1 a double no longer holds the exact value, and
 * it would reach the 64-bit columns as a rounded (or, past 2^63, unstorable) number.
 */
export const SafeInteger = (options: { minimum?: number; maximum?: number; default?: number; description?: string } = {}) =>
  Type.Integer({ minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER, ...options });
export const LegacyId = (description?: string) => SafeInteger({ description });
export const Text = (maxLength = 255, description?: string) => Type.String({ minLength: 1, maxLength, description });

export const OrgParam = Type.String({ pattern: '^[a-z0-9_-]{1,64}$', description: 'Organization name' });

/**
 * Fields the server stamps (API.md 1.8): a create body may carry them, they are accepted and replaced. The seed
 * endpoints keep the seeds' types for them (`ServerOwnedDate`, `ServerOwnedText`; null stands for absent).
 */
export const ServerOwned = Type.Optional(Type.Unknown({ description: 'Set by the server; accepted and replaced' }));
export const ServerOwnedDate = Type.Optional(Nullable(DateTime('Set by the server; accepted and replaced')));
export const ServerOwnedText = Type.Optional(Nullable(Type.String({ description: 'Set by the server; accepted and replaced' })));

/** Path parameters: the org plus the named UUIDs. */
export function pathParams<K extends string>(...ids: K[]) {
  const properties: Record<string, TSchema> = { org: OrgParam };
  for (const id of ids) properties[id] = Uuid(`${id} (UUID)`);
  return Type.Object(properties as { org: typeof OrgParam } & Record<K, TString>, { additionalProperties: false });
}

export const AuditHeaders = Type.Object({
  'x-auth-origin-sub': Type.Optional(Type.String({ maxLength: 256, description: 'The end user, set by the trusted gateway (audit only)' })),
  'x-auth-origin-aud': Type.Optional(Type.String({ maxLength: 256, description: 'The calling system, set by the trusted gateway (audit only)' })),
  'if-match': Type.Optional(Type.String({ description: 'Apply only if the resource still has this ETag' })),
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'Replays the first answer of a repeated POST' })),
});

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: Type.String(),
      message: Type.String(),
      reference: Type.String(),
      details: Type.Optional(
        Type.Array(
          Type.Object({
            path: Type.Optional(Type.String()),
            line: Type.Optional(Type.Integer()),
            message: Type.String(),
          }),
        ),
      ),
    }),
  },
  { title: 'ErrorResponse' },
);

/** The not-found texts of the seeds' 404 rows. */
export const NOT_FOUND_TEXT = {
  subscription: 'A subscription with the specified id was not found',
  promotion: 'A promotion with the specified id was not found',
  device: 'A device with the specified id was not found',
  commitment: 'A commitment with the specified id was not found',
} as const;

/**
 * An endpoint's error rows in its OpenAPI responses, in the seeds' words: 400 and 404 where the endpoint has
 * them, and 403, 500 and `default` everywhere; every one answers the ErrorResponse body.
 */
export function errorResponses(rows: { badRequest?: boolean; notFound?: string } = {}) {
  const row = (description: string) => ({ ...ErrorResponse, description });
  return {
    ...(rows.badRequest ? { 400: row('Bad request') } : {}),
    403: row('Forbidden access'),
    ...(rows.notFound ? { 404: row(rows.notFound) } : {}),
    500: row('Internal server error'),
    default: row('Any client or server error'),
  };
}
