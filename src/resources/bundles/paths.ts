import { apiPath } from '../../core/paths.js';

const collection = apiPath('/v2/orgs/:org/bundles');

/** The bundle's paths: its routes, `href` and Location are all built from these. */
export const bundlePaths = { collection, item: collection.below('/:bundleId') };
