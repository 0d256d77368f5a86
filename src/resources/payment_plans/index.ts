import type { ResourceFamily } from '../family.js';
import { paymentPlanRoutes } from './routes.js';

/** Payment plans of financed devices. */
export const paymentPlansFamily: ResourceFamily = {
  name: 'payment_plans',
  routes: paymentPlanRoutes,
};
