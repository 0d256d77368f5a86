import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RequestContext } from '../../src/core/context.js';
import { recordStatusChange, StatusChange, statusHistory } from '../../src/core/history.js';
import { transaction } from '../../src/core/store.js';
import { bodyAjv } from '../../src/core/validation.js';
import { forEachDatabase } from '../helpers/database.js';

const identity = { system: 'crm', user: 'ana' } as RequestContext['identity'];

test('a status history entry names both states, the reason, a date-time, who and the operation (a UUID) or null', () => {
  const validate = bodyAjv.compile(StatusChange);
  const entry = { from: 'REQUESTED', to: 'ACTIVE', reason: null, date: '2026-01-01T00:00:00Z', system: 'crm', user: 'ana', operation_id: null };
  assert.equal(validate(entry), true);
  assert.equal(validate({ ...entry, from: null, operation_id: '6f1c1f4e-8f43-4a43-9d8f-0a4f7c4f1a11' }), true);
  assert.equal(validate({ ...entry, date: 'yesterday' }), false);
  assert.equal(validate({ ...entry, operation_id: 'op-1' }), false);
  assert.equal(validate({ ...entry, to: null }), false);
  const { user: _user, ...withoutUser } = entry;
  assert.equal(validate(withoutUser), false);
  assert.equal(JSON.parse(JSON.stringify(StatusChange)).title, 'StatusChange');
});

forEachDatabase('status history', (t) => {
  test('the status history lists every change of a resource in the order made, however many, and only its own', async () => {
    const change = (from: string | null, to: string, second: number) => ({ from, to, reason: `to ${to}`, date: `2026-01-01T00:00:0${second}.000Z`, identity });
    await transaction(t.database, async (c) => {
      await recordStatusChange(c, 'org-h', 'Widget', 'w1', change(null, 'REQUESTED', 1));
      await recordStatusChange(c, 'org-h', 'Widget', 'w1', change('REQUESTED', 'ACTIVE', 2));
      await recordStatusChange(c, 'org-h', 'Widget', 'w2', change(null, 'REQUESTED', 3));
    });
    await transaction(t.database, async (c) => {
      await recordStatusChange(c, 'org-h', 'Widget', 'w1', change('ACTIVE', 'SUSPENDED', 4));
      await recordStatusChange(c, 'org-h', 'Widget', 'w1', { ...change('SUSPENDED', 'ACTIVE', 5), operationId: '6f1c1f4e-8f43-4a43-9d8f-0a4f7c4f1a11' });
      await recordStatusChange(c, 'org-other', 'Widget', 'w1', change(null, 'ACTIVE', 6));
      await recordStatusChange(c, 'org-h', 'Gadget', 'w1', change(null, 'ACTIVE', 7));
    });
    const history = await transaction(t.database, (c) => statusHistory(c, 'org-h', 'Widget', 'w1'));
    assert.deepEqual(history.map((entry) => `${entry.from}>${entry.to}`), ['null>REQUESTED', 'REQUESTED>ACTIVE', 'ACTIVE>SUSPENDED', 'SUSPENDED>ACTIVE']);
    assert.deepEqual(history[3], { from: 'SUSPENDED', to: 'ACTIVE', reason: 'to ACTIVE', date: '2026-01-01T00:00:05Z', system: 'crm', user: 'ana', operation_id: '6f1c1f4e-8f43-4a43-9d8f-0a4f7c4f1a11' });
    assert.equal(history[0].operation_id, null);
    const sequences = await t.database.db.selectFrom('status_history').select('seq').where('org', '=', 'org-h').where('resource_kind', '=', 'Widget').where('resource_id', '=', 'w1').orderBy('seq').execute();
    assert.deepEqual(sequences.map((row) => Number(row.seq)), [1, 2, 3, 4]);
  });
});
