import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Composition } from '../../src/core/context.js';
import { AppError } from '../../src/core/errors.js';
import { pendingEvent } from '../../src/core/events.js';
import { conn, findById, insertResource, transaction, withSavepoint, type RequestEffect, type ResourceTable } from '../../src/core/store.js';
import { forEachDatabase } from '../helpers/database.js';

interface Note {
  id: string;
  creation_date: string;
}
const notes: ResourceTable<Note> = { table: 'bundles', kind: 'Note', columns: () => ({ status: 'ACTIVE', account_id: 'a', legacy_account_id: null, legacy_id: null }) };
const note = (id: string): Note => ({ id, creation_date: '2026-01-01T00:00:00.000Z' });
const identity = { system: 'crm', user: 'ana' };
const composition = { eventViews: {}, eventPresenters: { Bundle: (subject: { id: string }) => ({ id: subject.id }) } } as unknown as Composition;

forEachDatabase('transactions of a request', (t) => {
  test("a keyed request's first transaction writes its key with its result, inside it; later ones are ordinary work", async () => {
    const recorded: unknown[] = [];
    const effect: RequestEffect = { record: async (c, result) => void recorded.push([result, await findById(c, notes, 'org-k', 'k1') !== undefined]) };
    const scope = { identity, effect };
    assert.equal(await transaction(t.database, scope, (c) => insertResource(c, notes, 'org-k', note('k1'), 'h').then(() => 'first')), 'first');
    assert.deepEqual([effect.settled, effect.recorded], [true, true]);
    assert.equal(await transaction(t.database, scope, async () => 'second'), 'second');
    assert.deepEqual(recorded, [['first', true]], 'recorded once, seeing the work of its own transaction');
  });

  test('a key whose recording fails rolls the work back with it, and the request is not settled', async () => {
    const effect: RequestEffect = { record: async () => { throw new Error('key table full'); } };
    await assert.rejects(transaction(t.database, { identity, effect }, (c) => insertResource(c, notes, 'org-k', note('k2'), 'h')), { message: 'key table full' });
    assert.equal(effect.settled, undefined);
    assert.equal(await findById(conn(t.database), notes, 'org-k', 'k2'), undefined);
  });

  test('a replayed request answers the result its first run committed, without running the work again', async () => {
    let ran = false;
    const effect: RequestEffect = { replay: { result: { id: 'from-the-key' } } };
    const result = await transaction(t.database, { identity, effect }, async () => { ran = true; return { id: 'new' }; });
    assert.deepEqual(result, { id: 'from-the-key' });
    assert.equal(ran, false);
    assert.equal(effect.settled, true);
    const later = await transaction(t.database, { identity, effect }, async () => 'ordinary');
    assert.equal(later, 'ordinary', 'once settled, the request runs its other transactions');
  });

  test('a request without a key, or with nothing to record or replay, runs its transactions as they are', async () => {
    const effect: RequestEffect = {};
    assert.equal(await transaction(t.database, { identity, effect }, async () => 'plain'), 'plain');
    assert.equal(effect.settled, undefined);
  });

  test("a refused savepoint step drops its own queued events only, and the transaction's earlier ones are written", async () => {
    await transaction(t.database, { identity, composition }, async (c) => {
      c.events!.push(pendingEvent('org-sp', 'Bundle', 'CreateEvent', { id: 'before' }, 'before', 1, null, identity));
      const refusal = await withSavepoint(c, 'line_1', async () => {
        c.events!.push(pendingEvent('org-sp', 'Bundle', 'CreateEvent', { id: 'refused' }, 'refused', 1, null, identity));
        throw new AppError('INVALID_BUNDLE_STATUS', 'refused');
      });
      assert.equal(refusal?.code, 'INVALID_BUNDLE_STATUS');
      assert.equal(await withSavepoint(c, 'line_2', async () => {
        c.events!.push(pendingEvent('org-sp', 'Bundle', 'CreateEvent', { id: 'accepted' }, 'accepted', 1, null, identity));
        await insertResource(c, notes, 'org-sp', note('accepted-note'), 'h');
      }), undefined);
      await insertResource(c, notes, 'org-sp', note('after-savepoints'), 'h');
    });
    const rows = await t.database.db.selectFrom('events').select('resource_id').where('org', '=', 'org-sp').orderBy('sequence').execute();
    assert.deepEqual(rows.map((row) => row.resource_id), ['before', 'accepted']);
    assert.ok(await findById(conn(t.database), notes, 'org-sp', 'accepted-note'));
    assert.ok(await findById(conn(t.database), notes, 'org-sp', 'after-savepoints'));
  });

  test('a savepoint step that fails with a defect (not a refusal) fails the whole transaction', async () => {
    await assert.rejects(
      transaction(t.database, async (c) => {
        await insertResource(c, notes, 'org-sp', note('lost'), 'h');
        await withSavepoint(c, 'line_1', async () => { throw new TypeError('a defect'); });
        return 'not reached';
      }),
      { name: 'TypeError', message: 'a defect' },
    );
    assert.equal(await findById(conn(t.database), notes, 'org-sp', 'lost'), undefined);
  });
});
