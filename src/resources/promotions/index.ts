import { eventView, type ResourceFamily } from '../family.js';
import { promotionsTable } from './schema.js';
import { promotionRoutes } from './routes.js';
import { endPromotionsOfAddOn, getPromotion, promotionCascade, promotionChild, promotionCommitmentParent, promotionOperationHandlers } from './service.js';

/** Promotions: embedded in a line, hold commitments, end with their line or their add-on. */
export const promotionsFamily: ResourceFamily = {
  name: 'promotions',
  routes: promotionRoutes,
  subscriptionChild: promotionChild,
  subscriptionCascade: promotionCascade,
  commitmentParent: promotionCommitmentParent,
  addOnDeactivationHook: endPromotionsOfAddOn,
  operationHandlers: promotionOperationHandlers,
  eventView: eventView(promotionsTable, (c, context, promotion) => getPromotion(c, context.org, promotion.subscription_id, promotion.id)),
};
