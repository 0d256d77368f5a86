import { constants, createGzip } from 'node:zlib';
import { pipeline } from 'node:stream';
import { Type, type TSchema } from '@sinclair/typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { contextOf } from '../../http/context.js';
import { parseFilters } from '../../http/filters.js';
import { listQuery } from '../../http/lists.js';
import { AsOf } from '../../http/as-of.js';
import { asOfInstant } from '../../core/versions.js';
import { pathParams } from '../../http/schemas.js';
import { subscriptionFilters, subscriptionProperties } from '../subscriptions/schema.js';
import { exportPaths } from './paths.js';
import { CSV_COLUMNS, type ExportFormat } from './schema.js';
import { exportSubscriptions } from './service.js';

/** Whether a header's list names a token (`Accept: text/csv`, `Accept-Encoding: gzip, br`), q=0 excluded. */
function names(header: string | undefined, token: string): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    return name.trim() === token && !parameters.some((parameter) => /^\s*q=0(\.0*)?\s*$/.test(parameter));
  });
}

/** API.md 17.3. */
export const exportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const children = Object.fromEntries(app.composition.subscriptionChildren.map((child) => [child.field, child.schema])) as Record<string, TSchema>;
  const Subscription = Type.Object(subscriptionProperties(Type.Record(Type.String(), Type.Unknown()), children), { title: 'Subscription' });

  app.get(exportPaths.subscriptions.pattern, {
    config: { permission: 'admin' },
    schema: {
      tags: ['Exports'],
      summary: "Stream the org's subscriptions: NDJSON (one GET answer a line) or CSV (Accept: text/csv); needs subscriptions:admin",
      description:
        'One consistent snapshot, ordered by creation_date then id, streamed in constant memory; the search filters are optional. ' +
        `CSV columns: ${CSV_COLUMNS.join(',')} (the last three are counts; RFC 4180 quoting; a null is empty). ` +
        'Gzip-encoded only when Accept-Encoding names gzip.',
      params: pathParams(),
      querystring: listQuery(subscriptionFilters, { paged: false, extra: { as_of: AsOf } }),
      response: {
        200: {
          description: 'The lines, streamed',
          content: {
            'application/x-ndjson': { schema: { ...Subscription, description: 'One Subscription (its GET answer) per line of text' } },
            'text/csv': { schema: Type.String({ description: `A header line, then one row per subscription: ${CSV_COLUMNS.join(',')}` }) },
          },
        },
      },
    },
    handler: async (request, reply) => {
      const conditions = parseFilters(subscriptionFilters, request.query);
      const asOf = request.query.as_of === undefined ? undefined : await asOfInstant(database, request.params.org, String(request.query.as_of));
      const format: ExportFormat = names(request.headers.accept, 'text/csv') ? 'csv' : 'ndjson';
      const lines = exportSubscriptions(database, contextOf(request), conditions, asOf, format, (error) => request.log.error({ err: error }, 'export ended early'));
      reply.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/x-ndjson; charset=utf-8').header('vary', 'accept, accept-encoding');
      // A stream is sent as it is, never serialised against the documented schema (hence `never`).
      if (!names(request.headers['accept-encoding'], 'gzip')) return reply.send(lines as never);
      reply.header('content-encoding', 'gzip');
      // The fastest level: at the default one, compressing cost the server more than reading and writing the lines.
      return reply.send(pipeline(lines, createGzip({ level: constants.Z_BEST_SPEED }), () => undefined) as never);
    },
  });
};
