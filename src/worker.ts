import pino from 'pino';
import { ConfigError, loadConfig, loggerOptions } from './config.js';
import { OperationsWorker } from './core/operations.js';
import { DatabaseUnavailableError, openDatabase } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { EventDelivery } from './resources/events/delivery.js';
import { ExpiredKeySweep } from './http/idempotency-expiry.js';
import { compose, operationWorkOf } from './resources/family.js';
import { families } from './resources/index.js';

/** The operations worker alone (`npm run worker`), for deployments that scale workers apart from API nodes. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = pino(loggerOptions(config));
  const database = await openDatabase(config.database);
  await migrateToLatest(database);
  const composition = compose(families, config);
  const worker = new OperationsWorker(database, log, {
    ...operationWorkOf(families),
    composition,
    leaseSeconds: config.operationLeaseSeconds,
    concurrency: config.operationsConcurrency,
  });
  worker.start();
  const delivery = new EventDelivery(database, log, config, composition);
  delivery.start();
  const keyExpiry = new ExpiredKeySweep(database).loop(log);
  keyExpiry.start();
  log.info({ dialect: database.dialect }, 'operations worker, event delivery and idempotency key expiry started');
  const stop = async () => {
    await Promise.all([worker.stop(), delivery.stop(), keyExpiry.stop()]);
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  // The worker's timers are unref'd: keep the process alive until a signal.
  setInterval(() => undefined, 1 << 30);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof DatabaseUnavailableError;
  console.error(`inventory worker: ${known ? '' : 'failed to start: '}${(error as Error).message ?? error}`);
  process.exit(1);
});
