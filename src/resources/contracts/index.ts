import { eventView, type ResourceFamily } from '../family.js';
import { contractsTable } from './schema.js';
import { getContract } from './service.js';
import { contractRoutes } from './routes.js';

/** Contracts of a line. */
export const contractsFamily: ResourceFamily = {
  name: 'contracts',
  routes: contractRoutes,
  eventView: eventView(contractsTable, (c, context, contract) => getContract(c, context.org, contract.subscription_id, contract.id)),
};
