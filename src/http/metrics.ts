import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/database.js';

const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5];

interface RequestSeries {
  labels: { route: string; method: string; status: string };
  count: number;
  sum: number;
  /** Observations per bucket (not cumulative); the last one is +Inf. */
  buckets: number[];
}

/**
 * `http_requests_total` and `http_request_duration_seconds` by route, method and status. prom-client finds a
 * labelled series by hashing and validating its labels on every call; here a request adds to plain numbers of
 * its series, and the two metrics are rendered from them when /metrics is scraped.
 */
class RequestMetrics {
  private readonly series = new Map<string, RequestSeries>();

  record(route: string, method: string, status: number, seconds: number): void {
    const key = `${method} ${status} ${route}`;
    let series = this.series.get(key);
    if (!series) {
      series = { labels: { route, method, status: String(status) }, count: 0, sum: 0, buckets: new Array<number>(LATENCY_BUCKETS.length + 1).fill(0) };
      this.series.set(key, series);
    }
    series.count++;
    series.sum += seconds;
    let bucket = 0;
    while (bucket < LATENCY_BUCKETS.length && seconds > LATENCY_BUCKETS[bucket]) bucket++;
    series.buckets[bucket]++;
  }

  register(registry: Registry): void {
    const metric = (name: string, help: string, type: 'counter' | 'histogram', values: () => unknown[]) => ({
      name,
      help,
      type,
      get: async () => ({ name, help, type, aggregator: 'sum', values: values() }),
      reset: () => this.series.clear(),
    });
    registry.registerMetric(
      metric('http_requests_total', 'HTTP requests', 'counter', () => [...this.series.values()].map((series) => ({ labels: series.labels, value: series.count }))) as never,
    );
    const name = 'http_request_duration_seconds';
    registry.registerMetric(
      metric(name, 'HTTP request latency', 'histogram', () =>
        [...this.series.values()].flatMap((series) => {
          let cumulative = 0;
          const buckets = series.buckets.map((count, index) => {
            cumulative += count;
            return { metricName: `${name}_bucket`, labels: { ...series.labels, le: index < LATENCY_BUCKETS.length ? LATENCY_BUCKETS[index] : '+Inf' }, value: cumulative };
          });
          return [...buckets, { metricName: `${name}_sum`, labels: series.labels, value: series.sum }, { metricName: `${name}_count`, labels: series.labels, value: series.count }];
        }),
      ) as never,
    );
  }
}

const EVENT_LOOP_SAMPLE_MS = 100;

/** Prometheus metrics at /metrics: requests by route, method and status; operations by type and status. */
export const metricsPlugin = fp(
  async (app: FastifyInstance, options: { database: Database; brokerEnabled: boolean }) => {
    const registry = new Registry();
    // The event-loop lag is sampled by a timer: at prom-client's default 10 ms it wakes an idle service 100 times a
    // second (most of its idle CPU); a scrape every few seconds reads the same lag from a sample every 100 ms.
    collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: EVENT_LOOP_SAMPLE_MS });
    const requests = new RequestMetrics();
    requests.register(registry);
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
      requests.record(request.routeOptions.url ?? 'unknown', request.method, reply.statusCode, reply.elapsedTime / 1000);
      done();
    });

    const metricsAnswer = { description: 'The Prometheus text exposition format', content: { [registry.contentType]: { schema: { type: 'string' } } } };
    app.get('/metrics', { schema: { tags: ['Service'], summary: 'Prometheus metrics: requests by route, method and status, operations, the outbox, hub deliveries', response: { 200: metricsAnswer } } }, async (_request, reply) => {
      reply.type(registry.contentType);
      return registry.metrics();
    });
  },
  { name: 'metrics' },
);
