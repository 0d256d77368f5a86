import { Migrator, type Migration as KyselyMigration } from 'kysely';
import { columnTypes, type Database } from './database.js';
import { migrations } from './migrations/index.js';

/** Brings the schema to head; safe to run from several processes at once (Kysely takes its own lock table). */
export async function migrateToLatest(database: Database): Promise<void> {
  const types = columnTypes(database.dialect);
  const provided: Record<string, KyselyMigration> = {};
  for (const [name, migration] of Object.entries(migrations)) {
    // The migrator runs each migration in its own transaction: use that, never the outer handle.
    provided[name] = { up: (db) => migration.up({ db, dialect: database.dialect, types }) };
  }
  const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => provided } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? error}`);
  }
}

/** True when every known migration has been applied (readiness). */
export async function migrationsApplied(database: Database): Promise<boolean> {
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => Object.fromEntries(Object.keys(migrations).map((name) => [name, { up: async () => undefined }])) },
  });
  const applied = await migrator.getMigrations();
  return applied.every((migration) => migration.executedAt !== undefined);
}
