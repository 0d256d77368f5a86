import { createHmac, timingSafeEqual } from 'node:crypto';
import { Type, type TObject, type TSchema } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ListedText, ListKey, Page } from '../core/store.js';
import { JSON_TEXT } from './context.js';
import { filterSchema, type FilterSpecs } from './filters.js';
import { Nullable, SafeInteger } from '../core/schemas.js';
import { AppError, badRequest } from '../core/errors.js';
import { toStoredDate } from '../core/time.js';

const DEFAULT_LIMIT = 50;

export const PagingQuery = {
  offset: Type.Optional(SafeInteger({ minimum: 0, default: 0, description: 'Pagination offset' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: DEFAULT_LIMIT, description: 'Pagination limit (1–500)' })),
  cursor: Type.Optional(
    Type.String({
      minLength: 1,
      description: "The next_cursor of the list's previous page: the next page, in the same order, with the walk's filters (only limit may be sent beside it)",
    }),
  ),
};

/** The querystring schema of a list: paging (when paged) plus the declared filters; nothing else is accepted. */
export function listQuery(filters: FilterSpecs, options: { paged?: boolean; extra?: Record<string, TSchema> } = {}): TObject {
  const properties: Record<string, TSchema> = {};
  if (options.paged !== false) Object.assign(properties, PagingQuery);
  for (const [name, spec] of Object.entries(filters)) properties[name] = Type.Optional(filterSchema(spec));
  for (const [name, schema] of Object.entries(options.extra ?? {})) properties[name] = Type.Optional(schema);
  return Type.Object(properties, { additionalProperties: false });
}

/** The paged envelope (`*Set`) of the contract; a page reached by cursor has no offset and no total. */
export function pagedSet(name: string, item: TSchema): TObject {
  return Type.Object(
    {
      items: Type.Array(item),
      offset: Type.Optional(Type.Integer({ description: 'Absent on a page reached by cursor' })),
      limit: Type.Integer(),
      total: Type.Optional(Type.Integer({ description: 'Every match; absent on a page reached by cursor' })),
      next_cursor: Nullable(Type.String({ description: 'Send as cursor= for the next page; null on the last page' })),
    },
    { $id: name, title: name },
  );
}

/**
 * Cursors (API.md 17.2). A cursor is the walk's list (route and path parameters, the org among them), its filters,
 * its page size and the key of the last row shown, signed with HMAC-SHA256 so that a cursor of another list or org,
 * or an altered one, is refused. Every node signing with the same secret follows every other node's cursors.
 */
interface CursorState {
  list: string;
  query: Record<string, unknown>;
  limit: number;
  after: ListKey;
}

/** Where the page a cursor asks for starts, by the query object the route's handler receives. */
const cursorPositions = new WeakMap<object, ListKey>();

const listOf = (request: FastifyRequest) => `${request.method} ${request.routeOptions.url} ${JSON.stringify(request.params)}`;

function signature(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

function encodeCursor(secret: string, state: CursorState): string {
  const payload = Buffer.from(JSON.stringify(state)).toString('base64url');
  return `${payload}.${signature(secret, payload).toString('base64url')}`;
}

function decodeCursor(secret: string, cursor: string, list: string): CursorState {
  const invalid = (why: string) => new AppError('INVALID_CURSOR', `the cursor ${why}: start the walk again without cursor`);
  const [payload, signed, ...rest] = cursor.split('.');
  if (!payload || !signed || rest.length > 0) throw invalid('is malformed');
  const expected = signature(secret, payload);
  const given = Buffer.from(signed, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw invalid('was not issued by this service or was altered');
  const state = JSON.parse(Buffer.from(payload, 'base64url').toString()) as CursorState;
  if (state.list !== list) throw invalid('belongs to another list or organization');
  return state;
}

/**
 * A request with `cursor` becomes the walk's next request before validation: its filters are the cursor's, its
 * page size the one sent or the walk's. Anything beside `cursor` but `limit` is refused.
 */
export function followCursors(app: FastifyInstance, secret: string): void {
  app.addHook('preValidation', (request, _reply, done) => {
    const query = request.query as Record<string, unknown>;
    if (query.cursor === undefined) return done();
    const extra = Object.keys(query).filter((name) => name !== 'cursor' && name !== 'limit');
    if (extra.length > 0) return done(badRequest(`query parameter ${extra[0]} cannot be sent beside cursor: a cursor keeps its walk's filters, only limit may change`));
    const accepts = (request.routeOptions.schema?.querystring as { properties?: Record<string, unknown> } | undefined)?.properties;
    if (!accepts?.cursor) return done(badRequest('query parameter cursor is not accepted here: this list is not paged'));
    if (typeof query.cursor !== 'string' || Array.isArray(query.limit)) return done(badRequest('query parameters cursor and limit may be given once'));
    try {
      const state = decodeCursor(secret, query.cursor, listOf(request));
      const next: Record<string, unknown> = { ...state.query, limit: query.limit ?? state.limit };
      cursorPositions.set(next, state.after);
      request.query = next;
      done();
    } catch (error) {
      done(error as Error);
    }
  });
}

export function pageOf(query: { offset?: number; limit?: number }): Page {
  const limit = query.limit ?? DEFAULT_LIMIT;
  const after = cursorPositions.get(query);
  return after ? { offset: 0, limit, after } : { offset: query.offset ?? 0, limit };
}

/** The key of a row in the common list order (creation_date, id), as the store compares it. */
const creationOrderKey = (item: unknown): ListKey => {
  const { creation_date, id } = item as { creation_date: string; id: string };
  return [toStoredDate(creation_date), id];
};

/**
 * The answer of a paged list: with offset, total and X-Total-Count on an offset page, without them on a cursor
 * page; `next_cursor` continues after the last row shown (`keyOf` names its key where the list's order is not
 * creation_date, id).
 */
export function sendPage<T>(
  reply: FastifyReply,
  page: Page,
  result: { items: T[]; total: number },
  keyOf: (item: T) => ListKey = creationOrderKey,
) {
  const items = result.items.slice(0, page.limit);
  return { items, ...pageEnvelope(reply, page, result, items, keyOf) };
}

/**
 * `sendPage` of answers the database wrote as JSON text (`listPresentedTexts`): the page's text is theirs joined,
 * sent as it is (nothing parsed nor serialised).
 */
export function sendPageText(reply: FastifyReply, page: Page, result: { items: ListedText[]; total: number }): FastifyReply {
  const items = result.items.slice(0, page.limit);
  const envelope = JSON.stringify(pageEnvelope(reply, page, result, items, (item) => item.key));
  return reply.type(JSON_TEXT).send(`{"items":[${items.map((item) => item.text).join(',')}],${envelope.slice(1)}`);
}

/** A page's fields beside its items; X-Total-Count on an offset page. */
function pageEnvelope<T>(reply: FastifyReply, page: Page, result: { items: T[]; total: number }, shown: T[], keyOf: (item: T) => ListKey) {
  const request = reply.request;
  const more = page.after ? result.items.length > page.limit : page.offset + shown.length < result.total;
  const { offset: _offset, limit: _limit, cursor: _cursor, ...filters } = request.query as Record<string, unknown>;
  const next_cursor = more && shown.length > 0
    ? encodeCursor(reply.server.config.cursorSecret, { list: listOf(request), query: filters, limit: page.limit, after: keyOf(shown[shown.length - 1]) })
    : null;
  if (page.after) return { limit: page.limit, next_cursor };
  reply.header('x-total-count', String(result.total));
  return { offset: page.offset, limit: page.limit, total: result.total, next_cursor };
}
