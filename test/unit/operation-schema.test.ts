import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AsyncOperation, type StoredOperation, operationsTable, publicOperation } from '../../src/core/operations.js';
import { bodyAjv } from '../../src/core/validation.js';

const operation: StoredOperation = {
  id: '6f1c1f4e-8f43-4a43-9d8f-0a4f7c4f1a11',
  type: 'ADMINISTRATION_BATCH',
  status: 'RUNNING',
  target: { kind: 'BATCH', id: 'batch-1', subscription_id: null, href: '/v2/orgs/acme/operations/6f1c1f4e-8f43-4a43-9d8f-0a4f7c4f1a11' },
  reason: null,
  creation_date: '2026-01-01T00:00:00Z',
  creation_system: 'crm',
  creation_user: 'ana',
  scheduled_date: '2026-01-01T00:00:00Z',
  start_date: '2026-01-01T00:00:01Z',
  end_date: null,
  attempts: 1,
  error: null,
  progress: { total: 10, processed: 4, succeeded: 3, failed: 1 },
  payload: { file: 'x' },
  dry_run: false,
};

test('the operation answer holds its type, status, target, dates, attempts, error and progress, each of its type', () => {
  const validate = bodyAjv.compile(AsyncOperation);
  const answer = publicOperation(operation);
  assert.equal(validate(answer), true, JSON.stringify(validate.errors));
  assert.equal(validate({ ...answer, error: { code: 'INVALID_CSV', message: 'line 3' }, end_date: '2026-01-01T00:00:09Z', status: 'FAILED' }), true);
  const invalid = [
    { ...answer, status: 'DONE' },
    { ...answer, type: 'TELEPORTATION' },
    { ...answer, id: 'op-1' },
    { ...answer, target: { ...answer.target, kind: 'PLANET' } },
    { ...answer, target: { kind: 'BATCH', id: 'batch-1', subscription_id: null } },
    { ...answer, target: { ...answer.target, subscription_id: 'line-1' } },
    { ...answer, scheduled_date: 'soon' },
    { ...answer, start_date: 'soon' },
    { ...answer, attempts: 1.5 },
    { ...answer, error: { code: 5, message: 'x' } },
    { ...answer, error: { code: 'X' } },
    { ...answer, progress: { total: 10, processed: 4, succeeded: 3 } },
    { ...answer, progress: { total: '10', processed: 4, succeeded: 3, failed: 1 } },
  ];
  for (const value of invalid) assert.equal(validate(value), false, JSON.stringify(value));
  const { creation_user: _user, ...missing } = answer;
  assert.equal(validate(missing), false);
  assert.equal(JSON.parse(JSON.stringify(AsyncOperation)).title, 'AsyncOperation');
});

test('an operation is kept with its type, status, target and the instant it is due, in UTC with milliseconds', () => {
  assert.equal(operationsTable.table, 'operations');
  assert.deepEqual(operationsTable.columns({ ...operation, scheduled_date: '2026-01-01T01:00:00+01:00' }), {
    type: 'ADMINISTRATION_BATCH',
    status: 'RUNNING',
    target_kind: 'BATCH',
    target_id: 'batch-1',
    run_at: '2026-01-01T00:00:00.000Z',
  });
});
