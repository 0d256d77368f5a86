import { apiPath } from '../../core/paths.js';

const collection = apiPath('/v2/orgs/:org/subscriptions/:subscriptionId/promotions');

/** The promotion's paths: its routes, `href`, Location and its operations' targets are all built from these. */
export const promotionPaths = {
  collection,
  item: collection.below('/:promotionId'),
  /** The same promotions seen through the add-on or device they are linked to. */
  scoped: (segment: string, param: string) => {
    const scopedCollection = apiPath(`/v2/orgs/:org/subscriptions/:subscriptionId/${segment}/:${param}/promotions`);
    return { collection: scopedCollection, item: scopedCollection.below('/:promotionId') };
  },
};
