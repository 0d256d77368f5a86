import { eventView, type ResourceFamily } from '../family.js';
import { bundlesTable } from './schema.js';
import { requireBundle } from './service.js';
import { bundleRoutes } from './routes.js';

/** Bundles: a customer's group of lines. */
export const bundlesFamily: ResourceFamily = {
  name: 'bundles',
  routes: bundleRoutes,
  eventView: eventView(bundlesTable, (c, context, bundle) => requireBundle(c, context.org, bundle.id)),
};
