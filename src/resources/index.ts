import { addOnsFamily } from './add_ons/index.js';
import { bundlesFamily } from './bundles/index.js';
import { changeRequestsFamily } from './change_requests/index.js';
import { commitmentsFamily } from './commitments/index.js';
import { contractsFamily } from './contracts/index.js';
import { creditLimitsFamily } from './credit_limits/index.js';
import { devicesFamily } from './devices/index.js';
import { eventsFamily } from './events/index.js';
import { exportsFamily } from './exports/index.js';
import type { ResourceFamily } from './family.js';
import { operationsFamily } from './operations/index.js';
import { paymentPlansFamily } from './payment_plans/index.js';
import { promotionsFamily } from './promotions/index.js';
import { subscriptionsFamily } from './subscriptions/index.js';

/**
 * The service, family by family. The order is the order of the routes and of what families lend a line: its
 * answers embed add-ons, devices and promotions, and when it ends its add-ons end first (their linked promotions
 * with them), then its commitments, then its remaining promotions. server.ts and worker.ts pass this list, with the
 * configuration, to buildApp and to the operations worker.
 */
export const families: ResourceFamily[] = [
  bundlesFamily,
  subscriptionsFamily,
  addOnsFamily,
  commitmentsFamily,
  devicesFamily,
  promotionsFamily,
  contractsFamily,
  creditLimitsFamily,
  changeRequestsFamily,
  paymentPlansFamily,
  operationsFamily,
  eventsFamily,
  exportsFamily,
];
