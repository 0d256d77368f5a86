import { createIndex, createResourceTable, type Migration } from './helpers.js';

/** Credit limits: one row per subscription and kind (id `<subscriptionId>:<kind>`) with its history inside. */
export const creditLimits: Migration = {
  async up(context) {
    await createResourceTable(context, 'credit_limits', [['subscription_id', 'text', 'not null']]);
    await createIndex(context, 'credit_limits', ['subscription_id', 'creation_date', 'id']);
  },
};
