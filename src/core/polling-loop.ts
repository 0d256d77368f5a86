import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyBaseLogger } from 'fastify';

/**
 * The longest wait of an idle background loop (operations, event delivery): what work enqueued by another process
 * (an API node apart from the workers, a scheduled date reached) may wait before it is seen.
 */
export const IDLE_POLL_MS = 1_000;

/** One of the loop's runners: it runs steps one after another. */
interface Runner {
  running: boolean;
  timer: NodeJS.Timeout | undefined;
  idle: Promise<void>;
}

/**
 * Runs `step` until it reports no work, then again after `pollMs`; `wake()` asks for a run soon; `stop()` waits
 * for the steps in flight. With `idlePollMs`, each look that finds nothing doubles the wait up to it, and work or a
 * wake brings it back to `pollMs`: an idle service sends a few statements a second instead of a few dozen, and work
 * enqueued by another process waits `idlePollMs` at most (work enqueued by this one wakes the loop). With `concurrency` > 1, that many runners run steps side by side: a busy one calls
 * `wake()` to bring in an idle one, and only one idle runner polls. The background workers (operations, event
 * delivery) are each one of these.
 */
export class PollingLoop {
  private readonly runners: Runner[];
  private readonly pollMs: number;
  private readonly idlePollMs: number;
  /** The wait before the next look when it finds nothing: from `pollMs`, doubling up to `idlePollMs`. */
  private nextPollMs: number;
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
    options: { pollMs?: number; idlePollMs?: number; concurrency?: number } = {},
  ) {
    this.pollMs = options.pollMs ?? 250;
    this.idlePollMs = Math.max(this.pollMs, options.idlePollMs ?? this.pollMs);
    this.nextPollMs = this.pollMs;
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
    this.nextPollMs = this.pollMs;
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
    let foundWork = false;
    try {
      while (!this.stopped) {
        this.wakeWhileBusy = false;
        const hadWork = await this.step();
        foundWork ||= hadWork;
        if (!hadWork && !this.wakeWhileBusy) break;
      }
    } catch (error) {
      this.log.error({ err: error }, `${this.name} failed; retrying`);
    } finally {
      runner.running = false;
      const wait = foundWork ? this.pollMs : this.nextPollMs;
      this.nextPollMs = Math.min(wait * 2, this.idlePollMs);
      // The last runner to go idle polls; the others wait for a wake.
      if (!this.runners.some((other) => other.running || other.timer)) this.schedule(runner, wait);
    }
  }
}
