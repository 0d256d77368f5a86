import { randomUUID } from 'node:crypto';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { type Config, loggerOptions } from './config.js';
import { OperationsWorker } from './core/operations.js';
import type { Composition } from './core/context.js';
import type { Database } from './db/database.js';
import { errorCatalogueHtml, errorPlugin, frameworkErrorHandler } from './http/error-handler.js';
import { badRequest, ERROR_CATALOGUE } from './core/errors.js';
import { documentRoute } from './http/schemas.js';
import { authPlugin } from './http/identity.js';
import { parseJsonBody } from './core/validation.js';
import { lazySerializers, schemaCompiler } from './http/validation.js';
import { idempotencyPlugin } from './http/idempotency.js';
import { metricsPlugin } from './http/metrics.js';
import { lazyRequestLogger } from './http/request-logger.js';
import { rateLimitPlugin } from './http/rate-limit.js';
import { compose, operationWorkOf, type ResourceFamily } from './resources/family.js';
import { EventDelivery } from './resources/events/delivery.js';
import { migrationsApplied } from './db/migrate.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    database: Database;
    /** What the resource families lend each other, composed once at start. */
    composition: Composition;
    /** The in-process operations worker; absent with WORKER=off. */
    worker?: OperationsWorker;
  }
}

export interface AppOptions {
  config: Config;
  database: Database;
  /** The resource families to serve (src/resources/index.ts), in order. */
  families: ResourceFamily[];
  logger?: boolean;
  /** The logger to use (server.ts makes it first, to log the start-up phases before the app exists). */
  log?: FastifyBaseLogger;
}

/** Readiness and liveness probes come every few seconds from an orchestrator: their request lines are debug, not info. */
const isProbe = (request: FastifyRequest) => request.url.startsWith('/health/');

class ProbesAtDebug extends LogController {
  override incomingRequest(request: FastifyRequest, reply: FastifyReply): void {
    if (isProbe(request)) request.log.debug({ req: request }, 'incoming request');
    else super.incomingRequest(request, reply);
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (!error && isProbe(request)) reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
    else super.requestCompleted(error, request, reply);
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Builds the whole service; never listens (server.ts does). */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, database, families } = options;
  const composition = compose(families, config);
  const app = Fastify({
    ...(options.logger === false ? { logger: false } : options.log ? { loggerInstance: options.log } : { logger: loggerOptions(config) }),
    logController: new ProbesAtDebug(),
    schemaController: { compilersFactory: { buildSerializer: lazySerializers as never } },
    genReqId: (request) => {
      const given = request.headers['x-request-id'];
      return typeof given === 'string' && given.length > 0 && given.length <= 128 ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    childLoggerFactory: lazyRequestLogger,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
    frameworkErrors: frameworkErrorHandler(config.publicUrl),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('composition', composition);
  app.setValidatorCompiler(schemaCompiler);
  // Added before any route, so every route (plugins' too) follows the OpenAPI rules.
  app.addHook('onRoute', documentRoute);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/json', 'application/json-patch+json'], { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJsonBody(body as string));
    } catch (error) {
      done(error as Error, undefined);
    }
  });

  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  // Ids compare case-insensitively and are answered lowercase; quoted query values ('0') read unquoted.
  app.addHook('preValidation', (request, _reply, done) => {
    const params = request.params as Record<string, string>;
    for (const name in params) if (UUID.test(params[name])) params[name] = params[name].toLowerCase();
    const query = request.query as Record<string, unknown>;
    for (const name in query) {
      const value = query[name];
      // PostgreSQL text cannot hold NUL: refused on both databases alike.
      if ([value].flat().some((item) => typeof item === 'string' && item.includes('\u0000'))) return done(badRequest(`query parameter ${name} contains a NUL character`));
      if (typeof value === 'string' && value.length >= 2 && value.startsWith("'") && value.endsWith("'")) query[name] = value.slice(1, -1);
    }
    done();
  });

  await app.register(errorPlugin, { publicUrl: config.publicUrl });
  await app.register(metricsPlugin, { database, brokerEnabled: config.eventsNatsUrl !== undefined });
  await app.register(authPlugin, { auth: config.auth });
  await app.register(rateLimitPlugin, { perMinute: config.rateLimitPerMinute });
  await app.register(idempotencyPlugin, { database });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Subscriptions Inventory API',
        version: '2.0.0',
        description: 'System of record for customer subscriptions: bundles, typed lines, promotions, devices, add-ons, commitments, contracts, credit limits, change requests, payment plans and asynchronous operations.',
      },
      servers: [{ url: config.publicUrl }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  await app.register(import('./console/plugin.js'));

  if (config.worker) {
    const worker = new OperationsWorker(database, app.log, {
      ...operationWorkOf(families),
      composition,
      leaseSeconds: config.operationLeaseSeconds,
      concurrency: config.operationsConcurrency,
    });
    app.decorate('worker', worker);
    app.addHook('onReady', async () => worker.start());
    app.addHook('onClose', async () => worker.stop());
    const delivery = new EventDelivery(database, app.log, config);
    app.addHook('onReady', async () => delivery.start());
    app.addHook('onClose', async () => delivery.stop());
  }

  const serviceTags = { tags: ['Service'] };
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/console'));
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/health/live', { schema: { ...serviceTags, summary: 'Liveness' } }, async () => ({ status: 'ok' }));
  app.get('/health/ready', { schema: { ...serviceTags, summary: 'Readiness: the database answers and migrations are applied' } }, async (_request, reply) => {
    try {
      if (await migrationsApplied(database)) return { status: 'ok' };
      return reply.status(503).send({ error: { code: 'SERVICE_UNAVAILABLE', message: 'migrations are not applied', reference: `${config.publicUrl}/errors#SERVICE_UNAVAILABLE` } });
    } catch {
      return reply.status(503).send({ error: { code: 'SERVICE_UNAVAILABLE', message: 'the database does not answer', reference: `${config.publicUrl}/errors#SERVICE_UNAVAILABLE` } });
    }
  });
  app.get('/errors', { schema: { ...serviceTags, summary: 'The error catalogue (HTML, or JSON with Accept: application/json)' } }, async (request, reply) => {
    if (request.headers.accept?.includes('application/json')) {
      return Object.entries(ERROR_CATALOGUE).map(([code, [status, when]]) => ({ code, status, when }));
    }
    return reply.type('text/html; charset=utf-8').send(errorCatalogueHtml(config.publicUrl));
  });

  for (const family of families) await app.register(family.routes);
  return app;
}
