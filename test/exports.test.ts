import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import http from 'node:http';
import { sql } from 'kysely';
import { SignJWT } from 'jose';
import { seed } from '../scripts/seed.js';
import { forEachDialect, startTestApp, testDialects, type TestApp } from './helpers/app.js';
import { createAddOn } from './helpers/add_ons.js';
import { activeLine, createBundle, createMobile, uniqueOrg } from './helpers/fixtures.js';
import { eventually } from './helpers/promotions.js';
import { createLandline } from './helpers/lines.js';

const CSV_HEADER = 'id,type,status,bundle_id,account_id,msisdn,creation_date,activation_date,deactivation_date,promotions,add_ons,devices';
const exportUrl = (org: string, query = '') => `/v2/orgs/${org}/exports/subscriptions${query ? `?${query}` : ''}`;

/** The export's raw answer (gzip left as sent). */
async function exportOf(t: TestApp, org: string, options: { query?: string; headers?: Record<string, string> } = {}) {
  const response = await t.app.inject({ method: 'GET', url: exportUrl(org, options.query), headers: options.headers ?? {} });
  return { status: response.statusCode, headers: response.headers, raw: response.rawPayload, text: response.body };
}

const ndjsonLines = (text: string) => text.split('\n').filter((line) => line !== '').map((line) => JSON.parse(line));

/** RFC 4180 rows (quoted fields with commas, doubled quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') row.push(field), (field = '');
    else if (char === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += char;
  }
  return rows;
}

// An SQLite file (not :memory:), so the export reads its snapshot on a connection of its own as it does in service.
for (const dialect of testDialects()) {
  describe(`exports [${dialect}]`, () => {
    const t = {} as TestApp;
    const directory = mkdtempSync(path.join(tmpdir(), 'exports-test-'));
    const org = uniqueOrg();
    const otherOrg = uniqueOrg();
    const lines: any[] = [];
    let bundleId: string;

    before(async () => {
      Object.assign(t, await startTestApp(dialect, dialect === 'sqlite' ? { env: { DATABASE_URL: `sqlite:${path.join(directory, 'inventory.sqlite')}` } } : {}));
      bundleId = (await createBundle(t, org, { account_id: 'ACC,"quoted"' })).id;
      lines.push(await createMobile(t, org, bundleId));
      lines.push(await createLandline(t, org, bundleId, { status: 'PRE_ACTIVE' }));
      lines.push(await createMobile(t, org, bundleId));
      await createAddOn(t, org, lines[0].id);
      const other = await createBundle(t, otherOrg, { account_id: 'ACC-OTHER' });
      await createMobile(t, otherOrg, other.id);
    });
    after(async () => {
      await t.close?.();
      rmSync(directory, { recursive: true, force: true });
    });

    test('GET /exports/subscriptions streams NDJSON: one GET /subscriptions/{id} answer per line, children embedded, in creation order, none of another org', async () => {
      const answer = await exportOf(t, org);
      assert.equal(answer.status, 200);
      assert.match(String(answer.headers['content-type']), /^application\/x-ndjson/);
      assert.equal(answer.headers['content-encoding'], undefined);
      const exported = ndjsonLines(answer.text);
      const expected = [];
      for (const line of lines) expected.push((await t.request('GET', `/v2/orgs/${org}/subscriptions/${line.id}`)).body);
      assert.deepEqual(exported, expected);
      assert.equal(exported[0].add_ons.length, 1, 'the add-on is embedded');
      const otherExport = ndjsonLines((await exportOf(t, otherOrg)).text);
      assert.equal(otherExport.length, 1);
      assert.ok(!answer.text.includes(otherExport[0].id), "the other org's line is not in this org's export");
      assert.ok(!lines.some((line) => (JSON.stringify(otherExport) as string).includes(line.id)), "this org's lines are not in the other org's export");
      assert.equal((await exportOf(t, uniqueOrg())).text, '', 'an org with no lines exports nothing');
    });

    test('each NDJSON line is byte for byte the text GET /subscriptions/{id} answers, children and key order included', async () => {
      const exported = (await exportOf(t, org)).text.split('\n').filter((line) => line !== '');
      const answered = [];
      for (const line of lines) answered.push((await t.app.inject({ method: 'GET', url: `/v2/orgs/${org}/subscriptions/${line.id}` })).body);
      assert.deepEqual(exported, answered);
    });

    test('GET /exports/subscriptions with Accept: text/csv answers the listed columns, RFC 4180 quoting, counts of children', async () => {
      const answer = await exportOf(t, org, { headers: { accept: 'text/csv' } });
      assert.equal(answer.status, 200);
      assert.match(String(answer.headers['content-type']), /^text\/csv/);
      assert.ok(answer.text.startsWith(`${CSV_HEADER}\r\n`));
      assert.ok(answer.text.includes('"ACC,""quoted"""'), 'a field with a comma and quotes is quoted, its quotes doubled');
      const [header, ...rows] = parseCsv(answer.text);
      assert.deepEqual(header, CSV_HEADER.split(','));
      assert.deepEqual(
        rows,
        lines.map((line, index) => [
          line.id,
          line.type,
          line.status,
          bundleId,
          'ACC,"quoted"',
          line.type === 'MOBILE' ? line.specific_data.msisdn : '',
          line.creation_date,
          line.activation_date ?? '',
          '',
          '0',
          index === 0 ? '1' : '0',
          '0',
        ]),
      );
    });

    test('GET /exports/subscriptions applies the search filters, and refuses a bad one with 400', async () => {
      const active = ndjsonLines((await exportOf(t, org, { query: 'status=ACTIVE&type=MOBILE' })).text);
      assert.deepEqual(active.map((line) => line.id), [lines[0].id, lines[2].id]);
      const none = await exportOf(t, org, { query: 'account_id=nobody' });
      assert.equal(none.text, '');
      const bad = await exportOf(t, org, { query: 'status=ALIVE' });
      assert.equal(bad.status, 400);
      assert.equal(JSON.parse(bad.text).error.code, 'BAD_REQUEST');
      const paged = await exportOf(t, org, { query: 'limit=1' });
      assert.equal(paged.status, 400, 'an export is not paged');
    });

    test('a child whose stored document begins with a key its answer leaves out is exported as its GET answers it', async () => {
      const ownOrg = uniqueOrg();
      const line = await createMobile(t, ownOrg, (await createBundle(t, ownOrg, { account_id: 'ACC-REORDERED' })).id);
      const addOn = await createAddOn(t, ownOrg, line.id);
      // No writer stores it so today: the database's cut of `,"subscription_id":…` finds nothing to cut, and node presents the line.
      const stored = await t.database.db.selectFrom('add_ons').select('data').where('org', '=', ownOrg).where('id', '=', addOn.id).executeTakeFirstOrThrow();
      const { subscription_id: subscriptionId, ...rest } = JSON.parse(stored.data) as Record<string, unknown>;
      await t.database.db.updateTable('add_ons').set({ data: JSON.stringify({ subscription_id: subscriptionId, ...rest }) }).where('org', '=', ownOrg).where('id', '=', addOn.id).execute();
      const answer = await exportOf(t, ownOrg);
      assert.equal(answer.status, 200);
      assert.deepEqual(ndjsonLines(answer.text), [(await t.request('GET', `/v2/orgs/${ownOrg}/subscriptions/${line.id}`)).body]);
      assert.deepEqual(ndjsonLines(answer.text)[0].add_ons, [addOn]);
    });

    test('GET /exports/subscriptions is gzip-encoded only when Accept-Encoding names gzip', async () => {
      const plain = await exportOf(t, org, { headers: { accept: 'text/csv' } });
      const zipped = await exportOf(t, org, { headers: { accept: 'text/csv', 'accept-encoding': 'br, gzip' } });
      assert.equal(zipped.headers['content-encoding'], 'gzip');
      assert.equal(gunzipSync(zipped.raw).toString(), plain.text);
      const refused = await exportOf(t, org, { headers: { 'accept-encoding': 'gzip;q=0, br' } });
      assert.equal(refused.headers['content-encoding'], undefined);
      assert.equal(ndjsonLines(refused.text).length, lines.length);
    });
  });
}

/** More lines than the export reads at a time (CHUNK = 500 in src/resources/exports/service.ts): four reads. */
const SEEDED = 2000;

/** An export over a real socket, read as the test decides: the answer's text once it ends, or a disconnect. */
function openExport(baseUrl: string, org: string, headers: Record<string, string> = {}) {
  const chunks: Buffer[] = [];
  let request!: http.ClientRequest;
  const response = new Promise<http.IncomingMessage>((resolve, reject) => {
    request = http.get(`${baseUrl}${exportUrl(org)}`, { headers, agent: false }, resolve);
    request.on('error', reject);
  });
  return {
    request,
    /** Resolves with the first bytes, the reader then paused: the export has read its first chunk, in its snapshot. */
    async firstBytes(): Promise<http.IncomingMessage> {
      const answer = await response;
      await new Promise<void>((resolve) => {
        answer.once('data', (chunk: Buffer) => {
          answer.pause();
          chunks.push(chunk);
          resolve();
        });
      });
      return answer;
    },
    async rest(): Promise<string> {
      const answer = await response;
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      const ended = new Promise<void>((resolve, reject) => {
        answer.on('end', resolve);
        answer.on('error', reject);
      });
      answer.resume();
      await ended;
      return Buffer.concat(chunks).toString();
    },
  };
}

/** Whether a read snapshot older than the last commit is still open (a read transaction that has not ended). */
async function staleSnapshotOpen(t: TestApp): Promise<boolean> {
  if (t.dialect === 'postgres') {
    // Open whether a statement of it is running or it waits between two: an export reads its next chunk while the last is sent.
    const { rows } = await sql<{ open: number }>`
      select count(*)::int as open from pg_stat_activity
      where datname = current_database() and pid <> pg_backend_pid() and xact_start is not null`.execute(t.database.db);
    return rows[0].open > 0;
  }
  // A reader's snapshot keeps the WAL frames written after it from being copied back: a passive checkpoint that
  // cannot copy every frame has a reader behind the last commit.
  const { rows } = await sql<{ log: number; checkpointed: number }>`pragma wal_checkpoint(PASSIVE)`.execute(t.database.db);
  return rows[0].checkpointed < rows[0].log;
}

for (const dialect of testDialects()) {
  describe(`large exports [${dialect}]`, () => {
    const t = {} as TestApp;
    const directory = mkdtempSync(path.join(tmpdir(), 'exports-large-test-'));
    const org = uniqueOrg();
    let baseUrl: string;

    before(async () => {
      const env: Record<string, string> = { WORKER: 'off' };
      if (dialect === 'sqlite') env.DATABASE_URL = `sqlite:${path.join(directory, 'inventory.sqlite')}`;
      // Seeded lines (each with its promotions, device, add-on and commitments): several read chunks, megabytes of text.
      Object.assign(t, await startTestApp(dialect, { env, prepare: async (config) => void (await seed({ database: config.database, subscriptions: SEEDED, org })) }));
      baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    });
    after(async () => {
      await t.close?.();
      rmSync(directory, { recursive: true, force: true });
    });

    test('an export of more lines than one read chunk streams every line once, in creation order, each its GET answer', async () => {
      const exported = ndjsonLines((await exportOf(t, org)).text);
      assert.equal(exported.length, SEEDED);
      assert.equal(new Set(exported.map((line) => line.id)).size, SEEDED, 'no line twice');
      for (let index = 1; index < exported.length; index++) {
        const [previous, line] = [exported[index - 1], exported[index]];
        assert.ok(previous.creation_date < line.creation_date || (previous.creation_date === line.creation_date && previous.id < line.id), `line ${index} is in order`);
      }
      // Each side of the chunk boundaries.
      for (const index of [0, 499, 500, 1500, SEEDED - 1]) {
        assert.deepEqual(exported[index], (await t.request('GET', `/v2/orgs/${org}/subscriptions/${exported[index].id}`)).body, `line ${index}`);
      }
      const rows = parseCsv((await exportOf(t, org, { headers: { accept: 'text/csv' } })).text);
      assert.equal(rows.length, SEEDED + 1);
      assert.deepEqual(rows.slice(1).map((row) => row[0]), exported.map((line) => line.id));
    });

    test('a large export embeds promotions and devices with their commitments and add-ons as GET does, and its CSV rows count them', async () => {
      const exported = ndjsonLines((await exportOf(t, org)).text);
      const samples = [
        exported.find((line) => line.promotions.some((promotion: any) => promotion.commitments.length > 0)),
        exported.find((line) => line.devices.some((device: any) => device.commitments.length > 0)),
        exported.find((line) => line.add_ons.length > 0),
      ];
      assert.ok(samples.every(Boolean), 'the seed has lines with each kind of child');
      for (const line of samples) assert.deepEqual(line, (await t.request('GET', `/v2/orgs/${org}/subscriptions/${line.id}`)).body, line.id);
      const rows = parseCsv((await exportOf(t, org, { headers: { accept: 'text/csv' } })).text).slice(1);
      assert.deepEqual(
        rows.map((row) => row.slice(9)),
        exported.map((line) => [line.promotions.length, line.add_ons.length, line.devices.length].map(String)),
      );
    });

    test('an export is one snapshot: a line changed and a line created while it streams are not in it', async () => {
      const before = (await exportOf(t, org)).text;
      const lines = ndjsonLines(before);
      // The last line is read in the last chunk, long after the writes below.
      const changed = [...lines].reverse().find((line) => line.status === 'ACTIVE');
      const streaming = openExport(baseUrl, org);
      await streaming.firstBytes();
      const patched = await t.request('PATCH', `/v2/orgs/${org}/subscriptions/${changed.id}`, [{ op: 'replace', path: '/status', value: 'SUSPENDED' }]);
      assert.equal(patched.status, 200, JSON.stringify(patched.body));
      const created = await createMobile(t, org, changed.bundle_id);
      assert.equal(await staleSnapshotOpen(t), true, 'the export is still reading, in its snapshot from before the writes');
      const during = await streaming.rest();
      assert.equal(during, before, 'the streamed export is the state at its start');
      const afterwards = ndjsonLines((await exportOf(t, org)).text);
      assert.equal(afterwards.find((line) => line.id === changed.id).status, 'SUSPENDED');
      assert.equal(afterwards.at(-1).id, created.id);
    });

    test('a client that disconnects ends the export: its snapshot is released, the server goes on answering reads and writes', async () => {
      // Not gzip-encoded: 2,000 compressed lines fit in the sockets' buffers, and the export would end unread.
      const streaming = openExport(baseUrl, org);
      await streaming.firstBytes();
      // A write after the export's snapshot: that snapshot is now stale, and stays open while the export reads.
      const { bundle } = await activeLine(t, org);
      assert.equal(await staleSnapshotOpen(t), true, 'the paused export holds its snapshot');
      streaming.request.destroy();
      await eventually(async () => ((await staleSnapshotOpen(t)) ? undefined : true), 5000);
      assert.equal((await t.request('GET', '/health/ready')).status, 200);
      assert.equal((await t.request('GET', `/v2/orgs/${org}/bundles/${bundle.id}`)).status, 200);
      await createMobile(t, org, bundle.id);
      assert.equal(ndjsonLines((await exportOf(t, org)).text).length, SEEDED + 3);
    });
  });
}

const SECRET = 'exports-test-secret-of-sufficient-length-0123456789';

const token = (scope: string, org: string) =>
  new SignJWT({ orgs: [org], scope }).setProtectedHeader({ alg: 'HS256' }).setSubject('exports-test').setIssuedAt().setExpirationTime('5m').sign(new TextEncoder().encode(SECRET));

forEachDialect(
  'exports with authentication',
  (t) => {
    test('GET /exports/subscriptions needs subscriptions:admin: read and write scopes get 403 MISSING_PERMISSIONS', async () => {
      const org = uniqueOrg();
      const refused = await t.request('GET', exportUrl(org), undefined, { authorization: `Bearer ${await token('subscriptions:read subscriptions:write', org)}` });
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'MISSING_PERMISSIONS');
      const allowed = await t.request('GET', exportUrl(org), undefined, { authorization: `Bearer ${await token('subscriptions:read subscriptions:admin', org)}` });
      assert.equal(allowed.status, 200);
    });
  },
  { env: { AUTH_JWT_SECRET: SECRET } },
);
