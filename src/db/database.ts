import fs from 'node:fs';
import path from 'node:path';
// Types only: each driver is loaded when its dialect is opened, so a start does not pay for the other one.
import type SqliteDatabase from 'better-sqlite3';
import type pg from 'pg';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  SqliteQueryCompiler,
  type DatabaseConnection,
  type Driver,
  type LimitNode,
  type OffsetNode,
  type QueryCompiler,
  type Transaction,
} from 'kysely';
import type { DatabaseConfig } from '../config.js';
import { statementName } from './compiled.js';
import type { Tables } from './tables.js';

/**
 * The only module that knows SQLite from PostgreSQL.
 * Everything above it speaks one contract: timestamps are ISO-8601 UTC strings with milliseconds,
 * integers are JS numbers, booleans are stored as 0/1, JSON documents are text.
 */
export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Tables>;
export type Tx = Transaction<Tables> | Kysely<Tables>;

export interface Database {
  db: Db;
  dialect: Dialect;
  /**
   * Runs a compiled read outside any transaction, without the query builder's connection queue: on SQLite on a
   * second, read-only connection (committed data only, never waiting behind a writer's transaction), on
   * PostgreSQL straight on the pool.
   */
  read<R>(query: CompiledQuery): Promise<R[]>;
  /**
   * Runs `work` in a transaction and settles only once it is committed (or rolled back). On PostgreSQL each call
   * is its own transaction on the pool. On SQLite the calls that wait for the single writer at the same moment
   * share one BEGIN … COMMIT (group commit), each inside its own savepoint:
   * - a call that throws rolls back its own savepoint only, and the others still commit;
   * - every call settles after the shared COMMIT, so a success means committed under the configured `synchronous`;
   * - if the shared transaction itself fails (the COMMIT, or an error that makes SQLite abort the whole
   *   transaction), every call of the group gets that error;
   * - `work` may open its own savepoints (they nest inside its member savepoint) but must close each before it
   *   returns or throws; one left open is released or rolled back with the member;
   * - the group runs its calls one after the other on the one connection: `work` should not await anything
   *   but its statements (the writer is held meanwhile, as it was without grouping), and must never call
   *   `transaction` again nor use the outer `db` (both would wait for the group it is part of).
   */
  transaction<T>(work: (trx: Tx) => Promise<T>): Promise<T>;
  /**
   * Marks the org's key as held by a request of this process until `release`, or answers undefined when a live
   * request holds it. The mark dies with its process, never by a timeout: on PostgreSQL it is a row lock of a
   * transaction left open on a connection of its own (a dead process loses its connection, and the server drops
   * the lock with it); on SQLite, whose file one process owns, it is that process's memory.
   */
  claimRunning(org: string, key: string): Promise<RunningClaim | undefined>;
  /**
   * Runs `work`'s reads on one consistent snapshot, however long it takes, without holding up writers: on
   * PostgreSQL a REPEATABLE READ, READ ONLY transaction; on SQLite a read transaction on a connection of its own
   * (WAL keeps its snapshot while writers commit). An in-memory SQLite database has no second connection: there
   * `work` reads the one connection outside a transaction.
   */
  snapshot<T>(work: (db: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface RunningClaim {
  release(): Promise<void>;
}

/** Serialises writers in one SQLite file across processes: a deferred BEGIN could fail to upgrade its lock. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/**
 * SQLite (3.47 and later, built with STAT4 as better-sqlite3 is) reads a bare bound LIMIT or OFFSET while it plans,
 * and then prepares the whole statement again each time a value is bound to it: for a page of lines with its
 * embedded children, most of the statement's cost. `? + 0` is the same value, known only when it runs.
 */
class SqliteRuntimeLimitCompiler extends SqliteQueryCompiler {
  protected override visitLimit(node: LimitNode): void {
    super.visitLimit(node);
    this.append(' + 0');
  }
  protected override visitOffset(node: OffsetNode): void {
    super.visitOffset(node);
    this.append(' + 0');
  }
}

class RuntimeLimitSqliteDialect extends SqliteDialect {
  override createQueryCompiler(): QueryCompiler {
    return new SqliteRuntimeLimitCompiler();
  }
}

class ImmediateSqliteDialect extends RuntimeLimitSqliteDialect {
  constructor(private readonly sqliteConfig: ConstructorParameters<typeof SqliteDialect>[0]) {
    super(sqliteConfig);
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.sqliteConfig);
  }
}

/** better-sqlite3 prepares on every call; caching prepared statements by SQL text saves most of a query's cost. */
function statementCache(database: SqliteDatabase.Database): (source: string) => SqliteDatabase.Statement {
  const cache = new Map<string, SqliteDatabase.Statement>();
  return (source) => {
    let statement = cache.get(source);
    if (!statement) {
      statement = database.prepare(source);
      if (cache.size > 2000) cache.clear();
      cache.set(source, statement);
    }
    return statement;
  };
}

function withStatementCache(database: SqliteDatabase.Database): SqliteDatabase.Database {
  const prepare = statementCache(database);
  return new Proxy(database, {
    get(target, property, receiver) {
      if (property === 'prepare') return prepare;
      const value = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

function openSqlite(Sqlite: typeof SqliteDatabase, file: string, options: SqliteDatabase.Options = {}): SqliteDatabase.Database {
  const raw = new Sqlite(file, options);
  if (!options.readonly) {
    raw.pragma('journal_mode = WAL');
    // A checkpoint every 10,000 pages of WAL (~40 MB) instead of 1,000: each copies a page changed by many commits
    // once, and fsyncs twice; a child's PATCH with its history rows cost 49 µs of checkpoints against 18 without them.
    raw.pragma('wal_autocheckpoint = 10000');
    // A group commit's savepoints keep the pages they change in a journal that spills to a temporary file past
    // 64 KiB (open, write, unlink); the writer's transactions are bounded, so it stays in memory. Readers keep files
    // for their sorts.
    raw.pragma('temp_store = MEMORY');
  }
  raw.pragma('synchronous = NORMAL');
  // better-sqlite3 builds SQLite with a 16 MB page cache per connection, and there are two (writer, reader): the
  // operating system's page cache already holds the file, so 4 MB each keeps the hot pages for ~20 MB less RSS.
  raw.pragma('cache_size = -4000');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  return raw;
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;

function postgresTypes(pgTypes: typeof pg.types): { getTypeParser: typeof pg.types.getTypeParser } {
  const parseTimestamp = pgTypes.getTypeParser(PG_TIMESTAMPTZ) as (value: string) => Date;
  const custom = new Map<number, (value: string) => unknown>([
    [PG_INT8, (value) => Number(value)],
    [PG_NUMERIC, (value) => Number(value)],
    [PG_TIMESTAMPTZ, (value) => parseTimestamp(value).toISOString()],
    [PG_TIMESTAMP, (value) => parseTimestamp(`${value}Z`).toISOString()],
  ]);
  return {
    getTypeParser: ((oid: number, format?: string) =>
      custom.get(oid) ?? pgTypes.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
  };
}

interface GroupMember {
  work: (trx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** The member savepoint's name: distinct from any savepoint a member's own work opens. */
const MEMBER = CompiledQuery.raw('savepoint group_commit_member');
const RELEASE_MEMBER = CompiledQuery.raw('release savepoint group_commit_member');
const ROLLBACK_MEMBER = CompiledQuery.raw('rollback to savepoint group_commit_member');
/** Bounds the wait of a group's first caller behind the others. */
const MAX_GROUP = 64;

/**
 * SQLite group commit (see `Database.transaction`). better-sqlite3 is synchronous, so a transaction runs from
 * BEGIN to COMMIT without ever yielding to the event loop: callers would never meet in a queue. The group
 * therefore starts in the event loop's check phase (`setImmediate`), after the I/O callbacks of the current
 * iteration: every request whose bytes arrived in this iteration and reached `transaction` joins it. The
 * added wait is the rest of one loop iteration.
 */
function groupCommit(db: Db, raw: SqliteDatabase.Database, afterCommit: () => void): Database['transaction'] {
  const waiting: GroupMember[] = [];
  let scheduled = false;

  async function runGroup(group: GroupMember[]): Promise<void> {
    if (group.length === 1) {
      const [member] = group;
      await db.transaction().execute(member.work).then(
        (value) => {
          afterCommit();
          member.resolve(value);
        },
        member.reject,
      );
      return;
    }
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    try {
      await db.transaction().execute(async (trx) => {
        for (const member of group) {
          await trx.executeQuery(MEMBER);
          try {
            outcomes.push({ ok: true, value: await member.work(trx) });
            await trx.executeQuery(RELEASE_MEMBER);
          } catch (error) {
            // Some errors (disk full, I/O) make SQLite roll the whole transaction back: the group fails with it.
            if (!raw.inTransaction) throw error;
            outcomes.push({ ok: false, error });
            await trx.executeQuery(ROLLBACK_MEMBER);
            await trx.executeQuery(RELEASE_MEMBER);
          }
        }
      });
    } catch (error) {
      for (const member of group) member.reject(error);
      return;
    }
    afterCommit();
    group.forEach((member, index) => {
      const outcome = outcomes[index];
      if (outcome.ok) member.resolve(outcome.value);
      else member.reject(outcome.error);
    });
  }

  // Callers that arrive while a group runs (when a member awaits something other than its statements) form the next.
  async function drain(): Promise<void> {
    while (waiting.length > 0) await runGroup(waiting.splice(0, MAX_GROUP));
    scheduled = false;
  }

  return <T>(work: (trx: Tx) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (scheduled) return;
      scheduled = true;
      setImmediate(() => void drain());
    });
}

/**
 * The reader's snapshot: the reads of one event-loop turn share one read transaction (a request's reads all run in
 * the turn its bytes arrived in, better-sqlite3 being synchronous), instead of one implicit transaction per
 * statement. It ends at the end of the turn, and as soon as the writer commits, so a read that starts after a
 * commit always sees it.
 */
function readSnapshot(reader: SqliteDatabase.Database): { enter(): void; end(): void } {
  const begin = reader.prepare('begin');
  const commit = reader.prepare('commit');
  const end = () => {
    if (reader.inTransaction) commit.run();
  };
  return {
    enter() {
      if (reader.inTransaction) return;
      begin.run();
      setImmediate(end);
    },
    end,
  };
}

/**
 * PostgreSQL parses and plans a named statement once per connection: every statement the code compiles once
 * (src/db/compiled.ts) runs by its name, on every client of the pool, whether Kysely or `read` sends it.
 */
function nameStatements(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  // Kysely calls query(text, values); the pool's own query (`read`) calls query(text, values, callback).
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values, ...rest] = args;
    const name = typeof text === 'string' && typeof values !== 'function' ? statementName(text) : undefined;
    return name === undefined ? query(...args) : query({ name, text, values }, ...rest);
  };
}

export class DatabaseUnavailableError extends Error {}

/** One process owns a SQLite file: its running keys are a set in its memory, empty again after a restart. */
function processClaims(): Database['claimRunning'] {
  const running = new Set<string>();
  return async (org, key) => {
    const name = `${org}\u0000${key}`;
    if (running.has(name)) return undefined;
    running.add(name);
    return { release: async () => void running.delete(name) };
  };
}

const LOCK_NOT_AVAILABLE = '55P03';

/**
 * PostgreSQL (and CockroachDB, YugabyteDB): the claim row, committed once, then locked FOR UPDATE NOWAIT by a
 * transaction that stays open on its own connection while the request runs. Another node's probe fails at once
 * while the lock is held; when the holder's process dies, its connection closes and the lock goes with it. The
 * release deletes the row and commits, so the table holds only the keys of running (or crashed) requests.
 */
function connectionClaims(pool: pg.Pool): Database['claimRunning'] {
  return async (org, key) => {
    const client = await pool.connect();
    try {
      // Bounded: a row deleted by its releasing holder between the insert and the lock is inserted again.
      for (let attempt = 0; attempt < 10; attempt++) {
        await client.query('insert into idempotency_claims (org, key) values ($1, $2) on conflict do nothing', [org, key]);
        await client.query('begin');
        let locked: pg.QueryResult;
        try {
          locked = await client.query('select 1 from idempotency_claims where org = $1 and key = $2 for update nowait', [org, key]);
        } catch (error) {
          if ((error as { code?: string }).code !== LOCK_NOT_AVAILABLE) throw error;
          await client.query('rollback');
          client.release();
          return undefined;
        }
        if (locked.rowCount === 1) {
          return {
            release: async () => {
              try {
                await client.query('delete from idempotency_claims where org = $1 and key = $2', [org, key]);
                await client.query('commit');
                client.release();
              } catch (error) {
                // A broken connection is closed rather than reused: the server drops its lock with it.
                client.release(error as Error);
              }
            },
          };
        }
        await client.query('rollback');
      }
      throw new Error(`could not lock the idempotency claim of key ${key}`);
    } catch (error) {
      client.release(error as Error);
      throw error;
    }
  };
}

/**
 * The SQLite file's folder, created when missing, must be writable by this process (the file, its -wal and -shm
 * live there): otherwise one line names the folder and the user it needs, instead of "unable to open database file".
 */
function ensureWritableFolder(folder: string): void {
  const who = process.getuid ? `uid ${process.getuid()}${process.getgid ? ` (gid ${process.getgid()})` : ''}` : 'this user';
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK | fs.constants.X_OK);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new DatabaseUnavailableError(
      `the SQLite data folder ${folder} is not writable by ${who} (${reason}): give that user write access to it (e.g. chown ${process.getuid?.() ?? '<uid>'} ${folder}), or set DATABASE_URL elsewhere`,
    );
  }
}

export async function openDatabase(config: DatabaseConfig, options: { poolSize?: number } = {}): Promise<Database> {
  if (config.dialect === 'sqlite') {
    if (config.file !== ':memory:') ensureWritableFolder(path.dirname(config.file));
    const { default: Sqlite } = await import('better-sqlite3');
    const raw = openSqlite(Sqlite, config.file);
    const db: Db = new Kysely({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(raw) }) });
    const claimRunning = processClaims();
    // An in-memory database is private to its connection: its reads queue behind the writer like any query.
    if (config.file === ':memory:') {
      const transaction = groupCommit(db, raw, () => undefined);
      return { db, dialect: 'sqlite', read: async (query) => (await db.executeQuery(query)).rows as never[], transaction, claimRunning, snapshot: (work) => work(db), close: () => db.destroy() };
    }
    const file = config.file;
    const reader = openSqlite(Sqlite, config.file, { readonly: true });
    const snapshot = readSnapshot(reader);
    const prepare = statementCache(reader);
    return {
      db,
      dialect: 'sqlite',
      read: async (query) => {
        snapshot.enter();
        return prepare(query.sql).all(query.parameters) as never[];
      },
      transaction: groupCommit(db, raw, snapshot.end),
      claimRunning,
      snapshot: async (work) => {
        // A walk runs one statement per chunk: prepared once (an export of 1M lines prepared it 2,000 times, 1 % of its CPU).
        const own: Db = new Kysely({ dialect: new RuntimeLimitSqliteDialect({ database: withStatementCache(openSqlite(Sqlite, file, { readonly: true })) }) });
        try {
          return await own.transaction().execute(work);
        } finally {
          await own.destroy();
        }
      },
      close: async () => {
        snapshot.end();
        reader.close();
        await db.destroy();
      },
    };
  }
  const { default: pgDriver } = await import('pg');
  const pool = new pgDriver.Pool({
    connectionString: config.url,
    max: options.poolSize ?? 10,
    types: postgresTypes(pgDriver.types),
    connectionTimeoutMillis: 5000,
  });
  // An idle client that loses its server must not crash the process: the next query reports it.
  pool.on('error', () => undefined);
  pool.on('connect', nameStatements);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new DatabaseUnavailableError(`cannot connect to PostgreSQL: ${(error as Error).message}`);
  }
  const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  // Running keys hold their connection for the whole request: a pool of their own never starves the queries'.
  const claimPool = new pgDriver.Pool({ connectionString: config.url, max: 2 * (options.poolSize ?? 10), connectionTimeoutMillis: 30_000 });
  claimPool.on('error', () => undefined);
  return {
    db,
    dialect: 'postgres',
    read: async (query) => (await pool.query(query.sql, query.parameters as unknown[])).rows,
    transaction: (work) => db.transaction().execute(work),
    claimRunning: connectionClaims(claimPool),
    snapshot: (work) => db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(work),
    close: async () => {
      await claimPool.end();
      await db.destroy();
    },
  };
}

/** SQL column types that differ between the dialects, for migrations. */
export function columnTypes(dialect: Dialect) {
  return {
    timestamp: dialect === 'postgres' ? ('timestamptz' as const) : ('text' as const),
    bigint: dialect === 'postgres' ? ('bigint' as const) : ('integer' as const),
    json: 'text' as const,
  };
}

/**
 * Row locking for read-modify-write: PostgreSQL locks the row; SQLite already holds the database's
 * single write lock for the whole (immediate) transaction, and has no FOR UPDATE.
 */
export function forUpdate<Q extends { forUpdate(): Q }>(dialect: Dialect, query: Q): Q {
  return dialect === 'postgres' ? query.forUpdate() : query;
}

/**
 * Whether a write transaction holds the whole database's writer, so that every other write waits for its end
 * (SQLite); on PostgreSQL it holds only the rows it locked.
 */
export function holdsTheWriter(dialect: Dialect): boolean {
  return dialect === 'sqlite';
}

export function forUpdateSkipLocked<Q extends { forUpdate(): Q; skipLocked(): Q }>(dialect: Dialect, query: Q): Q {
  return dialect === 'postgres' ? query.forUpdate().skipLocked() : query;
}

/** True when the error is a unique-constraint violation on either database. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** True when PostgreSQL aborted a transaction to resolve a conflict; the transaction may simply be run again. */
export function isSerializationFailure(error: unknown): boolean {
  const code = (error as { code?: string })?.code;
  return code === '40001' || code === '40P01' || code === 'SQLITE_BUSY';
}
