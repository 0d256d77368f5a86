import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { forEachDialect } from './helpers/app.js';
import { activeLine, createBundle, createMobile, uniqueOrg } from './helpers/fixtures.js';
import { addDevice, addPromotion, eventually, inMs, linePath, promotionPath } from './helpers/promotions.js';

/** C1–C4 (API.md section 7): a commitment is reached only through its own parent, and EXPIRED is final. */

const promotionCommitmentPath = (org: string, subscriptionId: string, promotionId: string, commitmentId: string) =>
  `${linePath(org, subscriptionId)}/promotions/${promotionId}/commitments/${commitmentId}`;
const deviceCommitmentPath = (org: string, subscriptionId: string, deviceId: string, commitmentId: string) =>
  `${linePath(org, subscriptionId)}/devices/${deviceId}/commitments/${commitmentId}`;
const deactivate = [{ op: 'replace', path: '/status', value: 'DEACTIVATED', reason: 'SUBSCRIBER_REQUESTED' }];
const agent = { 'x-auth-origin-aud': 'crm', 'x-auth-origin-sub': 'agent-7' };
const DAY = 86_400_000;
const ids = (list: Array<{ id: string }>) => list.map((item) => item.id);

forEachDialect('commitments', (t) => {
  const org = uniqueOrg();

  test('PATCH …/commitments/{id} of an EXPIRED commitment is refused: /status INVALID_COMMITMENT_STATUS, /expiration_date PATCH_PATH_NOT_ALLOWED', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY', expiration_date: inMs(-60_000) }] });
    const device = await addDevice(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'FINANCING', expiration_date: inMs(-60_000) }] });
    const urls = [
      promotionCommitmentPath(org, subscription.id, promotion.id, promotion.commitments[0].id),
      deviceCommitmentPath(org, subscription.id, device.id, device.commitments[0].id),
    ];
    for (const url of urls) {
      const before = await t.request('GET', url);
      assert.equal(before.status, 200);
      assert.equal(before.body.status, 'EXPIRED', 'created with a past expiration_date');
      const refusals: Array<[unknown, string]> = [
        [deactivate, 'INVALID_COMMITMENT_STATUS'],
        [[{ op: 'replace', path: '/status', value: 'ACTIVE', reason: 'REOPENED' }], 'INVALID_COMMITMENT_STATUS'],
        [[{ op: 'replace', path: '/expiration_date', value: inMs(86_400_000) }], 'PATCH_PATH_NOT_ALLOWED'],
      ];
      for (const [body, code] of refusals) {
        const refused = await t.request('PATCH', url, body);
        assert.equal(refused.status, 400, `${url} ${JSON.stringify(body)}: ${JSON.stringify(refused.body)}`);
        assert.equal(refused.body.error.code, code);
      }
      const after = await t.request('GET', url);
      assert.deepEqual(after.body, before.body, 'nothing changed');
      assert.equal(after.headers.etag, before.headers.etag);
      const legacy = await t.request('PATCH', url, [{ op: 'replace', path: '/legacy_id', value: 5 }]);
      assert.equal(legacy.status, 200, '/legacy_id stays patchable in any status');
    }
  });

  test('a commitment asked for through another line, another promotion or a device is 404 with the first missing resource\'s code, and is not changed', async () => {
    const one = await activeLine(t, org);
    const two = await activeLine(t, org);
    const promotion = await addPromotion(t, org, one.subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY' }] });
    const sibling = await addPromotion(t, org, one.subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY' }] });
    const device = await addDevice(t, org, one.subscription.id, { commitments: [{ catalogue_term_id: 'FINANCING' }] });
    const otherPromotion = await addPromotion(t, org, two.subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY' }] });
    const otherDevice = await addDevice(t, org, two.subscription.id, { commitments: [{ catalogue_term_id: 'FINANCING' }] });
    const promotionCommitment = promotion.commitments[0].id;
    const deviceCommitment = device.commitments[0].id;

    const wrongPaths: Array<[string, string]> = [
      // The promotion's commitment under line two's promotion, under a sibling promotion, under a device of its line.
      [promotionCommitmentPath(org, two.subscription.id, otherPromotion.id, promotionCommitment), 'COMMITMENT_NOT_FOUND'],
      [promotionCommitmentPath(org, one.subscription.id, sibling.id, promotionCommitment), 'COMMITMENT_NOT_FOUND'],
      [deviceCommitmentPath(org, one.subscription.id, device.id, promotionCommitment), 'COMMITMENT_NOT_FOUND'],
      // Its own promotion under line two: the promotion is the first resource missing there.
      [promotionCommitmentPath(org, two.subscription.id, promotion.id, promotionCommitment), 'PROMOTION_NOT_FOUND'],
      [promotionCommitmentPath(org, one.subscription.id, randomUUID(), promotionCommitment), 'PROMOTION_NOT_FOUND'],
      // The device's commitment under line two's device, under a promotion of its line, and its device under line two.
      [deviceCommitmentPath(org, two.subscription.id, otherDevice.id, deviceCommitment), 'COMMITMENT_NOT_FOUND'],
      [promotionCommitmentPath(org, one.subscription.id, promotion.id, deviceCommitment), 'COMMITMENT_NOT_FOUND'],
      [deviceCommitmentPath(org, two.subscription.id, device.id, deviceCommitment), 'DEVICE_NOT_FOUND'],
      [deviceCommitmentPath(org, randomUUID(), device.id, deviceCommitment), 'SUBSCRIPTION_NOT_FOUND'],
    ];
    for (const [url, code] of wrongPaths) {
      for (const [method, body] of [['GET', undefined], ['PATCH', deactivate]] as const) {
        const answer = await t.request(method, url, body);
        assert.equal(answer.status, 404, `${method} ${url}: ${answer.status} ${JSON.stringify(answer.body)}`);
        assert.equal(answer.body.error.code, code, `${method} ${url}`);
      }
      const history = await t.request('GET', `${url}/status_history`);
      assert.equal(history.status, 404, `GET ${url}/status_history`);
      assert.equal(history.body.error.code, code);
    }

    const ownPaths = [
      promotionCommitmentPath(org, one.subscription.id, promotion.id, promotionCommitment),
      deviceCommitmentPath(org, one.subscription.id, device.id, deviceCommitment),
    ];
    for (const url of ownPaths) {
      const untouched = await t.request('GET', url);
      assert.equal(untouched.status, 200);
      assert.equal(untouched.body.status, 'ACTIVE', `${url} was not changed through another path`);
      assert.equal(untouched.headers.etag, '"1"');
      const deactivated = await t.request('PATCH', url, deactivate);
      assert.equal(deactivated.status, 200, 'its own path reaches it');
      assert.equal(deactivated.body.status, 'DEACTIVATED');
    }
  });

  // ── Expiration by operation ─────────────────────────────────────────────────────────────────────

  const expirations = async (commitmentId: string) => {
    const list = await t.request('GET', `/v2/orgs/${org}/operations?type=COMMITMENT_EXPIRATION&limit=500`);
    assert.equal(list.status, 200, JSON.stringify(list.body));
    return list.body.items.filter((operation: { target: { id: string } }) => operation.target.id === commitmentId);
  };
  const reachedStatus = (url: string, status: string) =>
    eventually(async () => {
      const current = await t.request('GET', url);
      assert.equal(current.status, 200);
      return current.body.status === status ? current : undefined;
    });

  test('a commitment of a promotion or a device becomes EXPIRED by its scheduled operation when its expiration_date passes, and its parent\'s ETag moves', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY', expiration_date: inMs(700) }] });
    const device = await addDevice(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'FINANCING', expiration_date: inMs(700) }] });
    const cases = [
      { parentUrl: promotionPath(org, subscription.id, promotion.id), commitment: promotion.commitments[0], url: promotionCommitmentPath(org, subscription.id, promotion.id, promotion.commitments[0].id) },
      { parentUrl: `${linePath(org, subscription.id)}/devices/${device.id}`, commitment: device.commitments[0], url: deviceCommitmentPath(org, subscription.id, device.id, device.commitments[0].id) },
    ];
    const parentsBefore = await Promise.all(cases.map(({ parentUrl }) => t.request('GET', parentUrl)));
    for (const [index, { parentUrl, commitment, url }] of cases.entries()) {
      assert.equal(commitment.status, 'ACTIVE');
      const parentBefore = parentsBefore[index];
      assert.equal(parentBefore.status, 200);
      assert.equal(parentBefore.body.commitments[0].status, 'ACTIVE', 'read before the expiry');
      const [scheduled, ...more] = await expirations(commitment.id);
      assert.equal(more.length, 0, 'one expiration operation per commitment');
      assert.equal(scheduled.reason, 'EXPIRATION_DATE_REACHED');
      assert.deepEqual(scheduled.target, { kind: 'COMMITMENT', id: commitment.id, subscription_id: subscription.id, href: url });

      const expired = await reachedStatus(url, 'EXPIRED');
      assert.equal(expired.body.expiration_date, commitment.expiration_date);
      assert.equal(expired.body.cancellation_date, null, 'an expiry is no cancellation');
      assert.equal(expired.body.cancellation_reason, null);
      const history = await t.request('GET', `${url}/status_history`);
      assert.equal(history.status, 200);
      assert.deepEqual(history.body.map((entry: { from: string | null; to: string }) => [entry.from, entry.to]), [[null, 'ACTIVE'], ['ACTIVE', 'EXPIRED']]);
      assert.equal(history.body[1].reason, 'EXPIRATION_DATE_REACHED');
      assert.equal(history.body[1].operation_id, scheduled.id);
      const parentAfter = await t.request('GET', parentUrl);
      assert.equal(parentAfter.body.commitments[0].status, 'EXPIRED');
      assert.notEqual(parentAfter.headers.etag, parentBefore.headers.etag, `${parentUrl}: a commitment's expiry moves its parent's ETag`);
    }
  });

  test('the expiration operation leaves a commitment deactivated before it, or whose expiration_date moved later, as it is', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, {
      status: 'ACTIVE',
      commitments: [{ expiration_date: inMs(700) }, { expiration_date: inMs(700) }],
    });
    const [moved, ended] = promotion.commitments;
    const movedUrl = promotionCommitmentPath(org, subscription.id, promotion.id, moved.id);
    const endedUrl = promotionCommitmentPath(org, subscription.id, promotion.id, ended.id);
    const later = inMs(DAY);
    const move = await t.request('PATCH', movedUrl, [{ op: 'replace', path: '/expiration_date', value: later }]);
    assert.equal(move.status, 200, JSON.stringify(move.body));
    const end = await t.request('PATCH', endedUrl, deactivate, agent);
    assert.equal(end.status, 200, JSON.stringify(end.body));

    // The first operation of each has run (the moved one has a second, a day ahead).
    for (const id of [moved.id, ended.id]) {
      const [first] = await expirations(id);
      assert.equal((await t.waitForOperation(org, first.id)).status, 'SUCCEEDED');
    }
    const stillActive = await t.request('GET', movedUrl);
    assert.equal(stillActive.body.status, 'ACTIVE');
    assert.equal(stillActive.body.expiration_date, move.body.expiration_date);
    assert.equal(stillActive.headers.etag, move.headers.etag, 'not changed by the operation');
    assert.equal((await expirations(moved.id)).length, 2, 'the moved expiration has its own operation');
    const stillEnded = await t.request('GET', endedUrl);
    assert.equal(stillEnded.body.status, 'DEACTIVATED');
    assert.equal(stillEnded.body.cancellation_reason, 'SUBSCRIBER_REQUESTED');
    assert.equal(stillEnded.body.cancellation_user, 'agent-7');
    assert.equal(stillEnded.headers.etag, end.headers.etag);
  });

  test('PATCH /expiration_date of an ACTIVE commitment schedules its expiration; PATCH of other paths, to null, or with a deactivation schedules none', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, {
      status: 'ACTIVE',
      commitments: [{ catalogue_term_id: 'OPEN' }, { catalogue_term_id: 'DATED', expiration_date: inMs(DAY) }, { catalogue_term_id: 'ENDED', expiration_date: inMs(DAY) }],
    });
    const [open, dated, deactivated] = ['OPEN', 'DATED', 'ENDED'].map((term) => {
      const { id } = promotion.commitments.find((commitment: { catalogue_term_id: string }) => commitment.catalogue_term_id === term);
      return { id, url: promotionCommitmentPath(org, subscription.id, promotion.id, id) };
    });
    assert.equal((await expirations(open.id)).length, 0, 'nothing to schedule without an expiration_date');
    assert.equal((await expirations(dated.id)).length, 1);

    const unscheduled: Array<[typeof dated, unknown[]]> = [
      [dated, [{ op: 'replace', path: '/legacy_id', value: 7 }]],
      [dated, [{ op: 'replace', path: '/catalogue_term_id', value: 'STAY_24' }]],
      [dated, [{ op: 'replace', path: '/expiration_date', value: null }]],
      [deactivated, [...deactivate, { op: 'replace', path: '/expiration_date', value: inMs(2 * DAY) }]],
    ];
    for (const [{ url }, body] of unscheduled) {
      const patched = await t.request('PATCH', url, body);
      assert.equal(patched.status, 200, `${JSON.stringify(body)}: ${JSON.stringify(patched.body)}`);
    }
    assert.equal((await expirations(dated.id)).length, 1, 'only /expiration_date to a date schedules');
    assert.equal((await expirations(deactivated.id)).length, 1, 'a commitment that ends in the same PATCH is not scheduled');
    const changed = await t.request('GET', dated.url);
    assert.equal(changed.body.legacy_id, 7);
    assert.equal(changed.body.catalogue_term_id, 'STAY_24');
    assert.equal(changed.body.expiration_date, null);

    const soon = await t.request('PATCH', open.url, [{ op: 'replace', path: '/expiration_date', value: inMs(500) }]);
    assert.equal(soon.status, 200, JSON.stringify(soon.body));
    assert.equal((await expirations(open.id)).length, 1);
    await reachedStatus(open.url, 'EXPIRED');
  });

  // ── Cascades: the line's deactivation, the promotion's cancellation ─────────────────────────────

  test("a line's deactivation asks for exactly its ACTIVE commitments and ends them (SUBSCRIPTION_DEACTIVATION), leaving ended ones and another line's as they were", async () => {
    const one = await activeLine(t, org);
    const two = await activeLine(t, org);
    const line = one.subscription.id;
    const active = await addPromotion(t, org, line, {
      status: 'ACTIVE',
      commitments: [{ catalogue_term_id: 'STAY' }, { catalogue_term_id: 'PAST', expiration_date: inMs(-60_000) }, { catalogue_term_id: 'WAIVED' }],
    });
    const requested = await addPromotion(t, org, line, { commitments: [{ catalogue_term_id: 'NOT_STARTED' }] });
    const device = await addDevice(t, org, line, { commitments: [{ catalogue_term_id: 'FINANCING' }] });
    const other = await addPromotion(t, org, two.subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY' }] });
    const term = (name: string) => active.commitments.find((commitment: { catalogue_term_id: string }) => commitment.catalogue_term_id === name);
    const [binding, expired, waived] = [term('STAY'), term('PAST'), term('WAIVED')];
    const url = (parent: string, id: string) => promotionCommitmentPath(org, line, parent, id);
    const waive = await t.request('PATCH', url(active.id, waived.id), [{ op: 'replace', path: '/status', value: 'DEACTIVATED', reason: 'WAIVED' }]);
    assert.equal(waive.status, 200, JSON.stringify(waive.body));
    assert.equal(expired.status, 'EXPIRED');

    const activeIds = [binding.id, requested.commitments[0].id, device.commitments[0].id];
    const wrongLists = [
      activeIds.slice(1),
      [...activeIds, expired.id],
      [...activeIds, waived.id],
      [...activeIds.slice(1), other.commitments[0].id],
    ];
    for (const commitments of wrongLists) {
      const refused = await t.request('POST', `${linePath(org, line)}/deactivation`, { reason: 'SUBSCRIBER_REQUESTED', commitments });
      assert.equal(refused.status, 400, JSON.stringify(refused.body));
      assert.equal(refused.body.error.code, 'SUBSCRIPTION_DEACTIVATION_COMMITMENTS_DO_NOT_MATCH');
    }
    const accepted = await t.request('POST', `${linePath(org, line)}/deactivation`, { reason: 'SUBSCRIBER_REQUESTED', commitments: [...activeIds].reverse() }, agent);
    assert.equal(accepted.status, 202, JSON.stringify(accepted.body));
    assert.equal((await t.waitForOperation(org, accepted.body.id)).status, 'SUCCEEDED');

    const ended = [
      url(active.id, binding.id),
      url(requested.id, requested.commitments[0].id),
      deviceCommitmentPath(org, line, device.id, device.commitments[0].id),
    ];
    for (const endedUrl of ended) {
      const commitment = await t.request('GET', endedUrl);
      assert.equal(commitment.body.status, 'DEACTIVATED', endedUrl);
      assert.equal(commitment.body.cancellation_reason, 'SUBSCRIPTION_DEACTIVATION');
      assert.equal(commitment.body.cancellation_user, 'agent-7');
      const history = await t.request('GET', `${endedUrl}/status_history`);
      assert.equal(history.body.at(-1).to, 'DEACTIVATED');
      assert.equal(history.body.at(-1).operation_id, accepted.body.id);
    }
    assert.equal((await t.request('GET', url(active.id, expired.id))).body.status, 'EXPIRED');
    const stillWaived = await t.request('GET', url(active.id, waived.id));
    assert.equal(stillWaived.body.cancellation_reason, 'WAIVED', 'an ended commitment keeps the reason it ended with');
    assert.equal(stillWaived.headers.etag, waive.headers.etag);
    const untouched = await t.request('GET', promotionCommitmentPath(org, two.subscription.id, other.id, other.commitments[0].id));
    assert.equal(untouched.body.status, 'ACTIVE', "another line's commitment");
    const deviceAfter = await t.request('GET', `${linePath(org, line)}/devices/${device.id}`);
    assert.equal(deviceAfter.body.commitments[0].status, 'DEACTIVATED', "the device embeds its commitment's end");
  });

  test("a PRE_ACTIVE line's cancellation ends the commitments of its REQUESTED promotions and devices (SUBSCRIPTION_DEACTIVATION)", async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const promotion = await addPromotion(t, org, line.id, { commitments: [{ catalogue_term_id: 'STAY' }] });
    const device = await addDevice(t, org, line.id, { commitments: [{ catalogue_term_id: 'FINANCING' }] });
    const cancelled = await t.request('PATCH', linePath(org, line.id), [{ op: 'replace', path: '/status', value: 'CANCELLED' }], agent);
    assert.equal(cancelled.status, 200, JSON.stringify(cancelled.body));
    const urls = [
      promotionCommitmentPath(org, line.id, promotion.id, promotion.commitments[0].id),
      deviceCommitmentPath(org, line.id, device.id, device.commitments[0].id),
    ];
    for (const url of urls) {
      const ended = await t.request('GET', url);
      assert.equal(ended.status, 200);
      assert.equal(ended.body.status, 'DEACTIVATED', url);
      assert.equal(ended.body.cancellation_reason, 'SUBSCRIPTION_DEACTIVATION');
      assert.equal(ended.body.cancellation_user, 'agent-7');
    }
  });

  test("a promotion's cancellation ends its own ACTIVE commitments (PROMOTION_CANCELLATION) and no other promotion's or device's", async () => {
    const { subscription } = await activeLine(t, org);
    const cancelled = await addPromotion(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'STAY' }, { catalogue_term_id: 'STAY_12' }] });
    const sibling = await addPromotion(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'STAY' }] });
    const device = await addDevice(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'FINANCING' }] });
    const before = await t.request('GET', promotionPath(org, subscription.id, sibling.id));
    assert.equal(before.status, 200);
    const accepted = await t.request('POST', `${promotionPath(org, subscription.id, cancelled.id)}/cancellation`, { reason: 'PROMOTION_INCOMPATIBILITY' }, agent);
    assert.equal(accepted.status, 202, JSON.stringify(accepted.body));
    assert.equal((await t.waitForOperation(org, accepted.body.id)).status, 'SUCCEEDED');

    for (const commitment of cancelled.commitments) {
      const ended = await t.request('GET', promotionCommitmentPath(org, subscription.id, cancelled.id, commitment.id));
      assert.equal(ended.body.status, 'DEACTIVATED');
      assert.equal(ended.body.cancellation_reason, 'PROMOTION_CANCELLATION');
      assert.equal(ended.body.cancellation_user, 'agent-7');
    }
    const after = await t.request('GET', promotionPath(org, subscription.id, sibling.id));
    assert.equal(after.body.commitments[0].status, 'ACTIVE', "a sibling promotion's commitment");
    assert.equal(after.headers.etag, before.headers.etag, 'the sibling is not touched');
    const deviceCommitment = await t.request('GET', deviceCommitmentPath(org, subscription.id, device.id, device.commitments[0].id));
    assert.equal(deviceCommitment.body.status, 'ACTIVE', "the line's device commitment");
  });

  // ── Start of commitments ─────────────────────────────────────────────────────────────────────────

  test("a REQUESTED promotion's commitments start (start_date) when it becomes ACTIVE, by PATCH or by its programmed activation, and no other promotion's", async () => {
    const { subscription } = await activeLine(t, org);
    const patched = await addPromotion(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'STAY' }, { catalogue_term_id: 'STAY_12' }] });
    const programmed = await addPromotion(t, org, subscription.id, { activation_date: inMs(600), commitments: [{ catalogue_term_id: 'STAY' }] });
    const waiting = await addPromotion(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'STAY' }] });
    for (const promotion of [patched, programmed, waiting]) {
      for (const commitment of promotion.commitments) assert.equal(commitment.start_date, null, 'not binding while REQUESTED');
    }

    const activated = await t.request('PATCH', promotionPath(org, subscription.id, patched.id), [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
    assert.equal(activated.status, 200, JSON.stringify(activated.body));
    assert.ok(activated.body.activation_date);
    for (const commitment of patched.commitments) {
      const own = await t.request('GET', promotionCommitmentPath(org, subscription.id, patched.id, commitment.id));
      assert.equal(own.body.start_date, activated.body.activation_date, 'starts at the activation');
      assert.equal(own.body.status, 'ACTIVE');
    }
    assert.deepEqual(activated.body.commitments.map((commitment: { start_date: string }) => commitment.start_date), [activated.body.activation_date, activated.body.activation_date]);

    const active = await eventually(async () => {
      const current = await t.request('GET', promotionPath(org, subscription.id, programmed.id));
      return current.body.status === 'ACTIVE' ? current.body : undefined;
    });
    const started = await t.request('GET', promotionCommitmentPath(org, subscription.id, programmed.id, programmed.commitments[0].id));
    assert.equal(started.body.start_date, active.activation_date);
    const notStarted = await t.request('GET', promotionCommitmentPath(org, subscription.id, waiting.id, waiting.commitments[0].id));
    assert.equal(notStarted.body.start_date, null, "another promotion's commitment does not start");
    assert.equal(notStarted.headers.etag, '"1"');
  });

  test('a promotion created with several commitments answers them in the order GET lists them (they share a creation date: by id)', async () => {
    const { subscription } = await activeLine(t, org);
    const ids = ['f', 'c', 'e', 'a', 'd', 'b'].map((digit) => `${digit.repeat(8)}-0000-4000-8000-000000000000`);
    const promotion = await addPromotion(t, org, subscription.id, { commitments: ids.map((id) => ({ id, catalogue_term_id: 'STAY' })) });
    assert.deepEqual(
      promotion.commitments.map((commitment: { id: string }) => commitment.id),
      [...ids].sort(),
    );
    const read = await t.request('GET', promotionPath(org, subscription.id, promotion.id));
    assert.equal(read.status, 200);
    assert.deepEqual(read.body, promotion);
  });

  test("a commitment ended while its promotion was REQUESTED never binds: the promotion's activation gives it no start_date", async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'STAY' }, { catalogue_term_id: 'STAY_12' }] });
    const [ended, kept] = promotion.commitments;
    const endedUrl = promotionCommitmentPath(org, subscription.id, promotion.id, ended.id);
    const deactivated = await t.request('PATCH', endedUrl, deactivate);
    assert.equal(deactivated.status, 200, JSON.stringify(deactivated.body));
    const activated = await t.request('PATCH', promotionPath(org, subscription.id, promotion.id), [{ op: 'replace', path: '/status', value: 'ACTIVE' }]);
    assert.equal(activated.status, 200, JSON.stringify(activated.body));
    const byId = new Map(activated.body.commitments.map((commitment: { id: string }) => [commitment.id, commitment]));
    assert.deepEqual(byId.get(ended.id), deactivated.body, 'the ended commitment is as its deactivation left it');
    assert.equal((byId.get(kept.id) as { start_date: string }).start_date, activated.body.activation_date);
    const read = await t.request('GET', endedUrl);
    assert.equal(read.body.start_date, null);
    assert.equal(read.headers.etag, deactivated.headers.etag);
  });

  test('a commitment appended to an ACTIVE promotion or a device starts at once; to a REQUESTED promotion when the promotion starts', async () => {
    const { subscription } = await activeLine(t, org);
    const active = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const requested = await addPromotion(t, org, subscription.id);
    const device = await addDevice(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'FINANCING' }] });
    assert.ok(device.commitments[0].start_date, "a device's commitment binds from the device's creation");
    const append = (url: string) => t.request('PATCH', url, [{ op: 'add', path: '/commitments/-', value: { catalogue_term_id: 'STAY' } }]);
    const toActive = await append(promotionPath(org, subscription.id, active.id));
    assert.equal(toActive.status, 200, JSON.stringify(toActive.body));
    assert.ok(toActive.body.commitments[0].start_date);
    assert.ok(Math.abs(Date.parse(toActive.body.commitments[0].start_date) - Date.now()) < 60_000, 'the time of the append');
    const toRequested = await append(promotionPath(org, subscription.id, requested.id));
    assert.equal(toRequested.status, 200, JSON.stringify(toRequested.body));
    assert.equal(toRequested.body.commitments[0].start_date, null);
    const toDevice = await append(`${linePath(org, subscription.id)}/devices/${device.id}`);
    assert.equal(toDevice.status, 200, JSON.stringify(toDevice.body));
    assert.equal(toDevice.body.commitments.length, 2);
    assert.ok(toDevice.body.commitments.every((commitment: { start_date: string | null }) => commitment.start_date !== null));
  });

  // ── Creation ──────────────────────────────────────────────────────────────────────────────────

  test("a parent's create answers its commitments in read order with the fields sent; a past expiration_date is EXPIRED and schedules nothing", async () => {
    const { subscription } = await activeLine(t, org);
    const sent = [randomUUID(), randomUUID(), randomUUID()].sort().reverse();
    const promotion = await addPromotion(t, org, subscription.id, {
      status: 'ACTIVE',
      commitments: [
        { id: sent[0].toUpperCase(), legacy_id: 41, catalogue_term_id: 'STAY', expiration_date: inMs(-60_000) },
        { id: sent[1], catalogue_term_id: 'STAY_12', expiration_date: inMs(DAY) },
        { id: sent[2] },
      ],
    });
    assert.deepEqual(ids(promotion.commitments), [...sent].sort(), 'oldest first, then by id, as a read lists them');
    const read = await t.request('GET', promotionPath(org, subscription.id, promotion.id));
    assert.deepEqual(read.body.commitments, promotion.commitments, 'the create answers what GET reads');
    const [byId] = promotion.commitments.filter((commitment: { id: string }) => commitment.id === sent[0]);
    assert.equal(byId.legacy_id, 41);
    assert.equal(byId.catalogue_term_id, 'STAY');
    assert.equal(byId.status, 'EXPIRED');
    assert.equal((await expirations(sent[0])).length, 0, 'an expired commitment is not scheduled');
    assert.equal((await expirations(sent[1])).length, 1);
    const [bare] = promotion.commitments.filter((commitment: { id: string }) => commitment.id === sent[2]);
    assert.equal(bare.legacy_id, null);
    assert.equal(bare.catalogue_term_id, null);
    assert.equal(bare.status, 'ACTIVE');
  });

  test('a commitment id sent twice in one body is 400 naming it, and one that already exists is 409 ALREADY_EXISTS; nothing is created', async () => {
    const { subscription } = await activeLine(t, org);
    const existing = await addPromotion(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'STAY' }] });
    const twice = randomUUID();
    const duplicated = await t.request('POST', `${linePath(org, subscription.id)}/promotions`, {
      id: randomUUID(),
      catalogue_promotion_id: 'PROMO_20_OFF',
      status: 'REQUESTED',
      commitments: [{ id: twice }, { id: twice.toUpperCase() }],
    });
    assert.equal(duplicated.status, 400, JSON.stringify(duplicated.body));
    assert.match(duplicated.body.error.message, new RegExp(`commitments/1/id ${twice}`));
    const reused = { id: randomUUID(), catalogue_promotion_id: 'PROMO_20_OFF', status: 'REQUESTED', commitments: [{ id: existing.commitments[0].id }] };
    const conflict = await t.request('POST', `${linePath(org, subscription.id)}/promotions`, reused);
    assert.equal(conflict.status, 409, JSON.stringify(conflict.body));
    assert.equal(conflict.body.error.code, 'ALREADY_EXISTS');
    assert.match(conflict.body.error.message, new RegExp(existing.commitments[0].id));
    const appended = await t.request('PATCH', promotionPath(org, subscription.id, existing.id), [{ op: 'add', path: '/commitments/-', value: { id: existing.commitments[0].id } }]);
    assert.equal(appended.status, 409, JSON.stringify(appended.body));
    assert.equal(appended.body.error.code, 'ALREADY_EXISTS');
    const notCreated = await t.request('GET', promotionPath(org, subscription.id, reused.id));
    assert.equal(notCreated.status, 404);
    const unchanged = await t.request('GET', promotionPath(org, subscription.id, existing.id));
    assert.equal(unchanged.body.commitments.length, 1);
  });

  test('an appended commitment that is not a commitment (unknown field, bad date) is 400 and changes nothing', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE' });
    const url = promotionPath(org, subscription.id, promotion.id);
    const before = await t.request('GET', url);
    assert.equal(before.status, 200);
    for (const value of [{ term: 'STAY' }, { expiration_date: 'soon' }, { legacy_id: 'seven' }]) {
      const refused = await t.request('PATCH', url, [{ op: 'add', path: '/commitments/-', value }]);
      assert.equal(refused.status, 400, `${JSON.stringify(value)}: ${JSON.stringify(refused.body)}`);
      assert.equal(refused.body.error.code, 'BAD_REQUEST');
    }
    const after = await t.request('GET', url);
    assert.deepEqual(after.body, before.body);
  });

  test('a migration load keeps its commitments\' status and cancellation stamps; the server\'s stamps otherwise', async () => {
    const bundle = await createBundle(t, org);
    const line = await createMobile(t, org, bundle.id, { status: 'PRE_ACTIVE' });
    const stamps = { status: 'DEACTIVATED', cancellation_date: '2020-03-01T10:00:00Z', cancellation_system: 'legacy', cancellation_user: 'migrator', cancellation_reason: 'WAIVED' };
    const migrated = await t.request('POST', `${linePath(org, line.id)}/promotions`, {
      id: randomUUID(),
      catalogue_promotion_id: 'PROMO_20_OFF',
      origin: 'MIGRATION',
      status: 'ACTIVE',
      activation_date: '2019-03-01T00:00:00Z',
      commitments: [stamps],
    });
    assert.equal(migrated.status, 201, JSON.stringify(migrated.body));
    const [kept] = migrated.body.commitments;
    assert.deepEqual(
      [kept.status, kept.cancellation_date, kept.cancellation_system, kept.cancellation_user, kept.cancellation_reason],
      ['DEACTIVATED', '2020-03-01T10:00:00Z', 'legacy', 'migrator', 'WAIVED'],
    );
    assert.equal(kept.start_date, '2019-03-01T00:00:00Z', 'starts at the migrated activation');
    const { subscription } = await activeLine(t, org);
    const ordinary = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', commitments: [stamps] });
    const [replaced] = ordinary.commitments;
    assert.deepEqual(
      [replaced.status, replaced.cancellation_date, replaced.cancellation_system, replaced.cancellation_user, replaced.cancellation_reason],
      ['ACTIVE', null, null, null, null],
    );
  });

  // ── Reads and PATCH ─────────────────────────────────────────────────────────────────────────────

  test('a promotion and a device that share an id each embed and reach only their own commitments; the device list embeds each device\'s', async () => {
    const { subscription } = await activeLine(t, org);
    const promotion = await addPromotion(t, org, subscription.id, { status: 'ACTIVE', commitments: [{ catalogue_term_id: 'STAY' }] });
    const device = await addDevice(t, org, subscription.id, { id: promotion.id, commitments: [{ catalogue_term_id: 'FINANCING' }, { catalogue_term_id: 'INSURANCE' }] });
    const second = await addDevice(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'LEASE' }] });
    const bare = await addDevice(t, org, subscription.id);
    assert.equal(device.id, promotion.id);
    const promotionRead = await t.request('GET', promotionPath(org, subscription.id, promotion.id));
    assert.deepEqual(ids(promotionRead.body.commitments), ids(promotion.commitments));
    const deviceRead = await t.request('GET', `${linePath(org, subscription.id)}/devices/${device.id}`);
    assert.deepEqual(ids(deviceRead.body.commitments), ids(device.commitments));
    const crossed = await t.request('GET', deviceCommitmentPath(org, subscription.id, device.id, promotion.commitments[0].id));
    assert.equal(crossed.status, 404);
    assert.equal(crossed.body.error.code, 'COMMITMENT_NOT_FOUND');

    const list = await t.request('GET', `${linePath(org, subscription.id)}/devices`);
    assert.equal(list.status, 200, JSON.stringify(list.body));
    const embedded = new Map(list.body.map((item: { id: string; commitments: Array<{ id: string }> }) => [item.id, ids(item.commitments)]));
    assert.deepEqual(embedded.get(device.id), ids(device.commitments));
    assert.deepEqual(embedded.get(second.id), ids(second.commitments));
    assert.deepEqual(embedded.get(bare.id), []);
  });

  test('PATCH of a commitment: a status change needs a reason, /catalogue_term_id and /legacy_id change, its parent\'s ETag moves, and a refused /expiration_date names the status', async () => {
    const { subscription } = await activeLine(t, org);
    const device = await addDevice(t, org, subscription.id, { commitments: [{ catalogue_term_id: 'FINANCING', expiration_date: inMs(DAY) }] });
    const deviceUrl = `${linePath(org, subscription.id)}/devices/${device.id}`;
    const url = deviceCommitmentPath(org, subscription.id, device.id, device.commitments[0].id);
    const parentBefore = await t.request('GET', deviceUrl);
    assert.equal(parentBefore.status, 200);
    const noReason = await t.request('PATCH', url, [{ op: 'replace', path: '/status', value: 'DEACTIVATED' }]);
    assert.equal(noReason.status, 400, JSON.stringify(noReason.body));
    assert.match(noReason.body.error.message, /reason/);
    assert.equal((await t.request('GET', url)).body.status, 'ACTIVE');

    const renamed = await t.request('PATCH', url, [{ op: 'replace', path: '/catalogue_term_id', value: 'FINANCING_36' }, { op: 'replace', path: '/legacy_id', value: 12 }]);
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.equal(renamed.body.catalogue_term_id, 'FINANCING_36');
    assert.equal(renamed.body.legacy_id, 12);
    const parentAfter = await t.request('GET', deviceUrl);
    assert.notEqual(parentAfter.headers.etag, parentBefore.headers.etag, "a commitment's change moves its parent's ETag");
    assert.equal(parentAfter.body.commitments[0].catalogue_term_id, 'FINANCING_36');

    const ended = await t.request('PATCH', url, deactivate);
    assert.equal(ended.status, 200, JSON.stringify(ended.body));
    const refused = await t.request('PATCH', url, [{ op: 'replace', path: '/expiration_date', value: inMs(2 * DAY) }]);
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error.code, 'PATCH_PATH_NOT_ALLOWED');
    assert.match(refused.body.error.message, /DEACTIVATED/);
    const unknown = await t.request('GET', deviceCommitmentPath(org, subscription.id, device.id, randomUUID()));
    assert.equal(unknown.status, 404);
    assert.match(unknown.body.error.message, /commitment .* not found/);
  });
});
