import { createIndex, createResourceTable, type Migration } from './helpers.js';

/** The instalment plans of FINANCED devices: listed per device, and at most one ACTIVE per device. */
export const paymentPlans: Migration = {
  async up(context) {
    await createResourceTable(context, 'payment_plans', [
      ['subscription_id', 'text', 'not null'],
      ['device_id', 'text', 'not null'],
      ['status', 'text', 'not null'],
    ]);
    await createIndex(context, 'payment_plans', ['device_id', 'creation_date', 'id']);
    await createIndex(context, 'payment_plans', ['device_id', 'status']);
  },
};
