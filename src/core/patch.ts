import { Type, type Static } from '@sinclair/typebox';
import { documented, StringEnum } from './schemas.js';
import { isDeepStrictEqual } from 'node:util';
import { AppError, badRequest } from './errors.js';

/** One element of the seeds' OperationsSet: an RFC 6902 operation plus the reason recorded on a status change. */
export const Operation = Type.Object(
  {
    op: StringEnum(['add', 'replace', 'remove', 'test'], {
      description: 'RFC 6902 operation (move and copy are not supported)',
    }),
    // The pointer's leading "/" is checked by parsePointer, with its own message.
    path: Type.String({ minLength: 1, maxLength: 256, description: 'JSON Pointer (RFC 6901) to a patchable field: starts with "/"', ...documented({ pattern: '^/' }) }),
    value: Type.Optional(Type.Unknown()),
    reason: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Recorded when the operation changes a status' })),
  },
  { additionalProperties: false, title: 'Operation' },
);
export type Operation = Static<typeof Operation>;

export const OperationsSet = Type.Array(Operation, { minItems: 1, maxItems: 100, title: 'OperationsSet' });

/**
 * A path a resource lets PATCH change. `/x/**` covers every path below `/x`; `append` marks `…/-` paths whose
 * values are collected (new child rows) rather than written into the document. `allowed` says why the path is
 * closed in the resource's current state (checked against the result, so a path can depend on a transition).
 */
export interface PatchablePath<T> {
  path: string;
  append?: boolean;
  allowed?: (before: T, after: T) => string | undefined;
  /** `allowed` in words, for the OpenAPI description (e.g. "only while REQUESTED"). */
  when?: string;
}

export interface PatchResult<T> {
  resource: T;
  /** Set when the patch wrote `/status` (even to its current value: that is a transition too). */
  status?: { value: unknown; reason?: string };
  appends: Record<string, unknown[]>;
  changed: boolean;
}

const FORBIDDEN_SEGMENTS = new Set(['__proto__', 'constructor', 'prototype']);

function parsePointer(path: string): string[] {
  if (!path.startsWith('/')) throw badRequest(`patch path "${path}" is not a JSON Pointer (it must start with "/")`);
  const segments = path
    .slice(1)
    .split('/')
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const segment of segments) {
    if (FORBIDDEN_SEGMENTS.has(segment)) throw badRequest(`patch path "${path}" touches "${segment}", which is never patchable`);
  }
  return segments;
}

function matches(pattern: string, path: string): boolean {
  if (pattern.endsWith('/**')) return path.startsWith(pattern.slice(0, -2)) && path.length > pattern.length - 2;
  return pattern === path;
}

function containerAt(document: Record<string, unknown>, segments: string[], path: string): Record<string, unknown> {
  let node: unknown = document;
  for (const segment of segments.slice(0, -1)) {
    if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, segment)) {
      throw badRequest(`patch path "${path}" does not exist in the resource`);
    }
    node = (node as Record<string, unknown>)[segment];
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) {
    throw badRequest(`patch path "${path}" does not exist in the resource`);
  }
  return node as Record<string, unknown>;
}

/**
 * Applies an OperationsSet to a copy of the resource: all operations or none. Checks, in order: forbidden
 * segments, patchable paths, one operation per path, then `test` operations and the values themselves.
 * Validating the result against the resource schema and checking the status transition is the caller's next step.
 */
export function applyPatch<T extends object>(resource: T, operations: Operation[], patchable: PatchablePath<T>[]): PatchResult<T> {
  const seen = new Set<string>();
  const plan = operations.map((operation) => {
    const segments = parsePointer(operation.path);
    const rule = patchable.find((candidate) => matches(candidate.path, operation.path));
    if (!rule) throw new AppError('PATCH_PATH_NOT_ALLOWED', `path ${operation.path} cannot be changed by PATCH`);
    if (rule.append && operation.op !== 'add') {
      throw new AppError('PATCH_PATH_NOT_ALLOWED', `path ${operation.path} only takes "add" (append)`);
    }
    if (operation.op !== 'test' && !rule.append) {
      if (seen.has(operation.path)) {
        throw new AppError('MULTIPLE_PATCH_SAME_PATH', `more than one operation on path ${operation.path}`);
      }
      seen.add(operation.path);
    }
    if ((operation.op === 'add' || operation.op === 'replace' || operation.op === 'test') && !Object.hasOwn(operation, 'value')) {
      throw badRequest(`patch operation "${operation.op}" on ${operation.path} needs a value`);
    }
    return { operation, segments, rule };
  });

  const after = structuredClone(resource) as T & Record<string, unknown>;
  const appends: Record<string, unknown[]> = {};
  let status: PatchResult<T>['status'];
  for (const { operation, segments, rule } of plan) {
    if (rule.append) {
      const collection = operation.path.slice(0, -2);
      (appends[collection] ??= []).push(operation.value);
      continue;
    }
    const container = containerAt(after, segments, operation.path);
    const key = segments[segments.length - 1];
    switch (operation.op) {
      case 'test':
        if (!isDeepStrictEqual(container[key] ?? null, operation.value ?? null)) {
          throw new AppError('PATCH_TEST_FAILED', `test of ${operation.path} failed: the value is ${JSON.stringify(container[key] ?? null)}`);
        }
        break;
      case 'add':
      case 'replace':
        container[key] = structuredClone(operation.value);
        break;
      case 'remove':
        // Top-level fields are always present (null when empty); nested optional members go away.
        if (segments.length === 1) container[key] = null;
        else delete container[key];
        break;
    }
    if (operation.path === '/status' && operation.op !== 'test') status = { value: operation.value, reason: operation.reason };
  }

  for (const { operation, rule } of plan) {
    const refusal = rule.allowed?.(resource, after);
    if (refusal && operation.op !== 'test') throw new AppError('PATCH_PATH_NOT_ALLOWED', `path ${operation.path} cannot be changed now: ${refusal}`);
  }
  const changed = status !== undefined || Object.keys(appends).length > 0 || !isDeepStrictEqual(resource, after);
  return { resource: after, status, appends, changed };
}
