import { apiPath } from '../../core/paths.js';

const search = apiPath('/v2/orgs/:org/subscriptions');
const inBundle = apiPath('/v2/orgs/:org/bundles/:bundleId/subscriptions');

/** The subscription's paths, all and of one type: its routes, `href`, Location and its operations' targets are built from these. */
export const subscriptionPaths = {
  search,
  item: search.below('/:subscriptionId'),
  inBundle,
  /** A type's own paths: `…/subscriptions/mobile`, `…/bundles/{bundleId}/subscriptions/mobile`. */
  typed: (segment: string) => ({ search: search.below(`/${segment}`), item: search.below(`/${segment}/:subscriptionId`), inBundle: inBundle.below(`/${segment}`) }),
};
