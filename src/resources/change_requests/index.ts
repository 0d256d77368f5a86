import { eventView, type ResourceFamily } from '../family.js';
import { changeRequestsTable } from './schema.js';
import { getChangeRequest } from './service.js';
import { changeRequestRoutes } from './routes.js';
import { changeRequestOperationHandlers } from './service.js';

/** Change requests: tariff changes of a bundle's line. */
export const changeRequestsFamily: ResourceFamily = {
  name: 'change_requests',
  routes: changeRequestRoutes,
  operationHandlers: changeRequestOperationHandlers,
  eventView: eventView(changeRequestsTable, (c, context, request) => getChangeRequest(c, context.org, request.subscription_id, request.id)),
};
