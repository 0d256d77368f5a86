import type { FastifyPluginAsync } from 'fastify';
import { addOnRoutes } from './add_ons/routes.js';
import { bundleRoutes } from './bundles/routes.js';
import { changeRequestRoutes } from './change_requests/routes.js';
import { commitmentRoutes } from './commitments/routes.js';
import { contractRoutes } from './contracts/routes.js';
import { creditLimitRoutes } from './credit_limits/routes.js';
import { deviceRoutes } from './devices/routes.js';
import { eventRoutes } from './events/routes.js';
import { operationRoutes } from './operations/routes.js';
import { paymentPlanRoutes } from './payment_plans/routes.js';
import { promotionRoutes } from './promotions/routes.js';
import { subscriptionRoutes } from './subscriptions/routes.js';

/**
 * Every resource family's routes. Importing a family also registers its operation handlers, subscription
 * children and cascades, so the API and a lone worker (`npm run worker`) know the same work.
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
