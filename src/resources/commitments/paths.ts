import { apiPath } from '../../core/paths.js';

/** A commitment's path, through its parent: its routes and `href` are built from these. */
export const commitmentPaths = {
  PROMOTION: apiPath('/v2/orgs/:org/subscriptions/:subscriptionId/promotions/:promotionId/commitments/:commitmentId'),
  DEVICE: apiPath('/v2/orgs/:org/subscriptions/:subscriptionId/devices/:deviceId/commitments/:commitmentId'),
};
