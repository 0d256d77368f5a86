import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { openDatabase, type Database } from '../../src/db/database.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { AppError } from '../../src/core/errors.js';
import { conn, findById, insertResource, listAll, listResources, touch, transaction, updateResource, withSavepoint, type ResourceTable } from '../../src/core/store.js';
import { forEachDatabase } from '../helpers/database.js';

/** A resource of no family, kept in the bundles table (whose filter columns it fills): the store knows only the envelope. */
interface Widget {
  id: string;
  creation_date: string;
  status: string;
  account_id: string;
  legacy_account_id: string | null;
  legacy_id: string | null;
  name: string;
}

const widgets: ResourceTable<Widget> = {
  table: 'bundles',
  kind: 'Widget',
  columns: (widget) => ({ status: widget.status, account_id: widget.account_id, legacy_account_id: widget.legacy_account_id, legacy_id: widget.legacy_id }),
};

let created = 0;
function widget(org: string, fields: Partial<Widget> = {}): Widget {
  created += 1;
  return {
    id: `${org}-w${created}`,
    // Distinct creation dates: lists are oldest first.
    creation_date: new Date(Date.UTC(2026, 0, 1, 0, 0, created)).toISOString(),
    status: 'ACTIVE',
    account_id: 'account-1',
    legacy_account_id: null,
    legacy_id: null,
    name: 'first',
    ...fields,
  };
}

/** The service's SQLite setup (a file, so reads go through the read-only connection); the test app's is in memory. */
async function sqliteFile(): Promise<{ database: Database; close(): Promise<void> }> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'inventory-store-'));
  const database = await openDatabase({ dialect: 'sqlite', file: path.join(directory, 'store.sqlite') });
  await migrateToLatest(database);
  return {
    database,
    close: async () => {
      await database.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

forEachDatabase('store', (t) => {
  test('a read that starts after a write committed sees it, even when a read of the same moment began before the commit', async () => {
    const file = t.dialect === 'sqlite' ? await sqliteFile() : undefined;
    const database = file?.database ?? t.database;
    try {
      const saved = widget('org-snapshot');
      // Runs just before the write's commit, in the same turn: on SQLite it opens the reader's snapshot first.
      const earlier = new Promise((resolve) => setImmediate(() => resolve(findById(conn(database), widgets, 'org-snapshot', saved.id))));
      await transaction(database, (c) => insertResource(c, widgets, 'org-snapshot', saved, 'hash-snapshot'));
      assert.deepEqual(await findById(conn(database), widgets, 'org-snapshot', saved.id), { resource: saved, version: 1 });
      // On PostgreSQL the earlier read races the commit over the network: either answer is right there.
      if (t.dialect === 'sqlite') assert.equal(await earlier, undefined, 'the read that began before the commit did not see it');
      else await earlier;
    } finally {
      await file?.close();
    }
  });

  test('insertResource stores the resource at version 1 and findById reads it back, scoped to its org', async () => {
    const saved = widget('org-a');
    const result = await transaction(t.database, (c) => insertResource(c, widgets, 'org-a', saved, 'hash-1'));
    assert.deepEqual(result, { stored: { resource: saved, version: 1 }, replayed: false });
    assert.deepEqual(await findById(conn(t.database), widgets, 'org-a', saved.id), { resource: saved, version: 1 });
    assert.equal(await findById(conn(t.database), widgets, 'org-b', saved.id), undefined);
  });

  test('insertResource of a known id replays with the same request hash and is ALREADY_EXISTS with another', async () => {
    const saved = widget('org-a');
    await transaction(t.database, (c) => insertResource(c, widgets, 'org-a', saved, 'hash-1'));
    const replay = await transaction(t.database, (c) => insertResource(c, widgets, 'org-a', { ...saved, name: 'retried' }, 'hash-1'));
    assert.deepEqual(replay, { stored: { resource: saved, version: 1 }, replayed: true });
    await assert.rejects(
      transaction(t.database, (c) => insertResource(c, widgets, 'org-a', { ...saved, name: 'other' }, 'hash-2')),
      (error: unknown) => error instanceof AppError && error.code === 'ALREADY_EXISTS',
    );
  });

  test('updateResource saves a new version; a stale version is a retryable conflict that writes nothing', async () => {
    const saved = widget('org-a');
    await transaction(t.database, (c) => insertResource(c, widgets, 'org-a', saved, 'hash'));
    const version = await transaction(t.database, (c) => updateResource(c, widgets, 'org-a', { ...saved, name: 'second' }, 1));
    assert.equal(version, 2);
    await assert.rejects(
      transaction(t.database, (c) => updateResource(c, widgets, 'org-a', { ...saved, name: 'lost' }, 1)),
      (error: unknown) => (error as { code?: string }).code === '40001',
    );
    assert.deepEqual(await findById(conn(t.database), widgets, 'org-a', saved.id), { resource: { ...saved, name: 'second' }, version: 2 });
  });

  test('touch moves the version without changing the resource', async () => {
    const saved = widget('org-a');
    await transaction(t.database, (c) => insertResource(c, widgets, 'org-a', saved, 'hash'));
    await transaction(t.database, (c) => touch(c, widgets, 'org-a', saved.id));
    assert.deepEqual(await findById(conn(t.database), widgets, 'org-a', saved.id), { resource: saved, version: 2 });
  });

  test('listResources pages the matching resources oldest first with their total; listAll answers them all', async () => {
    const org = 'org-list';
    const items = [widget(org), widget(org, { status: 'DEACTIVATED' }), widget(org), widget(org)];
    await transaction(t.database, async (c) => {
      for (const item of items) await insertResource(c, widgets, org, item, item.id);
    });
    const active = items.filter((item) => item.status === 'ACTIVE');
    const page = await listResources(conn(t.database), widgets, org, [['status', '=', 'ACTIVE']], { offset: 1, limit: 1 });
    assert.deepEqual(page, { items: [active[1]], total: 3 });
    const newestFirst = await listResources(conn(t.database), widgets, org, [], { offset: 0, limit: 2 }, 'desc');
    assert.deepEqual(newestFirst, { items: [items[3], items[2]], total: 4 });
    assert.deepEqual(await listAll(conn(t.database), widgets, org, [['status', 'in', ['DEACTIVATED']]]), [items[1]]);
  });

  test('withSavepoint undoes only the writes of a refused step and answers its AppError; the transaction goes on', async () => {
    const kept = widget('org-a');
    const undone = widget('org-a');
    const refusal = await transaction(t.database, async (c) => {
      await insertResource(c, widgets, 'org-a', kept, 'hash');
      return withSavepoint(c, 'step', async () => {
        await insertResource(c, widgets, 'org-a', undone, 'hash');
        throw new AppError('INVALID_BUNDLE_STATUS', 'refused');
      });
    });
    assert.equal(refusal?.code, 'INVALID_BUNDLE_STATUS');
    assert.ok(await findById(conn(t.database), widgets, 'org-a', kept.id));
    assert.equal(await findById(conn(t.database), widgets, 'org-a', undone.id), undefined);
  });
});
