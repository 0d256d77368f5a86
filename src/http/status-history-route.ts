import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { StatusChange, statusHistory } from '../core/history.js';
import type { ApiPath } from '../core/paths.js';
import { conn, type Conn } from '../core/store.js';
import { pathParams } from './schemas.js';

/**
 * `GET <resource path>/status_history` for a lifecycle resource, below its `item` path: the parent chain is checked
 * by `resolve` (404 with the first missing resource's code), which answers the resource's id.
 */
export function statusHistoryRoute(
  app: FastifyInstance,
  options: { item: ApiPath<string>; tags: string[]; kind: string; resolve: (c: Conn, params: Record<string, string>) => Promise<string> },
): void {
  const params = pathParams(...options.item.names.filter((name) => name !== 'org'));
  app.get(options.item.below('/status_history').pattern, {
    schema: { tags: options.tags, summary: `The ${options.kind}'s status history, oldest first`, params, response: { 200: Type.Array(StatusChange) } },
    handler: async (request) => {
      const c = conn(app.database);
      const params = request.params as Record<string, string>;
      const id = await options.resolve(c, params);
      return statusHistory(c, params.org, options.kind, id);
    },
  });
}
