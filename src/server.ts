import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { buildApp } from './app.js';
import { ConfigError, loadConfig, loggerOptions } from './config.js';
import { DatabaseUnavailableError, openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { families } from './resources/index.js';

/** Milliseconds since `from`, rounded: each start-up phase logs its own time. */
const since = (from: number) => Math.round(performance.now() - from);

/** Reads the configuration, migrates, listens, logging one line per phase; shuts down gracefully on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  let phase = performance.now();
  const config = loadConfig();
  const log = pino(loggerOptions(config));
  // Modules loaded before main() ran are part of the configuration phase: the process's own clock says how long.
  log.info({ ms: Math.round(performance.now()), port: config.port, dialect: config.database.dialect, worker: config.worker }, 'configuration read');
  phase = performance.now();
  const database = await openDatabase(config.database);
  log.info({ ms: since(phase), dialect: database.dialect }, 'database opened');
  phase = performance.now();
  await migrateToLatest(database);
  log.info({ ms: since(phase) }, 'migrations applied');
  phase = performance.now();
  const app = await buildApp({ config, database, families, log });
  let closing = false;
  const close = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));
  await app.listen({ port: config.port, host: config.host });
  const { address, port } = app.server.address() as AddressInfo;
  app.log.info(
    { ms: since(phase), startupMs: Math.round(performance.now()), dialect: database.dialect, listening: `${address}:${port}`, docs: `${config.publicUrl ?? `http://localhost:${port}`}/docs` },
    'subscriptions inventory ready',
  );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    console.error(`inventory: ${error.message}`);
  } else {
    console.error(`inventory: failed to start: ${(error as Error).message ?? error}`);
  }
  process.exit(1);
});
