import type { ResourceFamily } from '../family.js';
import { commitmentRoutes } from './routes.js';
import { commitmentCascade, commitmentOperationHandlers } from './service.js';

/** Commitments: held by promotions and devices; a line's active ones end with it. */
export const commitmentsFamily: ResourceFamily = {
  name: 'commitments',
  routes: commitmentRoutes,
  subscriptionCascade: commitmentCascade,
  operationHandlers: commitmentOperationHandlers,
};
