import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ExpiredKeySweep } from '../../src/http/idempotency-expiry.js';
import { forEachDatabase } from '../helpers/database.js';

const hour = 60 * 60 * 1000;
const at = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString();

forEachDatabase('Idempotency-Key expiry', (t) => {
  test('a sweep pass deletes every expired key of every org, in batches, and keeps the keys still within their 24 hours', async () => {
    const { db } = t.database;
    const key = (org: string, name: string, expiresAt: string) => ({ org, key: name, request_hash: 'h', state: 'ANSWERED', response: '{}', effect: null, expires_at: expiresAt });
    // More expired keys in one org than one batch deletes: the pass stays on that org until they are all gone.
    const expiredOfA = Array.from({ length: 1_203 }, (_, i) => key('org-a', `old-${i}`, at(-hour - i)));
    for (let i = 0; i < expiredOfA.length; i += 300) await db.insertInto('idempotency_keys').values(expiredOfA.slice(i, i + 300)).execute();
    await db.insertInto('idempotency_keys').values([
      key('org-a', 'live', at(hour)),
      key('org-b', 'old', at(-1)),
      key('org-b', 'live', at(23 * hour)),
      key('org-c', 'live', at(hour)),
    ]).execute();

    const sweep = new ExpiredKeySweep(t.database);
    let steps = 0;
    while (await sweep.step()) steps++;
    assert.ok(steps >= 5, `org-a took several batches (${steps} steps)`);

    const left = await db.selectFrom('idempotency_keys').select(['org', 'key']).orderBy('org').orderBy('key').execute();
    assert.deepEqual(left, [{ org: 'org-a', key: 'live' }, { org: 'org-b', key: 'live' }, { org: 'org-c', key: 'live' }]);
    assert.equal(await sweep.step(), true, 'a new pass starts from the first org');
  });
});
