import assert from 'node:assert/strict';
import { test } from 'node:test';
import { forEachDialect } from './helpers/app.js';
import { activeLine, createBundle, createMobile, msisdn, uniqueOrg } from './helpers/fixtures.js';
import { addDevice, addPromotion, linePath, promotionPath, promotionsPath } from './helpers/promotions.js';
import { csv, HEADER, line as batchLine, runBatch } from './helpers/batches.js';

/** An instant strictly between what was written before and what is written after it. */
async function instant(): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  const at = new Date().toISOString();
  await new Promise((resolve) => setTimeout(resolve, 5));
  return at;
}

const asOf = (url: string, at: string) => `${url}${url.includes('?') ? '&' : '?'}as_of=${encodeURIComponent(at)}`;

forEachDialect('point-in-time reads (API.md 17.1)', (t) => {
  const org = uniqueOrg();
  let line: any;
  let bundle: any;
  let beforeLine: string;
  let afterLine: string;
  let lineEtagThen: string;
  let promotion: any;
  let promotionEtagThen: string;
  let afterPromotion: string;
  let afterPatch: string;

  test('setup: a line, then a promotion on it, then a change of the promotion', async () => {
    beforeLine = await instant();
    ({ bundle, subscription: line } = await activeLine(t, org));
    lineEtagThen = (await t.request('GET', linePath(org, line.id))).headers.etag as string;
    afterLine = await instant();
    promotion = await addPromotion(t, org, line.id, { legacy_id: 1 });
    promotionEtagThen = (await t.request('GET', promotionPath(org, line.id, promotion.id))).headers.etag as string;
    afterPromotion = await instant();
    const patched = await t.request('PATCH', promotionPath(org, line.id, promotion.id), [{ op: 'replace', path: '/legacy_id', value: 2 }]);
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    afterPatch = await instant();
  });

  test('GET /subscriptions/{id}?as_of answers the line with its promotions as they were then', async () => {
    const then = await t.request('GET', asOf(linePath(org, line.id), afterLine));
    assert.equal(then.status, 200, JSON.stringify(then.body));
    assert.deepEqual(then.body.promotions, []);
    assert.equal(then.headers.etag, lineEtagThen, 'ETag is the version the line had then');
    const later = await t.request('GET', asOf(linePath(org, line.id), afterPromotion));
    assert.deepEqual(
      later.body.promotions.map((p: any) => [p.id, p.legacy_id]),
      [[promotion.id, 1]],
    );
    const now = await t.request('GET', linePath(org, line.id));
    assert.deepEqual(now.body.promotions.map((p: any) => p.legacy_id), [2]);
    assert.notEqual(now.headers.etag, later.headers.etag);
    const typed = await t.request('GET', asOf(`/v2/orgs/${org}/subscriptions/mobile/${line.id}`, afterLine));
    assert.equal(typed.status, 200);
    assert.deepEqual(typed.body.promotions, []);
  });

  test('GET <promotion>?as_of answers the promotion and its ETag as they were then, and the current state without as_of', async () => {
    const then = await t.request('GET', asOf(promotionPath(org, line.id, promotion.id), afterPromotion));
    assert.equal(then.status, 200);
    assert.equal(then.body.legacy_id, 1);
    assert.equal(then.headers.etag, promotionEtagThen);
    const after = await t.request('GET', asOf(promotionPath(org, line.id, promotion.id), afterPatch));
    assert.equal(after.body.legacy_id, 2);
    assert.equal((await t.request('GET', promotionPath(org, line.id, promotion.id))).body.legacy_id, 2);
  });

  test('GET ?as_of with If-None-Match compares with the version then: 304 for it, 200 for the current one', async () => {
    const url = asOf(promotionPath(org, line.id, promotion.id), afterPromotion);
    assert.equal((await t.request('GET', url, undefined, { 'if-none-match': promotionEtagThen })).status, 304);
    const current = (await t.request('GET', promotionPath(org, line.id, promotion.id))).headers.etag as string;
    assert.equal((await t.request('GET', url, undefined, { 'if-none-match': current })).status, 200);
  });

  test('GET <item>?as_of checks the path as it was then: 404 with the code of the first resource that did not exist', async () => {
    const beforeAll = await t.request('GET', asOf(promotionPath(org, line.id, promotion.id), beforeLine));
    assert.equal(beforeAll.status, 404);
    assert.equal(beforeAll.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    const beforePromotion = await t.request('GET', asOf(promotionPath(org, line.id, promotion.id), afterLine));
    assert.equal(beforePromotion.status, 404);
    assert.equal(beforePromotion.body.error.code, 'PROMOTION_NOT_FOUND');
    const bundleThen = await t.request('GET', asOf(`/v2/orgs/${org}/bundles/${bundle.id}`, beforeLine));
    assert.equal(bundleThen.body.error.code, 'BUNDLE_NOT_FOUND');
  });

  test('GET ?as_of at a state\'s own creation instant includes it (a change at exactly as_of is included)', async () => {
    const created = await t.request('GET', asOf(promotionPath(org, line.id, promotion.id), promotion.creation_date));
    assert.equal(created.status, 200, JSON.stringify(created.body));
    assert.equal(created.body.legacy_id, 1);
  });

  test('as_of in the future, not a date-time, without a zone or before the earliest kept state → 400 INVALID_AS_OF', async () => {
    const url = linePath(org, line.id);
    for (const bad of [new Date(Date.now() + 3_600_000).toISOString(), 'yesterday', '2026-01-01', '2026-01-01T10:00:00']) {
      const answer = await t.request('GET', asOf(url, bad));
      assert.equal(answer.status, 400, bad);
      assert.equal(answer.body.error.code, 'INVALID_AS_OF', bad);
    }
    const tooEarly = await t.request('GET', asOf(url, '2000-01-01T00:00:00Z'));
    assert.equal(tooEarly.body.error.code, 'INVALID_AS_OF');
    assert.match(tooEarly.body.error.message, /earliest state the service keeps/);
    assert.match(tooEarly.body.error.message, /before \d{4}-\d{2}-\d{2}T/, 'the message names the earliest instant');
  });

  test('as_of takes every zone form of a date-time (Z, ±hh:mm, ±hhmm; lower case; fractions or none; no seconds) as the same instant', async () => {
    const url = promotionPath(org, line.id, promotion.id);
    const utc = await t.request('GET', asOf(url, afterPatch));
    assert.equal(utc.status, 200, JSON.stringify(utc.body));
    /** The instant `afterPatch` written at another offset, in minutes east of UTC. */
    const atOffset = (minutes: number, colon: boolean) => {
      const local = new Date(Date.parse(afterPatch) + minutes * 60_000).toISOString().slice(0, -1);
      const sign = minutes < 0 ? '-' : '+';
      const [hours, rest] = [String(Math.floor(Math.abs(minutes) / 60)).padStart(2, '0'), String(Math.abs(minutes) % 60).padStart(2, '0')];
      return `${local}${sign}${hours}${colon ? ':' : ''}${rest}`;
    };
    for (const form of [atOffset(60, true), atOffset(-330, true), atOffset(60, false), atOffset(-330, false), afterPatch.toLowerCase()]) {
      const same = await t.request('GET', asOf(url, form));
      assert.equal(same.status, 200, `${form}: ${JSON.stringify(same.body)}`);
      assert.deepEqual(same.body, utc.body, form);
      assert.equal(same.headers.etag, utc.headers.etag, form);
    }
    const minute = afterPatch.slice(0, 16);
    for (const coarse of [`${minute}Z`, `${minute}:00Z`, `${afterPatch.slice(0, 19)}.5Z`]) {
      const answer = await t.request('GET', asOf(url, coarse));
      // Read as an instant (then answered, or before the earliest kept state), never refused as not a date-time.
      assert.doesNotMatch(answer.body.error?.message ?? '', /must be an ISO 8601 date-time/, `${coarse} is a date-time with a zone`);
    }
  });

  test("an as_of whose '+' reached the server as a space (not percent-encoded) is INVALID_AS_OF saying so", async () => {
    for (const zone of ['+01:00', '+0100']) {
      const answer = await t.request('GET', `${linePath(org, line.id)}?as_of=${afterPatch.slice(0, -1)}${zone}`);
      assert.equal(answer.status, 400, zone);
      assert.equal(answer.body.error.code, 'INVALID_AS_OF');
      assert.match(answer.body.error.message, /percent-encode "\+" as %2B/, zone);
    }
    const other = await t.request('GET', asOf(linePath(org, line.id), '2026-01-01 10:00'));
    assert.equal(other.body.error.code, 'INVALID_AS_OF');
    assert.doesNotMatch(other.body.error.message, /percent-encode/, 'a date-time without a zone gets no such hint');
  });

  test('as_of at exactly the earliest kept state is read; a millisecond before it is INVALID_AS_OF', async () => {
    const { since } = await t.database.db.selectFrom('history_horizon').select('since').where('org', 'in', [org, '']).orderBy('org', 'desc').limit(1).executeTakeFirstOrThrow();
    const horizon = new Date(since).toISOString();
    const at = await t.request('GET', asOf(linePath(org, line.id), horizon));
    assert.equal(at.body.error?.code, 'SUBSCRIPTION_NOT_FOUND', 'answered as of then: the line did not exist yet');
    const before = await t.request('GET', asOf(linePath(org, line.id), new Date(Date.parse(horizon) - 1).toISOString()));
    assert.equal(before.body.error.code, 'INVALID_AS_OF');
  });

  test('writes never take as_of: a PATCH with as_of → 400 BAD_REQUEST', async () => {
    const answer = await t.request('PATCH', asOf(promotionPath(org, line.id, promotion.id), afterLine), [{ op: 'replace', path: '/legacy_id', value: 3 }]);
    assert.equal(answer.status, 400);
    assert.equal(answer.body.error.code, 'BAD_REQUEST');
  });

  test('GET …/promotions?as_of lists the promotions as they were then, with the filters applied to that state', async () => {
    const second = await addPromotion(t, org, line.id, { legacy_id: 10 });
    const before = await t.request('GET', asOf(promotionsPath(org, line.id), afterPatch));
    assert.equal(before.status, 200);
    assert.deepEqual(before.body.items.map((p: any) => p.id), [promotion.id]);
    assert.equal(before.body.total, 1);
    assert.equal(before.headers['x-total-count'], '1');
    const beforeLineWasThere = await t.request('GET', asOf(promotionsPath(org, line.id), beforeLine));
    assert.equal(beforeLineWasThere.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    const now = await t.request('GET', promotionsPath(org, line.id));
    assert.deepEqual(now.body.items.map((p: any) => p.id), [promotion.id, second.id]);
    const filtered = await t.request('GET', asOf(`${promotionsPath(org, line.id)}?status=REQUESTED`, afterPatch));
    assert.deepEqual(filtered.body.items.map((p: any) => p.id), [promotion.id]);
  });

  test('GET …/devices?as_of answers the bare array as it was then', async () => {
    const before = await instant();
    const device = await addDevice(t, org, line.id);
    const then = await t.request('GET', asOf(`${linePath(org, line.id)}/devices`, before));
    assert.equal(then.status, 200, JSON.stringify(then.body));
    assert.deepEqual(then.body, []);
    const now = await t.request('GET', asOf(`${linePath(org, line.id)}/devices`, await instant()));
    assert.deepEqual(now.body.map((d: any) => d.id), [device.id]);
  });

  test('GET /subscriptions?as_of searches the lines as they were then, filters included, and pages by cursor with as_of fixed', async () => {
    const searchOrg = uniqueOrg();
    const { bundle: searchBundle, subscription: first } = await activeLine(t, searchOrg);
    const second = await createMobile(t, searchOrg, searchBundle.id);
    const then = await instant();
    const third = await createMobile(t, searchOrg, searchBundle.id);
    const suspended = await t.request('PATCH', linePath(searchOrg, first.id), [{ op: 'replace', path: '/status', value: 'SUSPENDED' }]);
    assert.equal(suspended.status, 200);
    const url = `/v2/orgs/${searchOrg}/subscriptions?account_id=ACC-1`;
    const past = await t.request('GET', asOf(`${url}&status=ACTIVE`, then));
    assert.equal(past.status, 200, JSON.stringify(past.body));
    assert.deepEqual(past.body.items.map((s: any) => s.id), [first.id, second.id]);
    const present = await t.request('GET', `${url}&status=ACTIVE`);
    assert.deepEqual(present.body.items.map((s: any) => s.id), [second.id, third.id]);

    const page1 = await t.request('GET', asOf(`${url}&limit=1`, then));
    assert.deepEqual(page1.body.items.map((s: any) => s.id), [first.id]);
    assert.equal(page1.body.items[0].status, 'ACTIVE');
    const page2 = await t.request('GET', `/v2/orgs/${searchOrg}/subscriptions?cursor=${encodeURIComponent(page1.body.next_cursor)}`);
    assert.equal(page2.status, 200, JSON.stringify(page2.body));
    assert.deepEqual(page2.body.items.map((s: any) => s.id), [second.id]);
    assert.equal(page2.body.next_cursor, null, 'the walk keeps its as_of: the line created later is not in it');

    const beside = await t.request('GET', asOf(`/v2/orgs/${searchOrg}/subscriptions?cursor=${encodeURIComponent(page1.body.next_cursor)}`, then));
    assert.equal(beside.status, 400);
    assert.equal(beside.body.error.code, 'BAD_REQUEST');
  });

  test('GET <promotion>/versions lists each change of the promotion, oldest first, with what GET answered right after it', async () => {
    const answer = await t.request('GET', `${promotionPath(org, line.id, promotion.id)}/versions`);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.headers['x-total-count'], '2');
    assert.equal(answer.body.total, 2);
    assert.deepEqual(
      answer.body.items.map((v: any) => [v.version, v.event_type, v.resource.legacy_id, v.operation_id]),
      [
        [1, 'PromotionCreateEvent', 1, null],
        [2, 'PromotionAttributeValueChangeEvent', 2, null],
      ],
    );
    assert.deepEqual(answer.body.items[0].identity, { system: 'N/A', user: 'N/A' });
    assert.equal(answer.body.items[1].resource.id, promotion.id);
    assert.equal(`"${answer.body.items[0].version}"`, promotionEtagThen);
  });

  test('GET ?as_of at a version\'s date answers that version (a change at exactly as_of is included)', async () => {
    const versions = (await t.request('GET', `${promotionPath(org, line.id, promotion.id)}/versions`)).body.items;
    for (const version of versions) {
      const then = await t.request('GET', asOf(promotionPath(org, line.id, promotion.id), version.date));
      assert.equal(then.status, 200);
      assert.equal(then.headers.etag, `"${version.version}"`);
      assert.deepEqual(then.body, version.resource);
    }
  });

  test('GET <item>/versions pages by cursor like every list, and names the operation that made a change', async () => {
    const { subscription } = await activeLine(t, org);
    const added = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const accepted = await t.request('POST', `${promotionPath(org, subscription.id, added.id)}/deactivation`, { reason: 'MANUALLY_REMOVED' });
    assert.equal(accepted.status, 202);
    assert.equal((await t.waitForOperation(org, accepted.body.id)).status, 'SUCCEEDED');
    const url = `${promotionPath(org, subscription.id, added.id)}/versions`;
    const first = await t.request('GET', `${url}?limit=1`);
    assert.deepEqual(first.body.items.map((v: any) => v.version), [1]);
    const second = await t.request('GET', `${url}?cursor=${encodeURIComponent(first.body.next_cursor)}`);
    assert.equal(second.status, 200, JSON.stringify(second.body));
    assert.deepEqual(Object.keys(second.body).sort(), ['items', 'limit', 'next_cursor']);
    assert.equal(second.body.items[0].resource.status, 'DEACTIVATED');
    assert.equal(second.body.items[0].operation_id, accepted.body.id);
    assert.equal(second.body.next_cursor, null);
  });

  test('GET <item>/versions of a missing resource → 404 with the first missing resource\'s code', async () => {
    const missingLine = await t.request('GET', `${promotionPath(org, '00000000-0000-4000-8000-000000000000', promotion.id)}/versions`);
    assert.equal(missingLine.body.error.code, 'SUBSCRIPTION_NOT_FOUND');
    const missing = await t.request('GET', `${promotionPath(org, line.id, '00000000-0000-4000-8000-000000000000')}/versions`);
    assert.equal(missing.body.error.code, 'PROMOTION_NOT_FOUND');
  });

  test('GET /subscriptions/{id}/versions lists the line\'s own changes, each with the line as GET answered it', async () => {
    const answer = await t.request('GET', `${linePath(org, line.id)}/versions`);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.items[0].event_type, 'SubscriptionCreateEvent');
    assert.equal(answer.body.items[0].resource.id, line.id);
    const typed = await t.request('GET', `/v2/orgs/${org}/subscriptions/mobile/${line.id}/versions`);
    assert.equal(typed.status, 200);
    assert.deepEqual(typed.body.items, answer.body.items);
  });

  test('GET <promotion>?as_of embeds its commitments as they were then, and the commitment answers its own state then', async () => {
    const { subscription } = await activeLine(t, org);
    const withTerm = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', commitments: [{ expiration_date: '2030-01-01T00:00:00Z' }] });
    const commitmentId = withTerm.commitments[0].id;
    const commitmentUrl = `${promotionPath(org, subscription.id, withTerm.id)}/commitments/${commitmentId}`;
    const before = await instant();
    const ended = await t.request('PATCH', commitmentUrl, [{ op: 'replace', path: '/status', value: 'DEACTIVATED', reason: 'SUBSCRIBER_REQUESTED' }]);
    assert.equal(ended.status, 200, JSON.stringify(ended.body));
    const then = await t.request('GET', asOf(promotionPath(org, subscription.id, withTerm.id), before));
    assert.equal(then.body.commitments[0].status, 'ACTIVE');
    const now = await t.request('GET', promotionPath(org, subscription.id, withTerm.id));
    assert.equal(now.body.commitments[0].status, 'DEACTIVATED');
    assert.notEqual(then.headers.etag, now.headers.etag, 'the child\'s change moved the parent\'s version: the one then is kept');
    const commitmentThen = await t.request('GET', asOf(commitmentUrl, before));
    assert.equal(commitmentThen.body.status, 'ACTIVE');
    assert.equal(commitmentThen.headers.etag, '"1"');
  });

  test('GET …/credit_limits?as_of answers the values set then (a set-based write keeps the replaced state too)', async () => {
    const { subscription } = await activeLine(t, org);
    const limits = `${linePath(org, subscription.id)}/credit_limits`;
    const kind = 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';
    const set = (value: number) => t.request('POST', limits, { credit_limits: [{ credit_limit_id: kind, credit_limit_value: value, reason: 'Customer request' }] });
    const beforeAny = await instant();
    assert.equal((await set(100)).status, 201);
    const between = await instant();
    assert.equal((await set(250)).status, 201);
    assert.deepEqual((await t.request('GET', asOf(limits, beforeAny))).body, []);
    const then = await t.request('GET', asOf(limits, between));
    assert.deepEqual(then.body.map((limit: any) => limit.credit_limit_value), [100]);
    const item = await t.request('GET', asOf(`${limits}/${kind}`, between));
    assert.equal(item.body.credit_limit_value, 100);
    assert.equal((await t.request('GET', `${limits}/${kind}`)).body.credit_limit_value, 250);
  });

  test('GET /credit_limits/{kind}/versions lists each change of that line\'s limit only, each resource with its history as it was then', async () => {
    const kind = 'MOBILE_SUBSCRIPTION_TOTAL_CREDIT_LIMIT';
    const { subscription: lineA } = await activeLine(t, org);
    const { subscription: lineB } = await activeLine(t, org);
    const limitOf = (id: string) => `${linePath(org, id)}/credit_limits/${kind}`;
    const set = async (id: string, value: number) => {
      const answer = await t.request('POST', `${linePath(org, id)}/credit_limits`, { credit_limits: [{ credit_limit_id: kind, credit_limit_value: value, reason: `set ${value}` }] });
      assert.equal(answer.status, 201, JSON.stringify(answer.body));
    };
    await set(lineA.id, 100);
    const firstA = (await t.request('GET', limitOf(lineA.id))).body;
    await set(lineB.id, 150);
    const batch = await runBatch(t, org, csv(HEADER, [batchLine('SET_CREDIT_LIMIT', lineA.id, { resource_id: kind, reason: 'raised', value: '250' })]));
    assert.equal(batch.status, 'SUCCEEDED', JSON.stringify(batch));
    const secondA = (await t.request('GET', limitOf(lineA.id))).body;
    await set(lineB.id, 300);

    const answer = await t.request('GET', `${limitOf(lineA.id)}/versions`);
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    assert.equal(answer.body.total, 2, 'line B\'s limit of the same kind is not in line A\'s versions');
    assert.deepEqual(
      answer.body.items.map((v: any) => [v.version, v.event_type, v.operation_id]),
      [
        [1, 'CreditLimitCreateEvent', null],
        [2, 'CreditLimitAttributeValueChangeEvent', batch.id],
      ],
    );
    assert.deepEqual(answer.body.items[0].resource, firstA);
    assert.deepEqual(answer.body.items[1].resource, secondA);
    assert.deepEqual(answer.body.items[1].resource.historical_changes.map((change: any) => change.credit_limit_value), [100]);

    const ofB = await t.request('GET', `${limitOf(lineB.id)}/versions`);
    assert.deepEqual(ofB.body.items.map((v: any) => [v.resource.credit_limit_value, v.resource.historical_changes.length]), [[150, 0], [300, 1]]);
    const never = await t.request('GET', `${linePath(org, lineA.id)}/credit_limits/MOBILE_SUBSCRIPTION_PREMIUM_CREDIT_LIMIT/versions`);
    assert.equal(never.status, 404);
    assert.equal(never.body.error.code, 'CREDIT_LIMIT_NOT_FOUND');
  });

  test('GET /exports/subscriptions?as_of streams the lines as they were then', async () => {
    const exportOrg = uniqueOrg();
    const { bundle: exportBundle, subscription: first } = await activeLine(t, exportOrg);
    const then = await instant();
    await createMobile(t, exportOrg, exportBundle.id);
    await t.request('PATCH', linePath(exportOrg, first.id), [{ op: 'replace', path: '/status', value: 'SUSPENDED' }]);
    const answer = await t.request('GET', asOf(`/v2/orgs/${exportOrg}/exports/subscriptions`, then));
    assert.equal(answer.status, 200);
    // One NDJSON line reads as one JSON document.
    const lines = typeof answer.body === 'string' ? answer.body.trim().split('\n').map((text) => JSON.parse(text)) : [answer.body];
    assert.deepEqual(lines.map((line) => [line.id, line.status]), [[first.id, 'ACTIVE']]);
    const bad = await t.request('GET', asOf(`/v2/orgs/${exportOrg}/exports/subscriptions`, 'soon'));
    assert.equal(bad.body.error.code, 'INVALID_AS_OF');
  });

  test('GET /subscriptions/mobile?msisdn&as_of finds a line by the MSISDN it had then: its old number before the change, its new one after', async () => {
    const searchOrg = uniqueOrg();
    const { subscription: changed } = await activeLine(t, searchOrg);
    const { subscription: unchanged } = await activeLine(t, searchOrg);
    const oldNumber = changed.specific_data.msisdn;
    const beforeChange = await instant();
    const patched = await t.request('PATCH', linePath(searchOrg, changed.id), [{ op: 'replace', path: '/specific_data/msisdn', value: msisdn() }]);
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    const newNumber = patched.body.specific_data.msisdn;
    assert.notEqual(newNumber, oldNumber);
    // A change of another field keeps the line's identifiers as they are (and their past).
    const other = await t.request('PATCH', linePath(searchOrg, unchanged.id), [{ op: 'replace', path: '/legacy_id', value: 77 }]);
    assert.equal(other.status, 200, JSON.stringify(other.body));
    const afterChange = await instant();
    const found = async (number: string, at?: string) => {
      const url = `/v2/orgs/${searchOrg}/subscriptions/mobile?msisdn=${encodeURIComponent(number)}`;
      const answer = await t.request('GET', at ? asOf(url, at) : url);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body.items.map((line: any) => [line.id, line.specific_data.msisdn]);
    };
    assert.deepEqual(await found(oldNumber, beforeChange), [[changed.id, oldNumber]], 'its old number, before the change');
    assert.deepEqual(await found(oldNumber, afterChange), [], 'not by its old number after the change');
    assert.deepEqual(await found(newNumber, beforeChange), [], 'not by its new number before the change');
    assert.deepEqual(await found(newNumber, afterChange), [[changed.id, newNumber]]);
    assert.deepEqual(await found(newNumber), [[changed.id, newNumber]]);
    assert.deepEqual(await found(oldNumber), []);
    for (const at of [beforeChange, afterChange]) assert.deepEqual(await found(unchanged.specific_data.msisdn, at), [[unchanged.id, unchanged.specific_data.msisdn]], `the unchanged line at ${at}`);
    const byImsi = await t.request('GET', asOf(`/v2/orgs/${searchOrg}/subscriptions/mobile?imsi=${changed.specific_data.imsi}`, beforeChange));
    assert.deepEqual(byImsi.body.items.map((line: any) => line.id), [changed.id], 'an identifier the change kept is found before it too');
  });

  test("GET /subscriptions?legacy_bundle_id&as_of finds the lines by the legacy id their bundle had then, and so does the export", async () => {
    const searchOrg = uniqueOrg();
    const bundle = await createBundle(t, searchOrg, { legacy_id: 4100 });
    const line = await createMobile(t, searchOrg, bundle.id);
    const beforeChange = await instant();
    const patched = await t.request('PATCH', `/v2/orgs/${searchOrg}/bundles/${bundle.id}`, [{ op: 'replace', path: '/legacy_id', value: 4200 }]);
    assert.equal(patched.status, 200, JSON.stringify(patched.body));
    const afterChange = await instant();
    const found = async (legacyId: number, at?: string) => {
      const url = `/v2/orgs/${searchOrg}/subscriptions?legacy_bundle_id=${legacyId}`;
      const answer = await t.request('GET', at ? asOf(url, at) : url);
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      return answer.body.items.map((item: any) => [item.id, item.legacy_bundle_id]);
    };
    assert.deepEqual(await found(4100, beforeChange), [[line.id, 4100]]);
    assert.deepEqual(await found(4100, afterChange), []);
    assert.deepEqual(await found(4200, beforeChange), []);
    assert.deepEqual(await found(4200, afterChange), [[line.id, 4200]]);
    assert.deepEqual(await found(4200), [[line.id, 4200]]);
    const exported = await t.request('GET', asOf(`/v2/orgs/${searchOrg}/exports/subscriptions?legacy_bundle_id=4100`, beforeChange));
    assert.equal(exported.status, 200);
    const lines = typeof exported.body === 'string' ? exported.body.trim().split('\n').map((text) => JSON.parse(text)) : [exported.body];
    assert.deepEqual(lines.map((item) => [item.id, item.legacy_bundle_id]), [[line.id, 4100]]);
    const none = await t.request('GET', asOf(`/v2/orgs/${searchOrg}/exports/subscriptions?legacy_bundle_id=4100`, afterChange));
    assert.equal(none.status, 200);
    assert.equal(none.body ?? '', '', 'no line had that legacy id after the change');
  });

  test('every list under a line takes as_of: as of now it answers what the plain list answers, before the line 404 SUBSCRIPTION_NOT_FOUND', async () => {
    const before = await instant();
    const { subscription } = await activeLine(t, org);
    const device = await addDevice(t, org, subscription.id);
    await addPromotion(t, org, subscription.id);
    const now = await instant();
    const base = linePath(org, subscription.id);
    const lists = ['promotions', 'add_ons', 'devices', 'contracts', 'credit_limits', 'change_requests', `devices/${device.id}/payment_plans`, `devices/${device.id}/promotions`];
    for (const list of lists) {
      const plain = await t.request('GET', `${base}/${list}`);
      assert.equal(plain.status, 200, list);
      const then = await t.request('GET', asOf(`${base}/${list}`, now));
      assert.equal(then.status, 200, `${list}: ${JSON.stringify(then.body)}`);
      assert.deepEqual(then.body, plain.body, list);
      const missing = await t.request('GET', asOf(`${base}/${list}`, before));
      assert.equal(missing.status, 404, list);
      assert.equal(missing.body.error.code, 'SUBSCRIPTION_NOT_FOUND', list);
    }
    const typed = await t.request('GET', asOf(`/v2/orgs/${org}/subscriptions/mobile?account_id=ACC-1&limit=500`, now));
    assert.equal(typed.status, 200, JSON.stringify(typed.body));
    assert.ok(typed.body.items.some((line: any) => line.id === subscription.id));
    assert.ok(!(await t.request('GET', asOf(`/v2/orgs/${org}/subscriptions/mobile?account_id=ACC-1&limit=500`, before))).body.items.some((line: any) => line.id === subscription.id));
  });
});
