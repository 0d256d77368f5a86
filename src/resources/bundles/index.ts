import type { ResourceFamily } from '../family.js';
import { bundleRoutes } from './routes.js';

/** Bundles: a customer's group of lines. */
export const bundlesFamily: ResourceFamily = {
  name: 'bundles',
  routes: bundleRoutes,
};
