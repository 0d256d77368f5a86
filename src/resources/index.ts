import type { FastifyPluginAsync } from 'fastify';
import type { OperationWork } from '../core/operations.js';
import { addOnRoutes } from './add_ons/routes.js';
import { addOnOperationHandlers } from './add_ons/service.js';
import { bundleRoutes } from './bundles/routes.js';
import { changeRequestRoutes } from './change_requests/routes.js';
import { changeRequestOperationHandlers } from './change_requests/service.js';
import { commitmentRoutes } from './commitments/routes.js';
import { commitmentOperationHandlers } from './commitments/service.js';
import { contractRoutes } from './contracts/routes.js';
import { creditLimitRoutes } from './credit_limits/routes.js';
import { deviceRoutes } from './devices/routes.js';
import { eventRoutes } from './events/routes.js';
import { batchOperationRunners } from './operations/batch.js';
import { operationRoutes } from './operations/routes.js';
import { paymentPlanRoutes } from './payment_plans/routes.js';
import { promotionRoutes } from './promotions/routes.js';
import { promotionOperationHandlers } from './promotions/service.js';
import { subscriptionRoutes } from './subscriptions/routes.js';
import { subscriptionOperationHandlers } from './subscriptions/service.js';

/**
 * Every resource family's routes. Importing a family also registers its subscription children and cascades, so
 * the API and a lone worker (`npm run worker`) know the same rules.
 */
export const resourceRoutes = [
  bundleRoutes,
  subscriptionRoutes,
  promotionRoutes,
  commitmentRoutes,
  deviceRoutes,
  addOnRoutes,
  contractRoutes,
  creditLimitRoutes,
  changeRequestRoutes,
  paymentPlanRoutes,
  operationRoutes,
  eventRoutes,
] as FastifyPluginAsync[];

/** The work behind every family's 202 endpoints and scheduled transitions: what the API's worker and a lone worker run. */
export const operationWork: OperationWork = {
  handlers: {
    ...subscriptionOperationHandlers,
    ...promotionOperationHandlers,
    ...commitmentOperationHandlers,
    ...addOnOperationHandlers,
    ...changeRequestOperationHandlers,
  },
  runners: batchOperationRunners,
};
