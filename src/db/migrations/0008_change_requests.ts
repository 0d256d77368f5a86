import { createIndex, createResourceTable, type Migration } from './helpers.js';

/** Change requests of a subscription; the tariff is the bundle's, so pending ones are also found by bundle. */
export const changeRequests: Migration = {
  async up(context) {
    await createResourceTable(context, 'change_requests', [
      ['subscription_id', 'text', 'not null'],
      ['bundle_id', 'text', 'not null'],
      ['type', 'text', 'not null'],
      ['status', 'text', 'not null'],
      ['date_scheduled', 'timestamp', 'not null'],
    ]);
    await createIndex(context, 'change_requests', ['subscription_id', 'creation_date', 'id']);
    await createIndex(context, 'change_requests', ['subscription_id', 'status', 'creation_date']);
    await createIndex(context, 'change_requests', ['subscription_id', 'type', 'creation_date']);
    await createIndex(context, 'change_requests', ['subscription_id', 'date_scheduled']);
    // The one-pending-tariff-change-per-bundle check reads only live requests.
    await createIndex(context, 'change_requests', ['bundle_id', 'type'], { where: "status in ('REQUESTED', 'IN_PROGRESS')" });
  },
};
