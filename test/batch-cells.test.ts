import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { forEachDialect } from './helpers/app.js';
import { allResults, csv, HEADER, line, runBatch, upload } from './helpers/batches.js';
import { uniqueOrg } from './helpers/fixtures.js';

/** The edges of a batch file's cell checks (API.md 12.1): a value just inside a limit is accepted, one wrapped in extra text is not. */

forEachDialect('batch cells', (t) => {
  test('a UUID or a date-time with text before or after it (an expanded year\'s sign and zeros too) is refused, naming the line', async () => {
    const org = uniqueOrg();
    const id = randomUUID();
    const rows = [
      line('SET_SUBSCRIPTION_STATUS', `x${id}`, { value: 'ACTIVE' }),
      line('SET_SUBSCRIPTION_STATUS', `${id}0`, { value: 'ACTIVE' }),
      line('DEACTIVATE_SUBSCRIPTION', id, { reason: 'OTHER', date: 'on 2024-06-01T00:00:00Z' }),
      line('DEACTIVATE_SUBSCRIPTION', id, { reason: 'OTHER', date: '2024-06-01T00:00:00Z and later' }),
      line('DEACTIVATE_SUBSCRIPTION', id, { reason: 'OTHER', date: '+002024-06-01T00:00:00Z' }),
    ];
    const answer = await upload(t, org, csv(HEADER, rows));
    assert.equal(answer.status, 400, JSON.stringify(answer.body));
    assert.equal(answer.body.error.code, 'INVALID_CSV');
    assert.deepEqual(answer.body.error.details, [
      { line: 2, message: `subscription_id "x${id}" is not a UUID` },
      { line: 3, message: `subscription_id "${id}0" is not a UUID` },
      { line: 4, message: 'date "on 2024-06-01T00:00:00Z" must be an ISO 8601 date-time with a time zone' },
      { line: 5, message: 'date "2024-06-01T00:00:00Z and later" must be an ISO 8601 date-time with a time zone' },
      { line: 6, message: 'date "+002024-06-01T00:00:00Z" must be an ISO 8601 date-time with a time zone' },
    ]);
  });

  test('values at the limits are accepted: a date-time without seconds or with a +hhmm zone, a reason of 100 characters, a credit limit of 100000', async () => {
    const org = uniqueOrg();
    const missing = randomUUID();
    const rows = [
      line('DEACTIVATE_SUBSCRIPTION', missing, { reason: 'OTHER', date: '2024-06-01T10:00Z' }),
      line('DEACTIVATE_SUBSCRIPTION', missing, { reason: 'OTHER', date: '2024-06-01T10:00:00+0100' }),
      line('SET_SUBSCRIPTION_STATUS', missing, { value: 'ACTIVE', reason: 'r'.repeat(100) }),
      line('SET_CREDIT_LIMIT', missing, { resource_id: 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT', reason: 'r', value: '100000' }),
    ];
    const accepted = await runBatch(t, org, csv(HEADER, rows), { wait: 30 });
    assert.equal(accepted.status, 'SUCCEEDED', JSON.stringify(accepted));
    const results = await allResults(t, org, accepted.id);
    assert.deepEqual(
      results.map((result) => [result.line, result.outcome, result.error?.code]),
      rows.map((_row, index) => [index + 2, 'FAILED', 'SUBSCRIPTION_NOT_FOUND']),
      'every line was read and ran (against a line that does not exist)',
    );
  });
});
