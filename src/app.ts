import { randomUUID } from 'node:crypto';
import compress from '@fastify/compress';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { type Config, loggerOptions } from './config.js';
import { OperationsWorker } from './core/operations.js';
import type { Composition } from './core/context.js';
import type { Database } from './db/database.js';
import { errorBody, errorCatalogueHtml, errorPlugin, frameworkErrorHandler } from './http/error-handler.js';
import { AppError, badRequest, ERROR_CATALOGUE } from './core/errors.js';
import { baseUrlOf } from './http/context.js';
import { documentRoute, ErrorResponse } from './http/schemas.js';
import { StringEnum } from './core/schemas.js';
import { Type } from '@sinclair/typebox';
import { finishDocument } from './http/openapi.js';
import { docsUi } from './http/docs-ui.js';
import { authPlugin } from './http/identity.js';
import { parseJsonBody } from './core/validation.js';
import { lazySerializers, schemaCompiler } from './http/validation.js';
import { carriesIdempotencyKey, idempotencyPlugin, requestHasher } from './http/idempotency.js';
import { followCursors } from './http/lists.js';
import { refuseAsOfOnWrites } from './http/as-of.js';
import { metricsPlugin } from './http/metrics.js';
import { lazyRequestLogger } from './http/request-logger.js';
import { rateLimitPlugin } from './http/rate-limit.js';
import { compose, operationWorkOf, type ResourceFamily } from './resources/family.js';
import { EventDelivery } from './resources/events/delivery.js';
import { ExpiredKeySweep } from './http/idempotency-expiry.js';
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

/** Trusts the nearest `hops` proxies, whatever their addresses. */
function trustedHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

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
    frameworkErrors: frameworkErrorHandler(),
    // X-Forwarded-Proto/-Host/-For count only from the proxies TRUST_PROXY names (links and client addresses).
    trustProxy: typeof config.trustProxy === 'number' ? trustedHops(config.trustProxy) : config.trustProxy,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('composition', composition);
  app.setValidatorCompiler(schemaCompiler);
  // Added before any route, so every route (plugins' too) follows the OpenAPI rules.
  app.addHook('onRoute', documentRoute);
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(['application/json', 'application/json-patch+json'], { parseAs: 'string' }, (request, body, done) => {
    // A keyed request is compared with its retries byte for byte (API.md 1.8).
    if (carriesIdempotencyKey(request)) request.idempotencyHash = requestHasher(request).update(body as string).digest('hex');
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
  followCursors(app, config.cursorSecret);
  refuseAsOfOnWrites(app);

  // First, so that it sees every route the plugins add (/metrics).
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Subscriptions Inventory API',
        version: '2.0.0',
        description: 'System of record for customer subscriptions: bundles, typed lines, promotions, devices, add-ons, commitments, contracts, credit limits, change requests, payment plans and asynchronous operations.',
      },
      // Without PUBLIC_URL the document is served by whichever node was asked: its paths are relative to it.
      servers: [{ url: config.publicUrl ?? '/' }],
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
      security: [{ bearer: [] }],
    },
    transformObject: (document) => ('openapiObject' in document ? finishDocument(document.openapiObject) : document.swaggerObject),
  });
  await app.register(errorPlugin);
  await app.register(metricsPlugin, { database, brokerEnabled: config.eventsNatsUrl !== undefined });
  await app.register(authPlugin, { auth: config.auth });
  await app.register(rateLimitPlugin, { perMinute: config.rateLimitPerMinute });
  await app.register(idempotencyPlugin);
  // Answers over about 1 KB are gzipped for the clients that accept it (the document, pages of lines). After the
  // idempotency plugin, so that a keyed answer is stored as sent before compression, and replays to any client.
  await app.register(compress, { threshold: 1024, encodings: ['gzip'] });
  await app.register(swaggerUi, docsUi);
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
    const delivery = new EventDelivery(database, app.log, config, composition);
    app.addHook('onReady', async () => delivery.start());
    app.addHook('onClose', async () => delivery.stop());
    const keyExpiry = new ExpiredKeySweep(database).loop(app.log);
    app.addHook('onReady', async () => keyExpiry.start());
    app.addHook('onClose', async () => keyExpiry.stop());
  }

  const serviceTags = { tags: ['Service'] };
  app.get('/', { schema: { hide: true } }, async (_request, reply) => reply.redirect('/console'));
  const Health = Type.Object({ status: StringEnum(['ok']) }, { additionalProperties: false });
  const unavailable = { ...ErrorResponse, description: 'SERVICE_UNAVAILABLE: the database does not answer, or migrations are not applied' };
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/health/live', { schema: { ...serviceTags, summary: 'Liveness: the process answers', response: { 200: Health } } }, async () => ({ status: 'ok' as const }));
  app.get(
    '/health/ready',
    { schema: { ...serviceTags, summary: 'Readiness: the database answers and migrations are applied', response: { 200: Health, 503: unavailable } } },
    async (request, reply) => {
      const notReady = (message: string) => reply.status(503).send(errorBody(request, new AppError('SERVICE_UNAVAILABLE', message)));
      try {
        if (await migrationsApplied(database)) return { status: 'ok' as const };
        return notReady('migrations are not applied');
      } catch {
        return notReady('the database does not answer');
      }
    },
  );
  const CatalogueEntry = Type.Object({ code: Type.String(), status: Type.Integer(), when: Type.String() });
  app.get(
    '/errors',
    {
      schema: {
        ...serviceTags,
        summary: 'The error catalogue (HTML, or JSON with Accept: application/json)',
        response: {
          200: {
            description: 'Every error code, its HTTP status and when it is answered',
            content: { 'application/json': { schema: Type.Array(CatalogueEntry) }, 'text/html': { schema: Type.String() } },
          },
        },
      },
    },
    async (request, reply) => {
      if (request.headers.accept?.includes('application/json')) {
        return Object.entries(ERROR_CATALOGUE).map(([code, [status, when]]) => ({ code, status, when }));
      }
      return reply.type('text/html; charset=utf-8').send(errorCatalogueHtml(baseUrlOf(request)));
    },
  );

  for (const family of families) await app.register(family.routes);
  return app;
}
