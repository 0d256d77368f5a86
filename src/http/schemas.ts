import { Type, type TSchema, type TString } from '@sinclair/typebox';
import type { FastifySchema } from 'fastify';
import { ERROR_CATALOGUE, type ErrorCode } from '../core/errors.js';
import type { Lifecycle } from '../core/lifecycle.js';
import type { PatchablePath } from '../core/patch.js';
import { Uuid } from '../core/schemas.js';

export const OrgParam = Type.String({ pattern: '^[a-z0-9_-]{1,64}$', description: 'Organization name' });

/** Path parameters: the org plus the named UUIDs. */
export function pathParams<K extends string>(...ids: K[]) {
  const properties: Record<string, TSchema> = { org: OrgParam };
  for (const id of ids) properties[id] = Uuid(`${id} (UUID)`);
  return Type.Object(properties as { org: typeof OrgParam } & Record<K, TString>, { additionalProperties: false });
}

const auditHeaders = {
  'x-auth-origin-sub': Type.Optional(Type.String({ maxLength: 256, description: 'The end user, set by the trusted gateway (audit only)' })),
  'x-auth-origin-aud': Type.Optional(Type.String({ maxLength: 256, description: 'The calling system, set by the trusted gateway (audit only)' })),
};
const ifMatch = { 'if-match': Type.Optional(Type.String({ description: 'Apply only if the resource still has this ETag (`*` matches any), else 412 PRECONDITION_FAILED' })) };
const idempotencyKey = {
  'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 255, description: 'Replays the first answer of a repeated POST (24 h); another body with the same key is 422' })),
};

/** The headers of a create (POST of a new resource): audit and Idempotency-Key. */
export const CreateHeaders = Type.Object({ ...auditHeaders, ...idempotencyKey });
/** The headers of a change of one resource (PATCH, PUT, DELETE): audit and If-Match. */
export const ChangeHeaders = Type.Object({ ...auditHeaders, ...ifMatch });
/** The headers of a state-changing POST on one resource (deactivation, cancellation): audit, If-Match and Idempotency-Key. */
export const TransitionHeaders = Type.Object({ ...auditHeaders, ...ifMatch, ...idempotencyKey });

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

const errorRow = (description: string) => ({ ...ErrorResponse, description });

/** A seed endpoint's 404 row, in the seed's words; `documentRoute` adds every other row. */
export const notFoundRow = (description: string) => ({ 404: errorRow(description) });

interface DocumentedRoute {
  method: string | string[];
  url: string;
  schema?: FastifySchema & { response?: unknown; security?: unknown; summary?: string; description?: string; operationId?: string };
}

const pascal = (segment: string) => segment.split(/[^A-Za-z0-9]+/).filter(Boolean).map((word) => word[0].toUpperCase() + word.slice(1)).join('');

/**
 * A route's operationId, from its method and path: the literal segments below the org, and `Item` when the path
 * ends on an id (GET …/subscriptions/{subscriptionId}/promotions/{promotionId} → getSubscriptionsPromotionsItem).
 */
export function operationIdOf(method: string, url: string): string {
  const segments = url.replace(/^\/v2\/orgs\/:org\b/, '').split('/').filter(Boolean);
  const words = segments.map((segment, index) => (segment.startsWith(':') ? (index === segments.length - 1 ? 'Item' : '') : pascal(segment)));
  return `${method.toLowerCase()}${words.join('') || 'Root'}`;
}

const has = (schema: unknown, name: string) => (schema as { properties?: Record<string, unknown> } | undefined)?.properties?.[name] !== undefined;

/** What every operation of its kind does beyond its summary: paging, ETags, idempotency, 202s, If-Match. */
function conventionsOf(method: string, schema: NonNullable<DocumentedRoute['schema']>): string[] {
  const responses = (schema.response ?? {}) as Record<string, unknown>;
  const query = schema.querystring as { properties?: Record<string, unknown> } | undefined;
  const filters = Object.keys(query?.properties ?? {}).filter((name) => name !== 'offset' && name !== 'limit');
  const texts: string[] = [];
  if (method === 'GET' && has(query, 'limit')) texts.push('Answers one page (`offset`, `limit`: 50 by default, at most 500) and the whole count in `X-Total-Count`.');
  if (method === 'GET' && filters.length > 0) texts.push(`Filters (all must hold): ${filters.join(', ')}.`);
  if (method === 'GET' && !has(query, 'limit') && responses[200] !== undefined) texts.push('Answers with an `ETag`; `If-None-Match` with the current one answers 304.');
  if (method === 'POST' && responses[201] !== undefined) texts.push('Answers 201 with `Location` and `ETag`. Fields the server sets may be sent: they are accepted and replaced.');
  if (method === 'POST' && responses[202] !== undefined) {
    texts.push('Answers 202 with the operation that applies the change, and `Location` pointing at it (GET …/operations/{operationId} until SUCCEEDED or FAILED).');
  }
  if (method === 'POST') texts.push('An `Idempotency-Key` replays the first answer for 24 h; the same key with another body is 422.');
  if (has(schema.headers, 'if-match')) texts.push('`If-Match` applies the change only to that version of the resource, else 412.');
  return texts;
}

/**
 * The error rows every API endpoint answers, from what it is: 400 (every path has an org, every query and body a
 * schema), 401 (with authentication configured), 403, 404 (an id on the path), 409 and 422 (every POST takes an
 * Idempotency-Key; a PATCH may carry a failing `test`; creates and transitions have their conflicts), 412 (it
 * honours If-Match), 500 and `default`.
 */
function apiErrorRows(methods: string[], schema: DocumentedRoute['schema'], url: string): Record<string, unknown> {
  const headers = (schema?.headers ?? {}) as { properties?: Record<string, unknown> };
  const conditional = headers.properties?.['if-match'] !== undefined;
  const post = methods.includes('POST');
  const conflicts = post || methods.includes('PATCH') || methods.includes('PUT');
  return {
    400: errorRow('Bad request'),
    401: errorRow('Missing or invalid bearer token (when authentication is configured): UNAUTHORIZED'),
    403: errorRow('Forbidden access'),
    ...(/\/:(?!org\b)\w+/.test(url) ? { 404: errorRow('The resource, or a resource on its path, does not exist in this org') } : {}),
    ...(conflicts ? { 409: errorRow('Conflict with the current state: see the error catalogue (ALREADY_EXISTS, *_IN_USE, OPERATION_IN_PROGRESS, PATCH_TEST_FAILED, IDEMPOTENCY_KEY_IN_USE, …)') } : {}),
    ...(conditional ? { 412: errorRow('If-Match does not match the current ETag: PRECONDITION_FAILED') } : {}),
    ...(post ? { 422: errorRow('The Idempotency-Key was used with another body: IDEMPOTENCY_KEY_REUSED') } : {}),
    500: errorRow('Internal server error'),
    default: errorRow('Any client or server error'),
  };
}

/**
 * The OpenAPI rules of every route, applied as it is added: an API endpoint (/v2) documents every error it
 * answers (its own rows, the seeds' 404 texts, win); the service endpoints need no token.
 */
export function documentRoute(route: DocumentedRoute): void {
  if (!route.schema) return;
  const methods = [route.method].flat().map((method) => method.toUpperCase());
  route.schema.operationId ??= operationIdOf(methods[0], route.url);
  if (!route.url.startsWith('/v2/')) {
    route.schema.security = [];
    route.schema.description ??= route.schema.summary;
    return;
  }
  const summary = route.schema.summary ? `${route.schema.summary}.` : undefined;
  route.schema.description = [route.schema.description ?? summary, ...conventionsOf(methods[0], route.schema)].filter(Boolean).join('\n\n');
  const declared = (route.schema.response ?? {}) as Record<string, unknown>;
  const rows: Record<string, unknown> = { ...apiErrorRows(methods, route.schema, route.url), ...declared };
  const order = (code: string) => (code === 'default' ? 1000 : Number(code));
  route.schema.response = Object.fromEntries(Object.keys(rows).sort((a, b) => order(a) - order(b)).map((code) => [code, rows[code]]));
}

const answer = (code: ErrorCode) => `${ERROR_CATALOGUE[code][0]} ${code}`;

/**
 * A PATCH operation's description, from the family's declarations: the paths it allows (with when, and `add` for
 * an appending `…/-`) and, with a lifecycle, the status transitions PATCH may make and the states set elsewhere.
 */
export function patchDescription<T>(what: string, paths: readonly PatchablePath<T>[], lifecycle?: Lifecycle<string, T>): string {
  const listed = paths.map(({ path, append, when }) => `${append ? 'add ' : ''}\`${path}\`${when ? ` (${when})` : ''}`);
  const texts = [`Applies a JSON Patch (RFC 6902: add, replace, remove, test) to ${what}. Allowed paths: ${listed.join(', ')}; any other path is ${answer('PATCH_PATH_NOT_ALLOWED')}.`];
  if (lifecycle) {
    const byPatch = lifecycle.transitions.filter((transition) => transition.by.includes('patch') && !lifecycle.ownEndpoint?.[transition.to]);
    const moves = byPatch.map((transition) => `${transition.from} → ${transition.to}`);
    texts.push(`Status transitions by PATCH of \`/status\`: ${moves.length > 0 ? moves.join(', ') : 'none'}; any other is ${answer(lifecycle.invalidCode)}.`);
    const elsewhere = Object.entries(lifecycle.ownEndpoint ?? {}).map(([state, endpoint]) => `${state} through ${endpoint as string}`);
    if (elsewhere.length > 0) texts.push(`Set through their own endpoint (PATCH answers ${answer('OPERATION_NOT_SUPPORTED')}): ${elsewhere.join('; ')}.`);
  }
  return texts.join(' ');
}
