import { eventView, type ResourceFamily } from '../family.js';
import { creditLimitsTable } from './schema.js';
import { completeCreditLimitEvents, getCreditLimit } from './service.js';
import { creditLimitRoutes } from './routes.js';

/** Credit limits of MOBILE and LANDLINE lines. */
export const creditLimitsFamily: ResourceFamily = {
  name: 'credit_limits',
  routes: creditLimitRoutes,
  // Each event stores the limit's row at its change (a batch that sets it several times shows each value), not its
  // history, which the event gets from the change rows when it is read: a change costs the same whatever the history.
  eventView: eventView(creditLimitsTable, (c, context, limit) => getCreditLimit(c, context.org, limit.subscription_id, limit.credit_limit_id), (limit) => limit, completeCreditLimitEvents),
};
