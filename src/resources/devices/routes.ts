import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { OperationsSet } from '../../core/patch.js';
import { conn, transaction } from '../../core/store.js';
import { contextOf, sendCreated, sendResource } from '../../http/context.js';
import { ChangeHeaders, CreateHeaders, NOT_FOUND_TEXT, notFoundRow, pathParams, patchDescription } from '../../http/schemas.js';
import { parseFilters, requiredFiltersText, requireOneOf } from '../../http/filters.js';
import { listQuery } from '../../http/lists.js';
import { AsOf, AsOfQuery, readConn } from '../../http/as-of.js';
import { versionsRoute } from '../../http/versions-route.js';
import { devicePaths } from './paths.js';
import { Device, DeviceCreate, deviceLookupFilters, subscriptionDeviceFilters } from './schema.js';
import { addDevice, DEVICE_PATCH_PATHS, getDevice, listSubscriptionDevices, lookupDevices, patchDevice } from './service.js';

const tags = ['Devices'];


const DEVICE_LOOKUP_FILTERS = ['mac_address', 'serial_number'];

/** D1–D5 (API.md 5). */
export const deviceRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database } = app;
  const base = devicePaths.collection.pattern;
  const one = devicePaths.item.pattern;

  app.get(devicePaths.lookup.pattern, {
    schema: {
      tags,
      summary: 'Find the devices of the org by MAC address and/or serial number (one of them is required), newest first',
      description: requiredFiltersText(DEVICE_LOOKUP_FILTERS),
      params: pathParams(),
      querystring: listQuery(deviceLookupFilters, { paged: false }),
      response: { 200: Type.Array(Device, { description: 'Devices found' }), ...notFoundRow(NOT_FOUND_TEXT.subscription) },
    },
    handler: async (request) => {
      const conditions = parseFilters(deviceLookupFilters, request.query);
      requireOneOf(request.query, DEVICE_LOOKUP_FILTERS);
      return lookupDevices(conn(database), request.params.org, conditions);
    },
  });

  app.get(base, {
    schema: {
      tags,
      summary: "A subscription's devices",
      params: pathParams('subscriptionId'),
      querystring: listQuery(subscriptionDeviceFilters, { paged: false, extra: { as_of: AsOf } }),
      response: { 200: Type.Array(Device, { description: 'Devices found for the subscription' }), ...notFoundRow(NOT_FOUND_TEXT.subscription) },
    },
    handler: async (request) => {
      const conditions = parseFilters(subscriptionDeviceFilters, request.query);
      return listSubscriptionDevices(await readConn(request), request.params.org, request.params.subscriptionId, conditions);
    },
  });

  app.post(base, {
    schema: {
      tags,
      summary: 'Add a device (with its commitments) to a PRE_ACTIVE, ACTIVE or SUSPENDED subscription',
      params: pathParams('subscriptionId'),
      headers: CreateHeaders,
      body: DeviceCreate,
      response: { 201: { ...Device, description: 'Device added to subscription' }, ...notFoundRow(NOT_FOUND_TEXT.subscription) },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { subscriptionId } = request.params;
      const { stored, replayed } = await transaction(database, context, (c) => addDevice(c, context, subscriptionId, request.body));
      return sendCreated(reply, devicePaths.item.path({ org: context.org, subscriptionId, deviceId: stored.resource.id }), stored, replayed);
    },
  });

  app.get(one, {
    schema: {
      tags,
      summary: 'Get a device of a subscription',
      params: pathParams('subscriptionId', 'deviceId'),
      querystring: AsOfQuery,
      response: { 200: { ...Device, description: 'Device found' }, ...notFoundRow(NOT_FOUND_TEXT.device) },
    },
    handler: async (request, reply) => {
      const { org, subscriptionId, deviceId } = request.params;
      return sendResource(request, reply, await getDevice(await readConn(request), org, subscriptionId, deviceId));
    },
  });

  app.patch(one, {
    schema: {
      tags,
      summary: 'Patch a device',
      description: patchDescription('a device', DEVICE_PATCH_PATHS),
      params: pathParams('subscriptionId', 'deviceId'),
      headers: ChangeHeaders,
      body: OperationsSet,
      response: { 200: { ...Device, description: 'Device patched successfully' }, ...notFoundRow(NOT_FOUND_TEXT.device) },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { subscriptionId, deviceId } = request.params;
      const saved = await transaction(database, context, (c) => patchDevice(c, context, subscriptionId, deviceId, request.body));
      return sendResource(request, reply, saved);
    },
  });

  versionsRoute(app, {
    item: devicePaths.item,
    tags,
    kind: 'Device',
    schema: Device,
    resolve: async (c, params) => (await getDevice(c, params.org, params.subscriptionId, params.deviceId)).resource.id,
  });
};
