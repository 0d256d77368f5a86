import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AppError, badRequest, ERROR_CATALOGUE } from '../../src/core/errors.js';

/** API.md section 15, by HTTP status. */
const STATUSES: Record<number, string[]> = {
  400: [
    'BAD_REQUEST', 'MISSING_QUERY_PARAMS', 'INVALID_CURSOR', 'INVALID_AS_OF', 'MULTIPLE_PATCH_SAME_PATH', 'PATCH_PATH_NOT_ALLOWED', 'OPERATION_NOT_SUPPORTED',
    'INVALID_MSISDN', 'INVALID_IMSI', 'INVALID_PHONE_NUMBER', 'INVALID_SUBSCRIPTION_STATUS', 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_DEACTIVATION',
    'SUBSCRIPTION_DEACTIVATION_COMMITMENTS_DO_NOT_MATCH', 'SUBSCRIPTION_STATUS_DOES_NOT_ALLOW_OPERATION', 'PROMOTION_INVALID_SUBSCRIPTION_STATUS',
    'PROMOTION_ACTIVATION_DATE_NOT_ALLOWED', 'PROMOTION_ACTIVATION_DATE_OUT_OF_RANGE', 'PROMOTION_NOT_CANCELLABLE', 'PROMOTION_NOT_DEACTIVATABLE',
    'INVALID_PROMOTION_STATUS', 'INVALID_PROMOTION_TARGET', 'INVALID_BUNDLE_STATUS', 'INVALID_ADD_ON_STATUS', 'ADD_ON_NOT_DEACTIVATABLE',
    'INVALID_COMMITMENT_STATUS', 'NOT_ACTIVE_SUBSCRIPTION_NO_CR', 'CHANGE_REQUEST_NOT_CANCELLABLE', 'WRONG_SUBSCRIPTION_TYPE',
    'INVALID_CREDIT_LIMIT_TYPE', 'DEVICE_NOT_FINANCED', 'INVALID_PAYMENT_PLAN_STATUS', 'DEVICE_NOT_FOUND_FOR_INSURANCE', 'DEVICE_NOT_INSURABLE',
    'INVALID_MAIN_SUBSCRIPTION', 'INVALID_CSV', 'INCOMPATIBLE_BUNDLED_COMMERCIAL_PRODUCT',
  ],
  401: ['UNAUTHORIZED'],
  403: ['FORBIDDEN_ORGANIZATION', 'MISSING_PERMISSIONS'],
  404: [
    'SUBSCRIPTION_NOT_FOUND', 'BUNDLE_NOT_FOUND', 'PROMOTION_NOT_FOUND', 'DEVICE_NOT_FOUND', 'ADD_ON_NOT_FOUND', 'COMMITMENT_NOT_FOUND',
    'CONTRACT_NOT_FOUND', 'CREDIT_LIMIT_NOT_FOUND', 'CHANGE_REQUEST_NOT_FOUND', 'PAYMENT_PLAN_NOT_FOUND', 'OPERATION_NOT_FOUND', 'HUB_NOT_FOUND',
    'ROUTE_NOT_FOUND',
  ],
  405: ['METHOD_NOT_ALLOWED'],
  409: [
    'ALREADY_EXISTS', 'MSISDN_IN_USE', 'IMSI_IN_USE', 'ICCID_IN_USE', 'OPERATION_IN_PROGRESS', 'CHANGE_REQUEST_ALREADY_PENDING',
    'PAYMENT_PLAN_ALREADY_ACTIVE', 'IDEMPOTENCY_KEY_IN_USE', 'PATCH_TEST_FAILED',
  ],
  412: ['PRECONDITION_FAILED'],
  413: ['PAYLOAD_TOO_LARGE'],
  415: ['UNSUPPORTED_MEDIA_TYPE'],
  422: ['IDEMPOTENCY_KEY_REUSED'],
  429: ['RATE_LIMITED'],
  500: ['INTERNAL_ERROR'],
  501: ['SUBSCRIPTION_TYPE_NOT_IMPLEMENTED'],
  503: ['SERVICE_UNAVAILABLE'],
};

test('every code of the error catalogue is answered with the HTTP status API.md section 15 gives it', () => {
  const expected = Object.fromEntries(Object.entries(STATUSES).flatMap(([status, codes]) => codes.map((code) => [code, Number(status)])));
  const actual = Object.fromEntries(Object.entries(ERROR_CATALOGUE).map(([code, [status]]) => [code, status]));
  assert.deepEqual(actual, expected);
});

test('every code of the error catalogue says when it is answered (GET /errors lists it)', () => {
  for (const [code, [, when]] of Object.entries(ERROR_CATALOGUE)) {
    assert.equal(typeof when, 'string', code);
    assert.ok(when.length >= 10, `${code} says when it is answered: "${when}"`);
  }
});

test('an AppError carries its code, the status of its code, its message, details and headers', () => {
  const error = new AppError('RATE_LIMITED', 'slow down', [{ message: 'one' }], { 'retry-after': '3' });
  assert.ok(error instanceof Error);
  assert.equal(error.code, 'RATE_LIMITED');
  assert.equal(error.statusCode, 429);
  assert.equal(error.message, 'slow down');
  assert.deepEqual(error.details, [{ message: 'one' }]);
  assert.deepEqual(error.headers, { 'retry-after': '3' });
});

test('badRequest is a 400 BAD_REQUEST with its message and details', () => {
  const error = badRequest('name is required', [{ path: '/name', message: 'name is required' }]);
  assert.equal(error.code, 'BAD_REQUEST');
  assert.equal(error.statusCode, 400);
  assert.equal(error.message, 'name is required');
  assert.deepEqual(error.details, [{ path: '/name', message: 'name is required' }]);
});
