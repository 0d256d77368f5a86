import { apiPath } from '../../core/paths.js';

const collection = apiPath('/v2/orgs/:org/subscriptions/:subscriptionId/change_requests');

/** The change request's paths: its routes, `href` and Location are all built from these. */
export const changeRequestPaths = { collection, item: collection.below('/:changeRequestId') };
