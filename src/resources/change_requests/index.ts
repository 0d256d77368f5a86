import type { ResourceFamily } from '../family.js';
import { changeRequestRoutes } from './routes.js';
import { changeRequestOperationHandlers } from './service.js';

/** Change requests: tariff changes of a bundle's line. */
export const changeRequestsFamily: ResourceFamily = {
  name: 'change_requests',
  routes: changeRequestRoutes,
  operationHandlers: changeRequestOperationHandlers,
};
