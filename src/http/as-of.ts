import { Type } from '@sinclair/typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { badRequest } from '../core/errors.js';
import { conn, type Conn } from '../core/store.js';
import { asOfInstant } from '../core/versions.js';

/** `as_of` (API.md 17.1): validated by the handler, so that a bad value answers INVALID_AS_OF rather than BAD_REQUEST. */
export const AsOf = Type.String({
  description:
    'A past instant (ISO 8601 date-time with a zone): the answer is what this request answered then — the state and embedded children ' +
    'as they were, ETag the version then, 404 for what did not exist yet; a change at exactly this instant is included. ' +
    'In the future, not a date-time or before the earliest kept state: 400 INVALID_AS_OF.',
  examples: ['2026-01-31T23:59:59Z'],
});

/** The querystring of an item GET: only `as_of`. */
export const AsOfQuery = Type.Object({ as_of: Type.Optional(AsOf) }, { additionalProperties: false });

/** The read connection of a GET: as of the request's `as_of` when it has one. */
export async function readConn(request: FastifyRequest): Promise<Conn> {
  const database = request.server.database;
  const value = (request.query as { as_of?: unknown } | undefined)?.as_of;
  if (value === undefined) return conn(database);
  // Every route that reads as of an instant is under /v2/orgs/{org}.
  const { org } = request.params as { org: string };
  return { ...conn(database), asOf: await asOfInstant(database, org, String(value)) };
}

/** Writes never take `as_of` (API.md 17.1): a change is always made to the current state. */
export function refuseAsOfOnWrites(app: FastifyInstance): void {
  app.addHook('preValidation', (request, _reply, done) => {
    const query = request.query as Record<string, unknown> | undefined;
    if (request.method !== 'GET' && request.method !== 'HEAD' && query?.as_of !== undefined) {
      return done(badRequest(`query parameter as_of is for reads only: a ${request.method} changes the current state`));
    }
    done();
  });
}
