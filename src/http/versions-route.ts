import type { FastifyInstance } from 'fastify';
import { Type, type TSchema } from '@sinclair/typebox';
import type { ApiPath } from '../core/paths.js';
import { DateTime, Nullable } from '../core/schemas.js';
import { conn, type Conn } from '../core/store.js';
import { listVersions } from '../core/versions.js';
import { listQuery, pageOf, pagedSet, sendPage } from './lists.js';
import { pathParams } from './schemas.js';

const sets = new Map<string, TSchema>();

/** `<Kind>VersionsSet`: the paged envelope of one kind's versions, each with the resource as GET answered it then. */
function versionsSet(name: string, resource: TSchema): TSchema {
  let set = sets.get(name);
  if (!set) {
    const version = Type.Object(
      {
        version: Type.Integer({ description: 'The version behind the ETag right after this change' }),
        date: DateTime('When the change was made (its event_time): GET with as_of at this instant answers `resource`'),
        event_type: Type.String({ description: 'The change\'s event type (section 13)' }),
        identity: Type.Object({ system: Type.String(), user: Type.String() }, { description: 'Who asked for the change' }),
        operation_id: Nullable(Type.String({ description: 'The operation that made the change, else null' })),
        resource: { ...resource, description: 'What GET answered right after the change' },
      },
      { title: `${name}Version` },
    );
    set = pagedSet(`${name}VersionsSet`, version);
    sets.set(name, set);
  }
  return set;
}

/**
 * `GET <item path>/versions` (API.md 17.1): one item per change of the resource itself (its own events, oldest first),
 * paged by offset or cursor. `resolve` checks the path as it is now (404 with the first missing resource's code) and
 * answers the resource's row id (its events' `resource_id` column, which a credit limit's published id is not).
 */
export function versionsRoute(
  app: FastifyInstance,
  options: {
    item: ApiPath<string>;
    tags: string[];
    /** The kind its events name. */
    kind: string;
    /** The schema's name where several answers share a kind (a typed line): else the kind. */
    name?: string;
    schema: TSchema;
    /** The path's parameters where one is not a UUID (a credit limit's kind): else the org and UUIDs. */
    params?: TSchema;
    resolve: (c: Conn, params: Record<string, string>) => Promise<string>;
  },
): void {
  const params = options.params ?? pathParams(...options.item.names.filter((name) => name !== 'org'));
  app.get(options.item.below('/versions').pattern, {
    schema: {
      tags: options.tags,
      summary: `The ${options.kind}'s versions, oldest first: each change with what GET answered right after it`,
      params,
      querystring: listQuery({}),
      response: { 200: versionsSet(options.name ?? options.kind, options.schema) },
    },
    handler: async (request, reply) => {
      const c = conn(app.database);
      const params = request.params as Record<string, string>;
      const page = pageOf(request.query as { offset?: number; limit?: number });
      const id = await options.resolve(c, params);
      const { items, total, sequences } = await listVersions(c, app.composition, params.org, options.kind, id, page);
      return sendPage(reply, page, { items, total }, (item) => [sequences.get(item)!]);
    },
  });
}
