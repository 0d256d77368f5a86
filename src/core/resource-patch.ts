import { isDeepStrictEqual } from 'node:util';
import type { TSchema } from '@sinclair/typebox';
import type { ValidateFunction } from 'ajv';
import { assertIfMatch, type RequestContext } from './context.js';
import { bodyAjv, validationError } from './validation.js';
import { assertTransition, type Lifecycle } from './lifecycle.js';
import { assertNoOperationInProgress, type TargetKind } from './operations.js';
import { applyPatch, type Operation, type PatchablePath, type PatchResult } from './patch.js';
import { updateResource, type Conn, type ResourceTable, type Stored } from './store.js';
import { nowIso } from './time.js';
import { applyTransition, stampLastUpdated } from './transition.js';

const validators = new WeakMap<TSchema, ValidateFunction>();

/** Validates a whole resource against its schema (after a PATCH or PUT): 400 naming the first bad field. */
export function assertValid(schema: TSchema, resource: unknown): void {
  let validate = validators.get(schema);
  if (!validate) {
    validate = bodyAjv.compile(schema);
    validators.set(schema, validate);
  }
  if (!validate(resource)) throw validationError(validate.errors ?? [], 'body');
}

export interface StatusChangeContext<T> {
  before: T;
  after: T;
  reason: string | undefined;
  date: string;
}

/**
 * What a resource declares for PATCH; `patchResource` does the rest the same way for every resource:
 * If-Match, patchable paths, the lifecycle, re-validation, stamps, status history, saving.
 */
export interface PatchSpec<T extends { id: string; status?: string }> {
  table: ResourceTable<T>;
  /** The answer schema the patched resource must still satisfy. */
  schema: TSchema;
  paths: PatchablePath<T>[];
  lifecycle?: Lifecycle<string, T>;
  /** The operation target kind whose pending operations lock the status (409 OPERATION_IN_PROGRESS). */
  targetKind?: TargetKind;
  /** Type-specific normalisation and cross-resource checks of the patched resource. */
  finalize?: (c: Conn, context: RequestContext, patched: PatchResult<T>, before: T) => Promise<T> | T;
  /** Checks and cascades of a status change, after applyTransition has stamped it. */
  onStatusChange?: (c: Conn, context: RequestContext, change: StatusChangeContext<T>) => Promise<void>;
  /** Work after the resource is saved in the same transaction (appended children, touching parents, rescheduling). */
  afterSave?: (c: Conn, context: RequestContext, patched: PatchResult<T>, saved: T, before: T) => Promise<void>;
}

export async function patchResource<T extends { id: string; status?: string }>(
  c: Conn,
  context: RequestContext,
  spec: PatchSpec<T>,
  stored: Stored<T>,
  operations: Operation[],
): Promise<Stored<T>> {
  assertIfMatch(context, stored.version);
  const before = stored.resource;
  const patched = applyPatch(before, operations, spec.paths);
  const date = nowIso();
  if (patched.status && spec.lifecycle) {
    const to = patched.status.value;
    if (typeof to !== 'string' || !spec.lifecycle.states.includes(to)) {
      throw validationError([{ instancePath: '/status', message: `must be one of ${spec.lifecycle.states.join(', ')}`, keyword: 'enum', params: {}, schemaPath: '' }], 'body');
    }
    assertTransition(spec.lifecycle, before.status as string, to, 'patch');
    if (spec.targetKind) await assertNoOperationInProgress(c, context.org, spec.targetKind, before.id);
  }
  assertValid(spec.schema, patched.resource);
  let after = spec.finalize ? await spec.finalize(c, context, patched, before) : patched.resource;
  // A patch that changes nothing answers the resource as it is: no new version, no new last_updated_date.
  const changed = patched.status !== undefined || Object.keys(patched.appends).length > 0 || !isDeepStrictEqual(before, after);
  if (!changed) return stored;

  if (patched.status && spec.lifecycle) {
    const { reason } = patched.status;
    // The patch has set the new status already: the transition starts from the stored one.
    after = await applyTransition(c, context, spec.lifecycle, { ...after, status: before.status }, after.status as string, {
      trigger: 'patch',
      reason: reason ?? 'STATUS_CHANGED',
      date,
    });
    await spec.onStatusChange?.(c, context, { before, after, reason, date });
  }
  stampLastUpdated(after, date, context.identity);
  const version = await updateResource(c, spec.table, context.org, after, stored.version);
  await spec.afterSave?.(c, context, patched, after, before);
  return { resource: after, version };
}
