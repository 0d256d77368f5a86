import { apiPath } from '../../core/paths.js';

const collection = apiPath('/v2/orgs/:org/operations');

/** The operation's paths: its routes, a batch's `href` and every 202's Location are built from these. */
export const operationPaths = { collection, item: collection.below('/:operationId') };
