import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { conn, transaction } from '../../core/store.js';
import { contextOf, sendCreated, sendResource } from '../../http/context.js';
import { ChangeHeaders, CreateHeaders, pathParams } from '../../http/schemas.js';
import { listQuery, pageOf, pagedSet, sendPage } from '../../http/lists.js';
import { eventPaths } from './paths.js';
import { DeadLetter, EventPage, EventsQuery, Hub, HubCreate, HubRegistration } from './schema.js';
import { deadLetters, deleteHub, getHub, listHubs, registerHub, replayEvents } from './service.js';

const HubList = pagedSet('HubList', Hub);
const DeadLetterList = pagedSet('DeadLetterList', DeadLetter);
const tags = ['Events'];

export const eventRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { database, config, composition } = app;
  const hubs = eventPaths.hubs.pattern;
  const hub = eventPaths.hub.pattern;

  app.get(eventPaths.events.pattern, {
    schema: {
      tags,
      summary: "The org's event log after a sequence, in commit order (replay: page on with after=next_after)",
      params: pathParams(),
      querystring: EventsQuery,
      response: { 200: EventPage },
    },
    handler: async (request) => replayEvents(conn(database), composition, request.params.org, request.query.after ?? 0, request.query.limit ?? 100),
  });

  app.post(hubs, {
    schema: {
      tags,
      summary: 'Register a webhook: every event (or those of event_types) is POSTed to callback, signed with the secret shown only in this answer',
      params: pathParams(),
      headers: CreateHeaders,
      body: HubCreate,
      response: { 201: { ...HubRegistration, description: 'Webhook registered' } },
    },
    handler: async (request, reply) => {
      const context = contextOf(request);
      const { stored, replayed } = await transaction(database, context, (c) => registerHub(c, context, request.body, config.hubAllowPrivateTargets));
      return sendCreated(reply, eventPaths.hub.path({ org: context.org, hubId: stored.resource.id }), stored, replayed);
    },
  });

  app.get(hubs, {
    schema: { tags, summary: "The org's webhook registrations with their delivery counters, oldest first", params: pathParams(), querystring: listQuery({}), response: { 200: HubList } },
    handler: async (request, reply) => {
      const page = pageOf(request.query);
      return sendPage(reply, page, await listHubs(conn(database), request.params.org, page));
    },
  });

  app.get(hub, {
    schema: {
      tags,
      summary: 'A webhook registration with its delivery counters (delivered, pending, dead); the dead letters are at …/hub/{hubId}/dead_letters',
      params: pathParams('hubId'),
      response: { 200: Hub },
    },
    handler: async (request, reply) => sendResource(request, reply, await getHub(conn(database), request.params.org, request.params.hubId)),
  });

  app.get(`${hub}/dead_letters`, {
    schema: {
      tags,
      summary: "A webhook's dead letters: the events given up after 10 failed attempts, with the last error, oldest first",
      params: pathParams('hubId'),
      querystring: listQuery({}),
      response: { 200: DeadLetterList },
    },
    handler: async (request, reply) => {
      const page = pageOf(request.query);
      return sendPage(reply, page, await deadLetters(conn(database), composition, request.params.org, request.params.hubId, page), (letter) => [letter.sequence]);
    },
  });

  app.delete(hub, {
    schema: {
      tags,
      summary: 'Unregister a webhook: its pending deliveries and dead letters go with it',
      params: pathParams('hubId'),
      headers: ChangeHeaders,
      response: { 204: Type.Null({ description: 'Webhook unregistered' }) },
    },
    handler: async (request, reply) => {
      await transaction(database, contextOf(request), (c) => deleteHub(c, contextOf(request), request.params.hubId));
      return reply.status(204).send(null);
    },
  });
};
