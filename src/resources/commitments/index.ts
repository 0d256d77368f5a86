import { eventView, type ResourceFamily } from '../family.js';
import { commitmentsTable } from './schema.js';
import { commitmentRoutes } from './routes.js';
import { commitmentCascade, commitmentOperationHandlers, getCommitment } from './service.js';

/** Commitments: held by promotions and devices; a line's active ones end with it. */
export const commitmentsFamily: ResourceFamily = {
  name: 'commitments',
  routes: commitmentRoutes,
  subscriptionCascade: commitmentCascade,
  operationHandlers: commitmentOperationHandlers,
  eventView: eventView(commitmentsTable, (c, context, commitment) =>
    getCommitment(c, context.org, commitment.subscription_id, context.composition.commitmentParents[commitment.parent_kind], commitment.parent_id, commitment.id),
  ),
};
