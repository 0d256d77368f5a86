import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { Page } from '../core/store.js';
import { filterSchema, type FilterSpecs } from './filters.js';
import { SafeInteger } from '../core/schemas.js';

export const PagingQuery = {
  offset: Type.Optional(SafeInteger({ minimum: 0, default: 0, description: 'Pagination offset' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Pagination limit (1–500)' })),
};

/** The querystring schema of a list: paging (when paged) plus the declared filters; nothing else is accepted. */
export function listQuery(filters: FilterSpecs, options: { paged?: boolean; extra?: Record<string, TSchema> } = {}): TObject {
  const properties: Record<string, TSchema> = {};
  if (options.paged !== false) Object.assign(properties, PagingQuery);
  for (const [name, spec] of Object.entries(filters)) properties[name] = Type.Optional(filterSchema(spec));
  for (const [name, schema] of Object.entries(options.extra ?? {})) properties[name] = Type.Optional(schema);
  return Type.Object(properties, { additionalProperties: false });
}

/** The paged envelope (`*Set`) of the contract. */
export function pagedSet(name: string, item: TSchema): TObject {
  return Type.Object(
    {
      items: Type.Array(item),
      offset: Type.Integer(),
      limit: Type.Integer(),
      total: Type.Integer(),
    },
    { $id: name, title: name },
  );
}

export function pageOf(query: { offset?: number; limit?: number }): Page {
  return { offset: query.offset ?? 0, limit: query.limit ?? 50 };
}

export function sendPage<T>(reply: FastifyReply, page: Page, result: { items: T[]; total: number }) {
  reply.header('x-total-count', String(result.total));
  return { items: result.items, offset: page.offset, limit: page.limit, total: result.total };
}
