import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { transaction } from '../../core/store.js';
import { contextOf, sendCreated, sendResource } from '../../http/context.js';
import { CreateHeaders, NOT_FOUND_TEXT, notFoundRow, pathParams } from '../../http/schemas.js';
import { listQuery, pageOf, pagedSet, sendPage } from '../../http/lists.js';
import { AsOf, AsOfQuery, readConn } from '../../http/as-of.js';
import { versionsRoute } from '../../http/versions-route.js';
import { contractPaths } from './paths.js';
import { Contract, ContractCreate } from './schema.js';
import { createContract, getContract, listContracts } from './service.js';

const ContractsSet = pagedSet('ContractsSet', Contract);
const tags = ['Contracts'];


/** K1–K3 (API.md 8). */
export const contractRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const base = contractPaths.collection.pattern;

  app.post(base, {
    schema: {
      tags,
      summary: 'Add a contract to a subscription',
      params: pathParams('subscriptionId'),
      headers: CreateHeaders,
      body: ContractCreate,
      response: { 201: { ...Contract, description: 'Contract successfully added' }, ...notFoundRow(NOT_FOUND_TEXT.subscription) },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { subscriptionId } = request.params;
      const { stored, replayed } = await transaction(database, context, (c) => createContract(c, context, subscriptionId, request.body));
      return sendCreated(reply, contractPaths.item.path({ org: context.org, subscriptionId, contractId: stored.resource.id }), stored, replayed);
    },
  });

  app.get(base, {
    schema: {
      tags,
      summary: "A subscription's contracts",
      params: pathParams('subscriptionId'),
      querystring: listQuery({}, { extra: { as_of: AsOf } }),
      response: { 200: { ...ContractsSet, description: 'Contracts found for the subscription' }, ...notFoundRow(NOT_FOUND_TEXT.subscription) },
    },
    handler: async (request, reply) => {
      const page = pageOf(request.query);
      return sendPage(reply, page, await listContracts(await readConn(request), request.params.org, request.params.subscriptionId, page));
    },
  });

  app.get(contractPaths.item.pattern, {
    schema: {
      tags,
      summary: "Get a subscription's contract",
      params: pathParams('subscriptionId', 'contractId'),
      querystring: AsOfQuery,
      response: { 200: { ...Contract, description: 'Contract found' }, ...notFoundRow('Contract not found') },
    },
    handler: async (request, reply) => {
      const { org, subscriptionId, contractId } = request.params;
      return sendResource(request, reply, await getContract(await readConn(request), org, subscriptionId, contractId));
    },
  });

  versionsRoute(app, {
    item: contractPaths.item,
    tags,
    kind: 'Contract',
    schema: Contract,
    resolve: async (c, params) => (await getContract(c, params.org, params.subscriptionId, params.contractId)).resource.id,
  });
};
