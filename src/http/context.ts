import type { FastifyReply, FastifyRequest } from 'fastify';
import { etagOf, type RequestContext } from '../core/context.js';
import { identityOf } from './identity.js';

export function contextOf(request: FastifyRequest): RequestContext {
  const params = request.params as { org: string };
  const ifMatch = request.headers['if-match'];
  return { org: params.org, identity: identityOf(request), ifMatch: typeof ifMatch === 'string' ? ifMatch : undefined, composition: request.server.composition };
}

/** A single-resource answer: ETag always; 304 when the caller already has this version. */
export function sendResource<T>(request: FastifyRequest, reply: FastifyReply, stored: { resource: T; version: number }, status = 200): T | FastifyReply {
  const etag = etagOf(stored.version);
  reply.header('etag', etag);
  if (request.method === 'GET' && request.headers['if-none-match']?.split(',').map((tag) => tag.trim()).includes(etag)) {
    return reply.status(304).send();
  }
  reply.status(status);
  return stored.resource;
}

/** The absolute URL of an API path, for a Location header. */
function locationOf(reply: FastifyReply, path: string): string {
  return `${reply.server.config.publicUrl}${path}`;
}

/** A 201: Location of the new resource (its path), and `Idempotent-Replayed` when a retried create found it already made. */
export function sendCreated<T>(reply: FastifyReply, path: string, stored: { resource: T; version: number }, replayed: boolean): T {
  reply.status(201).header('location', locationOf(reply, path)).header('etag', etagOf(stored.version));
  if (replayed) reply.header('idempotent-replayed', 'true');
  return stored.resource;
}

/** A 202: the worker is woken so the accepted operation starts now; Location is the operation's path. */
export function sendAccepted<T>(reply: FastifyReply, operationPath: string, answer: T): T {
  reply.server.worker?.wake();
  reply.status(202).header('location', locationOf(reply, operationPath));
  return answer;
}
