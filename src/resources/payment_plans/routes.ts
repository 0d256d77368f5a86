import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { OperationsSet } from '../../core/patch.js';
import { transaction } from '../../core/store.js';
import { contextOf, sendCreated, sendResource } from '../../http/context.js';
import { ChangeHeaders, CreateHeaders, pathParams, patchDescription } from '../../http/schemas.js';
import { listQuery } from '../../http/lists.js';
import { AsOf, AsOfQuery, readConn } from '../../http/as-of.js';
import { versionsRoute } from '../../http/versions-route.js';
import { statusHistoryRoute } from '../../http/status-history-route.js';
import { paymentPlanPaths } from './paths.js';
import { PaymentPlan, PaymentPlanCreate, paymentPlanLifecycle } from './schema.js';
import { createPaymentPlan, PAYMENT_PLAN_PATCH_PATHS, getPaymentPlan, listPaymentPlans, patchPaymentPlan } from './service.js';

const tags = ['Payment Plans'];

/** API.md 11: a FINANCED device's instalment plans. */
export const paymentPlanRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const base = paymentPlanPaths.collection.pattern;
  const one = paymentPlanPaths.item.pattern;

  app.get(base, {
    schema: {
      tags,
      summary: "A device's payment plans, oldest first",
      params: pathParams('subscriptionId', 'deviceId'),
      querystring: listQuery({}, { paged: false, extra: { as_of: AsOf } }),
      response: { 200: Type.Array(PaymentPlan, { description: 'Payment plans of the device' }) },
    },
    handler: async (request) => {
      const { org, subscriptionId, deviceId } = request.params;
      return listPaymentPlans(await readConn(request), org, subscriptionId, deviceId);
    },
  });

  app.post(base, {
    schema: {
      tags,
      summary: 'Create the payment plan of a FINANCED device (instalments computed; one ACTIVE plan per device)',
      params: pathParams('subscriptionId', 'deviceId'),
      headers: CreateHeaders,
      body: PaymentPlanCreate,
      response: { 201: { ...PaymentPlan, description: 'Payment plan created' } },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { subscriptionId, deviceId } = request.params;
      const { stored, replayed } = await transaction(database, context, (c) => createPaymentPlan(c, context, subscriptionId, deviceId, request.body));
      return sendCreated(reply, paymentPlanPaths.item.path({ org: context.org, subscriptionId, deviceId, paymentPlanId: stored.resource.id }), stored, replayed);
    },
  });

  app.get(one, {
    schema: {
      tags,
      summary: 'Get a payment plan',
      params: pathParams('subscriptionId', 'deviceId', 'paymentPlanId'),
      querystring: AsOfQuery,
      response: { 200: { ...PaymentPlan, description: 'Payment plan found' } },
    },
    handler: async (request, reply) => {
      const { org, subscriptionId, deviceId, paymentPlanId } = request.params;
      return sendResource(request, reply, await getPaymentPlan(await readConn(request), org, subscriptionId, deviceId, paymentPlanId));
    },
  });

  app.patch(one, {
    schema: {
      tags,
      summary: 'Patch a payment plan',
      description: `${patchDescription('a payment plan', PAYMENT_PLAN_PATCH_PATHS, paymentPlanLifecycle)} A status change needs a \`reason\`.`,
      params: pathParams('subscriptionId', 'deviceId', 'paymentPlanId'),
      headers: ChangeHeaders,
      body: OperationsSet,
      response: { 200: { ...PaymentPlan, description: 'Payment plan patched successfully' } },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { subscriptionId, deviceId, paymentPlanId } = request.params;
      const saved = await transaction(database, context, (c) => patchPaymentPlan(c, context, subscriptionId, deviceId, paymentPlanId, request.body));
      return sendResource(request, reply, saved);
    },
  });

  statusHistoryRoute(app, {
    item: paymentPlanPaths.item,
    tags,
    kind: 'PaymentPlan',
    resolve: async (c, p) => (await getPaymentPlan(c, p.org, p.subscriptionId, p.deviceId, p.paymentPlanId)).resource.id,
  });

  versionsRoute(app, {
    item: paymentPlanPaths.item,
    tags,
    kind: 'PaymentPlan',
    schema: PaymentPlan,
    resolve: async (c, p) => (await getPaymentPlan(c, p.org, p.subscriptionId, p.deviceId, p.paymentPlanId)).resource.id,
  });
};
