import { apiPath } from '../../core/paths.js';

const collection = apiPath('/v2/orgs/:org/subscriptions/:subscriptionId/add_ons');

/** The add-on's paths: its routes, `href`, Location and its operations' targets are all built from these. */
export const addOnPaths = { collection, item: collection.below('/:addonId') };
