import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyBaseLogger } from 'fastify';

/** One of the loop's runners: it runs steps one after another. */
interface Runner {
  running: boolean;
  timer: NodeJS.Timeout | undefined;
  idle: Promise<void>;
}

/**
 * Runs `step` until it reports no work, then again after `pollMs`; `wake()` asks for a run soon; `stop()` waits
 * for the steps in flight. With `concurrency` > 1, that many runners run steps side by side: a busy one calls
 * `wake()` to bring in an idle one, and only one idle runner polls. The background workers (operations, event
 * delivery) are each one of these.
 */
export class PollingLoop {
  private readonly runners: Runner[];
  private readonly pollMs: number;
  private stopped = true;
  /** A wake that found every runner busy: the next runner to end an empty look looks once more instead of idling. */
  private wakeWhileBusy = false;
  /**
   * The context the loop was built in: a `wake()` from a request must not make the loop's steps part of that
   * request (a request's first transaction writes its Idempotency-Key).
   */
  private readonly ownContext = AsyncLocalStorage.snapshot();

  constructor(
    private readonly name: string,
    private readonly log: FastifyBaseLogger,
    private readonly step: () => Promise<boolean>,
    options: { pollMs?: number; concurrency?: number } = {},
  ) {
    this.pollMs = options.pollMs ?? 250;
    this.runners = Array.from({ length: options.concurrency ?? 1 }, () => ({ running: false, timer: undefined, idle: Promise.resolve() }));
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  start(): void {
    this.stopped = false;
    this.schedule(this.runners[0], 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const runner of this.runners) {
      clearTimeout(runner.timer);
      runner.timer = undefined;
    }
    await Promise.all(this.runners.map((runner) => runner.idle));
  }

  /**
   * An idle runner runs soon. When every runner is busy, the wake is remembered: a step that had already looked
   * before the work arrived would otherwise end empty, and the work would wait for the next poll.
   */
  wake(): void {
    const idle = this.runners.find((runner) => !runner.running);
    if (idle) this.schedule(idle, 0);
    else this.wakeWhileBusy = true;
  }

  private schedule(runner: Runner, delay: number): void {
    if (this.stopped) return;
    clearTimeout(runner.timer);
    runner.timer = setTimeout(() => this.ownContext(() => {
      runner.timer = undefined;
      if (!runner.running) runner.idle = this.drain(runner);
    }), delay);
    runner.timer.unref?.();
  }

  private async drain(runner: Runner): Promise<void> {
    runner.running = true;
    try {
      while (!this.stopped) {
        this.wakeWhileBusy = false;
        const hadWork = await this.step();
        if (!hadWork && !this.wakeWhileBusy) break;
      }
    } catch (error) {
      this.log.error({ err: error }, `${this.name} failed; retrying`);
    } finally {
      runner.running = false;
      // The last runner to go idle polls; the others wait for a wake.
      if (!this.runners.some((other) => other.running || other.timer)) this.schedule(runner, this.pollMs);
    }
  }
}
