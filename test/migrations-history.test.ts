import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sql } from 'kysely';
import { columnTypes } from '../src/db/database.js';
import { migrations } from '../src/db/migrations/index.js';
import { VERSIONED_TABLES } from '../src/db/history.js';
import { forEachDialect, type TestApp } from './helpers/app.js';
import { activeLine, uniqueOrg } from './helpers/fixtures.js';
import { linePath, promotionBody, promotionsPath } from './helpers/promotions.js';

/** An instant strictly between what was written before and what is written after it. */
async function instant(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const at = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  return at;
}

const asOf = (url: string, at: string) => `${url}?as_of=${encodeURIComponent(at)}`;

/**
 * The history layout before migration 0018, as 0016 built it: history tables without a key, each kept state copied
 * whole by the trigger, one service-wide horizon. The app's own migrations ran first; this puts the old layout back
 * (the tables are still empty), so that the app's writes fill the old layout; the test then runs 0018 on it.
 */
async function layoutBefore0018(t: TestApp, since: string): Promise<void> {
  const { db, dialect } = t.database;
  for (const [table, key] of Object.entries(VERSIONED_TABLES)) {
    const past = `${table}_history`;
    const trigger = `${table}_keep_past_state`;
    await sql.raw(`drop view ${table}_past`).execute(db);
    for (const name of [trigger, `${table}_give_back`]) await sql.raw(dialect === 'sqlite' ? `drop trigger ${name}` : `drop trigger ${name} on ${table}`).execute(db);
    await sql.raw(`drop table ${past}`).execute(db);
    await sql.raw(`create table ${past} as select ${table}.*, valid_from as valid_to from ${table} where 1 = 0`).execute(db);
    await sql.raw(`create index ${past}_${key}_valid_from_idx on ${past} (org, ${key}, valid_from)`).execute(db);
    if (dialect === 'postgres') {
      await sql.raw(`create or replace function ${trigger}() returns trigger language plpgsql as $$ begin insert into ${past} select (old).*, new.valid_from; return null; end $$`).execute(db);
      await sql.raw(`create trigger ${trigger} after update on ${table} for each row when (new.version > old.version) execute function ${trigger}()`).execute(db);
    } else {
      const { rows } = await sql<{ name: string }>`select name from pragma_table_info(${table}) order by cid`.execute(db);
      const columns = rows.map((row) => row.name);
      await sql
        .raw(`create trigger ${trigger} after update on ${table} for each row when new.version > old.version begin insert into ${past} (${columns.join(', ')}, valid_to) values (${columns.map((c) => `old.${c}`).join(', ')}, new.valid_from); end`)
        .execute(db);
    }
  }
  await sql`drop table history_horizon`.execute(db);
  await sql.raw(`create table history_horizon (since ${dialect === 'postgres' ? 'timestamptz' : 'text'} not null)`).execute(db);
  await sql`insert into history_horizon (since) values (${since})`.execute(db);
}

type LineHistory = Array<{ version: number; data: string | null }>;

async function lineHistory(t: TestApp, org: string, id: string): Promise<LineHistory> {
  const { rows } = await sql<{ version: number; data: string | null }>`select version, data from subscriptions_history where org = ${org} and id = ${id} order by version, valid_from`.execute(t.database.db);
  return rows.map((row) => ({ version: Number(row.version), data: row.data }));
}

forEachDialect('history kept before migration 0018, then keyed and narrowed by it', (t) => {
  test('a database with history written by the old triggers (a replayed create repeating a version among it) upgrades: every state answers as_of as it did, with its ETag; later child changes keep the line without its data; the org keeps its horizon', async () => {
    const horizon = new Date(Date.now() - 1000).toISOString();
    await layoutBefore0018(t, horizon);
    const org = uniqueOrg();
    const { subscription: line } = await activeLine(t, org);
    const url = linePath(org, line.id);
    const states: Array<{ at: string; body: unknown; etag: unknown }> = [];
    const keep = async () => {
      const now = await t.request('GET', url);
      assert.equal(now.status, 200, JSON.stringify(now.body));
      states.push({ at: await instant(), body: now.body, etag: now.headers.etag });
    };
    await keep();
    const first = promotionBody();
    assert.equal((await t.request('POST', promotionsPath(org, line.id), first)).status, 201);
    await keep();
    // The same create again: the line's version moves with its lock and is given back.
    const replay = await t.request('POST', promotionsPath(org, line.id), first);
    assert.ok(replay.status === 200 || replay.status === 201, `a replayed create answers the promotion: ${replay.status} ${JSON.stringify(replay.body)}`);
    await keep();
    assert.equal((await t.request('POST', promotionsPath(org, line.id), promotionBody())).status, 201);
    await keep();
    const patched = await t.request('PATCH', url, [{ op: 'replace', path: '/legacy_id', value: 18 }]);
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    await keep();
    const old = await lineHistory(t, org, line.id);
    assert.ok(old.length > new Set(old.map((row) => row.version)).size, `the old trigger kept one version twice: ${JSON.stringify(old.map((row) => row.version))}`);
    assert.ok(old.every((row) => row.data !== null), 'the old trigger copied every state whole');

    const { db, dialect } = t.database;
    await db.transaction().execute((trx) => migrations['0018_history_keys'].up({ db: trx, dialect, types: columnTypes(dialect) }));

    const merged = await lineHistory(t, org, line.id);
    assert.deepEqual(
      merged.map((row) => row.version),
      [...new Set(old.map((row) => row.version))],
      'one state per version',
    );
    for (const state of states) {
      const then = await t.request('GET', asOf(url, state.at));
      assert.equal(then.status, 200, JSON.stringify(then.body));
      assert.deepEqual(then.body, state.body, `the line as of ${state.at}`);
      assert.equal(then.headers.etag, state.etag, `the ETag as of ${state.at}`);
    }

    // After the upgrade: a child's change keeps the line's state without its data; as_of still answers it whole.
    const beforeChild = states[states.length - 1];
    const second = promotionBody();
    assert.equal((await t.request('POST', promotionsPath(org, line.id), second)).status, 201);
    await keep();
    const narrowed = await lineHistory(t, org, line.id);
    assert.equal(narrowed.length, merged.length + 1);
    assert.equal(narrowed[narrowed.length - 1].data, null, "only the line's version moved: its data is not copied");
    // A replayed create now gives its move back whole: the state it had ended resumes, nothing more is kept.
    const replayedAgain = await t.request('POST', promotionsPath(org, line.id), second);
    assert.ok(replayedAgain.status === 200 || replayedAgain.status === 201, `a replayed create answers the promotion: ${replayedAgain.status}`);
    assert.equal((await t.request('GET', url)).headers.etag, states[states.length - 1].etag);
    assert.deepEqual(await lineHistory(t, org, line.id), narrowed);
    assert.equal((await t.request('POST', promotionsPath(org, line.id), promotionBody())).status, 201);
    await keep();
    for (const state of [beforeChild, ...states.slice(-2)]) {
      const then = await t.request('GET', asOf(url, state.at));
      assert.deepEqual(then.body, state.body, `the line as of ${state.at}`);
      assert.equal(then.headers.etag, state.etag);
    }

    const tooEarly = await t.request('GET', asOf(url, new Date(Date.parse(horizon) - 60_000).toISOString()));
    assert.equal(tooEarly.status, 400);
    assert.match(tooEarly.body.error.message, new RegExp(`before ${horizon.slice(0, 19)}`), 'the org had rows when history began: that instant stays its horizon');
  });
});
