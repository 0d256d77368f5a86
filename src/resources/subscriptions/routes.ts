import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type, type TSchema } from '@sinclair/typebox';
import { AsyncOperation, publicOperation } from '../../core/operations.js';
import { OperationsSet } from '../../core/patch.js';
import { conn, transaction, type Condition } from '../../core/store.js';
import { contextOf, sendAccepted, sendCreated, sendResource, sendResourceText } from '../../http/context.js';
import { ChangeHeaders, CreateHeaders, pathParams, patchDescription, TransitionHeaders } from '../../http/schemas.js';
import { parseFilters, requiredFiltersText, requireOneOf, type FilterSpecs } from '../../http/filters.js';
import { listQuery, pageOf, pagedSet, sendPageText } from '../../http/lists.js';
import { AsOf, AsOfQuery, readConn } from '../../http/as-of.js';
import { versionsRoute } from '../../http/versions-route.js';
import { statusHistoryRoute } from '../../http/status-history-route.js';
import { requireBundle } from '../bundles/service.js';
import { operationPaths } from '../operations/paths.js';
import { subscriptionPaths } from './paths.js';
import { IDENTIFYING_FILTERS, SubscriptionDeactivationRequest, subscriptionCreateBody, subscriptionFilters, subscriptionLifecycle, subscriptionProperties } from './schema.js';
import {
  createSubscription,
  identifierCondition,
  identifierPrefixCondition,
  listSubscriptions,
  msisdnPrefixOrThrow,
  patchSubscription,
  getSubscriptionText,
  SUBSCRIPTION_PATCH_PATHS,
  requestDeactivation,
  requireSubscription,
  type SubscriptionCreateBody,
} from './service.js';
import { TYPE_SPECS, type SubscriptionTypeSpec } from './types.js';

const MSISDN_PREFIX_DESCRIPTION =
  'Extension: the lines whose MSISDN starts with these digits (at least 6; E.164, or a Spanish number without +, read as the msisdn filter reads one), e.g. 611223 finds +34611223344. Answered from the identifier index as a range; counts as an identifying filter.';

/**
 * `msisdn_prefix` wherever `msisdn` is a filter: a partial number an agent was given. Its range subquery names the
 * request's org rather than correlating with the line's, so PostgreSQL joins it from the index instead of running it
 * once per line of the org.
 */
const prefixFilters = (spec: SubscriptionTypeSpec, org: string): FilterSpecs =>
  spec.identifiers.msisdn
    ? { msisdn_prefix: { kind: 'custom', description: MSISDN_PREFIX_DESCRIPTION, parse: (value, parameter) => identifierPrefixCondition(org, 'msisdn', msisdnPrefixOrThrow(value, parameter)) } }
    : {};

function typedFilters(spec: SubscriptionTypeSpec, org: string): FilterSpecs {
  const filters: FilterSpecs = { ...subscriptionFilters };
  for (const [name, identifier] of Object.entries(spec.identifiers)) {
    filters[name] = { kind: 'custom', schema: identifier.filter, parse: (value, parameter) => identifierCondition(org, name, identifier.normalizeFilter(value, parameter)) };
  }
  return { ...filters, ...prefixFilters(spec, org) };
}

/** `type` on a typed list: another type's value finds nothing; the type's own is the list itself. */
function typeConditions(spec: SubscriptionTypeSpec, org: string, query: Record<string, unknown>) {
  const { type: _type, ...rest } = query;
  const conditions = parseFilters(typedFilters(spec, org), rest);
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
      description: requiredFiltersText(IDENTIFYING_FILTERS),
      params: pathParams(),
      querystring: listQuery(subscriptionFilters, { extra: { as_of: AsOf } }),
      response: { 200: SubscriptionsSet },
    },
    handler: async (request, reply) => {
      requireOneOf(request.query, IDENTIFYING_FILTERS);
      const page = pageOf(request.query);
      const result = await listSubscriptions(await readConn(request), contextOf(request), parseFilters(subscriptionFilters, request.query), page);
      return sendPageText(reply, page, result);
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
      return sendPageText(reply, page, await listSubscriptions(c, contextOf(request), conditions, page));
    },
  });

  app.get(subscriptionPaths.item.pattern, {
    schema: { tags, summary: 'Get a subscription (any type)', params: pathParams('subscriptionId'), querystring: AsOfQuery, response: { 200: Subscription } },
    handler: async (request, reply) => {
      return sendResourceText(request, reply, await getSubscriptionText(await readConn(request), contextOf(request), request.params.subscriptionId));
    },
  });

  app.patch(subscriptionPaths.item.pattern, {
    schema: { tags, summary: 'Patch a subscription (any type)', description: patchDescription('a subscription of any type', SUBSCRIPTION_PATCH_PATHS, subscriptionLifecycle), params: pathParams('subscriptionId'), headers: ChangeHeaders, body: OperationsSet, response: { 200: Subscription } },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const stored = await transaction(database, context, (c) => patchSubscription(c, context, request.params.subscriptionId, request.body));
      return sendResource(request, reply, stored);
    },
  });

  app.post(subscriptionPaths.item.below('/deactivation').pattern, {
    schema: {
      tags,
      summary: 'Deactivate a subscription (202: an operation applies it at the deactivation date)',
      params: pathParams('subscriptionId'),
      headers: TransitionHeaders,
      body: SubscriptionDeactivationRequest,
      response: { 202: AsyncOperation },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const operation = await transaction(database, context, (c) => requestDeactivation(c, context, request.params.subscriptionId, request.body));
      return sendAccepted(reply, operationPaths.item.path({ org: context.org, operationId: operation.id }), publicOperation(operation));
    },
  });

  statusHistoryRoute(app, {
    item: subscriptionPaths.item,
    tags,
    kind: 'Subscription',
    resolve: async (c, params) => (await requireSubscription(c, params.org, params.subscriptionId)).resource.id,
  });

  versionsRoute(app, {
    item: subscriptionPaths.item,
    tags,
    kind: 'Subscription',
    schema: Subscription,
    resolve: async (c, params) => (await requireSubscription(c, params.org, params.subscriptionId)).resource.id,
  });

  for (const spec of TYPE_SPECS) {
    const Typed = Type.Object(subscriptionProperties(spec.specificData, children), { title: spec.title });
    const TypedSet = pagedSet(`${spec.title}Set`, Typed);
    const Create = subscriptionCreateBody(spec.title, spec.specificData, Object.fromEntries(app.composition.subscriptionChildren.map((child) => [child.field, child.createSchema ?? child.schema])));
    // The query's schema (names, types, descriptions); each request parses with the filters of its own org.
    const filters = typedFilters(spec, '{org}');
    const identifying = [
      ...IDENTIFYING_FILTERS,
      ...Object.entries(spec.identifiers).filter(([, identifier]) => identifier.identifying).map(([name]) => name),
      ...(filters.msisdn_prefix ? ['msisdn_prefix'] : []),
    ];
    const typeTags = [spec.group ?? spec.title];
    const typedPaths = subscriptionPaths.typed(spec.segment);

    app.post(typedPaths.inBundle.pattern, {
      schema: { tags: typeTags, summary: `Create a ${spec.type} subscription in a bundle`, params: pathParams('bundleId'), headers: CreateHeaders, body: Create, response: { 201: Typed } },
      handler: async (request, reply) => {
        const context = contextOf(request);
        const { stored, replayed } = await transaction(database, context, (c) =>
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
        const conditions: Condition[] = [...typeConditions(spec, tenant, request.query), ['bundle_id', '=', bundleId]];
        return sendPageText(reply, page, await listSubscriptions(c, contextOf(request), conditions, page));
      },
    });

    app.get(typedPaths.search.pattern, {
      schema: {
        tags: typeTags,
        summary: `Search ${spec.type} subscriptions (an identifying filter is required)`,
        description: `${requiredFiltersText(identifying)}${filters.msisdn_prefix ? ` msisdn_prefix: ${MSISDN_PREFIX_DESCRIPTION}` : ''}`,
        params: pathParams(),
        querystring: listQuery(filters, { extra: { as_of: AsOf } }),
        response: { 200: TypedSet },
      },
      handler: async (request, reply) => {
        requireOneOf(request.query, identifying);
        const page = pageOf(request.query);
        return sendPageText(reply, page, await listSubscriptions(await readConn(request), contextOf(request), typeConditions(spec, request.params.org, request.query), page));
      },
    });

    app.get(typedPaths.item.pattern, {
      schema: { tags: typeTags, summary: `Get a ${spec.type} subscription`, params: pathParams('subscriptionId'), querystring: AsOfQuery, response: { 200: Typed } },
      handler: async (request, reply) => {
        return sendResourceText(request, reply, await getSubscriptionText(await readConn(request), contextOf(request), request.params.subscriptionId, spec.type));
      },
    });

    versionsRoute(app, {
      item: typedPaths.item,
      tags: typeTags,
      kind: 'Subscription',
      name: spec.title,
      schema: Typed,
      resolve: async (c, params) => (await requireSubscription(c, params.org, params.subscriptionId, { type: spec.type })).resource.id,
    });

    app.patch(typedPaths.item.pattern, {
      schema: { tags: typeTags, summary: `Patch a ${spec.type} subscription`, description: patchDescription(`a subscription of type ${spec.type}`, SUBSCRIPTION_PATCH_PATHS, subscriptionLifecycle), params: pathParams('subscriptionId'), headers: ChangeHeaders, body: OperationsSet, response: { 200: Typed } },
      handler: async (request, reply) => {
        const context = contextOf(request);
        const stored = await transaction(database, context, (c) => patchSubscription(c, context, request.params.subscriptionId, request.body, spec.type));
        return sendResource(request, reply, stored);
      },
    });
  }
};
