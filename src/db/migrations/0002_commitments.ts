import { createIndex, createResourceTable, type Migration } from './helpers.js';

/** Commitments of promotions and devices: one row each, embedded in the parent on read. */
export const commitments: Migration = {
  async up(context) {
    await createResourceTable(context, 'commitments', [
      ['parent_kind', 'text', 'not null'],
      ['parent_id', 'text', 'not null'],
      ['subscription_id', 'text', 'not null'],
      ['status', 'text', 'not null'],
      ['expiration_date', 'timestamp'],
    ]);
    await createIndex(context, 'commitments', ['parent_kind', 'parent_id', 'creation_date', 'id']);
    await createIndex(context, 'commitments', ['subscription_id', 'status']);
  },
};
