import type { FastifyBaseLogger } from 'fastify';
import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { Composition } from '../../core/context.js';
import { NatsPublisher } from './broker.js';
import { HubDispatcher } from './dispatcher.js';
import { IDLE_POLL_MS, PollingLoop } from '../../core/polling-loop.js';

/**
 * Event delivery next to the operations worker: the webhook dispatcher always, the NATS JetStream publisher when
 * EVENTS_NATS_URL is set. Both read the outbox from stored cursors, so a restart resumes where the last one stopped.
 */
export class EventDelivery {
  private readonly loops: PollingLoop[];
  private readonly publisher: NatsPublisher | undefined;

  constructor(database: Database, log: FastifyBaseLogger, config: Pick<Config, 'hubAllowPrivateTargets' | 'hubRetryBaseMs' | 'eventsNatsUrl'>, composition: Composition) {
    const dispatcher = new HubDispatcher(database, { composition, allowPrivateTargets: config.hubAllowPrivateTargets, retryBaseMs: config.hubRetryBaseMs });
    this.loops = [new PollingLoop('webhook dispatcher', log, () => dispatcher.runOnce(), { idlePollMs: IDLE_POLL_MS })];
    if (config.eventsNatsUrl) {
      const publisher = new NatsPublisher(database, log, { url: config.eventsNatsUrl, composition });
      this.publisher = publisher;
      this.loops.push(new PollingLoop('NATS publisher', log, () => publisher.runOnce(), { idlePollMs: IDLE_POLL_MS }));
    }
  }

  start(): void {
    for (const loop of this.loops) loop.start();
  }

  async stop(): Promise<void> {
    await Promise.all(this.loops.map((loop) => loop.stop()));
    await this.publisher?.close();
  }
}
