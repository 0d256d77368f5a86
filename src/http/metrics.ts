import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/database.js';

/** Prometheus metrics at /metrics: requests by route, method and status; operations by type and status. */
export const metricsPlugin = fp(
  async (app: FastifyInstance, options: { database: Database; brokerEnabled: boolean }) => {
    const registry = new Registry();
    collectDefaultMetrics({ register: registry });
    const labelNames = ['route', 'method', 'status'] as const;
    const requests = new Counter({ name: 'http_requests_total', help: 'HTTP requests', labelNames, registers: [registry] });
    const latency = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency',
      labelNames,
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    });
    const { db } = options.database;
    new Gauge({
      name: 'operations',
      help: 'Asynchronous operations by type and status',
      labelNames: ['type', 'status'],
      registers: [registry],
      async collect() {
        this.reset();
        const rows = await db.selectFrom('operations').select(['type', 'status', (eb) => eb.fn.countAll().as('count')]).groupBy(['type', 'status']).execute();
        for (const row of rows) this.set({ type: row.type as string, status: row.status as string }, Number(row.count));
      },
    });
    new Gauge({
      name: 'operations_oldest_pending_age_seconds',
      help: 'Age of the oldest due PENDING operation',
      registers: [registry],
      async collect() {
        const row = await db
          .selectFrom('operations')
          .select((eb) => eb.fn.min('run_at').as('oldest'))
          .where('status', '=', 'PENDING')
          .where('run_at', '<=', new Date().toISOString())
          .executeTakeFirst();
        this.set(row?.oldest ? Math.max(0, (Date.now() - new Date(row.oldest as string).getTime()) / 1000) : 0);
      },
    });

    new Gauge({
      name: 'outbox_lag_events',
      help: 'Committed events not yet taken by a consumer: webhooks (summed over hubs) and the broker',
      labelNames: ['consumer'],
      registers: [registry],
      async collect() {
        const hubs = await db
          .selectFrom('hubs as h')
          .innerJoin('event_sequences as s', 's.org', 'h.org')
          .select((eb) => eb.fn.sum(eb('s.last', '-', eb.ref('h.last_sequence'))).as('lag'))
          .executeTakeFirst();
        this.set({ consumer: 'webhooks' }, Number(hubs?.lag ?? 0));
        if (!options.brokerEnabled) return;
        const broker = await db
          .selectFrom('event_sequences as s')
          .leftJoin('broker_cursors as b', 'b.org', 's.org')
          .select((eb) => eb.fn.sum(eb('s.last', '-', eb.fn.coalesce('b.last_sequence', eb.lit(0)))).as('lag'))
          .executeTakeFirst();
        this.set({ consumer: 'broker' }, Number(broker?.lag ?? 0));
      },
    });
    new Gauge({
      name: 'outbox_pending_webhook_deliveries',
      help: 'Webhook deliveries queued and not yet acknowledged by their callback',
      registers: [registry],
      async collect() {
        const row = await db.selectFrom('hub_deliveries').select((eb) => eb.fn.countAll().as('count')).where('status', '=', 'PENDING').executeTakeFirst();
        this.set(Number(row?.count ?? 0));
      },
    });

    app.addHook('onResponse', (request, reply, done) => {
      const labels = { route: request.routeOptions.url ?? 'unknown', method: request.method, status: String(reply.statusCode) };
      requests.inc(labels);
      latency.observe(labels, reply.elapsedTime / 1000);
      done();
    });

    app.get('/metrics', { schema: { tags: ['Service'], summary: 'Prometheus metrics' } }, async (_request, reply) => {
      reply.type(registry.contentType);
      return registry.metrics();
    });
  },
  { name: 'metrics' },
);
