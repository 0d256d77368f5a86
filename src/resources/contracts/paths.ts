import { apiPath } from '../../core/paths.js';

const collection = apiPath('/v2/orgs/:org/subscriptions/:subscriptionId/contracts');

/** The contract's paths: its routes, `href` and Location are all built from these. */
export const contractPaths = { collection, item: collection.below('/:contractId') };
