import { createIndex, createResourceTable, type Migration } from './helpers.js';

/** A subscription's contracts: links to its signed documents in the documents service. */
export const contracts: Migration = {
  async up(context) {
    await createResourceTable(context, 'contracts', [['subscription_id', 'text', 'not null']]);
    await createIndex(context, 'contracts', ['subscription_id', 'creation_date', 'id']);
  },
};
