import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { forUpdate, forUpdateSkipLocked, type Database, type Tx } from '../../db/database.js';
import { transaction } from '../../core/store.js';
import { readEvents } from '../../core/events.js';
import type { Composition } from '../../core/context.js';
import { now } from '../../core/time.js';
import type { StoredHub } from './schema.js';
import { postEvent, signatureHeader, type DeliveryOutcome } from './webhook.js';

export const MAX_ATTEMPTS = 10;
const MAX_RETRY_DELAY_MS = 3_600_000;

/** The wait after a failed attempt: the base (1 s in production) doubling per attempt, at most an hour. */
export function retryDelayMs(attempts: number, baseMs: number): number {
  return Math.min(baseMs * 2 ** (attempts - 1), MAX_RETRY_DELAY_MS);
}

export interface DispatcherOptions {
  /** Its families' event completions: a delivery sends the event as every reader sees it. */
  composition: Composition;
  allowPrivateTargets: boolean;
  retryBaseMs: number;
  /** One attempt's time limit. */
  timeoutMs?: number;
  /** How long a claim is ours: past it, another dispatcher retries the delivery (its owner is presumed dead). */
  leaseMs?: number;
  batchSize?: number;
}

/** A delivery this dispatcher holds the claim of, with what it needs to send it. */
export interface ClaimedDelivery {
  org: string;
  hubId: string;
  sequence: number;
  token: string;
  eventId: string;
  body: string;
  callback: string;
  secret: string;
}

/**
 * Webhook delivery from the outbox. Each hub's new events are queued as deliveries (from the hub's cursor, filtered
 * by its event types); due deliveries are claimed with a token and a lease (SKIP LOCKED on PostgreSQL, the single
 * write lock on SQLite), POSTed outside any transaction, and their outcome is recorded only while the claim is still
 * ours. A delivery waits while an earlier one of the same resource for the same hub is pending, so each resource's
 * events arrive in order; a dead one no longer blocks the resource.
 */
export class HubDispatcher {
  private readonly timeoutMs: number;
  private readonly leaseMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly database: Database,
    private readonly options: DispatcherOptions,
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.leaseMs = options.leaseMs ?? this.timeoutMs + 5_000;
    this.batchSize = options.batchSize ?? 20;
  }

  /** Queues new events and sends one batch of due deliveries; false when there was nothing to do. */
  async runOnce(): Promise<boolean> {
    const queued = await this.queueNewEvents();
    const claimed = await this.claimDue();
    await Promise.all(claimed.map(async (delivery) => this.finish(delivery, await this.send(delivery))));
    return queued || claimed.length > 0;
  }

  /** Copies the events each active hub has not seen yet into its deliveries, and moves its cursor. */
  async queueNewEvents(): Promise<boolean> {
    const behind = (db: Tx) =>
      db
        .selectFrom('hubs')
        .where('status', '=', 'ACTIVE')
        .where((eb) =>
          eb('last_sequence', '<', eb.fn.coalesce(eb.selectFrom('event_sequences').select('last').whereRef('event_sequences.org', '=', 'hubs.org'), eb.lit(0))),
        );
    // A read first, so an idle dispatcher never takes SQLite's write lock.
    if (!(await behind(this.database.db).select('id').limit(1).executeTakeFirst())) return false;
    return transaction(this.database, async (c) => {
      const hubs = await forUpdateSkipLocked(c.dialect, behind(c.db).select(['org', 'id', 'data', 'last_sequence']).limit(this.batchSize)).execute();
      const at = now().toISOString();
      let moved = false;
      for (const hub of hubs) {
        const { event_types: types } = JSON.parse(hub.data as string) as StoredHub;
        const events = await c.db
          .selectFrom('events')
          .select(['sequence', 'event_type', 'resource_kind', 'resource_id'])
          .where('org', '=', hub.org)
          .where('sequence', '>', hub.last_sequence)
          .orderBy('sequence')
          .limit(500)
          .execute();
        if (events.length === 0) continue;
        moved = true;
        const wanted = events.filter((event) => types.length === 0 || types.includes(event.event_type as string));
        if (wanted.length > 0) {
          await c.db
            .insertInto('hub_deliveries')
            .values(
              wanted.map((event) => ({
                org: hub.org,
                hub_id: hub.id,
                sequence: event.sequence,
                event_type: event.event_type,
                resource_kind: event.resource_kind,
                resource_id: event.resource_id,
                status: 'PENDING',
                attempts: 0,
                next_attempt_at: at,
              })),
            )
            .execute();
        }
        await c.db
          .updateTable('hubs')
          .set((eb) => ({ last_sequence: events[events.length - 1].sequence, version: wanted.length > 0 ? eb('version', '+', 1) : eb.ref('version') }))
          .where('org', '=', hub.org)
          .where('id', '=', hub.id)
          .execute();
      }
      return moved;
    });
  }

  /** Claims due deliveries whose resource has no earlier pending delivery on the same hub. */
  async claimDue(): Promise<ClaimedDelivery[]> {
    const at = now();
    const due = (db: Tx) =>
      db
        .selectFrom('hub_deliveries as d')
        // Literal, so PostgreSQL proves the partial index's predicate.
        .where(sql<boolean>`d.status = 'PENDING'`)
        .where('d.next_attempt_at', '<=', at.toISOString());
    if (!(await due(this.database.db).select('d.sequence').limit(1).executeTakeFirst())) return [];
    return transaction(this.database, async (c) => {
      const rows = await forUpdateSkipLocked(
        c.dialect,
        due(c.db)
          .where(({ not, exists, selectFrom }) =>
            not(
              exists(
                selectFrom('hub_deliveries as p')
                  .select('p.sequence')
                  .whereRef('p.org', '=', 'd.org')
                  .whereRef('p.hub_id', '=', 'd.hub_id')
                  .whereRef('p.resource_kind', '=', 'd.resource_kind')
                  .whereRef('p.resource_id', '=', 'd.resource_id')
                  .whereRef('p.sequence', '<', 'd.sequence')
                  .where(sql<boolean>`p.status = 'PENDING'`),
              ),
            ),
          )
          .select(['d.org', 'd.hub_id', 'd.sequence'])
          .orderBy('d.next_attempt_at')
          .limit(this.batchSize),
      ).execute();
      const claimed: Array<Omit<ClaimedDelivery, 'body' | 'eventId'> & { data: string }> = [];
      const token = randomUUID();
      const leaseEnd = new Date(at.getTime() + this.leaseMs).toISOString();
      for (const row of rows) {
        const key = { org: row.org as string, hubId: row.hub_id as string, sequence: Number(row.sequence) };
        const [hub, event] = await Promise.all([
          c.db.selectFrom('hubs').select('data').where('org', '=', key.org).where('id', '=', key.hubId).executeTakeFirst(),
          c.db.selectFrom('events').select('data').where('org', '=', key.org).where('sequence', '=', key.sequence).executeTakeFirst(),
        ]);
        const delivery = c.db.deleteFrom('hub_deliveries').where('org', '=', key.org).where('hub_id', '=', key.hubId).where('sequence', '=', key.sequence);
        if (!hub || !event) {
          // Queued for a hub deleted meanwhile: nobody is owed it any more.
          await delivery.execute();
          continue;
        }
        await c.db
          .updateTable('hub_deliveries')
          .set({ claim_token: token, next_attempt_at: leaseEnd })
          .where('org', '=', key.org)
          .where('hub_id', '=', key.hubId)
          .where('sequence', '=', key.sequence)
          .execute();
        const { callback, secret } = JSON.parse(hub.data as string) as StoredHub;
        claimed.push({ ...key, token, callback, secret, data: event.data as string });
      }
      const events = await readEvents(c, this.options.composition, claimed.map((delivery) => delivery.data));
      return claimed.map(({ data: _data, ...delivery }, index) => ({ ...delivery, body: events[index].text, eventId: events[index].event.event_id }));
    });
  }

  /** One attempt: the event document as every reader sees it as body, signed with the hub's secret at the time of sending. */
  send(delivery: ClaimedDelivery): Promise<DeliveryOutcome> {
    return postEvent(
      delivery.callback,
      delivery.body,
      { 'x-inventory-event-id': delivery.eventId, 'x-inventory-signature': signatureHeader(delivery.secret, delivery.body) },
      { allowPrivateTargets: this.options.allowPrivateTargets, timeoutMs: this.timeoutMs },
    );
  }

  /** Records an attempt's outcome: delivered (counted, removed), retried later, or DEAD after the last attempt. */
  async finish(delivery: ClaimedDelivery, outcome: DeliveryOutcome): Promise<void> {
    await transaction(this.database, async (c) => {
      const thisDelivery = { org: delivery.org, hub_id: delivery.hubId, sequence: delivery.sequence };
      const row = await forUpdate(
        c.dialect,
        c.db
          .selectFrom('hub_deliveries')
          .select('attempts')
          .where((eb) => eb.and(thisDelivery))
          .where('claim_token', '=', delivery.token),
      ).executeTakeFirst();
      if (!row) return; // the lease ran out and another dispatcher took the delivery over, or the hub was deleted
      const at = now();
      const attempts = Number(row.attempts) + 1;
      const bumpHub = (delivered: number) =>
        c.db
          .updateTable('hubs')
          .set((eb) => ({ delivered: eb('delivered', '+', delivered), version: eb('version', '+', 1) }))
          .where('org', '=', delivery.org)
          .where('id', '=', delivery.hubId)
          .execute();
      if (outcome.ok) {
        await c.db.deleteFrom('hub_deliveries').where((eb) => eb.and(thisDelivery)).execute();
        await bumpHub(1);
        return;
      }
      const dead = attempts >= MAX_ATTEMPTS;
      await c.db
        .updateTable('hub_deliveries')
        .set({
          status: dead ? 'DEAD' : 'PENDING',
          attempts,
          claim_token: null,
          next_attempt_at: new Date(at.getTime() + (dead ? 0 : retryDelayMs(attempts, this.options.retryBaseMs))).toISOString(),
          last_attempt_date: at.toISOString(),
          last_error: outcome.error,
        })
        .where((eb) => eb.and(thisDelivery))
        .execute();
      if (dead) await bumpHub(0);
    });
  }
}
