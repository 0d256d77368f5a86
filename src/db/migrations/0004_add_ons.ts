import { createIndex, createResourceTable, type Migration } from './helpers.js';

/** A subscription's add-ons (value-added services). */
export const addOns: Migration = {
  async up(context) {
    await createResourceTable(context, 'add_ons', [
      ['subscription_id', 'text', 'not null'],
      ['status', 'text', 'not null'],
      ['legacy_id', 'bigint'],
      ['activation_date', 'timestamp'],
    ]);
    await createIndex(context, 'add_ons', ['subscription_id', 'creation_date', 'id']);
    await createIndex(context, 'add_ons', ['subscription_id', 'legacy_id']);
    await createIndex(context, 'add_ons', ['subscription_id', 'activation_date']);
  },
};
