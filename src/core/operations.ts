import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyBaseLogger } from 'fastify';
import { forUpdate, forUpdateSkipLocked, type Database } from '../db/database.js';
import { identityStorage } from './events.js';
import { PollingLoop } from './polling-loop.js';
import { AppError, type ErrorCode } from './errors.js';
import type { Composition, Identity, RequestContext } from './context.js';
import { DateTime, Nullable, Uuid } from './schemas.js';
import { insertResource, transaction, updateResource, type Conn, type ResourceTable } from './store.js';
import { nowIso, toApiDate, now } from './time.js';

export const OPERATION_TYPES = [
  'PROMOTION_DEACTIVATION',
  'PROMOTION_CANCELLATION',
  'ADD_ON_DEACTIVATION',
  'SUBSCRIPTION_DEACTIVATION',
  'CHANGE_REQUEST_EXECUTION',
  'ADMINISTRATION_BATCH',
  'PROMOTION_ACTIVATION',
  'PROMOTION_EXPIRATION',
  'COMMITMENT_EXPIRATION',
] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];
export const OPERATION_STATUSES = ['PENDING', 'RUNNING', 'SUCCEEDED', 'FAILED'] as const;
export const TARGET_KINDS = ['SUBSCRIPTION', 'BUNDLE', 'PROMOTION', 'ADD_ON', 'COMMITMENT', 'CHANGE_REQUEST', 'BATCH'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

const Progress = Type.Object({
  total: Type.Integer(),
  processed: Type.Integer(),
  succeeded: Type.Integer(),
  failed: Type.Integer(),
});

/** The operation resource (`AsyncOperation`: `Operation` is the seeds' name for one element of a PATCH body). */
export const AsyncOperation = Type.Object(
  {
    id: Uuid(),
    type: Type.Union(OPERATION_TYPES.map((value) => Type.Literal(value))),
    status: Type.Union(OPERATION_STATUSES.map((value) => Type.Literal(value))),
    target: Type.Object({
      kind: Type.Union(TARGET_KINDS.map((value) => Type.Literal(value))),
      id: Type.String(),
      subscription_id: Nullable(Uuid()),
      href: Type.String(),
    }),
    reason: Nullable(Type.String()),
    creation_date: DateTime(),
    creation_system: Type.String(),
    creation_user: Type.String(),
    scheduled_date: DateTime('When the operation becomes due'),
    start_date: Nullable(DateTime()),
    end_date: Nullable(DateTime()),
    attempts: Type.Integer(),
    error: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
    progress: Nullable(Progress),
  },
  { title: 'AsyncOperation' },
);
export type AsyncOperation = Static<typeof AsyncOperation>;

/** What the worker needs besides the public fields: the arguments of the work. */
export type StoredOperation = AsyncOperation & { payload: Record<string, unknown> };

export const operationsTable: ResourceTable<StoredOperation> = {
  table: 'operations',
  kind: 'AsyncOperation',
  columns: (operation) => ({
    type: operation.type,
    status: operation.status,
    target_kind: operation.target.kind,
    target_id: operation.target.id,
    run_at: new Date(operation.scheduled_date).toISOString(),
  }),
};

/**
 * Applies an operation in the worker's transaction. Throwing an AppError rolls its effects back and ends the
 * operation FAILED; returning one keeps the effects written so far (a resource that records its own outcome,
 * like a failed change request) and ends the operation FAILED with that code.
 */
export type OperationHandler = (c: Conn, context: RequestContext, operation: StoredOperation) => Promise<void | AppError>;
const handlers = new Map<OperationType, OperationHandler>();

/** Each resource family registers the work behind its 202 endpoints and scheduled transitions. */
export function registerOperationHandler(type: OperationType, handler: OperationHandler): void {
  handlers.set(type, handler);
}

/** What a runner holds while it works: the worker's claim on its operation. */
export interface OperationLease {
  /** Saves a change to the operation (its progress) and renews the lease; false once another worker has taken it over: stop at once. */
  checkpoint(update: (operation: StoredOperation) => void): Promise<boolean>;
  /** The worker is stopping: checkpoint and answer 'paused'; the operation resumes at its next claim. */
  readonly stopping: boolean;
}

/**
 * A long operation that commits its own units of work, each in its own transaction, while the worker holds its
 * claim (an administration batch: one line per transaction). Each unit must record its own outcome in its
 * transaction, so a resumed run (after a crash, a lost lease or a stop) skips what is already done.
 */
export type OperationRunner = (database: Database, context: RequestContext, operation: StoredOperation, lease: OperationLease) => Promise<'done' | 'paused' | 'lost'>;
const runners = new Map<OperationType, OperationRunner>();

export function registerOperationRunner(type: OperationType, runner: OperationRunner): void {
  runners.set(type, runner);
}

export interface EnqueueInput {
  type: OperationType;
  target: AsyncOperation['target'];
  reason: string | null;
  identity: Identity;
  payload?: Record<string, unknown>;
  /** When the work becomes due; now by default. */
  runAt?: string;
}

/** Writes the operation in the caller's transaction: accepted and enqueued together, or neither. */
export async function enqueueOperation(c: Conn, org: string, input: EnqueueInput): Promise<StoredOperation> {
  const creationDate = nowIso();
  const runAt = input.runAt ?? creationDate;
  const operation: StoredOperation = {
    id: randomUUID(),
    type: input.type,
    status: 'PENDING',
    target: input.target,
    reason: input.reason,
    creation_date: toApiDate(creationDate),
    creation_system: input.identity.system,
    creation_user: input.identity.user,
    scheduled_date: toApiDate(runAt),
    start_date: null,
    end_date: null,
    attempts: 0,
    error: null,
    progress: null,
    payload: input.payload ?? {},
  };
  await insertResource(c, operationsTable, org, operation, operation.id);
  return operation;
}

/** 409 OPERATION_IN_PROGRESS while a PENDING or RUNNING operation targets the resource. */
export async function assertNoOperationInProgress(c: Conn, org: string, kind: TargetKind, id: string): Promise<void> {
  const live = await c.db
    .selectFrom('operations')
    .select(['id', 'type'])
    .where('org', '=', org)
    .where('target_kind', '=', kind)
    .where('target_id', '=', id)
    .where('status', 'in', ['PENDING', 'RUNNING'])
    .where('type', 'not in', ['PROMOTION_ACTIVATION', 'PROMOTION_EXPIRATION', 'COMMITMENT_EXPIRATION'])
    .executeTakeFirst();
  if (live) {
    throw new AppError('OPERATION_IN_PROGRESS', `${kind} ${id} is the target of operation ${live.id} (${live.type}) that has not finished`);
  }
}

const RETRY_LIMIT = 5;

/**
 * Claims due operations and runs them. A claim is short (SKIP LOCKED on PostgreSQL, the single write lock on
 * SQLite) and stamps a token and a lease; the work, its effects and the SUCCEEDED mark commit together, and
 * only while the token is still ours, so a reclaimed operation is never applied twice.
 */
export class OperationsWorker {
  private readonly loop: PollingLoop;

  constructor(
    private readonly database: Database,
    private readonly log: FastifyBaseLogger,
    private readonly options: { leaseSeconds: number; composition: Composition; pollMs?: number },
  ) {
    this.loop = new PollingLoop('operations worker', log, () => this.runOnce(), options.pollMs);
  }

  start(): void {
    this.loop.start();
  }

  stop(): Promise<void> {
    return this.loop.stop();
  }

  /** Asks for a run soon: called after an enqueue so accepted work does not wait for the next poll. */
  wake(): void {
    this.loop.wake();
  }

  /** Runs one due operation; false when nothing is due. */
  async runOnce(): Promise<boolean> {
    const claimed = await this.claim();
    if (!claimed) return false;
    await this.execute(claimed.org, claimed.operation, claimed.token);
    return true;
  }

  private async claim(): Promise<{ org: string; operation: StoredOperation; token: string } | undefined> {
    const at = now();
    return transaction(this.database, async (c) => {
      const due = await forUpdateSkipLocked(
        c.dialect,
        c.db
          .selectFrom('operations')
          .select(['org', 'id', 'data', 'version'])
          // Literal, so PostgreSQL proves the partial index's predicate.
          .where(sql<boolean>`status in ('PENDING', 'RUNNING')`)
          .where('run_at', '<=', at.toISOString())
          .orderBy('run_at')
          .limit(1),
      ).executeTakeFirst();
      if (!due) return undefined;
      const token = randomUUID();
      const operation = JSON.parse(due.data as string) as StoredOperation;
      operation.status = 'RUNNING';
      operation.attempts += 1;
      operation.start_date ??= toApiDate(at);
      await updateResource(c, operationsTable, due.org as string, operation, Number(due.version));
      await c.db
        .updateTable('operations')
        .set({ claim_token: token, run_at: new Date(at.getTime() + this.options.leaseSeconds * 1000).toISOString() })
        .where('org', '=', due.org)
        .where('id', '=', due.id)
        .execute();
      return { org: due.org as string, operation, token };
    });
  }

  /** Finishes the operation (or saves a runner's checkpoint) in the same transaction as `work`, if this worker still holds the claim. */
  private async finish(
    org: string,
    id: string,
    token: string,
    outcome: (operation: StoredOperation, failure?: AppError) => { runAt?: string; keepClaim?: boolean } | void,
    work?: OperationHandler,
  ): Promise<void> {
    await transaction(this.database, async (c) => {
      const row = await forUpdate(
        c.dialect,
        c.db.selectFrom('operations').select(['data', 'version']).where('org', '=', org).where('id', '=', id).where('claim_token', '=', token),
      ).executeTakeFirst();
      if (!row) return; // the lease ran out and another worker took it over
      const operation = JSON.parse(row.data as string) as StoredOperation;
      let failure: AppError | undefined;
      if (work) {
        const context = operationContext(org, operation, this.options.composition);
        failure = (await identityStorage.run(context.identity, () => work(c, context, operation))) ?? undefined;
      }
      const { runAt, keepClaim } = outcome(operation, failure) ?? {};
      await updateResource(c, operationsTable, org, operation, Number(row.version));
      await c.db
        .updateTable('operations')
        .set({ claim_token: keepClaim ? token : null, run_at: runAt ?? nowIso() })
        .where('org', '=', org)
        .where('id', '=', id)
        .execute();
    });
  }

  /** A runner's hold on its claim: each checkpoint saves its progress and extends the lease by OPERATION_LEASE_SECONDS. */
  private lease(org: string, id: string, token: string): OperationLease {
    const isStopping = () => this.loop.isStopped;
    return {
      get stopping() {
        return isStopping();
      },
      checkpoint: async (update) => {
        let held = false;
        await this.finish(org, id, token, (operation) => {
          held = true;
          update(operation);
          return { runAt: new Date(now().getTime() + this.options.leaseSeconds * 1000).toISOString(), keepClaim: true };
        });
        return held;
      },
    };
  }

  private async execute(org: string, claimed: StoredOperation, token: string): Promise<void> {
    const handler = handlers.get(claimed.type);
    const runner = runners.get(claimed.type);
    const succeed = (operation: StoredOperation, failure?: AppError) => {
      operation.status = failure ? 'FAILED' : 'SUCCEEDED';
      operation.end_date = toApiDate(now());
      operation.error = failure ? { code: failure.code, message: failure.message } : null;
    };
    const fail = (code: ErrorCode, message: string) => (operation: StoredOperation) => {
      operation.status = 'FAILED';
      operation.end_date = toApiDate(now());
      operation.error = { code, message };
    };
    if (!handler && !runner) {
      await this.finish(org, claimed.id, token, fail('INTERNAL_ERROR', `no handler for ${claimed.type}`));
      return;
    }
    try {
      if (runner) {
        const context = operationContext(org, claimed, this.options.composition);
        const end = await identityStorage.run(context.identity, () => runner(this.database, context, claimed, this.lease(org, claimed.id, token)));
        // Paused: the claim is released with the operation still RUNNING, so any worker resumes it at once.
        if (end !== 'lost') await this.finish(org, claimed.id, token, end === 'done' ? succeed : () => undefined);
        return;
      }
      await this.finish(org, claimed.id, token, succeed, handler);
    } catch (error) {
      if (error instanceof AppError) {
        // A state rule failed at execution: the effects rolled back; record why.
        await this.finish(org, claimed.id, token, fail(error.code, error.message));
        return;
      }
      this.log.error({ err: error, operation: claimed.id, type: claimed.type }, 'operation attempt failed');
      if (claimed.attempts >= RETRY_LIMIT) {
        await this.finish(org, claimed.id, token, fail('INTERNAL_ERROR', `gave up after ${claimed.attempts} attempts`));
        return;
      }
      const backoffMs = 1000 * 2 ** (claimed.attempts - 1);
      await this.finish(org, claimed.id, token, (operation) => {
        operation.status = 'PENDING';
        return { runAt: new Date(now().getTime() + backoffMs).toISOString() };
      });
    }
  }
}

/** The public representation (the payload stays internal). */
export function publicOperation(operation: StoredOperation): AsyncOperation {
  const { payload: _payload, ...rest } = operation;
  return rest;
}

/** Changes made by an operation are stamped with the identity of the request that created it. */
export function operationContext(org: string, operation: StoredOperation, composition: Composition): RequestContext {
  return { org, identity: { system: operation.creation_system, user: operation.creation_user }, composition };
}
