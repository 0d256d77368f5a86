import { randomUUID } from 'node:crypto';
import { sql, type CompiledQuery } from 'kysely';
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyBaseLogger } from 'fastify';
import { forUpdate, forUpdateSkipLocked, type Database, type Dialect, type Tx } from '../db/database.js';
import { compiledOnce } from '../db/compiled.js';
import { IDLE_POLL_MS, PollingLoop } from './polling-loop.js';
import { AppError, type ErrorCode } from './errors.js';
import { NO_IDENTITY, type Composition, type Identity, type RequestContext } from './context.js';
import { DateTime, Nullable, Uuid, StringEnum } from './schemas.js';
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
    type: StringEnum(OPERATION_TYPES),
    status: StringEnum(OPERATION_STATUSES),
    target: Type.Object({
      kind: StringEnum(TARGET_KINDS),
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
    dry_run: Type.Boolean({ description: 'True for a batch rehearsal (`POST /operations?dry_run=true`, API.md 17.4): its lines ran and were rolled back, nothing was kept but its results' }),
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

/** What a runner holds while it works: the worker's claim on its operation. */
export interface OperationLease {
  /** Saves a change to the operation (its progress) and renews the lease; false once another worker has taken it over: stop at once. */
  checkpoint(update: (operation: StoredOperation) => void): Promise<boolean>;
  /** The same inside the caller's transaction: a unit of work and its progress commit together, and only while the claim is held. */
  checkpointIn(c: Conn, update: (operation: StoredOperation) => void): Promise<boolean>;
  /**
   * The run's time slice is over, or the worker is stopping: checkpoint and answer 'paused'. The claim is then
   * released with the operation still RUNNING and due at once, so other orgs' work is claimed before it goes on.
   */
  readonly shouldPause: boolean;
  /** The worker is stopping: a run that cannot pause at a slice's end (a rehearsal) gives up here, to run again whole. */
  readonly stopping: boolean;
}

/**
 * A long operation that commits its own units of work, each in its own transaction, while the worker holds its
 * claim (an administration batch: a chunk of lines per transaction). Each unit must record its own outcome in its
 * transaction, so a resumed run (after a slice, a crash, a lost lease or a stop) skips what is already done.
 */
export type OperationRunner = (database: Database, context: RequestContext, operation: StoredOperation, lease: OperationLease) => Promise<'done' | 'paused' | 'lost'>;

export type OperationHandlers = Partial<Record<OperationType, OperationHandler>>;
export type OperationRunners = Partial<Record<OperationType, OperationRunner>>;

/**
 * The work behind each operation type: a handler (one transaction) or a runner (its own units of work). Each
 * resource family exports its own; src/resources/index.ts puts them together for the worker.
 */
export interface OperationWork {
  handlers: OperationHandlers;
  runners: OperationRunners;
}

export interface OperationsWorkerOptions extends OperationWork {
  leaseSeconds: number;
  /** What the resource families lend each other: the operations' changes run with it, as a request's do. */
  composition: Composition;
  /** Operations this process runs at once (OPERATIONS_CONCURRENCY). */
  concurrency: number;
  /** How long a runner works before it yields its claim (a slice); 200 ms unless a test says otherwise. */
  sliceMs?: number;
  pollMs?: number;
}

export interface EnqueueInput {
  type: OperationType;
  target: AsyncOperation['target'];
  reason: string | null;
  identity: Identity;
  payload?: Record<string, unknown>;
  /** When the work becomes due; now by default. */
  runAt?: string;
  /** A batch rehearsal: runs, then rolls back all it did. */
  dryRun?: boolean;
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
    dry_run: input.dryRun ?? false,
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
/** A runner works this long, then gives its claim back so the next claim can go to another org's work. */
const SLICE_MS = 200;

/**
 * Claims due operations and runs up to `concurrency` of them at once. A claim is short (SKIP LOCKED on
 * PostgreSQL, the single write lock on SQLite) and stamps a token and a lease; the work, its effects and the
 * SUCCEEDED mark commit together, and only while the token is still ours, so a reclaimed operation is never
 * applied twice. Claims go round the orgs that have due work, one operation each, and a long run yields its claim
 * after each slice: one org's backlog or batch delays another org's operation by a slice at most.
 */
export class OperationsWorker {
  private readonly loop: PollingLoop;
  /** The org of the last claim: the next one looks at the orgs after it first. */
  private lastOrg = '';

  constructor(
    private readonly database: Database,
    private readonly log: FastifyBaseLogger,
    private readonly options: OperationsWorkerOptions,
  ) {
    // A worker given its own cadence (tests) keeps it; otherwise an idle worker looks less often (IDLE_POLL_MS).
    const idlePollMs = options.pollMs === undefined ? IDLE_POLL_MS : undefined;
    this.loop = new PollingLoop('operations worker', log, () => this.runOnce(), { pollMs: options.pollMs, idlePollMs, concurrency: options.concurrency });
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

  /** Runs one due operation (or a slice of a long one); false when nothing is due. */
  async runOnce(): Promise<boolean> {
    const claimed = await this.claim();
    if (!claimed) return false;
    // More may be due: an idle runner looks while this one works.
    this.loop.wake();
    await this.execute(claimed.org, claimed.operation, claimed.token);
    return true;
  }

  private async claim(): Promise<{ org: string; operation: StoredOperation; token: string } | undefined> {
    const at = now();
    const { database } = this;
    // A read first, outside any transaction: an idle worker's poll takes no lock (on SQLite, the single writer). On
    // the writer's own connection, which has seen every release and checkpoint: the reader's snapshot may be older.
    const read: RunRead = async (query) => (await database.db.executeQuery(query)).rows as never[];
    if (!(await nextDue(read, database.db, database.dialect, at, '', false))) return undefined;
    const claimed = await transaction(database, async (c) => {
      const run: RunRead = async (query) => (await c.db.executeQuery(query)).rows as never[];
      const nextDueAfter = (org: string) => nextDue(run, c.db, c.dialect, at, org, true);
      // Round the orgs: the oldest due operation of the next org after the last claim's, else from the first org.
      const due = (await nextDueAfter(this.lastOrg)) ?? (this.lastOrg === '' ? undefined : await nextDueAfter(''));
      if (!due) return undefined;
      const token = randomUUID();
      const operation = JSON.parse(due.data as string) as StoredOperation;
      // A run that yielded its slice (RUNNING, no claim) goes on in the same attempt: its row is unchanged.
      const resumesSlice = operation.status === 'RUNNING' && due.claim_token === null;
      if (!resumesSlice) {
        operation.status = 'RUNNING';
        operation.attempts += 1;
        operation.start_date ??= toApiDate(at);
        await updateResource(c, operationsTable, due.org as string, operation, Number(due.version));
      }
      await c.db
        .updateTable('operations')
        .set({ claim_token: token, run_at: new Date(at.getTime() + this.options.leaseSeconds * 1000).toISOString() })
        .where('org', '=', due.org)
        .where('id', '=', due.id)
        .execute();
      return { org: due.org as string, operation, token };
    });
    if (claimed) this.lastOrg = claimed.org;
    return claimed;
  }

  /** Finishes the operation (or saves a runner's checkpoint) in the same transaction as `work`, if this worker still holds the claim. */
  private async finish(
    org: string,
    id: string,
    token: string,
    outcome: (operation: StoredOperation, failure?: AppError) => { runAt?: string; keepClaim?: boolean } | void,
    work?: OperationHandler,
  ): Promise<void> {
    // The operation's own changes are shown in their events by the composed service's views.
    await transaction(this.database, { identity: NO_IDENTITY, composition: this.options.composition }, (c) => this.saveClaimed(c, org, id, token, outcome, work));
  }

  /** `finish` in the caller's transaction; false when the lease ran out and another worker took the operation over. */
  private async saveClaimed(
    c: Conn,
    org: string,
    id: string,
    token: string,
    outcome: (operation: StoredOperation, failure?: AppError) => { runAt?: string; keepClaim?: boolean } | void,
    work?: OperationHandler,
  ): Promise<boolean> {
    const row = await forUpdate(
      c.dialect,
      c.db.selectFrom('operations').select(['data', 'version']).where('org', '=', org).where('id', '=', id).where('claim_token', '=', token),
    ).executeTakeFirst();
    if (!row) return false;
    const operation = JSON.parse(row.data as string) as StoredOperation;
    let failure: AppError | undefined;
    if (work) {
      const context = operationContext(org, operation, this.options.composition);
      // The operation's own changes are made for the request that created it.
      failure = (await work({ ...c, identity: context.identity, operationId: operation.id }, context, operation)) ?? undefined;
    }
    const { runAt, keepClaim } = outcome(operation, failure) ?? {};
    await updateResource(c, operationsTable, org, operation, Number(row.version));
    await c.db
      .updateTable('operations')
      .set({ claim_token: keepClaim ? token : null, run_at: runAt ?? nowIso() })
      .where('org', '=', org)
      .where('id', '=', id)
      .execute();
    return true;
  }

  /** Gives up the claim of a paused run: the operation stays RUNNING and is due at once, for any worker to resume. */
  private async release(org: string, id: string, token: string): Promise<void> {
    await this.database.db
      .updateTable('operations')
      .set({ claim_token: null, run_at: nowIso() })
      .where('org', '=', org)
      .where('id', '=', id)
      .where('claim_token', '=', token)
      .execute();
  }

  /** A runner's hold on its claim: each checkpoint saves its progress and extends the lease by OPERATION_LEASE_SECONDS. */
  private lease(org: string, id: string, token: string): OperationLease {
    const sliceEnd = Date.now() + (this.options.sliceMs ?? SLICE_MS);
    const isStopping = () => this.loop.isStopped;
    const renew = (update: (operation: StoredOperation) => void) => (operation: StoredOperation) => {
      update(operation);
      return { runAt: new Date(now().getTime() + this.options.leaseSeconds * 1000).toISOString(), keepClaim: true };
    };
    return {
      get shouldPause() {
        return isStopping() || Date.now() >= sliceEnd;
      },
      get stopping() {
        return isStopping();
      },
      checkpoint: (update) => transaction(this.database, (c) => this.saveClaimed(c, org, id, token, renew(update))),
      checkpointIn: (c, update) => this.saveClaimed(c, org, id, token, renew(update)),
    };
  }

  private async execute(org: string, claimed: StoredOperation, token: string): Promise<void> {
    const handler = this.options.handlers[claimed.type];
    const runner = this.options.runners[claimed.type];
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
        const end = await runner(this.database, context, claimed, this.lease(org, claimed.id, token));
        if (end === 'done') await this.finish(org, claimed.id, token, succeed);
        if (end === 'paused') await this.release(org, claimed.id, token);
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

/** Runs one compiled read: in the claim's transaction, or outside any (`Database.read`). */
type RunRead = <R>(query: CompiledQuery) => Promise<R[]>;

interface DueOperation {
  org: string;
  id: string;
  data: string;
  version: number;
  claim_token: string | null;
}

/**
 * The oldest due operation of the first org after `afterOrg` that has one; `lock`ed in a claim's transaction (SKIP
 * LOCKED: another worker's claim in progress is passed over). The live-operations index is `(org, run_at)`: one
 * seek finds the next org with live work, another that org's oldest due operation, so a claim never walks an org's
 * operations scheduled for later (a seeded org holds one or two per line), however many there are. Both statements
 * are compiled once: an idle worker polls them several times a second.
 */
async function nextDue(run: RunRead, db: Tx, dialect: Dialect, at: Date, afterOrg: string, lock: boolean): Promise<DueOperation | undefined> {
  const dueBy = at.toISOString();
  for (let org = afterOrg; ; ) {
    const nextOrg = compiledOnce(`${dialect} operations: next org with live work`, [org], () =>
      db
        .selectFrom('operations')
        .select('org')
        // Literal, so both databases prove the partial index's predicate.
        .where(sql<boolean>`status in ('PENDING', 'RUNNING')`)
        .where('org', '>', org)
        .orderBy('org')
        .orderBy('run_at')
        .limit(sql.lit(1))
        .compile(),
    );
    const [next] = await run<{ org: string }>(nextOrg);
    if (!next) return undefined;
    org = next.org;
    const oldest = compiledOnce(`${dialect} operations: oldest due of an org${lock ? ', locked' : ''}`, [org, dueBy], () => {
      const query = db
        .selectFrom('operations')
        .select(['org', 'id', 'data', 'version', 'claim_token'])
        .where(sql<boolean>`status in ('PENDING', 'RUNNING')`)
        .where('org', '=', org)
        .where('run_at', '<=', dueBy)
        .orderBy('run_at')
        .limit(sql.lit(1));
      return (lock ? forUpdateSkipLocked(dialect, query) : query).compile();
    });
    const [due] = await run<DueOperation>(oldest);
    if (due) return due;
  }
}

/** The public representation (the payload stays internal). */
export function publicOperation(operation: StoredOperation): AsyncOperation {
  const { payload: _payload, ...rest } = operation;
  // Operations stored before rehearsals existed have no flag: none of them was one.
  return { ...rest, dry_run: rest.dry_run ?? false };
}

/** Changes made by an operation are stamped with the identity of the request that created it. */
export function operationContext(org: string, operation: StoredOperation, composition: Composition): RequestContext {
  return { org, identity: { system: operation.creation_system, user: operation.creation_user }, composition };
}
