import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type Transaction,
} from 'kysely';
import type { DatabaseConfig } from '../config.js';
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
  close(): Promise<void>;
}

/** Serialises writers in one SQLite file across processes: a deferred BEGIN could fail to upgrade its lock. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
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

function openSqlite(file: string, options: SqliteDatabase.Options = {}): SqliteDatabase.Database {
  const raw = new SqliteDatabase(file, options);
  if (!options.readonly) raw.pragma('journal_mode = WAL');
  raw.pragma('synchronous = NORMAL');
  raw.pragma('foreign_keys = ON');
  raw.pragma('busy_timeout = 5000');
  return raw;
}

const PG_INT8 = 20;
const PG_NUMERIC = 1700;
const PG_TIMESTAMPTZ = 1184;
const PG_TIMESTAMP = 1114;

function postgresTypes(): { getTypeParser: typeof pg.types.getTypeParser } {
  const parseTimestamp = pg.types.getTypeParser(PG_TIMESTAMPTZ) as (value: string) => Date;
  const custom = new Map<number, (value: string) => unknown>([
    [PG_INT8, (value) => Number(value)],
    [PG_NUMERIC, (value) => Number(value)],
    [PG_TIMESTAMPTZ, (value) => parseTimestamp(value).toISOString()],
    [PG_TIMESTAMP, (value) => parseTimestamp(`${value}Z`).toISOString()],
  ]);
  return {
    getTypeParser: ((oid: number, format?: string) =>
      custom.get(oid) ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
  };
}

export class DatabaseUnavailableError extends Error {}

export async function openDatabase(config: DatabaseConfig, options: { poolSize?: number } = {}): Promise<Database> {
  if (config.dialect === 'sqlite') {
    if (config.file !== ':memory:') fs.mkdirSync(path.dirname(config.file), { recursive: true });
    const raw = openSqlite(config.file);
    const db: Db = new Kysely({ dialect: new ImmediateSqliteDialect({ database: withStatementCache(raw) }) });
    // An in-memory database is private to its connection: its reads queue behind the writer like any query.
    if (config.file === ':memory:') {
      return { db, dialect: 'sqlite', read: async (query) => (await db.executeQuery(query)).rows as never[], close: () => db.destroy() };
    }
    const reader = openSqlite(config.file, { readonly: true });
    const prepare = statementCache(reader);
    return {
      db,
      dialect: 'sqlite',
      read: async (query) => prepare(query.sql).all(query.parameters) as never[],
      close: async () => {
        reader.close();
        await db.destroy();
      },
    };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: options.poolSize ?? 10,
    types: postgresTypes(),
    connectionTimeoutMillis: 5000,
  });
  // An idle client that loses its server must not crash the process: the next query reports it.
  pool.on('error', () => undefined);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw new DatabaseUnavailableError(`cannot connect to PostgreSQL: ${(error as Error).message}`);
  }
  const db: Db = new Kysely({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    read: async (query) => (await pool.query(query.sql, query.parameters as unknown[])).rows,
    close: () => db.destroy(),
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
