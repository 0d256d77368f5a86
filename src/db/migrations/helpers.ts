import { sql, type CreateTableBuilder } from 'kysely';
import { columnTypes, type Db, type Dialect } from '../database.js';

export interface MigrationContext {
  db: Db;
  dialect: Dialect;
  types: ReturnType<typeof columnTypes>;
}

export interface Migration {
  up(context: MigrationContext): Promise<void>;
}

type Column = [name: string, type: 'text' | 'integer' | 'timestamp' | 'bigint', notNull?: 'not null'];

/**
 * A resource table of the generic store: the tenant, the id, the optimistic version and the whole
 * representation as a JSON document, plus the columns its lists filter and order on.
 * The primary key starts with `org`, the tenant fence and the distribution key.
 */
export async function createResourceTable(context: MigrationContext, name: string, columns: Column[]): Promise<void> {
  const { db, types } = context;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let table: CreateTableBuilder<any, any> = db.schema
    .createTable(name)
    .addColumn('org', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('creation_date', types.timestamp, (c) => c.notNull())
    .addColumn('data', types.json, (c) => c.notNull())
    // A hash of the create request, so a retried create is told apart from a conflicting one.
    .addColumn('create_hash', 'text');
  for (const [column, type, notNull] of columns) {
    const sqlType = type === 'timestamp' ? types.timestamp : type === 'bigint' ? types.bigint : type;
    table = table.addColumn(column, sqlType, (c) => (notNull ? c.notNull() : c));
  }
  await table.addPrimaryKeyConstraint(`${name}_pk`, ['org', 'id']).execute();
}

/** Every index starts with `org`. */
export async function createIndex(
  context: MigrationContext,
  table: string,
  columns: string[],
  options: { unique?: boolean; where?: string } = {},
): Promise<void> {
  const name = `${table}_${columns.join('_')}_idx`;
  let builder = context.db.schema.createIndex(name).on(table).columns(['org', ...columns]);
  if (options.unique) builder = builder.unique();
  if (options.where) {
    builder = builder.where(sql.raw<boolean>(options.where));
  }
  await builder.execute();
}
