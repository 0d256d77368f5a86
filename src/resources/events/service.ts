import { randomBytes, randomUUID } from 'node:crypto';
import { readEvents, type DomainEvent } from '../../core/events.js';
import { findById, hashOf, insertResource, listResources, type Conn, type Page, type Stored, rowsToRead } from '../../core/store.js';
import { nowIso, toApiDate, toApiDateOrNull } from '../../core/time.js';
import { assertIfMatch, type Composition, type RequestContext } from '../../core/context.js';
import { AppError, badRequest } from '../../core/errors.js';
import { hubsTable, type Hub, type HubCreate, type StoredHub } from './schema.js';
import { isPrivateHost } from './webhook.js';

/** The org's event log after a sequence, in order: how a consumer that was down catches up. */
export async function replayEvents(c: Conn, composition: Composition, org: string, after: number, limit: number): Promise<{ items: DomainEvent[]; next_after: number }> {
  const rows = await c.db.selectFrom('events').select('data').where('org', '=', org).where('sequence', '>', after).orderBy('sequence').limit(limit).execute();
  const items = (await readEvents(c, composition, rows.map((row) => row.data))).map((read) => read.event);
  return { items, next_after: items.length > 0 ? items[items.length - 1].sequence : after };
}

/** An http(s) URL; a loopback or private IP literal or `localhost` only when private targets are allowed. No DNS here. */
function checkCallback(callback: string, allowPrivateTargets: boolean): void {
  let url: URL;
  try {
    url = new URL(callback);
  } catch {
    throw badRequest(`callback is not a valid URL: ${callback}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw badRequest(`callback must be an http or https URL, got ${url.protocol}`);
  if (!allowPrivateTargets && isPrivateHost(url.hostname)) {
    throw badRequest(`callback ${callback} targets a loopback or private address, which is refused (HUB_ALLOW_PRIVATE_TARGETS is off)`);
  }
}

/**
 * Registers a webhook. It receives the events committed from now on (earlier ones are at GET …/events); the
 * answer is the only one that shows the signing secret.
 */
export async function registerHub(c: Conn, context: RequestContext, body: HubCreate, allowPrivateTargets: boolean) {
  checkCallback(body.callback, allowPrivateTargets);
  const eventTypes = [...new Set(body.event_types ?? [])];
  const hub: StoredHub = {
    id: body.id?.toLowerCase() ?? randomUUID(),
    callback: body.callback,
    event_types: eventTypes,
    status: 'ACTIVE',
    creation_date: toApiDate(nowIso()),
    creation_system: context.identity.system,
    creation_user: context.identity.user,
    secret: randomBytes(32).toString('hex'),
  };
  const { stored, replayed } = await insertResource(c, hubsTable, context.org, hub, hashOf({ callback: hub.callback, event_types: eventTypes }));
  if (!replayed) {
    const counter = await c.db.selectFrom('event_sequences').select('last').where('org', '=', context.org).executeTakeFirst();
    await c.db
      .updateTable('hubs')
      .set({ last_sequence: Number(counter?.last ?? 0) })
      .where('org', '=', context.org)
      .where('id', '=', hub.id)
      .execute();
  }
  const [deliveries] = await deliveriesOf(c, context.org, [stored.resource]);
  return { stored: { resource: { ...publicHub(stored.resource, deliveries), secret: stored.resource.secret }, version: stored.version }, replayed };
}

async function requireHub(c: Conn, org: string, id: string, options: { lock?: boolean } = {}): Promise<Stored<StoredHub>> {
  const stored = await findById(c, hubsTable, org, id, options);
  if (!stored) throw new AppError('HUB_NOT_FOUND', `hub ${id} not found`);
  return stored;
}

function publicHub(hub: StoredHub, deliveries: Hub['deliveries']): Hub {
  const { secret: _secret, ...rest } = hub;
  return { ...rest, deliveries };
}

/**
 * Delivered (counted on the hub), pending (queued, or committed after the hub's cursor and of its types) and dead
 * (given up), for each hub.
 */
async function deliveriesOf(c: Conn, org: string, hubs: StoredHub[]): Promise<Hub['deliveries'][]> {
  if (hubs.length === 0) return [];
  const ids = hubs.map((hub) => hub.id);
  const [cursors, counts] = await Promise.all([
    c.db.selectFrom('hubs').select(['id', 'last_sequence', 'delivered']).where('org', '=', org).where('id', 'in', ids).execute(),
    c.db
      .selectFrom('hub_deliveries')
      .select(['hub_id', 'status', (eb) => eb.fn.countAll().as('count')])
      .where('org', '=', org)
      .where('hub_id', 'in', ids)
      .groupBy(['hub_id', 'status'])
      .execute(),
  ]);
  return Promise.all(
    hubs.map(async (hub) => {
      const cursor = cursors.find((row) => row.id === hub.id);
      const count = (status: string) => Number(counts.find((row) => row.hub_id === hub.id && row.status === status)?.count ?? 0);
      let unqueued = c.db
        .selectFrom('events')
        .select((eb) => eb.fn.countAll().as('count'))
        .where('org', '=', org)
        .where('sequence', '>', Number(cursor?.last_sequence ?? 0));
      if (hub.event_types.length > 0) unqueued = unqueued.where('event_type', 'in', hub.event_types);
      const waiting = Number((await unqueued.executeTakeFirstOrThrow()).count);
      return { delivered: Number(cursor?.delivered ?? 0), pending: count('PENDING') + waiting, dead: count('DEAD') };
    }),
  );
}

export async function getHub(c: Conn, org: string, id: string): Promise<Stored<Hub>> {
  const stored = await requireHub(c, org, id);
  const [deliveries] = await deliveriesOf(c, org, [stored.resource]);
  return { resource: publicHub(stored.resource, deliveries), version: stored.version };
}

export async function listHubs(c: Conn, org: string, page: Page): Promise<{ items: Hub[]; total: number }> {
  const { items, total } = await listResources(c, hubsTable, org, [], page);
  const deliveries = await deliveriesOf(c, org, items);
  return { items: items.map((hub, index) => publicHub(hub, deliveries[index])), total };
}

/** Removes the registration and whatever it was still owed: pending deliveries and dead letters. */
export async function deleteHub(c: Conn, context: RequestContext, id: string): Promise<void> {
  const stored = await requireHub(c, context.org, id, { lock: true });
  assertIfMatch(context, stored.version);
  await c.db.deleteFrom('hub_deliveries').where('org', '=', context.org).where('hub_id', '=', id).execute();
  await c.db.deleteFrom('hubs').where('org', '=', context.org).where('id', '=', id).execute();
}

/** The events a hub gave up on, oldest first, with the last attempt's outcome. */
export async function deadLetters(c: Conn, composition: Composition, org: string, hubId: string, page: Page) {
  await requireHub(c, org, hubId);
  const dead = c.db.selectFrom('hub_deliveries as d').where('d.org', '=', org).where('d.hub_id', '=', hubId).where('d.status', '=', 'DEAD');
  const [rows, count] = await Promise.all([
    (page.after ? dead.where('d.sequence', '>', Number(page.after[0])) : dead)
      .innerJoin('events as e', (join) => join.onRef('e.org', '=', 'd.org').onRef('e.sequence', '=', 'd.sequence'))
      .select(['d.sequence', 'd.attempts', 'd.last_attempt_date', 'd.last_error', 'e.data'])
      .orderBy('d.sequence')
      .limit(rowsToRead(page))
      .offset(page.offset)
      .execute(),
    page.after ? { total: Number.NaN } : dead.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow(),
  ]);
  const events = await readEvents(c, composition, rows.map((row) => row.data as string));
  return {
    items: rows.map((row, index) => ({
      sequence: Number(row.sequence),
      attempts: Number(row.attempts),
      last_attempt_date: toApiDateOrNull(row.last_attempt_date as string | null),
      last_error: (row.last_error as string | null) ?? null,
      event: events[index].event,
    })),
    total: Number(count.total),
  };
}
