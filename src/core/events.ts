import { randomUUID } from 'node:crypto';
import type { Composition, Identity, RequestContext } from './context.js';
import type { Conn, Stored } from './store.js';
import { appendEvents, type AppendedEvent } from '../db/outbox.js';
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

/**
 * An event queued in its transaction's outbox. Its payload and version are what GET answers once the transaction's
 * work is done (`showEvents`): `subject` is the resource as stored, which its family's view reads again.
 */
export interface PendingEvent {
  event: Omit<DomainEvent, 'sequence' | 'payload'> & { payload?: unknown };
  subject: { id: string };
  /** The operation whose work made the change (kept beside the event, for the resource's versions). */
  operationId: string | null;
}

/**
 * What GET of a published resource answers, read with the writing transaction: the family's own read path, given
 * the resource as stored (its parent links say where it lives).
 */
export type EventView = (c: Conn, context: RequestContext, subject: { id: string }) => Promise<Stored<unknown>>;

/**
 * What GET answers for a kind whose answer is a function of its stored document alone (no embedded children), or
 * what its event stores of it when its kind completes its events when they are read (EventCompletion): each of its
 * events shows the state right after its own change, with no read, even when one transaction (a batch chunk)
 * changes the resource several times.
 */
export type EventPresenter = (subject: { id: string }) => unknown;

/**
 * For a kind that keeps part of its answer beside its row (a credit limit's history, one row per change): its events
 * are stored with the resource as its presenter gives it (its row at that version), and this completes them into
 * the GET answer at their version whenever they are read — replay, dead letters, webhooks, the broker — so writing
 * an event costs the same whatever the history, and every reader sees the same payload.
 */
export type EventCompletion = (c: Conn, events: DomainEvent[]) => Promise<void>;

declare module './context.js' {
  interface Composition {
    /** How each published kind is shown in its events: the view of its GET (API.md 13). */
    eventViews: Record<string, EventView>;
    eventPresenters: Record<string, EventPresenter>;
    eventCompletions: Record<string, EventCompletion>;
  }
}

/** A stored event as its readers see it: `text` is the document sent (the stored one, unless it was completed). */
export interface ReadEvent {
  event: DomainEvent;
  text: string;
}

/** The stored event documents as every reader must show them: each completed where its kind has a completion. */
export async function readEvents(c: Conn, composition: Composition, documents: string[]): Promise<ReadEvent[]> {
  const read = documents.map((text) => ({ event: JSON.parse(text) as DomainEvent, text }));
  const byKind = new Map<EventCompletion, ReadEvent[]>();
  for (const entry of read) {
    const complete = composition.eventCompletions[entry.event.resource.kind];
    if (!complete) continue;
    const entries = byKind.get(complete);
    if (entries) entries.push(entry);
    else byKind.set(complete, [entry]);
  }
  for (const [complete, entries] of byKind) {
    await complete(c, entries.map((entry) => entry.event));
    for (const entry of entries) entry.text = JSON.stringify(entry.event);
  }
  return read;
}

export function isPublished(kind: string): boolean {
  return PUBLISHED.has(kind);
}

export function pendingEvent(
  org: string,
  kind: string,
  change: 'CreateEvent' | 'AttributeValueChangeEvent' | 'StateChangeEvent' | 'DeleteEvent',
  subject: { id: string },
  publishedId: string,
  version: number,
  href: string | null,
  identity: Identity,
  options: { time?: string; operationId?: string | null } = {},
): PendingEvent {
  return {
    event: {
      event_id: randomUUID(),
      event_type: `${kind}${change}`,
      event_time: toApiDate(options.time ?? nowIso()),
      org,
      resource: { kind, id: publishedId, href },
      resource_version: version,
      identity,
    },
    subject,
    operationId: options.operationId ?? null,
  };
}

/**
 * Fills each queued event with what GET of its resource answers now, at the end of the transaction's work: the
 * children it embeds and every later change in the transaction included (a line created with its devices, a
 * promotion whose commitments started), and the version behind that answer's ETag. Each resource is read once,
 * however many events it has in the transaction: they all show the state that commits. A kind with a presenter
 * shows each change's own state instead; an event already shown (a batch line's) is left as it is.
 */
export async function showEvents(c: Conn, composition: Composition | undefined, events: PendingEvent[]): Promise<void> {
  const views = new Map<string, Promise<Stored<unknown>>>();
  for (const { event, subject } of events) {
    if (event.payload !== undefined) continue;
    const present = composition?.eventPresenters[event.resource.kind];
    if (present) {
      event.payload = present(subject);
      continue;
    }
    const key = `${event.org} ${event.resource.kind} ${subject.id}`;
    let shown = views.get(key);
    if (!shown) {
      const view = composition?.eventViews[event.resource.kind];
      if (!view) throw new Error(`${event.resource.kind} ${subject.id} changed in a transaction that cannot show it: its event needs the composition's view`);
      shown = view(c, { org: event.org, identity: event.identity, composition: composition! }, subject);
      views.set(key, shown);
    }
    const { resource, version } = await shown;
    event.payload = resource;
    event.resource_version = version;
  }
}

/**
 * For a caller that holds a resource's answer as it will commit (nothing after it in the transaction changes the
 * resource, such as a create whose route answers it): its queued events show that answer, and `showEvents` reads
 * nothing for them.
 */
export function showAnswer(c: Conn, org: string, kind: string, answer: Stored<{ id: string }>): void {
  for (const { event, subject } of c.events ?? []) {
    if (event.payload !== undefined || event.org !== org || event.resource.kind !== kind || subject.id !== answer.resource.id) continue;
    event.payload = answer.resource;
    event.resource_version = answer.version;
  }
}

/**
 * Writes a transaction's events at its end, numbered in each org's commit order (`appendEvents`). The `resource_id`
 * column is the resource's own row id (`subject.id`), not its published id: a credit limit publishes its kind name
 * (API.md 13), which names the same limit on every line, while its versions and its deliveries' order are per line's
 * limit. Events stored before this kept the published id there: a limit's versions start at its first change since,
 * and a delivery pending across the upgrade is ordered apart from the limit's later ones.
 */
export async function flushEvents(db: Tx, dialect: Dialect, events: PendingEvent[]): Promise<void> {
  const byOrg = new Map<string, AppendedEvent[]>();
  for (const { event, subject, operationId } of events) {
    // The document as readers parse it, its sequence last (the number is the database's to give).
    const appended: AppendedEvent = {
      event_type: event.event_type,
      resource_kind: event.resource.kind,
      resource_id: subject.id,
      event_time: new Date(event.event_time).toISOString(),
      opening: `${JSON.stringify(event).slice(0, -1)},"sequence":`,
      operation_id: operationId,
    };
    const list = byOrg.get(event.org);
    // Pushed, not copied: a batch chunk queues hundreds of events in one transaction.
    if (list) list.push(appended);
    else byOrg.set(event.org, [appended]);
  }
  for (const [org, list] of byOrg) await appendEvents(db, dialect, org, list);
}
