// Preloaded into a PostgreSQL server under benchmark (`node --import`): counts the queries the process sends (each
// one a round trip to PostgreSQL) and answers the count over the IPC channel the runner opened.
import { createRequire } from 'node:module';
import path from 'node:path';

// The server's own `pg` (its checkout's node_modules), not this file's.
const pg = createRequire(path.join(process.cwd(), 'package.json'))('pg');
let queries = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function countedQuery(...args) {
  queries++;
  return query.apply(this, args);
};
process.on('message', (message) => {
  if (message === 'queries') process.send?.({ queries });
});
process.channel?.unref();
