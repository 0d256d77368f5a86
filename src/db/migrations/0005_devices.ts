import { createIndex, createResourceTable, type Migration } from './helpers.js';

/**
 * A subscription's devices; MAC addresses are indexed in canonical form (12 or 16 lowercase hex digits). The
 * org-wide lookups (D1) answer newest first straight from their index.
 */
export const devices: Migration = {
  async up(context) {
    await createResourceTable(context, 'devices', [
      ['subscription_id', 'text', 'not null'],
      ['mac_address', 'text'],
      ['serial_number', 'text'],
      ['legacy_id', 'bigint'],
    ]);
    await createIndex(context, 'devices', ['subscription_id', 'creation_date', 'id']);
    await createIndex(context, 'devices', ['mac_address', 'creation_date', 'id']);
    await createIndex(context, 'devices', ['serial_number', 'creation_date', 'id']);
  },
};
