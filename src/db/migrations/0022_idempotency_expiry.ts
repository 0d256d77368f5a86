import { createIndex, type Migration } from './helpers.js';

/** Expired Idempotency-Keys are swept org by org: each org's expired keys are one index range, not a scan. */
export const idempotencyExpiry: Migration = {
  async up(context) {
    await createIndex(context, 'idempotency_keys', ['expires_at']);
  },
};
