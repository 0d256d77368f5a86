import { apiPath } from '../../core/paths.js';

const collection = apiPath('/v2/orgs/:org/subscriptions/:subscriptionId/devices');

/** The device's paths: its routes, `href` and Location are all built from these. */
export const devicePaths = { lookup: apiPath('/v2/orgs/:org/devices'), collection, item: collection.below('/:deviceId') };
