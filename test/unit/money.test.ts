import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError } from '../../src/core/errors.js';
import { assertMoney, fromCents, toCents } from '../../src/core/money.js';

test('an amount with at most two decimals, or none at all, is money', () => {
  for (const value of [0, 10, 10.5, 10.55, 999999.99, null, undefined]) assert.doesNotThrow(() => assertMoney(value, 'price'));
});

test('an amount with a third decimal, or not finite, is refused with a 400 naming the field and the value', () => {
  for (const value of [10.555, 0.001, Number.POSITIVE_INFINITY, Number.NaN]) {
    assert.throws(
      () => assertMoney(value, 'insured_amount'),
      (error: unknown) => error instanceof AppError && error.code === 'BAD_REQUEST' && error.message === `insured_amount must have at most 2 decimals, got ${value}`,
    );
  }
});

test('money converts to whole cents and back without float residue', () => {
  assert.equal(toCents(10.55), 1055);
  assert.equal(toCents(0.29), 29);
  assert.equal(fromCents(1055), 10.55);
  assert.equal(fromCents(toCents(19.99) + toCents(0.01)), 20);
});
