import type { Migration } from './helpers.js';

/**
 * Every promotion query names its line, and a line holds a handful of promotions: the one
 * `(org, subscription_id, creation_date, id)` index serves every filter and order of the line's lists. The other
 * five cost every write of a promotion and saved no read (bench/README.md, POST a promotion).
 */
export const promotionIndexes: Migration = {
  async up({ db }) {
    for (const columns of ['status', 'activation_date', 'expiration_date', 'add_on_id_creation_date_id', 'device_id_creation_date_id']) {
      await db.schema.dropIndex(`promotions_subscription_id_${columns}_idx`).execute();
    }
  },
};
