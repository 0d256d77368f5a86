import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { OperationsSet } from '../../core/patch.js';
import { conn, transaction } from '../../core/store.js';
import { contextOf, sendCreated, sendResource } from '../../http/context.js';
import { ChangeHeaders, CreateHeaders, pathParams, patchDescription } from '../../http/schemas.js';
import { parseFilters, requiredFiltersText, requireOneOf } from '../../http/filters.js';
import { listQuery, pageOf, pagedSet, sendPage } from '../../http/lists.js';
import { AsOfQuery, readConn } from '../../http/as-of.js';
import { versionsRoute } from '../../http/versions-route.js';
import { statusHistoryRoute } from '../../http/status-history-route.js';
import { bundlePaths } from './paths.js';
import { Bundle, BundleCreate, bundleFilters, bundleLifecycle } from './schema.js';
import { BUNDLE_PATCH_PATHS, createBundle, patchBundle, requireBundle, searchBundles } from './service.js';

const BundlesSet = pagedSet('BundlesSet', Bundle);
const tags = ['Bundles'];

const BUNDLE_SEARCH_FILTERS = ['account_id', 'legacy_account_id', 'legacy_id'];

export const bundleRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const base = bundlePaths.collection.pattern;
  const one = bundlePaths.item.pattern;

  app.post(base, {
    schema: { tags, summary: 'Create a bundle', params: pathParams(), headers: CreateHeaders, body: BundleCreate, response: { 201: Bundle } },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { stored, replayed } = await transaction(database, context, (c) => createBundle(c, context, request.body));
      return sendCreated(reply, bundlePaths.item.path({ org: context.org, bundleId: stored.resource.id }), stored, replayed);
    },
  });

  app.get(base, {
    schema: {
      tags,
      summary: 'Search bundles (one of account_id, legacy_account_id, legacy_id is required)',
      description: requiredFiltersText(BUNDLE_SEARCH_FILTERS),
      params: pathParams(),
      querystring: listQuery(bundleFilters),
      response: { 200: BundlesSet },
    },
    handler: async (request, reply) => {
      requireOneOf(request.query, BUNDLE_SEARCH_FILTERS);
      const page = pageOf(request.query);
      const result = await searchBundles(conn(database), request.params.org, parseFilters(bundleFilters, request.query), page);
      return sendPage(reply, page, result);
    },
  });

  app.get(one, {
    schema: { tags, summary: 'Get a bundle', params: pathParams('bundleId'), querystring: AsOfQuery, response: { 200: Bundle } },
    handler: async (request, reply) => sendResource(request, reply, await requireBundle(await readConn(request), request.params.org, request.params.bundleId)),
  });

  app.patch(one, {
    schema: { tags, summary: 'Patch a bundle', description: patchDescription('a bundle', BUNDLE_PATCH_PATHS, bundleLifecycle), params: pathParams('bundleId'), headers: ChangeHeaders, body: OperationsSet, response: { 200: Bundle } },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const stored = await transaction(database, context, (c) => patchBundle(c, context, request.params.bundleId, request.body));
      return sendResource(request, reply, stored);
    },
  });

  statusHistoryRoute(app, {
    item: bundlePaths.item,
    tags,
    kind: 'Bundle',
    resolve: async (c, params) => (await requireBundle(c, params.org, params.bundleId)).resource.id,
  });

  versionsRoute(app, {
    item: bundlePaths.item,
    tags,
    kind: 'Bundle',
    schema: Bundle,
    resolve: async (c, params) => (await requireBundle(c, params.org, params.bundleId)).resource.id,
  });
};
