import type { ResourceFamily } from '../family.js';
import { exportRoutes } from './routes.js';

/** The inventory streamed out (API.md 17.3). */
export const exportsFamily: ResourceFamily = {
  name: 'exports',
  routes: exportRoutes,
};
