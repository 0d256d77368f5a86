import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AsyncOperation, publicOperation } from '../../core/operations.js';
import { OperationsSet } from '../../core/patch.js';
import { transaction } from '../../core/store.js';
import { contextOf, sendAccepted, sendCreated, sendResource } from '../../http/context.js';
import { ChangeHeaders, CreateHeaders, NOT_FOUND_TEXT, notFoundRow, pathParams, patchDescription, TransitionHeaders } from '../../http/schemas.js';
import { parseFilters } from '../../http/filters.js';
import { listQuery, pageOf, pagedSet, sendPage } from '../../http/lists.js';
import { AsOf, AsOfQuery, readConn } from '../../http/as-of.js';
import { versionsRoute } from '../../http/versions-route.js';
import { statusHistoryRoute } from '../../http/status-history-route.js';
import { operationPaths } from '../operations/paths.js';
import { addOnPaths } from './paths.js';
import { AddOn, AddOnCreate, addOnFilters, addOnLifecycle, SubscriptionAddOnDeactivationRequest } from './schema.js';
import { ADD_ON_PATCH_PATHS, addAddOn, getAddOn, listAddOns, patchAddOn, requestAddOnDeactivation } from './service.js';

const AddOnsSet = pagedSet('AddOnsSet', AddOn);
const tags = ['AddOns'];


/** A1–A5 and the add-on's status history (API.md 6). */
export const addOnRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const base = addOnPaths.collection.pattern;
  const one = addOnPaths.item.pattern;

  app.get(base, {
    schema: {
      tags,
      summary: "A subscription's add-ons",
      params: pathParams('subscriptionId'),
      querystring: listQuery(addOnFilters, { extra: { as_of: AsOf } }),
      response: { 200: { ...AddOnsSet, description: 'Add-ons associated to the subscription' }, ...notFoundRow(NOT_FOUND_TEXT.subscription) },
    },
    handler: async (request, reply) => {
      const { org, subscriptionId } = request.params;
      const conditions = parseFilters(addOnFilters, request.query);
      const page = pageOf(request.query);
      return sendPage(reply, page, await listAddOns(await readConn(request), org, subscriptionId, conditions, page));
    },
  });

  app.post(base, {
    schema: {
      tags,
      summary: 'Add an add-on to a subscription',
      params: pathParams('subscriptionId'),
      headers: CreateHeaders,
      body: AddOnCreate,
      response: { 201: { ...AddOn, description: 'AddOn added to subscription' }, ...notFoundRow(NOT_FOUND_TEXT.subscription) },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { subscriptionId } = request.params;
      const { stored, replayed } = await transaction(database, context, (c) => addAddOn(c, context, subscriptionId, request.body));
      return sendCreated(reply, addOnPaths.item.path({ org: context.org, subscriptionId, addonId: stored.resource.id }), stored, replayed);
    },
  });

  app.get(one, {
    schema: {
      tags,
      summary: "Get a subscription's add-on",
      params: pathParams('subscriptionId', 'addonId'),
      querystring: AsOfQuery,
      response: { 200: { ...AddOn, description: 'Add-on associated to the subscription found' }, ...notFoundRow('AddOn with the specified id was not found') },
    },
    handler: async (request, reply) => {
      const { org, subscriptionId, addonId } = request.params;
      return sendResource(request, reply, await getAddOn(await readConn(request), org, subscriptionId, addonId));
    },
  });

  app.patch(one, {
    schema: {
      tags,
      summary: 'Patch an add-on',
      description: patchDescription('an add-on', ADD_ON_PATCH_PATHS, addOnLifecycle),
      params: pathParams('subscriptionId', 'addonId'),
      headers: ChangeHeaders,
      body: OperationsSet,
      response: { 200: AddOn },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { subscriptionId, addonId } = request.params;
      return sendResource(request, reply, await transaction(database, context, (c) => patchAddOn(c, context, subscriptionId, addonId, request.body)));
    },
  });

  app.post(`${one}/deactivation`, {
    schema: {
      tags,
      summary: 'Deactivate an ACTIVE add-on (202: an operation applies it)',
      params: pathParams('subscriptionId', 'addonId'),
      headers: TransitionHeaders,
      body: SubscriptionAddOnDeactivationRequest,
      response: { 202: { ...AsyncOperation, description: 'Deactivation process started' } },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { subscriptionId, addonId } = request.params;
      const operation = await transaction(database, context, (c) => requestAddOnDeactivation(c, context, subscriptionId, addonId, request.body));
      return sendAccepted(reply, operationPaths.item.path({ org: context.org, operationId: operation.id }), publicOperation(operation));
    },
  });

  statusHistoryRoute(app, {
    item: addOnPaths.item,
    tags,
    kind: 'AddOn',
    resolve: async (c, params) => (await getAddOn(c, params.org, params.subscriptionId, params.addonId)).resource.id,
  });

  versionsRoute(app, {
    item: addOnPaths.item,
    tags,
    kind: 'AddOn',
    schema: AddOn,
    resolve: async (c, params) => (await getAddOn(c, params.org, params.subscriptionId, params.addonId)).resource.id,
  });
};
