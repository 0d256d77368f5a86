import { createIndex, createResourceTable, type Migration } from './helpers.js';

/** A subscription's promotions; every list (the line's, an add-on's, a device's) and filter has its index. */
export const promotions: Migration = {
  async up(context) {
    await createResourceTable(context, 'promotions', [
      ['subscription_id', 'text', 'not null'],
      ['status', 'text', 'not null'],
      ['activation_date', 'timestamp'],
      ['expiration_date', 'timestamp'],
      ['add_on_id', 'text'],
      ['device_id', 'text'],
    ]);
    await createIndex(context, 'promotions', ['subscription_id', 'creation_date', 'id']);
    await createIndex(context, 'promotions', ['subscription_id', 'status']);
    await createIndex(context, 'promotions', ['subscription_id', 'activation_date']);
    await createIndex(context, 'promotions', ['subscription_id', 'expiration_date']);
    await createIndex(context, 'promotions', ['subscription_id', 'add_on_id', 'creation_date', 'id']);
    await createIndex(context, 'promotions', ['subscription_id', 'device_id', 'creation_date', 'id']);
  },
};
