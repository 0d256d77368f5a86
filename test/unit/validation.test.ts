import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../src/core/errors.js';
import { bodyAjv, parseJsonBody, textAjv, validationError } from '../../src/core/validation.js';

function refusal(work: () => unknown): AppError {
  try {
    work();
  } catch (error) {
    assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
    assert.equal(error.code, 'BAD_REQUEST');
    return error;
  }
  assert.fail('expected a refusal');
}

const widget = {
  type: 'object',
  properties: {
    name: { type: 'string', minLength: 1 },
    kind: { type: 'string', enum: ['SMALL', 'LARGE'] },
    at: { type: 'string', format: 'date-time' },
    owner: { type: 'string', format: 'uuid' },
    size: { type: 'integer' },
    colour: { anyOf: [{ type: 'string' }, { type: 'null' }] },
    parts: { type: 'object', properties: { count: { type: 'integer' } } },
    tags: { type: 'array', default: [] },
  },
  required: ['name'],
  additionalProperties: false,
};

function errorsOf(ajv: typeof bodyAjv, value: unknown) {
  const validate = ajv.compile(widget);
  assert.equal(validate(value), false);
  return validate.errors!;
}

test('a body that fails its schema is a 400 naming the first field, with every problem in details', () => {
  const error = validationError(errorsOf(bodyAjv, { kind: 'MEDIUM', extra: 1, at: 'yesterday', owner: 'x', parts: { count: 'two' } }), 'body');
  assert.equal(error.statusCode, 400);
  assert.equal(error.message, 'Invalid body: name is required');
  assert.deepEqual(error.details, [
    { path: '/name', message: 'name is required' },
    { path: '/extra', message: 'extra is not a known field' },
    { path: '/kind', message: 'kind must be one of SMALL, LARGE' },
    { path: '/at', message: 'at must be a valid date-time with a time zone (ISO 8601)' },
    { path: '/owner', message: 'owner must be a valid uuid' },
    { path: '/parts/count', message: 'parts.count must be integer' },
  ]);
});

test('a nullable field of the wrong type is reported once, by its branches, not as "must match a schema in anyOf"', () => {
  const error = validationError(errorsOf(bodyAjv, { name: 'n', colour: 5 }), 'body');
  assert.equal(error.message, 'Invalid body: colour must be string');
  assert.deepEqual(error.details, [
    { path: '/colour', message: 'colour must be string' },
    { path: '/colour', message: 'colour must be null' },
  ]);
});

test('a query string, path or header that fails its schema names its part; a problem of the whole part names the part', () => {
  assert.equal(validationError(errorsOf(textAjv, { name: '' }), 'querystring').message, 'Invalid query parameter: name must NOT have fewer than 1 characters');
  assert.equal(validationError(errorsOf(textAjv, { name: 'n', size: 'big' }), 'params').message, 'Invalid path parameter: size must be integer');
  assert.equal(validationError(errorsOf(textAjv, { name: 'n', size: 'big' }), 'headers').message, 'Invalid header parameter: size must be integer');
  const whole = validationError(errorsOf(textAjv, 'text'), 'querystring');
  assert.equal(whole.message, 'Invalid query parameter: query must be object');
  assert.deepEqual(whole.details, [{ path: '/', message: 'query must be object' }]);
  assert.equal(validationError([], 'querystring').message, 'Invalid query');
  assert.equal(validationError([], 'body').message, 'Invalid body: is invalid');
  assert.equal(validationError([], 'cookies').message, 'Invalid cookies');
});

test('text parts are coerced to their schema types and bodies never are; defaults are filled in', () => {
  const query: Record<string, unknown> = { name: 'n', size: '5' };
  assert.equal(textAjv.compile(widget)(query), true);
  assert.equal(query.size, 5);
  assert.deepEqual(query.tags, []);
  assert.equal(bodyAjv.compile(widget)({ name: 'n', size: '5' }), false);
});

test('an empty body is refused: a JSON document is required', () => {
  assert.equal(refusal(() => parseJsonBody('')).message, 'body is empty: a JSON document is required');
  assert.equal(refusal(() => parseJsonBody(' \n\t')).message, 'body is empty: a JSON document is required');
});

test('a body that is not JSON is refused, saying why', () => {
  assert.match(refusal(() => parseJsonBody('{"name": ')).message, /^body is not valid JSON: ./);
});

test('a body with a __proto__ or constructor.prototype key is refused', () => {
  for (const text of ['{"__proto__": {"admin": true}}', '{"a": {"constructor": {"prototype": {"admin": true}}}}']) {
    assert.equal(refusal(() => parseJsonBody(text)).message, 'body must not contain __proto__ or constructor.prototype keys');
  }
  assert.deepEqual(parseJsonBody('{"constructor": "a name"}'), { constructor: 'a name' });
});

test('a body nested up to 32 levels is read; one level deeper is refused, naming where', () => {
  const nested = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);
  assert.doesNotThrow(() => parseJsonBody(nested(33)));
  assert.equal(refusal(() => parseJsonBody(nested(34))).message, `body is nested deeper than 32 levels at ${'/0'.repeat(33)}`);
  const objects = (levels: number) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
  assert.doesNotThrow(() => parseJsonBody(objects(32)));
  assert.equal(refusal(() => parseJsonBody(objects(33))).message, `body is nested deeper than 32 levels at ${'/a'.repeat(33)}`);
});

test('a string of up to 4096 characters is read; a longer one is refused, naming its field', () => {
  assert.deepEqual(parseJsonBody(JSON.stringify({ name: 'x'.repeat(4096) })), { name: 'x'.repeat(4096) });
  assert.equal(refusal(() => parseJsonBody(JSON.stringify({ list: ['ok', 'x'.repeat(4097)] }))).message, 'body field /list/1 is longer than 4096 characters');
});

test('a NUL character in a value or a field name is refused, naming where', () => {
  assert.equal(refusal(() => parseJsonBody(JSON.stringify({ a: { name: 'x\u0000y' } }))).message, 'body field /a/name contains a NUL character');
  assert.equal(refusal(() => parseJsonBody(JSON.stringify({ a: { 'na\u0000me': 1 } }))).message, 'body field name "na\\u0000me" at /a contains a NUL character');
  assert.equal(refusal(() => parseJsonBody(JSON.stringify({ 'na\u0000me': 1 }))).message, 'body field name "na\\u0000me" at / contains a NUL character');
  assert.equal(refusal(() => parseJsonBody(JSON.stringify('x\u0000'))).message, 'body field  contains a NUL character');
});

test('a valid body is answered as parsed, scalars and null included', () => {
  assert.deepEqual(parseJsonBody('{"a": [1, "two", null, true, {"b": 2.5}]}'), { a: [1, 'two', null, true, { b: 2.5 }] });
  assert.equal(parseJsonBody('null'), null);
  assert.equal(parseJsonBody('7'), 7);
});

test('a nested required field is named by its dotted path, a body that is not an object by "body"', () => {
  const nested = { type: 'object', properties: { parts: { type: 'object', properties: { count: { type: 'integer' } }, required: ['count'] } } };
  const validate = bodyAjv.compile(nested);
  assert.equal(validate({ parts: {} }), false);
  const error = validationError(validate.errors!, 'body');
  assert.equal(error.message, 'Invalid body: parts.count is required');
  assert.deepEqual(error.details, [{ path: '/parts/count', message: 'parts.count is required' }]);
  assert.equal(validate('text'), false);
  assert.equal(validationError(validate.errors!, 'body').message, 'Invalid body: body must be object');
});

test('a oneOf or if/then field is reported by its branches, and the same problem only once', () => {
  const schema = {
    type: 'object',
    properties: {
      size: { oneOf: [{ type: 'integer' }, { type: 'null' }] },
      kind: { type: 'string' },
    },
    if: { properties: { kind: { const: 'BIG' } } },
    then: { properties: { size: { minimum: 10 } } },
  };
  const validate = bodyAjv.compile(schema);
  assert.equal(validate({ size: 'x' }), false);
  assert.deepEqual(validationError(validate.errors!, 'body').details, [
    { path: '/size', message: 'size must be integer' },
    { path: '/size', message: 'size must be null' },
  ]);
  assert.equal(validate({ kind: 'BIG', size: 2 }), false);
  assert.deepEqual(validationError(validate.errors!, 'body').details, [{ path: '/size', message: 'size must be >= 10' }]);
  const twice = [
    { instancePath: '/a', keyword: 'type', params: { type: 'string' }, message: 'must be string', schemaPath: '#/1' },
    { instancePath: '/a', keyword: 'type', params: { type: 'string' }, message: 'must be string', schemaPath: '#/2' },
  ];
  assert.deepEqual(validationError(twice, 'body').details, [{ path: '/a', message: 'a must be string' }]);
});
