import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hashOf } from '../core/store.js';
import { now } from '../core/time.js';
import { isUniqueViolation, type Database } from '../db/database.js';
import { AppError } from '../core/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { org: string; key: string };
  }
}

const WINDOW_MS = 24 * 60 * 60 * 1000;
/** A key still RUNNING after this long belongs to a request that died with its process. */
const ABANDONED_MS = 60 * 1000;

interface StoredResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/**
 * `Idempotency-Key` on every POST (1.8): the first 2xx answer is kept 24 h per org and key and replayed for a
 * repeat with the same body; another body is 422; a repeat while the first runs is 409. Errors are not kept.
 */
export const idempotencyPlugin = fp(
  async (app: FastifyInstance, options: { database: Database }) => {
    const { db } = options.database;

    const claim = async (request: FastifyRequest, reply: FastifyReply) => {
      const key = request.headers['idempotency-key'];
      const org = (request.params as { org?: string })?.org;
      if (typeof key !== 'string' || !org) return;
      if (key.length < 1 || key.length > 255) throw new AppError('BAD_REQUEST', 'header idempotency-key must have 1–255 characters');
      const requestHash = hashOf([request.url, request.body ?? null, request.headers['content-length'] ?? null]);
      const at = now();
      const existing = await db.selectFrom('idempotency_keys').selectAll().where('org', '=', org).where('key', '=', key).executeTakeFirst();
      if (existing) {
        const expired = new Date(existing.expires_at as string) <= at;
        const abandoned = existing.state === 'RUNNING' && new Date(existing.expires_at as string).getTime() - WINDOW_MS + ABANDONED_MS <= at.getTime();
        if (expired || abandoned) {
          await db.deleteFrom('idempotency_keys').where('org', '=', org).where('key', '=', key).execute();
        } else if (existing.request_hash !== requestHash) {
          throw new AppError('IDEMPOTENCY_KEY_REUSED', `Idempotency-Key ${key} was used with another request body`);
        } else if (existing.state === 'RUNNING') {
          throw new AppError('IDEMPOTENCY_KEY_IN_USE', `the first request with Idempotency-Key ${key} is still running`);
        } else {
          const response = JSON.parse(existing.response as string) as StoredResponse;
          for (const [name, value] of Object.entries(response.headers)) reply.header(name, value);
          reply.header('idempotent-replayed', 'true');
          return reply.status(response.status).type('application/json').send(response.body);
        }
      }
      try {
        await db
          .insertInto('idempotency_keys')
          .values({ org, key, request_hash: requestHash, state: 'RUNNING', response: null, expires_at: new Date(at.getTime() + WINDOW_MS).toISOString() })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw new AppError('IDEMPOTENCY_KEY_IN_USE', `the first request with Idempotency-Key ${key} is still running`);
        throw error;
      }
      request.idempotency = { org, key };
    };

    const settle = async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
      const claim = request.idempotency;
      if (!claim) return payload;
      request.idempotency = undefined;
      const where = db.deleteFrom('idempotency_keys').where('org', '=', claim.org).where('key', '=', claim.key);
      if (reply.statusCode < 200 || reply.statusCode >= 300) {
        await where.execute();
        return payload;
      }
      const headers: Record<string, string> = {};
      for (const name of ['location', 'etag']) {
        const value = reply.getHeader(name);
        if (value !== undefined) headers[name] = String(value);
      }
      const response: StoredResponse = { status: reply.statusCode, body: String(payload ?? ''), headers };
      await db
        .updateTable('idempotency_keys')
        .set({ state: 'DONE', response: JSON.stringify(response) })
        .where('org', '=', claim.org)
        .where('key', '=', claim.key)
        .execute();
      return payload;
    };

    // Only a POST takes a key: the hooks are attached to the POST routes, so no other request runs them.
    app.addHook('onRoute', (route) => {
      if (![route.method].flat().includes('POST')) return;
      route.preHandler = [...[route.preHandler ?? []].flat(), claim];
      route.onSend = [...[route.onSend ?? []].flat(), settle];
    });
  },
  { name: 'idempotency' },
);
