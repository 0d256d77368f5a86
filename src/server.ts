import type { AddressInfo } from 'node:net';
import { buildApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { DatabaseUnavailableError, openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { families } from './resources/index.js';

/** Reads the configuration, migrates, listens; shuts down gracefully on SIGINT/SIGTERM. */
async function main(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(config.database);
  await migrateToLatest(database);
  const app = await buildApp({ config, database, families });
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
  app.log.info({ dialect: database.dialect, listening: `${address}:${port}`, docs: `${config.publicUrl ?? `http://localhost:${port}`}/docs` }, 'subscriptions inventory ready');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    console.error(`inventory: ${error.message}`);
  } else {
    console.error(`inventory: failed to start: ${(error as Error).message ?? error}`);
  }
  process.exit(1);
});
