import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import type { FastifyBaseLogger } from 'fastify';
import type { Composition, RequestContext } from '../../src/core/context.js';

/** No family is composed: the operations written here change no published resource. */
const composition = {} as Composition;
import { AppError } from '../../src/core/errors.js';
import {
  assertNoOperationInProgress,
  enqueueOperation,
  operationContext,
  OperationsWorker,
  operationsTable,
  publicOperation,
  type OperationHandlers,
  type OperationRunners,
  type StoredOperation,
} from '../../src/core/operations.js';
import { conn, findById, insertResource, transaction, type ResourceTable } from '../../src/core/store.js';
import { now, shiftClock } from '../../src/core/time.js';
import type { Database } from '../../src/db/database.js';
import { forEachDatabase } from '../helpers/database.js';

const identity = { system: 'crm', user: 'ana' };
const target = (id: string) => ({ kind: 'PROMOTION' as const, id, subscription_id: null, href: `/promotions/${id}` });

/** A resource of no family (kept in the bundles table): what a handler writes, to see whether its effects stay. */
interface Note {
  id: string;
  creation_date: string;
}
const notes: ResourceTable<Note> = {
  table: 'bundles',
  kind: 'Note',
  columns: () => ({ status: 'ACTIVE', account_id: 'account', legacy_account_id: null, legacy_id: null }),
};
const writeNote = (c: Parameters<typeof insertResource>[0], org: string, id: string) =>
  insertResource(c, notes, org, { id, creation_date: new Date().toISOString() }, id);

function quietLog(logged: string[] = []): FastifyBaseLogger {
  return { error: (_details: unknown, message: string) => logged.push(message) } as unknown as FastifyBaseLogger;
}

function worker(database: Database, work: { handlers?: OperationHandlers; runners?: OperationRunners; sliceMs?: number; logged?: string[] } = {}) {
  return new OperationsWorker(database, quietLog(work.logged), {
    handlers: work.handlers ?? {},
    runners: work.runners ?? {},
    leaseSeconds: 30,
    composition,
    concurrency: 1,
    sliceMs: work.sliceMs,
    pollMs: 20,
  });
}

async function enqueue(database: Database, org: string, fields: { type?: StoredOperation['type']; runAt?: string; payload?: Record<string, unknown>; id?: string } = {}) {
  return transaction(database, (c) =>
    enqueueOperation(c, org, { type: fields.type ?? 'PROMOTION_DEACTIVATION', target: target(fields.id ?? 'p1'), reason: 'because', identity, payload: fields.payload, runAt: fields.runAt }),
  );
}

async function read(database: Database, org: string, id: string): Promise<StoredOperation> {
  return (await findById(conn(database), operationsTable, org, id))!.resource;
}

async function claimColumns(database: Database, org: string, id: string) {
  return database.db.selectFrom('operations').select(['claim_token', 'run_at']).where('org', '=', org).where('id', '=', id).executeTakeFirstOrThrow();
}

/** Moves the service clock for the length of `work`. */
async function later<T>(ms: number, work: () => Promise<T>): Promise<T> {
  shiftClock(ms);
  try {
    return await work();
  } finally {
    shiftClock(-ms);
  }
}

test('the public operation leaves its payload out; its changes are made for the request that created it', () => {
  const stored = { id: 'o1', creation_system: 'crm', creation_user: 'ana', payload: { secret: 1 } } as unknown as StoredOperation;
  assert.deepEqual(publicOperation(stored), { id: 'o1', creation_system: 'crm', creation_user: 'ana', dry_run: false }, 'a stored operation without dry_run is a real one');
  const context = operationContext('acme', stored, composition);
  assert.deepEqual(context, { org: 'acme', identity: { system: 'crm', user: 'ana' }, composition });
  assert.equal(context.composition, composition);
});

forEachDatabase('operations', (t) => {
  // The worker claims due work of any org: each test starts with none.
  beforeEach(() => t.database.db.deleteFrom('operations').execute());

  test('an enqueued operation is PENDING, stamped with its creator, due now unless scheduled, with no attempt yet', async () => {
    const before = Date.now();
    const operation = await enqueue(t.database, 'org-enqueue', { payload: { line: 3 } });
    assert.equal(operation.status, 'PENDING');
    assert.equal(operation.type, 'PROMOTION_DEACTIVATION');
    assert.deepEqual(operation.target, target('p1'));
    assert.equal(operation.reason, 'because');
    assert.equal(operation.creation_system, 'crm');
    assert.equal(operation.creation_user, 'ana');
    assert.equal(operation.scheduled_date, operation.creation_date);
    assert.ok(Math.abs(Date.parse(operation.creation_date) - before) < 5_000);
    assert.deepEqual([operation.start_date, operation.end_date, operation.error, operation.progress, operation.attempts], [null, null, null, null, 0]);
    assert.deepEqual(operation.payload, { line: 3 });
    assert.deepEqual(await read(t.database, 'org-enqueue', operation.id), operation);
    const scheduled = await enqueue(t.database, 'org-enqueue', { runAt: '2030-01-01T00:00:00.000Z' });
    assert.equal(scheduled.scheduled_date, '2030-01-01T00:00:00Z');
    assert.deepEqual(scheduled.payload, {});
  });

  test('a due operation is run once by its handler, for its creator in its org, and ends SUCCEEDED', async () => {
    const org = 'org-run';
    const seen: RequestContext[] = [];
    const w = worker(t.database, {
      handlers: {
        PROMOTION_CANCELLATION: async (c, context, operation) => {
          seen.push(context);
          assert.equal(operation.status, 'RUNNING');
          assert.equal(c.identity?.user, 'ana');
          await writeNote(c, org, 'kept-note');
        },
      },
    });
    const operation = await enqueue(t.database, org, { type: 'PROMOTION_CANCELLATION' });
    assert.equal(await w.runOnce(), true);
    assert.equal(await w.runOnce(), false, 'nothing left to run');
    assert.equal(seen.length, 1);
    assert.equal(seen[0].org, org);
    assert.deepEqual(seen[0].identity, identity);
    const done = await read(t.database, org, operation.id);
    assert.equal(done.status, 'SUCCEEDED');
    assert.equal(done.attempts, 1);
    assert.equal(done.error, null);
    assert.ok(done.start_date && done.end_date && done.end_date >= done.start_date);
    assert.ok(await findById(conn(t.database), notes, org, 'kept-note'));
    assert.equal((await claimColumns(t.database, org, operation.id)).claim_token, null);
  });

  test('an operation scheduled for later is not run before its date', async () => {
    const org = 'org-later';
    let runs = 0;
    const w = worker(t.database, { handlers: { PROMOTION_DEACTIVATION: async () => void runs++ } });
    const operation = await enqueue(t.database, org, { runAt: new Date(now().getTime() + 60_000).toISOString() });
    assert.equal(await w.runOnce(), false);
    assert.equal(runs, 0);
    assert.equal(await later(61_000, () => w.runOnce()), true);
    assert.equal(runs, 1);
    assert.equal((await read(t.database, org, operation.id)).status, 'SUCCEEDED');
  });

  test('a handler that throws a state rule rolls its effects back and ends the operation FAILED with that code', async () => {
    const org = 'org-refused';
    const w = worker(t.database, {
      handlers: {
        PROMOTION_DEACTIVATION: async (c) => {
          await writeNote(c, org, 'undone-note');
          throw new AppError('PROMOTION_NOT_DEACTIVATABLE', 'the promotion is CANCELLED');
        },
      },
    });
    const operation = await enqueue(t.database, org);
    assert.equal(await w.runOnce(), true);
    const failed = await read(t.database, org, operation.id);
    assert.equal(failed.status, 'FAILED');
    assert.deepEqual(failed.error, { code: 'PROMOTION_NOT_DEACTIVATABLE', message: 'the promotion is CANCELLED' });
    assert.ok(failed.end_date);
    assert.equal(await findById(conn(t.database), notes, org, 'undone-note'), undefined);
    assert.equal(await w.runOnce(), false, 'a failed operation is not run again');
  });

  test('a handler that returns a failure keeps its effects and ends the operation FAILED with that code', async () => {
    const org = 'org-outcome';
    const w = worker(t.database, {
      handlers: {
        CHANGE_REQUEST_EXECUTION: async (c) => {
          await writeNote(c, org, 'outcome-note');
          return new AppError('NOT_ACTIVE_SUBSCRIPTION_NO_CR', 'the subscription is SUSPENDED');
        },
      },
    });
    const operation = await enqueue(t.database, org, { type: 'CHANGE_REQUEST_EXECUTION' });
    await w.runOnce();
    const failed = await read(t.database, org, operation.id);
    assert.equal(failed.status, 'FAILED');
    assert.deepEqual(failed.error, { code: 'NOT_ACTIVE_SUBSCRIPTION_NO_CR', message: 'the subscription is SUSPENDED' });
    assert.ok(await findById(conn(t.database), notes, org, 'outcome-note'));
  });

  test('an operation of a type without a handler ends FAILED with INTERNAL_ERROR', async () => {
    const org = 'org-nohandler';
    const operation = await enqueue(t.database, org, { type: 'ADD_ON_DEACTIVATION' });
    await worker(t.database).runOnce();
    const failed = await read(t.database, org, operation.id);
    assert.equal(failed.status, 'FAILED');
    assert.deepEqual(failed.error, { code: 'INTERNAL_ERROR', message: 'no handler for ADD_ON_DEACTIVATION' });
    assert.ok(failed.end_date);
  });

  test('a defect is retried with a doubling backoff (1 s, 2 s, 4 s, 8 s) and, at the fifth attempt, ends FAILED', async () => {
    const org = 'org-defect';
    const logged: string[] = [];
    let runs = 0;
    const w = worker(t.database, {
      logged,
      handlers: {
        SUBSCRIPTION_DEACTIVATION: async (c) => {
          runs++;
          await writeNote(c, org, `defect-note-${runs}`);
          throw new Error('the disk is full');
        },
      },
    });
    const operation = await enqueue(t.database, org, { type: 'SUBSCRIPTION_DEACTIVATION' });
    let waited = 0;
    for (const backoff of [1_000, 2_000, 4_000, 8_000]) {
      assert.equal(await later(waited, () => w.runOnce()), true);
      const retried = await read(t.database, org, operation.id);
      assert.equal(retried.status, 'PENDING');
      assert.equal(retried.attempts, runs);
      const due = Date.parse((await claimColumns(t.database, org, operation.id)).run_at as string) - now().getTime() - waited;
      assert.ok(due > backoff - 2_000 && due <= backoff, `attempt ${runs} is retried after ${backoff} ms, got ${due}`);
      assert.equal(await later(waited + backoff - 500, () => w.runOnce()), false, 'not before its backoff');
      waited += backoff;
    }
    assert.equal(await later(waited, () => w.runOnce()), true);
    const failed = await read(t.database, org, operation.id);
    assert.equal(failed.status, 'FAILED');
    assert.equal(failed.attempts, 5);
    assert.deepEqual(failed.error, { code: 'INTERNAL_ERROR', message: 'gave up after 5 attempts' });
    assert.equal(runs, 5);
    assert.equal(logged.filter((message) => message === 'operation attempt failed').length, 5);
    assert.equal(await findById(conn(t.database), notes, org, 'defect-note-1'), undefined, 'no attempt left its effects');
  });

  test('a runner that pauses keeps the operation RUNNING and due at once; resumed, it goes on in the same attempt', async () => {
    const org = 'org-runner';
    const ends: Array<'done' | 'paused'> = ['paused', 'done'];
    const leases: boolean[] = [];
    const w = worker(t.database, {
      sliceMs: 0,
      runners: {
        ADMINISTRATION_BATCH: async (_database, context, operation, lease) => {
          assert.deepEqual(context.identity, identity);
          leases.push(lease.shouldPause);
          assert.equal(await lease.checkpoint((saved) => void (saved.progress = { total: 2, processed: ends.length === 2 ? 1 : 2, succeeded: 1, failed: 0 })), true);
          assert.equal(operation.attempts, 1);
          return ends.shift()!;
        },
      },
    });
    const operation = await enqueue(t.database, org, { type: 'ADMINISTRATION_BATCH' });
    assert.equal(await w.runOnce(), true);
    const paused = await read(t.database, org, operation.id);
    assert.equal(paused.status, 'RUNNING');
    assert.deepEqual(paused.progress, { total: 2, processed: 1, succeeded: 1, failed: 0 });
    const claim = await claimColumns(t.database, org, operation.id);
    assert.equal(claim.claim_token, null);
    assert.ok(Date.parse(claim.run_at as string) <= Date.now());
    assert.equal(await w.runOnce(), true);
    const done = await read(t.database, org, operation.id);
    assert.equal(done.status, 'SUCCEEDED');
    assert.equal(done.attempts, 1);
    assert.equal(done.start_date, paused.start_date);
    assert.deepEqual(done.progress, { total: 2, processed: 2, succeeded: 1, failed: 0 });
    assert.deepEqual(leases, [true, true], 'a slice of 0 ms is over at once');
  });

  test("a runner's checkpoint renews its lease; inside its own transaction it commits with the work", async () => {
    const org = 'org-lease';
    const w = worker(t.database, {
      sliceMs: 60_000,
      runners: {
        ADMINISTRATION_BATCH: async (database, _context, _operation, lease) => {
          const saved = await transaction(database, async (c) => {
            await writeNote(c, org, 'unit-of-work');
            return lease.checkpointIn(c, (operation) => void (operation.progress = { total: 1, processed: 1, succeeded: 1, failed: 0 }));
          });
          assert.equal(saved, true);
          return 'done';
        },
      },
    });
    const operation = await enqueue(t.database, org, { type: 'ADMINISTRATION_BATCH' });
    await w.runOnce();
    const done = await read(t.database, org, operation.id);
    assert.equal(done.status, 'SUCCEEDED');
    assert.deepEqual(done.progress, { total: 1, processed: 1, succeeded: 1, failed: 0 });
    assert.ok(await findById(conn(t.database), notes, org, 'unit-of-work'));
  });

  test('a runner whose claim was taken over learns it at its checkpoint, and its operation is left to the new owner', async () => {
    const org = 'org-lost';
    const checkpoints: boolean[] = [];
    const w = worker(t.database, {
      runners: {
        ADMINISTRATION_BATCH: async (database, _context, operation, lease) => {
          await database.db.updateTable('operations').set({ claim_token: 'another-worker' }).where('org', '=', org).where('id', '=', operation.id).execute();
          checkpoints.push(await lease.checkpoint((saved) => void (saved.progress = { total: 9, processed: 9, succeeded: 9, failed: 0 })));
          return 'lost';
        },
      },
    });
    const operation = await enqueue(t.database, org, { type: 'ADMINISTRATION_BATCH' });
    await w.runOnce();
    // Asserted here, not in the runner: the worker logs and retries whatever a runner throws.
    assert.deepEqual(checkpoints, [false]);
    const running = await read(t.database, org, operation.id);
    assert.equal(running.status, 'RUNNING');
    assert.equal(running.progress, null);
    assert.equal((await claimColumns(t.database, org, operation.id)).claim_token, 'another-worker');
  });

  test('a claim and each checkpoint hold the operation for the lease: a run that never finished is taken up again once it expires, as a new attempt', async () => {
    const org = 'org-expired';
    let runs = 0;
    const w = worker(t.database, {
      runners: {
        ADMINISTRATION_BATCH: async (_database, _context, _operation, lease) => {
          runs++;
          if (runs > 1) return 'done';
          await lease.checkpoint(() => undefined);
          return 'lost';
        },
      },
    });
    const operation = await enqueue(t.database, org, { type: 'ADMINISTRATION_BATCH' });
    await w.runOnce();
    const claimedUntil = Date.parse((await claimColumns(t.database, org, operation.id)).run_at as string) - now().getTime();
    assert.ok(claimedUntil > 25_000 && claimedUntil <= 30_000, `leased for 30 s, got ${claimedUntil} ms`);
    assert.equal(await later(25_000, () => w.runOnce()), false, 'claimed');
    assert.equal(await later(31_000, () => w.runOnce()), true);
    const done = await read(t.database, org, operation.id);
    assert.equal(done.status, 'SUCCEEDED');
    assert.equal(done.attempts, 2);
  });

  test("claims go round the orgs with due work, one operation each, oldest first within an org", async () => {
    const order: string[] = [];
    const handlers: OperationHandlers = { PROMOTION_EXPIRATION: async (_c, context, operation) => void order.push(`${context.org}:${operation.target.id}`) };
    const w = worker(t.database, { handlers });
    const at = (seconds: number) => new Date(now().getTime() - 60_000 + seconds * 1000).toISOString();
    await enqueue(t.database, 'round-b', { type: 'PROMOTION_EXPIRATION', id: 'b1', runAt: at(1) });
    await enqueue(t.database, 'round-a', { type: 'PROMOTION_EXPIRATION', id: 'a2', runAt: at(3) });
    await enqueue(t.database, 'round-a', { type: 'PROMOTION_EXPIRATION', id: 'a1', runAt: at(2) });
    await enqueue(t.database, 'round-c', { type: 'PROMOTION_EXPIRATION', id: 'c1', runAt: at(4) });
    while (await w.runOnce()) {
      // until nothing is due
    }
    assert.deepEqual(order.filter((entry) => entry.startsWith('round-')), ['round-a:a1', 'round-b:b1', 'round-c:c1', 'round-a:a2']);
  });

  test('a stopping worker asks its runner to pause: the operation stays RUNNING, for the next worker to resume', async () => {
    const org = 'org-stopping';
    const seen: boolean[] = [];
    let started = false;
    const w = new OperationsWorker(t.database, quietLog(), {
      handlers: {},
      runners: {
        ADMINISTRATION_BATCH: async (_database, _context, _operation, lease) => {
          started = true;
          seen.push(lease.shouldPause);
          for (let i = 0; i < 300 && !lease.shouldPause; i++) await new Promise((resolve) => setTimeout(resolve, 10));
          seen.push(lease.shouldPause);
          return lease.shouldPause ? 'paused' : 'done';
        },
      },
      leaseSeconds: 30,
      composition,
      concurrency: 1,
      sliceMs: 60_000,
      pollMs: 100,
    });
    const operation = await enqueue(t.database, org, { type: 'ADMINISTRATION_BATCH' });
    w.start();
    for (let i = 0; i < 400 && !started; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    await w.stop();
    assert.deepEqual(seen, [false, true]);
    const paused = await read(t.database, org, operation.id);
    assert.equal(paused.status, 'RUNNING');
    assert.equal((await claimColumns(t.database, org, operation.id)).claim_token, null);
  });

  test("an org whose work is not due yet does not hide a later org's due work", async () => {
    const ran: string[] = [];
    const w = worker(t.database, { handlers: { PROMOTION_CANCELLATION: async (_c, context) => void ran.push(context.org) } });
    await enqueue(t.database, 'org-a-later', { type: 'PROMOTION_CANCELLATION', runAt: new Date(now().getTime() + 60_000).toISOString() });
    await enqueue(t.database, 'org-b-due', { type: 'PROMOTION_CANCELLATION' });
    assert.equal(await w.runOnce(), true);
    assert.deepEqual(ran, ['org-b-due']);
  });

  test('PENDING or RUNNING work on a resource makes its state changes 409 OPERATION_IN_PROGRESS; scheduled activations and expirations do not', async () => {
    const org = 'org-locks';
    const refusal = (kind: 'PROMOTION' | 'ADD_ON', id: string, inOrg = org) => transaction(t.database, (c) => assertNoOperationInProgress(c, inOrg, kind, id));
    const pending = await enqueue(t.database, org, { id: 'locked' });
    await assert.rejects(refusal('PROMOTION', 'locked'), (error: unknown) =>
      error instanceof AppError && error.code === 'OPERATION_IN_PROGRESS' && error.message === `PROMOTION locked is the target of operation ${pending.id} (PROMOTION_DEACTIVATION) that has not finished`,
    );
    await refusal('PROMOTION', 'other');
    await refusal('ADD_ON', 'locked');
    await refusal('PROMOTION', 'locked', 'another-org');
    for (const type of ['PROMOTION_ACTIVATION', 'PROMOTION_EXPIRATION', 'COMMITMENT_EXPIRATION'] as const) await enqueue(t.database, org, { type, id: `scheduled-${type}` });
    for (const type of ['PROMOTION_ACTIVATION', 'PROMOTION_EXPIRATION', 'COMMITMENT_EXPIRATION']) await refusal('PROMOTION', `scheduled-${type}`);
    const runningOrg = 'org-a-running'; // claimed before org-locks's due work
    let checked = false;
    const w = worker(t.database, {
      runners: {
        ADMINISTRATION_BATCH: async () => {
          await assert.rejects(refusal('PROMOTION', 'batched', runningOrg), { code: 'OPERATION_IN_PROGRESS' });
          checked = true;
          return 'done';
        },
      },
    });
    await enqueue(t.database, runningOrg, { type: 'ADMINISTRATION_BATCH', id: 'batched' });
    await w.runOnce();
    assert.equal(checked, true);
    await refusal('PROMOTION', 'batched', runningOrg);
  });

  test('a started worker runs due work by itself, and work enqueued later; a stopped one runs nothing', async () => {
    const org = 'org-started';
    const ran: string[] = [];
    const w = new OperationsWorker(t.database, quietLog(), {
      handlers: { PROMOTION_CANCELLATION: async (_c, _context, operation) => void ran.push(operation.target.id) },
      runners: {
        ADMINISTRATION_BATCH: async (_database, _context, operation, lease) => {
          ran.push(`${operation.target.id} ${lease.shouldPause ? 'pauses' : 'goes on'}`);
          return 'done';
        },
      },
      leaseSeconds: 30,
      composition,
      concurrency: 1,
      sliceMs: 60_000,
      // A wake that comes while the only runner is ending a look that found nothing is answered by the next poll.
      pollMs: 100,
    });
    await enqueue(t.database, org, { type: 'PROMOTION_CANCELLATION', id: 'first' });
    w.start();
    const until = async (id: string) => {
      for (let i = 0; i < 400 && !ran.includes(id); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      assert.ok(ran.includes(id), `${id} ran`);
    };
    await until('first');
    await enqueue(t.database, org, { type: 'PROMOTION_CANCELLATION', id: 'second' });
    w.wake();
    await until('second');
    await enqueue(t.database, org, { type: 'ADMINISTRATION_BATCH', id: 'batch' });
    w.wake();
    await until('batch goes on');
    await w.stop();
    await enqueue(t.database, org, { type: 'PROMOTION_CANCELLATION', id: 'third' });
    w.wake();
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.deepEqual(ran, ['first', 'second', 'batch goes on'], 'a slice of a minute is not over; a stopped worker neither wakes nor polls');
  });
});
