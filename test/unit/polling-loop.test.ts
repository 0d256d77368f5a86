import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { FastifyBaseLogger } from 'fastify';
import { PollingLoop } from '../../src/core/polling-loop.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 800 && !condition(); i++) await pause(5);
  assert.ok(condition(), what);
}

function log(errors: string[] = []): FastifyBaseLogger {
  return { error: (_details: unknown, message: string) => errors.push(message) } as unknown as FastifyBaseLogger;
}

test('a started loop runs its step until it reports no work, then polls again after pollMs', async () => {
  let work = 3;
  let steps = 0;
  const loop = new PollingLoop('test', log(), async () => {
    steps++;
    return work-- > 0;
  }, { pollMs: 200 });
  assert.equal(loop.isStopped, true);
  loop.start();
  assert.equal(loop.isStopped, false);
  await until(() => steps === 4, 'three steps with work and one without');
  await pause(50);
  assert.equal(steps, 4, 'no step before the poll interval');
  await until(() => steps === 5, 'the next poll');
  await loop.stop();
  assert.equal(loop.isStopped, true);
});

test('a wake runs the step soon instead of at the next poll; a stopped loop neither polls nor wakes', async () => {
  let steps = 0;
  const loop = new PollingLoop('test', log(), async () => {
    steps++;
    return false;
  }, { pollMs: 60_000 });
  loop.start();
  await until(() => steps === 1, 'the first run at start');
  loop.wake();
  await until(() => steps === 2, 'a run on wake');
  await loop.stop();
  loop.wake();
  await pause(30);
  assert.equal(steps, 2);
});

test('stop waits for the step in flight, and no step starts after it', async () => {
  let release!: () => void;
  let finished = false;
  let steps = 0;
  const loop = new PollingLoop('test', log(), async () => {
    steps++;
    await new Promise<void>((resolve) => (release = resolve));
    finished = true;
    return true;
  }, { pollMs: 10 });
  loop.start();
  await until(() => steps === 1, 'a step started');
  const stopped = loop.stop().then(() => finished);
  await pause(10);
  release();
  assert.equal(await stopped, true, 'stop settled after the step finished');
  await pause(30);
  assert.equal(steps, 1, 'the step reported work, but the loop had stopped');
});

test('a failing step is logged with the loop name and retried at the next poll', async () => {
  const errors: string[] = [];
  let steps = 0;
  const loop = new PollingLoop('delivery', log(errors), async () => {
    steps++;
    if (steps === 1) throw new Error('database is down');
    return false;
  }, { pollMs: 20 });
  loop.start();
  await until(() => steps === 2, 'retried');
  await loop.stop();
  assert.deepEqual(errors, ['delivery failed; retrying']);
});

test('with concurrency 2, a wake while one runner is busy brings in the other, and both steps run side by side', async () => {
  let running = 0;
  let most = 0;
  const releases: Array<() => void> = [];
  const loop = new PollingLoop('test', log(), async () => {
    running++;
    most = Math.max(most, running);
    await new Promise<void>((resolve) => releases.push(resolve));
    running--;
    return false;
  }, { pollMs: 60_000, concurrency: 2 });
  loop.start();
  await until(() => releases.length === 1, 'the first runner is busy');
  loop.wake();
  await until(() => releases.length === 2, 'the second runner started');
  assert.equal(most, 2);
  loop.wake();
  await pause(20);
  assert.equal(releases.length, 2, 'no third runner: both are busy');
  releases.forEach((release) => release());
  await loop.stop();
});

test('one runner by default: a wake while it is busy starts nothing beside it, and the runner looks again when its empty step ends', async () => {
  const releases: Array<() => void> = [];
  const loop = new PollingLoop('test', log(), async () => {
    await new Promise<void>((resolve) => releases.push(resolve));
    return false;
  }, { pollMs: 60_000 });
  loop.start();
  await until(() => releases.length === 1, 'busy');
  loop.wake();
  await pause(20);
  assert.equal(releases.length, 1, 'no second step beside the busy one');
  releases[0]();
  await until(() => releases.length === 2, 'the wake that came while busy is not lost: one more look, not the next poll');
  releases[1]();
  await pause(20);
  assert.equal(releases.length, 2, 'one look per wake: then the runner idles until the next poll');
  await loop.stop();
});

test('without options a loop polls every 250 ms', async () => {
  let steps = 0;
  const loop = new PollingLoop('test', log(), async () => {
    steps++;
    return false;
  });
  loop.start();
  await until(() => steps === 1, 'first run');
  await pause(150);
  assert.equal(steps, 1, 'not polled before 250 ms');
  await until(() => steps === 2, 'polled after 250 ms');
  await loop.stop();
});

test('with idlePollMs, each empty look doubles the wait up to it; a wake brings the loop back to pollMs', async () => {
  const looks: number[] = [];
  const loop = new PollingLoop('test', log(), async () => {
    looks.push(performance.now());
    return false;
  }, { pollMs: 40, idlePollMs: 160 });
  loop.start();
  await until(() => looks.length === 5, 'five looks');
  const waits = looks.slice(1).map((at, index) => at - looks[index]);
  // 40, 80, 160, 160: timers fire no earlier than asked, and these waits are far apart from each other.
  assert.ok(waits[0] >= 39 && waits[0] < 80, `first wait ${waits[0]}`);
  assert.ok(waits[1] >= 79 && waits[1] < 160, `second wait ${waits[1]}`);
  assert.ok(waits[2] >= 159 && waits[3] >= 159, `then capped: ${waits.slice(2)}`);
  loop.wake();
  await until(() => looks.length === 7, 'a look on wake, then one after pollMs');
  assert.ok(looks[6] - looks[5] < 160, `after a wake the wait is pollMs again: ${looks[6] - looks[5]}`);
  await loop.stop();
});
