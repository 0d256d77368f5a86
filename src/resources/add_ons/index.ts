import { eventView, type ResourceFamily } from '../family.js';
import { addOnsTable } from './schema.js';
import { getAddOn } from './service.js';
import { addOnRoutes } from './routes.js';
import { addOnCascade, addOnChild, addOnOperationHandlers } from './service.js';

/** Add-ons: embedded in a line, end with it. */
export const addOnsFamily: ResourceFamily = {
  name: 'add_ons',
  routes: addOnRoutes,
  subscriptionChild: addOnChild,
  subscriptionCascade: addOnCascade,
  operationHandlers: addOnOperationHandlers,
  eventView: eventView(addOnsTable, (c, context, addOn) => getAddOn(c, context.org, addOn.subscription_id, addOn.id)),
};
