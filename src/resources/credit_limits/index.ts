import type { ResourceFamily } from '../family.js';
import { creditLimitRoutes } from './routes.js';

/** Credit limits of MOBILE and LANDLINE lines. */
export const creditLimitsFamily: ResourceFamily = {
  name: 'credit_limits',
  routes: creditLimitRoutes,
};
