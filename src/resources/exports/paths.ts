import { apiPath } from '../../core/paths.js';

export const exportPaths = {
  subscriptions: apiPath('/v2/orgs/:org/exports/subscriptions'),
};
