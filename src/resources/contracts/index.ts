import type { ResourceFamily } from '../family.js';
import { contractRoutes } from './routes.js';

/** Contracts of a line. */
export const contractsFamily: ResourceFamily = {
  name: 'contracts',
  routes: contractRoutes,
};
