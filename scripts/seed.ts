import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { BENCH_ORG, seedLine } from '../bench/dataset.js';
import { parseDatabaseUrl, type DatabaseConfig } from '../src/config.js';
import { operationsTable } from '../src/core/operations.js';
import { resourceRow } from '../src/core/store.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { addOnsTable } from '../src/resources/add_ons/schema.js';
import { bundlesTable } from '../src/resources/bundles/schema.js';
import { commitmentsTable } from '../src/resources/commitments/schema.js';
import { devicesTable } from '../src/resources/devices/schema.js';
import { promotionsTable } from '../src/resources/promotions/schema.js';
import { subscriptionsTable } from '../src/resources/subscriptions/service.js';
import { typeSpec } from '../src/resources/subscriptions/types.js';

/**
 * `npm run seed -- --subscriptions 1000000`: a realistic inventory written straight in the store's row format
 * (bundles of three typed lines, each with 2 promotions, 1 device, 1 add-on, their commitments, status history,
 * identifiers and the scheduled expirations), in large multi-row inserts inside transactions. Seeding an org
 * that already holds N seeded lines adds lines N… up to the total asked, so a benchmark grows its data in tiers.
 * A bulk load publishes no events: it is history, not change.
 */

type Row = Record<string, string | number | null>;

const TABLES = ['bundles', 'subscriptions', 'subscription_identifiers', 'status_history', 'promotions', 'devices', 'add_ons', 'commitments', 'operations'] as const;
type TableName = (typeof TABLES)[number];
type Batch = Record<TableName, Row[]>;

const emptyBatch = (): Batch => Object.fromEntries(TABLES.map((table) => [table, []])) as unknown as Batch;


function addLine(batch: Batch, org: string, index: number, nowMs: number): void {
  const line = seedLine(org, index, nowMs);
  if (line.bundle) batch.bundles.push(resourceRow(bundlesTable as never, org, line.bundle as never, null));
  batch.subscriptions.push(resourceRow(subscriptionsTable as never, org, line.subscription as never, null));
  for (const [name, identifier] of Object.entries(typeSpec(line.subscription.type).identifiers)) {
    const value = identifier.of(line.subscription.specific_data);
    if (value !== null) batch.subscription_identifiers.push({ org, name, value, subscription_id: line.subscription.id });
  }
  for (const [kind, id, entries] of line.history) {
    entries.forEach((entry, position) => batch.status_history.push({ org, resource_kind: kind, resource_id: id, seq: position + 1, data: JSON.stringify(entry) }));
  }
  for (const promotion of line.promotions) batch.promotions.push(resourceRow(promotionsTable as never, org, promotion as never, null));
  batch.devices.push(resourceRow(devicesTable as never, org, line.device as never, null));
  batch.add_ons.push(resourceRow(addOnsTable as never, org, line.addOn as never, null));
  for (const commitment of line.commitments) batch.commitments.push(resourceRow(commitmentsTable as never, org, commitment as never, null));
  for (const operation of line.operations) batch.operations.push(resourceRow(operationsTable as never, org, operation as never, null));
}

interface BulkWriter {
  /** Lines of the org already seeded. */
  existing(org: string): Promise<number>;
  /** Drops the secondary indexes of the seeded tables (a bulk load then builds each once, sorted) and returns their DDL. */
  dropIndexes(): Promise<string[]>;
  write(batch: Batch): Promise<void>;
  /** Recreates the dropped indexes, exactly as the migrations declared them. */
  finish(indexes: string[]): Promise<void>;
}

/** SQLite: one prepared multi-row INSERT per table and chunk size, the whole batch in one transaction. */
function sqliteWriter(file: string): BulkWriter {
  const db = new SqliteDatabase(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  db.pragma('temp_store = MEMORY');
  const statements = new Map<string, SqliteDatabase.Statement>();
  const insert = (table: string, columns: string[], rows: Row[]) => {
    const perStatement = Math.max(1, Math.min(500, Math.floor(32_000 / columns.length)));
    for (let start = 0; start < rows.length; start += perStatement) {
      const chunk = rows.slice(start, start + perStatement);
      const key = `${table}:${chunk.length}`;
      let statement = statements.get(key);
      if (!statement) {
        const tuple = `(${columns.map(() => '?').join(', ')})`;
        statement = db.prepare(`insert into ${table} (${columns.join(', ')}) values ${Array(chunk.length).fill(tuple).join(', ')}`);
        statements.set(key, statement);
      }
      statement.run(chunk.flatMap((row) => columns.map((column) => row[column])));
    }
  };
  const writeAll = db.transaction((batch: Batch) => {
    for (const table of TABLES) if (batch[table].length > 0) insert(table, Object.keys(batch[table][0]), batch[table]);
  });
  return {
    async existing(org) {
      return Number((db.prepare('select count(*) as n from subscriptions where org = ?').get(org) as { n: number }).n);
    },
    async dropIndexes() {
      const indexes = db
        .prepare(`select name, sql from sqlite_master where type = 'index' and sql is not null and tbl_name in (${TABLES.map(() => '?').join(', ')})`)
        .all(...TABLES) as Array<{ name: string; sql: string }>;
      for (const index of indexes) db.exec(`drop index ${index.name}`);
      return indexes.map((index) => index.sql);
    },
    async write(batch) {
      writeAll(batch);
    },
    async finish(indexes) {
      for (const ddl of indexes) db.exec(ddl);
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}

/** PostgreSQL: one INSERT … SELECT FROM json_populate_recordset($1) per table: one JSON parameter, parsed natively on both sides. */
async function postgresWriter(url: string): Promise<BulkWriter> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('set synchronous_commit = off');
  return {
    async existing(org) {
      const result = await client.query<{ n: string }>('select count(*) as n from subscriptions where org = $1', [org]);
      return Number(result.rows[0].n);
    },
    async write(batch) {
      await client.query('begin');
      try {
        for (const table of TABLES) {
          const tableRows = batch[table];
          if (tableRows.length === 0) continue;
          const columns = Object.keys(tableRows[0]).join(', ');
          await client.query(`insert into ${table} (${columns}) select ${columns} from json_populate_recordset(null::${table}, $1)`, [JSON.stringify(tableRows)]);
        }
        await client.query('commit');
      } catch (error) {
        await client.query('rollback');
        throw error;
      }
    },
    async dropIndexes() {
      const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
        `select i.indexname, i.indexdef from pg_indexes i
          where i.schemaname = current_schema() and i.tablename = any($1)
            and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
        [TABLES],
      );
      for (const index of indexes) await client.query(`drop index ${index.indexname}`);
      return indexes.map((index) => index.indexdef);
    },
    async finish(indexes) {
      await client.query('set maintenance_work_mem = \'512MB\'');
      for (const ddl of indexes) await client.query(ddl);
      await client.query('analyze');
      await client.end();
    },
  };
}

export interface SeedOptions {
  database: DatabaseConfig;
  /** The total number of lines the org should hold. */
  subscriptions: number;
  org?: string;
  /** Lines per transaction. */
  batch?: number;
  /** Report progress on stderr. */
  progress?: boolean;
}

function progressReporter(total: number, from: number): (done: number) => void {
  const started = Date.now();
  const interactive = process.stderr.isTTY;
  let lastDecile = -1;
  return (done) => {
    const fraction = total === from ? 1 : (done - from) / (total - from);
    const seconds = (Date.now() - started) / 1000;
    const rate = (done - from) / Math.max(seconds, 0.001);
    const eta = rate > 0 ? (total - done) / rate : 0;
    const width = 30;
    const bar = '#'.repeat(Math.round(fraction * width)).padEnd(width, '.');
    const text = `seed [${bar}] ${(fraction * 100).toFixed(0).padStart(3)}% ${done}/${total} lines ${Math.round(rate)}/s ETA ${eta.toFixed(0)}s`;
    if (interactive) process.stderr.write(`\r${text}${done >= total ? '\n' : ''}`);
    else if (Math.floor(fraction * 10) > lastDecile) {
      lastDecile = Math.floor(fraction * 10);
      process.stderr.write(`${text}\n`);
    }
  };
}

/** Grows the org to `subscriptions` lines; returns how many were added and how long it took. */
export async function seed(options: SeedOptions): Promise<{ from: number; to: number; seconds: number }> {
  const org = options.org ?? BENCH_ORG;
  const database = await openDatabase(options.database);
  try {
    await migrateToLatest(database);
  } finally {
    await database.close();
  }
  const writer = options.database.dialect === 'sqlite' ? sqliteWriter(options.database.file) : await postgresWriter(options.database.url);
  const started = Date.now();
  const from = await writer.existing(org);
  const to = Math.max(from, options.subscriptions);
  const perBatch = options.batch ?? 500;
  const report = options.progress ? progressReporter(to, from) : () => undefined;
  const nowMs = Date.now();
  // Rebuilding an index costs about what the lines already there cost to read: worth it for a large load only.
  const indexes = to - from >= from && to - from >= 50_000 ? await writer.dropIndexes() : [];
  try {
    let pending: Promise<void> = Promise.resolve();
    for (let start = from; start < to; start += perBatch) {
      const batch = emptyBatch();
      const end = Math.min(to, start + perBatch);
      for (let index = start; index < end; index++) addLine(batch, org, index, nowMs);
      // The next batch is built while the database writes this one; a signal is handled between batches.
      await pending;
      await new Promise((resolve) => setImmediate(resolve));
      report(start);
      pending = writer.write(batch);
    }
    await pending;
    report(to);
  } finally {
    await writer.finish(indexes);
  }
  return { from, to, seconds: (Date.now() - started) / 1000 };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      subscriptions: { type: 'string', default: '10000' },
      'database-url': { type: 'string' },
      org: { type: 'string', default: BENCH_ORG },
      batch: { type: 'string', default: '500' },
    },
  });
  const subscriptions = Number(values.subscriptions);
  const batch = Number(values.batch);
  if (!Number.isInteger(subscriptions) || subscriptions < 1) throw new Error(`--subscriptions must be a positive integer, got ${values.subscriptions}`);
  if (!Number.isInteger(batch) || batch < 1) throw new Error(`--batch must be a positive integer, got ${values.batch}`);
  const database = parseDatabaseUrl(values['database-url'] ?? process.env.DATABASE_URL);
  const result = await seed({ database, subscriptions, org: values.org, batch, progress: true });
  console.log(
    result.to === result.from
      ? `org ${values.org} already holds ${result.from} lines`
      : `seeded lines ${result.from}…${result.to - 1} of org ${values.org} (${database.dialect}) in ${result.seconds.toFixed(1)} s`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(`seed: ${(error as Error).message ?? error}`);
    process.exit(1);
  });
}
