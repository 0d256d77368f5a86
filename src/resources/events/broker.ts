import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { JetStreamClient, NatsConnection } from 'nats';
import { sql } from 'kysely';
import { forUpdateSkipLocked, type Database, type Tx } from '../../db/database.js';
import { conn, transaction } from '../../core/store.js';
import { readEvents } from '../../core/events.js';
import type { Composition } from '../../core/context.js';
import { now } from '../../core/time.js';

/** The stream created when none captures `inventory.>` yet (an operator may create their own beforehand). */
export const STREAM = 'INVENTORY';

export const subjectOf = (org: string, resourceKind: string, eventType: string) => `inventory.${org}.${resourceKind}.${eventType}`;

const RECONNECT_DELAY_MS = 5_000;

/**
 * Publishes the outbox to NATS JetStream, per org from a stored cursor, at least once: the cursor moves after the
 * broker acknowledged, and a republished event carries the same message id (the event id), which JetStream
 * de-duplicates. An org's cursor is claimed with a token and a lease so two publishers never work on it together.
 */
export class NatsPublisher {
  private connection: NatsConnection | undefined;
  private jetstream: JetStreamClient | undefined;
  private retryConnectAt = 0;
  private closed = false;

  constructor(
    private readonly database: Database,
    private readonly log: FastifyBaseLogger,
    private readonly options: { url: string; composition: Composition; leaseMs?: number; batchSize?: number },
  ) {}

  /** Publishes one batch of each org that is behind; false when there was nothing to do (or no broker yet). */
  async runOnce(): Promise<boolean> {
    await this.addCursorsOfNewOrgs();
    const behind = (db: Tx) =>
      db
        .selectFrom('broker_cursors')
        .where((eb) => eb('last_sequence', '<', eb.selectFrom('event_sequences').select('last').whereRef('event_sequences.org', '=', 'broker_cursors.org')))
        .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', now().toISOString())]));
    if (!(await behind(this.database.db).select('org').limit(1).executeTakeFirst())) return false;
    const jetstream = await this.client();
    if (!jetstream) return false;
    const token = randomUUID();
    const claimed = await transaction(this.database, async (c) => {
      const rows = await forUpdateSkipLocked(c.dialect, behind(c.db).select(['org', 'last_sequence']).limit(10)).execute();
      const leaseEnd = new Date(now().getTime() + (this.options.leaseMs ?? 30_000)).toISOString();
      for (const row of rows) {
        await c.db.updateTable('broker_cursors').set({ claim_token: token, claimed_until: leaseEnd }).where('org', '=', row.org).execute();
      }
      return rows.map((row) => ({ org: row.org as string, after: Number(row.last_sequence) }));
    });
    await Promise.all(claimed.map((cursor) => this.publishOrg(jetstream, cursor.org, cursor.after, token)));
    return claimed.length > 0;
  }

  private async publishOrg(jetstream: JetStreamClient, org: string, after: number, token: string): Promise<void> {
    const events = await this.database.db
      .selectFrom('events')
      .select(['sequence', 'event_type', 'resource_kind', 'data'])
      .where('org', '=', org)
      .where('sequence', '>', after)
      .orderBy('sequence')
      .limit(this.options.batchSize ?? 500)
      .execute();
    let published = after;
    try {
      const documents = await readEvents(conn(this.database), this.options.composition, events.map((event) => event.data as string));
      // One at a time: the stream keeps each org's events in sequence order.
      for (const [index, event] of events.entries()) {
        const { text, event: read } = documents[index];
        await jetstream.publish(subjectOf(org, event.resource_kind as string, event.event_type as string), Buffer.from(text), { msgID: read.event_id });
        published = Number(event.sequence);
      }
    } finally {
      await this.database.db
        .updateTable('broker_cursors')
        .set({ last_sequence: published, claim_token: null, claimed_until: null })
        .where('org', '=', org)
        .where('claim_token', '=', token)
        .execute();
    }
  }

  /** Every org with events gets a cursor at 0: the broker receives the whole log, then follows it. */
  private async addCursorsOfNewOrgs(): Promise<void> {
    const missing = (db: Tx) =>
      db
        .selectFrom('event_sequences')
        .where(({ not, exists, selectFrom }) => not(exists(selectFrom('broker_cursors').select('org').whereRef('broker_cursors.org', '=', 'event_sequences.org'))));
    if (!(await missing(this.database.db).select('org').limit(1).executeTakeFirst())) return;
    await this.database.db
      .insertInto('broker_cursors')
      .columns(['org', 'last_sequence'])
      .expression(missing(this.database.db).select(['org', sql.lit(0).as('last_sequence')]))
      .onConflict((conflict) => conflict.column('org').doNothing())
      .execute();
  }

  /** The JetStream client, connecting (and creating the stream if missing) on first need; undefined while unreachable. */
  private async client(): Promise<JetStreamClient | undefined> {
    if (this.jetstream) return this.jetstream;
    if (Date.now() < this.retryConnectAt || this.closed) return undefined;
    let connection: NatsConnection | undefined;
    try {
      // Loaded on first use: a service without EVENTS_NATS_URL never pays for the client.
      const { connect } = await import('nats');
      connection = await connect({ servers: this.options.url, timeout: 2_000, maxReconnectAttempts: -1, name: 'subscriptions-inventory' });
      const manager = await connection.jetstreamManager();
      await manager.streams.find(subjectOf('any', 'Any', 'AnyEvent')).catch(async () => {
        await manager.streams.add({ name: STREAM, subjects: ['inventory.>'] });
      });
      if (this.closed) throw new Error('closed while connecting');
      this.connection = connection;
      this.jetstream = connection.jetstream();
      this.log.info({ url: this.options.url }, 'publishing events to NATS JetStream');
      return this.jetstream;
    } catch (error) {
      await connection?.close().catch(() => undefined);
      this.retryConnectAt = Date.now() + RECONNECT_DELAY_MS;
      if (!this.closed) this.log.warn({ err: error, url: this.options.url }, `NATS JetStream is not reachable; retrying in ${RECONNECT_DELAY_MS / 1000} s`);
      return undefined;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.connection?.close().catch(() => undefined);
  }
}
