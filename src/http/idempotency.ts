import { createHash, type Hash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Conn, RequestEffect } from '../core/store.js';
import { now } from '../core/time.js';
import type { RunningClaim } from '../db/database.js';
import { AppError } from '../core/errors.js';
import { baseUrlOf } from './context.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The request's hash for its Idempotency-Key: set by the JSON body parser when the request carries a key. */
    idempotencyHash?: string;
    idempotency?: KeyClaim;
    /** A keyed request's effect, made before its handler runs: its context carries it to its first transaction. */
    requestEffect?: RequestEffect;
  }
  interface FastifyContextConfig {
    /** The handler streams its body (multipart): it hashes the parts as they arrive and claims the key itself. */
    streamedBody?: boolean;
  }
}

const WINDOW_MS = 24 * 60 * 60 * 1000;

/** The answer as first sent: Location is kept as a path, so a replay names the node the retry reached. */
interface StoredResponse {
  status: number;
  body: string;
  headers: { etag?: string; location_path?: string };
}

/** A running request's hold on its key. */
interface KeyClaim {
  org: string;
  key: string;
  requestHash: string;
  running: RunningClaim;
  effect: RequestEffect;
  /** A retry of a request whose effect committed: answered from its stored answer or its effect, writing nothing. */
  replaying: boolean;
  finished: boolean;
}

/**
 * Starts the request hash: method and URL (the path, its org and query) then the body's bytes. A JSON body is
 * added whole by the parser; a multipart body part by part as it streams (`hashPart`).
 */
export function requestHasher(request: FastifyRequest): Hash {
  return createHash('sha256').update(`${request.method} ${request.url}\n`);
}

/** Whether the request carries an Idempotency-Key: only then is its body hashed. */
export function carriesIdempotencyKey(request: FastifyRequest): boolean {
  return typeof request.headers['idempotency-key'] === 'string';
}

/**
 * Adds one multipart part to the request hash: its name, file name and content (not the boundary, which a
 * client may draw anew for each retry). The content passes through as it streams; the byte count closes it.
 */
export async function* hashPart(hash: Hash | undefined, name: string, fileName: string | undefined, content: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  hash?.update(`part ${JSON.stringify(name)} ${JSON.stringify(fileName ?? null)}\n`);
  let bytes = 0;
  for await (const chunk of content) {
    hash?.update(chunk);
    bytes += chunk.length;
    yield chunk;
  }
  hash?.update(`\nend ${bytes}\n`);
}

function keyOf(request: FastifyRequest): { org: string; key: string } | undefined {
  const key = request.headers['idempotency-key'];
  const org = (request.params as { org?: string })?.org;
  if (typeof key !== 'string' || !org) return undefined;
  if (key.length < 1 || key.length > 255) throw new AppError('BAD_REQUEST', 'header idempotency-key must have 1–255 characters');
  return { org, key };
}

function inUse(key: string): AppError {
  return new AppError('IDEMPOTENCY_KEY_IN_USE', `the first request with Idempotency-Key ${key} is still running`);
}

function replayStored(request: FastifyRequest, reply: FastifyReply, response: StoredResponse): FastifyReply {
  if (response.headers.etag !== undefined) reply.header('etag', response.headers.etag);
  if (response.headers.location_path !== undefined) reply.header('location', `${baseUrlOf(request)}${response.headers.location_path}`);
  reply.header('idempotent-replayed', 'true');
  return reply.status(response.status).type('application/json').send(response.body);
}

/** Each keyed request's effect: its context carries it, and the claim fills it in (before or inside the handler). */
function effectOf(request: FastifyRequest): RequestEffect {
  request.requestEffect ??= {};
  return request.requestEffect;
}

/**
 * Claims the request's Idempotency-Key once its hash is known (the plugin calls it before the handler; a handler
 * with `config.streamedBody` calls it itself once its body is read). Answers true when the stored answer was
 * sent (the handler stops), false when the handler goes on: to run its effect, or to answer again from the
 * committed one. A request without a key goes on untouched.
 */
export async function claimIdempotencyKey(request: FastifyRequest, reply: FastifyReply, requestHash: string): Promise<boolean> {
  const named = keyOf(request);
  if (!named) return false;
  const { org, key } = named;
  const { db } = request.server.database;
  const running = await request.server.database.claimRunning(org, key);
  if (!running) throw inUse(key);
  try {
    let stored = await db.selectFrom('idempotency_keys').selectAll().where('org', '=', org).where('key', '=', key).executeTakeFirst();
    // An expired key, or one a request before this version left RUNNING, is free.
    if (stored && (new Date(stored.expires_at).getTime() <= now().getTime() || (stored.effect === null && stored.response === null))) {
      await db.deleteFrom('idempotency_keys').where('org', '=', org).where('key', '=', key).execute();
      stored = undefined;
    }
    if (stored && stored.request_hash !== requestHash) {
      throw new AppError('IDEMPOTENCY_KEY_REUSED', `Idempotency-Key ${key} was used with another request (another body, file or URL)`);
    }
    const effect = effectOf(request);
    request.idempotency = { org, key, requestHash, running, effect, replaying: stored !== undefined, finished: false };
    if (stored?.response) {
      replayStored(request, reply, JSON.parse(stored.response) as StoredResponse);
      return true;
    }
    if (stored) {
      effect.replay = { result: JSON.parse(stored.effect!) };
    } else {
      effect.record = async (c: Conn, result: unknown) => {
        await c.db
          .insertInto('idempotency_keys')
          .values({
            org,
            key,
            request_hash: requestHash,
            state: 'COMMITTED',
            effect: JSON.stringify(result ?? null),
            response: null,
            expires_at: new Date(now().getTime() + WINDOW_MS).toISOString(),
          })
          .execute();
      };
    }
    return false;
  } catch (error) {
    request.idempotency = undefined;
    await running.release();
    throw error;
  }
}

/**
 * `Idempotency-Key` on every POST (API.md 1.8). While a request with a key runs, the key is claimed
 * (`Database.claimRunning`): a repeat meanwhile is 409, however long the first runs, and a crashed node's claim
 * ends with its process. The request's first transaction writes the key with its result (`RequestEffect`), so the
 * key exists exactly when the effect committed; the answer sent is stored after. A repeat with the same request
 * replays the stored answer, or, when its node died between commit and answer, answers again from the committed
 * result without running the work; another request under the key is 422. An effect that did not commit leaves
 * the key free. Keys are kept 24 h, then deleted by the workers' sweep (`ExpiredKeySweep`).
 */
export const idempotencyPlugin = fp(
  async (app: FastifyInstance) => {
    const claimBeforeHandler = async (request: FastifyRequest, reply: FastifyReply) => {
      if (!carriesIdempotencyKey(request)) return;
      // Made before the handler builds its context, which carries it (a streamed body's handler claims it later).
      effectOf(request);
      if (request.routeOptions.config.streamedBody) return;
      const hash = request.idempotencyHash ?? requestHasher(request).digest('hex');
      if (await claimIdempotencyKey(request, reply, hash)) return reply;
    };

    /** Stores the answer of a committed effect (a replay writes nothing), then lets the key go. */
    const settle = async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      const claimed = request.idempotency;
      if (!claimed || claimed.finished) return payload;
      claimed.finished = true;
      try {
        const succeeded = reply.statusCode >= 200 && reply.statusCode < 300;
        // Answered again from the committed effect of an earlier run of the request.
        if (succeeded && claimed.replaying) reply.header('idempotent-replayed', 'true');
        if (succeeded && !claimed.replaying) {
          const { db } = request.server.database;
          const location = reply.getHeader('location');
          const base = baseUrlOf(request);
          const headers: StoredResponse['headers'] = {};
          if (reply.getHeader('etag') !== undefined) headers.etag = String(reply.getHeader('etag'));
          if (location !== undefined) headers.location_path = String(location).startsWith(base) ? String(location).slice(base.length) : String(location);
          const response = JSON.stringify({ status: reply.statusCode, body: String(payload ?? ''), headers } satisfies StoredResponse);
          if (claimed.effect.recorded) {
            await db.updateTable('idempotency_keys').set({ state: 'ANSWERED', response }).where('org', '=', claimed.org).where('key', '=', claimed.key).execute();
          } else {
            // A success that ran no transaction: its answer is all there is to keep.
            await db
              .insertInto('idempotency_keys')
              .values({ org: claimed.org, key: claimed.key, request_hash: claimed.requestHash, state: 'ANSWERED', effect: null, response, expires_at: new Date(now().getTime() + WINDOW_MS).toISOString() })
              .onConflict((conflict) => conflict.doNothing())
              .execute();
          }
        }
      } finally {
        await claimed.running.release();
      }
      return payload;
    };

    // The answer may never be sent (the connection broke): the key is let go once the response is over anyway.
    const releaseAfterResponse = async (request: FastifyRequest) => {
      const claimed = request.idempotency;
      if (!claimed || claimed.finished) return;
      claimed.finished = true;
      await claimed.running.release();
    };

    app.decorateRequest('requestEffect', undefined);
    // Only a POST takes a key: the hooks are attached to the POST routes, so no other request runs them.
    app.addHook('onRoute', (route) => {
      if (![route.method].flat().includes('POST')) return;
      route.preHandler = [...[route.preHandler ?? []].flat(), claimBeforeHandler];
      route.onSend = [...[route.onSend ?? []].flat(), settle];
      route.onResponse = [...[route.onResponse ?? []].flat(), releaseAfterResponse];
    });
  },
  { name: 'idempotency' },
);
