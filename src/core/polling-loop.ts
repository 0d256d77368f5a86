import type { FastifyBaseLogger } from 'fastify';

/**
 * Runs `step` until it reports no work, then again after `pollMs`; `wake()` asks for a run soon; `stop()` waits
 * for the step in flight. The background workers (operations, event delivery) are each one of these.
 */
export class PollingLoop {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private stopped = true;
  private idle: Promise<void> = Promise.resolve();

  constructor(
    private readonly name: string,
    private readonly log: FastifyBaseLogger,
    private readonly step: () => Promise<boolean>,
    private readonly pollMs = 250,
  ) {}

  get isStopped(): boolean {
    return this.stopped;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.idle;
  }

  wake(): void {
    if (!this.stopped && !this.running) this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      if (!this.running) this.idle = this.drain();
    }, delay);
    this.timer.unref?.();
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (!this.stopped && (await this.step())) {
        // keep going while there is work
      }
    } catch (error) {
      this.log.error({ err: error }, `${this.name} failed; retrying`);
    } finally {
      this.running = false;
      this.schedule(this.pollMs);
    }
  }
}
