import type { ResourceFamily } from '../family.js';
import { eventRoutes } from './routes.js';

/** The event feed and webhook registrations. */
export const eventsFamily: ResourceFamily = {
  name: 'events',
  routes: eventRoutes,
};
