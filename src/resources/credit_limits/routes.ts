import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { transaction } from '../../core/store.js';
import { contextOf, locationOf, sendResource } from '../../http/context.js';
import { CreateHeaders, pathParams } from '../../http/schemas.js';
import { listQuery } from '../../http/lists.js';
import { AsOf, AsOfQuery, readConn } from '../../http/as-of.js';
import { versionsRoute } from '../../http/versions-route.js';
import { creditLimitPaths } from './paths.js';
import { CreditLimit, CreditLimitsRequest, creditLimitParams, creditLimitStoreId, type CreditLimitKind } from './schema.js';
import { getCreditLimit, listCreditLimits, setCreditLimits } from './service.js';

const tags = ['Credit Limits'];

/** Section 9: a MOBILE or LANDLINE line's credit limits, one current value per kind with its history. */
export const creditLimitRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const base = creditLimitPaths.collection.pattern;

  app.get(base, {
    schema: {
      tags,
      summary: "The subscription's credit limits (a bare array, [] when none is set)",
      params: pathParams('subscriptionId'),
      querystring: listQuery({}, { paged: false, extra: { as_of: AsOf } }),
      response: { 200: Type.Array(CreditLimit, { description: 'The current value of every kind set, with its history' }) },
    },
    handler: async (request) => listCreditLimits(await readConn(request), request.params.org, request.params.subscriptionId),
  });

  app.post(base, {
    schema: {
      tags,
      summary: 'Set credit limits (1–6 kinds, each at most once, applied together)',
      params: pathParams('subscriptionId'),
      headers: CreateHeaders,
      body: CreditLimitsRequest,
      response: { 201: Type.Array(CreditLimit, { description: 'The new current value of each kind sent' }) },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const saved = await transaction(database, context, (c) => setCreditLimits(c, context, request.params.subscriptionId, request.body));
      reply.status(201).header('location', locationOf(request, creditLimitPaths.collection.path({ org: context.org, subscriptionId: request.params.subscriptionId })));
      return saved;
    },
  });

  app.get(creditLimitPaths.item.pattern, {
    schema: {
      tags,
      summary: 'One credit limit kind of the subscription, with its history',
      params: creditLimitParams,
      querystring: AsOfQuery,
      response: { 200: { ...CreditLimit, description: 'Credit limit found' } },
    },
    handler: async (request, reply) => {
      const { org, subscriptionId, creditLimitId } = request.params;
      return sendResource(request, reply, await getCreditLimit(await readConn(request), org, subscriptionId, creditLimitId));
    },
  });

  // A limit's events publish its kind name as id; its versions are its own row's (one line's limit of that kind).
  versionsRoute(app, {
    item: creditLimitPaths.item,
    tags,
    kind: 'CreditLimit',
    schema: CreditLimit,
    params: creditLimitParams,
    resolve: async (c, params) => {
      const kind = params.creditLimitId as CreditLimitKind;
      await getCreditLimit(c, params.org, params.subscriptionId, kind);
      return creditLimitStoreId(params.subscriptionId, kind);
    },
  });
};
