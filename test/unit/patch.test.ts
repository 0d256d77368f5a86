import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../src/core/errors.js';
import { applyPatch, type PatchablePath } from '../../src/core/patch.js';

interface Widget {
  id: string;
  status: string;
  name: string | null;
  size: number;
  extra: { colour?: string; shape?: string };
}

const widget = (): Widget => ({ id: 'w1', status: 'ACTIVE', name: 'first', size: 1, extra: { colour: 'red', shape: 'round' } });
const paths: PatchablePath<Widget>[] = [{ path: '/status' }, { path: '/name' }, { path: '/size', allowed: (before) => (before.status === 'ACTIVE' ? undefined : `the widget is ${before.status}`) }, { path: '/extra/**' }, { path: '/parts/-', append: true }];

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected a refusal');
}

test('applyPatch replaces, adds and removes on a copy, leaving the resource it was given unchanged', () => {
  const before = widget();
  const result = applyPatch(before, [
    { op: 'replace', path: '/name', value: 'second' },
    { op: 'add', path: '/extra/shape', value: 'square' },
    { op: 'remove', path: '/extra/colour' },
  ], paths);
  assert.deepEqual(result.resource, { ...widget(), name: 'second', extra: { shape: 'square' } });
  assert.equal(result.changed, true);
  assert.equal(result.status, undefined);
  assert.deepEqual(before, widget());
});

test('applyPatch removing a top-level field sets it to null: top-level fields are always present', () => {
  assert.equal(applyPatch(widget(), [{ op: 'remove', path: '/name' }], paths).resource.name, null);
});

test('applyPatch reports a write of /status with its reason, even to the current status', () => {
  const result = applyPatch(widget(), [{ op: 'replace', path: '/status', value: 'ACTIVE', reason: 'CHECKED' }], paths);
  assert.deepEqual(result.status, { value: 'ACTIVE', reason: 'CHECKED' });
  assert.equal(result.changed, true);
});

test('applyPatch collects appended children without writing them into the resource', () => {
  const result = applyPatch(widget(), [{ op: 'add', path: '/parts/-', value: { n: 1 } }, { op: 'add', path: '/parts/-', value: { n: 2 } }], paths);
  assert.deepEqual(result.appends, { '/parts': [{ n: 1 }, { n: 2 }] });
  assert.deepEqual(result.resource, widget());
  assert.equal(result.changed, true);
});

test('applyPatch of values equal to the current ones changes nothing', () => {
  assert.equal(applyPatch(widget(), [{ op: 'replace', path: '/name', value: 'first' }], paths).changed, false);
});

test('applyPatch refuses a path the resource does not open, two operations on one path and a non-add on an append path', () => {
  assert.equal(refusal(() => applyPatch(widget(), [{ op: 'replace', path: '/id', value: 'x' }], paths)).code, 'PATCH_PATH_NOT_ALLOWED');
  assert.equal(refusal(() => applyPatch(widget(), [{ op: 'replace', path: '/name', value: 'a' }, { op: 'replace', path: '/name', value: 'b' }], paths)).code, 'MULTIPLE_PATCH_SAME_PATH');
  assert.equal(refusal(() => applyPatch(widget(), [{ op: 'replace', path: '/parts/-', value: {} }], paths)).code, 'PATCH_PATH_NOT_ALLOWED');
});

test('applyPatch refuses a path that is not a JSON Pointer, a prototype key and an operation without its value', () => {
  assert.equal(refusal(() => applyPatch(widget(), [{ op: 'replace', path: 'name', value: 'x' }], paths)).code, 'BAD_REQUEST');
  assert.equal(refusal(() => applyPatch(widget(), [{ op: 'replace', path: '/extra/__proto__', value: {} }], paths)).code, 'BAD_REQUEST');
  assert.equal(refusal(() => applyPatch(widget(), [{ op: 'replace', path: '/name' }], paths)).code, 'BAD_REQUEST');
});

test('applyPatch applies all operations or none: a failed test operation refuses the whole set', () => {
  const before = widget();
  const error = refusal(() => applyPatch(before, [{ op: 'replace', path: '/name', value: 'second' }, { op: 'test', path: '/size', value: 2 }], paths));
  assert.equal(error.code, 'PATCH_TEST_FAILED');
  assert.deepEqual(before, widget());
  assert.equal(applyPatch(widget(), [{ op: 'test', path: '/size', value: 1 }], paths).changed, false);
});

test('applyPatch checks a path closed in the current state against the resource before the patch', () => {
  const suspended = { ...widget(), status: 'SUSPENDED' };
  const error = refusal(() => applyPatch(suspended, [{ op: 'replace', path: '/size', value: 3 }], paths));
  assert.equal(error.code, 'PATCH_PATH_NOT_ALLOWED');
  assert.match(error.message, /the widget is SUSPENDED/);
  assert.equal(applyPatch(widget(), [{ op: 'replace', path: '/size', value: 3 }], paths).resource.size, 3);
});
