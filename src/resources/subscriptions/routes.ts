import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import { AsyncOperation, publicOperation } from '../../core/operations.js';
import { OperationsSet } from '../../core/patch.js';
import { conn, transaction, type Condition } from '../../core/store.js';
import { contextOf, sendAccepted, sendCreated, sendResource } from '../../http/context.js';
import { AuditHeaders, pathParams } from '../../http/schemas.js';
import { parseFilters, requireOneOf, type FilterSpecs } from '../../http/filters.js';
import { listQuery, pageOf, pagedSet, sendPage } from '../../http/lists.js';
import { statusHistoryRoute } from '../../http/status-history-route.js';
import { requireBundle } from '../bundles/service.js';
import { operationPaths } from '../operations/paths.js';
import { subscriptionPaths } from './paths.js';
import { IDENTIFYING_FILTERS, SubscriptionDeactivationRequest, subscriptionCreateBody, subscriptionFilters, subscriptionProperties } from './schema.js';
import {
  createSubscription,
  identifierCondition,
  listSubscriptions,
  patchSubscription,
  representOne,
  requestDeactivation,
  requireSubscription,
  type SubscriptionCreateBody,
} from './service.js';
import { TYPE_SPECS, type SubscriptionTypeSpec } from './types.js';

function typedFilters(spec: SubscriptionTypeSpec): FilterSpecs {
  const filters: FilterSpecs = { ...subscriptionFilters };
  for (const [name, identifier] of Object.entries(spec.identifiers)) {
    filters[name] = { kind: 'custom', parse: (value, parameter) => identifierCondition(name, identifier.normalizeFilter(value, parameter)) };
  }
  return filters;
}

/** `type` on a typed list: another type's value finds nothing; the type's own is the list itself. */
function typeConditions(spec: SubscriptionTypeSpec, query: Record<string, unknown>, filters: FilterSpecs) {
  const { type: _type, ...rest } = query;
  const conditions = parseFilters(filters, rest);
  if (query.type !== undefined) {
    conditions.push(...parseFilters({ type: subscriptionFilters.type }, { type: query.type }));
  }
  conditions.push(['type', '=', spec.type]);
  return conditions;
}

export const subscriptionRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const children = Object.fromEntries(app.composition.subscriptionChildren.map((child) => [child.field, child.schema])) as Record<string, TSchema>;
  const Subscription = Type.Object(subscriptionProperties(Type.Record(Type.String(), Type.Unknown()), children), { title: 'Subscription' });
  const SubscriptionsSet = pagedSet('SubscriptionsSet', Subscription);
  const tags = ['Subscriptions'];

  app.get(subscriptionPaths.search.pattern, {
    schema: {
      tags,
      summary: 'Search subscriptions (one of legacy_id, legacy_account_id, legacy_bundle_id, account_id is required)',
      params: pathParams(),
      querystring: listQuery(subscriptionFilters),
      response: { 200: SubscriptionsSet },
    },
    handler: async (request, reply) => {
      requireOneOf(request.query, IDENTIFYING_FILTERS);
      const page = pageOf(request.query);
      const result = await listSubscriptions(conn(database), contextOf(request), parseFilters(subscriptionFilters, request.query), page);
      return sendPage(reply, page, result);
    },
  });

  app.get(subscriptionPaths.inBundle.pattern, {
    schema: { tags, summary: "A bundle's subscriptions", params: pathParams('bundleId'), querystring: listQuery(subscriptionFilters), response: { 200: SubscriptionsSet } },
    handler: async (request, reply) => {
      const c = conn(database);
      const { org: tenant, bundleId } = request.params;
      await requireBundle(c, tenant, bundleId);
      const page = pageOf(request.query);
      const conditions: Condition[] = [...parseFilters(subscriptionFilters, request.query), ['bundle_id', '=', bundleId]];
      return sendPage(reply, page, await listSubscriptions(c, contextOf(request), conditions, page));
    },
  });

  app.get(subscriptionPaths.item.pattern, {
    schema: { tags, summary: 'Get a subscription (any type)', params: pathParams('subscriptionId'), response: { 200: Subscription } },
    handler: async (request, reply) => {
      const c = conn(database);
      const stored = await requireSubscription(c, request.params.org, request.params.subscriptionId);
      return sendResource(request, reply, await representOne(c, contextOf(request), stored));
    },
  });

  app.patch(subscriptionPaths.item.pattern, {
    schema: { tags, summary: 'Patch a subscription (any type)', params: pathParams('subscriptionId'), headers: AuditHeaders, body: OperationsSet, response: { 200: Subscription } },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const stored = await transaction(database, (c) => patchSubscription(c, context, request.params.subscriptionId, request.body));
      return sendResource(request, reply, stored);
    },
  });

  app.post(subscriptionPaths.item.below('/deactivation').pattern, {
    schema: {
      tags,
      summary: 'Deactivate a subscription (202: an operation applies it at the deactivation date)',
      params: pathParams('subscriptionId'),
      headers: AuditHeaders,
      body: SubscriptionDeactivationRequest,
      response: { 202: AsyncOperation },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const operation = await transaction(database, (c) => requestDeactivation(c, context, request.params.subscriptionId, request.body));
      return sendAccepted(reply, operationPaths.item.path({ org: context.org, operationId: operation.id }), publicOperation(operation));
    },
  });

  statusHistoryRoute(app, {
    item: subscriptionPaths.item,
    tags,
    kind: 'Subscription',
    resolve: async (c, params) => (await requireSubscription(c, params.org, params.subscriptionId)).resource.id,
  });

  for (const spec of TYPE_SPECS) {
    const Typed = Type.Object(subscriptionProperties(spec.specificData, children), { title: spec.title });
    const TypedSet = pagedSet(`${spec.title}Set`, Typed);
    const Create = subscriptionCreateBody(spec.title, spec.specificData, Object.fromEntries(app.composition.subscriptionChildren.map((child) => [child.field, child.createSchema ?? child.schema])));
    const filters = typedFilters(spec);
    const identifying = [...IDENTIFYING_FILTERS, ...Object.entries(spec.identifiers).filter(([, identifier]) => identifier.identifying).map(([name]) => name)];
    const typeTags = [spec.group ?? spec.title];
    const typedPaths = subscriptionPaths.typed(spec.segment);

    app.post(typedPaths.inBundle.pattern, {
      schema: { tags: typeTags, summary: `Create a ${spec.type} subscription in a bundle`, params: pathParams('bundleId'), headers: AuditHeaders, body: Create, response: { 201: Typed } },
      handler: async (request, reply) => {
        const context = contextOf(request);
        const { stored, replayed } = await transaction(database, (c) =>
          createSubscription(c, context, spec.type, request.params.bundleId, request.body as unknown as SubscriptionCreateBody),
        );
        return sendCreated(reply, typedPaths.item.path({ org: context.org, subscriptionId: stored.resource.id }), stored, replayed);
      },
    });

    app.get(typedPaths.inBundle.pattern, {
      schema: { tags: typeTags, summary: `A bundle's ${spec.type} subscriptions`, params: pathParams('bundleId'), querystring: listQuery(filters), response: { 200: TypedSet } },
      handler: async (request, reply) => {
        const c = conn(database);
        const { org: tenant, bundleId } = request.params;
        await requireBundle(c, tenant, bundleId);
        const page = pageOf(request.query);
        const conditions: Condition[] = [...typeConditions(spec, request.query, filters), ['bundle_id', '=', bundleId]];
        return sendPage(reply, page, await listSubscriptions(c, contextOf(request), conditions, page));
      },
    });

    app.get(typedPaths.search.pattern, {
      schema: { tags: typeTags, summary: `Search ${spec.type} subscriptions (an identifying filter is required)`, params: pathParams(), querystring: listQuery(filters), response: { 200: TypedSet } },
      handler: async (request, reply) => {
        requireOneOf(request.query, identifying);
        const page = pageOf(request.query);
        return sendPage(reply, page, await listSubscriptions(conn(database), contextOf(request), typeConditions(spec, request.query, filters), page));
      },
    });

    app.get(typedPaths.item.pattern, {
      schema: { tags: typeTags, summary: `Get a ${spec.type} subscription`, params: pathParams('subscriptionId'), response: { 200: Typed } },
      handler: async (request, reply) => {
        const c = conn(database);
        const stored = await requireSubscription(c, request.params.org, request.params.subscriptionId, { type: spec.type });
        return sendResource(request, reply, await representOne(c, contextOf(request), stored));
      },
    });

    app.patch(typedPaths.item.pattern, {
      schema: { tags: typeTags, summary: `Patch a ${spec.type} subscription`, params: pathParams('subscriptionId'), headers: AuditHeaders, body: OperationsSet, response: { 200: Typed } },
      handler: async (request, reply) => {
        const context = contextOf(request);
        const stored = await transaction(database, (c) => patchSubscription(c, context, request.params.subscriptionId, request.body, spec.type));
        return sendResource(request, reply, stored);
      },
    });
  }
};
