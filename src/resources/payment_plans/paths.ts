import { apiPath } from '../../core/paths.js';

const collection = apiPath('/v2/orgs/:org/subscriptions/:subscriptionId/devices/:deviceId/payment_plans');

/** The payment plan's paths: its routes, `href` and Location are all built from these. */
export const paymentPlanPaths = { collection, item: collection.below('/:paymentPlanId') };
