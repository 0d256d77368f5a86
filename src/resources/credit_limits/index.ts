import { eventView, type ResourceFamily } from '../family.js';
import { creditLimitsTable, publicCreditLimit } from './schema.js';
import { getCreditLimit } from './service.js';
import { creditLimitRoutes } from './routes.js';

/** Credit limits of MOBILE and LANDLINE lines. */
export const creditLimitsFamily: ResourceFamily = {
  name: 'credit_limits',
  routes: creditLimitRoutes,
  // A limit's answer is its stored document made public: a batch that sets it several times shows each value.
  eventView: eventView(creditLimitsTable, (c, context, limit) => getCreditLimit(c, context.org, limit.subscription_id, limit.credit_limit_id), publicCreditLimit),
};
