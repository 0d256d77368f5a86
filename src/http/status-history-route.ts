import type { FastifyInstance } from 'fastify';
import type { TObject } from '@sinclair/typebox';
import { Type } from '@sinclair/typebox';
import { StatusChange, statusHistory } from '../core/history.js';
import { conn, type Conn } from '../core/store.js';

/**
 * `GET <resource path>/status_history` for a lifecycle resource: the parent chain is checked by `resolve`
 * (404 with the first missing resource's code), which answers the resource's id.
 */
export function statusHistoryRoute<P extends TObject>(
  app: FastifyInstance,
  options: { url: string; params: P; tags: string[]; kind: string; resolve: (c: Conn, params: Record<string, string>) => Promise<string> },
): void {
  app.get(options.url, {
    schema: { tags: options.tags, summary: `The ${options.kind}'s status history, oldest first`, params: options.params, response: { 200: Type.Array(StatusChange) } },
    handler: async (request) => {
      const c = conn(app.database);
      const params = request.params as Record<string, string>;
      const id = await options.resolve(c, params);
      return statusHistory(c, params.org, options.kind, id);
    },
  });
}
