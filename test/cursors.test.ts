import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDialect, type TestApp } from './helpers/app.js';
import { createBundle, createMobile, uniqueOrg } from './helpers/fixtures.js';
import { csv, HEADER, line, runBatch } from './helpers/batches.js';

/** Follows next_cursor from the first page to the end; answers every page's body. */
async function walk(t: TestApp, firstUrl: string, between?: (pageIndex: number) => Promise<void>) {
  const pages: any[] = [];
  let response = await t.request('GET', firstUrl);
  for (;;) {
    assert.equal(response.status, 200, JSON.stringify(response.body));
    pages.push(response.body);
    if (response.body.next_cursor === null) return pages;
    await between?.(pages.length);
    const base = firstUrl.split('?')[0];
    response = await t.request('GET', `${base}?cursor=${encodeURIComponent(response.body.next_cursor)}`);
  }
}

const linesUrl = (org: string, bundleId: string) => `/v2/orgs/${org}/bundles/${bundleId}/subscriptions`;

forEachDialect('cursor paging', (t) => {
  const org = uniqueOrg();
  let bundleId: string;
  let otherBundleId: string;
  const created: any[] = [];

  test('setup: a bundle with 7 lines, 3 of them PRE_ACTIVE', async () => {
    bundleId = (await createBundle(t, org)).id;
    otherBundleId = (await createBundle(t, org)).id;
    for (let i = 0; i < 7; i++) created.push(await createMobile(t, org, bundleId, i % 3 === 0 ? { status: 'PRE_ACTIVE' } : {}));
  });

  test('GET /bundles/{id}/subscriptions walked by cursor answers the rows of the offset walk, in the same order', async () => {
    const offsetIds: string[] = [];
    for (let offset = 0; ; offset += 3) {
      const page = await t.request('GET', `${linesUrl(org, bundleId)}?limit=3&offset=${offset}`);
      assert.equal(page.status, 200);
      offsetIds.push(...page.body.items.map((line: any) => line.id));
      if (offset + 3 >= page.body.total) break;
    }
    const pages = await walk(t, `${linesUrl(org, bundleId)}?limit=3`);
    assert.deepEqual(pages.flatMap((page) => page.items.map((line: any) => line.id)), offsetIds);
    assert.deepEqual(offsetIds, created.map((line) => line.id));
    assert.equal(pages.length, 3);
    assert.equal(typeof pages[0].next_cursor, 'string');
    // A cursor page: items, limit and next_cursor only.
    assert.deepEqual(Object.keys(pages[1]).sort(), ['items', 'limit', 'next_cursor']);
    assert.equal(pages[2].next_cursor, null);
  });

  test('GET with cursor answers no X-Total-Count; an offset page carries next_cursor and X-Total-Count', async () => {
    const first = await t.request('GET', `${linesUrl(org, bundleId)}?limit=2`);
    assert.equal(first.headers['x-total-count'], '7');
    assert.equal(first.body.total, 7);
    const second = await t.request('GET', `${linesUrl(org, bundleId)}?cursor=${encodeURIComponent(first.body.next_cursor)}`);
    assert.equal(second.status, 200);
    assert.equal(second.headers['x-total-count'], undefined);
    assert.equal(second.body.limit, 2, 'the walk keeps the page size of its first request');
    const last = await t.request('GET', `${linesUrl(org, bundleId)}?offset=5&limit=2`);
    assert.equal(last.body.next_cursor, null, 'the last offset page has no next page');
  });

  test('GET with cursor keeps the filters of the walk and accepts another limit', async () => {
    const pages = await walk(t, `${linesUrl(org, bundleId)}?limit=1&status=PRE_ACTIVE`);
    const expected = created.filter((line) => line.status === 'PRE_ACTIVE').map((line) => line.id);
    assert.deepEqual(pages.flatMap((page) => page.items.map((line: any) => line.id)), expected);
    const first = await t.request('GET', `${linesUrl(org, bundleId)}?limit=1`);
    const wider = await t.request('GET', `${linesUrl(org, bundleId)}?cursor=${encodeURIComponent(first.body.next_cursor)}&limit=10`);
    assert.equal(wider.body.limit, 10);
    assert.deepEqual(wider.body.items.map((line: any) => line.id), created.slice(1).map((line) => line.id));
  });

  test('rows created in the middle of a cursor walk appear at most once and no row repeats or vanishes', async () => {
    const late: string[] = [];
    const pages = await walk(t, `${linesUrl(org, bundleId)}?limit=2`, async () => {
      late.push((await createMobile(t, org, bundleId)).id);
    });
    const seen = pages.flatMap((page) => page.items.map((line: any) => line.id));
    assert.equal(new Set(seen).size, seen.length, 'no row repeats');
    for (const line of created) assert.ok(seen.includes(line.id), `row ${line.id} vanished`);
    for (const id of late) assert.ok(seen.filter((seenId) => seenId === id).length <= 1);
  });

  test('GET with a filter, offset or cursor twice beside cursor answers 400 BAD_REQUEST', async () => {
    const first = await t.request('GET', `${linesUrl(org, bundleId)}?limit=2`);
    const cursor = encodeURIComponent(first.body.next_cursor);
    for (const extra of ['status=ACTIVE', 'offset=0']) {
      const response = await t.request('GET', `${linesUrl(org, bundleId)}?cursor=${cursor}&${extra}`);
      assert.equal(response.status, 400, extra);
      assert.equal(response.body.error.code, 'BAD_REQUEST');
      assert.match(response.body.error.message, /beside cursor/);
    }
  });

  test('GET with a tampered cursor, or one of another list or org, answers 400 INVALID_CURSOR', async () => {
    const first = await t.request('GET', `${linesUrl(org, bundleId)}?limit=2`);
    const cursor: string = first.body.next_cursor;
    const [payload, signature] = cursor.split('.');
    const state = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = `${Buffer.from(JSON.stringify({ ...state, limit: 500 })).toString('base64url')}.${signature}`;
    const otherOrg = uniqueOrg();
    await createBundle(t, otherOrg);
    const attempts = [
      `${linesUrl(org, bundleId)}?cursor=${encodeURIComponent(forged)}`,
      `${linesUrl(org, bundleId)}?cursor=not-a-cursor`,
      `${linesUrl(org, otherBundleId)}?cursor=${encodeURIComponent(cursor)}`,
      `/v2/orgs/${org}/bundles?cursor=${encodeURIComponent(cursor)}`,
      `${linesUrl(otherOrg, bundleId)}?cursor=${encodeURIComponent(cursor)}`,
    ];
    for (const url of attempts) {
      const response = await t.request('GET', url);
      assert.equal(response.status, 400, url);
      assert.equal(response.body.error.code, 'INVALID_CURSOR', url);
    }
  });

  test('GET /operations/{id}/results walked by cursor answers every line once, in file order (keyed by line, not creation)', async () => {
    const lines = created.slice(0, 5).map((subscription) => line('SET_SUBSCRIPTION_STATUS', subscription.id, { value: 'SUSPENDED' }));
    const batch = await runBatch(t, org, csv(HEADER, lines), { wait: 10 });
    assert.equal(batch.status, 'SUCCEEDED');
    const pages = await walk(t, `/v2/orgs/${org}/operations/${batch.id}/results?limit=2`);
    assert.deepEqual(pages.flatMap((page) => page.items.map((result: any) => result.line)), [2, 3, 4, 5, 6]);
    const operations = await walk(t, `/v2/orgs/${org}/operations?limit=1`);
    assert.ok(operations.flatMap((page) => page.items).some((operation: any) => operation.id === batch.id));
  });
});
