import { createIndex, type Migration } from './helpers.js';

/**
 * Administration batches (API.md 12.1). An upload streams its checked lines into `batch_lines` in chunks while it
 * is still being read, under a `batch_uploads` row; acceptance (the operation's enqueue) deletes that row in the
 * same transaction, so a row left behind marks an upload that died half-way and whose lines may be purged. Each
 * line's outcome is written in the transaction that applies it.
 */
export const batches: Migration = {
  async up(context) {
    const { db, types } = context;

    await db.schema
      .createTable('batch_uploads')
      .addColumn('org', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('creation_date', types.timestamp, (c) => c.notNull())
      .addPrimaryKeyConstraint('batch_uploads_pk', ['org', 'id'])
      .execute();
    await createIndex(context, 'batch_uploads', ['creation_date']);

    await db.schema
      .createTable('batch_lines')
      .addColumn('org', 'text', (c) => c.notNull())
      .addColumn('batch_id', 'text', (c) => c.notNull())
      // The data line's rank in the file (1…n): the order of execution and the worker's cursor.
      .addColumn('seq', 'integer', (c) => c.notNull())
      // The file's line number where the record starts (the header is line 1).
      .addColumn('line', 'integer', (c) => c.notNull())
      .addColumn('operation', 'text', (c) => c.notNull())
      .addColumn('subscription_id', 'text', (c) => c.notNull())
      .addColumn('resource_id', 'text')
      .addColumn('reason', 'text')
      .addColumn('value', 'text')
      .addColumn('date', 'text')
      .addColumn('outcome', 'text')
      .addColumn('error_code', 'text')
      .addColumn('error_message', 'text')
      .addPrimaryKeyConstraint('batch_lines_pk', ['org', 'batch_id', 'seq'])
      .execute();
    // GET …/results?outcome=…
    await createIndex(context, 'batch_lines', ['batch_id', 'outcome', 'seq']);
  },
};
