import type { ResourceFamily } from '../family.js';
import { batchOperationRunners } from './batch.js';
import { operationRoutes } from './routes.js';

/** Asynchronous operations and administration batches. */
export const operationsFamily: ResourceFamily = {
  name: 'operations',
  routes: operationRoutes,
  operationRunners: batchOperationRunners,
};
