import { eventView, type ResourceFamily } from '../family.js';
import { subscriptionRoutes } from './routes.js';
import { getSubscription, subscriptionOperationHandlers, subscriptionsTable } from './service.js';

/** Subscriptions: the typed lines; they embed and cascade to what other families lend them. */
export const subscriptionsFamily: ResourceFamily = {
  name: 'subscriptions',
  routes: subscriptionRoutes,
  operationHandlers: subscriptionOperationHandlers,
  eventView: eventView(subscriptionsTable, (c, context, line) => getSubscription(c, context, line.id)),
};
