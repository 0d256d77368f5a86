import type { Migration } from './helpers.js';

/**
 * Idempotency inside the request's transaction (API.md 1.8). `idempotency_keys.effect` is what the request's
 * transaction produced, written in that transaction: a retry after a crash between commit and answer rebuilds
 * the answer from it. `idempotency_claims` holds one row per key while a request with that key runs: on
 * PostgreSQL the running request keeps it locked in an open transaction, so the mark dies with its connection.
 */
export const idempotencyInTransaction: Migration = {
  async up({ db, types }) {
    await db.schema.alterTable('idempotency_keys').addColumn('effect', types.json).execute();
    await db.schema
      .createTable('idempotency_claims')
      .addColumn('org', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_claims_pk', ['org', 'key'])
      .execute();
  },
};
