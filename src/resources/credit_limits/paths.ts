import { apiPath } from '../../core/paths.js';

const collection = apiPath('/v2/orgs/:org/subscriptions/:subscriptionId/credit_limits');

/** The credit limits' paths: their routes, `href` and Location are all built from these. */
export const creditLimitPaths = { collection, item: collection.below('/:creditLimitId') };
