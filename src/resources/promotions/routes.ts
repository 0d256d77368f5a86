import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { AsyncOperation, publicOperation } from '../../core/operations.js';
import { OperationsSet } from '../../core/patch.js';
import { transaction } from '../../core/store.js';
import { contextOf, sendAccepted, sendCreated, sendResource, sendResourceText } from '../../http/context.js';
import { AppError } from '../../core/errors.js';
import { ChangeHeaders, CreateHeaders, NOT_FOUND_TEXT, notFoundRow, pathParams, patchDescription, TransitionHeaders } from '../../http/schemas.js';
import { parseFilters } from '../../http/filters.js';
import { listQuery, pageOf, pagedSet, sendPageText } from '../../http/lists.js';
import { AsOf, AsOfQuery, readConn } from '../../http/as-of.js';
import { versionsRoute } from '../../http/versions-route.js';
import { statusHistoryRoute } from '../../http/status-history-route.js';
import { operationPaths } from '../operations/paths.js';
import { promotionPaths } from './paths.js';
import { Promotion, PromotionCreate, promotionFilters, promotionLifecycle, PromotionTerminationRequest } from './schema.js';
import {
  addPromotion,
  getPromotion,
  getPromotionText,
  listPromotions,
  patchPromotion,
  PROMOTION_PATCH_PATHS,
  replacePromotion,
  requestTermination,
  resolvePromotion,
  type PromotionScope,
  type TerminationKind,
} from './service.js';

const PromotionsSet = pagedSet('PromotionsSet', Promotion);
const tags = ['Promotions'];


/** A migration load stores history as it was: with authentication on it needs the admin scope (API.md 4.1). */
function assertMayLoadMigration(request: FastifyRequest, body: PromotionCreate): void {
  if (body.origin !== 'MIGRATION' || !request.token) return;
  const scopes = String(request.token.scope ?? '').split(/\s+/);
  if (!scopes.includes('subscriptions:admin')) {
    throw new AppError('MISSING_PERMISSIONS', 'a migration load (origin MIGRATION) needs the scope subscriptions:admin');
  }
}

/** P1–P13 (API.md 4.2) and the promotion's status history. */
export const promotionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const collection = promotionPaths.collection.pattern;
  const item = promotionPaths.item.pattern;
  const itemParams = pathParams('subscriptionId', 'promotionId');

  app.post(collection, {
    schema: {
      tags,
      summary: 'Add a promotion to a subscription (with its commitments)',
      params: pathParams('subscriptionId'),
      headers: CreateHeaders,
      body: PromotionCreate,
      response: { 201: { ...Promotion, description: 'Promotion successfully added to the subscription' }, ...notFoundRow(NOT_FOUND_TEXT.subscription) },
    },
    handler: async (request, reply) => {
      assertMayLoadMigration(request, request.body);
      const context = contextOf(request);
      const { stored, replayed } = await transaction(database, context, (c) => addPromotion(c, context, request.params.subscriptionId, request.body));
      return sendCreated(reply, promotionPaths.item.path({ org: context.org, subscriptionId: request.params.subscriptionId, promotionId: stored.resource.id }), stored, replayed);
    },
  });

  app.get(collection, {
    schema: {
      tags,
      summary: "A subscription's promotions (Promotions found for the subscription)",
      params: pathParams('subscriptionId'),
      querystring: listQuery(promotionFilters, { extra: { as_of: AsOf } }),
      response: { 200: { ...PromotionsSet, description: 'Promotions found for the subscription' }, ...notFoundRow(NOT_FOUND_TEXT.subscription) },
    },
    handler: async (request, reply) => {
      const page = pageOf(request.query);
      const conditions = parseFilters(promotionFilters, request.query);
      return sendPageText(reply, page, await listPromotions(await readConn(request), request.params.org, request.params.subscriptionId, {}, conditions, page));
    },
  });

  app.get(item, {
    schema: { tags, summary: 'Get a promotion', params: itemParams, querystring: AsOfQuery, response: { 200: { ...Promotion, description: 'Promotion found for the subscription' }, ...notFoundRow(NOT_FOUND_TEXT.promotion) } },
    handler: async (request, reply) => {
      const { org, subscriptionId, promotionId } = request.params;
      return sendResourceText(request, reply, await getPromotionText(await readConn(request), org, subscriptionId, promotionId));
    },
  });

  app.patch(item, {
    schema: {
      tags,
      summary: 'Patch a promotion',
      description: patchDescription('a promotion', PROMOTION_PATCH_PATHS, promotionLifecycle),
      params: itemParams,
      headers: ChangeHeaders,
      body: OperationsSet,
      response: { 200: { ...Promotion, description: 'OK' }, ...notFoundRow(NOT_FOUND_TEXT.promotion) },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { subscriptionId, promotionId } = request.params;
      const saved = await transaction(database, context, (c) => patchPromotion(c, context, subscriptionId, promotionId, request.body));
      return sendResource(request, reply, saved);
    },
  });

  app.put(item, {
    schema: {
      tags,
      summary: "Replace a promotion's client fields (the PATCH rules apply; every existing commitment must be kept)",
      params: itemParams,
      headers: ChangeHeaders,
      body: PromotionCreate,
      response: { 200: { ...Promotion, description: 'Promotion successfully updated' }, ...notFoundRow(NOT_FOUND_TEXT.promotion) },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { subscriptionId, promotionId } = request.params;
      const saved = await transaction(database, context, (c) => replacePromotion(c, context, subscriptionId, promotionId, request.body));
      return sendResource(request, reply, saved);
    },
  });

  const terminations: Array<{ kind: TerminationKind; summary: string; accepted: string }> = [
    { kind: 'deactivation', summary: 'Deactivate an ACTIVE promotion (202: an operation applies it)', accepted: 'Deactivation process started' },
    { kind: 'cancellation', summary: 'Cancel a REQUESTED promotion (202: an operation applies it)', accepted: 'Cancellation process started' },
  ];
  for (const { kind, summary, accepted } of terminations) {
    app.post(`${item}/${kind}`, {
      schema: {
        tags,
        summary,
        params: itemParams,
        headers: TransitionHeaders,
        body: PromotionTerminationRequest,
        response: { 202: { ...AsyncOperation, description: accepted }, ...notFoundRow(NOT_FOUND_TEXT.subscription) },
      },
      handler: async (request, reply) => {
        const context = contextOf(request);
        const { subscriptionId, promotionId } = request.params;
        const operation = await transaction(database, context, (c) => requestTermination(c, context, subscriptionId, promotionId, kind, request.body.reason));
        return sendAccepted(reply, operationPaths.item.path({ org: context.org, operationId: operation.id }), publicOperation(operation));
      },
    });
  }

  statusHistoryRoute(app, {
    item: promotionPaths.item,
    tags,
    kind: 'Promotion',
    resolve: (c, params) => resolvePromotion(c, params.org, params.subscriptionId, params.promotionId),
  });

  versionsRoute(app, {
    item: promotionPaths.item,
    tags,
    kind: 'Promotion',
    schema: Promotion,
    resolve: (c, params) => resolvePromotion(c, params.org, params.subscriptionId, params.promotionId),
  });

  // P8–P13: the same promotions seen through the add-on or device they are linked to.
  const scopes: Array<{ segment: string; param: 'addonId' | 'deviceId'; scopeOf: (id: string) => PromotionScope; owner: string; ownerNotFound: string }> = [
    { segment: 'add_ons', param: 'addonId', scopeOf: (id) => ({ addOnId: id }), owner: 'add-on', ownerNotFound: 'AddOn with the specified id was not found' },
    { segment: 'devices', param: 'deviceId', scopeOf: (id) => ({ deviceId: id }), owner: 'device', ownerNotFound: 'A device with the specified id was not found' },
  ];
  for (const { segment, param, scopeOf, owner, ownerNotFound } of scopes) {
    const scopedPaths = promotionPaths.scoped(segment, param);
    const scopedCollection = scopedPaths.collection.pattern;
    const scopedItem = scopedPaths.item.pattern;
    const scopedItemParams = pathParams('subscriptionId', param, 'promotionId');

    app.get(scopedCollection, {
      schema: {
        tags,
        summary: `The promotions linked to an ${owner} (Promotions found for the ${owner})`,
        params: pathParams('subscriptionId', param),
        querystring: listQuery(promotionFilters, { extra: { as_of: AsOf } }),
        response: { 200: { ...PromotionsSet, description: `Promotions found for the ${owner}` }, ...notFoundRow(ownerNotFound) },
      },
      handler: async (request, reply) => {
        const params = request.params as Record<string, string>;
        const page = pageOf(request.query);
        const conditions = parseFilters(promotionFilters, request.query);
        return sendPageText(reply, page, await listPromotions(await readConn(request), params.org, params.subscriptionId, scopeOf(params[param]), conditions, page));
      },
    });

    app.get(scopedItem, {
      schema: { tags, summary: `Get a promotion linked to an ${owner}`, params: scopedItemParams, querystring: AsOfQuery, response: { 200: { ...Promotion, description: `Promotion found for the ${owner}` }, ...notFoundRow(NOT_FOUND_TEXT.promotion) } },
      handler: async (request, reply) => {
        const params = request.params as Record<string, string>;
        return sendResourceText(request, reply, await getPromotionText(await readConn(request), params.org, params.subscriptionId, params.promotionId, scopeOf(params[param])));
      },
    });

    versionsRoute(app, {
      item: scopedPaths.item,
      tags,
      kind: 'Promotion',
      schema: Promotion,
      resolve: async (c, params) => (await getPromotion(c, params.org, params.subscriptionId, params.promotionId, scopeOf(params[param]))).resource.id,
    });

    app.patch(scopedItem, {
      schema: {
        tags,
        summary: `Patch a promotion linked to an ${owner}`,
        description: patchDescription(`a promotion linked to an ${owner}`, PROMOTION_PATCH_PATHS, promotionLifecycle),
        params: scopedItemParams,
        headers: ChangeHeaders,
        body: OperationsSet,
        response: { 200: { ...Promotion, description: 'OK' }, ...notFoundRow(NOT_FOUND_TEXT.promotion) },
      },
      handler: async (request, reply) => {
        const params = request.params as Record<string, string>;
        const context = contextOf(request);
        const saved = await transaction(database, context, (c) =>
          patchPromotion(c, context, params.subscriptionId, params.promotionId, request.body, { scope: scopeOf(params[param]) }),
        );
        return sendResource(request, reply, saved);
      },
    });
  }
};
