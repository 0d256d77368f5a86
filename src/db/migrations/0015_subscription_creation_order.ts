import { createIndex, type Migration } from './helpers.js';

/**
 * An export walks an org's lines by (creation_date, id) in keyset chunks, with no other filter: each chunk must
 * start where the last one ended instead of sorting the org again (API.md 17.3).
 */
export const subscriptionCreationOrder: Migration = {
  async up(context) {
    await createIndex(context, 'subscriptions', ['creation_date', 'id']);
  },
};
