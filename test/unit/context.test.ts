import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertIfMatch, etagOf, NO_IDENTITY, type Composition, type RequestContext } from '../../src/core/context.js';
import { AppError } from '../../src/core/errors.js';

const context = (ifMatch?: string): RequestContext => ({ org: 'acme', identity: NO_IDENTITY, ifMatch, composition: {} as Composition });

test('the ETag of a version is the version quoted', () => {
  assert.equal(etagOf(7), '"7"');
});

test('If-Match passes when absent, *, the current ETag (weak or strong), or a list holding it', () => {
  for (const header of [undefined, '*', '"3"', 'W/"3"', '"1", "3"', ' "2" ,W/"3"', '"1", *']) assert.doesNotThrow(() => assertIfMatch(context(header), 3), header);
});

test('If-Match naming another version is a 412 PRECONDITION_FAILED that names both ETags', () => {
  // W/ is a weak tag's prefix only at the start: "W/3" is another tag.
  for (const header of ['"2"', '"1", "2"', '3', '"33"', '', '"W/3"']) {
    assert.throws(
      () => assertIfMatch(context(header), 3),
      (error: unknown) =>
        error instanceof AppError && error.code === 'PRECONDITION_FAILED' && error.message === `If-Match ${header} does not match the current ETag "3"`,
      header,
    );
  }
});

test('requests without an identity are stamped N/A', () => {
  assert.deepEqual(NO_IDENTITY, { system: 'N/A', user: 'N/A' });
});
