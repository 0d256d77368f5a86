import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { Type, type Static } from '@sinclair/typebox';
import { AsyncOperation, enqueueOperation, operationsTable, publicOperation, type OperationRunner, type OperationRunners, type StoredOperation } from '../../core/operations.js';
import { applyConditions, conn, findById, transaction, updateResource, withSavepoint, type Condition, type Conn, type Page, type RequestEffect, rowsToRead } from '../../core/store.js';
import { now } from '../../core/time.js';
import { showEvents } from '../../core/events.js';
import { holdsTheWriter, type Database, type Tx } from '../../db/database.js';
import { rowsSource } from '../../db/bulk.js';
import type { RequestContext, Identity } from '../../core/context.js';
import { AppError, badRequest, type ErrorDetail } from '../../core/errors.js';
import { Nullable, Uuid, StringEnum } from '../../core/schemas.js';
import { ADD_ON_DEACTIVATION_REASONS } from '../add_ons/schema.js';
import { deactivateAddOnNow } from '../add_ons/service.js';
import { commitmentsTable } from '../commitments/schema.js';
import { patchCommitment } from '../commitments/service.js';
import { CREDIT_LIMIT_KINDS, type CreditLimitKind } from '../credit_limits/schema.js';
import { setCreditLimits, setCreditLimitsInBulk } from '../credit_limits/service.js';
import { PROMOTION_TERMINATION_REASONS } from '../promotions/schema.js';
import { terminatePromotion } from '../promotions/service.js';
import { SUBSCRIPTION_DEACTIVATION_REASONS } from '../subscriptions/schema.js';
import { checkDeactivation, deactivate, patchSubscription, requireSubscription } from '../subscriptions/service.js';
import { csvRecords, type CsvRecord } from './csv.js';
import { operationPaths } from './paths.js';

// ── The file format (API.md 12.1) ─────────────────────────────────────────────────────────────────

export const MAX_BATCH_LINES = 100_000;
export const MAX_BATCH_BYTES = 20 * 1024 * 1024;
/** Up to this many lines, a finished batch's answer carries its results. */
const INLINE_RESULTS_LIMIT = 1000;
const MAX_ERROR_DETAILS = 50;
/** Checked lines are written this many at a time while the file is still being read. */
const STAGING_CHUNK = 500;
/** An upload that has not been accepted after this long died with its request: its staged lines are purged. */
const ABANDONED_UPLOAD_MS = 60 * 60 * 1000;

export const LINE_OPERATIONS = [
  'DEACTIVATE_SUBSCRIPTION',
  'SET_SUBSCRIPTION_STATUS',
  'DEACTIVATE_PROMOTION',
  'CANCEL_PROMOTION',
  'DEACTIVATE_ADD_ON',
  'DEACTIVATE_COMMITMENT',
  'SET_CREDIT_LIMIT',
] as const;
export type LineOperation = (typeof LINE_OPERATIONS)[number];
export const LINE_OUTCOMES = ['SUCCEEDED', 'FAILED'] as const;

const COLUMNS = ['operation', 'subscription_id', 'resource_id', 'reason', 'value', 'date'] as const;
type Column = (typeof COLUMNS)[number];
type ParameterColumn = Exclude<Column, 'operation' | 'subscription_id'>;
const PARAMETER_COLUMNS: ParameterColumn[] = ['resource_id', 'reason', 'value', 'date'];
const REQUIRED_COLUMNS: Column[] = ['operation', 'subscription_id'];

/** A checked line, as staged and executed. */
export interface BatchLine {
  seq: number;
  line: number;
  operation: LineOperation;
  subscription_id: string;
  resource_id: string | null;
  reason: string | null;
  value: string | null;
  date: string | null;
}

/** Checks one cell; returns the value to store or throws an Error whose message names the problem. */
type Check = (value: string) => string;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const AMOUNT = /^\d{1,6}(\.\d{1,2})?$/;
const MAX_CREDIT_LIMIT = 100_000;

const uuid: Check = (value) => {
  if (!UUID.test(value)) throw new Error('is not a UUID');
  return value.toLowerCase();
};
const oneOf =
  (values: readonly string[]): Check =>
  (value) => {
    if (!values.includes(value)) throw new Error(`must be one of ${values.join(', ')}`);
    return value;
  };
const text =
  (maxLength: number): Check =>
  (value) => {
    if (value.length > maxLength) throw new Error(`must have at most ${maxLength} characters`);
    return value;
  };
const dateTime: Check = (value) => {
  if (!DATE_TIME.test(value) || Number.isNaN(Date.parse(value))) throw new Error('must be an ISO 8601 date-time with a time zone');
  return new Date(value).toISOString();
};
const creditLimitAmount: Check = (value) => {
  if (!AMOUNT.test(value)) throw new Error('must be an amount with at most 2 decimals (e.g. 150.00)');
  if (Number(value) > MAX_CREDIT_LIMIT) throw new Error(`must be at most ${MAX_CREDIT_LIMIT}`);
  return value;
};

interface ColumnRule {
  required: boolean;
  check: Check;
}
const required = (check: Check): ColumnRule => ({ required: true, check });
const optional = (check: Check): ColumnRule => ({ required: false, check });

interface LineRule {
  /** The parameter columns the operation takes; any other must be empty (a value there would be ignored silently). */
  columns: Partial<Record<ParameterColumn, ColumnRule>>;
  /** Does what the API does for the endpoint, in the caller's transaction; an AppError is the line's failure. */
  apply(c: Conn, context: RequestContext, line: BatchLine, operationId: string): Promise<void>;
  /** The same for a run of lines of the operation, set-wise, in file order: each line's failure (it wrote nothing), or undefined. */
  applyMany?(c: Conn, context: RequestContext, lines: BatchLine[]): Promise<Array<AppError | undefined>>;
}

const creditLimitItem = (line: BatchLine) => ({ credit_limit_id: line.resource_id as CreditLimitKind, credit_limit_value: Number(line.value), reason: line.reason! });

const LINE_RULES: Record<LineOperation, LineRule> = {
  DEACTIVATE_SUBSCRIPTION: {
    columns: { reason: required(oneOf(SUBSCRIPTION_DEACTIVATION_REASONS)), date: optional(dateTime) },
    async apply(c, context, line, operationId) {
      const { stored, at } = await checkDeactivation(c, context, line.subscription_id, { reason: line.reason!, deactivation_date: line.date ?? undefined });
      // A line is applied at once, with no operation to wait for the date: it can only be now or past.
      if (at > now()) throw badRequest(`date ${line.date} is in the future: a batch line deactivates at once, so its date must not be ahead`);
      await deactivate(c, context, stored, { reason: line.reason!, date: at.toISOString(), operationId });
    },
  },
  SET_SUBSCRIPTION_STATUS: {
    columns: { value: required(oneOf(['ACTIVE', 'SUSPENDED', 'CANCELLED'])), reason: optional(text(100)) },
    async apply(c, context, line) {
      await patchSubscription(c, context, line.subscription_id, [
        { op: 'replace', path: '/status', value: line.value!, ...(line.reason === null ? {} : { reason: line.reason }) },
      ]);
    },
  },
  DEACTIVATE_PROMOTION: {
    columns: { resource_id: required(uuid), reason: required(oneOf(PROMOTION_TERMINATION_REASONS)) },
    async apply(c, context, line, operationId) {
      await terminatePromotion(c, context, line.subscription_id, line.resource_id!, 'deactivation', line.reason!, operationId);
    },
  },
  CANCEL_PROMOTION: {
    columns: { resource_id: required(uuid), reason: required(oneOf(PROMOTION_TERMINATION_REASONS)) },
    async apply(c, context, line, operationId) {
      await terminatePromotion(c, context, line.subscription_id, line.resource_id!, 'cancellation', line.reason!, operationId);
    },
  },
  DEACTIVATE_ADD_ON: {
    columns: { resource_id: required(uuid), reason: required(oneOf(ADD_ON_DEACTIVATION_REASONS)) },
    async apply(c, context, line, operationId) {
      await deactivateAddOnNow(c, context, line.subscription_id, line.resource_id!, { reason: 'SUBSCRIBER_RESIGNATION' }, operationId);
    },
  },
  DEACTIVATE_COMMITMENT: {
    columns: { resource_id: required(uuid), reason: required(text(100)) },
    async apply(c, context, line) {
      // The line names no parent: the commitment's own row says which promotion or device holds it.
      await requireSubscription(c, context.org, line.subscription_id);
      const found = await findById(c, commitmentsTable, context.org, line.resource_id!, { scope: { subscription_id: line.subscription_id } });
      if (!found) throw new AppError('COMMITMENT_NOT_FOUND', `commitment ${line.resource_id} not found on subscription ${line.subscription_id}`);
      const { parent_kind, parent_id } = found.resource;
      await patchCommitment(c, context, line.subscription_id, parent_kind, parent_id, line.resource_id!, [
        { op: 'replace', path: '/status', value: 'DEACTIVATED', reason: line.reason! },
      ]);
    },
  },
  SET_CREDIT_LIMIT: {
    columns: { resource_id: required(oneOf(CREDIT_LIMIT_KINDS)), reason: required(text(255)), value: required(creditLimitAmount) },
    async apply(c, context, line) {
      await setCreditLimits(c, context, line.subscription_id, { credit_limits: [creditLimitItem(line)] });
    },
    applyMany: (c, context, lines) => setCreditLimitsInBulk(c, context, lines.map((line) => ({ subscriptionId: line.subscription_id, item: creditLimitItem(line) }))),
  },
};

/** The header: the position of each column. */
type Header = Partial<Record<Column, number>>;

function readHeader(record: CsvRecord): { header?: Header; problems: string[] } {
  if (record.error) return { problems: [`the header is malformed: ${record.error}`] };
  const header: Header = {};
  const problems: string[] = [];
  record.fields.forEach((name, index) => {
    if (!(COLUMNS as readonly string[]).includes(name)) problems.push(`unknown column ${JSON.stringify(name)} in the header (columns: ${COLUMNS.join(', ')})`);
    else if (header[name as Column] !== undefined) problems.push(`column ${name} appears twice in the header`);
    else header[name as Column] = index;
  });
  const missing = REQUIRED_COLUMNS.filter((column) => header[column] === undefined);
  if (missing.length > 0) problems.push(`the header lacks the required column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  return problems.length > 0 ? { problems } : { header, problems };
}

/** A data record checked against the header and its operation's rules: the line, or why not (first problem only). */
function readLine(record: CsvRecord, header: Header, width: number, seq: number): BatchLine | string {
  if (record.error) return record.error;
  if (record.fields.length !== width) return `the line has ${record.fields.length} fields; the header has ${width}`;
  const cell = (column: Column) => (header[column] === undefined ? '' : record.fields[header[column]!]);
  const operation = cell('operation');
  if (operation === '') return 'operation is required';
  if (!(LINE_OPERATIONS as readonly string[]).includes(operation)) return `unknown operation ${JSON.stringify(operation)} (operations: ${LINE_OPERATIONS.join(', ')})`;
  const rule = LINE_RULES[operation as LineOperation];
  const line: BatchLine = { seq, line: record.line, operation: operation as LineOperation, subscription_id: '', resource_id: null, reason: null, value: null, date: null };
  const subscriptionId = cell('subscription_id');
  if (subscriptionId === '') return 'subscription_id is required';
  if (!UUID.test(subscriptionId)) return `subscription_id ${JSON.stringify(subscriptionId)} is not a UUID`;
  line.subscription_id = subscriptionId.toLowerCase();
  for (const column of PARAMETER_COLUMNS) {
    const value = cell(column);
    const columnRule = rule.columns[column];
    if (!columnRule) {
      if (value !== '') return `${column} is not taken by ${operation}: leave it empty`;
      continue;
    }
    if (value === '') {
      if (columnRule.required) return `${column} is required by ${operation}`;
      continue;
    }
    try {
      line[column] = columnRule.check(value);
    } catch (error) {
      return `${column} ${JSON.stringify(value)} ${(error as Error).message}`;
    }
  }
  return line;
}

// ── Upload: read, check and stage the file as it streams in ──────────────────────────────────────

/**
 * One upload. Lines are checked as they arrive and staged in chunks (short writes, so a slow client holds no
 * transaction and no lock); acceptance then enqueues the operation in one short transaction. Memory holds one
 * chunk of lines and at most 50 error details, whatever the file's size.
 */
export class BatchUpload {
  readonly batchId = randomUUID();
  private header: Header | undefined;
  private width = 0;
  private headerLine: number | undefined;
  private lines = 0;
  private readonly details: ErrorDetail[] = [];
  private problems = 0;
  private pending: BatchLine[] = [];
  private staged = false;

  constructor(
    private readonly database: Database,
    private readonly org: string,
  ) {}

  /** Reads the file part to its end (a bad line does not stop the reading: every line is checked). */
  async read(source: AsyncIterable<Buffer>): Promise<void> {
    for await (const record of csvRecords(source)) {
      if (this.headerLine === undefined) {
        this.headerLine = record.line;
        const { header, problems } = readHeader(record);
        problems.forEach((message) => this.problem(record.line, message));
        this.header = header;
        this.width = record.fields.length;
        continue;
      }
      this.lines += 1;
      if (this.lines === MAX_BATCH_LINES + 1) this.problem(record.line, `the file has more than ${MAX_BATCH_LINES} data lines`);
      if (!this.header || this.lines > MAX_BATCH_LINES) continue;
      const line = readLine(record, this.header, this.width, this.lines);
      if (typeof line === 'string') {
        this.problem(record.line, line);
        continue;
      }
      if (this.problems > 0) continue; // the file will be refused: stop staging
      this.pending.push(line);
      if (this.pending.length >= STAGING_CHUNK) await this.flush();
    }
  }

  /** 400 INVALID_CSV naming the lines, or the operation (a rehearsal when `dryRun`), enqueued with its progress at 0 (with a keyed request's `effect`, the key too). */
  async accept(identity: Identity, fileName: string | null, dryRun = false, effect?: RequestEffect): Promise<StoredOperation> {
    if (this.headerLine === undefined) throw new AppError('INVALID_CSV', 'the file is empty: it needs a header line and at least one data line');
    if (this.problems === 0 && this.lines === 0) this.problem(this.headerLine, 'the header is not followed by any data line');
    if (this.problems > 0) {
      const listed = this.problems > this.details.length ? ` (the first ${this.details.length} are listed)` : '';
      throw new AppError('INVALID_CSV', `the file has ${this.problems} invalid line${this.problems > 1 ? 's' : ''}${listed}; nothing was run`, this.details);
    }
    await this.flush();
    return transaction(this.database, { identity, effect }, async (c) => {
      await c.db.deleteFrom('batch_uploads').where('org', '=', this.org).where('id', '=', this.batchId).execute();
      const operation = await enqueueOperation(c, this.org, {
        type: 'ADMINISTRATION_BATCH',
        target: { kind: 'BATCH', id: this.batchId, subscription_id: null, href: '' },
        reason: null,
        identity,
        payload: { batch_id: this.batchId, file_name: fileName },
        dryRun,
      });
      // The batch is the operation itself: its target is its own resource.
      operation.target = { kind: 'BATCH', id: operation.id, subscription_id: null, href: operationPaths.item.path({ org: this.org, operationId: operation.id }) };
      operation.progress = { total: this.lines, processed: 0, succeeded: 0, failed: 0 };
      await updateResource(c, operationsTable, this.org, operation, 1);
      return operation;
    });
  }

  /** Removes what a refused upload staged. */
  async discard(): Promise<void> {
    if (!this.staged) return;
    await this.database.db.deleteFrom('batch_lines').where('org', '=', this.org).where('batch_id', '=', this.batchId).execute();
    await this.database.db.deleteFrom('batch_uploads').where('org', '=', this.org).where('id', '=', this.batchId).execute();
  }

  private problem(line: number, message: string): void {
    this.problems += 1;
    if (this.details.length < MAX_ERROR_DETAILS) this.details.push({ line, message });
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const { db } = this.database;
    if (!this.staged) {
      this.staged = true;
      await purgeAbandonedUploads(this.database, this.org);
      await db.insertInto('batch_uploads').values({ org: this.org, id: this.batchId, creation_date: now().toISOString() }).execute();
    }
    const rows = this.pending.map((line) => ({ org: this.org, batch_id: this.batchId, ...line }));
    this.pending = [];
    await db.insertInto('batch_lines').values(rows).execute();
  }
}

/** The staged lines of uploads whose request died before acceptance or refusal. */
async function purgeAbandonedUploads(database: Database, org: string): Promise<void> {
  const cutoff = new Date(now().getTime() - ABANDONED_UPLOAD_MS).toISOString();
  const abandoned = await database.db.selectFrom('batch_uploads').select('id').where('org', '=', org).where('creation_date', '<', cutoff).execute();
  for (const { id } of abandoned) {
    await database.db.deleteFrom('batch_lines').where('org', '=', org).where('batch_id', '=', id).execute();
    await database.db.deleteFrom('batch_uploads').where('org', '=', org).where('id', '=', id).execute();
  }
}

// ── Execution: lines in chunks, set-wise where a line kind allows it, else each under a savepoint ─────

/** At most this many lines per transaction… */
const CHUNK_LINES = 500;
const MIN_CHUNK_LINES = 20;
/**
 * …and no more lines applied one by one once a chunk has held its transaction this long (on SQLite, every other
 * writer waits for it). A set-wise run of lines is a few statements that cannot be cut: on SQLite the next chunk's
 * size follows the last one's duration instead, so a slow or busy machine still lets another org's operation in
 * within a slice. On PostgreSQL a chunk holds only its own rows: it keeps its full size, whose statements cost the
 * same whatever the number of lines.
 */
const CHUNK_MS = 20;
const CHUNK_TARGET_MS = 40;

/** Another worker took the batch over (this one had lost its lease): the chunk's effects must not be kept. */
class LineTakenOver extends Error {}
/** The worker stops in the middle of a rehearsal: it is rolled back whole, and runs again from its first line. */
class RehearsalStopped extends Error {}

type Progress = NonNullable<StoredOperation['progress']>;
/** Why a line failed, as its result shows it. */
type LineFailure = Pick<AppError, 'code' | 'message'>;

/**
 * Runs a prefix of `lines` in file order in the caller's transaction: a run of lines whose rule applies them
 * set-wise goes in one call (its failing lines write nothing), any other line under a savepoint that its
 * failure (an AppError) rolls back. Answers each run line's failure, or undefined.
 */
async function runChunk(c: Conn, context: RequestContext, operationId: string, lines: BatchLine[]): Promise<Array<AppError | undefined>> {
  const deadline = Date.now() + CHUNK_MS;
  const failures: Array<AppError | undefined> = [];
  while (failures.length < lines.length) {
    const first = lines[failures.length];
    const { applyMany } = LINE_RULES[first.operation];
    if (applyMany) {
      let end = failures.length;
      while (end < lines.length && lines[end].operation === first.operation) end += 1;
      failures.push(...(await applyMany(c, context, lines.slice(failures.length, end))));
      continue;
    }
    if (failures.length > 0 && Date.now() >= deadline) break;
    const queued = c.events!.length;
    failures.push(await withSavepoint(c, 'batch_line', () => LINE_RULES[first.operation].apply(c, context, first, operationId)));
    // A line is one change: its events show the state right after it, not the chunk's last one.
    await showEvents(c, context.composition, c.events!.slice(queued));
  }
  return failures;
}

/**
 * Records the run lines' outcomes in the caller's transaction, only where none is recorded yet: a line's effect
 * commits with its outcome or not at all, so it is applied exactly once whatever the worker goes through.
 */
async function recordOutcomes(c: Conn, org: string, batchId: string, lines: Array<Pick<BatchLine, 'seq'>>, failures: Array<LineFailure | undefined>): Promise<void> {
  // The run lines are consecutive (numbered 1…total): one range marks them all, then the failed ones get their error.
  // Joining the outcomes to the lines under `outcome is null` instead let SQLite walk the batch's lines without an
  // outcome through their index, scanning the chunk's outcomes for each: a cost that grew with the batch's size.
  const [first, last] = [lines[0].seq, lines[failures.length - 1].seq];
  const result = await sql`
    update batch_lines set outcome = 'SUCCEEDED'
    where org = ${org} and batch_id = ${batchId} and seq between ${first} and ${last} and outcome is null`.execute(c.db);
  if (Number(result.numAffectedRows) !== failures.length) throw new LineTakenOver(`lines of batch ${batchId} already have an outcome`);
  const failed = failures.flatMap((failure, index) => (failure ? [[lines[index].seq, failure.code, failure.message]] : []));
  if (failed.length === 0) return;
  await sql`
    update batch_lines set outcome = 'FAILED', error_code = v.error_code, error_message = v.error_message
    from ${rowsSource(c.dialect, 'v', [['seq', 'integer'], ['error_code', 'text'], ['error_message', 'text']], failed)}
    where batch_lines.org = ${org} and batch_lines.batch_id = ${batchId} and batch_lines.seq = v.seq`.execute(c.db);
}

/** The next lines after the cursor, in file order (a primary-key range). */
async function linesAfter(db: Tx, org: string, batchId: string, processed: number, limit: number): Promise<BatchLine[]> {
  const rows = await db
    .selectFrom('batch_lines')
    .select(['seq', 'line', 'operation', 'subscription_id', 'resource_id', 'reason', 'value', 'date'])
    .where('org', '=', org)
    .where('batch_id', '=', batchId)
    .where('seq', '>', processed)
    .orderBy('seq')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...(row as BatchLine), seq: Number(row.seq), line: Number(row.line) }));
}

/**
 * The operation's progress, which each chunk saves with its outcomes; a batch left running by a version that saved
 * it only now and then has outcomes past it: they are counted once (the outcome index), then the cursor is exact.
 */
async function resumedProgress(database: Database, org: string, batchId: string, saved: Progress): Promise<Progress> {
  const next = await database.db
    .selectFrom('batch_lines')
    .select('outcome')
    .where('org', '=', org)
    .where('batch_id', '=', batchId)
    .where('seq', '=', saved.processed + 1)
    .executeTakeFirst();
  if (!next || next.outcome === null) return { ...saved };
  const rows = await database.db
    .selectFrom('batch_lines')
    .select(['outcome', (eb) => eb.fn.countAll().as('count')])
    .where('org', '=', org)
    .where('batch_id', '=', batchId)
    .where('outcome', 'is not', null)
    .groupBy('outcome')
    .execute();
  const count = (outcome: string) => Number(rows.find((row) => row.outcome === outcome)?.count ?? 0);
  const succeeded = count('SUCCEEDED');
  const failed = count('FAILED');
  return { total: saved.total, processed: succeeded + failed, succeeded, failed };
}

/**
 * The batch commits chunk by chunk while the worker holds its claim, and pauses when its slice is over. Lines are
 * numbered 1…total in file order and run in that order, so the progress is also the cursor: each chunk saves it
 * on the operation in its own transaction (renewing the lease, and only while the claim is held), and a run
 * resumed after a slice, a crash, a lost lease or a stop starts exactly where the last commit left it.
 */
const runBatch: OperationRunner = async (database, context, operation, lease) => {
  if (operation.dry_run) return rehearseBatch(database, context, operation, lease);
  const batchId = String(operation.payload.batch_id);
  let progress = await resumedProgress(database, context.org, batchId, operation.progress!);
  // On SQLite a batch's first chunk starts small, and a chunk at most doubles the last one's size: a first chunk on a
  // busy machine must not hold the writer for long either. The size reached is saved with the progress, so the
  // next slice goes on at that size instead of starting small again.
  const holdsWriter = holdsTheWriter(database.dialect);
  let chunkLines = holdsWriter ? Number(operation.payload.chunk_lines ?? MIN_CHUNK_LINES) : CHUNK_LINES;
  for (;;) {
    const lines = await linesAfter(database.db, context.org, batchId, progress.processed, chunkLines);
    const started = performance.now();
    if (lines.length === 0) return (await lease.checkpoint((saved) => void (saved.progress = progress))) ? 'done' : 'lost';
    try {
      [progress, chunkLines] = await transaction(database, context, async (c) => {
        const failures = await runChunk({ ...c, operationId: operation.id }, context, operation.id, lines);
        await recordOutcomes(c, context.org, batchId, lines, failures);
        const failed = failures.filter((failure) => failure !== undefined).length;
        const next = { ...progress, processed: progress.processed + failures.length, succeeded: progress.succeeded + failures.length - failed, failed: progress.failed + failed };
        const nextLines = holdsWriter ? Math.max(MIN_CHUNK_LINES, Math.min(CHUNK_LINES, chunkLines * 2, Math.round((chunkLines * CHUNK_TARGET_MS) / Math.max(1, performance.now() - started)))) : CHUNK_LINES;
        const saved = await lease.checkpointIn(c, (operation) => {
          operation.progress = next;
          if (holdsWriter) operation.payload.chunk_lines = nextLines;
        });
        if (!saved) throw new LineTakenOver(`batch ${batchId} was taken over`);
        return [next, nextLines] as const;
      });
    } catch (error) {
      if (error instanceof LineTakenOver) return 'lost';
      throw error;
    }
    // Let requests and timers in between chunks: on SQLite a chunk never waits for I/O, so the loop would not.
    await new Promise((resolve) => setImmediate(resolve));
    if (lease.shouldPause) return 'paused';
  }
};

/**
 * A rehearsal (API.md 17.4) runs its lines exactly as `runBatch` does, chunk after chunk in file order, but all of
 * them in one transaction, under a savepoint rolled back once the last line has run: each line sees what the
 * earlier ones did, in any chunk, and nothing they did is kept (resources, history, events, scheduled operations).
 * The outcomes, held meanwhile as codes, are then recorded with the progress in that same transaction, and only
 * while the claim holds. The transaction locks the operation's row first: on PostgreSQL another worker's claim
 * skips it however long the rehearsal runs. It cannot pause (its state is its open transaction), so it runs
 * to its end in one claim (a stopping worker rolls it back and gives it up), and a crash leaves it with nothing
 * recorded: either way it runs again whole. On SQLite the transaction holds the single writer throughout: other
 * writes wait for the rehearsal's end, while reads go on (docs/ARCHITECTURE.md, "Batch rehearsals").
 */
const rehearseBatch: OperationRunner = async (database, context, operation, lease) => {
  const batchId = String(operation.payload.batch_id);
  try {
    return await transaction(database, context, async (c) => {
      if (!(await lease.checkpointIn(c, () => undefined))) return 'lost';
      const kept = c.events!.length;
      await sql`savepoint rehearsal`.execute(c.db);
      const ran: Array<Pick<BatchLine, 'seq'>> = [];
      const failures: Array<LineFailure | undefined> = [];
      for (;;) {
        const lines = await linesAfter(c.db, context.org, batchId, ran.length, CHUNK_LINES);
        if (lines.length === 0) break;
        const chunk = await runChunk(c, context, operation.id, lines);
        // The chunk's events will never be written: dropped now, so memory holds one chunk's whatever the file's size.
        c.events!.splice(kept);
        chunk.forEach((failure, index) => {
          ran.push({ seq: lines[index].seq });
          // The code and message only: a held error would keep its stack.
          failures.push(failure && { code: failure.code, message: failure.message });
        });
        // Let requests and timers in between chunks, as a batch does (on SQLite, writers wait for the rehearsal).
        await new Promise((resolve) => setImmediate(resolve));
        if (lease.stopping) throw new RehearsalStopped(`rehearsal ${batchId} stopped with its worker`);
      }
      await sql`rollback to savepoint rehearsal`.execute(c.db);
      await sql`release savepoint rehearsal`.execute(c.db);
      for (let start = 0; start < ran.length; start += CHUNK_LINES) {
        await recordOutcomes(c, context.org, batchId, ran.slice(start, start + CHUNK_LINES), failures.slice(start, start + CHUNK_LINES));
      }
      const failed = failures.filter((failure) => failure !== undefined).length;
      const progress: Progress = { total: operation.progress!.total, processed: ran.length, succeeded: ran.length - failed, failed };
      if (!(await lease.checkpointIn(c, (saved) => void (saved.progress = progress)))) throw new LineTakenOver(`batch ${batchId} was taken over`);
      return 'done';
    });
  } catch (error) {
    if (error instanceof LineTakenOver) return 'lost';
    if (error instanceof RehearsalStopped) return 'paused';
    throw error;
  }
};

/** The work behind POST /operations, for the operations worker. */
export const batchOperationRunners: OperationRunners = { ADMINISTRATION_BATCH: runBatch };

// ── Results ───────────────────────────────────────────────────────────────────────────────────────

export const BatchLineResult = Type.Object(
  {
    line: Type.Integer({ description: "The file's line number (the header is line 1)" }),
    operation: StringEnum(LINE_OPERATIONS),
    subscription_id: Uuid(),
    resource_id: Nullable(Type.String()),
    outcome: StringEnum(LINE_OUTCOMES),
    error: Nullable(Type.Object({ code: Type.String(), message: Type.String() })),
  },
  { title: 'BatchLineResult' },
);
export type BatchLineResult = Static<typeof BatchLineResult>;

/** An administration batch as GET answers it: the operation with its file name, without the inline results (API.md 12.2). */
export const AdministrationOperation = Type.Object(
  {
    ...AsyncOperation.properties,
    type: Type.Literal('ADMINISTRATION_BATCH'),
    file_name: Nullable(Type.String({ description: "The file part's filename" })),
  },
  { title: 'AdministrationOperation' },
);
export type AdministrationOperation = Static<typeof AdministrationOperation>;

export const AdministrationOperationResponse = Type.Object(
  {
    ...AdministrationOperation.properties,
    results: Nullable(Type.Array(BatchLineResult, { description: `Every line's outcome once the batch has ended, for batches of up to ${INLINE_RESULTS_LIMIT} lines; else null (see …/results)` })),
  },
  { title: 'AdministrationOperationResponse' },
);
export type AdministrationOperationResponse = Static<typeof AdministrationOperationResponse>;

/** The lines that have run (up to the progress the operation shows, so the page agrees with it), in file order. */
export async function listBatchResults(c: Conn, org: string, operation: StoredOperation, conditions: Condition[], page: Page) {
  if (operation.type !== 'ADMINISTRATION_BATCH') return { items: [], total: 0 };
  const base = applyConditions(
    c.db
      .selectFrom('batch_lines')
      .where('org', '=', org)
      .where('batch_id', '=', String(operation.payload.batch_id))
      .where('seq', '<=', operation.progress?.processed ?? 0),
    conditions,
  );
  // A keyset page follows the line number, which grows with seq (the file's order); it counts nothing.
  const shown = page.after ? base.where('line', '>', Number(page.after[0])) : base.offset(page.offset);
  const [rows, count] = await Promise.all([
    shown.select(['line', 'operation', 'subscription_id', 'resource_id', 'outcome', 'error_code', 'error_message']).orderBy('seq').limit(rowsToRead(page)).execute(),
    page.after ? { total: Number.NaN } : base.select((eb) => eb.fn.countAll().as('total')).executeTakeFirstOrThrow(),
  ]);
  const items: BatchLineResult[] = rows.map((row) => ({
    line: Number(row.line),
    operation: row.operation as LineOperation,
    subscription_id: row.subscription_id as string,
    resource_id: (row.resource_id as string | null) ?? null,
    outcome: row.outcome as BatchLineResult['outcome'],
    error: row.error_code === null ? null : { code: row.error_code as string, message: row.error_message as string },
  }));
  return { items, total: Number(count.total) };
}

/** An operation as GET answers it: a batch with its file name. */
export function operationView(operation: StoredOperation): AsyncOperation | AdministrationOperation {
  if (operation.type !== 'ADMINISTRATION_BATCH') return publicOperation(operation);
  return { ...publicOperation(operation), type: operation.type, file_name: (operation.payload.file_name as string | null) ?? null };
}

/** The 202 answer: the batch as GET shows it and, once it has ended and if it is small, every line's result. */
export async function administrationResponse(database: Database, org: string, operation: StoredOperation): Promise<AdministrationOperationResponse> {
  const ended = operation.status === 'SUCCEEDED' || operation.status === 'FAILED';
  const total = operation.progress?.total ?? 0;
  const results = ended && total <= INLINE_RESULTS_LIMIT ? (await listBatchResults(conn(database), org, operation, [], { offset: 0, limit: total })).items : null;
  return { ...(operationView(operation) as AdministrationOperation), results };
}

/** Waits for the batch to end, up to `seconds`; answers its latest state. */
export async function awaitBatch(database: Database, org: string, operation: StoredOperation, seconds: number): Promise<StoredOperation> {
  const deadline = Date.now() + seconds * 1000;
  let current = operation;
  while ((current.status === 'PENDING' || current.status === 'RUNNING') && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, Math.max(0, deadline - Date.now()))));
    current = (await findById(conn(database), operationsTable, org, operation.id))?.resource ?? current;
  }
  return current;
}
