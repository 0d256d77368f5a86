import { createHash } from 'node:crypto';
import { sql, type CompiledQuery, type Expression, type ExpressionBuilder, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import { compiledOnce, compiledOnceAt } from '../db/compiled.js';
import { forUpdate, isSerializationFailure, type Database, type Dialect, type Tx } from '../db/database.js';
import type { ResourceRow, ResourceTableName, Tables } from '../db/tables.js';
import { NO_IDENTITY, type Composition, type Identity } from './context.js';
import { AppError } from './errors.js';
import { flushEvents, isPublished, pendingEvent, showEvents, type PendingEvent } from './events.js';
import { nowIso } from './time.js';
import { isVersioned } from '../db/history.js';
import { jsonScalar, orderedJsonArray, presentedDocument } from '../db/json-text.js';
import { liveRows, rowsAt, startsAt, tableAt, type RowSource } from './versions.js';

/** A database handle with its dialect: the whole database, or one transaction. Repositories take it first. */
export interface Conn {
  db: Tx;
  dialect: Dialect;
  /** The transaction's outbox events, written just before it commits (absent outside a transaction). */
  events?: PendingEvent[];
  /** Who the transaction's changes are made for: its events name them. */
  identity?: Identity;
  /** Outside a transaction: the database's direct read path for compiled statements (`Database.read`). */
  read?: Database['read'];
  /** A read as of this instant (stored form): every table is read as it was then (API.md 17.1, versions.ts). */
  asOf?: string;
  /** The transaction's instant: when the states it writes begin (`valid_from`) and its events' time. */
  writtenAt?: string;
  /** The operation whose work the transaction does: its events name it. */
  operationId?: string;
}

/**
 * A resource table of the generic store. The representation is kept whole as JSON; the columns are the
 * ones lists filter and order on, derived from the representation on every write.
 */
export interface ResourceTable<T extends { id: string }> {
  table: ResourceTableName;
  /** The schema name, used by status history, events and messages. */
  kind: string;
  columns(resource: T): Record<string, string | number | null>;
  /** The resource's URL path, for events. */
  href?(org: string, resource: T): string;
  /** How its events name it, where that is not its id (a credit limit is known by its kind). */
  publishedId?(resource: T): string;
}

/**
 * The generic store's view of the resource tables: the common envelope (checked) plus each table's filter
 * columns, which its ResourceTable declares and the store reads by name.
 */
type TableName = keyof Tables;
type ResourceTables = Record<ResourceTableName, ResourceRow & Record<string, string | number | null>>;
const resourceDb = (c: Conn) => c.db as unknown as Kysely<ResourceTables>;

export interface Stored<T> {
  resource: T;
  version: number;
}

/**
 * A condition of a list. As data (`['status', '=', 'ACTIVE']`) it lets the list's statement be compiled once per
 * shape; a Kysely expression is for what a column comparison cannot say (a subquery), and is built every time.
 */
export type ColumnCondition = [column: string, operator: '=' | '<' | '<=' | '>' | '>=' | 'in', value: string | number | readonly (string | number)[]];
/** Given the rows it may read of other tables: live, or as they were at the read's instant (a search `as_of`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type ExpressionCondition = (eb: ExpressionBuilder<any, any>, rows: RowSource) => Expression<SqlBool>;
export type Condition = ColumnCondition | ExpressionCondition;

/** The values of a list's order columns of one row: where a keyset page starts after. */
export type ListKey = readonly (string | number)[];

/**
 * A page: `offset` rows skipped, or (`after`) the rows following a key in the list's order. A keyset page reads
 * one row more than `limit`, so its answer knows whether another page follows (the caller shows `limit`).
 */
export interface Page {
  offset: number;
  limit: number;
  after?: ListKey;
}

/** The rows a page reads: one more than it shows on a keyset page. */
export const rowsToRead = (page: Page) => (page.after ? page.limit + 1 : page.limit);

/**
 * The effect of a request that carries an Idempotency-Key (API.md 1.8): its first transaction is the effect, and
 * the key is written in that transaction, so the key exists exactly when the effect committed.
 */
export interface RequestEffect {
  /** Writes the key with the transaction's result, inside the transaction. */
  record?: (c: Conn, result: unknown) => Promise<void>;
  /** The result an earlier run of the same request committed: answered instead of running the work again. */
  replay?: { result: unknown };
  /** The first transaction has recorded (and committed) or replayed: later ones are the request's ordinary work. */
  settled?: boolean;
  recorded?: boolean;
}

/**
 * Whom a transaction's changes are made for (its events name them), and the composed service, whose views show
 * the changed resources in their events. A request's context is one, with its effect when it carries a key.
 */
export interface TransactionScope {
  identity: Identity;
  composition?: Composition;
  effect?: RequestEffect;
}

/**
 * Runs `work` in a transaction (retried on a serialization failure), its events shown as GET answers and written
 * before it commits. A request's or an operation's transaction has a scope; a system one (delivery, claims) has
 * none and writes no published resource. The first transaction of a request with an Idempotency-Key also writes
 * the key (`RequestEffect`).
 */
export function transaction<T>(database: Database, work: (conn: Conn) => Promise<T>): Promise<T>;
export function transaction<T>(database: Database, scope: TransactionScope, work: (conn: Conn) => Promise<T>): Promise<T>;
export async function transaction<T>(
  database: Database,
  scopeOrWork: TransactionScope | ((conn: Conn) => Promise<T>),
  maybeWork?: (conn: Conn) => Promise<T>,
): Promise<T> {
  const [scope, work]: [TransactionScope, (conn: Conn) => Promise<T>] =
    typeof scopeOrWork === 'function' ? [{ identity: NO_IDENTITY }, scopeOrWork] : [scopeOrWork, maybeWork!];
  const effect = scope.effect;
  const keyed = effect && !effect.settled && (effect.record || effect.replay) ? effect : undefined;
  if (keyed?.replay) {
    keyed.settled = true;
    return keyed.replay.result as T;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      const result = await database.transaction(async (trx) => {
        const c: Conn = { db: trx, dialect: database.dialect, events: [], identity: scope.identity, writtenAt: nowIso() };
        const result = await work(c);
        if (c.events!.length > 0) {
          await showEvents(c, scope.composition, c.events!);
          await flushEvents(trx, database.dialect, c.events!);
        }
        if (keyed) await keyed.record!(c, result);
        return result;
      });
      if (keyed) keyed.settled = keyed.recorded = true;
      return result;
    } catch (error) {
      // PostgreSQL may abort one of two transactions that lock the same rows in another order: run it again.
      if (attempt < 5 && isSerializationFailure(error)) continue;
      throw error;
    }
  }
}

/**
 * Runs `work` inside a savepoint of the caller's transaction: an AppError rolls back only its writes (and
 * their queued events) and is returned; anything else propagates.
 */
export async function withSavepoint(c: Conn, name: string, work: () => Promise<void>): Promise<AppError | undefined> {
  const queued = c.events?.length ?? 0;
  await sql`savepoint ${sql.id(name)}`.execute(c.db);
  try {
    await work();
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    await sql`rollback to savepoint ${sql.id(name)}`.execute(c.db);
    c.events?.splice(queued);
    return error;
  }
  await sql`release savepoint ${sql.id(name)}`.execute(c.db);
  return undefined;
}

export function conn(database: Database): Conn {
  return { db: database.db, dialect: database.dialect, read: database.read };
}

async function rowsOf<R>(c: Conn, query: CompiledQuery): Promise<R[]> {
  return c.read ? c.read<R>(query) : (await c.db.executeQuery<R>(query)).rows;
}

/** The shape key and the bound values of a condition list; no key when one is an expression. */
function shapeOf(conditions: Condition[]): { key?: string; values: unknown[] } {
  const values: unknown[] = [];
  const parts: string[] = [];
  for (const condition of conditions) {
    if (typeof condition === 'function') return { values };
    const [column, operator, value] = condition;
    if (Array.isArray(value)) {
      parts.push(`${column} ${operator} ${value.length}`);
      values.push(...value);
    } else {
      parts.push(`${column} ${operator}`);
      values.push(value);
    }
  }
  return { key: parts.join(','), values };
}

/** The rows a read's subqueries read: live, or as they were at its instant. */
const rowSource = (c: Conn): RowSource => (c.asOf ? rowsAt(c.asOf) : liveRows);

/** A query narrowed by the conditions; their subqueries read `rows` (live unless given). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function applyConditions<Q extends { where: (...args: any[]) => Q }>(query: Q, conditions: Condition[], rows: RowSource = liveRows): Q {
  for (const condition of conditions) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    query = typeof condition === 'function' ? query.where((eb: ExpressionBuilder<any, any>) => condition(eb, rows)) : query.where(condition[0], condition[1], condition[2]);
  }
  return query;
}

/** A read compiled once per shape; a read as of an instant binds the instant too, wherever its tables are read. */
function compiledRead(c: Conn, key: string | undefined, parameters: readonly unknown[], build: (c: Conn) => CompiledQuery): CompiledQuery {
  if (!c.asOf) return compiledOnce(key, parameters, () => build(c));
  if (key === undefined) return build(c);
  return compiledOnceAt(`${key} as_of`, parameters, c.asOf, (at) => build({ ...c, asOf: at }));
}

function rowToStored<T>(row: { data: string; version: number }): Stored<T> {
  return { resource: JSON.parse(row.data) as T, version: Number(row.version) };
}

/**
 * What a read of one resource does besides reading: `lock` locks its row for update; `touch` also moves its version
 * (a change to a child it embeds), in the same statement, and answers the moved version.
 */
export interface FindOptions {
  scope?: Record<string, string | number | null>;
  lock?: boolean;
  touch?: boolean;
}

/** One resource of the org, optionally only under a parent (`scope` columns), optionally locked for update. */
export async function findById<T extends { id: string }>(
  c: Conn,
  table: ResourceTable<T>,
  org: string,
  id: string,
  options: FindOptions = {},
): Promise<Stored<T> | undefined> {
  const query = findQuery(c, table.table, org, id, options);
  // A touch writes: never on the direct read path (SQLite's reader is read-only).
  const [row] = options.touch ? (await c.db.executeQuery<{ data: string; version: number }>(query)).rows : await rowsOf<{ data: string; version: number }>(c, query);
  return row ? rowToStored<T>(row) : undefined;
}

// Every GET and every write runs it: one pass over the scope, no intermediate arrays.
function findQuery(
  c: Conn,
  table: ResourceTableName,
  org: string,
  id: string,
  options: FindOptions,
  presentation?: Presentation<never, unknown>,
  asText = false,
): CompiledQuery {
  const { scope = {}, lock = false, touch = false } = options;
  const parameters: unknown[] = [org, id];
  let columns = '';
  for (const column in scope) {
    parameters.push(scope[column]);
    columns += `${column},`;
  }
  if (touch) return touchQuery(c, table, parameters, columns);
  const key = `${c.dialect} find ${table} ${columns} ${lock}${presentation ? ` ${presentation.name}${asText ? ' text' : ''}` : ''}`;
  return compiledRead(c, key, parameters, (c) => {
    let query = (asText ? answerSelect(c, table, presentation!, false) : presentedSelect(c, table, presentation)).where('org', '=', org).where('id', '=', id);
    for (const column in scope) query = query.where(column, '=', scope[column]);
    return (lock && !c.asOf ? forUpdate(c.dialect, query) : query).compile();
  });
}

// The row lock an UPDATE takes is the lock a locking read takes (PostgreSQL's FOR NO KEY UPDATE is all the writers ask).
function touchQuery(c: Conn, table: ResourceTableName, parameters: unknown[], columns: string): CompiledQuery {
  const [org, id, ...scoped] = parameters as [string, string, ...Array<string | number | null>];
  const at = c.writtenAt ?? nowIso();
  // A versioned parent's new state begins at the write's instant (its history trigger keeps the one it ends).
  const versioned = isVersioned(table);
  return compiledOnce(`${c.dialect} find and touch ${table} ${columns}`, [...(versioned ? [at, at] : []), ...parameters], () => {
    let query = resourceDb(c)
      .updateTable(table)
      .set(versioned ? { version: sql`version + 1`, valid_from: startsAt(at) } : { version: sql`version + 1` })
      .where('org', '=', org)
      .where('id', '=', id);
    columns
      .split(',')
      .filter(Boolean)
      .forEach((column, index) => {
        query = query.where(column, '=', scoped[index]);
      });
    return query.returning(['data', 'version']).compile();
  });
}

// ── Answers with embedded children, read by the database in one statement ──────────────────────────

/**
 * A list a resource's answer embeds (a promotion's commitments, a line's promotions with theirs), read in the
 * resource's own statement: the database joins the children's stored documents into one JSON array text, oldest
 * first then by id (as a list orders them). One statement, one round trip, whatever the depth.
 */
export interface Embedding {
  field: string;
  table: TableName;
  /** The child's column that holds its parent's id. */
  parentColumn: string;
  /** Columns that narrow the children to this parent (a commitment's parent_kind). */
  constants?: Record<string, string>;
  /** Only the children whose column is below one of the parent's (a credit limit's earlier changes: seq < version). */
  below?: { column: string; parentColumn: string };
  /** The list's order, where it is not a list's (oldest first, then by id): a credit limit's changes newest first. */
  order?: ReadonlyArray<readonly [column: string, direction: 'asc' | 'desc']>;
  /** The creation column of a table whose rows are never changed once written: its state at T is the rows written by T. */
  appendedBy?: string;
  /** What each child embeds in turn. */
  embeds?: Embedding[];
  /**
   * The stored fields its answer leaves out (its links to its parent), as `present` does: the database drops them
   * from the answer's text. Each is a column of the table too, holding the same value.
   */
  hidden?: readonly string[];
  /** The answer's form of one stored child, given its own embedded lists by field. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  present(stored: any, embedded: Record<string, unknown[]>): unknown;
}

/** How a resource's answer is read: its row, the lists it embeds and further values beside it. */
export interface Presentation<T extends { id: string }, V> {
  /** Distinct per statement shape (it keys the compiled statement). */
  name: string;
  table: ResourceTable<T>;
  embeds: Embedding[];
  /** Scalar subqueries on the table's row, by name (a line's bundle's legacy id), reading other tables from `rows`. */
  columns?: Record<string, (rows: RowSource) => RawBuilder<unknown>>;
  /** The stored fields its answer leaves out, as `present` does (see `Embedding.hidden`). */
  hidden?: readonly string[];
  present(stored: T, embedded: Record<string, unknown[]>, columns: Record<string, unknown>): V;
}

/**
 * An answer as JSON text, built by the database from the stored documents (`present`'s answer, as text: the stored
 * document without its hidden fields, then its columns and embedded lists): sent as it is, nothing parsed nor
 * serialised on the way. With its version (the ETag).
 */
export interface PresentedText {
  text: string;
  version: number;
}

/** An answer's text in a list, with its order key (where the next page starts after). */
export type ListedText = PresentedText & { key: ListKey };

export type PresentedRow = { data: string; version: number } & Record<string, unknown>;

const LIST_ORDER = [['creation_date', 'asc'], ['id', 'asc']] as const;

/** Where an embedded list's children come from (`<table> as <alias> where …`, linked to their parent) and their order. */
function childRows(embedding: Embedding, parent: string, alias: string, rows: RowSource) {
  const column = (name: string) => sql.ref(`${alias}.${name}`);
  const linked = sql`${column('org')} = ${sql.ref(`${parent}.org`)} and ${column(embedding.parentColumn)} = ${sql.ref(`${parent}.id`)}`;
  const bounded = embedding.below ? sql`${linked} and ${column(embedding.below.column)} < ${sql.ref(`${parent}.${embedding.below.parentColumn}`)}` : linked;
  const narrowed = Object.entries(embedding.constants ?? {}).reduce<RawBuilder<unknown>>(
    (condition, [name, value]) => sql`${condition} and ${column(name)} = ${sql.lit(value)}`,
    bounded,
  );
  return {
    from: rows(embedding.table, alias, narrowed, { appendedBy: embedding.appendedBy }),
    order: (embedding.order ?? LIST_ORDER).map(([name, direction]) => sql`${column(name)} ${sql.raw(direction)}`),
  };
}

/** An embedded list as the JSON text `present` reads: each child its stored document, or `[document, its lists…]`. */
function embeddedList(dialect: Dialect, embedding: Embedding, parent: string, depth: number, rows: RowSource): RawBuilder<string> {
  const alias = `embedded_${depth}`;
  const data = sql.ref(`${alias}.data`);
  const element = (embedding.embeds ?? []).reduce<RawBuilder<unknown>>(
    (text, child) => sql`${text} || ',' || ${embeddedList(dialect, child, alias, depth + 1, rows)}`,
    embedding.embeds?.length ? sql`'[' || ${data}` : data,
  );
  const closed = embedding.embeds?.length ? sql`${element} || ']'` : element;
  const { from, order } = childRows(embedding, parent, alias, rows);
  return orderedJsonArray(dialect, closed, from, order);
}

/** Hidden fields with the columns that hold their values. */
const hiddenColumns = (alias: string, hidden: readonly string[] = []) => hidden.map((name) => [name, sql.ref(`${alias}.${name}`)] as const);

/** An embedded list as its answer's JSON text: each child's stored document without its hidden fields, with its own lists. */
export function answerList(dialect: Dialect, embedding: Embedding, parent: string, depth: number, rows: RowSource): RawBuilder<string> {
  const alias = `embedded_${depth}`;
  const lists = (embedding.embeds ?? []).map((child) => [child.field, answerList(dialect, child, alias, depth + 1, rows)] as const);
  const element = presentedDocument(dialect, sql.ref(`${alias}.data`), hiddenColumns(alias, embedding.hidden), lists);
  const { from, order } = childRows(embedding, parent, alias, rows);
  return orderedJsonArray(dialect, element, from, order);
}

/** A resource table to select from: as it is, or (a read `as_of`) as it was then, under its own name. */
function selectTable(c: Conn, table: ResourceTableName) {
  return c.asOf ? resourceDb(c).selectFrom(tableAt(table, c.asOf).as(table) as never as ResourceTableName) : resourceDb(c).selectFrom(table);
}

function presentedSelect(c: Conn, table: ResourceTableName, presentation?: Presentation<never, unknown>) {
  let query = selectTable(c, table).select(['data', 'version']);
  if (!presentation) return query;
  const rows = rowSource(c);
  presentation.embeds.forEach((embedding, index) => {
    query = query.select(embeddedList(c.dialect, embedding, table, 1, rows).as(`list_${index}`) as never);
  });
  for (const [name, expression] of Object.entries(presentation.columns ?? {})) query = query.select(expression(rows).as(name) as never);
  return query;
}

/** The answer's text (`PresentedText`) of each row, with its version and (a list's, `keyed`) its order columns. */
function answerSelect(c: Conn, table: ResourceTableName, presentation: Presentation<never, unknown>, keyed: boolean): ReturnType<typeof presentedSelect> {
  const rows = rowSource(c);
  const fields = [
    ...Object.entries(presentation.columns ?? {}).map(([name, expression]) => [name, jsonScalar(c.dialect, expression(rows))] as const),
    ...presentation.embeds.map((embedding) => [embedding.field, answerList(c.dialect, embedding, table, 1, rows)] as const),
  ];
  const answer = presentedDocument(c.dialect, sql.ref(`${table}.data`), hiddenColumns(table, presentation.hidden), fields);
  return selectTable(c, table).select([answer.as('answer') as never, 'version', ...(keyed ? (['creation_date', 'id'] as const) : [])]) as never;
}

function textOf(row: PresentedRow): PresentedText {
  return { text: row.answer as string, version: Number(row.version) };
}

function listedTextOf(row: PresentedRow): ListedText {
  return { text: row.answer as string, version: Number(row.version), key: [row.creation_date as string, row.id as string] };
}

/** Each element of a freshly parsed list is replaced by its answer, in place (the list is ours alone). */
function presentList(embedding: Embedding, items: unknown[]): unknown[] {
  for (let index = 0; index < items.length; index++) items[index] = presentElement(embedding, items[index]);
  return items;
}

function presentElement(embedding: Embedding, element: unknown): unknown {
  const nested = embedding.embeds;
  if (!nested?.length) return embedding.present(element, {});
  // [stored, list of the first nested embedding, list of the second, …]
  const parts = element as unknown[];
  const embedded: Record<string, unknown[]> = {};
  for (let index = 0; index < nested.length; index++) embedded[nested[index].field] = presentList(nested[index], parts[index + 1] as unknown[]);
  return embedding.present(parts[0], embedded);
}

function presentRow<T extends { id: string }, V>(presentation: Presentation<T, V>, row: PresentedRow, stored?: Stored<T>): Stored<V> {
  const embedded: Record<string, unknown[]> = {};
  const { embeds } = presentation;
  for (let index = 0; index < embeds.length; index++) {
    embedded[embeds[index].field] = presentList(embeds[index], JSON.parse(row[`list_${index}`] as string) as unknown[]);
  }
  const columns: Record<string, unknown> = {};
  for (const name of Object.keys(presentation.columns ?? {})) columns[name] = row[name];
  const resource = stored?.resource ?? (JSON.parse(row.data) as T);
  return { resource: presentation.present(resource, embedded, columns), version: stored?.version ?? Number(row.version) };
}

/** An embedded list as its answer's JSON text, from the database's text of it: an empty list is answered as it is. */
export function embeddedText(embedding: Embedding, text: string): string {
  return text === '[]' ? text : JSON.stringify((JSON.parse(text) as unknown[]).map((element) => presentElement(embedding, element)));
}

/** A presented row's embedded lists, as the database's JSON text of each, by field. */
export function embeddedTexts(presentation: Presentation<never, unknown>, row: PresentedRow): Record<string, string> {
  return Object.fromEntries(presentation.embeds.map((embedding, index) => [embedding.field, row[`list_${index}`] as string]));
}

/**
 * Up to `limit` rows of the org matching the conditions, the first ones or those after `after` on the
 * (creation_date, id) order, with their order columns (`key` of the next call): a walk of the whole list in one
 * statement per step, counting nothing. A streamed export reads this way: each row presented in parts (`'parts'`: the
 * stored document and its embedded lists, as `presentedSelect` reads them) or as its answer's JSON text, written
 * whole by the database as an item GET answers it (`'answer'`).
 */
export async function presentedRowsAfter<T extends { id: string }>(
  c: Conn,
  presentation: Presentation<T, unknown>,
  org: string,
  conditions: Condition[],
  after: ListKey | undefined,
  limit: number,
  form: 'parts' | 'answer' = 'parts',
): Promise<Array<PresentedRow & { key: ListKey }>> {
  const table = presentation.table.table;
  const select = (c: Conn) => (form === 'answer' ? answerSelect(c, table, presentation as never, false) : presentedSelect(c, table, presentation as never));
  return walkStep<PresentedRow>(c, `${table} ${presentation.name} ${form}`, org, conditions, after, limit, select);
}

async function walkStep<R>(
  c: Conn,
  shapeName: string,
  org: string,
  conditions: Condition[],
  after: ListKey | undefined,
  limit: number,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  select: (c: Conn) => any,
): Promise<Array<R & { key: ListKey }>> {
  const shape = shapeOf(conditions);
  const key = shape.key === undefined ? undefined : `${c.dialect} ${shapeName} ${shape.key} walk ${after ? 'after' : 'first'}`;
  const compiled = compiledRead(c, key, [org, ...shape.values, ...(after ?? []), limit], (c) => {
    const query = applyConditions(select(c).select(['creation_date', 'id']).where('org', '=', org), conditions, rowSource(c));
    return (after ? query.where(sql<SqlBool>`(creation_date, id) > (${after[0]}, ${after[1]})`) : query)
      .orderBy('creation_date')
      .orderBy('id')
      .limit(limit)
      .compile();
  });
  const rows = await rowsOf<R & { creation_date: string; id: string }>(c, compiled);
  return rows.map((row) => Object.assign(row, { key: [row.creation_date, row.id] as ListKey }));
}

/** One resource's answer with what it embeds, in one statement; undefined when it is not there (under `scope`). */
export async function findPresented<T extends { id: string }, V>(
  c: Conn,
  presentation: Presentation<T, V>,
  org: string,
  id: string,
  options: { scope?: Record<string, string | number | null> } = {},
): Promise<Stored<V> | undefined> {
  const [row] = await rowsOf<PresentedRow>(c, findQuery(c, presentation.table.table, org, id, options, presentation as never));
  return row ? presentRow(presentation, row) : undefined;
}

/** One resource's answer as text (`PresentedText`), in one statement; undefined when it is not there (under `scope`). */
export async function findPresentedText<T extends { id: string }>(
  c: Conn,
  presentation: Presentation<T, unknown>,
  org: string,
  id: string,
  options: { scope?: Record<string, string | number | null> } = {},
): Promise<PresentedText | undefined> {
  const [row] = await rowsOf<PresentedRow>(c, findQuery(c, presentation.table.table, org, id, options, presentation as never, true));
  return row ? textOf(row) : undefined;
}

/** The answer of a resource the caller already holds (just saved in its transaction): its embedded lists are read. */
export async function presentStored<T extends { id: string }, V>(c: Conn, presentation: Presentation<T, V>, org: string, stored: Stored<T>): Promise<Stored<V>> {
  const [row] = await rowsOf<PresentedRow>(c, findQuery(c, presentation.table.table, org, stored.resource.id, {}, presentation as never));
  if (!row) throw new Error(`${presentation.table.kind} ${stored.resource.id} vanished from its own transaction`);
  return presentRow(presentation, row, stored);
}

/**
 * A child read under its parent chain. No resource a chain names is ever deleted, so a row found under the parent
 * columns proves its parents exist: they are read only when it is missing, to answer the not-found code of the
 * first missing one (API.md 1.1). One query instead of one per level on the common path.
 */
export async function findUnderParents<T extends { id: string }, V = T>(
  c: Conn,
  read: ResourceTable<T> | Presentation<T, V>,
  org: string,
  id: string,
  scope: Record<string, string | number | null>,
  missing: { requireParents: () => Promise<unknown>; notFound: () => AppError },
): Promise<Stored<V>> {
  const found = 'embeds' in read ? await findPresented(c, read, org, id, { scope }) : ((await findById(c, read, org, id, { scope })) as Stored<V> | undefined);
  return found ?? foundParentsOrThrow(missing);
}

/** `findUnderParents` of an answer as JSON text (`findPresentedText`). */
export async function findTextUnderParents<T extends { id: string }>(
  c: Conn,
  presentation: Presentation<T, unknown>,
  org: string,
  id: string,
  scope: Record<string, string | number | null>,
  missing: { requireParents: () => Promise<unknown>; notFound: () => AppError },
): Promise<PresentedText> {
  return (await findPresentedText(c, presentation, org, id, { scope })) ?? foundParentsOrThrow(missing);
}

/** A child missing under its parent chain: the not-found code of the first missing level, else the child's. */
async function foundParentsOrThrow(missing: { requireParents: () => Promise<unknown>; notFound: () => AppError }): Promise<never> {
  await missing.requireParents();
  throw missing.notFound();
}

export function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/** A new resource's row: the envelope plus the table's own filter columns (the bulk seed writes the same rows). */
export function resourceRow<T extends { id: string; creation_date: string }>(
  table: ResourceTable<T>,
  org: string,
  resource: T,
  createHash: string | null,
  writtenAt: string = nowIso(),
): Record<string, string | number | null> {
  return {
    ...(isVersioned(table.table) ? { valid_from: writtenAt } : {}),
    org,
    id: resource.id,
    version: 1,
    creation_date: new Date(resource.creation_date).toISOString(),
    data: JSON.stringify(resource),
    create_hash: createHash,
    ...table.columns(resource),
  };
}

/**
 * Inserts a new resource. An id that already exists answers the stored resource when it was created from the
 * same request (a safe retry), else 409 ALREADY_EXISTS. The insert comes first and the stored row is read only
 * when it did not take: the common case is one statement.
 */
export async function insertResource<T extends { id: string; creation_date: string }>(
  c: Conn,
  table: ResourceTable<T>,
  org: string,
  resource: T,
  requestHash: string,
): Promise<{ stored: Stored<T>; replayed: boolean }> {
  const row = resourceRow(table, org, resource, requestHash, c.writtenAt);
  const columns = Object.keys(row);
  const insert = compiledOnce(`${c.dialect} insert ${table.table} ${columns.join(',')}`, Object.values(row), () =>
    resourceDb(c).insertInto(table.table).values(row).onConflict((conflict) => conflict.doNothing()).compile(),
  );
  const { numAffectedRows } = await c.db.executeQuery(insert);
  if (Number(numAffectedRows) !== 1) {
    const existing = await resourceDb(c)
      .selectFrom(table.table)
      .select(['data', 'version', 'create_hash'])
      .where('org', '=', org)
      .where('id', '=', resource.id)
      .executeTakeFirst();
    if (existing?.create_hash === requestHash) return { stored: rowToStored<T>(existing), replayed: true };
    // Another unique index of the table (not the id) refused the row when none is found.
    throw new AppError('ALREADY_EXISTS', `${table.kind} ${resource.id} already exists${existing ? ' with different data' : ''}`);
  }
  publish(c, table, org, 'CreateEvent', resource, 1);
  return { stored: { resource, version: 1 }, replayed: false };
}

/** Saves a changed resource; the caller holds its row lock (or the SQLite write lock). Returns the new version. */
export async function updateResource<T extends { id: string }>(
  c: Conn,
  table: ResourceTable<T>,
  org: string,
  resource: T,
  version: number,
): Promise<number> {
  const columns = table.columns(resource);
  const previousStatus = isPublished(table.kind) && 'status' in columns ? await currentStatus(c, table, org, resource.id) : undefined;
  const values = { data: JSON.stringify(resource), version: version + 1, ...columns };
  const at = c.writtenAt ?? nowIso();
  // The state it replaces is kept by the table's trigger (migrations/0016_history.ts), ended where this one begins.
  const versioned = isVersioned(table.table);
  const update = compiledOnce(
    `${c.dialect} update ${table.table} ${Object.keys(values).join(',')}`,
    [...Object.values(values), ...(versioned ? [at, at] : []), org, resource.id, version],
    () =>
      resourceDb(c)
        .updateTable(table.table)
        .set(versioned ? { ...values, valid_from: startsAt(at) } : values)
        .where('org', '=', org)
        .where('id', '=', resource.id)
        .where('version', '=', version)
        .compile(),
  );
  const { numAffectedRows } = await c.db.executeQuery(update);
  if (Number(numAffectedRows) !== 1) {
    // Only reachable when a caller saved without its lock: surface it as a retryable conflict, never a lost update.
    throw Object.assign(new Error(`${table.kind} ${resource.id} changed concurrently`), { code: '40001' });
  }
  const status = (resource as { status?: unknown }).status;
  publish(c, table, org, previousStatus !== undefined && previousStatus !== status ? 'StateChangeEvent' : 'AttributeValueChangeEvent', resource, version + 1);
  return version + 1;
}

async function currentStatus<T extends { id: string }>(c: Conn, table: ResourceTable<T>, org: string, id: string): Promise<unknown> {
  const select = compiledOnce(`${c.dialect} status ${table.table}`, [org, id], () =>
    resourceDb(c).selectFrom(table.table).select('status').where('org', '=', org).where('id', '=', id).compile(),
  );
  const [row] = (await c.db.executeQuery<{ status: unknown }>(select)).rows;
  return row?.status;
}

/** Queues the change's event in the transaction's outbox: a published resource is never written without one (a set-based write calls it per change). */
export function publish<T extends { id: string }>(
  c: Conn,
  table: ResourceTable<T>,
  org: string,
  change: 'CreateEvent' | 'AttributeValueChangeEvent' | 'StateChangeEvent',
  resource: T,
  version: number,
): void {
  if (!isPublished(table.kind)) return;
  if (!c.events) throw new Error(`${table.kind} ${resource.id} was written outside a transaction: its event would be lost`);
  const publishedId = table.publishedId?.(resource) ?? resource.id;
  c.events.push(
    pendingEvent(org, table.kind, change, resource, publishedId, version, table.href?.(org, resource) ?? null, c.identity ?? NO_IDENTITY, {
      time: c.writtenAt,
      operationId: c.operationId ?? null,
    }),
  );
}

/**
 * A change to an embedded child changes the parent's representation: its ETag must move too. `by` -1 gives back a
 * move taken with the parent's lock (`FindOptions.touch`) by work that turned out to change nothing, in the same
 * transaction: a trigger (migrations/0018_history_keys.ts) takes the state the move ended back out of the history,
 * and the row resumes it.
 */
export async function touch(c: Conn, table: { table: ResourceTableName }, org: string, id: string, by: 1 | -1 = 1): Promise<void> {
  const at = c.writtenAt ?? nowIso();
  // The parent's version is part of its state: the ETag it had before the child's change is kept too (by the trigger).
  const moves = by === 1 && isVersioned(table.table);
  const compiled = compiledOnce(`${c.dialect} touch ${table.table} ${by}`, [by, ...(moves ? [at, at] : []), org, id], () =>
    resourceDb(c)
      .updateTable(table.table)
      .set((eb) => (moves ? { version: eb('version', '+', by), valid_from: startsAt(at) } : { version: eb('version', '+', by) }))
      .where('org', '=', org)
      .where('id', '=', id)
      .compile(),
  );
  await c.db.executeQuery(compiled);
}

/**
 * A page of the org's resources matching every condition, oldest first, with the total count. A keyset page
 * (`page.after`) starts after its key on the (creation_date, id) order, which every list's index serves, and counts
 * nothing (`total` is NaN): it costs the same at any depth.
 */
export async function listResources<T extends { id: string }>(
  c: Conn,
  table: ResourceTable<T>,
  org: string,
  conditions: Condition[],
  page: Page,
  order: 'asc' | 'desc' = 'asc',
): Promise<{ items: T[]; total: number }> {
  const { rows, total } = await pageRows(c, table.table, org, conditions, page, order);
  return { items: rows.map((row) => JSON.parse(row.data) as T), total };
}

/** A page of answers as text (`PresentedText`) with what they embed, and its total: one statement, the answers built by the database. */
export async function listPresentedTexts<T extends { id: string }>(
  c: Conn,
  presentation: Presentation<T, unknown>,
  org: string,
  conditions: Condition[],
  page: Page,
  order: 'asc' | 'desc' = 'asc',
): Promise<{ items: ListedText[]; total: number }> {
  const { rows, total } = await pageRows(c, presentation.table.table, org, conditions, page, order, presentation as never, true);
  return { items: rows.map(listedTextOf), total };
}

async function pageRows(
  c: Conn,
  table: ResourceTableName,
  org: string,
  conditions: Condition[],
  page: Page,
  order: 'asc' | 'desc',
  presentation?: Presentation<never, unknown>,
  asText = false,
): Promise<{ rows: PresentedRow[]; total: number }> {
  const shape = shapeOf(conditions);
  const key = shape.key === undefined ? undefined : `${c.dialect} ${table} ${shape.key}`;
  const shown = presentation ? ` ${presentation.name}${asText ? ' text' : ''}` : '';
  const rowsSelect = (c: Conn) => (asText ? answerSelect(c, table, presentation!, true) : presentedSelect(c, table, presentation));
  if (page.after) {
    // A keyset page starts after its key on (creation_date, id), which every list's index serves, and counts nothing.
    const [date, id] = page.after;
    const keysetQuery = compiledRead(c, key && `${key} keyset ${order}${shown}`, [org, ...shape.values, date, id, rowsToRead(page)], (c) =>
      applyConditions(rowsSelect(c).where('org', '=', org), conditions, rowSource(c))
        .where(sql<SqlBool>`(creation_date, id) ${sql.raw(order === 'asc' ? '>' : '<')} (${date}, ${id})`)
        .orderBy('creation_date', order)
        .orderBy('id', order)
        .limit(rowsToRead(page))
        .compile(),
    );
    return { rows: await rowsOf<PresentedRow>(c, keysetQuery), total: Number.NaN };
  }
  const count = (c: Conn) =>
    applyConditions(
      selectTable(c, table)
        .select((eb) => eb.fn.countAll().as('total'))
        .where('org', '=', org),
      conditions,
      rowSource(c),
    );
  // The count rides on each row as an uncorrelated subquery, which both databases run once: one statement, one
  // round trip. Its values are bound first (the select list precedes the where clause).
  const pageQuery = compiledRead(c, key && `${key} page ${order}${shown}`, [org, ...shape.values, org, ...shape.values, page.limit, page.offset], (c) =>
    applyConditions(rowsSelect(c).select(count(c).as('page_total') as never).where('org', '=', org), conditions, rowSource(c))
      .orderBy('creation_date', order)
      .orderBy('id', order)
      .limit(page.limit)
      .offset(page.offset)
      .compile(),
  );
  const rows = await rowsOf<PresentedRow & { page_total: number | string }>(c, pageQuery);
  if (rows.length > 0) return { rows, total: Number(rows[0].page_total) };
  // No row to carry the count: none match, or the page starts past the last one.
  if (page.offset === 0) return { rows, total: 0 };
  const countQuery = compiledRead(c, key && `${key} count`, [org, ...shape.values], (c) => count(c).compile());
  const [{ total }] = await rowsOf<{ total: number | string }>(c, countQuery);
  return { rows, total: Number(total) };
}

/**
 * Every resource of the org matching the conditions (for bounded child collections such as a line's devices); given
 * a presentation, their answers with what they embed, in the same one statement.
 */
export async function listAll<T extends { id: string }>(c: Conn, table: ResourceTable<T>, org: string, conditions: Condition[], order?: 'asc' | 'desc'): Promise<T[]>;
export async function listAll<T extends { id: string }, V>(c: Conn, presentation: Presentation<T, V>, org: string, conditions: Condition[], order?: 'asc' | 'desc'): Promise<V[]>;
export async function listAll<T extends { id: string }, V>(
  c: Conn,
  read: ResourceTable<T> | Presentation<T, V>,
  org: string,
  conditions: Condition[],
  order: 'asc' | 'desc' = 'asc',
): Promise<Array<T | V>> {
  const presentation = 'embeds' in read ? read : undefined;
  const table = presentation ? presentation.table.table : (read as ResourceTable<T>).table;
  const shape = shapeOf(conditions);
  const key = shape.key === undefined ? undefined : `${c.dialect} ${table} ${shape.key} all ${order}${presentation ? ` ${presentation.name}` : ''}`;
  const compiled = compiledRead(c, key, [org, ...shape.values], (c) =>
    applyConditions(presentedSelect(c, table, presentation as Presentation<never, unknown> | undefined).where('org', '=', org), conditions, rowSource(c))
      .orderBy('creation_date', order)
      .orderBy('id', order)
      .compile(),
  );
  const rows = await rowsOf<PresentedRow>(c, compiled);
  return presentation ? rows.map((row) => presentRow(presentation, row).resource) : rows.map((row) => JSON.parse(row.data) as T);
}
