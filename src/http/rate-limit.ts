import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../core/errors.js';

const WINDOW_MS = 60_000;

/**
 * RATE_LIMIT_PER_MINUTE per client (the token's subject, else the IP), in fixed one-minute windows kept in this
 * process: behind a load balancer each node enforces its share.
 */
export const rateLimitPlugin = fp(
  async (app: FastifyInstance, options: { perMinute?: number }) => {
    const limit = options.perMinute;
    if (!limit) return;
    let windowStart = Date.now();
    let counts = new Map<string, number>();
    app.addHook('onRequest', async (request, reply) => {
      if (!request.routeOptions.url?.startsWith('/v2/')) return;
      const now = Date.now();
      if (now - windowStart >= WINDOW_MS) {
        windowStart = now - ((now - windowStart) % WINDOW_MS);
        counts = new Map();
      }
      const client = request.token?.sub ? `sub:${request.token.sub}` : `ip:${request.ip}`;
      const count = (counts.get(client) ?? 0) + 1;
      counts.set(client, count);
      reply.header('x-ratelimit-limit', String(limit));
      reply.header('x-ratelimit-remaining', String(Math.max(0, limit - count)));
      if (count > limit) {
        const retryAfter = Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000));
        throw new AppError('RATE_LIMITED', `more than ${limit} requests in a minute; retry in ${retryAfter} s`, undefined, { 'retry-after': String(retryAfter) });
      }
    });
  },
  { name: 'rate-limit', dependencies: ['auth'] },
);
