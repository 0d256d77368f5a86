import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { transaction } from '../../core/store.js';
import { contextOf, sendCreated, sendResource } from '../../http/context.js';
import { CreateHeaders, pathParams, TransitionHeaders } from '../../http/schemas.js';
import { parseFilters } from '../../http/filters.js';
import { listQuery, pageOf, pagedSet, sendPage } from '../../http/lists.js';
import { AsOf, AsOfQuery, readConn } from '../../http/as-of.js';
import { versionsRoute } from '../../http/versions-route.js';
import { statusHistoryRoute } from '../../http/status-history-route.js';
import { changeRequestPaths } from './paths.js';
import { ChangeRequest, ChangeRequestCancellation, TariffChangeRequestCreate, changeRequestFilters } from './schema.js';
import { cancelChangeRequest, getChangeRequest, listChangeRequests, requestTariffChange } from './service.js';

const ChangeRequestsSet = pagedSet('ChangeRequestsSet', ChangeRequest);
const tags = ['Change Requests'];

/** Section 10: scheduled changes of a subscription that do not change its status (today: the bundle's tariff). */
export const changeRequestRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, worker } = app;
  const base = changeRequestPaths.collection.pattern;
  const one = changeRequestPaths.item.pattern;

  app.post(`${base}/tariff`, {
    schema: {
      tags,
      summary: "Request a tariff change: the bundle's commercial offer and new promotions, executed at date_scheduled",
      params: pathParams('subscriptionId'),
      headers: CreateHeaders,
      body: TariffChangeRequestCreate,
      response: { 201: { ...ChangeRequest, description: 'Change request created (REQUESTED)' } },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { subscriptionId } = request.params;
      const { stored, replayed } = await transaction(database, context, (c) => requestTariffChange(c, context, subscriptionId, request.body));
      worker?.wake();
      return sendCreated(reply, changeRequestPaths.item.path({ org: context.org, subscriptionId, changeRequestId: stored.resource.id }), stored, replayed);
    },
  });

  app.get(base, {
    schema: {
      tags,
      summary: "The subscription's change requests, oldest first",
      params: pathParams('subscriptionId'),
      querystring: listQuery(changeRequestFilters, { extra: { as_of: AsOf } }),
      response: { 200: ChangeRequestsSet },
    },
    handler: async (request, reply) => {
      const page = pageOf(request.query);
      const conditions = parseFilters(changeRequestFilters, request.query);
      return sendPage(reply, page, await listChangeRequests(await readConn(request), request.params.org, request.params.subscriptionId, conditions, page));
    },
  });

  app.get(one, {
    schema: { tags, summary: 'Get a change request', params: pathParams('subscriptionId', 'changeRequestId'), querystring: AsOfQuery, response: { 200: ChangeRequest } },
    handler: async (request, reply) => {
      const { org, subscriptionId, changeRequestId } = request.params;
      return sendResource(request, reply, await getChangeRequest(await readConn(request), org, subscriptionId, changeRequestId));
    },
  });

  app.post(`${one}/cancellation`, {
    schema: {
      tags,
      summary: 'Cancel a REQUESTED change request',
      params: pathParams('subscriptionId', 'changeRequestId'),
      headers: TransitionHeaders,
      body: ChangeRequestCancellation,
      response: { 200: { ...ChangeRequest, description: 'Change request cancelled' } },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { subscriptionId, changeRequestId } = request.params;
      const stored = await transaction(database, context, (c) => cancelChangeRequest(c, context, subscriptionId, changeRequestId, request.body));
      return sendResource(request, reply, stored);
    },
  });

  statusHistoryRoute(app, {
    item: changeRequestPaths.item,
    tags,
    kind: 'ChangeRequest',
    resolve: async (c, params) => (await getChangeRequest(c, params.org, params.subscriptionId, params.changeRequestId)).resource.id,
  });

  versionsRoute(app, {
    item: changeRequestPaths.item,
    tags,
    kind: 'ChangeRequest',
    schema: ChangeRequest,
    resolve: async (c, params) => (await getChangeRequest(c, params.org, params.subscriptionId, params.changeRequestId)).resource.id,
  });
};
