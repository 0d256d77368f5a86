import type { FastifyReply, FastifyRequest } from 'fastify';
import { etagOf, type RequestContext } from '../core/context.js';
import { identityOf } from './identity.js';

export function contextOf(request: FastifyRequest): RequestContext {
  const params = request.params as { org: string };
  const ifMatch = request.headers['if-match'];
  return {
    org: params.org,
    identity: identityOf(request),
    ifMatch: typeof ifMatch === 'string' ? ifMatch : undefined,
    composition: request.server.composition,
    effect: request.requestEffect,
  };
}

/** A single-resource answer: ETag always; 304 when the caller already has this version. */
export function sendResource<T>(request: FastifyRequest, reply: FastifyReply, stored: { resource: T; version: number }, status = 200): T | FastifyReply {
  if (notModified(request, reply, stored.version)) return reply.status(304).send();
  reply.status(status);
  return stored.resource;
}

/** The content type of an answer sent as JSON text: Fastify sends such a string as it is, without its serializer. */
export const JSON_TEXT = 'application/json; charset=utf-8';

/** `sendResource` of an answer the database wrote as JSON text (`findPresentedText`): sent as it is. */
export function sendResourceText(request: FastifyRequest, reply: FastifyReply, answer: { text: string; version: number }): FastifyReply {
  if (notModified(request, reply, answer.version)) return reply.status(304).send();
  return reply.type(JSON_TEXT).send(answer.text);
}

/** Sets the ETag of the version answered; true when a GET's If-None-Match already names it. */
function notModified(request: FastifyRequest, reply: FastifyReply, version: number): boolean {
  const etag = etagOf(version);
  reply.header('etag', etag);
  return request.method === 'GET' && (request.headers['if-none-match']?.split(',').map((tag) => tag.trim()).includes(etag) ?? false);
}

/** A host as a Host header may name it: a name or an address, with an optional port. */
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * The service's base URL for links (Location, error `reference`): PUBLIC_URL when set, else the scheme and host
 * the request was sent to, so every node of a cluster answers with the address the client used. Fastify reads
 * X-Forwarded-Proto/-Host only from a proxy that TRUST_PROXY trusts; a malformed host falls back to localhost.
 */
export function baseUrlOf(request: FastifyRequest): string {
  const { publicUrl, port } = request.server.config;
  if (publicUrl) return publicUrl;
  const protocol = request.protocol === 'https' ? 'https' : 'http';
  const host = request.host;
  return `${protocol}://${HOST.test(host) ? host : `localhost:${port}`}`;
}

/** The absolute URL of an API path, for a Location header. */
export function locationOf(request: FastifyRequest, path: string): string {
  return `${baseUrlOf(request)}${path}`;
}

/** A 201: Location of the new resource (its path), and `Idempotent-Replayed` when a retried create found it already made. */
export function sendCreated<T>(reply: FastifyReply, path: string, stored: { resource: T; version: number }, replayed: boolean): T {
  reply.status(201).header('location', locationOf(reply.request, path)).header('etag', etagOf(stored.version));
  if (replayed) reply.header('idempotent-replayed', 'true');
  return stored.resource;
}

/** A 202: the worker is woken so the accepted operation starts now; Location is the operation's path. */
export function sendAccepted<T>(reply: FastifyReply, operationPath: string, answer: T): T {
  reply.server.worker?.wake();
  reply.status(202).header('location', locationOf(reply.request, operationPath));
  return answer;
}
