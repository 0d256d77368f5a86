import { Type, type Static } from '@sinclair/typebox';
import { EVENT_TYPES } from '../../core/events.js';
import type { ResourceTable } from '../../core/store.js';
import { DateTime, Nullable, SafeInteger, ServerOwned, Uuid } from '../../core/schemas.js';

export const Event = Type.Object(
  {
    event_id: Uuid('The de-duplication id: the same on every delivery and publication of this event'),
    event_type: Type.String({ description: '<Resource>CreateEvent, <Resource>AttributeValueChangeEvent, <Resource>StateChangeEvent or <Resource>DeleteEvent' }),
    event_time: DateTime(),
    org: Type.String(),
    sequence: Type.Integer({ description: 'Per org, from 1, strictly increasing in commit order' }),
    resource: Type.Object({ kind: Type.String(), id: Type.String(), href: Nullable(Type.String()) }),
    resource_version: Type.Integer({ description: 'The version behind the resource ETag after the change' }),
    identity: Type.Object({ system: Type.String(), user: Type.String() }),
    payload: Type.Unknown({ description: 'The resource after the change' }),
  },
  { title: 'Event' },
);

export const EventsQuery = Type.Object(
  {
    after: Type.Optional(SafeInteger({ minimum: 0, default: 0, description: 'Answer the events after this sequence' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100, description: 'At most this many events (1–1000)' })),
  },
  { additionalProperties: false },
);

export const EventPage = Type.Object(
  {
    items: Type.Array(Event),
    next_after: Type.Integer({ description: 'The `after` of the next page: the last item sequence, or the `after` sent when empty' }),
  },
  { title: 'EventPage' },
);

export const HUB_STATUSES = ['ACTIVE', 'DISABLED'] as const;

// An enum keyword (not a union of literals) so a 400 lists the known types.
const EventType = Type.Unsafe<string>({ type: 'string', enum: EVENT_TYPES });

const HubDeliveries = Type.Object(
  {
    delivered: Type.Integer({ description: 'Events delivered (a 2xx answer)' }),
    pending: Type.Integer({ description: 'Events waiting for their first attempt or a retry' }),
    dead: Type.Integer({ description: 'Events given up after 10 attempts: listed at …/hub/{hubId}/dead_letters' }),
  },
  { title: 'HubDeliveries' },
);

const hubFields = {
  id: Uuid(),
  callback: Type.String({ description: 'The http or https URL each event is POSTed to' }),
  event_types: Type.Array(EventType, { description: 'The event types delivered; empty: every type' }),
  status: Type.Union(HUB_STATUSES.map((status) => Type.Literal(status))),
  creation_date: DateTime(),
  creation_system: Type.String(),
  creation_user: Type.String(),
  deliveries: HubDeliveries,
};

export const Hub = Type.Object(hubFields, { title: 'Hub' });
export type Hub = Static<typeof Hub>;

export const HubRegistration = Type.Object(
  { ...hubFields, secret: Type.String({ description: 'The HMAC-SHA256 signing key, shown only in this answer' }) },
  { title: 'HubRegistration' },
);


export const HubCreate = Type.Object(
  {
    id: Type.Optional(Uuid('Chosen by the client, else generated')),
    callback: Type.String({ format: 'uri', minLength: 1, maxLength: 2048, description: 'An http or https URL' }),
    event_types: Type.Optional(Type.Array(EventType, { maxItems: EVENT_TYPES.length, description: 'Deliver only these event types (default: every type)' })),
    secret: ServerOwned,
    status: ServerOwned,
    deliveries: ServerOwned,
    creation_date: ServerOwned,
    creation_system: ServerOwned,
    creation_user: ServerOwned,
  },
  { additionalProperties: false, title: 'HubCreate' },
);
export type HubCreate = Static<typeof HubCreate>;

export const DeadLetter = Type.Object(
  {
    sequence: Type.Integer(),
    attempts: Type.Integer(),
    last_attempt_date: Nullable(DateTime()),
    last_error: Nullable(Type.String({ description: 'The last answer status or connection error' })),
    event: Event,
  },
  { title: 'DeadLetter' },
);

/** The stored registration: the public fields the hub row keeps, plus its signing secret. */
export type StoredHub = Omit<Hub, 'deliveries'> & { secret: string };

export const hubsTable: ResourceTable<StoredHub> = {
  table: 'hubs',
  kind: 'Hub',
  columns: (hub) => ({ status: hub.status }),
};
