import { eventView, type ResourceFamily } from '../family.js';
import { representOne, requireSubscription, subscriptionsTable } from './service.js';
import { subscriptionRoutes } from './routes.js';
import { subscriptionOperationHandlers } from './service.js';

/** Subscriptions: the typed lines; they embed and cascade to what other families lend them. */
export const subscriptionsFamily: ResourceFamily = {
  name: 'subscriptions',
  routes: subscriptionRoutes,
  operationHandlers: subscriptionOperationHandlers,
  eventView: eventView(subscriptionsTable, async (c, context, line) => representOne(c, context, await requireSubscription(c, context.org, line.id))),
};
