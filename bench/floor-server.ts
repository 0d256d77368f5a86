import SqliteDatabase from 'better-sqlite3';
import Fastify from 'fastify';
import pg from 'pg';
import { SCENARIOS, type Floor } from './scenarios.js';

/**
 * The minimal-route floor: a Fastify route that reads what a read scenario answers with one prepared statement
 * (better-sqlite3, read-only connection with the service's settings; on PostgreSQL one named prepared statement on
 * a pool of the service's size) and sends the stored JSON as it is. No validation, no embedding, no plugins: what
 * the service spends beyond it is its own machinery. Run by the runner as a child process:
 * `floor-server.ts <database url>`; it reports its port over IPC.
 */

const [databaseUrl] = process.argv.slice(2);
type Run = (floor: Floor, values: unknown[]) => Promise<string[]>;

function sqliteRunner(file: string): Run {
  const db = new SqliteDatabase(file, { readonly: true });
  db.pragma('synchronous = NORMAL');
  db.pragma('cache_size = -4000');
  const statements = new Map<Floor, SqliteDatabase.Statement>();
  return async (floor, values) => {
    let statement = statements.get(floor);
    if (!statement) {
      statement = db.prepare(floor.sql).pluck();
      statements.set(floor, statement);
    }
    return statement.all(values) as string[];
  };
}

function postgresRunner(url: string): Run {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const texts = new Map<Floor, { name: string; text: string }>();
  return async (floor, values) => {
    let named = texts.get(floor);
    if (!named) {
      let n = 0;
      named = { name: `floor_${texts.size}`, text: floor.sql.replace(/\?/g, () => `$${++n}`) };
      texts.set(floor, named);
    }
    const result = await pool.query({ ...named, values, rowMode: 'array' });
    return result.rows.map((row: unknown[]) => row[0] as string);
  };
}

const run = databaseUrl.startsWith('sqlite:') ? sqliteRunner(databaseUrl.slice('sqlite:'.length)) : postgresRunner(databaseUrl);
const app = Fastify({ logger: false });
for (const scenario of SCENARIOS) {
  const floor = scenario.floor;
  if (!floor) continue;
  app.get(floor.route, async (request, reply) => {
    const rows = await run(floor, floor.values(request.params as Record<string, string>, request.query as Record<string, string>));
    reply.header('content-type', 'application/json; charset=utf-8');
    if (floor.many) return reply.send(`{"items":[${rows.join(',')}]}`);
    if (rows.length === 0) return reply.status(404).send('{"code":"NOT_FOUND"}');
    return reply.send(rows[0]);
  });
}
process.on('disconnect', () => process.exit(0));
app.listen({ port: 0, host: '127.0.0.1' }).then(() => {
  const address = app.server.address();
  process.send?.({ type: 'listening', port: typeof address === 'object' && address ? address.port : 0 });
});
