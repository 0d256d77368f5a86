import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Type, type TSchema } from '@sinclair/typebox';
import {
  DateTime,
  documented,
  LegacyId,
  Money,
  MONEY_FORMAT,
  Nullable,
  SafeInteger,
  ServerOwned,
  ServerOwnedDate,
  ServerOwnedStamp,
  ServerOwnedText,
  serverOwned,
  StringEnum,
  Text,
  Uuid,
} from '../../src/core/schemas.js';
import { bodyAjv } from '../../src/core/validation.js';

/** A schema as JSON, without TypeBox's symbol keys. */
const plain = (schema: unknown) => JSON.parse(JSON.stringify(schema));

/** Whether a body `{ field: value }` (or `{}` when value is undefined) satisfies `{ field: schema }`. */
function accepts(schema: TSchema, value: unknown): boolean {
  const validate = bodyAjv.compile(Type.Object({ field: schema }, { additionalProperties: false }));
  return validate(value === undefined ? {} : { field: value });
}

test('a nullable field takes its type or null, and a nullable enum its values or null', () => {
  assert.deepEqual(plain(Nullable(Type.String())), { type: ['string', 'null'] });
  assert.equal(accepts(Nullable(Type.String()), 'text'), true);
  assert.equal(accepts(Nullable(Type.String()), null), true);
  assert.equal(accepts(Nullable(Type.String()), 5), false);
  const colour = Nullable(StringEnum(['RED', 'BLUE']));
  assert.deepEqual(plain(colour).enum, ['RED', 'BLUE', null]);
  assert.equal(accepts(colour, 'RED'), true);
  assert.equal(accepts(colour, null), true);
  assert.equal(accepts(colour, 'GREEN'), false);
});

test('a nullable field needs a schema of one type: a union is a defect, named', () => {
  assert.throws(() => Nullable(Type.Union([Type.String(), Type.Number()])), /^Error: Nullable needs a schema with one type, got \{"anyOf"/);
});

test('a string enum takes its values only, and keeps its options', () => {
  const kind = StringEnum(['MOBILE', 'LANDLINE'], { description: 'The line type' });
  assert.deepEqual(plain(kind), { description: 'The line type', type: 'string', enum: ['MOBILE', 'LANDLINE'] });
  assert.equal(accepts(kind, 'MOBILE'), true);
  assert.equal(accepts(kind, 'mobile'), false);
  assert.deepEqual(plain(StringEnum(['A'])), { type: 'string', enum: ['A'] });
});

test('money is a number from 0 to 10^12 whose document states two decimals, with or without its own description', () => {
  assert.equal(accepts(Money(), 0), true);
  assert.equal(accepts(Money(), 1e12), true);
  assert.equal(accepts(Money(), -0.01), false);
  assert.equal(accepts(Money(), 1e12 + 1), false);
  assert.equal(accepts(Money(), '10'), false);
  assert.equal(accepts(Money(), 10.555), true, 'decimals are checked by assertMoney, not the schema');
  assert.equal(Money().description, MONEY_FORMAT);
  assert.equal(Money('The price').description, `The price. ${MONEY_FORMAT}`);
  assert.deepEqual((Money() as Record<string, unknown>)['x-document'], { multipleOf: 0.01 });
  assert.deepEqual(documented({ pattern: '^a' }), { 'x-document': { pattern: '^a' } });
});

test('integers stay within the safe range of a JSON number, unless narrower bounds are given', () => {
  assert.equal(accepts(SafeInteger(), Number.MAX_SAFE_INTEGER), true);
  assert.equal(accepts(SafeInteger(), Number.MIN_SAFE_INTEGER), true);
  assert.equal(accepts(SafeInteger(), 2 ** 53), false);
  assert.equal(accepts(SafeInteger(), -(2 ** 53)), false);
  assert.equal(accepts(SafeInteger(), 1.5), false);
  assert.equal(accepts(SafeInteger({ minimum: 1, maximum: 10 }), 0), false);
  assert.equal(accepts(SafeInteger({ minimum: 1, maximum: 10 }), 11), false);
  assert.equal(accepts(LegacyId('The old id'), 2 ** 53), false);
  assert.equal(LegacyId('The old id').description, 'The old id');
});

test('text is 1 to 255 characters unless another maximum is given', () => {
  assert.equal(accepts(Text(), ''), false);
  assert.equal(accepts(Text(), 'x'.repeat(255)), true);
  assert.equal(accepts(Text(), 'x'.repeat(256)), false);
  assert.equal(accepts(Text(10, 'A code'), 'x'.repeat(11)), false);
  assert.equal(Text(10, 'A code').description, 'A code');
});

test('identifiers are UUIDs and dates are date-times with a zone', () => {
  assert.equal(accepts(Uuid(), '0b5e8a1c-2f7d-4c3a-9e6b-1d2c3b4a5f60'), true);
  assert.equal(accepts(Uuid(), 'not-a-uuid'), false);
  assert.equal(Uuid('The id').description, 'The id');
  assert.equal(accepts(DateTime(), '2026-01-01T00:00:00Z'), true);
  assert.equal(accepts(DateTime(), '2026-01-01T00:00:00'), false);
  assert.equal(accepts(DateTime(), 'tomorrow'), false);
  assert.equal(DateTime('When').description, 'When');
});

test('a field the server stamps may be absent, null or of its own type in a create body, never of another type', () => {
  for (const schema of [ServerOwnedDate, serverOwned(DateTime())]) {
    assert.equal(accepts(schema, undefined), true);
    assert.equal(accepts(schema, null), true);
    assert.equal(accepts(schema, '2026-01-01T00:00:00Z'), true);
    assert.equal(accepts(schema, 'yesterday'), false);
    assert.equal(accepts(schema, 5), false);
  }
  const nullable = serverOwned(Nullable(Type.Integer()));
  assert.deepEqual(plain(nullable).type, ['integer', 'null'], 'an already nullable schema is kept as it is');
  assert.equal(accepts(nullable, null), true);
  assert.equal(accepts(ServerOwnedStamp, 'x'.repeat(256)), true);
  assert.equal(accepts(ServerOwnedStamp, 'x'.repeat(257)), false);
  assert.equal(accepts(ServerOwnedStamp, null), true);
  assert.equal(accepts(ServerOwnedText, null), true);
  assert.equal(accepts(ServerOwnedText, 'text'), true);
  assert.equal(accepts(ServerOwnedText, 5), false);
  assert.equal(accepts(ServerOwned, { any: ['thing'] }), true);
  assert.equal(accepts(ServerOwned, undefined), true);
});
