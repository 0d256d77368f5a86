import { Type, type TSchema, type TString } from '@sinclair/typebox';
import { Uuid } from '../core/schemas.js';

export const OrgParam = Type.String({ pattern: '^[a-z0-9_-]{1,64}$', description: 'Organization name' });

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
