import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import FindMyWay, { type HTTPVersion } from 'find-my-way';
import { AppError, ERROR_CATALOGUE, type ErrorCode, type ErrorDetail } from '../core/errors.js';
import { validationError } from '../core/validation.js';
import { baseUrlOf } from './context.js';

/** An error's body: `reference` links the catalogue on the address the request used (or PUBLIC_URL). */
export function errorBody(request: FastifyRequest, error: AppError) {
  const body: { error: { code: string; message: string; reference: string; details?: ErrorDetail[] } } = {
    error: { code: error.code, message: error.message, reference: `${baseUrlOf(request)}/errors#${error.code}` },
  };
  if (error.details && error.details.length > 0) body.error.details = error.details;
  return body;
}

function renderError(reply: FastifyReply, error: AppError) {
  for (const [name, value] of Object.entries(error.headers ?? {})) reply.header(name, value);
  const body = errorBody(reply.request, error);
  return reply.status(error.statusCode).type('application/json').send(body);
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BAD_REQUEST',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
  FST_ERR_CTP_EMPTY_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_REQ_FILE_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_PARTS_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_FILES_LIMIT: 'PAYLOAD_TOO_LARGE',
  FST_INVALID_MULTIPART_CONTENT_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
};

/** Errors that mean the database is out of reach, not that the request is wrong. */
function isDatabaseUnavailable(error: { code?: string }): boolean {
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001', '08003'].includes(error.code ?? '');
}

/** Translates whatever a request threw into the contract's error body, so no answer ever leaks internals. */
export function toAppError(error: FastifyError & { validation?: unknown; validationContext?: string }): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error.validation) return validationError(error.validation as never, error.validationContext ?? 'body');
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped) return new AppError(mapped, error.message);
  if (isDatabaseUnavailable(error)) return new AppError('SERVICE_UNAVAILABLE', 'the database is unavailable; retry later', undefined, { 'retry-after': '5' });
  // Fastify's own client errors (4xx) that have no catalogue code: the request was malformed.
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return new AppError('BAD_REQUEST', error.message);
  return undefined;
}

/** Errors Fastify raises before routing (a malformed URL, an over-long path parameter) in the contract's body. */
export function frameworkErrorHandler() {
  return (error: FastifyError, _request: FastifyRequest, reply: FastifyReply) =>
    renderError(reply, new AppError('BAD_REQUEST', error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'a path parameter is too long' : `the URL is malformed: ${error.message}`));
}

/**
 * The error model: every 4xx/5xx has `{error:{code,message,reference}}`. Unknown paths are 404 ROUTE_NOT_FOUND,
 * known paths with another method 405 METHOD_NOT_ALLOWED with `Allow`.
 */
export const errorPlugin = fp(
  async (app: FastifyInstance) => {
    const routes = FindMyWay<HTTPVersion.V1>();
    app.addHook('onRoute', (route) => {
      const methods = Array.isArray(route.method) ? route.method : [route.method];
      for (const method of methods) {
        if (method === 'HEAD') continue;
        try {
          routes.on(method.toUpperCase() as 'GET', route.url, () => undefined);
        } catch {
          // The same method and path registered twice (e.g. by a plugin): one entry is enough.
        }
      }
    });

    app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const appError = toAppError(error);
      if (appError) {
        if (appError.statusCode >= 500) request.log.error({ err: error }, 'request failed: service unavailable');
        return renderError(reply, appError);
      }
      request.log.error({ err: error }, 'unhandled error');
      return renderError(reply, new AppError('INTERNAL_ERROR', `internal error; quote request id ${request.id}`));
    });

    /** 405 with `Allow` when the path exists under another method, else 404. */
    const unroutable = (request: FastifyRequest, reply: FastifyReply): AppError => {
      const path = request.url.split('?')[0];
      const allowed = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].filter((method) => routes.find(method as 'GET', path) !== null);
      if (allowed.length === 0) return new AppError('ROUTE_NOT_FOUND', `no route ${request.method} ${path}`);
      reply.header('allow', allowed.join(', '));
      return new AppError('METHOD_NOT_ALLOWED', `${request.method} is not allowed on ${path}; allowed: ${allowed.join(', ')}`);
    };
    // Answered before the body is parsed (an unparseable or missing body of an unroutable request is not its
    // problem), and after the onRequest hooks, so authentication still answers first.
    app.addHook('preParsing', (request, reply, _payload, done) => {
      if (request.is404) return done(unroutable(request, reply));
      done();
    });
    app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => renderError(reply, unroutable(request, reply)));
  },
  { name: 'errors' },
);

export function errorCatalogueHtml(baseUrl: string): string {
  const rows = Object.entries(ERROR_CATALOGUE)
    .map(([code, [status, when]]) => `<tr id="${code}"><td>${status}</td><td><code>${code}</code></td><td>${when}</td></tr>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Error catalogue</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}td{padding:.3rem .6rem;border-bottom:1px solid #ddd;vertical-align:top}tr:target{background:#ffe}</style></head>
<body><h1>Subscriptions Inventory: error catalogue</h1><p>Every error answer is <code>{"error":{"code","message","reference"}}</code>; <code>reference</code> links here (${baseUrl}/errors#CODE).</p>
<table><thead><tr><th>HTTP</th><th>code</th><th>when</th></tr></thead><tbody>${rows}</tbody></table></body></html>`;
}
