import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Identity } from './context.js';
import { compiledOnce } from '../db/compiled.js';
import type { Dialect, Tx } from '../db/database.js';
import { nowIso, toApiDate } from './time.js';

/** The resources whose changes are published (API.md 13). */
export const EVENT_KINDS = ['Subscription', 'Bundle', 'Promotion', 'Device', 'AddOn', 'Commitment', 'Contract', 'ChangeRequest', 'CreditLimit', 'PaymentPlan'] as const;
const PUBLISHED = new Set<string>(EVENT_KINDS);
export const EVENT_SUFFIXES = ['CreateEvent', 'AttributeValueChangeEvent', 'StateChangeEvent', 'DeleteEvent'] as const;
export const EVENT_TYPES = EVENT_KINDS.flatMap((kind) => EVENT_SUFFIXES.map((suffix) => `${kind}${suffix}`));

export interface DomainEvent {
  event_id: string;
  event_type: string;
  event_time: string;
  org: string;
  sequence: number;
  resource: { kind: string; id: string; href: string | null };
  resource_version: number;
  identity: Identity;
  payload: unknown;
}

export type PendingEvent = Omit<DomainEvent, 'sequence'>;

export function isPublished(kind: string): boolean {
  return PUBLISHED.has(kind);
}

export function pendingEvent(
  org: string,
  kind: string,
  change: 'CreateEvent' | 'AttributeValueChangeEvent' | 'StateChangeEvent' | 'DeleteEvent',
  shown: { id: string; payload: unknown },
  version: number,
  href: string | null,
  identity: Identity,
): PendingEvent {
  return {
    event_id: randomUUID(),
    event_type: `${kind}${change}`,
    event_time: toApiDate(nowIso()),
    org,
    resource: { kind, id: shown.id, href },
    resource_version: version,
    identity,
    payload: shown.payload,
  };
}

/**
 * A resource whose answer is completed after its insert (a promotion and the commitments created with it): its
 * queued CreateEvent carries the completed answer, as GET returns it.
 */
export function completeCreateEvent(events: PendingEvent[] | undefined, kind: string, id: string, payload: unknown): void {
  const event = events?.find((queued) => queued.event_type === `${kind}CreateEvent` && queued.resource.id === id);
  if (event) event.payload = payload;
}

/**
 * Writes a transaction's events at its end: sequence numbers are taken from the org's counter row, whose lock
 * (held only until commit) makes the per-org order the commit order.
 */
export async function flushEvents(db: Tx, dialect: Dialect, events: PendingEvent[]): Promise<void> {
  const byOrg = new Map<string, PendingEvent[]>();
  for (const event of events) {
    const list = byOrg.get(event.org);
    // Pushed, not copied: a batch chunk queues hundreds of events in one transaction.
    if (list) list.push(event);
    else byOrg.set(event.org, [event]);
  }
  for (const [org, list] of byOrg) {
    const count = list.length;
    const upsert = compiledOnce(`${dialect} event counter`, [org, count, count], () =>
      db
        .insertInto('event_sequences')
        .values({ org, last: count })
        .onConflict((conflict) => conflict.column('org').doUpdateSet({ last: sql`event_sequences.last + ${count}` }))
        .returning('last')
        .compile(),
    );
    const { rows } = await db.executeQuery<{ last: number | string }>(upsert);
    const first = Number(rows[0].last) - count + 1;
    const values = list.map((event, index) => ({
      org,
      sequence: first + index,
      event_type: event.event_type,
      resource_kind: event.resource.kind,
      resource_id: event.resource.id,
      event_time: new Date(event.event_time).toISOString(),
      data: JSON.stringify({ ...event, sequence: first + index }),
    }));
    const insert = compiledOnce(`${dialect} insert events ${count}`, values.flatMap(Object.values), () => db.insertInto('events').values(values).compile());
    await db.executeQuery(insert);
  }
}
