import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../src/core/errors.js';
import { applyPatch, Operation, OperationsSet, type PatchablePath } from '../../src/core/patch.js';
import { bodyAjv } from '../../src/core/validation.js';

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

test('an OperationsSet holds 1 to 100 operations of add, replace, remove or test, with a path of 1 to 256 characters and no other field', () => {
  const validate = bodyAjv.compile(OperationsSet);
  const valid = (body: unknown) => validate(body);
  assert.equal(valid([{ op: 'replace', path: '/name', value: 'x', reason: 'R' }]), true);
  for (const op of ['add', 'replace', 'remove', 'test']) assert.equal(valid([{ op, path: '/name', value: 1 }]), true, op);
  assert.equal(valid([{ op: 'move', path: '/name', from: '/size' }]), false);
  assert.equal(valid([{ op: 'copy', path: '/name' }]), false);
  assert.equal(valid([{ op: 'replace', path: '', value: 1 }]), false);
  assert.equal(valid([{ op: 'replace', path: `/${'x'.repeat(255)}`, value: 1 }]), true);
  assert.equal(valid([{ op: 'replace', path: `/${'x'.repeat(256)}`, value: 1 }]), false);
  assert.equal(valid([{ op: 'replace', path: '/status', value: 'A', reason: '' }]), false);
  assert.equal(valid([{ op: 'replace', path: '/status', value: 'A', reason: 'x'.repeat(100) }]), true);
  assert.equal(valid([{ op: 'replace', path: '/status', value: 'A', reason: 'x'.repeat(101) }]), false);
  assert.equal(valid([{ op: 'replace', path: '/name', value: 1, extra: true }]), false);
  assert.equal(valid([{ path: '/name', value: 1 }]), false);
  assert.equal(valid([]), false);
  assert.equal(valid(Array.from({ length: 100 }, () => ({ op: 'test', path: '/name', value: 1 }))), true);
  assert.equal(valid(Array.from({ length: 101 }, () => ({ op: 'test', path: '/name', value: 1 }))), false);
  const document = JSON.parse(JSON.stringify(Operation));
  assert.equal(document.title, 'Operation');
  assert.deepEqual(document.properties.path['x-document'], { pattern: '^/' });
  assert.equal(JSON.parse(JSON.stringify(OperationsSet)).title, 'OperationsSet');
});

test('each refusal of applyPatch names the path and says why', () => {
  const message = (operations: Operation[]) => refusal(() => applyPatch(widget(), operations, paths)).message;
  assert.equal(message([{ op: 'replace', path: 'name', value: 'x' }]), 'patch path "name" is not a JSON Pointer (it must start with "/")');
  assert.equal(message([{ op: 'replace', path: '/id', value: 'x' }]), 'path /id cannot be changed by PATCH');
  assert.equal(message([{ op: 'remove', path: '/parts/-' }]), 'path /parts/- only takes "add" (append)');
  assert.equal(message([{ op: 'remove', path: '/name' }, { op: 'replace', path: '/name', value: 'b' }]), 'more than one operation on path /name');
  assert.equal(message([{ op: 'add', path: '/extra/shape' }]), 'patch operation "add" on /extra/shape needs a value');
  assert.equal(message([{ op: 'test', path: '/name' }]), 'patch operation "test" on /name needs a value');
  assert.equal(message([{ op: 'test', path: '/extra/colour', value: 'blue' }]), 'test of /extra/colour failed: the value is "red"');
  assert.equal(message([{ op: 'test', path: '/extra/size', value: 1 }]), 'test of /extra/size failed: the value is null');
  assert.equal(refusal(() => applyPatch({ ...widget(), status: 'SUSPENDED' }, [{ op: 'replace', path: '/size', value: 3 }], paths)).message, 'path /size cannot be changed now: the widget is SUSPENDED');
});

test('applyPatch refuses the prototype keys __proto__, constructor and prototype anywhere in a path', () => {
  for (const path of ['/extra/__proto__', '/extra/constructor', '/extra/constructor/prototype', '/extra/prototype']) {
    const segment = path.split('/').find((part) => ['__proto__', 'constructor', 'prototype'].includes(part));
    assert.equal(refusal(() => applyPatch(widget(), [{ op: 'add', path, value: {} }], paths)).message, `patch path "${path}" touches "${segment}", which is never patchable`);
  }
});

test('applyPatch reads ~1 as "/" and ~0 as "~" in a path segment, ~01 as "~1"', () => {
  const result = applyPatch(widget(), [
    { op: 'add', path: '/extra/a~1b', value: 1 },
    { op: 'add', path: '/extra/c~0d', value: 2 },
    { op: 'add', path: '/extra/~01', value: 3 },
  ], paths);
  assert.deepEqual(result.resource.extra, { colour: 'red', shape: 'round', 'a/b': 1, 'c~d': 2, '~1': 3 });
});

test('a "/x/**" pattern opens the paths below /x only: not /x itself, nor a field that merely starts alike', () => {
  const extraOnly: PatchablePath<Widget>[] = [{ path: '/extra/**' }];
  assert.equal(applyPatch(widget(), [{ op: 'replace', path: '/extra/colour', value: 'blue' }], extraOnly).resource.extra.colour, 'blue');
  assert.equal(refusal(() => applyPatch(widget(), [{ op: 'replace', path: '/extra', value: {} }], extraOnly)).code, 'PATCH_PATH_NOT_ALLOWED');
  assert.equal(refusal(() => applyPatch(widget(), [{ op: 'replace', path: '/extra/', value: {} }], extraOnly)).code, 'PATCH_PATH_NOT_ALLOWED', 'nothing below /extra is named');
  assert.equal(refusal(() => applyPatch({ ...widget(), extras: 1 } as Widget, [{ op: 'replace', path: '/extras/x', value: 1 }], extraOnly)).code, 'PATCH_PATH_NOT_ALLOWED');
  assert.equal(refusal(() => applyPatch(widget(), [{ op: 'replace', path: '/name', value: 'x' }], extraOnly)).code, 'PATCH_PATH_NOT_ALLOWED');
});

test('a path through a field that is missing, null, an array or a scalar does not exist in the resource', () => {
  const nested = { ...widget(), extra: { colour: 'red', list: [1, 2], empty: null, size: 3 } } as unknown as Widget;
  for (const path of ['/extra/missing/x', '/extra/list/0', '/extra/empty/x', '/extra/size/x', '/extra/colour/x']) {
    assert.equal(refusal(() => applyPatch(nested, [{ op: 'replace', path, value: 1 }], paths)).message, `patch path "${path}" does not exist in the resource`, path);
  }
  const nullExtra = { ...widget(), extra: null } as unknown as Widget;
  assert.equal(refusal(() => applyPatch(nullExtra, [{ op: 'add', path: '/extra/colour', value: 'red' }], paths)).message, 'patch path "/extra/colour" does not exist in the resource');
  const listExtra = { ...widget(), extra: ['red'] } as unknown as Widget;
  assert.equal(refusal(() => applyPatch(listExtra, [{ op: 'add', path: '/extra/0', value: 'blue' }], paths)).message, 'patch path "/extra/0" does not exist in the resource');
});

test('removing a nested member deletes it; a test of an absent member matches null', () => {
  const result = applyPatch(widget(), [{ op: 'test', path: '/extra/size', value: null }, { op: 'remove', path: '/extra/shape' }], paths);
  assert.deepEqual(result.resource.extra, { colour: 'red' });
  assert.equal(Object.hasOwn(result.resource.extra, 'shape'), false);
  assert.equal(applyPatch({ ...widget(), name: null }, [{ op: 'test', path: '/name', value: null }], paths).changed, false);
});

test('test operations may share a path with a change, are checked before it is applied, and never write /status', () => {
  const result = applyPatch(widget(), [{ op: 'test', path: '/status', value: 'ACTIVE' }, { op: 'replace', path: '/status', value: 'SUSPENDED', reason: 'LATE' }], paths);
  assert.deepEqual(result.status, { value: 'SUSPENDED', reason: 'LATE' });
  const tested = applyPatch(widget(), [{ op: 'test', path: '/status', value: 'ACTIVE' }], paths);
  assert.equal(tested.status, undefined);
  assert.equal(tested.changed, false);
  assert.equal(refusal(() => applyPatch(widget(), [{ op: 'replace', path: '/name', value: 'x' }, { op: 'test', path: '/name', value: 'first' }], paths)).code, 'PATCH_TEST_FAILED', 'a test sees the operations before it');
});

test('a test operation on a path closed in the current state is not refused: it changes nothing', () => {
  const suspended = { ...widget(), status: 'SUSPENDED' };
  assert.equal(applyPatch(suspended, [{ op: 'test', path: '/size', value: 1 }], paths).changed, false);
});

test('a patched value is a copy: changing the operation afterwards does not change the result', () => {
  const value = { colour: 'green' };
  const result = applyPatch(widget(), [{ op: 'replace', path: '/extra', value }], [{ path: '/extra' }]);
  value.colour = 'changed';
  assert.deepEqual(result.resource.extra, { colour: 'green' });
});

test('a write of /status to the value it has, and an append alone, still count as changes', () => {
  assert.equal(applyPatch(widget(), [{ op: 'replace', path: '/status', value: 'ACTIVE' }], paths).changed, true);
  const appended = applyPatch(widget(), [{ op: 'add', path: '/parts/-', value: 1 }], paths);
  assert.equal(appended.changed, true);
  assert.equal(appended.status, undefined);
});

test('a deep path through a null or an array member is a 400 that it does not exist, not a crash', () => {
  const nested = { ...widget(), extra: { empty: null, list: [{ a: 1 }] } } as unknown as Widget;
  for (const path of ['/extra/empty/x/y', '/extra/list/0/a']) {
    assert.equal(refusal(() => applyPatch(nested, [{ op: 'replace', path, value: 1 }], paths)).message, `patch path "${path}" does not exist in the resource`, path);
  }
});

test('a pattern without "/**" opens its own path only, not a longer one that starts alike', () => {
  const named: PatchablePath<Widget>[] = [{ path: '/name' }];
  assert.equal(refusal(() => applyPatch({ ...widget(), names: 'x' } as Widget, [{ op: 'replace', path: '/names', value: 'y' }], named)).code, 'PATCH_PATH_NOT_ALLOWED');
  assert.equal(refusal(() => applyPatch(widget(), [{ op: 'replace', path: '/na', value: 'y' }], named)).code, 'PATCH_PATH_NOT_ALLOWED');
});
